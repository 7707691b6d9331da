"""Reading a membership question after a list (no model): which thing it asks about."""

from __future__ import annotations

import pytest

from assistant.membership import asked_thing, members


@pytest.mark.parametrize(
    ("text", "thing", "outright"),
    [
        ("胃癌算吗", "胃癌", True),
        ("那白血病也算不算", "白血病", True),
        ("包括牙周炎吗", "牙周炎", True),
        ("有没有乙肝", "乙肝", True),
        ("那哮喘呢", "哮喘", False),
        ("糖尿病的呢", "糖尿病", False),
    ],
)
def test_the_thing_asked(text, thing, outright) -> None:
    assert asked_thing(text) == (thing, outright)


@pytest.mark.parametrize("text", ["起付线呢", "那比例呢", "一年多少钱呢", "怎么办呢", "好的"])
def test_other_turns_are_not_membership_questions(text) -> None:
    assert asked_thing(text) is None


def test_members_are_the_items_not_the_lead_in() -> None:
    listed = members("有下列情形之一的，不予支付：（一）甲甲；（二）乙乙；（三）丙丙。")
    assert listed == ["（一）甲甲", "（二）乙乙", "（三）丙丙"]
