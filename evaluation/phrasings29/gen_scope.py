"""Declines for another place (Tibet's other prefectures and their counties first, many starting
with 日喀则/那曲/林芝/昌都/山南; other provinces' cities), another scheme asked by name (职工医保,
商业险, 公务员医疗补助, 惠民保, 工伤, 长护险…) and another year, and their look-alikes: Ngari towns
and an Ngari resident treated in 兰州/西宁/成都, the scheme's own former names (新农合, 合作医疗,
农牧区医疗, 城镇居民医保) and the years the documents do name (2019, 2020, 2021, 2025). Every
sentence was written for this table."""

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
from evaluation.phrasings29.table import Tune29Table

PHOTO = art(RP, "第三十七条")
TRAINING = art(RT, "一、（三）")
STAGES = art(HP, "三、")
JOBS = art(GE, "三、")
DIG = art(RP, "第十七条")
AGE = art(RC, "第五条")
OUTSIDE = mi("第三十三条")

# (question, related Ngari rule): Tibet's other prefectures and counties first
OTHER_PLACES = [
    ("日喀则定日县的居民医保 在二级医院住院起付线多少", INPATIENT),
    ("日喀则拉孜县参保的人 门特能报哪些病", SPECIAL),
    ("日喀则岗巴县野外文物看管员一个月工资多少", WAGE),
    ("那曲安多县居民医保一年最高报多少", CAP),
    ("那曲班戈县城乡居民医保缴费档次有哪几种", TIERS),
    ("那曲申扎县的普通门诊统筹一年封顶多少", GENERAL),
    ("林芝工布江达县孕妇生孩子医保怎么报", MATERNITY),
    ("林芝朗县的高血压患者在两病门诊 一年最多能报多少", TWO),
    ("林芝墨脱县农村公路养护 每个县一年补贴多少", ROAD),
    ("昌都江达县居民医保什么时候开始交下一年的", PERIOD),
    ("昌都芒康县文物保护单位里面能随便拍照吗", PHOTO),
    ("昌都贡觉县看管野外文物的人 年龄有什么限制", AGE),
    ("山南乃东区城乡居民医保哪些费用不给报", EXCLUDED),
    ("山南贡嘎县大病保险一年最高赔多少", SERIOUS),
    ("山南洛扎县文物工作人员安全培训一年搞几次", TRAINING),
    ("康马县参保居民在三级医院住院报几成", INPATIENT),
    ("白朗县的居民医保 最高档次交多少钱", TIERS),
    ("谢通门县要搞考古发掘 需要办什么手续", DIG),
    ("尼玛县的野外文保点 每处安排几个看管员", WAGE),
    ("巴青县门诊特殊病有没有起付线", SPECIAL),
    ("察雅县居民医保年度封顶线是多少", CAP),
    ("洛隆县人民医院要是创三甲 要分几个阶段推进", STAGES),
    ("措美县高校毕业生就业率目标定的多少", JOBS),
    ("浪卡子县断缴医保以后怎么补", PERIOD),
    ("墨竹工卡县居民住院床位费一天认多少", INPATIENT),
    ("曲水县的两病门诊糖尿病每年报多少", TWO),
    ("拉萨堆龙德庆区的居民医保普通门诊怎么报", GENERAL),
    ("张家口那边的城乡居民医保 住院起付线定的是多少", INPATIENT),
    ("唐山参加城乡居民医保 年度最高支付多少", CAP),
    ("包头的门诊特殊病一共多少种", SPECIAL),
    ("鄂尔多斯农村公路养护补贴一个县一年多少", ROAD),
    ("锦州的居民医保个人缴费分几档", TIERS),
    ("牡丹江孕妇分娩费用医保全报吗", MATERNITY),
    ("无锡城乡居民医保断缴了怎么补缴", PERIOD),
    ("嘉兴的普通门诊统筹一年最多报多少钱", GENERAL),
    ("泉州的文物保护单位里能拍壁画吗", PHOTO),
    ("九江居民医保在三级医院住院报多少比例", INPATIENT),
    ("潍坊高血压两病门诊一年封顶多少", TWO),
    ("洛阳的野外文物看管员一个月多少钱", WAGE),
    ("襄阳大学生就业率要保持多少", RATE),
    ("岳阳的居民医保哪些项目不能报销", EXCLUDED),
    ("佛山的大病保险年度最高赔付多少", SERIOUS),
    ("柳州居民医保最低一档交多少", TIERS),
    ("海口参加居民医保 在外省住院报销比例降多少", OUTSIDE),
    ("南充参保的人 痛风能不能办门诊特殊病", SPECIAL),
    ("六盘水城乡居民医保一年最多报几万", CAP),
    ("汉中考古发掘出土文物多久要移交", DIG),
    ("张掖的文物工作人员培训一年至少几次", TRAINING),
    ("石嘴山居民医保缴费期是几月到几月", PERIOD),
    ("伊犁的城乡居民住院 乡镇卫生院起付线多少", INPATIENT),
    ("香港的公立医院住院能用阿里那边的报销办法吗", INPATIENT),
    ("高雄的健保一年最高给付多少", CAP),
]

