"""Classes of question handled in the fifty-fourth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import (
    earlier_stays,
    read_admission,
    read_identities,
    read_inpatient,
    tells_earlier_stays,
)
from assistant.frame import read_frame
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "admission", "level"),
    [
        # an earlier stay told with its own hospital: this one is the next, at its own level
        ("交250，年初在县医院住过一回，这次去地区人民医院花了4万", 2, "三级"),
        ("交60的，7月份在乡卫生院住了一次，现在又在县医院住院，花了6千", 2, "二级"),
        ("交120，今年已经在地区医院住过两次，这回在乡卫生院花了5000", 3, "乡镇卫生院"),
        # the stay of the bill, told with 住过: no earlier one
        ("在乡卫生院住过一次院，花了3000，交的60，能报多少", None, "乡镇卫生院"),
    ],
)
def test_earlier_stays_are_counted_and_keep_their_hospital(question, admission, level) -> None:
    assert read_admission(question) == admission
    assert read_inpatient(question).get("level") == level


@pytest.mark.parametrize(
    ("question", "alone"),
    [
        ("年初已经在县医院住过一次了", True),
        ("哦对了，之前在拉萨住过两回", True),
        ("我在拉萨住过两次院，报销比例一样吗", False),  # asks of those stays
        ("我今年第二次住院", False),  # its order said, no earlier stay told
    ],
)
def test_earlier_stays_said_alone_are_more_of_the_last_case(question, alone) -> None:
    assert tells_earlier_stays(question) is alone
    if not alone:
        assert earlier_stays(question) is None


def test_the_earlier_stays_place_is_not_this_stays() -> None:
    frame = read_frame("交250，上个月在成都住过一次，这次在县医院花了1万")
    assert frame.slots.get("in_area") is not False
    assert not frame.subject.places


@pytest.mark.parametrize(
    ("question", "honour"),
    [
        ("庙里的阿尼评上了区级先进僧尼，医保交多少", "僧尼自治区级表彰"),
        ("寺庙的喇嘛是县里评的爱国守法先进，个人交多少", "僧尼县级表彰"),
        ("扎巴评上了地区的先进，医保自己出多少", "僧尼地区级表彰"),
        ("普兰县寺庙的僧人评上先进了，交多少", "僧尼表彰（级别未说明）"),  # 普兰县 is no level
    ],
)
def test_a_monks_honour_level_as_people_say_it(question, honour) -> None:
    assert honour in read_identities(question)


@pytest.mark.parametrize(
    ("question", "heard"),
    [
        ("听说看管员的钱是乡里发的，是真的吗", True),
        ("有人说门特不设起付线，对吗", True),
        ("门特有起付线吗", False),
    ],
)
def test_a_claim_heard_is_marked(question, heard) -> None:
    assert read_frame(question).heard is heard


# --- answers (the real model) ----------------------------------------------------------------


def test_an_earlier_stay_told_after_a_bill_redoes_that_bill(assistant) -> None:
    first, second = ask_turns(
        assistant, "交120，在县医院住院花了1万，报多少", "年初已经在地区医院住过一回了"
    )
    assert first.status == "calculated" and "200.00" in first.answer
    # the same stay, second in the year: 200 × 70% = 140; (10000 − 140) × 75% = 7395
    assert second.status == "calculated" and "7395.00" in second.answer
    assert "本年已支付" not in second.answer  # the first result was this stay, not another


def test_a_custodians_age_checked_against_the_hiring_range(assistant) -> None:
    (answer,) = ask_turns(assistant, "我55了，还能去考野外文物看管员吗")
    assert answer.status == "answered" and answer.answer.startswith("不符合年龄条件")
    assert "第五条" in " ".join(labels(answer))


def test_a_person_alone_leans_on_the_last_question(assistant) -> None:
    _, answer = ask_turns(assistant, "看管员招人有年龄限制吗", "我侄子23岁行吗")
    assert answer.answer.startswith("不符合年龄条件")
    _, female = ask_turns(assistant, "当看管员要什么条件", "女的可以吗")
    assert female.answer.startswith("可以报名")


def test_which_of_two_rates_asked_with_a_sum(assistant) -> None:
    (answer,) = ask_turns(assistant, "国保单位的看管员是按1200还是1400发？干了3个月一共多少")
    assert answer.status == "calculated" and "4200.00" in answer.answer


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        ("听说看管员工资是县财政发的，对吗", "不对", "地区财政"),
        ("有人说看管员的钱由地区财政安排，是真的吗", "对", "地区财政"),
        ("听说大病保险一年最多赔20万，对吗", "不对", "14万"),
    ],
)
def test_a_claim_heard_is_answered_right_or_wrong_first(assistant, question, verdict, said) -> None:
    (answer,) = ask_turns(assistant, question)
    assert answer.status == "answered"
    assert answer.answer.startswith(f"{verdict}：") and said in answer.answer


def test_a_rule_question_not_put_as_a_claim_gets_no_verdict(assistant) -> None:
    (answer,) = ask_turns(assistant, "看管员工资由哪一级财政出")
    assert not answer.answer.startswith(("对：", "不对："))


def test_a_later_unstated_part_keeps_the_first_parts_document(assistant) -> None:
    (answer,) = ask_turns(assistant, "参加文物安全培训管不管午饭，车费报不报")
    assert answer.status == "out_of_scope"
    assert "医疗保险" not in answer.answer


def test_board_unstated_is_declined_with_the_funding_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "文物安全培训包住宿吗")
    assert answer.status == "out_of_scope" and "培训经费" in answer.answer


def test_a_county_resident_enrols_with_the_county(assistant) -> None:
    (answer,) = ask_turns(assistant, "我们是日土县种地的，参加居民医保去哪个部门办")
    assert "县级医保经办机构" in answer.answer.split("\n")[0]
    (family,) = ask_turns(assistant, "我是随军家属，居民医保由哪个部门给办")
    assert "地区医保局" in family.answer.split("\n")[0]


def test_referral_asked_is_the_referral_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "从县医院去地区人民医院住院，要先开转诊证明吗")
    assert "第三十二条" in labels(answer)[0]
    (skipping,) = ask_turns(assistant, "乡卫生院治不了，能不经过县医院直接去地区医院吗")
    assert "逐级转诊" in skipping.answer


def test_a_move_into_the_employees_scheme_is_the_residents_funds_to_pay(assistant) -> None:
    (answer,) = ask_turns(assistant, "我儿子下半年考上公务员转了职工医保，今年住院谁给报")
    assert answer.status == "answered"
    assert answer.answer.startswith("由城乡居民基本医疗保险转入城镇职工")


def test_the_governments_shares_of_an_exempt_persons_contribution(assistant) -> None:
    (answer,) = ask_turns(assistant, "满65岁不用交的老人，自治区和地区各出多少")
    assert "150.00" in answer.answer and "100.00" in answer.answer
    (own,) = ask_turns(assistant, "我外婆63了，她的医保地区财政给出多少")
    assert own.status == "calculated" and "100.00" in own.answer


def test_a_purpose_said_after_the_rule_is_its_reason(assistant) -> None:
    _, answer = ask_turns(assistant, "养护公司雇人有什么比例规定", "为啥这么定")
    assert "以促进" in answer.answer.split("\n")[0]
    _, none = ask_turns(assistant, "壁画能拍照吗", "为什么")
    assert "以促进" not in none.answer


def test_what_came_of_an_aim_is_not_in_the_gazette(assistant) -> None:
    (answer,) = ask_turns(assistant, "三甲医院最后评上没有，结果是哪年评上的")
    assert answer.status == "out_of_scope"


def test_both_benefits_asked_together_in_a_follow_up(assistant) -> None:
    _, answer = ask_turns(assistant, "我妈高血压走两病门诊开药", "再办个门特的话两样能一块儿报吗")
    assert answer.answer.startswith("不能同时享受")


def test_a_man_under_65_is_told_he_pays_first(assistant) -> None:
    _, answer = ask_turns(assistant, "我奶奶61岁要交医保吗", "那我爷爷呢，64")
    assert "需要交" in answer.answer.split("\n")[0] and "您爷爷64岁" in answer.answer


def test_a_household_total_joins_the_person_just_computed(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "我姥爷68了，医保还用交钱吗",
        "那一家子加起来交多少，我和老公都交60，闺女交120",
    )
    # 60 + 60 + 120, the grandfather exempt (第十八条（二）)
    assert answer.status == "calculated" and "240.00" in answer.answer.split("\n")[0]
    assert "4人" in answer.answer.split("\n")[0]


def test_a_filing_window_passed_is_not_in_time(assistant) -> None:
    (late,) = ask_turns(assistant, "在西安住院已经超过5天了还没备案，还能报销吗")
    assert late.status == "out_of_scope" and "还来得及" not in late.answer
    assert "第三十三条" in late.answer
    (early,) = ask_turns(assistant, "在兰州住院两天了还没备案，还来得及吗")
    assert early.answer.startswith("还来得及")


def test_a_cost_of_another_documents_subject_is_not_the_medical_exclusion(assistant) -> None:
    (answer,) = ask_turns(assistant, "去参加文物安全培训，来回车费给不给报")
    assert "第三十条" not in answer.answer
    (care,) = ask_turns(assistant, "我爸住院用了救护车，车费给不给报")
    assert "第三十条" in care.answer


def test_whose_budget_pays_a_custodians_sum_asked_beside_it(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "我们县有2处县级野外文保单位，看管员工资一个月一共发多少",
        "一年呢？钱从哪一级财政出",
    )
    assert answer.status == "calculated" and "57600.00" in answer.answer
    assert "地区财政纳入年初预算" in answer.answer
