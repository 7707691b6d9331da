"""English questions → the gazette's Chinese words (assistant/english.py), without the model:
places keep their role, figures survive exactly, what is asked is said the Chinese way."""

from __future__ import annotations

import pytest

from assistant.english import GLOSSARY, PLACES, phrase_key, to_chinese, understood
from assistant.frame import read_frame
from assistant.places import find_places
from corpus.datafiles import read_table


def test_every_english_place_name_is_a_place_the_gazetteer_knows() -> None:
    for english, chinese in read_table(PLACES):
        found = find_places(chinese)
        assert found and found[0].said == chinese, (english, chinese)


def test_glossary_has_one_reading_per_phrase() -> None:
    phrases = [phrase_key(p) for p, _ in read_table(GLOSSARY)]
    assert len(phrases) == len(set(phrases))
    assert len(phrases) >= 500


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("What is the hospital deductible in Qinghai province?", "青海"),
        ("How much do people in Chongqing pay for insurance?", "重庆"),
        ("What do residents of Nyingchi pay each year?", "林芝"),
        ("Is the reimbursement rate the same in Guangdong?", "广东"),
    ],
)
def test_another_place_as_the_subject_is_declined_by_the_frame(question, place) -> None:
    frame = read_frame(to_chinese(question))
    assert frame.subject.elsewhere is not None and place in frame.subject.elsewhere.name


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("My son was hospitalised in Chengdu, what is reimbursed?", "成都"),
        ("I had surgery at a hospital in Xi'an. Can I claim it?", "西安"),
        ("Treatment in Lhasa: how much lower is the rate?", "拉萨"),
    ],
)
def test_a_resident_treated_elsewhere_stays_in_scope(question, place) -> None:
    chinese = to_chinese(question)
    assert f"在{place}" in chinese
    frame = read_frame(chinese)
    assert frame.subject.elsewhere is None


@pytest.mark.parametrize("county", ["Burang", "Zanda", "Gar", "Rutog", "Gegyai", "Gertse", "Coqen"])
def test_ngaris_counties_are_home(county) -> None:
    chinese = to_chinese(f"How much is the road subsidy of {county} county each year?")
    assert read_frame(chinese).subject.elsewhere is None
    assert any(m.place.home for m in find_places(chinese))


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("I spent 20,000 yuan", "20000元"),
        ("the bill was 1.5w", "15000"),
        ("the bill was 1.5W", "15000"),
        ("it cost 15k", "15000"),
        ("about 8 thousand yuan", "8000元"),
        ("twenty thousand yuan", "20000元"),
        ("two thousand five hundred yuan", "2500元"),
        ("RMB 3,500", "3500元"),
        ("¥1200", "1200元"),
        ("worked five months", "5个月"),
        ("for 12 months", "12个月"),
        ("a 66-year-old man", "66岁"),
        ("my mother is 70 years old", "70岁"),
        ("raised by 5%", "5%"),
    ],
)
def test_amounts_survive_exactly(english, chinese) -> None:
    assert chinese in to_chinese(english + ", how much is reimbursed?")


@pytest.mark.parametrize(
    "english",
    [
        "I pay the 250 tier",
        "on the 250 yuan tier",
        "tier 250",
        "the contribution level of 250 yuan",
    ],
)
def test_a_contribution_tier_is_a_tier(english) -> None:
    assert "250档" in to_chinese(english + ", how much is reimbursed at a township hospital?")


@pytest.mark.parametrize(
    ("english", "level"),
    [
        ("a tier-3 hospital", "三级医院"),
        ("a level 2 hospital", "二级医院"),
        ("a third-level hospital", "三级医院"),
        ("a tertiary hospital", "三级"),
        ("a township health centre", "乡镇卫生院"),
    ],
)
def test_a_hospital_level_is_not_a_tier(english, level) -> None:
    chinese = to_chinese(f"What is the deductible at {english}?")
    assert level in chinese and "档" not in chinese


def test_two_figures_side_by_side_stay_apart() -> None:
    chinese = to_chinese("It cost 15k, tier 60, township hospital, how much back?")
    assert "15000，60档" in chinese


def test_a_number_inside_a_name_is_not_a_figure() -> None:
    assert "两病" in to_chinese("What is the yearly limit of the two diseases policy?")
    assert "四好农村路" in to_chinese("Who leads the four good rural roads work?")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How much is the deductible at a township hospital?", "多少"),
        ("When does the payment period start?", "什么时候"),
        ("Within how many days must a stay be filed?", "多少日内"),
        ("How long may a custodian's agreement last?", "多长时间"),
        ("Which department approves excavations?", "哪个部门"),
        ("Who pays the guards' wages?", "谁"),
        ("What happens if someone lends his card to another person?", "怎么处理"),
        ("What documents are needed to enrol?", "需要什么材料"),
        ("What percentage is paid at a level 2 hospital?", "比例是多少"),
        ("What are the duties of a custodian?", "有哪些"),
        ("How much does a custodian earn per month?", "每月"),
    ],
)
def test_what_is_asked_is_said_the_chinese_way(question, asked) -> None:
    assert asked in to_chinese(question)


