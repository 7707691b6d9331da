"""Scope rows typed as people chat: another place, scheme or year as the subject (declined:
the gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and in-scope
look-alikes (Ngari's counties, towns and villages as home, an Ngari enrolee treated, working or
at school in another province, the scheme's old names, the year 2020 and the years the plans
themselves name)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    GRADUATES,
    INPATIENT,
    MATERNITY,
    PERIOD,
    ROAD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RD, mi, quote
from evaluation.phrasings10.table import Heldout10Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("哈尔滨的城乡居民医保住院先扣多少起付", INPATIENT),
    ("长春居民医保每年个人缴费标准多少", TIERS),
    ("石家庄居民医保一年最多报到几万", CAP),
    ("太原城乡居民门诊慢特病报销比例", SPECIAL),
    ("合肥居民医保普通门诊起付多少", GENERAL),
    ("江西南昌居民医保顺产报销标准", MATERNITY),
    ("长沙的居民医保在三级医院报几成", INPATIENT),
    ("武汉居民医保高血压门诊一年给多少", TWO),
    ("郑州新农合转外地住院要不要备案", mi("第三十三条")),
    ("济南居民医保缴费时间是几月", PERIOD),
    ("杭州城乡居民医保镶牙报吗", EXCLUDED),
    ("南宁居民医保住院床位费一天报多少", INPATIENT),
    ("贵阳城乡居民医保交了啥时候生效", PERIOD),
    ("昆明参保的尿毒症透析门诊报几成", SPECIAL),
    ("西宁城乡居民医保60岁老人还交不交", TIERS),
    ("银川新农合一年封顶多少", CAP),
    ("兰州居民医保乡镇卫生院住院报几成", INPATIENT),
    ("呼和浩特居民医保糖尿病门诊限额", TWO),
    ("阿克苏城乡居民医保一档交多少钱", TIERS),
    ("成都居民医保二级医院起付线是几百", INPATIENT),
    ("北京城乡居民医保普通门诊报销比例", GENERAL),
    ("上海居民医保住院一次要自付多少", INPATIENT),
    ("天津城乡居民医保断了能补交吗", PERIOD),
    ("香港那边住院要花多少钱", None),
    ("台湾健保看病贵不贵", None),
    ("不丹看病是不是免费的", None),
    ("林芝市城乡居民医保住院报销比例是多少", INPATIENT),
    ("昌都的新农合一年交几块钱", TIERS),
    ("那曲双湖县居民医保门特都有啥病", SPECIAL),
    ("日喀则仲巴县城乡居民医保住院封顶多少", CAP),
    ("山南错那的居民医保普通门诊能报多少", GENERAL),
    ("拉萨市居民医保建档立卡的能多报几个点", mi("第二十九条")),
    ("甘孜州城乡居民医保生孩子全报吗", MATERNITY),
    ("玉树州居民医保县医院住院起付多少", INPATIENT),
    ("海西州的城乡医保一年交多少钱", TIERS),
    ("日喀则的野外文物看管员工资每个月多少", WAGE),
    ("那曲地区四好农村路每个县给多少养护补助", ROAD),
    ("林芝的大学毕业生今年有多少人", GRADUATES),
]

OTHER_SCHEMES = [
    ("公务员医疗补助住院能补多少", None),
    ("在公司上班交的职工医保 个人账户每月进多少", None),
    ("被裁员了 失业金每月发几多", None),
    ("工伤保险认定要多久", None),
    ("农村养老保险交15年每月能领多少", None),
    ("惠民保一年交多少 能赔多少", None),
    ("医疗责任险 医院赔偿标准是多少", None),
    ("异地退休人员的职工医保待遇怎么领", None),
    ("事业单位职工医保住院报几成", INPATIENT),
    ("买了商业重疾险 确诊癌症赔多少", None),
    ("产假期间单位的生育津贴怎么算", MATERNITY),
    ("城镇职工医保的门慢门特病种清单", SPECIAL),
]

OTHER_YEARS = [
    ("2016那年阿里农牧民住院报销标准是啥", INPATIENT),
    ("2018年阿里城镇居民医保一年交几块钱", TIERS),
    ("2019年阿里合作医疗封顶线多少", CAP),
    ("2021年阿里居民医保缴费档次变没变", TIERS),
    ("2022年阿里普通门诊起付线还是100吗", GENERAL),
    ("2023年阿里城乡居民医保门特病种加了哪些", SPECIAL),
    ("2024年阿里高血压两病门诊限额多少", TWO),
    ("2025年阿里居民医保几月份开始交", PERIOD),
    ("2027年阿里三级医院住院报几成", INPATIENT),
    ("2029年阿里野外文物看管员工资涨了没", WAGE),
    ("2021年阿里四好农村路地区财政养护补贴多少", quote(RD, "350万元/年")),
    ("2026年阿里高校毕业生就业率目标定多少", quote(GE, "力争阿里高校毕业生就业率保持在90%以上")),
]


# (category, gold (or golds, any of which is right), terms, status, question)
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["85%"],
        "answered",
        "札达县托林镇的 交250 去地区医院三级住院报几成",
    ),
    ("in_scope_place", SPECIAL, ["60%"], "answered", "措勤县曲洛乡的 交60档门特报多少比例"),
    ("in_scope_place", TIERS, ["60"], BOTH, "普兰县巴嘎乡的阿妈今年61 还要交医保吗"),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "日土县的小伙在广州打工住院了 备案有时间限制吗",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "改则县参保 在重庆住院 钱是不是得先自己垫",
    ),
    ("in_scope_place", INPATIENT, ["10%"], "answered", "革吉县参保的去日喀则住院 报销少几个点"),
    (
        "in_scope_place",
        mi("第六条"),
        ["户籍所在地"],
        "answered",
        "噶尔县的娃在西藏民族大学读书 医保在哪参",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户籍所在地"],
        "answered",
        "住昆莎乡的牧民第一次参保去哪申请登记",
    ),
    (
        "in_scope_place",
        quote(RD, "丁则村、阿汝村"),
        ["丁则村"],
        "answered",
        "日土县还有哪几个村没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "札达县底雅乡、萨让乡"),
        ["底雅乡", "萨让乡"],
        "answered",
        "札达还有哪两个乡镇路没硬化",
    ),
    (
        "in_scope_place",
        quote(RD, "托林镇-香孜乡"),
        ["托林镇-香孜乡"],
        "answered",
        "札达托林镇有到哪个乡的农村客运线",
    ),
    (
        "in_scope_place",
        quote(RD, "措勤县132人"),
        ["132"],
        "answered",
        "措勤县生态补偿养护员安排了多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "改则县358人"),
        ["358"],
        "answered",
        "改则县的生态补偿公路养护岗位有几个",
    ),
    ("scheme_alias", INPATIENT, ["100元"], "answered", "农牧区医疗在乡卫生院住院起付多少"),
    ("scheme_alias", SPECIAL, ["30种"], "answered", "新农合的门诊特殊病现在还保留吗 有多少种"),
    ("scheme_alias", TIERS, ["60", "120", "250"], BOTH, "城乡医保现在分几个档交钱"),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["农牧区医疗制度基金"],
        "answered",
        "原来农牧区医疗的基金现在合到哪去了",
    ),
    ("scheme_alias", mi("第二条"), ["城乡居民大病保险"], "answered", "整合以后大病保险也统一了吗"),
    (
        "in_scope_year",
        quote(GE, "2021年580人"),
        ["580"],
        "answered",
        "2021年阿里会有多少高校毕业生",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "到2025年阿里每年毕业生大概多少",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["115", "0人"],
        "answered",
        "2018年就业援藏岗位有几个 实际去了几个人",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762"],
        "answered",
        "到2019年底阿里农村公路总里程是多少",
    ),
    (
        "in_scope_year",
        quote(HP, "争取2021年底前挂牌"),
        ["2021年底前挂牌"],
        "answered",
        "地区医院2021年年底前能挂上三甲的牌子吗",
    ),
    (
        "in_scope_year",
        quote(HP, "争取用 8 个月时间，地区人民医院实现三级甲等综合医院初审"),
        ["初审"],
        "answered",
        "创三甲从2020年3月干到10月 要达到啥目标",
    ),
    ("in_scope_year", INPATIENT, ["75%"], "answered", "2020年阿里交120的在二级医院住院报多少比例"),
    ("in_scope_year", PERIOD, ["1月1日"], "answered", "2020年底交的医保 2021年啥时候开始能用"),
    (
        "in_scope_year",
        quote(RD, "2020年4月10日-2020年4月30日"),
        ["前期准备工作"],
        "answered",
        "2020年4月农村客运推进在干啥",
    ),
]


def build(t: Heldout10Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
