"""Dialogues typed as phone chats: slot-only turns (二级的县医院, 交60的 第一回, 一万一, 换成
120的档呢, 阿妈54呢, 假如守的是县级点 同样11个月呢, 再加一处国保的, 预算只做六个月的话), corrections (不好意思打错了
是二级的; 搞错了 今年前面已经住过一回了 这是第二趟; 记错了 是60档), 为什么/为啥/怎么… after a result (answered
from its own steps and articles), 哪条/哪一条/哪个文件, topic switches while a follow-up for
tier, level, cost, fiscal subsidy or months is pending, the yearly 6万 cap across two stays,
across months of chemotherapy, across a stay plus dialysis, with two stays in one sentence, and
the 两病 yearly limit across two months; custodian pay and budgets, road subsidies, relic ↔
medical switches, English turns, greetings and thanks mid-dialogue, malformed amount, tier,
age and months then corrected."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import BOTH, HELLO, answered, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    OTHER,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import MI, RC, RD, RP, art, mi, quote
from evaluation.phrasings10.table import Heldout10Table

CUSTODIANS = "野外文物看管人员管理细则"
RELICS = "文物保护管理办法"


def _caps(t: Heldout10Table) -> None:
    """The yearly 6万 cap across stays, chemotherapy months, a stay plus dialysis; the 两病 limit."""
    s1 = e.inpatient(250, "三级", "60000")
    add_dialogue(
        t,
        ("俺爹今年头回住地区医院 三级的 交250 花了6万 报多少", s1),
        (
            "过了俩月又住进去了 还是三级 这回两万",
            e.inpatient(250, "三级", "20000", 2, paid=paid_after(s1)),
        ),
        ("咋第二回才报了九千多", answered(CAP, ["6万元"])),
        ("封顶的规定在哪条", answered(CAP, [MI])),
    )
    m1 = e.special(250, "恶性肿瘤", "30000")
    m2 = e.special(250, "恶性肿瘤", "30000", paid_after(m1))
    m3 = e.special(250, "恶性肿瘤", "30000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("阿妈肺癌门诊化疗 250档 头一个月三万 报多少", m1),
        ("第二个月又是3万", m2),
        ("第三个月还是三万呢", m3),
        ("为什么第三个月少了那么多", answered(CAP, ["6万"])),
    )
    h1 = e.inpatient(120, "三级", "70000")
    add_dialogue(
        t,
        ("交120 今年头回住三级医院 花了七万", h1),
        (
            "出院后门诊透析 这个月两万 报多少",
            e.special(120, "慢性肾功能衰竭", "20000", paid_after(h1)),
        ),
        ("怎么透析的报销也受住院影响", answered(SPECIAL, ["合并累计"])),
    )
    first = e.inpatient(250, "二级", "40000")
    add_dialogue(
        t,
        (
            "交250 今年住了两回二级医院 头回4万 第二回3万 第二回能报多少",
            e.inpatient(250, "二级", "30000", 2, paid=paid_after(first)),
        ),
        ("为啥第二回不是按九成算的", answered(CAP, ["6万"])),
        ("第三回住院起付线是多少", answered(INPATIENT, ["50%"], status=BOTH)),
    )
    d1 = e.two_diseases(["糖尿病"], "一级", "1000")
    add_dialogue(
        t,
        ("糖尿病两病门诊 一级医院 甲类药一千 报多少", d1),
        (
            "下个月又开了一千的甲类",
            e.two_diseases(["糖尿病"], "一级", "1000", paid=paid_after(d1)),
        ),
        ("为啥这次只给了500", answered(TWO, ["1200"])),
    )


def _slots_and_corrections(t: Heldout10Table) -> None:
    add_dialogue(
        t,
        ("想算一下住院报销", {"status": "follow_up"}),
        ("二级的县医院", {"status": "follow_up"}),
        ("交60的 第一回", e.follow_up(None, ["cost"])),
        ("一万一", e.inpatient(60, "二级", "11000")),
        ("换成120的档呢", e.inpatient(120, "二级", "11000")),
    )
    add_dialogue(
        t,
        ("阿爸66了 居民医保还要交吗", e.enrol(sex="男", age=66)),
        ("阿妈54呢", e.follow_up(None, ["tier"])),
        ("她交250", e.enrol(sex="女", age=54, tier=250)),
        ("我姐是二级残疾 她交多少", e.enrol(["重度残疾(一、二级)"])),
    )
    add_dialogue(
        t,
        ("交60 一级医院头回住 花了6千5", e.inpatient(60, "一级", "6500")),
        ("不好意思打错了 是二级的", e.inpatient(60, "二级", "6500")),
        ("为什么二级的比例反而低", answered(INPATIENT, ["65%"])),
    )
    add_dialogue(
        t,
        ("250档 三级医院住院 头一回 花了1万4", e.inpatient(250, "三级", "14000")),
        ("搞错了 今年前面已经住过一回了 这是第二趟", e.inpatient(250, "三级", "14000", 2)),
        ("为啥第二次起付线变成280", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("类风湿关节炎能办门特吗", answered(SPECIAL, ["类风湿性关节炎"])),
        ("我阿爸就是 交120 门诊花了四千", e.special(120, "类风湿性关节炎", "4000")),
        ("改成最高那档250再算一遍", e.special(250, "类风湿性关节炎", "4000")),
    )
    add_dialogue(
        t,
        ("普通门诊今年第一次看 花了250", e.general("250")),
        ("怎么才报90", answered(GENERAL, ["100"])),
        ("后面又花了500呢", e.general("500", "250")),
        ("为什么一年最多只能报300", answered(GENERAL, ["300"])),
    )


def _topic_switches(t: Heldout10Table) -> None:
    """A pending follow-up is dropped when the user moves on: never asked again."""
    gift = art(RP, "第二十七条")
    add_dialogue(
        t,
        ("阿爸在三级医院住院了 今年第一回 花了三万三", e.follow_up(None, ["tier"])),
        (
            "先不管这个 寺里的文物能不能送人",
            answered(gift, ["赠与"], not_follow_up_for=["tier"]),
        ),
        ("那借给别的博物馆能借多长时间", answered(gift, ["两年"], not_follow_up_for=["tier"])),
    )
    pending = ["fiscal_subsidy", "tier"]
    add_dialogue(
        t,
        ("断了一年 现在补医保得交多少", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "不问了 门特报销有起付线吗",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=pending),
        ),
        ("那普通门诊一年封顶呢", answered(GENERAL, ["300"], not_follow_up_for=pending)),
    )
    add_dialogue(
        t,
        ("我在自治区级文物点守着 工资算算", e.follow_up(None, ["months"])),
        (
            "另外问下 看管员借着保护文物收亲戚的钱会怎样",
            answered(art(RC, "第十七条"), ["敛取钱财"], not_follow_up_for=["months"]),
        ),
        (
            "看管协议期限有多长",
            answered(art(RC, "第十三条"), ["一年"], not_follow_up_for=["months"]),
        ),
    )
    add_dialogue(
        t,
        ("交120 今年第三次住院 花了九千", e.follow_up(None, ["level"])),
        (
            "换个问题 两病门诊有起付线吗",
            answered(TWO, ["不设起付线"], not_follow_up_for=["level"]),
        ),
        ("乙类药自己先付几成", answered(TWO, ["10%"], not_follow_up_for=["level"])),
    )
    add_dialogue(
        t,
        ("60档 一级医院头回住院 能报多少", e.follow_up(None, ["cost"])),
        (
            "算了 问下看管员是不是一定要男的",
            answered(art(RC, "第五条"), ["男性为首选"], not_follow_up_for=["cost"]),
        ),
    )


def _custodians_and_roads(t: Heldout10Table) -> None:
    add_dialogue(
        t,
        ("野外文物看管员工资标准是多少", answered(WAGE, ["1200", "1400"])),
        ("我在国保单位守了11个月", e.custodian("全国重点", 11)),
        ("假如守的是县级点 同样11个月呢", e.custodian("县级", 11)),
        ("这个工资标准出自哪个文件", answered(WAGE, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("我阿哥当看管员干了4个月 多少钱", e.follow_up(None, ["site_level"])),
        ("他守的那个是县级文保点", e.custodian("县级", 4)),
        ("为啥县级的比国保的少", answered(WAGE, ["1200"])),
    )
    two = {"县级": 2}
    three = {"县级": 2, "全国重点": 1}
    add_dialogue(
        t,
        ("2处县级野外文保单位 一年看管经费要多少", e.budget(two, 12)),
        ("再加一处国保的", e.budget(three, 12)),
        ("预算只做六个月的话", e.budget(three, 6)),
        ("怎么一个点要算两份工资", answered(WAGE, ["2名"])),
    )
    accident = art(RC, "第十一条")
    add_dialogue(
        t,
        ("县级点的看管员 干满一年 工资多少", e.custodian("县级", 12)),
        ("万一他看的点出了大的看管事故 这年补助还有吗", e.custodian("县级", 12, accident=True)),
        ("扣补助这条是细则哪一条", answered(accident, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("俺在自治区级文保点看了四..个月 该领多少", e.error("月")),
        ("手滑了 四个月整", e.custodian("自治区级", 4)),
        ("看管员的经费是哪一级财政预算", answered(WAGE, ["地区财政"])),
    )
    prefecture = quote(RD, "350万元/年")
    county = quote(RD, "100万元/年")
    add_dialogue(
        t,
        ("四好农村路每个县一年有多少养护补贴", answered(county, ["100万"], status=BOTH)),
        ("日土 改则 措勤三个县加一块呢", e.road(3, False)),
        ("地区财政那350万也算进来", e.road(3, True)),
        ("照这样干满三年 合计几多万", e.road(3, True, 3)),
    )
    add_dialogue(
        t,
        ("地区财政给四好农村路的养护补贴是多少", answered(prefecture, ["350万"], status=BOTH)),
        ("那全地区加七县三年呢", e.road(7, True, 3)),
        ("这笔钱在哪个文件里定的", answered(county, ["四好农村路"])),
    )


def _relics_and_medical(t: Heldout10Table) -> None:
    blasting = art(RP, "第十三条")
    add_dialogue(
        t,
        ("在文物保护范围里能开采石场放炮吗", answered(blasting, ["爆破"])),
        ("这条是哪条", answered(blasting, [RELICS])),
        ("换个医保的问题 镶假牙能报吗", answered(EXCLUDED, ["义齿"])),
        ("那配眼镜呢", answered(EXCLUDED, ["眼镜"])),
    )
    found = art(RP, "第二十一条")
    add_dialogue(
        t,
        ("医保卡借给表弟看病会咋样", answered(mi("第四十五条"), ["借给他人"])),
        ("说到这 挖到文物能偷偷藏起来吗", answered(found, ["藏匿"])),
        ("发现了要报告给谁", answered(found, ["文物行政管理部门"])),
    )
    trade = art(RP, "第三十二条")
    add_dialogue(
        t,
        ("私人收藏的唐卡要流通先要干啥", answered(trade, ["备案"])),
        ("向哪个部门备案", answered(trade, ["地区文物行政管理部门"])),
        ("再问个 住院去的不是自己选的定点医院能报吗", answered(OTHER, ["非选定"])),
    )


def _english_and_greetings(t: Heldout10Table) -> None:
    add_dialogue(
        t,
        (
            "What is the inpatient deductible at a tier-three hospital?",
            answered(INPATIENT, ["400"]),
        ),
        ("换成二级医院 起付又是多少", answered(INPATIENT, ["200"])),
        ("thanks a lot", HELLO),
    )
    add_dialogue(
        t,
        (
            "250 tier, township health centre, first stay, bill 4000 yuan. How much back?",
            e.inpatient(250, "乡镇卫生院", "4000"),
        ),
        ("Why is 100 yuan taken off first?", answered(INPATIENT, ["100元"])),
    )
    g1 = e.inpatient(120, "乡镇卫生院", "2600")
    add_dialogue(
        t,
        ("你好 在吗", HELLO),
        ("交120 乡卫生院第一次住院 花了两千六", g1),
        ("收到 这下明白了 感恩", HELLO),
        (
            "要是第二次住院也花两千六呢",
            e.inpatient(120, "乡镇卫生院", "2600", 2, paid=paid_after(g1)),
        ),
    )


def _malformed_then_corrected(t: Heldout10Table) -> None:
    add_dialogue(
        t,
        ("交60 二级医院头回住院 花了1.2.5万", e.error("费用")),
        ("是1万2", e.inpatient(60, "二级", "12000")),
        ("怎么只报了六成多", answered(INPATIENT, ["65%"])),
    )
    add_dialogue(
        t,
        ("交了个90档 三级医院头一回住 花了8千", e.error("档次")),
        ("记错了 是60档", e.inpatient(60, "三级", "8000")),
        ("为什么三级医院报得比二级还少", answered(INPATIENT, ["60%"])),
    )
    add_dialogue(
        t,
        ("我阿爸年龄是-70岁 参保交不交", e.error("年龄")),
        ("打错了 70岁", e.enrol(sex="男", age=70)),
        ("为什么70岁的不用交", answered(TIERS, ["65"])),
    )


def _other_rules(t: Heldout10Table) -> None:
    add_dialogue(
        t,
        ("儿媳在二级医院生孩子 合规费用四千五", e.maternity("二级", "4500")),
        ("为什么生孩子不扣起付线", answered(OTHER, ["全额报销"])),
        ("新生儿住院的钱怎么报", answered(OTHER, ["先自费结算"])),
    )
    late = mi("第八条")
    add_dialogue(
        t,
        ("没按时交 现在补缴 财政补助一共是600 要交多少", e.late("600")),
        ("为啥要交850这么多", answered(late, ["个人缴费最高档次"])),
        ("断交那段时间看病能报吗", answered(late, ["由本人承担"])),
    )
    shares = mi("第十七条")
    add_dialogue(
        t,
        ("财政补助总额1000 中央出了700 其余三家怎么摊", e.subsidy_split("1000", "700")),
        ("6:2:2是在哪一条规定的", answered(shares, [MI])),
        ("财政补助每年啥时候到位", answered(mi("第二十条"), ["3月31日"])),
    )
    add_dialogue(
        t,
        (
            "阿里参保 交120 在成都二级医院头回住院 花了2万",
            e.inpatient(120, "二级", "20000", in_area=False),
        ),
        ("为什么在成都住就比阿里本地报得少", answered(INPATIENT, ["10%"])),
        ("回来报销要带啥", answered(mi("第三十四条"), ["住院发票原件"])),
    )
    add_dialogue(
        t,
        (
            "建档立卡 250档 乡卫生院头回住院 三千六",
            e.inpatient(250, "乡镇卫生院", "3600", poor=True),
        ),
        ("为什么报了95%", answered(OTHER, ["5%"])),
    )


def build(t: Heldout10Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _custodians_and_roads(t)
    _relics_and_medical(t)
    _english_and_greetings(t)
    _malformed_then_corrected(t)
    _other_rules(t)
