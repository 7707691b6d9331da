"""Dialogues typed as phone chats: slot-only turns (地区医院 三级的, 交250 头一趟, 两万八, 要是交的
60呢, 老丈人58呢, 要是国保的点呢, 再添两处县级的, 改成做全年预算, 再算上噶尔和普兰两个县呢),
corrections (说错了 是一级医院; 不对不对 今年已经是第三次住了; 打错了 是10个月; 手抖了 是59岁),
为什么/为啥/怎么… after a result (answered from its own steps and articles), 哪条/哪一条/哪个文件,
topic switches while a follow-up for tier, fiscal subsidy, months, level or cost is pending (two
of them returning with only the missing slot), the yearly 6万 cap across two stays, across three
months of dialysis and across a stay plus chemotherapy, two stays in one sentence, the 两病 800
limit and the 普通门诊 300 limit across two visits; custodian pay and budgets, road subsidies,
relic ↔ medical switches, English turns, greetings and thanks mid-dialogue, a malformed amount,
tier, age, level and month count, each then corrected."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import BOTH, HELLO, answered, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    LATE,
    OTHER,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings12.table import Heldout12Table

CUSTODIANS = "野外文物看管人员管理细则"
RELICS = "文物保护管理办法"


def _caps(t: Heldout12Table) -> None:
    """The yearly 6万 cap across stays, dialysis months, a stay plus chemotherapy; the 两病 and
    普通门诊 limits across visits; two stays in one sentence."""
    s1 = e.inpatient(120, "三级", "70000")
    add_dialogue(
        t,
        ("我姥爷今年第一次住地区医院 三级 交120 花了七万", s1),
        (
            "出院俩月又住进去了 还是那家 这次三万",
            e.inpatient(120, "三级", "30000", 2, paid=paid_after(s1)),
        ),
        ("第二回咋才报这么一点", answered(CAP, ["6万元"])),
        ("一年最高支付限额是在哪条规定的", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "25000")
    m2 = e.special(250, "慢性肾功能衰竭", "25000", paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "25000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("公公尿毒症门诊透析 250档 一月份花了两万五", m1),
        ("二月份也是两万五", m2),
        ("三月又两万五", m3),
        ("为啥三月份报得少了一截", answered(CAP, ["6万"])),
    )
    h1 = e.inpatient(250, "三级", "50000")
    add_dialogue(
        t,
        ("交250 今年头回住三级医院 花了五万", h1),
        (
            "出院后在门诊化疗 这个月两万五 报多少",
            e.special(250, "恶性肿瘤", "25000", paid_after(h1)),
        ),
        ("门诊化疗咋也跟住院算在一起", answered(SPECIAL, ["合并累计"])),
    )
    d1 = e.two_diseases(["高血压"], "二级", "900")
    add_dialogue(
        t,
        ("高血压两病门诊 二级医院 甲类九百 报多少", d1),
        (
            "过了一个月又开了甲类六百",
            e.two_diseases(["高血压"], "二级", "600", paid=paid_after(d1)),
        ),
        ("为什么这回才给这么点", answered(TWO, ["800"])),
    )
    g1 = e.general("300")
    add_dialogue(
        t,
        ("普通门诊今年头次 花了三百", g1),
        ("隔了一周又看了一次 花了四百", e.general("400", "300")),
        ("那后面再去看还能报不", answered(GENERAL, ["300"])),
    )
    first = e.inpatient(60, "一级", "20000")
    add_dialogue(
        t,
        (
            "交60 今年在一级医院住了两次 第一次两万 第二次三万五 第二次报多少",
            e.inpatient(60, "一级", "35000", 2, paid=paid_after(first)),
        ),
        ("第三回住院起付线打几折", answered(INPATIENT, ["50%"], status=BOTH)),
    )


def _slots_and_corrections(t: Heldout12Table) -> None:
    add_dialogue(
        t,
        ("想让你帮忙估一下住院报销", {"status": "follow_up"}),
        ("地区医院 三级的", {"status": "follow_up"}),
        ("交250 头一趟", e.follow_up(None, ["cost"])),
        ("费用是28000整", e.inpatient(250, "三级", "28000")),
        ("要是交的60呢", e.inpatient(60, "三级", "28000")),
    )
    add_dialogue(
        t,
        ("丈母娘61了 居民医保还要交吗", e.enrol(sex="女", age=61)),
        ("老丈人58呢", e.follow_up(None, ["tier"])),
        ("他交120的", e.enrol(sex="男", age=58, tier=120)),
        ("小舅子一级残疾 他要出钱吗", e.enrol(["重度残疾(一、二级)"])),
    )
    add_dialogue(
        t,
        ("交120 三级医院头一回住 花了九千六", e.inpatient(120, "三级", "9600")),
        ("说错了 是一级医院", e.inpatient(120, "一级", "9600")),
        ("为什么一级的报得比三级多", answered(INPATIENT, ["75%"])),
    )
    add_dialogue(
        t,
        ("60档 二级医院第一次住院 一万五", e.inpatient(60, "二级", "15000")),
        ("不对不对 今年已经是第三次住了", e.inpatient(60, "二级", "15000", 3)),
        ("为啥第三次起付才100", answered(INPATIENT, ["50%"])),
    )
    add_dialogue(
        t,
        ("癫痫能不能办门特", answered(SPECIAL, ["癫痫"])),
        ("我侄子就是 交60 门诊花了两千四", e.special(60, "癫痫", "2400")),
        ("那要是当初交的120呢", e.special(120, "癫痫", "2400")),
    )
    add_dialogue(
        t,
        ("前年没交 现在补缴 财政补助一共650 要交多少", e.late("650")),
        ("为什么要按最高档补", answered(LATE, ["个人缴费最高档次"])),
        ("补上以后哪个月开始能报", answered(LATE, ["次月"])),
    )


def _topic_switches(t: Heldout12Table) -> None:
    """A pending follow-up is dropped when the user moves on: never asked again; two dialogues
    come back with only the missing slot."""
    photo = art(RP, "第三十七条")
    add_dialogue(
        t,
        ("阿妈在一级医院住院了 第一回 花了七千", e.follow_up(None, ["tier"])),
        (
            "先不说这个 寺里的壁画能不能拍照",
            answered(photo, ["不得拍摄"], not_follow_up_for=["tier"]),
        ),
        (
            "要是确实有特殊需要呢",
            answered(photo, ["自治区级以上文物行政管理部门批准"], not_follow_up_for=["tier"]),
        ),
    )
    pending = ["fiscal_subsidy"]
    add_dialogue(
        t,
        ("医保漏交了一年 现在补交多少钱", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "换个话题 两病的高血压跟门特的高血压能一起享受吗",
            answered(TWO, ["不得同时享受"], not_follow_up_for=pending),
        ),
        ("那门特一共有多少种病", answered(SPECIAL, ["30种"], not_follow_up_for=pending)),
    )
    add_dialogue(
        t,
        ("我在县级文物点当看管员 算下工资", e.follow_up(None, ["months"])),
        (
            "顺便问问 看管员有什么权利",
            answered(art(RC, "第八条"), ["提出建议和意见"], not_follow_up_for=["months"]),
        ),
        (
            "发现有人盗墓先找谁",
            answered(art(RC, "第七条"), ["公安部门"], not_follow_up_for=["months"]),
        ),
        ("干了7个月", e.custodian("县级", 7)),
    )
    add_dialogue(
        t,
        ("交250 今年第二回住院 花了一万三", e.follow_up(None, ["level"])),
        (
            "另外问下 转院要开什么证明",
            answered(mi("第三十二条"), ["转诊转院证明"], not_follow_up_for=["level"]),
        ),
        ("哦对了 那家是县里的二级医院", e.inpatient(250, "二级", "13000", 2)),
    )
    add_dialogue(
        t,
        ("交120 一级医院第一次住院 能报多少", e.follow_up(None, ["cost"])),
        (
            "算了 问个别的 文物培训的经费谁出",
            answered(
                quote(RT, "培训经费从地区文物安全专项经费中支出"),
                ["地区文物安全专项经费"],
                not_follow_up_for=["cost"],
            ),
        ),
    )


def _custodians_and_roads(t: Heldout12Table) -> None:
    add_dialogue(
        t,
        ("野外文物点每处配几个看管的人", answered(WAGE, ["2名"])),
        ("我守的是自治区级的 干了6个月", e.custodian("自治区级", 6)),
        ("要是国保的点呢 一样6个月", e.custodian("全国重点", 6)),
        ("工资标准在细则哪一条", answered(WAGE, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("二姐夫当看管员干了一整年 能拿多少", e.follow_up(None, ["site_level"])),
        ("他看的是县级点", e.custodian("县级", 12)),
        ("怎么比自治区级的少两千多", answered(WAGE, ["1400"])),
    )
    three = {"自治区级": 3}
    five = {"自治区级": 3, "县级": 2}
    add_dialogue(
        t,
        ("3处自治区级野外文保点 半年看管经费多少", e.budget(three, 6)),
        ("再添两处县级的", e.budget(five, 6)),
        ("改成做全年预算", e.budget(five, 12)),
        ("看管员的钱由哪级财政出", answered(WAGE, ["地区财政"])),
    )
    accident = art(RC, "第十一条")
    add_dialogue(
        t,
        ("国保点看管员干了8个月 工资多少", e.custodian("全国重点", 8)),
        ("要是他那个点出了重大看管事故呢", e.custodian("全国重点", 8, accident=True)),
        ("出事故解聘这个规定在哪条", answered(accident, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("我在县级文物点看了1O个月 该拿多少", e.error("月")),
        ("打错了 是10个月", e.custodian("县级", 10)),
        ("看管员能不能出去参观考察", answered(art(RC, "第十四条"), ["参观考察"])),
    )
    prefecture = quote(RD, "350万元/年")
    county = quote(RD, "100万元/年")
    add_dialogue(
        t,
        (
            "地区这一级财政 每年往四好农村路养护里投多少",
            answered(prefecture, ["350万"], status=BOTH),
        ),
        ("把噶尔普兰两县的也并进去", e.road(2, True)),
        ("按五年算一共多少万", e.road(2, True, 5)),
        ("100万和350万这两个数是哪份文件里写的", answered(county, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("七个县每年的养护专项补贴一共多少", e.road(7, False)),
        ("为什么每个县都是100万", answered(county, ["100万"])),
        ("地区那份也加上 算两年", e.road(7, True, 2)),
    )


def _relics_and_medical(t: Heldout12Table) -> None:
    found = art(RP, "第二十一条")
    add_dialogue(
        t,
        ("盖牛圈挖出来几个陶罐 该咋办", answered(found, ["立即保护现场"])),
        ("依据的是办法第几条", answered(found, [RELICS])),
        ("跟你打听个医保的 住院的空调费能报吗", answered(EXCLUDED, ["空调费"])),
        ("那电话费呢", answered(EXCLUDED, ["电话费"])),
    )
    repair = art(RP, "第三十九条")
    add_dialogue(
        t,
        ("社保卡借给亲戚用了 会咋样", answered(mi("第四十五条"), ["借给他人"])),
        ("另外 文物能不能私自修复", answered(repair, ["未经批准"])),
        ("修复归哪个部门管", answered(repair, ["自治区文物行政管理部门"])),
    )
    add_dialogue(
        t,
        (
            "在建设控制地带盖房子 设计方案要谁同意",
            answered(art(RP, "第十三条"), ["同级文物行政管理部门"]),
        ),
        ("再问个 建档立卡的门诊特殊病能多报吗", answered(OTHER, ["5%"])),
        ("这个5%在哪个文件里", answered(OTHER, [MI])),
    )


def _english_and_greetings(t: Heldout12Table) -> None:
    add_dialogue(
        t,
        ("What does the scheme pay for a normal delivery?", answered(OTHER, ["全额报销"])),
        ("那剖宫产是自己要求的呢", answered(EXCLUDED, ["自己要求剖宫产分娩"])),
        ("got it, cheers", HELLO),
    )
    add_dialogue(
        t,
        (
            "120 tier, level-two county hospital, first stay, 9000 yuan bill. How much back?",
            e.inpatient(120, "二级", "9000"),
        ),
        ("Why is 200 deducted first?", answered(INPATIENT, ["200元"])),
    )
    g1 = e.inpatient(60, "乡镇卫生院", "1900")
    add_dialogue(
        t,
        ("扎西德勒 在不在", HELLO),
        ("交60 乡卫生院头一次住院 花了一千九", g1),
        ("明白了 谢谢啦 辛苦", HELLO),
        (
            "如果下个月又住一次 也是一千九呢",
            e.inpatient(60, "乡镇卫生院", "1900", 2, paid=paid_after(g1)),
        ),
    )


def _malformed_then_corrected(t: Heldout12Table) -> None:
    add_dialogue(
        t,
        ("交250 二级医院头回住院 花了2w多", e.error("费用")),
        ("准确的是两万一千三", e.inpatient(250, "二级", "21300")),
        ("为什么不是全部报", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("交了个200档 一级医院第一次住 花了六千", e.error("档次")),
        ("眼花看岔了 其实交的250", e.inpatient(250, "一级", "6000")),
        ("怎么一级医院起付也是200", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("阿妈年龄是999岁 参保还交不交", e.error("年龄")),
        ("手抖了 是59岁 交60档", e.enrol(sex="女", age=59, tier=60)),
        ("那她明年满60了还用交吗", answered(TIERS, ["60"], status=BOTH)),
    )
    add_dialogue(
        t,
        ("在八级医院住院 交120 第一次 花了五千", e.error("级别")),
        ("是三级 打错字了", e.inpatient(120, "三级", "5000")),
    )


def _other_rules(t: Heldout12Table) -> None:
    add_dialogue(
        t,
        ("儿媳妇在乡卫生院生孩子 合规费用一千六", e.maternity("乡镇卫生院", "1600")),
        ("怎么生娃一分钱都不用自己出", answered(OTHER, ["全额报销"])),
        ("孩子生下来就住了保温箱 钱咋报", answered(OTHER, ["先自费结算"])),
    )
    shares = mi("第十七条")
    add_dialogue(
        t,
        ("财政补助合计1200 中央出了800 剩下怎么分", e.subsidy_split("1200", "800")),
        ("6:2:2这个比例是哪个文件定的", answered(shares, [MI])),
        (
            "中央和自治区的补助怎么结算",
            answered(mi("第二十条"), ["次年按照实际参保人数结算"]),
        ),
    )
    add_dialogue(
        t,
        (
            "阿里参保的 交60 在乌鲁木齐二级医院第一次住院 两万四",
            e.inpatient(60, "二级", "24000", in_area=False),
        ),
        ("为什么去外地住院就要少报一截", answered(INPATIENT, ["10%"])),
        ("要先备案吗", answered(mi("第三十三条"), ["5日"])),
    )
    add_dialogue(
        t,
        (
            "建档立卡 250档 一级医院第二次住院 八千",
            e.inpatient(250, "一级", "8000", 2, poor=True),
        ),
        ("为什么报销比例比别人高出一截", answered(OTHER, ["5%"])),
    )


def build(t: Heldout12Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _custodians_and_roads(t)
    _relics_and_medical(t)
    _english_and_greetings(t)
    _malformed_then_corrected(t)
    _other_rules(t)
