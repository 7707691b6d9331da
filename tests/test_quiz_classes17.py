"""Classes from the seed-1515 review (evaluation/reports/quiz-review-seed1515-quiz15.md)."""

from __future__ import annotations

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz import difficulty as D
from assistant.quiz.checker import bare_subject_blank, check_item, joint_report_change
from assistant.quiz.generator import pool
from assistant.quiz.points import RANK, TOTAL, item_points, type_points
from assistant.quiz.terms import same_answer
from corpus import Corpus


@pytest.fixture(scope="module")
def material(corpus: Corpus):
    return pool(corpus)


def test_a_report_owed_to_two_bodies_is_asked_with_one_left_out(corpus: Corpus, material) -> None:
    """细则 第七条（四）: "向当地文物、公安部门报告" — the mistake is telling only one of them."""
    only = [i for i in material if i.type == "判断" and "只向当地" in i.stem]
    # only the relic department kept: "不向文物部门报告" in a relic rule is absurd (quiz40,
    # seed-4646 review bank23)
    assert only and all("只向当地文物部门报告，不向公安部门报告" in i.stem for i in only)
    for item in only:
        assert item.answer == "错误" and check_item(item.to_dict(), corpus) == []
        assert "文物、公安部门两个部门报告" in item.explanation
    assert joint_report_change(
        "第一时间向当地文物、公安部门报告", "只向当地公安部门报告，不向文物部门报告"
    )
    assert not joint_report_change("向当地文物部门报告", "只向当地公安部门报告，不向文物部门报告")


def test_a_breach_lists_false_statements_change_the_consequence(material) -> None:
    """第十七条: "由公安部门解聘" let a trainee mark it wrong for the wrong reason; the false
    statement now says the breach costs only a month's allowance."""
    listed = [i for i in material if i.unit_id == "relic-custodians/art-17" and i.type == "判断"]
    false = [i for i in listed if i.answer == "错误"]
    # (said since the seed-5353 review as the custodian kept on, "批评教育后继续留用": "只……，
    # 不予解聘" told itself false, and 第十一条's "适当扣除当月……" cued it beside 第十一条's item)
    assert false and all("继续留用" in i.stem and "公安部门解聘" not in i.stem for i in false)
    assert not any("不予解聘" in i.stem or "当月" in i.stem for i in false)


def test_a_bare_subject_is_never_the_blank(corpus: Corpus, material) -> None:
    stem = (
        "根据《阿里地区文物保护管理办法（暂行）》第四十二条，各级______应建立健全文物安全责任体系。"
    )
    item = {"type": "填空", "stem": stem, "answer": "人民政府"}
    assert bare_subject_blank(item)
    assert not bare_subject_blank(dict(item, answer="地区文物行政管理部门"))  # a level is asked
    assert not any(bare_subject_blank(i.to_dict()) for i in material)


def test_accepted_answers_cover_everyday_spellings(material) -> None:
    assert same_answer("保护好现场", "保护现场") and not same_answer("保护好", "保护现场")
    gaps = {i.answer: set(i.alternatives) for i in material if i.type == "填空"}
    assert {"二名", "二人", "两名", "2人"} <= gaps["2名"]
    assert "保护好现场" in gaps["保护现场"]


def test_an_odd_one_out_key_is_easy() -> None:
    """第一时间 among 3日内/7日内/15日内 was labelled 难 (seed-1515 review, item 2)."""
    assert D.odd_one_out("第一时间", ["3日内", "7日内", "15日内"])
    assert not D.odd_one_out("1200元", ["1400元", "1000元", "800元"])
    assert (
        D.label(
            "x" * 100,
            "第一时间",
            "timing",
            4,
            options=["第一时间", "3日内", "7日内", "15日内"],
            right="第一时间",
        )
        == "易"
    )


def test_every_paper_totals_one_hundred(corpus: Corpus) -> None:
    for seed, n, types in (
        (1, 60, None),
        (2, 50, None),
        (3, 20, ["判断"]),
        (4, 7, ["单选", "填空"]),
    ):
        bank = generate(corpus, n, types=types, seed=seed)
        assert sum(i.points for i in bank.items) == TOTAL
        for kind in {i.type for i in bank.items}:
            values = {i.points for i in bank.items if i.type == kind}
            assert max(values) - min(values) <= 1  # a section differs by one point at most
        assert check_bank([i.to_dict() for i in bank.items], corpus, bank.documents) == []
    assert type_points({"单选": 20, "多选": 5, "判断": 15, "填空": 10}) == {
        "单选": 2,
        "多选": 3,
        "判断": 1,
        "填空": 3,
    }
    points = item_points(["判断"] * 18 + ["单选"] * 10 + ["多选"] * 3 + ["填空"] * 13)
    assert sum(points) == TOTAL and min(points[18:28]) >= max(points[:18])


def test_extra_points_go_to_the_harder_items_of_a_type() -> None:
    """Seed-2324 review: a 中 判断 scored 1 beside an 易 判断 scoring 2."""
    types = ["判断"] * 18 + ["单选"] * 10 + ["多选"] * 3 + ["填空"] * 13
    levels = ["易", "中", "难"] * 14 + ["易", "中"]
    points = item_points(types, difficulties=levels)
    assert sum(points) == 100
    for kind in set(types):
        of_kind = [(RANK[d], p) for t, d, p in zip(types, levels, points, strict=True) if t == kind]
        assert all(p1 <= p2 for r1, p1 in of_kind for r2, p2 in of_kind if r1 < r2), kind
