"""Dialogues as phone chats and voice input: slot-only turns (地区那个三级的, 这回是第二趟,
当初交的二百五, 换成六十那档看看, 干妈六十一了呢, 改成国保的点, 再添一个县), corrections (记岔了
是一级; 不对 是第三回; 打反了 是120; 多按了个零), 为什么/为啥/怎么 after a result (answered from
its steps and articles), 哪条/哪一条/哪个文件, topic switches while a follow-up for tier, level,
cost, months, site level or fiscal subsidy is pending (some returning with only the missing slot),
the yearly 6万 cap across two stays, across 门特 months and across a stay plus a 门特 month, the
两病 and 普通门诊 limits across visits; custodian pay and budgets, road subsidies, relic ↔ medical
switches, English turns, greetings and thanks mid-dialogue, malformed amounts, tiers, ages,
levels and months, each then corrected."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, paid_after
from evaluation.phrasings.places import (
    CAP,
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
from evaluation.phrasings16.table import Heldout16Table

ACCIDENT = art(RC, "第十一条")
ROAD_COUNTY = quote(RD, "各县按每县100万元/年标准")
ROAD_PREF = quote(RD, "地区财政按350万元/年标准")


def _caps(t: Heldout16Table) -> None:
    """The 6万 cap across stays, 门特 months and a stay plus a 门特 month; 两病 and 普通门诊
    limits across visits."""
    s1 = e.inpatient(120, "三级", "75000")
    add_dialogue(
        t,
        ("干爹今年第一回住地区医院 三级 交一百二 花了七万五", s1),
        (
            "秋天又住进去了 还是那家三级 这回一万八",
            e.inpatient(120, "三级", "18000", 2, paid=paid_after(s1)),
        ),
        ("怎么第二回报得这么少", answered(CAP, ["6万元"])),
        ("封顶六万是哪一条定的", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "30000")
    m2 = e.special(250, "慢性肾功能衰竭", "30000", paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "20000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("舅公透析办了门特 交二百五 头一个月三万", m1),
        ("第二个月也是三万", m2),
        ("这个月两万", m3),
        ("为啥这个月只报了一小部分", answered(CAP, ["6万元"])),
    )
    h1 = e.inpatient(250, "二级", "64000")
    add_dialogue(
        t,
        ("交250 二级医院今年第一次住院 六万四", h1),
        (
            "出院后化疗走门特 这个月一万六",
            e.special(250, "恶性肿瘤", "16000", paid_after(h1)),
        ),
        ("门特跟住院为什么要合在一起算", answered(SPECIAL, ["合并累计"])),
    )
    d1 = e.two_diseases(["高血压"], "一级", "900")
    add_dialogue(
        t,
        ("我阿妈高血压 在一级医院走两病门诊 甲类药九百块 给报多少", d1),
        (
            "过了两个月又拿了甲类六百",
            e.two_diseases(["高血压"], "一级", "600", paid=paid_after(d1)),
        ),
        ("为什么这回只报了一点点", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("普通门诊今年第一回 花了二百八", e.general("280")),
        ("后来又去看了一次 三百二", e.general("320", "280")),
        ("怎么第二次只给报了一部分", answered(GENERAL, ["300元"])),
    )


def _slots_and_corrections(t: Heldout16Table) -> None:
    add_dialogue(
        t,
        ("二婶住院了 今年第一次 一万七", e.follow_up(None, ["tier", "level"])),
        ("地区那个三级的 当初交的二百五", e.inpatient(250, "三级", "17000")),
        ("换成六十那档看看", e.inpatient(60, "三级", "17000")),
        ("为什么六十档少报那么多", answered(INPATIENT, ["60%"])),
    )
    add_dialogue(
        t,
        ("交120 二级医院第一次住院 八千八", e.inpatient(120, "二级", "8800")),
        ("记岔了 是一级", e.inpatient(120, "一级", "8800")),
        ("一级医院报销比例写在哪个文件", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("250档 乡卫生院 今年第二次住院 三千六", e.inpatient(250, "乡镇卫生院", "3600", 2)),
        ("不对 是第三回", e.inpatient(250, "乡镇卫生院", "3600", 3)),
        ("怎么起付线又降了", answered(INPATIENT, ["50%"])),
    )
    add_dialogue(
        t,
        ("交250 三级医院头回住 一万六", e.inpatient(250, "三级", "16000")),
        ("打反了 是120", e.inpatient(120, "三级", "16000")),
        ("好的 多谢多谢", HELLO),
    )
    add_dialogue(
        t,
        ("交60 一级医院头回住院 花了四万二", e.inpatient(60, "一级", "42000")),
        ("多按了个零 是四千二", e.inpatient(60, "一级", "4200")),
        ("为啥要先扣两百", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("干妈今年五十九岁 想交一百二那档 自己掏多少", e.enrol(sex="女", age=59, tier=120)),
        ("干妈六十一了呢", e.enrol(sex="女", age=61, tier=120)),
        ("为啥到六十就免了", answered(TIERS, ["60 周岁"])),
    )


def _topic_switches(t: Heldout16Table) -> None:
    add_dialogue(
        t,
        ("三叔今年第一次住院 二级医院 一万二", e.follow_up("inpatient", ["tier"])),
        (
            "先不说这个 看管员的协议最长签几年",
            answered(art(RC, "第十三条"), ["一年"], not_follow_up_for=["tier"]),
        ),
        ("回到刚才 他交的是二百五", e.inpatient(250, "二级", "12000")),
    )
    add_dialogue(
        t,
        ("交60 今年头一回住院 九千", e.follow_up("inpatient", ["level"])),
        (
            "等下 先问个事 文物能不能拿去出租",
            answered(art(RP, "第二十七条"), ["出租"], not_follow_up_for=["level"]),
        ),
        ("那家是乡里的卫生院", e.inpatient(60, "乡镇卫生院", "9000")),
    )
    add_dialogue(
        t,
        ("二级医院 交120 第一次住 帮我算下报销", e.follow_up("inpatient", ["cost"])),
        (
            "算了 问别的 转院要开什么证明",
            answered(mi("第三十二条"), ["转诊转院证明"], not_follow_up_for=["cost"]),
        ),
        ("刚才那个住院花了一万一", e.inpatient(120, "二级", "11000")),
    )
    add_dialogue(
        t,
        (
            "表舅守野外文物点 今年干了八个月 工资多少",
            e.follow_up("custodian_pay", ["site_level"]),
        ),
        (
            "哦对了 看管员不好好写巡逻日志会怎么样",
            answered(ACCIDENT, ["巡逻日志"], not_follow_up_for=["site_level"]),
        ),
        ("他那个是县级的点", e.custodian("县级", 8)),
    )
    add_dialogue(
        t,
        ("要补缴去年的医保 自己出多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "不问补缴了 医保什么时候开始交",
            answered(LATE, ["10月1日"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("补缴那个 财政补助加起来是七百一", e.late("710")),
    )
    add_dialogue(
        t,
        ("门特 类风湿 这个月门诊两千四 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "换个问题 门诊特殊病现在总共覆盖多少种",
            answered(SPECIAL, ["30种"], not_follow_up_for=["tier"]),
        ),
        ("她当时缴的一百二十块那一档", e.special(120, "类风湿性关节炎", "2400")),
    )
    add_dialogue(
        t,
        ("两病门诊 糖尿病 甲类一千三 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "先别算了 顺便问问 走了两病门诊的人 门诊特殊病里的高血压糖尿病待遇还能不能同时拿",
            answered(TWO, ["不得同时享受"], not_follow_up_for=["level"]),
        ),
        ("拿药的是三级医院", e.two_diseases(["糖尿病"], "三级", "1300")),
    )


def _custodians_and_roads(t: Heldout16Table) -> None:
    add_dialogue(
        t,
        ("县级文物点的看管员干了七个月 工资一共多少", e.custodian("县级", 7)),
        ("改成国保的点呢", e.custodian("全国重点", 7)),
        ("为什么国保点的多两百", answered(WAGE, ["1400元"])),
    )
    add_dialogue(
        t,
        ("两处自治区级的点 看管员一年预算多少", e.budget({"自治区级": 2}, 12)),
        ("再加两处县级的", e.budget({"自治区级": 2, "县级": 2}, 12)),
        ("只算前三个月呢", e.budget({"自治区级": 2, "县级": 2}, 3)),
        ("看管员的经费是谁出的", answered(WAGE, ["地区财政"])),
    )
    add_dialogue(
        t,
        (
            "县级点看管员干了十个月 出了重大看管事故给解聘了 今年还能拿多少",
            e.custodian("县级", 10, accident=True),
        ),
        ("怎么一分都没有了", answered(ACCIDENT, ["立即解聘"])),
    )
    add_dialogue(
        t,
        ("光革吉一个县 一年能拿到四好农村路的养护专项补贴多少万", e.road(1, False)),
        ("再添一个县 日土也算上", e.road(2, False)),
        ("连地区财政那份一起 算两年", e.road(2, True, 2)),
        ("每县一百万这个标准是哪个文件里的", answered(ROAD_COUNTY, [RD])),
    )
    add_dialogue(
        t,
        ("地区财政一年出的养护专项补贴多少万", e.road(0, True)),
        ("怎么是三百五十万", answered(ROAD_PREF, ["350万元"])),
        ("加上七个县 算一年", e.road(7, True)),
    )


def _relics_and_medical(t: Heldout16Table) -> None:
    add_dialogue(
        t,
        ("放牦牛的时候在山洞里发现一堆经卷 该咋办", answered(art(RP, "第二十一条"), ["报告"])),
        (
            "爬山时摔伤了 交60 二级医院头回住院 七千",
            e.inpatient(60, "二级", "7000"),
        ),
        ("发现文物要报告是哪一条规定的", answered(art(RP, "第二十一条"), ["文物保护管理办法"])),
    )
    add_dialogue(
        t,
        ("寺里的壁画能让游客拍照吗", answered(art(RP, "第三十七条"), ["不得拍摄"])),
        ("寺管会还要替僧尼办医保吗", answered(mi("第十一条"), ["代为办理"])),
        ("那被县里评了爱国守法先进的僧尼 医保个人出多少钱", e.enrol(["僧尼县级表彰"])),
        ("回到文物 石窟造像能拓印吗", answered(art(RP, "第三十八条"), ["不得私自拓印"])),
    )
    add_dialogue(
        t,
        (
            "我们寺的管家要换人了 寺里收藏的文物交接要走什么手续",
            answered(art(RP, "第二十九条"), ["移交手续"]),
        ),
        ("那医保的基金出现缺口谁来补", answered(mi("第四十三条"), ["风险储备金"])),
        ("文物行政部门要不要在交接单上签字", answered(art(RP, "第二十九条"), ["签字"])),
    )


def _english_and_greetings(t: Heldout16Table) -> None:
    add_dialogue(
        t,
        ("你好呀 打扰一下", HELLO),
        (
            "Before the fund pays anything, how much of a township clinic stay do I cover myself?",
            answered(INPATIENT, ["100元"]),
        ),
        ("交120 乡卫生院第一次住院 三千三", e.inpatient(120, "乡镇卫生院", "3300")),
        ("cool, appreciate the help", HELLO),
    )
    add_dialogue(
        t,
        (
            "How much does a guard at a regional-level site earn a month?",
            answered(WAGE, ["1400元"]),
        ),
        ("那这五个月加起来是多少钱", e.custodian("自治区级", 5)),
        ("and at a county-level site for the same five months?", e.custodian("县级", 5)),
    )


def _malformed_then_corrected(t: Heldout16Table) -> None:
    add_dialogue(
        t,
        ("交250 二级医院第一次住院 花了1.2e4", e.error("费用")),
        ("写错了 是一万二", e.inpatient(250, "二级", "12000")),
        ("假如这已经是她今年第二回住院呢", e.inpatient(250, "二级", "12000", 2)),
    )
    add_dialogue(
        t,
        ("交了80档 二级医院头回住院 五千", e.error("档次")),
        ("不是80 是60", e.inpatient(60, "二级", "5000")),
        ("住二级医院的话 床位费医保每天最高给认多少", answered(INPATIENT, ["60元/床日"])),
    )
    add_dialogue(
        t,
        ("舅公今年二百零八岁 男 医保还要交吗", e.error("年龄")),
        ("按错了 是六十八岁", e.enrol(sex="男", age=68)),
    )
    add_dialogue(
        t,
        ("交60 在六级医院头回住院 三千", e.error("级别")),
        ("噢 那家其实是二级医院", e.inpatient(60, "二级", "3000")),
        ("为啥二级只报六成五", answered(INPATIENT, ["65%"])),
    )
    add_dialogue(
        t,
        ("堂叔守自治区级文物点 今年一共干了十八个月 看管工资多少", e.error("月")),
        ("说错了 是八个月", e.custodian("自治区级", 8)),
        ("月工资标准是哪条定的", answered(WAGE, ["1400元"])),
    )


def _other_rules(t: Heldout16Table) -> None:
    add_dialogue(
        t,
        ("媳妇在一级医院顺产 医保范围内五千四", e.maternity("一级", "5400")),
        ("为啥一分钱都不用自己出", answered(OTHER, ["全额报销"])),
        ("孩子出生后住院的钱怎么报", answered(OTHER, ["先自费结算"])),
    )
    add_dialogue(
        t,
        (
            "交250 在兰州三级医院第一次住院 三万",
            e.inpatient(250, "三级", "30000", in_area=False),
        ),
        ("为什么在外地住院报得少", answered(INPATIENT, ["降低10%"])),
        (
            "那从兰州回来以后去医保那报销 得准备哪些单据",
            answered(mi("第三十四条"), ["住院发票原件"]),
        ),
    )
    add_dialogue(
        t,
        ("断缴一年了 财政补助合计六百八 要补多少", e.late("680")),
        ("怎么这么贵", answered(LATE, ["最高筹资标准"])),
        ("那钱补上以后 从哪天开始又能报销", answered(LATE, ["补缴的次月起"])),
    )
    add_dialogue(
        t,
        ("财政补助总共一千二 中央出了七百 地方怎么分", e.subsidy_split("1200", "700")),
        ("这个分法是哪一条规定的", answered(mi("第十七条"), ["6:2:2"])),
    )
    add_dialogue(
        t,
        ("孤儿参保个人交多少", e.enrol(["孤儿"])),
        ("为什么孤儿不用交", answered(TIERS, ["医疗救助资金"])),
        ("孤儿参保要带什么证明", answered(mi("第七条"), ["孤儿证明"])),
    )
    add_dialogue(
        t,
        (
            "我们单位新来的问 文物安全培训按规定一年起码办几回",
            answered(
                quote(RT, "文物安全培训原则上每年不得少于一次"),
                ["每年不得少于一次"],
            ),
        ),
        (
            "那参加这种培训的费用由哪出 要自己掏吗",
            answered(quote(RT, "培训经费从地区文物安全专项经费中支出"), ["专项经费"]),
        ),
        (
            "中途想退训怎么办",
            answered(quote(RT, "以书面形式上报办公室"), ["书面形式"]),
        ),
    )


def build(t: Heldout16Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _custodians_and_roads(t)
    _relics_and_medical(t)
    _english_and_greetings(t)
    _malformed_then_corrected(t)
    _other_rules(t)
