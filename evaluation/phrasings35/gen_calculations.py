"""Calculations over all seven calculators: stays (first, second and later admissions, outside the
pool in 重庆/郑州/杭州/武汉/广州/贵阳, 建档立卡, already paid toward the 6万 cap, bed fees above the
cap, a bill under the deductible), maternity, special outpatient illnesses, 两病 outpatient (乙类
10 %, the yearly limits), general outpatient across visits, contributions (age, identities,
subsidy shares, late payment), custodian pay and budgets, the road subsidy, and nine requests
missing exactly one input. Amounts in new forms (3.6万, 2w6, 7k2, 壹万贰仟, 一万零八百,
14,800.00, ￥9900, 11k, 1万4千, 2.05w, 伍仟元整, 0.9万…). Every sentence was written for this
table; figures only from evaluation.phrasings.reference."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each
from evaluation.phrasings35.table import Tune35Table

CAT = "calculation"

INPATIENT = [
    (
        "姑姑交的250 今年头一回住进地区人民医院那种三级的 账单3.6万 能报多少",
        e.inpatient(250, "三级", "36000"),
    ),
    ("姑父120档 住了县里二级医院 今年第一回 2w6 统筹给多少", e.inpatient(120, "二级", "26000")),
    ("小姨交60 巴嘎乡卫生院今年第一趟住院 7k2 医保出多少", e.inpatient(60, "乡镇卫生院", "7200")),
    (
        "大姨250档 一级医院 今年第一次住院 壹万贰仟 报销能拿回多少",
        e.inpatient(250, "一级", "12000"),
    ),
    ("外婆交120 今年第二回住三级医院 一万零八百 这次报多少", e.inpatient(120, "三级", "10800", 2)),
    (
        "外公交60 二级医院今年第三次住进去了 二万三千五百 还能报多少",
        e.inpatient(60, "二级", "23500", 3),
    ),
    (
        "婆婆是建档立卡户 250档 一级医院今年首回住院 14,800.00 统筹出多少",
        e.inpatient(250, "一级", "14800", poor=True),
    ),
    (
        "公公交250 在重庆三级医院住院 今年第一回 ￥9900 报多少",
        e.inpatient(250, "三级", "9900", in_area=False),
    ),
    (
        "岳父交120 去郑州的二级医院住了院 今年头一次 11k 能报多少",
        e.inpatient(120, "二级", "11000", in_area=False),
    ),
    (
        "岳母交60 在杭州一级医院今年第二次住院 1万4千 给报多少",
        e.inpatient(60, "一级", "14000", 2, in_area=False),
    ),
    (
        "干爹交250 武汉三级医院今年第三次住院 2.05w 医保给多少",
        e.inpatient(250, "三级", "20500", 3, in_area=False),
    ),
    (
        "师父120档 在广州二级医院今年第一次住院 16800块 能报几块",
        e.inpatient(120, "二级", "16800", in_area=False),
    ),
    (
        "徒弟交60 贵阳三级医院今年头回住院 0.9万 统筹出多少",
        e.inpatient(60, "三级", "9000", in_area=False),
    ),
    (
        "房东交250 社区卫生服务中心今年第二次住院 伍仟元整 能报多少",
        e.inpatient(250, "社区卫生服务中心", "5000", 2),
    ),
    ("牧场主交120 一级医院今年首次住院 四万七 报多少", e.inpatient(120, "一级", "47000")),
    (
        "村支书60档 乡镇卫生院今年第一回住院 只花了七十块 能不能报 报几块",
        e.inpatient(60, "乡镇卫生院", "70"),
    ),
    ("强巴交250 三级医院今年第一次住院 十八万 统筹封顶给多少", e.inpatient(250, "三级", "180000")),
    (
        "多吉交120 二级医院今年第二回住院 四万 前面那次已经从统筹拿了三万一 这次还能报多少",
        e.inpatient(120, "二级", "40000", 2, paid="31000"),
    ),
    (
        "达娃交250 三级医院今年第一回住院 一万五 住了10天 床费每天一百 报多少",
        e.inpatient(250, "三级", "15000", bed_days=10, bed_fee="100"),
    ),
    (
        "尼玛交60 一级医院今年头回住院 八千 住了6天 床位费一天55 统筹给多少",
        e.inpatient(60, "一级", "8000", bed_days=6, bed_fee="55"),
    ),
    (
        "建档立卡的拉姆交120 二级医院今年第一次住院 一万一 报多少",
        e.inpatient(120, "二级", "11000", poor=True),
    ),
    ("旺堆交250 乡镇卫生院今年第五次住院 两千 报多少", e.inpatient(250, "乡镇卫生院", "2000", 5)),
    ("白玛交60 三级医院今年第二次住院 2万9 能报多少", e.inpatient(60, "三级", "29000", 2)),
    (
        "索朗交120 社区卫生服务中心今年头一回住院 六千六 报多少",
        e.inpatient(120, "社区卫生服务中心", "6600"),
    ),
    (
        "普布交250 今年统筹已经报过五万八 又进二级医院 第二次 一万 这回能拿多少",
        e.inpatient(250, "二级", "10000", 2, paid="58000"),
    ),
    ("曲珍交60 二级医院今年第一回住院 三千九 报多少", e.inpatient(60, "二级", "3900")),
    (
        "建档立卡户旺姆交250 三级医院今年第三次住院 一万八 统筹能出多少",
        e.inpatient(250, "三级", "18000", 3, poor=True),
    ),
    ("老乡交120 一级医院今年第一次住院 九千九百九 给报多少", e.inpatient(120, "一级", "9990")),
    (
        "亲家公交250 在天津三级医院今年第一回住院 两万四 报多少",
        e.inpatient(250, "三级", "24000", in_area=False),
    ),
    (
        "同事家的阿佳交60 乡镇卫生院今年第二回住院 一千六 报多少",
        e.inpatient(60, "乡镇卫生院", "1600", 2),
    ),
]

MATERNITY = [
    ("小姨在县二级医院顺产 花了三千四 医保报多少", e.maternity("二级", "3400")),
    ("儿媳在地区三级医院生了老二 账单九千八 能报多少", e.maternity("三级", "9800")),
    ("表妹在社区卫生服务中心生的 一共一千一 医保出多少", e.maternity("社区卫生服务中心", "1100")),
]

SPECIAL = [
    ("姑姑胃癌放疗走门特 交250 这回门诊两万一 报多少", e.special(250, "恶性肿瘤", "21000")),
    (
        "姑父尿毒症透析的门特 120档 本月门诊五千五 能报多少",
        e.special(120, "慢性肾功能衰竭", "5500"),
    ),
    ("外婆类风湿门特 交60 门诊一千二 统筹给多少", e.special(60, "类风湿性关节炎", "1200")),
    ("外公慢阻肺门特 250档 门诊三千三 报多少", e.special(250, "慢性阻塞性肺部疾病", "3300")),
    ("岳母青光眼门特 交60 门诊六百 能报多少", e.special(60, "青光眼", "600")),
    ("建档立卡的公公冠心病门特 交250 门诊四千 报多少", e.special(250, "冠心病", "4000", poor=True)),
    ("婆婆系统性红斑狼疮门特 120档 门诊两千六 报多少", e.special(120, "系统性红斑狼疮", "2600")),
    ("房东肝硬化门特 交60 这次门诊一千五 报多少", e.special(60, "慢性肝硬化", "1500")),
    ("强巴痛风门特 交120 开药花了一千 报多少", e.special(120, "痛风", "1000")),
    (
        "多吉今年统筹已经报了59500 肺癌门特又花八千 交250 这次能报多少",
        e.special(250, "恶性肿瘤", "8000", paid="59500"),
    ),
    ("达娃高原心脏病门特 交250 门诊一千九 报多少", e.special(250, "慢性高原性心脏病", "1900")),
    ("尼玛癫痫门特 交60 药费七百 报多少", e.special(60, "癫痫", "700")),
]

TWO = [
    (
        "姑姑高血压 一级医院两病门诊拿了三百的甲类药 报多少",
        e.two_diseases(["高血压"], "一级", "300"),
    ),
    (
        "姑父糖尿病 在县二级医院两病门诊 甲类药八百 报多少",
        e.two_diseases(["糖尿病"], "二级", "800"),
    ),
    (
        "外婆又有高血压又有糖尿病 乡镇卫生院两病门诊 甲类一千六 报多少",
        e.two_diseases(["高血压", "糖尿病"], "乡镇卫生院", "1600"),
    ),
    (
        "外公血压高 在地区三级医院两病门诊开药 甲类二百块乙类四百块 统筹给多少",
        e.two_diseases(["高血压"], "三级", "200", "400"),
    ),
    (
        "岳父糖尿病 今年两病门诊已经报过一千 这回一级医院甲类药五百 报多少",
        e.two_diseases(["糖尿病"], "一级", "500", paid="1000"),
    ),
    (
        "岳母高血压 社区卫生服务中心两病门诊 全是乙类药 六百 报多少",
        e.two_diseases(["高血压"], "社区卫生服务中心", "0", "600"),
    ),
    (
        "婆婆两病都有 今年已报了一千八 这次三级医院甲类药一千 报多少",
        e.two_diseases(["高血压", "糖尿病"], "三级", "1000", paid="1800"),
    ),
]

GENERAL = [
    ("小姨今年头一回普通门诊 花了三百二 报多少", e.general("320")),
    ("大姨普通门诊前面累计花了八十 今天又花了一百二 这回报多少", e.general("120", "80")),
    ("表妹今年第一回看普通门诊 一千二 封顶报多少", e.general("1200")),
    ("外婆今年普通门诊前前后后已经花了七百 今天再花二百 还能报吗", e.general("200", "700")),
    ("外公今年第一次普通门诊 就八十块 报多少", e.general("80")),
    ("老乡今年普通门诊已经花了一百五 这趟又花了三百 报多少", e.general("300", "150")),
]

CONTRIBUTION = [
    ("外婆女的 今年67 参加居民医保个人交多少", e.enrol(sex="女", age=67)),
    ("外公男 72岁 医保个人那份要交多少", e.enrol(sex="男", age=72)),
    ("姑父是男的 刚过61 想选一百二那档 自己掏多少", e.enrol(sex="男", age=61, tier=120)),
    ("特困供养的老阿妈参加居民医保 个人要掏多少", e.enrol(["特困供养人员"])),
    ("地区表彰过的觉姆参保 个人出多少", e.enrol(["僧尼地区级表彰"])),
    ("孤儿小达瓦参加居民医保 自己要交多少", e.enrol(["孤儿"])),
    ("小姨女 38岁 选60档 个人交多少", e.enrol(sex="女", age=38, tier=60)),
    ("建档立卡户的女儿 22岁 女 参保自己交多少", e.enrol(["建档立卡贫困人员"], sex="女", age=22)),
    ("一级残疾的舅舅参保 个人要出多少", e.enrol(["重度残疾(一、二级)"])),
]

OTHER_CONTRIBUTION = [
    ("断缴了想补 各级财政补助加一起是700 我补缴要交多少", e.late("700")),
    ("中途参保的 财政补助合计560 个人补多少钱", e.late("560")),
    ("人均财政补助1900 中央拿了1400 自治区地区县三家各出多少", e.subsidy_split("1900", "1400")),
    ("每人补助2400 中央负担1600 县里要出多少", e.subsidy_split("2400", "1600")),
]

CUSTODIAN = [
    ("姑父守县级野外文保点守了十一个月 工资一共多少", e.custodian("县级", 11)),
    ("小姨看管自治区级野外文物点三个月 补助合计多少", e.custodian("自治区级", 3)),
    ("外公在全国重点野外文保单位看管八个月 一共领多少", e.custodian("全国重点", 8)),
    ("强巴在县级野外点看管一个月 能拿多少", e.custodian("县级", 1)),
    (
        "多吉看县级野外点九个月 中间出了重大看管事故 补助还剩多少",
        e.custodian("县级", 9, accident=True),
    ),
    (
        "三处县级两处自治区级野外文保点 看管六个月 人员经费预算多少",
        e.budget({"县级": 3, "自治区级": 2}, 6),
    ),
    ("一处全国重点野外文保单位 看管员一整年十二个月预算列多少", e.budget({"全国重点": 1}, 12)),
    ("四处自治区级野外文保单位 看管员九个月工资预算多少", e.budget({"自治区级": 4}, 9)),
]

ROAD = [
    ("三个县的农村公路养护专项补贴一年合计多少万", e.road(3, False)),
    ("地区财政加上普兰札达噶尔三个县 一年养护补贴总共多少万", e.road(3, True)),
    ("两个县拿养护补贴拿两年 一共多少万", e.road(2, False, 2)),
    ("地区财政那一份 拿三年是多少万", e.road(0, True, 3)),
    ("七个县连同地区财政 一年的养护专项补贴多少万", e.road(7, True)),
    ("算六个县连续四年拿的农村公路养护专项补贴 合起来几万", e.road(6, False, 4)),
]

FOLLOW_UPS = [
    ("姑姑在县二级医院今年头回住院 花了八千八 能报多少", e.follow_up("inpatient", ["tier"])),
    ("小姨交60 今年第一次住院 花了六千 统筹出多少", e.follow_up("inpatient", ["level"])),
    ("外婆交120 三级医院今年第一回住院 报多少钱", e.follow_up("inpatient", ["cost"])),
    ("外公冠心病门特 门诊两千 能报多少", e.follow_up("special_outpatient", ["tier"])),
    ("岳母痛风门特 交250 这回能报多少", e.follow_up("special_outpatient", ["cost"])),
    ("婆婆糖尿病 两病门诊开了六百甲类药 医保能出多少", e.follow_up("two_diseases", ["level"])),
    (
        "公公在乡里给野外文物当看管员 干满五个月了 工钱合计多少",
        e.follow_up("custodian_pay", ["site_level"]),
    ),
    ("老乡在自治区级野外点看管 补助合计能领多少", e.follow_up("custodian_pay", ["months"])),
    ("舅舅男 今年40 参加居民医保个人交多少", e.follow_up("contribution", ["tier"])),
]


def build(t: Tune35Table) -> None:
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
