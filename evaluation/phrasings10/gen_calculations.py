"""Calculation rows as people type them on a phone or post them on a Q&A site: no punctuation,
俺爹/阿佳/外甥/表哥/儿媳, amounts as 1.5w/一万八/3k/两万五/4万2/七千三/６０００, every calculator.
Expected figures only from evaluation.phrasings.reference, through evaluation.phrasings.expect
(never from the product's calculators)."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each
from evaluation.phrasings10.table import Heldout10Table

CAT = "calculation"

# (question, expectation)
INPATIENT = [
    (
        "俺爹住地区人民医院三级的 今年头一趟 交了250 总共一万八 医保能给报多少",
        e.inpatient(250, "三级", "18000"),
    ),
    (
        "外甥在县医院二级住了一回 第一次住 120的 花1.5w 帮算下报销",
        e.inpatient(120, "二级", "15000"),
    ),
    ("阿佳在乡里卫生院住了几天 头次 60块那档 用了3k 报几多", e.inpatient(60, "乡镇卫生院", "3000")),
    (
        "表哥一级医院今年第二趟住院 交120 花销两万五 医保出几多",
        e.inpatient(120, "一级", "25000", 2),
    ),
    (
        "儿媳三级医院今年第三回住 250那档 费用4万2 能报回来多少",
        e.inpatient(250, "三级", "42000", 3),
    ),
    (
        "我自己在社区卫生服务中心住院 头一遭 交的60 花了七千三 报好多",
        e.inpatient(60, "社区卫生服务中心", "7300"),
    ),
    ("60的档 二级医院今年住第三趟了 这回６０００ 报多少钱啊", e.inpatient(60, "二级", "6000", 3)),
    (
        "交一百二那档 乡镇卫生院今年第二次进去 花了1千8 报销几何",
        e.inpatient(120, "乡镇卫生院", "1800", 2),
    ),
    ("三级医院 120档 今年已经第四趟住院 这次1万6 报多少", e.inpatient(120, "三级", "16000", 4)),
    ("250档一级医院第一回住院 两千七 医保报完自己掏多少", e.inpatient(250, "一级", "2700")),
    ("俺娘交60 去了三级医院头回住院 3万整 报销多少", e.inpatient(60, "三级", "30000")),
    (
        "120档在乌鲁木齐三级医院住院第一次 花了4万 回阿里报多少",
        e.inpatient(120, "三级", "40000", in_area=False),
    ),
    (
        "交250的 去西安二级医院住了一次 头回 2万2 能报多少",
        e.inpatient(250, "二级", "22000", in_area=False),
    ),
    (
        "60档 在拉萨住了三级医院 头一次住院 一万二 回来能报几多",
        e.inpatient(60, "三级", "12000", in_area=False),
    ),
    (
        "建档立卡 交250 县医院二级今年第二回住 一万三 报多少",
        e.inpatient(250, "二级", "13000", 2, poor=True),
    ),
    (
        "贫困户建档立卡的 250档 一级医院头回住院 5千4 报几多",
        e.inpatient(250, "一级", "5400", poor=True),
    ),
    (
        "今年医保已经给报了4万8 120档 三级医院第三回住 又花了2万 还报多少",
        e.inpatient(120, "三级", "20000", 3, paid="48000"),
    ),
    ("交250 三级医院头一趟 一下花了七万八 医保封顶给多少", e.inpatient(250, "三级", "78000")),
    (
        "二级医院头回住院 60档 住了10天 床位一天90 总花费八千 报多少",
        e.inpatient(60, "二级", "8000", bed_days=10, bed_fee="90"),
    ),
    (
        "乡卫生院第一回住院 120档 住6天 床费每天35 一共两千 能报多少",
        e.inpatient(120, "乡镇卫生院", "2000", bed_days=6, bed_fee="35"),
    ),
    ("交250 乡卫生院头回住院 就花了80块 医保管不管", e.inpatient(250, "乡镇卫生院", "80")),
    ("一级医院今年第五趟住院了 交60 这回四千四 报销多少", e.inpatient(60, "一级", "4400", 5)),
]

MATERNITY = [
    ("儿媳妇在一级医院顺产 合规费用三千九 医保报多少", e.maternity("一级", "3900")),
    ("老婆剖腹产在地区医院三级 合规的一万三 报销几多", e.maternity("三级", "13000")),
]

SPECIAL = [
    ("俺爹肝硬化办了门特 60档 这趟门诊花了三千六 报几多", e.special(60, "慢性肝硬化", "3600")),
    ("阿佳类风湿门特 交120 门诊拿药两千一 报多少", e.special(120, "类风湿性关节炎", "2100")),
    (
        "换肾以后吃抗排异的药 250档 这个月8千 门特报多少",
        e.special(250, "器官移植后的抗排异反应治疗", "8000"),
    ),
    (
        "建档立卡的 250档 白血病门诊化疗 这回一万五 报多少",
        e.special(250, "恶性肿瘤", "15000", poor=True),
    ),
    (
        "慢阻肺门特 60档 今年已报了五万七 这次门诊又花了6千 还给多少",
        e.special(60, "慢性阻塞性肺部疾病", "6000", paid="57000"),
    ),
    (
        "甲亢办了门诊特殊病 120档 门诊开药七百五 报多少",
        e.special(120, "甲状腺功能亢进和减退", "750"),
    ),
    ("大骨节病门特 交250 门诊一共1千3 报好多", e.special(250, "大骨节病及并发症", "1300")),
]

TWO = [
    ("糖尿病两病门诊 一级医院拿药 甲类九百 报多少", e.two_diseases(["糖尿病"], "一级", "900")),
    (
        "俺娘高血压 在三级医院两病门诊 甲类1千 乙类400 报几多",
        e.two_diseases(["高血压"], "三级", "1000", "400"),
    ),
    (
        "高血压加糖尿病两样都有 二级医院两病门诊 甲类两千四 报多少",
        e.two_diseases(["高血压", "糖尿病"], "二级", "2400"),
    ),
    (
        "糖尿病两病门诊今年已经报了1100 这回一级医院甲类300 还报多少",
        e.two_diseases(["糖尿病"], "一级", "300", paid="1100"),
    ),
    (
        "高血压两病门诊 乡镇卫生院 乙类药五百 报多少",
        e.two_diseases(["高血压"], "乡镇卫生院", "0", "500"),
    ),
]

GENERAL = [
    ("今年头次看普通门诊 开药花了五百 报几多", e.general("500")),
    ("普通门诊今年第一回 花了六十块 给报吗", e.general("60")),
    ("普通门诊今年前面累计花了80 这次又花了1千 报多少", e.general("1000", "80")),
    ("普通门诊今年累计已经花掉1200了 今儿又花了300 还能报不", e.general("300", "1200")),
]

CONTRIBUTION = [
    ("俺娘今年59岁 交120的档 自己出几多", e.enrol(sex="女", age=59, tier=120)),
    ("我老爹刚满65 居民医保个人还用掏钱不", e.enrol(sex="男", age=65)),
    ("福利院的孤儿娃参保 自己那份钱要出不", e.enrol(["孤儿"])),
    ("一级残疾的表哥 居民医保自己出几块", e.enrol(["重度残疾(一、二级)"])),
    ("喇嘛上年度评了县级爱国守法先进 医保个人交多少", e.enrol(["僧尼县级表彰"])),
    ("建档立卡的小伙子30岁 居民医保自己交几块", e.enrol(["建档立卡贫困人员"], "男", 30)),
    ("放牧的女的35岁 想交60档 个人出多少", e.enrol(sex="女", age=35, tier=60)),
    ("低保户的老汉63岁 参保要交钱吗", e.enrol(["低保对象"], "男", 63)),
]

OTHER_CONTRIBUTION = [
    ("前年断交了 今年想补上 财政补助标准是580 要补多少钱", e.late("580")),
    ("补缴医保 今年各级财政补贴合计640 我得交多少", e.late("640")),
    ("财政补助一共800 中央给了500 剩下的自治区地区县各掏多少", e.subsidy_split("800", "500")),
]

CUSTODIAN = [
    ("俺爹守县级野外文物点 干了半年 工资一共几多", e.custodian("县级", 6)),
    ("自治区级文保单位的看管员干了9个月 拿多少钱", e.custodian("自治区级", 9)),
    ("国保单位看守 干了两个月 工资合计", e.custodian("全国重点", 2)),
    ("2处自治区级野外文保单位 看管员一年经费预算多少", e.budget({"自治区级": 2}, 12)),
    (
        "3处县级加1处自治区级的野外文保点 看管人员8个月工资预算",
        e.budget({"县级": 3, "自治区级": 1}, 8),
    ),
    (
        "县级文物点的看管员干了7个月 出了重大看管事故被开了 今年补助还剩多少",
        e.custodian("县级", 7, accident=True),
    ),
]

ROAD = [
    ("日土革吉两个县 四好农村路养护专项补贴一年合计多少万", e.road(2, False)),
    ("地区财政加七个县 一年的养护补贴资金总共多少万", e.road(7, True)),
    ("札达县一个县 养护专项补贴5年加起来多少万", e.road(1, False, 5)),
]

FOLLOW_UPS = [
    ("俺娘在一级医院住院 头一回 用了9千 能报多少", e.follow_up("inpatient", ["tier"])),
    ("交60 今年第二回住院 花了两万 医保给报多少", e.follow_up("inpatient", ["level"])),
    ("交250档 三级医院头一回住院 帮算算报销", e.follow_up("inpatient", ["cost"])),
    ("我哥当看管员干了一年 一共能拿多少", e.follow_up("custodian_pay", ["site_level"])),
    ("类风湿办了门特 门诊花了三千 报多少", e.follow_up("special_outpatient", ["tier"])),
    ("我在国保单位当野外看管员 工资帮我合计下", e.follow_up("custodian_pay", ["months"])),
]


def build(t: Heldout10Table) -> None:
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
