"""Scope rows typed as people chat: another place, scheme or year as the subject (declined: the
gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and look-alikes
that must be answered (Ngari's own counties, towns and sites, an Ngari enrolee treated
elsewhere, the scheme's old names, and the years the documents themselves name)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes, with_status
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    PERIOD,
    ROAD,
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RD, RP, art, mi, quote
from evaluation.phrasings9.table import Tune9Table

PHOTO = art(RP, "第三十七条")

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("南京的城乡居民医保 住院起付线多少钱", INPATIENT),
    ("我在合肥 居民医保一年交多少", TIERS),
    ("贵阳居民医保门特病种有哪些", SPECIAL),
    ("哈尔滨居民医保封顶线是多少", CAP),
    ("昆明的两病门诊报销限额多少", TWO),
    ("呼和浩特普通门诊统筹一年报多少", GENERAL),
    ("兰州城乡居民医保啥时候交费", PERIOD),
    ("海口居民医保生孩子能全报吗", mi("第二十九条")),
    ("日喀则仲巴县居民医保住院报几成", INPATIENT),
    ("那曲双湖县的看管员一个月多少钱", WAGE),
    ("山南浪卡子县农村公路养护每年补多少", ROAD),
    ("拉萨墨竹工卡县的老人交医保要钱吗", TIERS),
    ("林芝米林县门特怎么报", SPECIAL),
    ("昌都八宿县寺庙里的文物能拍照吗", PHOTO),
    ("台湾的健保看病怎么报", None),
    ("澳门看病要不要钱", None),
    ("新疆和田居民医保住院起付线", INPATIENT),
    ("四川阿坝州参保居民一年封顶多少", CAP),
    ("云南迪庆香格里拉的居民医保怎么交", TIERS),
    ("印度达兰萨拉的寺庙文物归谁管", None),
    ("青海果洛州的野外文物看管员工资", WAGE),
]

OTHER_SCHEMES = [
    ("城镇职工医保退休了住院报多少", INPATIENT),
    ("新农保养老金一个月能领多少钱", None),
    ("单位生育保险产假津贴按啥标准发", None),
    ("长期护理险能报护工费吗", EXCLUDED),
    ("车险的医疗费用能报多少", None),
    ("相互宝现在还能加入吗", None),
    ("当老师的公费医疗住院能报几成", INPATIENT),
    ("企业补充医疗保险怎么报", None),
    ("养老保险交满15年一个月领多少", None),
]

OTHER_YEARS = [
    ("2017年阿里农牧区医疗住院报多少", INPATIENT),
    ("2022年阿里参保 个人有几个档可以选", TIERS),
    ("阿里2026年门诊特殊病怎么报", SPECIAL),
    ("2015年阿里看管员工资多少", WAGE),
    ("2023年的时候阿里普通门诊统筹封顶多少", GENERAL),
    ("阿里去年2019的大病保险最高赔多少", SERIOUS),
    ("2028年阿里农村公路养护补贴标准", ROAD),
    ("阿里2030年的医保缴费期", PERIOD),
    ("前年2018的阿里两病门诊限额", TWO),
]

# (category, gold, terms, question): answerable although a place, old name or year appears
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["10%"], "噶尔县的 在兰州住院 阿里这边报销少几个点"),
    ("in_scope_place", mi("第三十三条"), ["5日"], "札达县参保的 去北京住院 要不要先备案"),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["住院发票原件"],
        "改则县牧民 在西宁住院自己垫钱了 回来报销带啥",
    ),
    ("in_scope_place", mi("第七条"), ["户籍所在地"], "狮泉河镇居民参保 去哪里登记"),
    ("in_scope_place", PHOTO, ["不得拍摄"], "古格王国遗址在札达 能进去拍壁画吗"),
    ("in_scope_place", art(RP, "第二十一条"), ["保护现场"], "普兰科迦村挖地基挖出铜器咋办"),
    (
        "in_scope_place",
        quote(RD, "其他县稳步推进争取9月份之前全面开通农村客运班车"),
        ["9月份"],
        "措勤县的乡村啥时候能通客运班车",
    ),
    ("in_scope_place", quote(RD, "革吉县459人"), ["459"], "革吉县生态补偿养护员安排了多少人"),
    ("scheme_alias", SPECIAL, ["全部保留合并"], "以前农牧区医疗的门特 现在还有吗"),
    (
        "scheme_alias",
        mi("第二条"),
        ["城乡居民基本医疗保险制度"],
        "阿里的城镇居民医保和新农合合并了没",
    ),
    ("scheme_alias", GENERAL, ["用完为止"], "新农合的家庭账户取消了吗 里面剩的钱咋办"),
    ("scheme_alias", INPATIENT, ["20元"], "合作医疗住乡卫生院 床位费一天按多少报"),
    ("in_scope_year", CAP, ["6万"], "2020年起阿里医保住院一年最高报多少"),
    (
        "in_scope_year",
        quote(HP, "争取2021年底前挂牌"),
        ["2021年底"],
        "三甲牌子地区医院计划哪年挂上 2021年吗",
    ),
    (
        "in_scope_year",
        quote(GE, "力争培育5家以上"),
        ["5家"],
        "2025年以前 规划要扶起来几家人力资源服务的骨干企业",
    ),
    ("in_scope_year", quote(GE, "2024年640人左右"), ["640"], "阿里2024届大学毕业生估计有多少"),
    ("in_scope_year", quote(RD, "日土县 237 人"), ["237"], "2020年日土县的生态补偿养护员有几个"),
    (
        "in_scope_year",
        quote(RD, "县道 2556.746 公里"),
        ["2556.746"],
        "2019年底统计的阿里县道里程是多少",
    ),
]


def build(t: Tune9Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, with_status(LOOK_ALIKES, "answered"))
