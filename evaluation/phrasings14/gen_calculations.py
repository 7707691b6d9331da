"""Calculation rows as people speak them into a phone or post them on a Q&A site: voice-input
run-ons without punctuation, slots in odd order, 大伯/三舅/表姐/外甥/儿媳/女婿/继母/堂妹/外孙女/
老伴/小姨子/邻居阿佳, 帮帮忙/谢谢各位/急用/坐等回复, amounts as 3.2w/一万六/6k/两万五千/1万2/九千五/
１２０００/壹万伍仟/1.6万/两千零八十/三十二万 and every calculator. Expected figures only from
evaluation.phrasings.reference, through evaluation.phrasings.expect (never from the product's
calculators)."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each
from evaluation.phrasings14.table import Heldout14Table

CAT = "calculation"

# (question, expectation)
INPATIENT = [
    (
        "我大伯今年头一回住院住的是地区人民医院三级那个他交的一百二那档一共花了3.2w医保能报多少钱",
        e.inpatient(120, "三级", "32000"),
    ),
    (
        "花了一万六 乡卫生院 三舅 250档 第一次住院 报多少 谢谢各位",
        e.inpatient(250, "乡镇卫生院", "16000"),
    ),
    (
        "表姐一级医院住了一回 今年首次 个人交六十的 6k 报销能拿回多少",
        e.inpatient(60, "一级", "6000"),
    ),
    (
        "外甥今年第二回住院了 二级医院 两万五千 交的二百五十档 帮帮忙算算",
        e.inpatient(250, "二级", "25000", 2),
    ),
    ("儿媳三级医院今年又住了第二回 60元档次 1万2 医保出几多", e.inpatient(60, "三级", "12000", 2)),
    (
        "女婿在乡里卫生院今年住第三次 档次一百二 这回九千五 报多少 急用",
        e.inpatient(120, "乡镇卫生院", "9500", 3),
    ),
    ("继母今年住院第四趟 一级医院 250档 １２０００ 能报多少", e.inpatient(250, "一级", "12000", 4)),
    (
        "堂妹 社区卫生服务中心 住院 今年第一回 交一百二 发票壹万伍仟 报多少",
        e.inpatient(120, "社区卫生服务中心", "15000"),
    ),
    ("外孙女二级医院第一次住 60档 1.6万 报好多钱 坐等回复", e.inpatient(60, "二级", "16000")),
    (
        "老伴住三级医院第一回 250那档 一共三十二万 医保封顶给多少",
        e.inpatient(250, "三级", "320000"),
    ),
    (
        "小姨子在成都三级医院住院第一次 她阿里参保交120 花了两万二 能报多少",
        e.inpatient(120, "三级", "22000", in_area=False),
    ),
    (
        "邻居阿佳在拉萨二级医院第二次住院 交六十 八千四 回来报多少",
        e.inpatient(60, "二级", "8400", 2, in_area=False),
    ),
    (
        "同事的老爸 乌鲁木齐一级医院 今年头回住院 档次250 一万三 报销多少",
        e.inpatient(250, "一级", "13000", in_area=False),
    ),
    (
        "脱贫户里建档立卡的 交二百五 二级医院今年第二次住 一万八 报多少",
        e.inpatient(250, "二级", "18000", 2, poor=True),
    ),
    (
        "建档立卡户一级医院首次住院 250档 七千七 报销多少",
        e.inpatient(250, "一级", "7700", poor=True),
    ),
    (
        "今年已经报过四万六了 这回三级医院第二次住院花两万 交的120 还能报多少",
        e.inpatient(120, "三级", "20000", 2, paid="46000"),
    ),
    (
        "二级医院今年第三次住 60档 之前医保累计给了五万八 这次一万 报多少",
        e.inpatient(60, "二级", "10000", 3, paid="58000"),
    ),
    (
        "二级医院 第一次住院 交250 住了12天 床位一天100块 总共一万五 报多少",
        e.inpatient(250, "二级", "15000", bed_days=12, bed_fee="100"),
    ),
    (
        "乡镇卫生院住了6天 床位费每天45 交120 头一次住院 总费用三千 报多少",
        e.inpatient(120, "乡镇卫生院", "3000", bed_days=6, bed_fee="45"),
    ),
    ("二级医院头回住院 交60 只花了四百八 报不报", e.inpatient(60, "二级", "480")),
    ("一级医院今年第五回住院 交120 两千零八十 能报多少", e.inpatient(120, "一级", "2080", 5)),
    (
        "三级医院 第三回住院 今年 交60档 三万三 报几多",
        e.inpatient(60, "三级", "33000", 3),
    ),
    ("乡镇卫生院头次住院 档次60 花销1.1万 报销多少", e.inpatient(60, "乡镇卫生院", "11000")),
    (
        "250档的 在西安二级医院今年第三回住院 九千 回阿里能报多少",
        e.inpatient(250, "二级", "9000", 3, in_area=False),
    ),
]

MATERNITY = [
    ("儿媳在社区卫生服务中心顺产 合规花销三千二 报多少", e.maternity("社区卫生服务中心", "3200")),
    ("老婆在地区医院三级剖腹产 政策内费用九千三 医保能给多少", e.maternity("三级", "9300")),
]

SPECIAL = [
    (
        "老伴慢阻肺办了门特 档次250 这个月门诊花了三千六 报多少",
        e.special(250, "慢性阻塞性肺部疾病", "3600"),
    ),
    (
        "大伯高原心脏病门特 120的 门诊开药两千四 能报多少",
        e.special(120, "慢性高原性心脏病", "2400"),
    ),
    ("继母类风湿门特 交六十 门诊花了一千五 医保出多少", e.special(60, "类风湿性关节炎", "1500")),
    (
        "三舅肾移植后吃抗排异的药 门特 250档 一个月八千 报多少",
        e.special(250, "器官移植后的抗排异反应治疗", "8000"),
    ),
    ("甲亢门特 交一百二 门诊七百 报几多", e.special(120, "甲状腺功能亢进和减退", "700")),
    (
        "建档立卡 交250 青光眼门特 门诊一千八 报多少",
        e.special(250, "青光眼", "1800", poor=True),
    ),
    (
        "肝硬化门特 60档 今年医保已经给过五万七 这次门诊六千 还给多少",
        e.special(60, "慢性肝硬化", "6000", paid="57000"),
    ),
    ("大骨节病门特 交120 门诊花两千 报多少", e.special(120, "大骨节病及并发症", "2000")),
]

TWO = [
    (
        "血糖高走两病门诊 社区卫生服务中心 甲类九百 报多少",
        e.two_diseases(["糖尿病"], "社区卫生服务中心", "900"),
    ),
    ("高血压两病 三级医院开药 甲类一千一 报多少", e.two_diseases(["高血压"], "三级", "1100")),
    (
        "糖尿病和高血压都有 两病门诊 二级医院 甲类两千五 乙类六百 报多少",
        e.two_diseases(["高血压", "糖尿病"], "二级", "2500", "600"),
    ),
    (
        "高血压两病 乡镇卫生院 甲类三百 乙类两百 报多少",
        e.two_diseases(["高血压"], "乡镇卫生院", "300", "200"),
    ),
]

GENERAL = [
    ("普通门诊今年第一次 看病花了两百六 报多少", e.general("260")),
    ("普通门诊前面攒了两百 今天又花三百五 医保给多少", e.general("350", "200")),
    ("普通门诊今年头一回 一千二 能报多少", e.general("1200")),
    ("普通门诊今年累计已经六百了 这次五十 还有得报吗", e.general("50", "600")),
]

CONTRIBUTION = [
    ("老伴今年满65 男的 居民医保还要交钱吗", e.enrol(sex="男", age=65)),
    ("继母58岁 想交250那档 自己出多少", e.enrol(sex="女", age=58, tier=250)),
    ("寺里阿尼得了县级爱国守法先进 医保自己出多少", e.enrol(["僧尼县级表彰"])),
    ("低保户家的老人 男的 63岁 居民医保个人交几多", e.enrol(["低保对象"], "男", 63)),
    ("一级残疾的外甥 参保个人掏钱吗", e.enrol(["重度残疾(一、二级)"])),
    ("建档立卡的大伯 五十岁 参保个人交多少", e.enrol(["建档立卡贫困人员"], "男", 50)),
    ("女婿三十岁 普通人 交120那档 个人掏多少", e.enrol(sex="男", age=30, tier=120)),
]

OTHER_CONTRIBUTION = [
    ("中间断了一年医保 现在补缴 各级财政补助一共680 个人补多少", e.late("680")),
    ("补交医保 财政补助合计700 要交多少钱", e.late("700")),
    ("财政补助一共800 中央出500 剩下自治区地区县怎么分", e.subsidy_split("800", "500")),
]

CUSTODIAN = [
    ("三舅看县级文物点 干满一年 一共领多少", e.custodian("县级", 12)),
    ("国保单位的野外看管员今年干了7个月 工资多少", e.custodian("全国重点", 7)),
    ("自治区级文保点看管员干了四个月 工资合计", e.custodian("自治区级", 4)),
    (
        "两处国保点加三处县级点 看管员半年的工资预算多少",
        e.budget({"全国重点": 2, "县级": 3}, 6),
    ),
    ("一处自治区级点 看管人员一年经费预算", e.budget({"自治区级": 1}, 12)),
    (
        "县级点看管员干了六个月 出了重大事故被解聘 今年补助还剩多少",
        e.custodian("县级", 6, accident=True),
    ),
]

ROAD = [
    ("日土 改则 措勤 革吉四个县一年养护补贴一共多少万", e.road(4, False)),
    ("地区那份加上七个县 一年养护补贴总共多少万", e.road(7, True)),
    ("只算札达一个县 三年的养护专项补贴多少万", e.road(1, False, 3)),
    ("地区财政单独那份 五年加起来多少万", e.road(0, True, 5)),
]

FOLLOW_UPS = [
    ("交60 今年第二次住院 八千 报多少", e.follow_up("inpatient", ["level"])),
    ("250档 二级医院头回住院 请帮我算报销", e.follow_up("inpatient", ["cost"])),
    ("三舅守野外文物点干满一年 一共多少工钱", e.follow_up("custodian_pay", ["site_level"])),
    ("尿毒症门特 门诊透析花了六千 报多少", e.follow_up("special_outpatient", ["tier"])),
    ("糖尿病两病门诊 甲类一千 报多少", e.follow_up("two_diseases", ["level"])),
    ("想补缴断掉的那年医保 自己要出多少", e.follow_up("contribution", ["fiscal_subsidy"])),
]


def build(t: Heldout14Table) -> None:
    add_each(
        t,
        CAT,
        INPATIENT,
        MATERNITY,
        SPECIAL,
        TWO,
        GENERAL,
        CONTRIBUTION,
        OTHER_CONTRIBUTION,
        CUSTODIAN,
        ROAD,
        FOLLOW_UPS,
    )
