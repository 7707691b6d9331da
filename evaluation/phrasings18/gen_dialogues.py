"""Dialogues as they go on a phone: the yearly cap across stays, 门特 months and a stay plus a 门特
month; the 两病 and 普通门诊 limits across visits; slot-only follow-ons (搞错了 是二级医院, 改成自治区
级的点呢, 再加一处全国重点的, 日土普兰也算上); corrections; 为什么/为啥/怎么 after a result, answered
from its steps and articles; 哪个文件/哪一条/哪条; topic switches while a follow-up is pending
(`not_follow_up_for`), each returning with only the missing slot; custodian pay and budgets, road
subsidies; relic and medical turns in one conversation; training, hospital and employment plans;
English turns, greetings and thanks; a malformed amount, tier, age, level and month count, each
then corrected. Money only from evaluation.phrasings.reference (through expect)."""

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
    ROAD_PREFECTURE,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings18.table import Heldout18Table

TRAINING_FUND = quote(RT, "培训经费从地区文物安全专项经费中支出")


def _caps(t: Heldout18Table) -> None:
    """The 6万 cap across stays, 门特 months and a stay plus a 门特 month; 两病 and 普通门诊
    limits across visits."""
    s1 = e.inpatient(250, "三级", "70000")
    add_dialogue(
        t,
        ("小舅妈开春在地区人民医院住了一回 三级的 交二百五 花了七万", s1),
        (
            "入冬又住进县里二级医院 这是今年第二次 一万二",
            e.inpatient(250, "二级", "12000", 2, paid=paid_after(s1)),
        ),
        ("为啥第二回才给这么一点", answered(CAP, ["6万元"])),
        ("一年最多六万 这是哪个文件哪一条定的", answered(CAP, [MI])),
    )
    m1 = e.special(120, "慢性肾功能衰竭", "40000")
    m2 = e.special(120, "慢性肾功能衰竭", "40000", paid_after(m1))
    m3 = e.special(120, "慢性肾功能衰竭", "10000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("四舅肾衰做透析 办的门特 交一百二 第一个月花了四万", m1),
        ("下个月又是四万", m2),
        ("第三个月一万", m3),
        ("为什么第三个月报得这么少 不是七成吗", answered(CAP, ["6万元"])),
    )
    h1 = e.inpatient(60, "二级", "50000")
    add_dialogue(
        t,
        ("大伯母交六十 今年头一回在二级医院住院 五万", h1),
        (
            "出院以后门诊化疗 走门特 这个月又是五万",
            e.special(60, "恶性肿瘤", "50000", paid_after(h1)),
        ),
        ("怎么门诊化疗也算进住院那个封顶里了", answered(SPECIAL, ["合并累计"])),
    )
    d1 = e.two_diseases(["糖尿病"], "二级", "1500")
    add_dialogue(
        t,
        ("邻居大爷糖尿病 两病门诊 二级医院开药 甲类一千五", d1),
        (
            "隔了三个月又开了甲类八百",
            e.two_diseases(["糖尿病"], "二级", "800", paid=paid_after(d1)),
        ),
        ("为什么第二次只报了两百多", answered(TWO, ["1200元"])),
    )
    add_dialogue(
        t,
        ("普通门诊今年头一回 花了四百", e.general("400")),
        ("第二回又花了五百", e.general("500", "400")),
        ("怎么第二回只剩一百二了", answered(GENERAL, ["300元"])),
    )