OTHER_SCHEMES = [
    ("单位交的职工医保 在三级医院住院起付线是多少", INPATIENT),
    ("在单位上班交的职工医保 一年最高报多少", CAP),
    ("自己买的商业医疗险 住院能报多少", INPATIENT),
    ("商业重疾险确诊了癌症赔多少钱", SERIOUS),
    ("公务员医疗补助能报销哪些费用", EXCLUDED),
    ("今年推的惠民保 一年交多少保费 出险能报多少", CAP),
    ("工伤保险住院的费用怎么报", EXCLUDED),
    ("家里老人失能了 长期护理保险每个月能领多少钱", None),
    ("职工生育保险生孩子能领多少生育津贴", MATERNITY),
    ("学平险孩子住院能报多少", INPATIENT),
    ("意外险摔断腿住院能赔多少", EXCLUDED),
    ("城乡居民养老保险一个月能领多少养老金", None),
    ("刚被公司辞退 失业保险金一个月能领多少 能领几个月", None),
    ("老兵想申请退役军人优抚对象医疗补助 该怎么办", None),
    ("职工医保个人账户里攒的钱 能不能给家里老人买药用", GENERAL),
]

OTHER_YEARS = [
    ("2023年阿里居民医保住院起付线是多少", INPATIENT),
    ("2024年的城乡居民医保个人缴费标准涨了没有 交多少", TIERS),
    ("2025年居民医保年度最高支付限额是多少", CAP),
    ("2026年度的门诊特殊病名单有哪些", SPECIAL),
    ("2018年农牧区医疗制度下住院报多少", INPATIENT),
    ("2017年的野外文物看管员工资一个月多少", WAGE),
    ("2016年阿里居民医保缴费期是什么时候", PERIOD),
    ("两年后也就是2022年 普通门诊统筹的年度限额是多少", GENERAL),
    ("2030年的两病门诊高血压限额是多少", TWO),
    ("2028年四好农村路每个县养护补贴多少", ROAD),
    ("2012年在阿里参合一个人交多少钱", TIERS),
    ("2027年以后大病保险最高赔多少", SERIOUS),
    ("2035年阿里居民医保孕产妇分娩怎么报", MATERNITY),
    ("2014年文物保护单位里能拍照吗", PHOTO),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["90%"], "answered", "门士乡的牧民交250 在一级医院住院报几成"),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "霍尔乡的人在兰州住院 跟在阿里住比报销比例差多少",
    ),
    (
        "in_scope_place",
        OUTSIDE,
        ["5日内"],
        "answered",
        "达巴乡的阿爸去西宁打工住院了 要在几天内备案",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["出院证明"],
        "answered",
        "曲松乡的大姐在成都住院先垫的钱 回来报销要带哪些材料",
    ),
    (
        "in_scope_place",
        TIERS,
        ["60 元、120 元、250 元"],
        "answered",
        "亚热乡的居民医保有哪几个缴费档次",
    ),
    ("in_scope_place", GENERAL, ["300元"], "answered", "雄巴乡看普通门诊一年最多报多少"),
    (
        "in_scope_place",
        quote(RD, "塞利普村"),
        ["塞利普村"],
        "answered",
        "革吉县塞利普村通硬化路了没有",
    ),
    (
        "in_scope_place",
        quote(RD, "次吾嘎木村"),
        ["次吾嘎木村"],
        "answered",
        "改则县次吾嘎木村的路硬化了吗",
    ),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-左左乡"),
        ["狮泉河镇-左左乡"],
        "answered",
        "狮泉河镇到左左乡有没有农村客运线路",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县459人"),
        ["459人"],
        "answered",
        "七县初步统计里 革吉县的生态补偿农村公路养护岗位有多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "措勤县132人"),
        ["132人"],
        "answered",
        "措勤县今年计划安排多少名生态补偿的公路养护员",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["地区交通实业发展总公司"],
        "answered",
        "改则县的农村客运 建议由哪家单位来当经营主体",
    ),
    ("in_scope_place", SPECIAL, ["不设起付线"], "answered", "东汝乡参保的人看门特要不要起付线"),
    ("in_scope_place", WAGE, ["1200元"], "answered", "日土县县级野外文保点的看管员每月工资多少"),
    (
        "scheme_alias",
        INPATIENT,
        ["200元"],
        "answered",
        "我们村里还叫它新农合 在一级医院住院起付线要多少",
    ),
    ("scheme_alias", CAP, ["6万元"], "answered", "老人们嘴里的合作医疗 如今一个年度封顶能报到多少"),
    (
        "scheme_alias",
        mi("第一条"),
        ["农牧区医疗制度"],
        "answered",
        "以前的农牧区医疗和城镇居民医保现在合成什么了",
    ),
    ("scheme_alias", SPECIAL, ["30种"], "answered", "农牧区医疗的门特病种现在还保留吗 一共多少种"),
    ("scheme_alias", TIERS, ["250 元"], "answered", "交新农合最高一档要多少钱"),
    ("scheme_alias", mi("第四十一条"), ["收支两条线"], "answered", "合作医疗的基金现在怎么管理"),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["家庭账户"],
        "answered",
        "原来新农合的家庭账户还有没有 里面的钱怎么办",
    ),
    ("scheme_alias", PERIOD, ["10月1日"], "answered", "新农合每年几月开始交下一年的"),
    ("scheme_alias", SERIOUS, ["14万元"], "answered", "合作医疗报完以后大病保险最多赔多少"),
]

