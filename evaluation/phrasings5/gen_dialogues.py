"""Dialogues typed as phone chats: slot-only turns (交的二百五, 那换成120档呢, 那我妈呢 58),
corrections (搞错了 交的是250; 不对 这是第二次住院), 为什么/为啥/怎么… after a result
(answered from its own steps and articles), 这个说法出自哪个文件呀/哪一条, topic switches after
a pending follow-up for tier, level, fiscal subsidy or months, two stays or two months in
one sentence, the yearly 6万 cap across stays, across months of outpatient treatment and
across a stay plus dialysis, custodian pay and budgets, relic then medical questions,
English turns, greetings and thanks mid-dialogue, malformed inputs then corrected."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import BOTH, HELLO, answered, paid_after
from evaluation.phrasings.places import CAP, INPATIENT, SPECIAL, WAGE
from evaluation.phrasings.rows import MI, RC, RD, RP, art, mi, quote
from evaluation.phrasings5.table import Heldout5Table

CUSTODIANS = "野外文物看管人员管理细则"


def _caps(t: Heldout5Table) -> None:
    """The yearly 6万 cap across stays, outpatient months, and a stay plus dialysis."""
    s1 = e.inpatient(120, "三级", "50000")
    s2 = e.inpatient(120, "二级", "30000", 2, paid=paid_after(s1))
    s3 = e.inpatient(120, "乡镇卫生院", "8000", 3, paid=paid_after(s1, s2))
    add_dialogue(
        t,
        ("我爸交120档 今年头次住院在地区三级医院 花了5万 能报多少", s1),
        ("后来又在县医院二级住了一回 3万", s2),
        ("第三回是在乡卫生院住的 8千", s3),
        ("为什么第三回报得这么少", answered(CAP, ["6万"])),
        ("这个上限是哪一条规定的", answered(CAP, [MI])),
    )
    m1 = e.special(250, "恶性肿瘤", "30000")
    m2 = e.special(250, "恶性肿瘤", "30000", paid_after(m1))
    m3 = e.special(250, "恶性肿瘤", "30000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("我爸肺癌在门诊放疗 250档 一月份花了3万 报多少", m1),
        ("二月份也是3万", m2),
        ("三月份又花了3万 这回能报多少", m3),
        ("怎么三月就只剩这么点了", answered(CAP, ["6万"])),
    )
    h1 = e.inpatient(250, "二级", "40000")
    o1 = e.special(250, "慢性肾功能衰竭", "20000", paid_after(h1))
    o2 = e.special(250, "慢性肾功能衰竭", "10000", paid_after(h1, o1))
    add_dialogue(
        t,
        ("250档 县医院二级今年第一次住院 花了四万", h1),
        ("出院以后门诊透析 慢性肾衰 这个月花了2万", o1),
        ("下个月透析又花了1万 能报多少", o2),
        ("为啥门诊透析也算进住院的封顶里", answered(SPECIAL, ["合并累计"])),
    )
    first = e.inpatient(120, "二级", "20000")
    add_dialogue(
        t,
        (
            "120档 今年在二级医院住了两回 头一回2万 第二回1万 第二回能报多少",
            e.inpatient(120, "二级", "10000", 2, paid=paid_after(first)),
        ),
        ("为什么第二回的起付线少了", answered(INPATIENT, ["70%"])),
        ("要是再住第三回 起付线多少", answered(INPATIENT, ["50%"], status=BOTH)),
    )
    last = e.special(120, "恶性肿瘤", "35000")
    this = e.special(120, "恶性肿瘤", "30000", paid_after(last))
    add_dialogue(
        t,
        ("我妈门诊化疗 120档 上个月3万5 这个月3万 这个月能报多少", this),
        ("下个月还要3万呢", e.special(120, "恶性肿瘤", "30000", paid_after(last, this))),
        ("为啥下个月报不满七成", answered(CAP, ["6万"])),
    )


def _slots_and_corrections(t: Heldout5Table) -> None:
    add_dialogue(
        t,
        ("我想算一下住院能报多少", {"status": "follow_up"}),
        ("交的二百五", {"status": "follow_up"}),
        ("一级医院 今年第一回住", e.follow_up(None, ["cost"])),
        ("花了七千", e.inpatient(250, "一级", "7000")),
        ("改成交120的话呢", e.inpatient(120, "一级", "7000")),
    )
    add_dialogue(
        t,
        ("我爸70岁 参保还交钱吗", e.enrol(sex="男", age=70)),
        ("那我妈呢 58", e.follow_up(None, ["tier"])),
        ("她交60档", e.enrol(sex="女", age=58, tier=60)),
        ("我侄子是孤儿 他参保要交吗", e.enrol(["孤儿"])),
    )
    add_dialogue(
        t,
        ("60档 三级医院今年第一次住院 花了1万", e.inpatient(60, "三级", "10000")),
        ("搞错了 交的是250", e.inpatient(250, "三级", "10000")),
        ("为什么三级医院比二级的报得少", answered(INPATIENT, ["85%", "90%"])),
    )
    add_dialogue(
        t,
        ("120档 二级医院第一次住院 花了6千", e.inpatient(120, "二级", "6000")),
        ("哦不对 这是今年第二次住院了", e.inpatient(120, "二级", "6000", 2)),
        ("为什么起付线变成140了", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("慢阻肺能办门诊特殊病吗", answered(SPECIAL, ["慢性阻塞性肺部疾病"])),
        (
            "我爸就是 交120档 门诊花了4千 能报多少",
            e.special(120, "慢性阻塞性肺部疾病", "4000"),
        ),
        ("门特要先扣起付线吗", answered(SPECIAL, ["不设起付线"])),
    )


def _topic_switches(t: Heldout5Table) -> None:
    """A pending follow-up is dropped when the user moves on: never asked again."""
    fire = {
        "status": "answered",
        "gold": [art(RP, "第十三条"), art(RP, "第二十八条")],
        "answer_contains": ["易燃"],
        "not_follow_up_for": ["tier"],
    }
    add_dialogue(
        t,
        ("我妈在三级医院住院 今年第一次 花了3万 报多少", e.follow_up(None, ["tier"])),
        ("算了 先问别的 文物保护单位里能堆柴火汽油吗", fire),
        (
            "看到有人盗挖古墓 老百姓有责任举报吗",
            answered(art(RP, "第四十一条"), ["检举控告"], not_follow_up_for=["tier"]),
        ),
    )
    pending = ["fiscal_subsidy", "tier"]
    add_dialogue(
        t,
        ("断了两年医保 现在补交得多少钱", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "先不管这个 门特有哪些病",
            answered(SPECIAL, ["恶性肿瘤"], not_follow_up_for=pending),
        ),
        (
            "两病门诊高血压一年最多报多少",
            answered(mi("第二十五条"), ["800"], not_follow_up_for=pending),
        ),
    )
    add_dialogue(
        t,
        ("我是全国重点文保单位的看管员 想算算工资", e.follow_up(None, ["months"])),
        (
            "换个问题 看管员每天要干什么",
            answered(art(RC, "第七条"), ["每日巡查"], not_follow_up_for=["months"]),
        ),
        (
            "看管员能参加培训吗",
            answered(art(RC, "第八条"), ["文物安全培训"], not_follow_up_for=["months"]),
        ),
    )
    add_dialogue(
        t,
        ("120档 第一次住院 花了9千", e.follow_up(None, ["level"])),
        (
            "另外问下 补缴以后多久能报",
            answered(mi("第八条"), ["次月"], not_follow_up_for=["level"]),
        ),
        (
            "每年缴费期是哪几个月",
            answered(mi("第八条"), ["10月1日"], not_follow_up_for=["level"]),
        ),
    )


def _custodians(t: Heldout5Table) -> None:
    add_dialogue(
        t,
        ("野外文物看管员工资怎么算的", answered(WAGE, ["1200", "1400"])),
        ("我在自治区级的点 干了9个月", e.custodian("自治区级", 9)),
        ("要是县级的呢", e.custodian("县级", 9)),
        ("这个说法出自哪个文件呀", answered(WAGE, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("我哥当野外文物看管员半年了 一共挣多少", e.follow_up(None, ["site_level"])),
        ("他看的是全国重点文物保护单位", e.custodian("全国重点", 6)),
        ("为什么全国重点和自治区级一样多", answered(WAGE, ["自治区级及以上"])),
    )
    two = {"自治区级": 2}
    five = {"自治区级": 2, "县级": 3}
    add_dialogue(
        t,
        ("我们县有2处自治区级野外文保单位 看管员一年工资总共多少", e.budget(two, 12)),
        ("再加3处县级的呢", e.budget(five, 12)),
        ("那只要6个月的呢", e.budget(five, 6)),
        ("为什么每处都按两个人算", answered(WAGE, ["2名"])),
    )
    add_dialogue(
        t,
        ("县级看管员干了12个月 工资一共多少", e.custodian("县级", 12)),
        ("要是他没按要求填巡逻日志 扣多少", e.declined(art(RC, "第十一条"))),
        (
            "要是出了重大看管事故 会怎么处理",
            answered(art(RC, "第十一条"), ["解聘"], status=BOTH),
        ),
        ("这一条是哪个文件里的", answered(art(RC, "第十一条"), [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("县级看管员干了1.5.5个月 多少钱", e.error("月")),
        ("是5个月", e.custodian("县级", 5)),
        ("工资是哪个部门出的", answered(WAGE, ["地区财政"])),
    )


def _relics_then_medical(t: Heldout5Table) -> None:
    add_dialogue(
        t,
        ("考古工地能拍照吗", answered(art(RP, "第三十七条"), ["考古发掘现场"])),
        (
            "谁能批准拍",
            answered(art(RP, "第三十七条"), ["自治区级以上文物行政管理部门"]),
        ),
        ("说点别的 糖尿病两病门诊一年最多报多少", answered(mi("第二十五条"), ["1200"])),
        ("我在二级医院开了甲类药1500", e.two_diseases(["糖尿病"], "二级", "1500")),
    )
    add_dialogue(
        t,
        ("国有博物馆能把藏品卖给个人吗", answered(art(RP, "第二十七条"), ["出售"])),
        ("这条出自哪个文件", answered(art(RP, "第二十七条"), ["文物保护管理办法"])),
        ("那博物馆之间能借吗 最长借多久", answered(art(RP, "第二十七条"), ["两年"])),
    )


def _english_and_greetings(t: Heldout5Table) -> None:
    two_disease = mi("第二十五条")
    add_dialogue(
        t,
        (
            "What's the yearly cap for the two-disease outpatient benefit if I only have diabetes?",
            answered(two_disease, ["1200"]),
        ),
        ("高血压呢", answered(two_disease, ["800"])),
        ("And if I have both?", answered(two_disease, ["2000"])),
    )
    add_dialogue(
        t,
        (
            "250 tier, 三级 hospital, first stay, cost 3万, how much is reimbursed?",
            e.inpatient(250, "三级", "30000"),
        ),
        ("Why is it not 85% of the whole bill?", answered(INPATIENT, ["400"])),
        ("thanks!", HELLO),
    )
    g1 = e.inpatient(250, "乡镇卫生院", "5000")
    add_dialogue(
        t,
        ("您好 打扰一下", HELLO),
        ("250档 乡卫生院第一次住院 花了5千", g1),
        ("好嘞 多谢", HELLO),
        (
            "那今年第二次住院 花了2千呢",
            e.inpatient(250, "乡镇卫生院", "2000", 2, paid=paid_after(g1)),
        ),
    )


def _malformed_then_corrected(t: Heldout5Table) -> None:
    add_dialogue(
        t,
        ("交120 三级医院第一次住院 花了2..5万", e.error("费用")),
        ("是2.5万", e.inpatient(120, "三级", "25000")),
        ("为什么没全报", answered(INPATIENT, ["400", "70%"])),
    )
    add_dialogue(
        t,
        ("交了500档 一级医院第一次住院 花了3千", e.error("档次")),
        ("不好意思 是60档", e.inpatient(60, "一级", "3000")),
        ("怎么才报七成", answered(INPATIENT, ["70%"])),
    )


def _other_rules(t: Heldout5Table) -> None:
    add_dialogue(
        t,
        ("普通门诊今年第一次 花了250 报多少", e.general("250")),
        ("为什么250只报了90", answered(mi("第二十六条"), ["100", "60%"])),
        ("再看一次花了500呢", e.general("500", "250")),
        ("这个规定在哪一条", answered(mi("第二十六条"), [MI])),
    )
    add_dialogue(
        t,
        ("我老婆在一级医院生孩子 合规花了3千5", e.maternity("一级", "3500")),
        ("孩子生下来抢救了几天 这个也能报吗", answered(mi("第二十九条"), ["新生儿抢救"])),
        ("娃还没上户口 住院费先怎么结", answered(mi("第二十九条"), ["先自费结算"])),
    )
    road = quote(RD, "100万元/年")
    add_dialogue(
        t,
        ("四好农村路每个县一年的养护专项补贴是多少", answered(road, ["100万"], status=BOTH)),
        ("那札达日土普兰三个县加起来一年呢", e.road(3, False)),
        ("再加上地区财政的呢", e.road(3, True)),
        ("三年一共呢", e.road(3, True, 3)),
    )
    late = mi("第八条")
    add_dialogue(
        t,
        ("我补交医保 当年财政补助是600 要交多少", e.late("600")),
        ("为什么还要交财政那部分", answered(late, ["各级财政补贴部分"])),
        ("补完马上就能报销吗", answered(late, ["次月"])),
        ("断交期间住院的钱呢", answered(late, ["本人承担"])),
    )
    add_dialogue(
        t,
        ("财政补助总共800 中央补了500 自治区地区县各承担多少", e.subsidy_split("800", "500")),
        ("这个比例是哪条规定的", answered(mi("第十七条"), ["6:2:2"])),
    )
    poor = mi("第二十九条")
    add_dialogue(
        t,
        (
            "建档立卡户 250档 乡卫生院第一次住院 6千",
            e.inpatient(250, "乡镇卫生院", "6000", poor=True),
        ),
        ("为啥比邻居报得多", answered(poor, ["5%"])),
        ("哪条规定的", answered(poor, [MI])),
    )
    add_dialogue(
        t,
        (
            "阿里参保 120档 在西安二级医院第一次住院 花了2万",
            e.inpatient(120, "二级", "20000", in_area=False),
        ),
        ("为什么不是75%", answered(INPATIENT, ["10%"])),
        ("回阿里以后报账得准备啥", answered(mi("第三十四条"), ["住院发票原件"])),
    )


def build(t: Heldout5Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _custodians(t)
    _relics_then_medical(t)
    _english_and_greetings(t)
    _malformed_then_corrected(t)
    _other_rules(t)
