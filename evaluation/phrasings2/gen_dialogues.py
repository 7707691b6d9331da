"""Dialogues of 3–5 turns: slot-only turns, 那…呢, 为什么…, 这条在哪个文件, topic switches after
a pending follow-up, the yearly 6万 cap and the admission order across stays and months."""

from __future__ import annotations

from evaluation.phrasings import reference as ref
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import Expect, answered, inpatient, paid_after, special
from evaluation.phrasings.rows import RC, RD, RP, art, mi, quote
from evaluation.phrasings2.table import HeldoutTable


def build(t: HeldoutTable) -> None:
    # the yearly cap across three stays, then why, then which document
    s1 = inpatient(250, "三级", "40000")
    s2 = inpatient(250, "三级", "30000", 2, paid=paid_after(s1))
    s3 = inpatient(250, "三级", "20000", 3, paid=paid_after(s1, s2))
    add_dialogue(
        t,
        ("我交250档，今年第一次住院在地区人民医院，三级的，合规费用4万，报多少", s1),
        ("后来又住了一次，还是那家医院，花了3万", s2),
        ("第三次住院又花了2万呢", s3),
        ("为什么第三次只报了这么点？", answered(mi("第二十三条"), ["6万"])),
        (
            "刚才说的封顶是哪份文件里定的？",
            answered(mi("第二十三条"), ["城乡居民基本医疗保险实施办法"]),
        ),
    )
    # slot-only turns fill a pending calculation
    add_dialogue(
        t,
        ("我爸住院了，想问问能报多少", {"status": "follow_up"}),
        ("120档", {"status": "follow_up"}),
        ("二级医院，今年第一次住", {"status": "follow_up", "follow_up_for": ["cost"]}),
        ("花了9千", inpatient(120, "二级", "9000")),
        ("那要是在三级医院呢", inpatient(120, "三级", "9000")),
    )
    # a topic switch drops the pending follow-up
    add_dialogue(
        t,
        (
            "住院能报多少？我在二级医院住的，第一次，花了1万",
            {"status": "follow_up", "follow_up_for": ["tier"]},
        ),
        (
            "对了，野外看管员每个月拿多少工资",
            answered(art(RC, "第十二条"), ["1200", "1400"], not_follow_up_for=["tier"]),
        ),
        (
            "那自治区级的干了6个月一共多少",
            {
                "status": "calculated",
                "calculator": "custodian_pay",
                "inputs": {"mode": "person", "site_level": "自治区级", "months": 6},
                "expected": ref.custodian_person("自治区级", 6),
                "cites": ["第十二条"],
            },
        ),
        ("工资标准出自哪份规定？", answered(art(RC, "第十二条"), ["野外文物看管人员管理细则"])),
    )
    # person switch with 那…呢, then an identity, then a new topic
    add_dialogue(
        t,
        (
            "我爸67岁，医保还要交钱吗",
            {
                "status": "calculated",
                "calculator": "contribution",
                "inputs": {"mode": "enrol", "sex": "男", "age": 67},
                "expected": ref.contribution(sex="男", age=67),
                "cites": ["第十八条"],
            },
        ),
        (
            "那我妈呢？她58，交250档",
            {
                "status": "calculated",
                "calculator": "contribution",
                "inputs": {"mode": "enrol", "sex": "女", "age": 58, "tier": 250},
                "expected": ref.contribution(sex="女", age=58, tier=250),
                "cites": ["第十八条"],
            },
        ),
        (
            "要是她是低保户呢",
            {
                "status": "calculated",
                "calculator": "contribution",
                "inputs": {"mode": "enrol", "identities": ["低保对象"], "sex": "女", "age": 58},
                "expected": ref.contribution(["低保对象"], "女", 58),
                "cites": ["第十八条"],
            },
        ),
        ("低保身份是谁认定的", answered(mi("第五条"), ["民政部门"])),
    )
    # special outpatient month after month until the yearly cap
    m1 = special(250, "慢性肾功能衰竭", "20000")
    m2 = special(250, "慢性肾功能衰竭", "20000", paid_after(m1))
    m3 = special(250, "慢性肾功能衰竭", "20000", paid_after(m1, m2))
    m4 = special(250, "慢性肾功能衰竭", "20000", paid_after(m1, m2, m3))
    add_dialogue(
        t,
        ("我妈慢性肾衰在门诊透析，250档，1月份合规花了2万，报多少", m1),
        ("2月份又花了2万呢", m2),
        ("3月份又是2万", m3),
        ("4月份还是2万", m4),
        ("为什么这个月报得少了", answered(mi("第二十三条"), ["6万"])),
    )
    # why not all of it: the result's own steps
    add_dialogue(
        t,
        ("交60档，乡卫生院今年第一次住院，花了5千", inpatient(60, "乡镇卫生院", "5000")),
        ("为什么没有全报？", answered(mi("第二十二条"), ["100", "70%"])),
        ("那交250档能报多少", inpatient(250, "乡镇卫生院", "5000")),
    )

    def two(level: str, a: str, b: str = "0") -> Expect:
        return {
            "status": "calculated",
            "calculator": "two_diseases",
            "inputs": {"diseases": ["高血压"], "level": level, "class_a": a, "class_b": b},
            "expected": ref.two_diseases(["高血压"], level, a, b),
            "cites": ["第二十五条"],
        }

    add_dialogue(
        t,
        ("高血压走两病门诊，一级医院，甲类药600", two("一级", "600")),
        ("如果还有乙类药300元呢", two("一级", "600", "300")),
        ("换到二级医院呢", two("二级", "600", "300")),
        ("两病和门特的高血压待遇能一起享受吗", answered(mi("第二十五条"), ["不得同时享受"])),
    )
    add_dialogue(
        t,
        ("交250档在二级医院住院报多少比例", answered(mi("第二十二条"), ["90%"])),
        ("那三级医院呢", answered(mi("第二十二条"), ["85%"])),
        ("60档呢", answered(mi("第二十二条"), ["60%"])),
        ("在区外住院呢", answered(mi("第二十二条"), ["10%"])),
    )
    add_dialogue(
        t,
        ("挖地基挖出来一个铜佛像怎么办", answered(art(RP, "第二十一条"), ["保护现场", "报告"])),
        ("要是自己偷偷藏起来了会怎样", answered(art(RP, "第五十条"), ["隐匿不报"])),
        ("罚款多少", {"status": "out_of_scope", "gold": [], "related": [art(RP, "第五十条")]}),
        (
            "对了，阿里的文保单位是怎么分级的",
            answered(art(RP, "第十条"), ["全国重点文物保护单位"]),
        ),
    )

    def road(counties: int, prefecture: bool, years: int) -> Expect:
        return {
            "status": "calculated",
            "calculator": "road_subsidy",
            "inputs": {"counties": counties, "prefecture": prefecture, "years": years},
            "expected": ref.road_subsidy(counties, prefecture, years),
            "cites": [],
        }

    add_dialogue(
        t,
        (
            "四好农村路每个县每年养护补贴多少",
            {
                "status": ["answered", "calculated"],
                "gold": [quote(RD, "100万元/年")],
                "answer_contains": ["100万"],
            },
        ),
        ("那噶尔和札达两个县三年一共多少", road(2, False, 3)),
        ("加上地区财政呢", road(2, True, 3)),
        ("补贴标准是哪份方案里写的", answered(quote(RD, "100万元/年"), ["四好农村路"])),
    )
    pending = ["fiscal_subsidy", "tier"]
    add_dialogue(
        t,
        (
            "断缴了要补交医保，要交多少钱",
            {"status": "follow_up", "follow_up_for": ["fiscal_subsidy"]},
        ),
        (
            "换个问题，大病保险全年赔付封顶是多少",
            answered(mi("第二十七条"), ["14万"], not_follow_up_for=pending),
        ),
        (
            "那门特报销要先扣门槛费吗",
            answered(mi("第二十四条"), ["不设起付线"], not_follow_up_for=pending),
        ),
    )
    add_dialogue(
        t,
        (
            "我们是建档立卡户，交250档，在成都的二级医院今年第一次住院，花了3万",
            inpatient(250, "二级", "30000", in_area=False, poor=True),
        ),
        ("如果在阿里本地的二级医院住呢", inpatient(250, "二级", "30000", poor=True)),
        ("去区外住院要备案吗", answered(mi("第三十三条"), ["5日"])),
        ("回来报销要带什么材料", answered(mi("第三十四条"), ["出院证明"])),
    )

    def budget(sites: dict[str, int], months: int) -> Expect:
        return {
            "status": "calculated",
            "calculator": "custodian_pay",
            "inputs": {"mode": "budget", "sites": sites, "months": months},
            "expected": ref.custodian_budget(sites, months),
            "cites": ["第十二条"],
        }

    add_dialogue(
        t,
        ("我们县有3处县级野外文保单位，看管员一年工资要多少预算", budget({"县级": 3}, 12)),
        ("再加2处自治区级的呢", budget({"县级": 3, "自治区级": 2}, 12)),
        ("只算半年呢", budget({"县级": 3, "自治区级": 2}, 6)),
        ("为什么每处要算两个人", answered(art(RC, "第十二条"), ["2名"])),
    )

    def general(cost: str, prior: str) -> Expect:
        return {
            "status": "calculated",
            "calculator": "general_outpatient",
            "inputs": {"cost": cost, "prior_cost": prior},
            "expected": ref.general_outpatient(cost, prior),
            "cites": ["第二十六条"],
        }

    add_dialogue(
        t,
        ("今年普通门诊第一次看病花了150", general("150", "0")),
        ("后来又看了一次，花了200", general("200", "150")),
        ("第三次又花了400", general("400", "350")),
        ("为什么这次只报了这么些", answered(mi("第二十六条"), ["300"])),
    )
    add_dialogue(
        t,
        (
            "交120档，一级医院第一次住院，费用1,2000元",
            {"status": "error", "error_contains": ["费用"]},
        ),
        ("费用是12000", inpatient(120, "一级", "12000")),
        ("What is the yearly cap?", answered(mi("第二十三条"), ["6万"])),
    )
    add_dialogue(
        t,
        (
            "媳妇在地区人民医院生孩子，三级医院，合规花了6千",
            {
                "status": "calculated",
                "calculator": "inpatient",
                "inputs": {"level": "三级", "cost": "6000", "maternity": True},
                "expected": ref.inpatient(None, "三级", "6000", maternity=True),
                "cites": ["第二十九条"],
            },
        ),
        ("孩子出生后住了几天保温箱，这个钱怎么报", answered(mi("第二十九条"), ["先自费结算"])),
        ("孩子从什么时候开始享受医保", answered(mi("第六条"), ["自出生之日起"])),
    )
