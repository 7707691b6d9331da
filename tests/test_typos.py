"""Domain words typed with a homophone are read as the term; real words are never changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.typos import Typos

GAZETTE = Path(__file__).resolve().parent.parent / "corpus" / "data" / "gazette-2020.txt"


@pytest.fixture(scope="module")
def typos() -> Typos:
    return Typos.build(GAZETTE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("乡镇卫生院住院报消多少", "报销"),
        ("二级医院的起附线", "起付线"),
        ("医保一年风顶多少", "封顶"),
        ("我们是低宝户", "低保"),
        ("建挡立卡的交多少", "建档立卡"),
        ("野外看管圆每月多少钱", "看管员"),
    ],
)
def test_a_homophone_of_a_term_is_read_as_the_term(typos: Typos, typed: str, meant: str) -> None:
    corrected, fixes = typos.correct(typed)
    assert meant in corrected and fixes


@pytest.mark.parametrize(
    "text",
    [
        "我一样交了250",
        "他是医生",
        "报名时间是哪天",
        "今天天气怎么样",
        "门诊特殊病能报吗",
        "一起付",
        "我姐在卫生院生小孩",  # "生小" sounds like 生效, but 小孩 is a word of its own
        "交费档次有几个",  # 交费 and 缴费 are both right
    ],
)
def test_real_words_are_left_alone(typos: Typos, text: str) -> None:
    assert typos.correct(text) == (text, [])