YEAR_LOOK_ALIKES = [
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里居民医保办法从2020年哪天开始执行",
    ),
    (
        "in_scope_year",
        CAP,
        ["6万元"],
        "answered",
        "2020年这个统筹年度 阿里居民医保最多能给报到多少",
    ),
    (
        "in_scope_year",
        art(HP, "二、"),
        ["2021 年"],
        "answered",
        "地区人民医院打算2021年干成什么事",
    ),
    (
        "in_scope_year",
        art(RD, "一、"),
        ["内通外联、班车到村、通村畅乡、安全便捷"],
        "answered",
        "到2020年年底全地区农村公路要形成什么样的路网",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "规划预测到2025年阿里的高校毕业生大概有多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "2017、2018、2019三年"),
        ["142个"],
        "answered",
        "2017那一年给阿里毕业生提供了多少个就业援藏岗位",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762 公里"],
        "answered",
        "到2019年年底为止 阿里七个县的农村公路一共有多少公里",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年3月11日"),
        ["2019年3月11日"],
        "answered",
        "征求农村客运实施意见的函是2019年哪天发的",
    ),
    (
        "in_scope_year",
        quote(GE, "2017、2018、2019三年"),
        ["15人"],
        "answered",
        "2019那年通过就业援藏岗位真正就业的有几个人",
    ),
]


def build(t: Tune29Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
    add_look_alikes(t, YEAR_LOOK_ALIKES)