def test_the_thing_asked_goes_last() -> None:
    assert to_chinese("What is the deductible at a township hospital?").endswith("起付线是多少？")


def test_what_is_asked_goes_to_the_end_and_who_stays_in_front() -> None:
    assert to_chinese("How much does a field relic custodian earn per month?").endswith("多少？")
    assert to_chinese("Who approves archaeological excavations?").startswith("由谁批准")


@pytest.mark.parametrize(
    "question",
    [
        "Does the insurance cover cosmetic surgery?",
        "Can I claim the cost of glasses?",
        "Is an ambulance fee reimbursed?",
        "If I am treated abroad, will the insurance pay?",
    ],
)
def test_a_yes_no_question_about_payment_ends_with_the_claim(question) -> None:
    assert to_chinese(question).endswith("能报销吗？")


def test_is_x_a_y_reads_as_belonging() -> None:
    assert to_chinese("Is gout a special outpatient disease?") == "痛风属于门诊特殊病吗？"


def test_a_permission_asked_with_may_is_a_permission() -> None:
    assert to_chinese("May a museum lend its relics?").endswith("可以吗？")


def test_chinese_inside_an_english_question_is_kept() -> None:
    assert "冠心病" in to_chinese("Is 冠心病 on the list?")
    assert "第三十条" in to_chinese("What does 第三十条 say?")


def test_a_question_with_no_known_word_is_left_as_it_was() -> None:
    assert to_chinese("Hello there, how are you") == "Hello there, how are you"
    assert to_chinese("12345") == "12345"


def test_a_year_is_a_year_and_an_amount_is_not() -> None:
    assert "2018年" in to_chinese("What was the deductible in 2018?")
    assert "2000元" in to_chinese("I spent 2000 yuan, how much is reimbursed?")
    assert "2000年" not in to_chinese("I spent 2000 yuan, how much is reimbursed?")


@pytest.mark.parametrize(
    "question",
    [
        "Who must tell the office when a member dies?",
        "What happens to a person who sells relics?",
        "Can I be reimbursed at a hospital where I was treated?",
    ],
)
def test_when_who_where_inside_a_clause_do_not_ask(question) -> None:
    chinese = to_chinese(question)
    assert "什么时候" not in chinese and not chinese.endswith("谁？") and "哪里" not in chinese


def test_when_and_which_after_a_preposition_still_ask() -> None:
    assert "几月" in to_chinese("In which months is the premium paid?")
    assert "什么时候起" in to_chinese("Since when are the measures in force?")


def test_a_head_noun_with_its_modifier_goes_last() -> None:
    chinese = to_chinese("What is the monthly wage of a guard at a county-level site?")
    assert chinese.endswith("每月工资是多少？")


def test_english_quoting_chinese_is_read_as_english_by_the_engine_path() -> None:
    assert to_chinese("Is 冠心病 a special outpatient disease?") == "冠心病属于门诊特殊病吗？"


def _families() -> dict[str, list[str]]:
    """The glossary's "# family: 术语" sections: the gazette's term and the English under it."""
    families: dict[str, list[str]] = {}
    current = None
    for line in GLOSSARY.read_text("utf-8").splitlines():
        if line.startswith("# family: "):
            current = line.removeprefix("# family: ").strip()
            families[current] = []
        elif line.startswith("#") or not line.strip():
            current = None if line.startswith("# ---") else current
        elif current is not None:
            english, chinese = line.split("\t")
            assert chinese == current, (english, chinese, current)
            families[current].append(english)
    return families


def test_every_familys_term_occurs_in_the_gazette(corpus) -> None:
    gazette = "".join(
        "".join(unit.text.split()) + "".join(unit.title.split())
        for doc in corpus.documents
        for unit in doc.units
    )
    families = _families()
    assert len(families) >= 100
    for term, english in families.items():
        assert english, term
        assert "".join(term.split()) in gazette, term


@pytest.mark.parametrize(
    ("english", "term"),
    [
        ("How much a day is a ward bed allowed at a grade two hospital?", "床位费"),
        ("Does the scheme refund false teeth?", "义齿"),
        ("Can I take a paper rubbing of a carved Buddha?", "拓印"),
        ("How many administrative villages have buses?", "建制村"),
        ("Is a caesarean covered?", "剖宫产"),
        ("What does a site watchman earn?", "看管人员"),
    ],
)
def test_a_visitors_words_reach_the_gazettes_term(english, term) -> None:
    assert term in to_chinese(english)


@pytest.mark.parametrize(
    "question",
    [
        "What colour are the yak saddles at the winter fair?",
        "How much per month do the beekeepers receive for hive upkeep?",
        "How long do the lantern festivals last each year?",
    ],
)
def test_a_question_the_glossary_cannot_read_is_left_unread(question) -> None:
    assert not understood(question)
    assert to_chinese(question) == question  # declined by the engine, never answered


def test_a_question_read_well_enough_is_understood() -> None:
    assert understood("What is the hospital deductible at a township health center?")
    assert understood("How much is the bed fee per day?")
