"""Declines for another place (Tibet's other prefectures and their counties first, many starting
with 日喀则/那曲/林芝/昌都/山南; other provinces' cities, 澳门, 台中), another scheme asked by name
(职工医保, 百万医疗险, 重疾险, 公务员医疗补助, 惠民保, 工伤, 长护险, 新农保…) and another year, and
their look-alikes: Ngari towns and villages, an Ngari resident treated in 西安/广州/重庆, the
scheme's own former names (新农合, 合作医疗, 农牧区医疗) and the years the documents do name (2019,
2020, 2021, 2024, 2025). Every sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    RATE,
    ROAD,
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings31.table import Tune31Table

BOTH = ["answered", "calculated"]  # a contribution calculation states a tier too
PHOTO = art(RP, "第三十七条")
TRAINING = art(RT, "一、（三）")
STAGES = art(HP, "三、")
JOBS = art(GE, "三、")
DIG = art(RP, "第十七条")
AGE = art(RC, "第五条")
OUTSIDE = mi("第三十三条")

# (question, related Ngari rule): Tibet's other prefectures and counties first
OTHER_PLACES = [
    ("日喀则萨迦县的居民医保 在乡镇卫生院住院起付线多少", INPATIENT),
    ("日喀则聂拉木县参保的人 哪些病能办门特", SPECIAL),
    ("日喀则吉隆县的野外文物看管员每个月拿多少", WAGE),
    ("日喀则江孜县城乡居民医保的年度封顶线多少", CAP),
    ("那曲聂荣县城乡居民医保个人缴费有几个档", TIERS),
    ("那曲嘉黎县普通门诊一年最多报多少", GENERAL),
    ("那曲比如县的文物安全培训一年至少办几次", TRAINING),
    ("林芝米林县产妇在医院生孩子 医保怎么给报", MATERNITY),
    ("林芝波密县糖尿病人两病门诊一年报多少封顶", TWO),
    ("林芝察隅县的农村公路养护一个县一年补贴多少", ROAD),
    ("昌都类乌齐县下一年的居民医保几月开始交", PERIOD),
    ("昌都丁青县寺庙里的壁画让不让拍", PHOTO),
    ("昌都八宿县招野外文物看管员 年龄卡多少", AGE),
    ("山南琼结县的居民医保哪些费用报不了", EXCLUDED),
    ("山南桑日县大病保险一年最多赔多少", SERIOUS),
    ("山南加查县考古发掘需要走哪些报批手续", DIG),
    ("仲巴县参保居民住三级医院报几成", INPATIENT),
    ("萨嘎县居民医保最高那一档交多少", TIERS),
    ("昂仁县的野外文保点一处配几个看管员", WAGE),
    ("双湖县的门诊特殊病有没有起付线", SPECIAL),
    ("左贡县的参保居民一个年度里最多能从城乡居民医保报多少钱", CAP),
    ("边坝县医院要是创三甲 要走几个阶段", STAGES),
    ("隆子县大学生就业率目标是多少", JOBS),
    ("错那县断缴了医保该怎么补", PERIOD),
    ("当雄县住院床位费一天按多少认", INPATIENT),
    ("尼木县高血压两病门诊每年报多少", TWO),
    ("拉萨达孜区的普通门诊统筹怎么报销", GENERAL),
    ("大同那边城乡居民医保 去二级医院住院起付线定的多少", INPATIENT),
    ("临汾参加居民医保一年最高能报多少", CAP),
    ("赤峰的门诊特殊病有多少种", SPECIAL),
    ("通辽的农村公路养护补贴每县一年多少", ROAD),
    ("丹东的居民医保个人缴费有几档", TIERS),
    ("齐齐哈尔的孕妇生孩子医保是不是全报", MATERNITY),
    ("徐州城乡居民医保断了怎么补交", PERIOD),
    ("温州普通门诊统筹一年封顶多少钱", GENERAL),
    ("金华的文物保护单位里能不能拍壁画", PHOTO),
    ("芜湖居民医保在二级医院住院报多少比例", INPATIENT),
    ("赣州糖尿病两病门诊一年报多少", TWO),
    ("烟台的文物看管员工资一个月多少", WAGE),
    ("开封大学毕业生就业率定的多少", RATE),
    ("宜昌居民医保哪些项目医保不付", EXCLUDED),
    ("湛江的大病保险一年最高赔多少", SERIOUS),
    ("桂林居民医保最便宜一档多少钱", TIERS),
    ("三亚参保的人去外省住院报销比例降多少", OUTSIDE),
    ("绵阳参保的 痛风可以办门诊特殊病吗", SPECIAL),
    ("遵义的居民医保一年最多报多少万", CAP),
    ("宝鸡考古出土的文物多长时间内要移交", DIG),
    ("天水文物系统的工作人员 安全培训一年要搞几次", TRAINING),
    ("格尔木居民医保缴费期是几月到几月", PERIOD),
    ("喀什的城乡居民在乡镇卫生院住院起付线多少", INPATIENT),
    ("澳门本地居民在当地住院 医保怎么报", INPATIENT),
    ("台中的健保一年最多给付多少", CAP),
]

OTHER_SCHEMES = [
    ("单位给交的职工医保 在二级医院住院报多少", INPATIENT),
    ("职工医保退休以后一年最多报多少", CAP),
    ("买的百万医疗险 住院花了五万能赔多少", INPATIENT),
    ("重疾险查出恶性肿瘤能一次赔多少", SERIOUS),
    ("公务员医疗补助 看门诊能报多少", GENERAL),
    ("惠民保今年的保费多少 能报哪些", CAP),
    ("工伤保险认定以后住院费怎么报", EXCLUDED),
    ("长护险失能老人每月能领多少护理费", None),
    ("媳妇单位交了生育保险 产假期间的生育津贴按什么标准算", MATERNITY),
    ("学生买的学平险 骨折住院能赔多少", INPATIENT),
    ("驾乘意外险出了车祸能赔多少", EXCLUDED),
    ("城乡居民养老保险交满十五年每月领多少", None),
    ("失业保险金怎么申领 一个月多少钱", None),
    ("家里有退伍老兵 优抚对象的医疗补助去哪里申请", None),
    ("职工医保个人账户的钱能给爸妈交居民医保吗", GENERAL),
    ("新农保养老金每个月发多少", None),
]

OTHER_YEARS = [
    ("2022年度阿里居民医保在县二级医院住院 起付线是多少", INPATIENT),
    ("2025年城乡居民医保个人缴费涨到多少了", TIERS),
    ("到了2024年 阿里居民医保一年最多付多少 有没有调", CAP),
    ("2027年的门特病种名单有哪些", SPECIAL),
    ("2019年农牧区医疗住院报销比例多少", INPATIENT),
    ("2015年的野外文物看管员每月工资多少", WAGE),
    ("2013年阿里医保几月份交费", PERIOD),
    ("2023年普通门诊统筹一年限额多少", GENERAL),
    ("2031年两病门诊糖尿病限额多少", TWO),
    ("2026年四好农村路每县养护补贴多少万", ROAD),
    ("2011年在阿里参加合作医疗交多少钱", TIERS),
    ("等到2029年以后 大病保险一年最多赔到多少", SERIOUS),
    ("2040年阿里居民医保生孩子怎么报", MATERNITY),
    ("2010年文物保护单位里允许拍照吗", PHOTO),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["75%"], "answered", "昆莎乡的牧民交120 在乡卫生院住院报几成"),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "左左乡的人去西安住院 比在阿里住少报多少",
    ),
    ("in_scope_place", OUTSIDE, ["5日内"], "answered", "扎西岗乡的小伙在广州打工住院 要几天内备案"),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["住院发票原件"],
        "answered",
        "巴嘎乡的大叔在重庆住院先垫了钱 回来报销要交哪些单子",
    ),
    ("in_scope_place", TIERS, ["60 元、120 元、250 元"], "answered", "物玛乡参保能选哪几个缴费档"),
    ("in_scope_place", GENERAL, ["300元"], "answered", "先遣乡看普通门诊一年最多能报多少"),
    ("in_scope_place", quote(RD, "却藏村"), ["却藏村"], "answered", "革吉县却藏村通硬化路了吗"),
    ("in_scope_place", quote(RD, "加绕村"), ["加绕村"], "answered", "措勤县加绕村的路硬化没有"),
    ("in_scope_place", quote(RD, "丁则村"), ["丁则村"], "answered", "日土县丁则村通了硬化路没"),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-扎西岗乡"),
        ["狮泉河镇-扎西岗乡"],
        "answered",
        "狮泉河镇去扎西岗乡有农村客运班线吗",
    ),
    (
        "in_scope_place",
        quote(RD, "改则县358人"),
        ["358人"],
        "answered",
        "改则县生态补偿的公路养护岗安排了多少人",
    ),
    ("in_scope_place", SPECIAL, ["90%"], "answered", "麻米乡交250的人看门特报多少比例"),
    ("in_scope_place", WAGE, ["1400元"], "answered", "札达县自治区级野外文保点的看管员月工资多少"),
    (
        "in_scope_place",
        art(RD, "二、"),
        ["底雅乡"],
        "answered",
        "方案里说札达县还有两个乡镇没通硬化路 是哪两个",
    ),
    (
        "scheme_alias",
        INPATIENT,
        ["100元"],
        "answered",
        "老辈人说的新农合 在乡镇卫生院住院起付线多少",
    ),
    ("scheme_alias", CAP, ["6万元"], "answered", "以前叫合作医疗的那个 现在一年最多报多少"),
    (
        "scheme_alias",
        mi("第一条"),
        ["城镇居民基本医疗保险"],
        "answered",
        "农牧区医疗制度是跟什么整合到一起的",
    ),
    ("scheme_alias", SPECIAL, ["不设起付线"], "answered", "原来农牧区医疗的门特现在还有起付线吗"),
    ("scheme_alias", TIERS, ["60"], BOTH, "新农合最低那一档现在交多少"),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["统一的城乡居民基本医疗保险基金"],
        "answered",
        "合作医疗基金和城镇居民医保基金后来怎么处理的",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["家庭账户"],
        "answered",
        "新农合时代家庭账户里剩的钱现在还能用吗",
    ),
    ("scheme_alias", PERIOD, ["12月31日"], "answered", "新农合交费截止到每年几月几号"),
    (
        "scheme_alias",
        SERIOUS,
        ["自治区级统筹"],
        "answered",
        "农牧区医疗报完以后的大病保险是哪一级统筹",
    ),
]

YEAR_LOOK_ALIKES = [
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里这套2020年的城乡居民医保实施办法 从几月几号起算执行",
    ),
    ("in_scope_year", CAP, ["6万元"], "answered", "2020年度阿里居民医保封顶线是多少"),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前挂牌"],
        "answered",
        "地区人民医院争取在2021年年底前办成哪件事",
    ),
    (
        "in_scope_year",
        art(RD, "四、（三）"),
        ["2020年7月1日至7月31日"],
        "answered",
        "2020年整个7月份 四好农村路创建工作处在什么阶段",
    ),
    (
        "in_scope_year",
        quote(GE, "2024年640"),
        ["640"],
        "answered",
        "就业规划预测2024年阿里的高校毕业生规模大概多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "到2025年毕业生规模大概多大",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762 公里"],
        "answered",
        "截至2019年年底 阿里七县农村公路加起来总里程多少公里",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630"],
        "answered",
        "2023年阿里的高校毕业生预计会有多少",
    ),
    (
        "in_scope_year",
        art(RD, "四、（二）"),
        ["2020年4月15日至4月30日"],
        "answered",
        "2020年4月下旬四好农村路安排了什么现场活动",
    ),
]


def build(t: Tune31Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
    add_look_alikes(t, YEAR_LOOK_ALIKES)
