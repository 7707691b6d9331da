"""An English visitor's answer is said in English from the response's structure, the Chinese
answer kept whole after it (no model: Response objects and the calculators' own steps)."""

from __future__ import annotations

import re

import pytest

from assistant.calculators import TITLES, run
from assistant.citations import Citation
from assistant.english_answer import (
    CALC_TITLES,
    RESULT_NAMES,
    cited,
    field_questions,
    figures,
    in_english,
    label,
    step_in_english,
)
from assistant.fields import follow_up, schema
from assistant.presentation import RESULT_NAMES as CHINESE_RESULT_NAMES
from assistant.response import Response
from corpus.datafiles import read_table
from corpus.parser import DATA_DIR

CJK = re.compile(r"[\u4e00-\u9fff]")
ARTICLE_22 = Citation(
    "medical-insurance/art-22",
    "阿里地区城乡居民基本医疗保险实施办法（试行）",
    None,
    "第二十二条",
    "（一）",
    "三级定点医疗机构住院起付线标准为400元。",
)


def test_every_field_that_asks_has_an_english_question() -> None:
    asking = {k for k, f in schema().items() if f.question}
    assert asking <= set(field_questions())
    assert all(not CJK.search(q) for q in field_questions().values())


def test_every_document_id_has_an_english_title() -> None:
    ids = {doc_id for _, doc_id in read_table(DATA_DIR / "doc_ids.tsv")}
    for doc_id in ids:
        title = cited(
            Citation(
                f"{doc_id}/x",
                next(t for t, d in read_table(DATA_DIR / "doc_ids.tsv") if d == doc_id),
                None,
                "第一条",
                "",
                "",
            )
        )
        assert not CJK.search(title), title


def test_the_english_names_cover_the_chinese_ones() -> None:
    assert set(CALC_TITLES) == set(TITLES)
    assert set(RESULT_NAMES) == set(CHINESE_RESULT_NAMES)


@pytest.mark.parametrize(
    ("article", "clause", "english"),
    [
        ("第二十二条", "（一）", "Article 22(1)"),
        ("第二十二条", "（一）（三）", "Article 22(1)(3)"),
        ("第十八条", "第二款", "Article 18 paragraph 2"),
        ("五、（四）", "", "Section 5(4)"),
        ("第3项", "", "item 3"),
    ],
)
def test_article_labels_in_english(article: str, clause: str, english: str) -> None:
    assert label(article, clause) == english


# one case of every kind of step the calculators print
CASES = [
    ("inpatient", {"tier": 250, "level": "二级", "cost": "20000", "admission": 2}),
    ("inpatient", {"tier": 60, "level": "乡镇卫生院", "cost": "8000", "in_area": False}),
    ("inpatient", {"tier": 120, "level": "三级", "cost": "9000", "poor": True}),
    ("inpatient", {"tier": 120, "level": "一级", "cost": "5000", "bed_days": 10, "bed_fee": 70}),
    ("special_outpatient", {"tier": 120, "disease": "冠心病", "cost": "5000"}),
    ("two_diseases", {"level": "二级", "diseases": ["高血压"], "class_a": "600", "class_b": "200"}),
    ("general_outpatient", {"cost": "400"}),
    ("contribution", {"mode": "enrol", "identities": ["低保对象"]}),
    ("contribution", {"mode": "enrol", "age": 66, "sex": "男"}),
    ("contribution", {"mode": "enrol", "tier": 120}),
    ("custodian_pay", {"site_level": "县级", "months": 5}),
    ("custodian_pay", {"mode": "budget", "sites": {"县级": 2, "自治区级": 1}, "months": 12}),
    ("road_subsidy", {"counties": 3}),
]


@pytest.mark.parametrize(("name", "inputs"), CASES)
def test_every_step_of_a_calculation_reads_in_english(name: str, inputs: dict) -> None:
    for step in run(name, inputs).steps:
        english = step_in_english(step.rule)
        # only a name quoted as printed (“冠心病”) keeps its Chinese
        assert not CJK.search(re.sub(r"“[^”]*”", "", english)), (step.rule, english)
        # the same figures in the same order (a level's or an article's number aside)
        named = re.sub(r"level \d|Article \d+|no\. \d+", "", english)
        bare = re.sub(r"第[^条]+条|第二次", "", step.rule)
        assert re.findall(r"\d+(?:\.\d+)?", named) == re.findall(r"\d+(?:\.\d+)?", bare)


def test_an_unknown_step_wording_is_shown_as_printed() -> None:
    assert step_in_english("某种新的计算 12 元") == "某种新的计算 12 元"


def test_figures_keep_their_units() -> None:
    assert figures("一级、二级200元，三级400元，报销85%，每次住院180天") == [
        "200 yuan",
        "400 yuan",
        "85%",
        "180 days",
    ]


def test_a_lookup_names_its_article_and_figures_then_keeps_the_chinese() -> None:
    chinese = "三级定点医疗机构住院起付线标准为400元（第二十二条（一））[1]\n原文：…"
    response = in_english(Response("answered", answer=chinese, citations=[ARTICLE_22]))
    assert response.answer.startswith("The answer is 400 yuan.\nThe gazette answers this in")
    assert "Article 22(1) of the Ngari" in response.answer
    assert response.answer.endswith(chinese)
    several = in_english(
        Response("answered", answer="一级、二级200元，三级400元[1]", citations=[ARTICLE_22])
    )
    # (each figure with the case it is for, said before it)
    assert (
        "Figures in the rule: 200 yuan (level-1 hospitals, level-2 hospitals), "
        "400 yuan (level-3 hospitals)." in several.answer
    )


@pytest.mark.parametrize(
    ("lead", "opening"), [("不能：…", "No."), ("属于。…", "Yes."), ("要看年龄…", "It depends.")]
)
def test_a_verdict_opens_with_its_yes_or_no(lead: str, opening: str) -> None:
    response = in_english(Response("answered", answer=lead, citations=[ARTICLE_22]))
    assert response.answer.split("\n")[0] == opening


def test_a_decline_says_so_and_names_the_nearest_rule() -> None:
    response = in_english(Response("out_of_scope", answer="抱歉，…", citations=[ARTICLE_22]))
    assert response.answer.startswith(
        "The gazette does not say this.\nThe nearest rule is Article 22(1)"
    )


def test_a_follow_up_asks_in_english() -> None:
    asked = follow_up(["tier", "level"])
    response = in_english(Response("follow_up", answer=asked["question"], follow_up=asked))
    assert "Which contribution tier" in response.answer and "What level" in response.answer
    assert response.follow_up == asked  # the quick replies and the missing inputs unchanged


def test_a_calculation_says_its_result_and_steps_in_english() -> None:
    result = run("inpatient", {"tier": 250, "level": "二级", "cost": "20000"})
    calculation = {"calculator": "inpatient", **result.to_dict()}
    response = in_english(Response("calculated", answer="住院报销：…", calculation=calculation))
    lines = response.answer.split("\n")
    assert lines[0].startswith(
        "Hospital stay reimbursement: paid by the insurance fund 17820.00 yuan"
    )
    assert any(
        "deductible at level 2 200.00 yuan" in line and "Article 22(1)" in line for line in lines
    )
    assert lines[-1] == "住院报销：…"


def test_when_one_must_do_a_thing_is_asked_before_the_verb() -> None:
    from assistant.english import to_chinese

    assert to_chinese("When do I have to pay?") == "我什么时候要交？"