def _slots_and_corrections(t: Heldout18Table) -> None:
    add_dialogue(
        t,
        ("大姑住院了 三级 交250 今年第一次 花了两万二", e.inpatient(250, "三级", "22000")),
        ("搞错了 是二级医院", e.inpatient(250, "二级", "22000")),
        ("为啥二级反倒报得比三级多", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("继父六十三 男 交一百二那档 个人出多少", e.enrol(sex="男", age=63, tier=120)),
        ("那等他满了六十五周岁还要交吗", e.rule_or_sum(TIERS)),
        ("满六十五就不用交了 这是写在哪一条里的", answered(TIERS, ["65周岁"])),
    )
    add_dialogue(
        t,
        ("县级文物点的看管员干了四个月 工资多少", e.custodian("县级", 4)),
        ("要是他看的是自治区级那种点呢", e.custodian("自治区级", 4)),
        ("不对 他是干了七个月", e.custodian("自治区级", 7)),
        ("看管员这份工资是哪里出的钱", answered(WAGE, ["地区财政"])),
    )
    add_dialogue(
        t,
        ("两处县级野外文物点 看管员一年的经费预算多少", e.budget({"县级": 2}, 12)),
        ("再加一处全国重点的", e.budget({"县级": 2, "全国重点": 1}, 12)),
        ("只算前八个月呢", e.budget({"县级": 2, "全国重点": 1}, 8)),
        ("为什么一处文物点要按两个人来算", answered(WAGE, ["2名"])),
    )
    add_dialogue(
        t,
        ("先算札达一个县 一年的农村公路养护补贴几多万", e.road(1, False)),
        ("日土普兰也算上", e.road(3, False)),
        ("地区财政那份也加上 按三年算", e.road(3, True, 3)),
        (
            "为什么地区财政一年是三百五",
            answered(ROAD_PREFECTURE, ["350万元"]),
        ),
    )
    add_dialogue(
        t,
        ("姨父在乡卫生院住院 交六十 今年第一次 花了四千八", e.inpatient(60, "乡镇卫生院", "4800")),
        ("打错了 交的是一百二", e.inpatient(120, "乡镇卫生院", "4800")),
        ("要是今年已经是第二次住了呢", e.inpatient(120, "乡镇卫生院", "4800", 2)),
    )


def _topic_switches(t: Heldout18Table) -> None:
    add_dialogue(
        t,
        ("表姨今年第一次住院 一级医院 一万五", e.follow_up("inpatient", ["tier"])),
        (
            "先不说这个 文物志愿者文物部门给不给培训",
            answered(art(RP, "第九条"), ["定期组织培训"], not_follow_up_for=["tier"]),
        ),
        ("回到刚才住院的事 她交的六十", e.inpatient(60, "一级", "15000")),
    )
    add_dialogue(
        t,
        ("交250 今年头回住院 一万三", e.follow_up("inpatient", ["level"])),
        (
            "插一句 看管协议书签完要报哪里备案",
            answered(art(RC, "第九条"), ["联席会议办公室备案"], not_follow_up_for=["level"]),
        ),
        ("那家是县里的一级医院", e.inpatient(250, "一级", "13000")),
    )
    add_dialogue(
        t,
        ("三级医院 交120 今年第一次住 帮算下能报多少", e.follow_up("inpatient", ["cost"])),
        (
            "先问一句 这个实施办法里没写到的事情按什么办",
            answered(
                mi("第四十八条"), ["国家、自治区基本医疗保险有关规定"], not_follow_up_for=["cost"]
            ),
        ),
        ("住院那个一共花了八千八", e.inpatient(120, "三级", "8800")),
    )
    add_dialogue(
        t,
        ("堂弟守野外文物点 今年干了九个月 能拿多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "对了 看管员把重要文物信息私自往外说会怎样",
            answered(
                art(RC, "第十七条"), ["解聘野外文物看管人员资格"], not_follow_up_for=["site_level"]
            ),
        ),
        ("他守的是国保的点", e.custodian("全国重点", 9)),
    )
    add_dialogue(
        t,
        ("断缴了想补 个人要补多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "换个话题 居民医保的个人缴费由谁来征收",
            answered(mi("第十五条"), ["税务部门"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("补缴那个 财政补贴合计六百四", e.late("640")),
    )
    add_dialogue(
        t,
        (
            "门特 类风湿性关节炎 这个月门诊一千七 报多少",
            e.follow_up("special_outpatient", ["tier"]),
        ),
        (
            "顺便问 门特病种里有没有青光眼",
            answered(SPECIAL, ["青光眼"], not_follow_up_for=["tier"]),
        ),
        ("她缴的是二百五那档", e.special(250, "类风湿性关节炎", "1700")),
    )
    add_dialogue(
        t,
        ("两病门诊 高血压 甲类六百五 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "先问个别的 定点医院要不要公开药品价格",
            answered(mi("第四十条"), ["公开药品价格"], not_follow_up_for=["level"]),
        ),
        ("开药的是二级医院", e.two_diseases(["高血压"], "二级", "650")),
    )


def _relics_and_medical(t: Heldout18Table) -> None:
    add_dialogue(
        t,
        ("想在阿里搞考古发掘 先要办什么手续", answered(art(RP, "第十七条"), ["报批手续"])),
        ("另外 交120 一级医院今年第一次住院 九千五", e.inpatient(120, "一级", "9500")),
        ("刚才算住院报销用的规定 出自哪个文件", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("寺庙负责人离任的时候 寺里的文物怎么交接", answered(art(RP, "第二十九条"), ["移交手续"])),
        ("寺藏文物的档案要用什么文字记", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("再问个医保的 个人缴费一共分几个档", answered(TIERS, ["三个档次"])),
    )
    add_dialogue(
        t,
        ("建档立卡户住院比一般人多报多少", answered(OTHER, ["5%"])),
        ("建档立卡户去应聘野外看管员 有没有优先", answered(art(RC, "第六条"), ["建档立卡贫困户"])),
        ("优先选聘建档立卡户这一条 出在哪个文件", answered(art(RC, "第六条"), [RC])),
    )


def _english_and_greetings(t: Heldout18Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 打扰一下", HELLO),
        (
            "Does the scheme pay the registration fee when I see a doctor?",
            answered(mi("第三十条"), ["挂号费"]),
        ),
        ("我自己交的250 今年头回住二级医院 花了一万六", e.inpatient(250, "二级", "16000")),
        ("thanks a lot, very clear", HELLO),
    )
    add_dialogue(
        t,
        (
            "What is the monthly wage of a caretaker at a county-level field site?",
            answered(WAGE, ["1200元"]),
        ),
        ("那干满十个月一共多少", e.custodian("县级", 10)),
        ("and if it were a national key site instead?", e.custodian("全国重点", 10)),
    )
    add_dialogue(
        t,
        ("你好 在不在", HELLO),
        (
            "What is the yearly ceiling on ordinary outpatient reimbursement?",
            answered(GENERAL, ["300元"]),
        ),
        ("普通门诊今年头一次 花了四百五", e.general("450")),
        ("好嘞 谢啦", HELLO),
    )


def _malformed_then_corrected(t: Heldout18Table) -> None:
    add_dialogue(
        t,
        ("交120 二级医院第一次住院 花了1..8万", e.error("费用")),
        ("是一万八 手滑了", e.inpatient(120, "二级", "18000")),
        ("为什么二级是百分之七十五", answered(INPATIENT, ["75%"])),
    )
    add_dialogue(
        t,
        ("交了一百五那档 一级医院头回住 六千", e.error("档次")),
        ("记错了 是一百二", e.inpatient(120, "一级", "6000")),
        ("那要是她今年已经第三回住院了呢", e.inpatient(120, "一级", "6000", 3)),
    )
    add_dialogue(
        t,
        ("太姥姥今年两百零三岁 女 医保还要交钱吗", e.error("年龄")),
        ("说错了 是八十三岁", e.enrol(sex="女", age=83)),
        ("为啥她不用交", answered(TIERS, ["60周岁"])),
    )
    add_dialogue(
        t,
        ("交250 在五级医院头一回住院 九千", e.error("级别")),
        ("不好意思 那其实是家乡镇卫生院", e.inpatient(250, "乡镇卫生院", "9000")),
        ("乡镇卫生院的床位费医保一天认多少", answered(INPATIENT, ["20元/床日"])),
    )
    add_dialogue(
        t,
        ("县级点的看管员 今年干了二十个月 工资多少", e.error("月")),
        ("手一抖多按了 实际干了十个月", e.custodian("县级", 10)),
        ("这个月工资标准是哪条规定的", answered(WAGE, ["1200元"])),
    )


def _other_rules(t: Heldout18Table) -> None:
    add_dialogue(
        t,
        ("儿媳在乡卫生院顺产 合规费用两千二 能报多少", e.maternity("乡镇卫生院", "2200")),
        ("为啥顺产这笔连起付线都不扣", answered(OTHER, ["全额报销"])),
        ("娃出生后住了几天保温箱 新生儿这笔住院费怎么报", answered(OTHER, ["先自费结算"])),
    )
    add_dialogue(
        t,
        (
            "交120 三级医院第一次住院 住了12天 床费一天一百 总共2万",
            e.inpatient(120, "三级", "20000", bed_days=12, bed_fee="100"),
        ),
        ("为啥床费那块没全算进去", answered(INPATIENT, ["80元/床日"])),
        (
            "要是住的是二级医院 别的都不变呢",
            e.inpatient(120, "二级", "20000", bed_days=12, bed_fee="100"),
        ),
    )
    add_dialogue(
        t,
        (
            "交250 今年第一次住院 在西安的三级医院 三万",
            e.inpatient(250, "三级", "30000", in_area=False),
        ),
        ("为什么去西安住就比在阿里本地少报", answered(INPATIENT, ["降低10%"])),
        ("回阿里报销要带哪些东西", answered(mi("第三十四条"), ["出院证明"])),
    )
    add_dialogue(
        t,
        ("财政补助总共一千 中央出了五百 剩下的几级怎么分", e.subsidy_split("1000", "500")),
        ("为什么是六比二比二", answered(mi("第十七条"), ["6:2:2"])),
    )
    add_dialogue(
        t,
        ("去年没交医保 现在补缴 财政补助一共七百 我要交多少", e.late("700")),
        ("怎么补缴这么贵", answered(LATE, ["个人缴费最高档次"])),
        ("补完以后从哪个月开始能报", answered(LATE, ["次月起"])),
    )
    add_dialogue(
        t,
        ("寺里的师父评上了地区级爱国守法先进僧尼 参保个人交多少", e.enrol(["僧尼地区级表彰"])),
        ("那县级先进的呢", e.enrol(["僧尼县级表彰"])),
        ("这些僧尼的信息由谁统计上报", answered(TIERS, ["寺管会"])),
    )


def _plans(t: Heldout18Table) -> None:
    add_dialogue(
        t,
        (
            "争创四好农村路示范地县这个工作 前后分成几个阶段来推",
            answered(quote(RD, "示范地、县创建工作分四个阶段实施"), ["四个阶段"]),
        ),
        ("第一个阶段从哪天到哪天", answered(quote(RD, "2020年3月1日至4月14日"), ["3月1日"])),
        ("那每个县一年的养护补贴多少万", e.road(1, False)),
    )
    add_dialogue(
        t,
        (
            "联席会议办公室定的文物安全培训 原则上一年不能少于几回",
            answered(quote(RT, "文物安全培训原则上每年不得少于一次"), ["每年不得少于一次"]),
        ),
        ("培训的经费由谁出", answered(TRAINING_FUND, ["专项经费"])),
        ("培训经费这个说法出自哪个文件", answered(TRAINING_FUND, [RT])),
    )
    add_dialogue(
        t,
        ("阿里毕业生的就业率目标是多少", answered(quote(GE, "就业率保持在90%以上"), ["90%"])),
        (
            "河北陕西每年各拿出多少个事业单位岗位",
            answered(quote(GE, "河北省、陕西省每年各提供不少于200个事业单位岗位"), ["200个"]),
        ),
        (
            "为什么规划里老强调区外就业",
            answered(quote(GE, "高校毕业生区外就业成效不明显"), ["积极性不高"]),
        ),
    )
    add_dialogue(
        t,
        (
            "人民医院三甲的牌子 地区卫健委争取哪年年底前挂上",
            answered(quote(HP, "争取2021年底前挂牌"), ["2021年底前"]),
        ),
        (
            "医院的远程会诊平台一共连着内地多少家医院",
            answered(quote(HP, "对接12家内地医院"), ["12家"]),
        ),
        (
            "怎么分的 陕西几家 成都几家",
            answered(quote(HP, "陕西省10家"), ["陕西省10家", "成都市2家"]),
        ),
    )


def build(t: Heldout18Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _english_and_greetings(t)
    _malformed_then_corrected(t)
    _other_rules(t)
    _plans(t)
