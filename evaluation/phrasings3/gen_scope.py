"""Scope rows typed as people chat: another place, scheme or year as the subject (declined:
the gazette holds only Ngari's 2020 rules, nearest Ngari rule in `related`) and in-scope
look-alikes (Ngari's counties and towns, an Ngari enrolee treated elsewhere, old names of
the scheme, the year 2020 and the plans' own years)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    GENERAL,
    INPATIENT,
    PERIOD,
    RATE,
    ROAD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RD, RP, art, mi, quote
from evaluation.phrasings3.table import Heldout3Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("我在北京朝阳区交的居民医保 住院起付线多少啊", INPATIENT),
    ("天津的城乡居民医保今年交多少钱一个人", TIERS),
    ("保定新农合住院能报百分之几", INPATIENT),
    ("大同市居民医保门特都有啥病", SPECIAL),
    ("包头城乡居民医保一年封顶多少万", CAP),
    ("大连的居民医保两病门诊糖尿病能报多少", TWO),
    ("延边州居民医保几月份开始交", PERIOD),
    ("齐齐哈尔农村医保住院起付多少", INPATIENT),
    ("上海浦东居民医保小孩一年交多少", TIERS),
    ("苏州城乡居民医保普通门诊一年报多少", GENERAL),
    ("宁波居民医保在三级医院住院报几成", INPATIENT),
    ("芜湖新农合透析能报吗报多少", SPECIAL),
    ("泉州居民医保异地住院要备案吗", mi("第三十三条")),
    ("赣州城乡居民医保建档立卡户个人交多少", TIERS),
    ("青岛居民医保生孩子报多少钱", mi("第二十九条")),
    ("洛阳新农合一年最多报销几万", CAP),
    ("宜昌城乡居民医保床位费一天报多少", INPATIENT),
    ("株洲居民医保门诊特殊病报销比例", SPECIAL),
    ("东莞居民医保住院报销比例是多少 急", INPATIENT),
    ("桂林新农合二级医院起付线", INPATIENT),
    ("三亚城乡居民医保一年交多少", TIERS),
    ("重庆万州居民医保两病门诊怎么报", TWO),
    ("绵阳新农合门诊能报多少", GENERAL),
    ("遵义城乡居民医保大病保险最高赔多少", mi("第二十七条")),
    ("大理州居民医保住院报销多少", INPATIENT),
    ("宝鸡城乡居民医保缴费档次有几档", TIERS),
    ("甘肃天水的新农合住院给报几成", INPATIENT),
    ("海东市城乡居民医保门特有哪些", SPECIAL),
    ("吴忠居民医保老人要不要交钱", TIERS),
    ("和田地区居民医保住院起付线是多少", INPATIENT),
    ("伊犁居民医保在乌鲁木齐住院报多少", INPATIENT),
    ("日喀则聂拉木县的医保住院能报几成", INPATIENT),
    ("那曲班戈县居民医保一年交多少钱", TIERS),
    ("林芝米林的野外文物看管员一个月多少钱", WAGE),
    ("山南措美县的农村公路养护补贴一年多少", ROAD),
    ("昌都江达县城乡居民医保封顶线", CAP),
    ("拉萨当雄县新农合门特报几成", SPECIAL),
    ("日喀则萨迦寺的壁画让不让拍照", art(RP, "第三十七条")),
    ("尼泊尔那边看病有医保吗 多少钱", None),
    ("印度的公立医院看病收费吗", None),
]

OTHER_SCHEMES = [
    ("我在阿里上班交的职工医保 住院起付线多少", INPATIENT),
    ("阿里职工医保个人账户每个月打多少钱进来", None),
    ("事业单位职工医保退休后还要交吗", None),
    ("买了人保的百万医疗险 住院能赔多少", None),
    ("新生儿买什么商业保险好", None),
    ("城乡居民养老保险交15年每月能领多少", None),
    ("工伤认定要多长时间", None),
    ("灵活就业交职工医保一个月多少钱", None),
    ("生育津贴能领几个月的", mi("第二十九条")),
    ("失业了能领多少失业金", None),
    ("农村合作社的医疗互助基金怎么报", None),
    ("公积金能提出来交医保吗", None),
    ("在阿里机关上班 职工医保一年封顶报多少", CAP),
]

OTHER_YEARS = [
    ("2017年阿里农牧区医疗一个人交多少", TIERS),
    ("2019年阿里居民医保门特报销比例", SPECIAL),
    ("2021年阿里医保三级医院起付线涨了没", INPATIENT),
    ("2022年阿里城乡居民医保个人缴多少", TIERS),
    ("2023年阿里医保普通门诊一年报多少", GENERAL),
    ("2024年阿里两病门诊糖尿病限额多少", TWO),
    ("2025年阿里居民医保住院报销比例有变化没", INPATIENT),
    ("2026年的阿里医保缴费期是什么时候", PERIOD),
    ("2015年阿里新农合封顶线多少", CAP),
    ("2023年阿里野外文物看管员工资多少", WAGE),
    ("2022年阿里各县四好农村路养护补贴是多少", ROAD),
    ("阿里大学生2018年那届就业率到底有多高", RATE),
]

# (category, gold, terms, status, question): answerable although a place, old name or year appears
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["90%"], "answered", "噶尔县的 交250 在县医院二级住院报几成"),
    (
        "in_scope_place",
        TIERS,
        ["60", "120", "250"],
        ["answered", "calculated"],
        "日土县热帮乡的牧民 医保有几个档次",
    ),
    ("in_scope_place", CAP, ["6万"], "answered", "普兰县参保的 一年最多能报多少"),
    ("in_scope_place", SPECIAL, ["癫痫"], "answered", "札达县萨让乡的娃有癫痫 能办门特吗"),
    ("in_scope_place", WAGE, ["1400"], "answered", "措勤县自治区级文保单位看管员每月多少钱"),
    ("in_scope_place", PERIOD, ["10月1日"], "answered", "改则县的老百姓什么时候交下一年医保"),
    ("in_scope_place", mi("第七条"), ["户口簿"], "answered", "革吉县亚热乡给孩子登记参保带什么"),
    ("in_scope_place", INPATIENT, ["10%"], "answered", "阿里参保的在日喀则住院报销比例低多少"),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "我是普兰县参保的 在上海住院要备案吗",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "札达县的人在西安住院 钱是先自己垫吗",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县459人"),
        ["235"],
        "answered",
        "普兰县安排了多少个生态补偿公路养护岗位",
    ),
    (
        "in_scope_place",
        quote(RD, "现有农村客运线路4条"),
        ["托林镇-香孜乡"],
        "answered",
        "札达托林镇有没有通农村客运班线",
    ),
    (
        "in_scope_place",
        quote(RD, "底雅乡、萨让乡"),
        ["萨让乡"],
        "answered",
        "札达那边哪些乡镇到现在还是土路 没硬化",
    ),
    ("scheme_alias", INPATIENT, ["200"], "answered", "咱们阿里的新农合 在一级医院住院起付线多少"),
    ("scheme_alias", CAP, ["6万"], "answered", "农牧区医疗一年最多报几万"),
    (
        "scheme_alias",
        TIERS,
        ["60", "120", "250"],
        ["answered", "calculated"],
        "阿里的合作医疗现在一年交几档",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["整合"],
        "answered",
        "农牧区医疗制度现在还有吗 是不是改成居民医保了",
    ),
    ("scheme_alias", SPECIAL, ["不设起付线"], "answered", "阿里新农合门特有没有起付线"),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里这个居民医保办法2020年哪天开始执行",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630"],
        "answered",
        "2023年阿里高校毕业生预计多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "answered",
        "2022届阿里大学毕业生大概有多少",
    ),
    (
        "in_scope_year",
        quote(GE, "142个"),
        ["142", "27人"],
        "answered",
        "2017年提供了多少个就业援藏岗位 就业了几个",
    ),
    (
        "in_scope_year",
        quote(RD, "投资 3000 万元的村道生命安全防护工程"),
        ["3000"],
        "answered",
        "2020年阿里村道生命安全防护工程投资多少万",
    ),
    (
        "in_scope_year",
        quote(RD, "摸底准备阶段"),
        ["3月1日", "4月14日"],
        "answered",
        "2020年四好农村路摸底准备阶段是几号到几号",
    ),
    (
        "in_scope_year",
        quote(HP, "1465.03万元"),
        ["1465.03"],
        "answered",
        "2020年创三甲要配的医疗设备资金是多少万",
    ),
    ("in_scope_year", CAP, ["6万"], "answered", "2020年阿里城乡居民医保一年封顶多少"),
    (
        "in_scope_year",
        quote(RD, "10366.762"),
        ["2556.746"],
        "answered",
        "截至2019年底阿里县道有多少公里",
    ),
]


def build(t: Heldout3Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
