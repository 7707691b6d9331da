"""Calculation rows as voice input (run-on, no punctuation, 嗯那个/就是说/你帮我算算), as narratives
with the slots in odd order (amount first, tier last), by new kin and neighbours (外婆, 大舅, 小姨子,
连襟, 表嫂, 继父, 干妈, 堂妹, 邻居阿佳, 亲家母, 外孙女, 小姑子, 岳父), Ngari towns and villages as
home, treatment in other provinces, and the amount forms issue 10 says must be read (1.5W, 1.5万,
一万五, 1万5, 15k, 8千, 3万块, 两万五, ２００００); every calculator; rows missing exactly one input.
Expected figures only from evaluation.phrasings.reference, through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each
from evaluation.phrasings13.table import Tune13Table

CAT = "calculation"

INPATIENT = [
    (
        "嗯那个我外婆今年第一次住院住的是地区人民医院三级的交的是120那档总共花了1.5W你帮我算算能报多少",
        e.inpatient(120, "三级", "15000"),
    ),
    (
        "一万五 这是大舅在县医院住院的总花费 县医院是二级 他交的250 今年头一次住 报多少",
        e.inpatient(250, "二级", "15000"),
    ),
    (
        "小姨子乡镇卫生院住了一回 第一次 交60的 花1万5 医保那边出几个",
        e.inpatient(60, "乡镇卫生院", "15000"),
    ),
    ("连襟在一级医院住院 今年第二回 15k 档次是120", e.inpatient(120, "一级", "15000", 2)),
    ("表嫂 三级医院 第三次住院 8千 250档 报销金额", e.inpatient(250, "三级", "8000", 3)),
    (
        "继父住院花了3万块 地区医院三级的 今年头回 交的60 医保能出多少",
        e.inpatient(60, "三级", "30000"),
    ),
    ("干妈二级医院第一回住院两万五 交120档 报销是多少", e.inpatient(120, "二级", "25000")),
    ("堂妹住院 ２００００ 一级医院 头一次 250档 能报回来多少", e.inpatient(250, "一级", "20000")),
    (
        "我们是改则县物玛乡的 邻居阿佳在县卫生院一级的住院 第一次 交60 花了九千 报多少",
        e.inpatient(60, "一级", "9000"),
    ),
    (
        "措勤县曲洛乡的牧民 在昆明三级医院住院头一回 交250 花了4万 回来报多少",
        e.inpatient(250, "三级", "40000", in_area=False),
    ),
    (
        "亲家母从札达托林镇去重庆住院 二级医院 第一次 交120 一万八 能报几多",
        e.inpatient(120, "二级", "18000", in_area=False),
    ),
    (
        "外孙女在武汉一级医院住院 今年第二次 60档 五千五 医保给多少",
        e.inpatient(60, "一级", "5500", 2, in_area=False),
    ),
    (
        "建档立卡户 小姑子在乡镇卫生院第一次住院 交的60 花了六千 能报多少",
        e.inpatient(60, "乡镇卫生院", "6000", poor=True),
    ),
    (
        "岳父是建档立卡的 250档 二级医院今年第二回住院 花两万二 报销多少",
        e.inpatient(250, "二级", "22000", 2, poor=True),
    ),
    (
        "今年医保已经给报了四万八 这次又住三级医院 第二次 交250 花了三万 还能报多少",
        e.inpatient(250, "三级", "30000", 2, paid="48000"),
    ),
    (
        "前两次住院一共报了5万7 120档 第三回住二级医院 一万 还给报多少",
        e.inpatient(120, "二级", "10000", 3, paid="57000"),
    ),
    (
        "一级医院第一次住院 交120 住了12天 床位一天60 总共花了七千 报多少",
        e.inpatient(120, "一级", "7000", bed_days=12, bed_fee="60"),
    ),
    (
        "二级医院头回住院 250档 住20天 床费每天90 合计三万二 报多少",
        e.inpatient(250, "二级", "32000", bed_days=20, bed_fee="90"),
    ),
    ("乡镇卫生院头一次住院 交250 才花了八十块 能报不", e.inpatient(250, "乡镇卫生院", "80")),
    (
        "社区卫生服务中心住院今年第二回 交120 花了三千六 报多少",
        e.inpatient(120, "社区卫生服务中心", "3600", 2),
    ),
    (
        "交250 三级医院第一次住院 一共花了十二万 医保到顶能给多少",
        e.inpatient(250, "三级", "120000"),
    ),
    ("老伴二级医院第一次住院 交60 发票金额壹万伍仟元 报多少", e.inpatient(60, "二级", "15000")),
]

MATERNITY = [
    ("儿媳妇前几天在一级医院顺利生了 合规的花了三千二 医保那边怎么算", e.maternity("一级", "3200")),
    ("嫂子在地区医院三级的剖腹产 合规的花了九千 自己要出钱吗", e.maternity("三级", "9000")),
    ("表妹在乡镇卫生院生的娃 合规费用1千8 能报多少", e.maternity("乡镇卫生院", "1800")),
]

SPECIAL = [
    (
        "外公肾衰在门诊做透析 交250 这个月一万二 门特给报多少",
        e.special(250, "慢性肾功能衰竭", "12000"),
    ),
    ("大舅恶性肿瘤门诊化疗 60档 这次两万 报多少", e.special(60, "恶性肿瘤", "20000")),
    ("重型抑郁症门特 交120 门诊开药一千五 能报几多", e.special(120, "精神性疾病", "1500")),
    ("器官移植后门诊抗排异 250档 花了八千 报多少", e.special(250, "器官移植", "8000")),
    ("类风湿性关节炎门特 交60 门诊一千 报多少", e.special(60, "类风湿性关节炎", "1000")),
    (
        "建档立卡的 交60 慢性肝硬化门特 门诊花了三千 报多少",
        e.special(60, "慢性肝硬化", "3000", poor=True),
    ),
    (
        "透析门特 120档 今年已经报了五万五 这次门诊一万 还能给多少",
        e.special(120, "慢性肾功能衰竭", "10000", paid="55000"),
    ),
]

TWO = [
    ("高血压走两病门诊 一级医院 甲类药三百 报多少", e.two_diseases(["高血压"], "一级", "300")),
    ("糖尿病两病门诊 在二级医院拿药 甲类一千五 报多少", e.two_diseases(["糖尿病"], "二级", "1500")),
    (
        "血压血糖都高 两病门诊 三级医院 甲类两千五 乙类一千 报多少",
        e.two_diseases(["高血压", "糖尿病"], "三级", "2500", "1000"),
    ),
    (
        "糖尿病两病门诊 今年已经报了一千 这次一级医院甲类五百 还能报多少",
        e.two_diseases(["糖尿病"], "一级", "500", paid="1000"),
    ),
    (
        "高血压两病门诊 乡镇卫生院 甲类二百 乙类一百 报多少",
        e.two_diseases(["高血压"], "乡镇卫生院", "200", "100"),
    ),
    (
        "高血压糖尿病两样都有 两病门诊二级医院 甲类一千二 报几多",
        e.two_diseases(["高血压", "糖尿病"], "二级", "1200"),
    ),
]

GENERAL = [
    ("今年第一次去看普通门诊 花了二百八 能报多少", e.general("280")),
    ("普通门诊之前今年已经花了一千 这回又花三百 还有报销吗", e.general("300", "1000")),
    ("普通门诊前面累计花了两百 今天八十 报多少", e.general("80", "200")),
    ("普通门诊头一回 开药花了五百五 统筹报多少", e.general("550")),
]

CONTRIBUTION = [
    ("岳母今年63了 城乡居民医保个人还要交吗", e.enrol(sex="女", age=63)),
    ("继父61岁 打算交250那档 个人出多少", e.enrol(sex="男", age=61, tier=250)),
    ("孤儿参加居民医保 个人要交钱吗", e.enrol(["孤儿"])),
    ("寺里僧人去年得了县级表彰 参保个人交多少", e.enrol(["僧尼县级表彰"])),
    ("低保户家的老汉66岁 参保自己交多少", e.enrol(["低保对象"], "男", 66)),
    ("建档立卡户的年轻人 居民医保个人交几块", e.enrol(["建档立卡贫困人员"])),
    ("一级残疾的小姑子 参保个人掏不掏钱", e.enrol(["重度残疾(一、二级)"])),
]

OTHER_CONTRIBUTION = [
    ("前年断了医保 今年想补上 各级财政补助加起来680 要补多少", e.late("680")),
    ("补交居民医保 财政补助那块合计750 个人一共交多少", e.late("750")),
    ("财政补助一共1000 中央给了700 剩下三级怎么分", e.subsidy_split("1000", "700")),
]

CUSTODIAN = [
    ("干爹在自治区级野外文物点当看管员 干了6个月 工钱合计多少", e.custodian("自治区级", 6)),
    ("县级文保点看管员干满12个月 一年能拿多少", e.custodian("县级", 12)),
    ("国保的野外点看管员 干了3个月 一共多少工资", e.custodian("全国重点", 3)),
    ("2处国保点加3处县级点 看管员半年的经费预算", e.budget({"全国重点": 2, "县级": 3}, 6)),
    ("5处自治区级野外点 看管员一年工资总预算", e.budget({"自治区级": 5}, 12)),
    (
        "县级点看管员干了7个月 出了重大看管事故被解聘 当年补助还剩多少",
        e.custodian("县级", 7, accident=True),
    ),
]

ROAD = [
    ("日土和革吉两个县 一年的农村公路养护补贴合计多少万", e.road(2, False)),
    ("地区财政那份加上改则措勤两县 养护补贴一年多少万", e.road(2, True)),
    ("五个县的养护专项补贴 三年加起来多少万", e.road(5, False, 3)),
    ("地区财政单独一年出的养护补贴 加上七个县 两年共多少万", e.road(7, True, 2)),
]

FOLLOW_UPS = [
    ("外婆在三级医院住院 今年第一次 花了两万 能报多少", e.follow_up("inpatient", ["tier"])),
    ("交60 今年第二次住院 花了一万二 报多少", e.follow_up("inpatient", ["level"])),
    ("250档 一级医院头回住院 报销多少", e.follow_up("inpatient", ["cost"])),
    ("表哥当野外文物看管员 干了一年 工资一共多少", e.follow_up("custodian_pay", ["site_level"])),
    ("恶性肿瘤门诊化疗 这次花了一万五 门特报多少", e.follow_up("special_outpatient", ["tier"])),
    ("糖尿病两病门诊 甲类药九百 能报多少", e.follow_up("two_diseases", ["level"])),
    ("医保停了两年想补交 要交多少钱", e.follow_up("contribution", ["fiscal_subsidy"])),
]


def build(t: Tune13Table) -> None:
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
