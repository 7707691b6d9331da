"""Classes of question handled in the thirty-second session (sentences written for this test,
not taken from any evaluation table or probe). The first tests load no model; the rest use the
real one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import read_identities
from assistant.frame import PlaceRole, read_frame
from assistant.multipart import rescoped, subject_of
from evaluation.phrasings import reference
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "thing"),
    [
        ("每个文保点配几个看管员", "看管员"),
        ("日土县今年安排多少个养护岗位", "养护"),
        ("2022年预计有多少高校毕业生", "高校毕业生"),
    ],
)
def test_the_thing_counted_belongs_to_the_subject(first, thing) -> None:
    assert thing in subject_of(first)


@pytest.mark.parametrize(
    ("subject", "part", "gone", "kept"),
    [
        ("2022年 高校毕业生", "2024年呢", "2022", "高校毕业生"),
        ("措勤县 养护岗位", "七个县一共多少", "措勤", "养护岗位"),
        ("札达县 养护岗位", "革吉县多少", "札达", "养护岗位"),
    ],
)
def test_a_later_part_replaces_the_year_or_county(subject, part, gone, kept) -> None:
    now = rescoped(subject, part)
    assert gone not in now and kept in now


def test_a_part_without_its_own_scope_keeps_the_first_ones() -> None:
    assert rescoped("措勤县 养护岗位", "谁来管") == "措勤县 养护岗位"


@pytest.mark.parametrize(
    "question",
    ["交250的，西安那家是三级医院，花了3万，报多少", "重庆那边的是二级医院，住院花了8000能报多少"],
)
def test_a_hospital_said_of_a_place_is_treatment_there(question) -> None:
    roles = [p.role for p in read_frame(question).subject.places]
    assert roles and all(r is PlaceRole.TREATED for r in roles)


@pytest.mark.parametrize(
    ("said", "identity"),
    [
        ("她前年被评为县级爱国守法先进", "僧尼县级表彰"),
        ("我们是自治区级和谐模范寺庙", "僧尼自治区级表彰"),
    ],
)
def test_a_monks_honour_names_the_monk(said, identity) -> None:
    assert identity in read_identities(said)


# --- answers (the real assistant) ---------------------------------------------------------


def test_anothers_own_stay_said_like_mine_replaces_the_copy(assistant) -> None:
    """An uncle asked after my stay gets my stay computed for him; his own stay said next (也…) is
    that stay, not his second."""
    *_, his = ask_turns(
        assistant,
        "我交的60，在二级医院住院花了1万，报多少",
        "那我舅舅呢",
        "他也交的60，也在二级医院花了1万",
    )
    expected = reference.inpatient(tier=60, level="二级", cost="10000", poor=False)
    assert his.status == "calculated"
    assert his.calculation["inputs"].get("admission") in (None, 1)
    assert his.calculation["result"]["payment"] == expected["payment"]


@pytest.mark.parametrize(
    ("question", "piece"),
    [
        ("县级文保点一个月给看管员多少钱，这钱是哪里出", "地区财政"),
        ("两病门诊在一级医院报几成，乙类药自己先付多少", "10%"),
    ],
)
def test_a_later_part_gets_its_own_piece_of_the_shared_clause(assistant, question, piece) -> None:
    lines = assistant.ask(question).answer.split("\n")
    assert any(piece in line for line in lines[1:] if not line.startswith("原文"))


def test_what_is_left_after_the_cap_is_the_next_layers(assistant) -> None:
    _, left = ask_turns(
        assistant, "交120的，在三级医院住院花了12万，报多少", "剩下的那些钱还有别的地方报吗"
    )
    assert "大病保险" in left.answer and "第二十七条" in left.answer


@pytest.mark.parametrize(
    ("question", "lead"),
    [("补缴完医保，前几天住院的钱能报吗", "不能"), ("补交了以后，下个月住院能报吗", "能")],
)
def test_care_after_a_back_payment_is_covered_from_the_next_month(
    assistant, question, lead
) -> None:
    answer = assistant.ask(question)
    assert answer.answer.startswith(lead) and labels(answer)[0].startswith("第八条")


@pytest.mark.parametrize("question", ["早产的宝宝在保温箱里待了一周，医保给报吗"])
def test_a_newborns_incubator_is_newborn_care(assistant, question) -> None:
    answer = assistant.ask(question)
    assert labels(answer)[0].startswith("第二十九条")


def test_a_place_changed_after_a_filing_question_asks_it_there(assistant) -> None:
    _, there, papers = ask_turns(
        assistant, "我在日喀则住院了，需要备案吗", "那要是在西安呢", "回去报销要准备什么"
    )
    assert labels(there)[0].startswith("第三十三条") and "5日" in there.answer
    assert labels(papers)[0].startswith("第三十四条")


@pytest.mark.parametrize(
    ("first", "told", "identity"),
    [
        ("我是尼姑，医保咋交", "前年评了县级爱国守法先进", "僧尼县级表彰"),
        ("医保该怎么交", "我家是低保户", "低保对象"),
    ],
)
def test_a_standing_told_after_how_one_pays_is_what_it_pays(
    assistant, first, told, identity
) -> None:
    _, answer = ask_turns(assistant, first, told)
    expected = reference.contribution([identity])["individual"]
    assert answer.status == "calculated"
    assert answer.calculation["result"]["individual"] == expected


@pytest.mark.parametrize(
    "question", ["评了县级爱国守法先进，办参保还要交什么材料", "参保要提交啥证明"]
)
def test_papers_handed_in_are_no_contribution(question) -> None:
    assert read_frame(question).calculator != "contribution"


@pytest.mark.parametrize("question", ["平常去门诊开点消炎药能报销吗", "头疼脑热去门诊拿药给报吗"])
def test_an_everyday_visits_drugs_are_the_general_pool(assistant, question) -> None:
    answer = assistant.ask(question)
    assert labels(answer)[0].startswith("第二十六条") and "两病" not in answer.answer


def test_the_outpatient_pool_is_not_carried_to_next_year(assistant) -> None:
    answer = assistant.ask("普通门诊的额度今年没花完，来年还能接着用吗")
    assert labels(answer)[0].startswith("第二十六条") and "清零" in answer.answer


def test_a_procedure_left_to_other_rules_is_said_so(assistant) -> None:
    answer = assistant.ask("想申请医疗救助该怎么弄")
    assert answer.status == "out_of_scope" and "另行规定" in answer.answer
    assert labels(answer)[0] == "第二十八条"


def test_the_funds_yearly_cap_asked_in_english(assistant) -> None:
    answer = assistant.ask("What is the annual cap of the basic medical insurance for residents?")
    assert "60,000" in answer.answer.split("\n")[0] and labels(answer)[0] == "第二十三条"


@pytest.mark.parametrize(
    ("question", "lead", "rate"),
    [
        ("交120的在日喀则的三级医院住院，报销比例多少", "", "60%"),
        ("我交60，在成都二级医院住院是不是也报65%", "不是", "55%"),
        ("交250的去县医院二级住院报销是不是90%", "是", "90%"),
    ],
)
def test_a_stays_rate_is_computed_and_a_share_said_checked(assistant, question, lead, rate):
    answer = assistant.ask(question)
    first = answer.answer.split("\n")[0]
    assert first.startswith(lead) and rate in first and labels(answer)[0] == "第二十二条"


@pytest.mark.parametrize(("question", "verdict"), [("我舅49岁想当看管员，年龄够格吗", "可以")])
def test_meeting_the_age_condition_is_decided(assistant, question, verdict) -> None:
    assert assistant.ask(question).answer.startswith(verdict)


def test_a_misconduct_asked_after_a_pay_leads_with_its_consequence(assistant) -> None:
    _, asked = ask_turns(
        assistant, "县级文保点看管员一个月拿多少", "要是出了重大看管事故还能拿到钱吗"
    )
    first = asked.answer.split("\n")[0]
    assert "第十一条" in first and "解聘" in first


@pytest.mark.parametrize("question", ["乡卫生院看不好要转到县医院，得办什么手续"])
def test_a_referral_up_is_the_referral_rule(assistant, question) -> None:
    assert labels(assistant.ask(question))[0].startswith("第三十二条")


def test_the_other_counties_after_one_countys_date(assistant) -> None:
    _, others = ask_turns(assistant, "措勤县什么时候开通农村客运", "那其余县呢")
    assert "9月" in others.answer.split("\n")[0] and "其他县" in others.answer


@pytest.mark.parametrize("question", ["看管员干了什么事会被辞退", "护路员出了啥事要被解聘"])
def test_what_a_consequence_follows_is_a_list(question) -> None:
    assert read_frame(question).intent.value == "list"


def test_a_county_named_gets_its_own_members_of_a_list(assistant) -> None:
    answer = assistant.ask("札达县哪几个村子没有通硬化路")
    first = answer.answer.split("\n")[0]
    assert first.startswith("札达县4个") and "萨让村" in first and "丁则村" not in first


def test_another_persons_age_after_the_hiring_rule(assistant) -> None:
    _, other = ask_turns(assistant, "我55了还能当野外文物看管员吗", "那我儿子30岁呢")
    assert other.answer.startswith("可以") and "30岁" in other.answer


@pytest.mark.parametrize("question", ["你好 请问你是真人还是机器人", "您是人工吗"])
def test_who_answers_is_said_plainly(assistant, question) -> None:
    assert assistant.ask(question).answer.startswith("我是自动问答助手")


def test_a_duty_done_by_hand_is_no_question_about_the_assistant() -> None:
    assert read_frame("看管员是不是人工巡查").intent.value != "small_talk"


# --- what the new rules must leave alone (the whole-diff review's cases, reworded) ---------


@pytest.mark.parametrize("said", ["我们家被评上了县级和谐模范家庭", "单位评了个爱国守法先进集体"])
def test_an_honour_of_no_monk_is_no_monks_honour(said) -> None:
    assert not [i for i in read_identities(said) if i.startswith("僧尼")]


def test_a_sum_is_no_year_and_a_share_keeps_the_county() -> None:
    assert rescoped("2021年 高校毕业生", "补贴2000元呢") == "2021年 高校毕业生"
    assert "改则" in rescoped("改则县 养护岗位", "占全地区多少")


def test_a_phrase_ending_in_a_verb_is_no_thing_counted() -> None:
    assert "开始" not in subject_of("新生儿什么时候开始参保")


def test_work_there_is_no_treatment_there() -> None:
    frame = read_frame("我表哥是拉萨那边的工作人员，在地区人民医院住院花了3万，交120的，报多少")
    assert all(p.role is not PlaceRole.TREATED for p in frame.subject.places)


@pytest.mark.parametrize(
    "question",
    [
        "发票丢了，补交了以后还能报销吗",
        "补交了医保以后，要准备什么材料才能报销",
        "住院押金补交完了，出院能报吗",
    ],
)
def test_papers_or_a_deposit_handed_in_late_are_no_back_payment(assistant, question) -> None:
    assert not assistant.ask(question).answer.startswith(("能：", "不能："))


def test_a_standing_denied_is_no_standing_told(assistant) -> None:
    _, told = ask_turns(assistant, "医保咋交", "我家不是建档立卡户")
    assert told.status != "calculated"


def test_another_topics_remainder_after_a_stay_is_its_own(assistant) -> None:
    _, other = ask_turns(
        assistant, "交60的在县医院住院花了5000，报多少", "古建筑维修的钱不够，剩下的谁来出"
    )
    assert "大病保险" not in other.answer


def test_a_contribution_next_year_is_no_carried_pool(assistant) -> None:
    answer = assistant.ask("我妈明年还用交医保吗")
    assert "清零" not in answer.answer


def test_a_procedure_of_a_thing_the_deferring_sentence_does_not_name(assistant) -> None:
    answer = assistant.ask("住院自付的那部分钱怎么报")
    assert "另行规定" not in answer.answer.split("\n")[0]


def test_a_stays_rate_asked_again_of_another_place(assistant) -> None:
    _, there = ask_turns(assistant, "交60的在拉萨二级医院住院报销比例多少", "那要是在兰州呢")
    assert "55%" in there.answer.split("\n")[0]


def test_a_county_named_after_another_documents_answer_opens_its_own_topic(assistant) -> None:
    _, roads = ask_turns(assistant, "医保一年交多少钱", "札达哪几个村没有通硬化路")
    assert "萨让村" in roads.answer.split("\n")[0]
