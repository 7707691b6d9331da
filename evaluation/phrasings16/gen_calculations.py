"""Calculation rows as people type and dictate them: voice-input run-ons, narratives with the slots
in odd order, two facts in one question, new kin words and people (大舅妈, 二婶, 干爹, 小姑子,
表舅, 外婆, 连襟, 亲家母, 弟媳妇, 嫂子, 外甥女, 孙媳妇, 三叔, 干妈, 房东阿姨, 放羊的舅公), amounts
only in the forms issue 10 says must be read (2.7w, 3.4W, 1.9万, 一万三, 2万8, 18k, 6千, 4万块,
两万三, １８０００, plain digits) and every calculator. Expected figures only from
evaluation.phrasings.reference, through evaluation.phrasings.expect (never from the product's
calculators)."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each
from evaluation.phrasings16.table import Heldout16Table

CAT = "calculation"

# (question, expectation)
INPATIENT = [
    (
        "就是我大舅妈嘛她今年第一次住院在地区人民医院那个三级的她交的是二百五那一档花了2.7w想问问能报多少",
        e.inpatient(250, "三级", "27000"),
    ),
    ("二婶 一级医院 一万三 头回住 档次120 医保给多少", e.inpatient(120, "一级", "13000")),
    (
        "干爹放牧摔了腿在乡卫生院住了十来天 今年第一次 交的60 花了6千 能回来多少",
        e.inpatient(60, "乡镇卫生院", "6000"),
    ),
    (
        "小姑子这是今年第二回住院了 二级医院 交一百二 这次2万8 报销后自己掏多少",
        e.inpatient(120, "二级", "28000", 2),
    ),
    (
        "表舅三级医院 250的档 今年都住第三回了 这次1.9万 报多少啊",
        e.inpatient(250, "三级", "19000", 3),
    ),
    (
        "外婆住院 社区卫生服务中心 第二次 交60块那档 费用18k 帮算下",
        e.inpatient(60, "社区卫生服务中心", "18000", 2),
    ),
    (
        "连襟在和田的二级医院住了院 今年头一遭 他是阿里参保交250的 花了两万三 回阿里报多少",
        e.inpatient(250, "二级", "23000", in_area=False),
    ),
    (
        "亲家母在石家庄三级医院看病住院第一次 交120 总共4万块 能报多少",
        e.inpatient(120, "三级", "40000", in_area=False),
    ),
    (
        "弟媳妇今年第二次住院 这次去了那曲的一级医院 交60 花了九千 阿里医保报多少",
        e.inpatient(60, "一级", "9000", 2, in_area=False),
    ),
    (
        "嫂子是建档立卡户 二级医院第一次住院 花了３４０００ 报多少",
        e.inpatient(250, "二级", "34000", poor=True),
    ),
    (
        "外甥女家建档立卡的 今年第三次住院了 乡镇卫生院 五千五 还能报多少",
        e.inpatient(250, "乡镇卫生院", "5500", 3, poor=True),
    ),
    (
        "孙媳妇今年前面两回住院医保已经一共报了5万1 这回第三次三级医院 交250 花了2万 还给报多少",
        e.inpatient(250, "三级", "20000", 3, paid="51000"),
    ),
    (
        "三叔交120档 今年第一次住三级医院 住了20天 床位一天120 总费用3.4W 报多少",
        e.inpatient(120, "三级", "34000", bed_days=20, bed_fee="120"),
    ),
    (
        "一级医院住了8天 一天床费55 交250 第一次住院 一共七千 医保出多少",
        e.inpatient(250, "一级", "7000", bed_days=8, bed_fee="55"),
    ),
    (
        "干妈一级医院头回住院 交120档 才花了一百八 能报吗",
        e.inpatient(120, "一级", "180"),
    ),
    (
        "房东阿姨乡卫生院住了第四次院了 交六十 这次三千 报多少钱",
        e.inpatient(60, "乡镇卫生院", "3000", 4),
    ),
    (
        "放羊的舅公今年第一次住院 三级医院 交的60 花了八万块 医保最多给多少",
        e.inpatient(60, "三级", "80000"),
    ),
]

MATERNITY = [
    ("媳妇在乡镇卫生院生娃 顺产 医保范围内花了两千六 能报多少", e.maternity("乡镇卫生院", "2600")),
    ("闺女在二级医院剖腹产 符合医保的费用一万二 报多少", e.maternity("二级", "12000")),
]

SPECIAL = [
    (
        "干爹得的是布鲁菌病 办了门特 交250 这个月门诊一千四 报多少",
        e.special(250, "布鲁菌病", "1400"),
    ),
    ("二婶癫痫门特 档次60 门诊开药九百 医保出几多", e.special(60, "癫痫", "900")),
    (
        "表舅肺心病右心衰 门特 交120 门诊花了四千二 报多少",
        e.special(120, "肺心病（出现右心衰竭）", "4200"),
    ),
    (
        "外婆系统性红斑狼疮门特 250档 一个月六千 能报几多",
        e.special(250, "系统性红斑狼疮", "6000"),
    ),
    (
        "三叔痛风办的门特 交六十的 门诊花1千2 报销多少",
        e.special(60, "痛风", "1200"),
    ),
    (
        "嫂子建档立卡 再生障碍性贫血门特 门诊两千 能报多少",
        e.special(250, "再生障碍性贫血", "2000", poor=True),
    ),
    (
        "今年住院医保已经给了五万五 小姑子结核病门特 交120 这次门诊一万 还能报多少",
        e.special(120, "结核病", "10000", paid="55000"),
    ),
]

TWO = [
    (
        "亲家母高血压 走两病门诊 在一级医院 甲类药四百五 报多少",
        e.two_diseases(["高血压"], "一级", "450"),
    ),
    (
        "糖尿病两病门诊 二级医院拿药 甲类一千六 医保给多少",
        e.two_diseases(["糖尿病"], "二级", "1600"),
    ),
    (
        "我爸血压血糖两样都高 在三级医院走两病门诊 甲类药花了三千 乙类的一千 这样能报回来多少",
        e.two_diseases(["高血压", "糖尿病"], "三级", "3000", "1000"),
    ),
    (
        "高血压两病门诊 今年已经报了六百 这次社区卫生服务中心 甲类五百 还报多少",
        e.two_diseases(["高血压"], "社区卫生服务中心", "500", paid="600"),
    ),
    (
        "糖尿病两病 乡镇卫生院 甲类八百 乙类四百 能报多少",
        e.two_diseases(["糖尿病"], "乡镇卫生院", "800", "400"),
    ),
    (
        "舅公两种病都有 高血压加糖尿病 两病门诊 一级医院 甲类1900 报几多",
        e.two_diseases(["高血压", "糖尿病"], "一级", "1900"),
    ),
]

GENERAL = [
    ("普通门诊 今年第一回看 花了三百三 报多少", e.general("330")),
    ("普通门诊之前累计花了一百五 这次又花两百 能报多少", e.general("200", "150")),
    ("普通门诊今年还没看过 这次一次花了6千 报销多少", e.general("6000")),
    ("普通门诊前面攒了四百 这次又看了一百 报多少", e.general("100", "400")),
    ("普通门诊头一次看病花了九十 报吗", e.general("90")),
    ("小孩发烧跑了几趟普通门诊 前面加起来两百五 今天又一百 医保给报多少", e.general("100", "250")),
]

CONTRIBUTION = [
    ("外婆今年61岁 女的 参保要自己出钱吗", e.enrol(sex="女", age=61)),
    ("舅公男 今年六十四 交120档 自己出多少", e.enrol(sex="男", age=64, tier=120)),
    ("连襟三十八岁 想交二百五那档 个人交多少", e.enrol(sex="男", age=38, tier=250)),
    (
        "寺里的师父上年度评上了地区级爱国守法先进僧尼 居民医保个人要掏多少",
        e.enrol(["僧尼地区级表彰"]),
    ),
    ("特困供养的三叔 参保个人交几多", e.enrol(["特困供养人员"])),
    ("福利院长大的孤儿小伙子参加居民医保 自己还用交钱不", e.enrol(["孤儿"])),
    ("二级残疾的表舅 五十二岁 参保自己交多少", e.enrol(["重度残疾(一、二级)"], "男", 52)),
    ("建档立卡的二婶 五十五岁 交医保个人出多少", e.enrol(["建档立卡贫困人员"], "女", 55)),
]

OTHER_CONTRIBUTION = [
    ("去年没交医保 现在要补 财政补助加起来六百五 个人补多少", e.late("650")),
    ("补缴医保 各级财政补贴合计七百二十元 一共要交多少", e.late("720")),
    ("财政补助总共九百 中央拿了四百 剩下的自治区地区县各出多少", e.subsidy_split("900", "400")),
]

CUSTODIAN = [
    ("舅公看自治区级文物点 今年干了十一个月 工资一共多少", e.custodian("自治区级", 11)),
    ("县级文保点看管员 干了三个月就不干了 拿多少", e.custodian("县级", 3)),
    ("国保单位野外看管员 全年12个月 一共领多少工资", e.custodian("全国重点", 12)),
    (
        "一处全国重点两处自治区级一处县级 看管员四个月经费预算多少",
        e.budget({"全国重点": 1, "自治区级": 2, "县级": 1}, 4),
    ),
    ("五处县级野外文物点 看管员全年经费预算", e.budget({"县级": 5}, 12)),
    (
        "舅舅在自治区级文物点当看管员才五个月 看的点出了重大事故人被解聘了 今年的看管补助还能领多少",
        e.custodian("自治区级", 5, accident=True),
    ),
]

ROAD = [
    ("噶尔县一个县一年的四好农村路养护专项补贴多少万", e.road(1, False)),
    ("普兰札达日土三个县加上地区财政 一年养护补贴合计多少万", e.road(3, True)),
    ("七个县两年的养护专项补贴加起来多少万", e.road(7, False, 2)),
    ("地区财政加革吉一个县 四年一共多少万", e.road(1, True, 4)),
    ("改则措勤两县三年的养护补贴总共多少万", e.road(2, False, 3)),
    ("按每县一百万的标准 日土革吉改则这三个县五年下来拿多少万", e.road(3, False, 5)),
]

FOLLOW_UPS = [
    ("表舅今年第一次住院 三级医院 花了一万三 报多少", e.follow_up("inpatient", ["tier"])),
    ("交120 第一次住院 花了2万 报多少", e.follow_up("inpatient", ["level"])),
    ("交60 一级医院 今年头回住院 报多少钱", e.follow_up("inpatient", ["cost"])),
    ("外婆看的野外文物点 干了九个月 工资多少", e.follow_up("custodian_pay", ["site_level"])),
    ("门特 冠心病 这个月门诊三千 报多少", e.follow_up("special_outpatient", ["tier"])),
    ("高血压两病门诊 甲类六百 报多少", e.follow_up("two_diseases", ["level"])),
    ("断缴一年要补缴 个人一共补多少", e.follow_up("contribution", ["fiscal_subsidy"])),
]


def build(t: Heldout16Table) -> None:
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
