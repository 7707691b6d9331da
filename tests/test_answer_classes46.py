"""Classes of question handled in the forty-sixth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import understand
from assistant.english import to_chinese
from assistant.frame import FactType, read_frame
from assistant.multipart import split_parts
from assistant.presentation import heard_rate
from assistant.state import Calculation
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


def test_a_piece_that_stands_for_the_thing_before_is_no_part() -> None:
    assert len(split_parts("在西宁住院要报备吗 多久以内要办好")) == 1


def test_two_tiers_named_are_no_bill() -> None:
    frame = read_frame("60跟250档住院分别报多少")
    assert frame.every_value and "cost" not in frame.slots


@pytest.mark.parametrize(
    "question",
    ["县级和自治区级的看管员工资各多少", "一级医院和三级医院分别报多少", "120和250档各交多少"],
)
def test_two_values_of_one_choice_asked_each(question) -> None:
    assert read_frame(question).every_value


def test_two_people_are_no_values_of_a_choice() -> None:
    assert not read_frame("我和我妈分别交多少").every_value


@pytest.mark.parametrize("question", ["那谁能批准呢", "谁可以审批", "谁来审批"])
def test_who_may_approve_is_a_body(question) -> None:
    assert read_frame(question).fact is FactType.BODY


def test_a_plan_named_by_its_tier_in_english() -> None:
    assert "120档" in to_chinese("We picked the 120 yuan plan, the bill was 9000 yuan")
    # (a year's plan is no tier)
    assert "档" not in to_chinese("What does the 2025 plan say?")


def test_a_rate_heard_of_is_placed_in_the_table() -> None:
    calc = Calculation("inpatient", {"tier": 120, "level": "二级", "in_area": True}, {}, [])
    said = heard_rate("怎么这么少 别人说能报九成", calc)
    assert said is not None and "250元档" in said and "75%" in said
    assert "没有" in heard_rate("不是说能报八成吗", calc)
    # (the case's own rate heard is no question)
    assert heard_rate("是报75%吧", calc) is None


def test_a_newborns_year_not_yet_paid_is_no_lapse() -> None:
    baby = understand("宝宝刚出生就住院了，花了5000，医保没交，交120档，县医院", "inpatient")
    assert "excluded" not in baby.inputs and any("先自费结算" in n for n in baby.notes)
    grown = understand("我爸医保没交，住院花了5000，交120档，县医院", "inpatient")
    assert grown.inputs.get("excluded")


def test_another_person_beside_one_is_two() -> None:
    read = understand("我和另一个人一起看县级的点，俩人一年一共多少", "custodian_pay")
    assert read.inputs["persons"] == 2


# --- answers (real model) ------------------------------------------------------------------


def test_tiers_listed_with_spaces_are_no_malformed_sum(assistant) -> None:
    (tiers,) = ask_turns(assistant, "学生有没有优惠 还是60 120 250这几档")
    assert tiers.status != "error"


def test_a_standing_said_in_a_rule_question_fixes_the_contribution(assistant) -> None:
    *_, pays = ask_turns(assistant, "我姨是低保户 第一次参保要去哪办", "她还要交钱吗")
    assert pays.status == "calculated" and pays.answer.startswith("不用交")
    assert "第十八条" in labels(pays)[0]


def test_a_student_enrols_where_registered(assistant) -> None:
    (where,) = ask_turns(assistant, "我闺女在武汉读大专 医保在哪边参保")
    assert "第六条（二）" in labels(where) and "户籍所在地" in where.answer


def test_the_most_paid_is_the_yearly_cap(assistant) -> None:
    (cap,) = ask_turns(assistant, "住院的话医保最多能给报多少")
    assert "第二十三条" in labels(cap) and "6万" in cap.answer


def test_things_to_bring_back_are_the_claims_papers(assistant) -> None:
    (papers,) = ask_turns(assistant, "在北京住院了，回来报销得带什么东西")
    assert papers.status == "answered" and "第三十四条" in labels(papers)


def test_an_unregistered_babys_rescue_is_paid_in_full(assistant) -> None:
    (rescue,) = ask_turns(assistant, "宝宝户口还没办，生下来就抢救了，这钱能报吗")
    assert "全额报销" in rescue.answer and "第二十九条（二）" in labels(rescue)


def test_a_new_cause_after_an_exclusion_is_decided_by_it(assistant) -> None:
    *_, crash = ask_turns(assistant, "我表哥喝多了摔伤住院，医保给报吗", "那要是骑摩托被车撞了呢")
    assert crash.answer.startswith("不能报销") and "第三十条（八）" in labels(crash)


def test_a_rate_heard_of_after_a_stay(assistant) -> None:
    *_, why = ask_turns(
        assistant, "交120档 县医院住院花了1万 能报多少", "怎么这么少 别人说能报九成"
    )
    assert "250元档" in why.answer.split("\n", 1)[0]


def test_filing_and_its_deadline_asked_together(assistant) -> None:
    (filed,) = ask_turns(assistant, "在西宁住院要报备吗 多久以内要办好")
    assert labels(filed)[0] == "第三十三条" and "5日" in filed.answer


def test_who_pays_with_a_payer_guessed(assistant) -> None:
    *_, payer = ask_turns(assistant, "我叔看县级的点 一个月多少钱", "这钱是乡里出还是谁出")
    assert "地区财政" in payer.answer


def test_a_pairs_yearly_pay_after_one_month(assistant) -> None:
    *_, both = ask_turns(assistant, "我叔看县级的点 一个月多少钱", "两个人一年工资一共多少")
    # 1200 × 12 × 2
    assert both.status == "calculated" and both.calculation["result"]["pay"] == "28800.00"


def test_a_handover_deadline_to_a_place_pointed_at(assistant) -> None:
    (due,) = ask_turns(assistant, "考古挖出来的东西要多久交到当地")
    assert "六个月" in due.answer and "第二十条" in labels(due)


def test_whom_a_custodian_calls_first(assistant) -> None:
    for question in (
        "看管员晚上巡逻 看到有人在遗址上挖 第一个该打给谁",
        "我是看管员 发现有人偷挖古墓 先打给谁",
    ):
        (first,) = ask_turns(assistant, question)
        assert "第七条（四）" in labels(first) and "公安" in first.answer


def test_a_temples_hall_mended(assistant) -> None:
    (mend,) = ask_turns(assistant, "我们寺是自治区级文保单位 经堂墙裂了想修 找谁批")
    assert "第十五条" in labels(mend) and "同级文物行政管理部门" in mend.answer
    assert "宗教部门" in mend.answer


def test_an_heirloom_sold(assistant) -> None:
    (sale,) = ask_turns(assistant, "我奶奶留下一个老铜壶 想卖掉行吗")
    assert "第三十二条" in labels(sale)


def test_who_may_approve_after_a_ban(assistant) -> None:
    *_, who = ask_turns(assistant, "寺里的壁画能拍吗", "谁能批准")
    assert who.answer.startswith("经自治区级以上文物行政管理部门批准")


def test_an_exception_comes_with_its_ban(assistant) -> None:
    *_, inside = ask_turns(assistant, "我家在建设控制地带 盖房要办啥手续", "要是在保护范围里面呢")
    assert inside.answer.startswith("文物保护单位的保护范围内不得进行其他建设工程")


def test_a_body_asked_of_an_exception_leads_with_it(assistant) -> None:
    (who,) = ask_turns(assistant, "保护范围里搞建设要谁批准")
    assert not who.answer.startswith("文物保护单位的保护范围内不得")


def test_a_term_named_picks_its_clause(assistant) -> None:
    (fuel,) = ask_turns(assistant, "院里在保护范围内 能存几桶柴油吗")
    assert labels(fuel)[0] == "第十三条"
    # (a temple's store with no protection range named is the temples' rule)
    (temple,) = ask_turns(assistant, "寺庙里能放汽油吗")
    assert labels(temple)[0] == "第二十八条"


def test_the_two_diseases_rate_at_a_township_clinic(assistant) -> None:
    (rate,) = ask_turns(assistant, "我爸有糖尿病 在乡卫生院拿药报几成")
    assert "一级以下定点医疗机构报销70%" in rate.answer


def test_a_groups_papers_with_everyones(assistant) -> None:
    (papers,) = ask_turns(assistant, "我姑是特困供养人员 第一次参保要带什么")
    assert "户口簿" in papers.answer and "同时提供" in papers.answer


def test_an_age_with_a_home_told(assistant) -> None:
    (old,) = ask_turns(assistant, "我53了 家在托林寺旁边 能当看管员吗")
    assert old.answer.startswith("不符合年龄条件")


def test_two_tiers_rates_are_whole(assistant) -> None:
    (rates,) = ask_turns(assistant, "60跟250档住院分别报多少")
    assert "65%" in rates.answer and "85%" in rates.answer


def test_leaving_a_training_early(assistant) -> None:
    (leave,) = ask_turns(assistant, "培训上到一半家里有急事 能先走吗")
    assert labels(leave)[0] == "一、（四）"


def test_a_lapse_without_a_newborn_is_still_refused(assistant) -> None:
    (lapsed,) = ask_turns(assistant, "我爸没交医保，住院花了8000能报吗")
    assert "第三十条（十五）" in labels(lapsed)


def test_another_places_rule_set_beside_ngaris_is_declined(assistant) -> None:
    (compared,) = ask_turns(assistant, "那曲的起付线跟阿里一样不一样")
    assert compared.status == "out_of_scope" and "那曲" in compared.answer
    # (a stay there, set beside a stay in Ngari, is Ngari's own rule for stays elsewhere)
    (stay,) = ask_turns(assistant, "我在那曲住院，报销比例和在阿里比低多少")
    assert stay.status == "answered"


def test_the_three_tiers_without_their_word(assistant) -> None:
    (tiers,) = ask_turns(assistant, "交医保就是60、120、250这样吗")
    assert tiers.status == "answered" and "第十八条（一）" in labels(tiers)


def test_the_body_of_the_work_named(assistant) -> None:
    (who,) = ask_turns(assistant, "文保单位要迁移的话找谁批")
    assert labels(who)[0] == "第十五条"


# --- the second round of probes --------------------------------------------------------------


def test_a_place_a_thing_is_taken_home_to_is_no_subject() -> None:
    from assistant.frame import PlaceRole

    frame = read_frame("山上的岩画我想拓一张寄回西安留个纪念，可以吗")
    assert all(p.role is not PlaceRole.SUBJECT for p in frame.subject.places)


@pytest.mark.parametrize("question", ["这钱是乡里出还是县里出", "那工资是地区给还是自治区给"])
def test_two_payers_offered_ask_who_pays(question) -> None:
    assert read_frame(question).fact is FactType.BODY


def test_who_investigates_is_a_body() -> None:
    assert read_frame("这种案子谁来调查处理").fact is FactType.BODY


def test_a_refused_claim_asked_why(assistant) -> None:
    (why,) = ask_turns(assistant, "我哥喝了酒骑车摔了住院，医保那边不给报，凭什么")
    assert why.answer.startswith("不能报销") and "第三十条（八）" in labels(why)


def test_where_a_group_member_enrols(assistant) -> None:
    (where,) = ask_turns(assistant, "我弟弟是低保户，想参保，得去哪里办")
    assert labels(where)[0] in ("第七条", "第九条（一）") and "户籍所在地" in where.answer


def test_how_a_stay_outside_tibet_is_claimed(assistant) -> None:
    (how,) = ask_turns(assistant, "我妈去西安看病住了院，出院回来怎么报")
    assert labels(how)[0] == "第三十四条"


def test_a_duty_undone_with_no_consequence_in_a_list(assistant) -> None:
    *_, unfiled = ask_turns(assistant, "在兰州住院要备案吗", "要是一直没备案呢")
    assert unfiled.status == "out_of_scope" and "没有规定没做到会怎样" in unfiled.answer


def test_an_unpaid_contribution_said_before_its_verb(assistant) -> None:
    (lapse,) = ask_turns(assistant, "医保没交会有什么影响")
    assert labels(lapse)[0] == "第八条"


def test_a_site_looted_in_ones_keeping(assistant) -> None:
    *_, looted = ask_turns(assistant, "看管员日志没写会扣钱吗", "那要是他守的佛塔被人偷挖了呢")
    assert "重大看管事故" in looted.answer


def test_a_find_kept_quietly_is_fined_by_the_law(assistant) -> None:
    *_, kept = ask_turns(assistant, "修水渠挖出一个铜碗咋办", "要是偷偷拿回家呢 罚多少")
    assert "第五十条" in labels(kept)[0]


def test_a_heard_rate_in_tenths_and_hundredths(assistant) -> None:
    *_, why = ask_turns(
        assistant, "交60档 乡卫生院住院花了3000 能报多少", "为啥这么少 听说能报七成五"
    )
    assert "120元档" in why.answer.split("\n", 1)[0]


def test_a_few_people_hired_is_no_count_asked() -> None:
    assert read_frame("寺里想找几个师傅修一下经堂，要不要报批").fact is not FactType.AMOUNT


def test_the_source_and_another_matter_in_one_turn(assistant) -> None:
    *_, both = ask_turns(
        assistant,
        "寺里的老唐卡能送给施主吗",
        "这是哪条？另外寺管会主任要换人了，库房里的文物怎么交接",
    )
    assert labels(both)[:2] == ["第二十七条", "第二十九条"]


def test_a_temples_wall_cracked_and_mended(assistant) -> None:
    (mend,) = ask_turns(assistant, "我们寺的经堂墙裂了，想请几个工匠修，要不要先批")
    assert labels(mend)[0] == "第十五条"


def test_a_detail_of_the_last_rule_checked(assistant) -> None:
    *_, checked = ask_turns(
        assistant, "家里传下来的老唐卡想卖，能卖吗", "备案在县里办就可以吧？地区太远了"
    )
    assert labels(checked)[0] == "第三十二条" and "地区文物行政管理部门" in checked.answer


# --- the independent review's counter-examples (each a rule found too broad, now held back) ---


@pytest.mark.parametrize(
    "question", ["打篮球打起来崴了脚，住院能报吗", "打点滴打起来过敏了，住院能报吗"]
)
def test_a_game_or_a_drip_is_no_fight(question) -> None:
    from assistant.calculators.medical import match_exclusion

    assert match_exclusion(question) is None


def test_next_years_contribution_unpaid_is_no_lapse() -> None:
    from assistant.calculators.medical import match_exclusion

    assert match_exclusion("明年的医保还没交，现在住院能报吗") is None


@pytest.mark.parametrize("question", ["文物复制要谁批", "谁可以交城乡居民医保"])
def test_a_bare_approval_or_who_may_pay_is_no_body(question) -> None:
    assert read_frame(question).fact is not FactType.BODY


def test_bills_at_two_levels_stay_a_case() -> None:
    frame = read_frame("二级和三级医院各住了一次，分别花了5000和1万，250档，一共能报多少")
    assert frame.calculator == "inpatient"


def test_three_bills_are_no_tiers() -> None:
    frame = read_frame("三次门诊分别花了60、120、250块，能报多少")
    assert frame.figures


@pytest.mark.parametrize(
    "question",
    ["为啥只报这么多，不是说建档立卡提高5%吗", "不是说只降10%吗", "乙类药不是只自付10%吗"],
)
def test_another_rules_rate_is_no_rate_heard(question) -> None:
    calc = Calculation("inpatient", {"tier": 120, "level": "二级", "in_area": True}, {}, [])
    assert heard_rate(question, calc) is None


@pytest.mark.parametrize(
    "question", ["We're planning to move to Lhasa next year", "What should I expect to pay?"]
)
def test_planning_and_expecting_are_no_building_nor_forecast(question) -> None:
    said = to_chinese(question)
    assert "修建" not in said and "预计" not in said


def test_an_older_child_unregistered_is_no_newborn(assistant) -> None:
    (older,) = ask_turns(assistant, "孩子两岁了还没上户口，急救住院能报吗")
    assert "全额报销" not in older.answer


def test_a_rule_of_the_custodians_topic_is_no_change_of_pay(assistant) -> None:
    *_, rule = ask_turns(assistant, "县级文物点看管员一个月工资多少", "看管员一年考核几次")
    assert rule.status != "calculated"


def test_a_new_permission_asked_is_no_check_of_the_last_rule(assistant) -> None:
    *_, given = ask_turns(assistant, "私人收藏的文物能卖吗", "那把文物捐给国家可以吗")
    assert labels(given)[0] == "第三十三条"


def test_the_most_paid_after_a_standing_is_the_cap(assistant) -> None:
    *_, cap = ask_turns(assistant, "我姥姥是特困供养的，参保去哪儿办", "住院最多能报多少")
    assert labels(cap)[0] == "第二十三条"


@pytest.mark.xfail(
    strict=True,
    reason="第十二条 (who draws the 建设控制地带) ties 第十三条 (building in it) when no building word of "
    "第十三条 is said; 盖…房 → 新建 建筑物 was tried and drew 第五十条 for a find while building",
)
def test_a_few_rooms_built_is_no_count_asked(assistant) -> None:
    (who,) = ask_turns(assistant, "想在县级文保单位的建设控制地带盖几间房子，要谁批")
    assert who.status == "answered" and labels(who)[0] == "第十三条"
