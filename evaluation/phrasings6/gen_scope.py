"""Scope rows typed as people chat: another place, scheme or year as the subject (declined:
the gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and in-scope
look-alikes that must be answered (Ngari's counties, towns and monasteries as home, an Ngari
enrolee treated elsewhere, the scheme's old names, 2020 and the years the plans name)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    GENERAL,
    INPATIENT,
    PERIOD,
    ROAD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, art, mi, quote
from evaluation.phrasings6.table import Tune6Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("我在重庆 居民医保住院起付线多少钱啊", INPATIENT),
    ("天津城乡居民医保一年交几百", TIERS),
    ("上海居民医保门诊大病有哪些", SPECIAL),
    ("北京一老一小医保封顶多少", CAP),
    ("深圳少儿医保住院报几成", INPATIENT),
    ("苏州居民医保高血压门诊怎么报", TWO),
    ("青岛城乡居民医保啥时候开始缴费", PERIOD),
    ("厦门居民医保在社区看门诊报多少", GENERAL),
    ("大连新农合断缴了怎么补", PERIOD),
    ("宁波居民医保生孩子报销多少钱", mi("第二十九条")),
    ("喀什的新农合去外地住院要备案吗", mi("第三十三条")),
    ("和田居民医保建档立卡户多报几个点", mi("第二十九条")),
    ("拉萨城关区居民医保一年交多少", TIERS),
    ("日喀则萨嘎县住院报销比例多少", INPATIENT),
    ("那曲班戈县看管野外文物的工资多少", WAGE),
    ("山南错那县四好农村路养护补贴多少", ROAD),
    ("昌都八宿县居民医保门特病种", SPECIAL),
    ("林芝米林县新农合封顶线", CAP),
    ("阿坝州居民医保住院起付线", INPATIENT),
    ("果洛州的老人参保还交钱吗", TIERS),
    ("海西州城乡居民医保两病报销限额", TWO),
    ("澳门看病要花多少钱", None),
    ("尼泊尔的医院看病贵吗", None),
    ("印度列城那边有医保吗", None),
    ("新疆和田地区文物保护单位能拍照吗", art(RP, "第三十七条")),
    ("敦煌莫高窟壁画能拓印吗", art(RP, "第三十八条")),
    ("日喀则市的大学生就业有啥岗位", None),
    ("拉萨市人民医院评上三甲没有", None),
]

OTHER_SCHEMES = [
    ("我在单位上班交职工医保 门诊特殊病报几成", SPECIAL),
    ("城镇职工医保退休后还要交吗", None),
    ("军人转业后医保怎么接续", None),
    ("人寿的意外险骨折能赔多少", None),
    ("农村养老保险一年交多少档", None),
    ("生育保险能领多少生育津贴", None),
    ("长期护理保险怎么申请", None),
]

OTHER_YEARS = [
    ("17年那会儿阿里农牧区医疗住院能报百分之几", INPATIENT),
    ("阿里2022年的医保缴费档次是多少", TIERS),
    ("2024年阿里居民医保门特还是不设起付线吗", SPECIAL),
    ("2026年阿里普通门诊一年能报多少", GENERAL),
    ("今年是2023年 阿里两病门诊限额变了没", TWO),
    ("2028年的野外文物看管员工资标准", WAGE),
]

# (category, gold (or golds), terms, status, question): answerable although a place,
# an old name or a year appears
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "普兰县科迦寺附近的牧民 交250 在乡卫生院住院报几成",
    ),
    ("in_scope_place", SPECIAL, ["大骨节病"], "answered", "札达县的老人大骨节病 能办门特吗"),
    ("in_scope_place", mi("第十一条"), ["寺管会"], "answered", "托林寺的在编僧人参保谁去办"),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "我是改则的 在西宁打工住院了 要不要备案",
    ),
    ("in_scope_place", INPATIENT, ["10%"], "answered", "噶尔县户口 在乌鲁木齐住院报销会少吗"),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["费用清单"],
        "answered",
        "日土县参保 在北京住院回来报账要啥材料",
    ),
    (
        "in_scope_place",
        quote(RD, "丁则村、阿汝村"),
        ["丁则村", "阿汝村"],
        "answered",
        "日土县哪两个村还没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰县235人"),
        ["235"],
        "answered",
        "普兰县生态补偿养护岗位多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "札达县底雅乡、萨让乡"),
        ["底雅乡", "萨让乡"],
        "answered",
        "札达哪两个乡还没通硬化路",
    ),
    (
        "in_scope_place",
        art(RC, "第五条"),
        ["就近区域"],
        "answered",
        "古格王朝遗址的看管员要从哪里选人",
    ),
    ("scheme_alias", INPATIENT, ["400"], "answered", "阿里新农合去地区医院住院起付多少"),
    ("scheme_alias", SPECIAL, ["30种"], "answered", "农牧区医疗的门诊特殊病一共多少种"),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["30万"],
        "answered",
        "阿里的农牧民大额补充医疗保险一年最多赔多少",
    ),
    ("scheme_alias", CAP, ["6万"], "answered", "合作医疗现在一年最多给报几万"),
    ("in_scope_year", PERIOD, ["10月1日"], "answered", "2020年阿里居民医保啥时候交下一年的钱"),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630"],
        "answered",
        "到2023年阿里会有多少应届大学毕业生",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["225"],
        "answered",
        "就业援藏岗位在2019那一年给了几个",
    ),
    (
        "in_scope_year",
        quote(HP, "初次评审、正式评审、巩固提升 7 个阶段"),
        ["7个阶段"],
        "answered",
        "2020年地区医院创三甲一共分几个阶段",
    ),
    (
        "in_scope_year",
        quote(RD, "投资 2350 万元"),
        ["2350"],
        "answered",
        "2020年底油返砂工程投资多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "answered",
        "2022年阿里要毕业的大学生有多少",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里居民医保办法2020年几号开始执行",
    ),
]


def build(t: Tune6Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
