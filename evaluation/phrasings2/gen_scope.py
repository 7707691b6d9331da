"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules) and their in-scope look-alikes (Ngari's counties and towns, an Ngari
enrolee treated elsewhere, the old names of the scheme, the year 2020 and the plans' years)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import CAP, INPATIENT, SPECIAL, TIERS, WAGE
from evaluation.phrasings.rows import GE, HP, RD, RP, art, mi, quote
from evaluation.phrasings2.table import HeldoutTable

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("北京居民医保每人每年缴费标准是多少", TIERS),
    ("天津滨海新区居民医保住院起付线多少", INPATIENT),
    ("河北石家庄新农合住院报销比例是多少", INPATIENT),
    ("山西太原的居民医保门诊特殊病有哪些", SPECIAL),
    ("内蒙古呼和浩特城乡居民医保年度最高支付限额", CAP),
    ("辽宁沈阳城乡居民医保二级医院报几成", INPATIENT),
    ("吉林长春居民医保缴费时间是什么时候", mi("第八条")),
    ("黑龙江哈尔滨医保三级医院起付线", INPATIENT),
    ("上海居民医保普通门诊能报多少", mi("第二十六条")),
    ("江苏南京城乡居民医保个人缴多少钱", TIERS),
    ("浙江杭州的大病保险最高赔多少", mi("第二十七条")),
    ("安徽合肥农村医保住院报销比例", INPATIENT),
    ("福建厦门城乡居民医保怎么参保", mi("第九条")),
    ("江西南昌的低保人员交医保个人出钱吗", TIERS),
    ("山东济南新农合生孩子能报多少", mi("第二十九条")),
    ("河南郑州的居民医保两病门诊限额多少", mi("第二十五条")),
    ("湖北武汉居民医保外地就医报销比例降多少", INPATIENT),
    ("湖南长沙城乡居民医保床位费标准", INPATIENT),
    ("广东深圳少儿医保一年交多少", TIERS),
    ("广西南宁新农合住院起付线是多少", INPATIENT),
    ("海南海口城乡居民医保门特报销比例", SPECIAL),
    ("重庆城乡居民合作医疗保险住院报多少", INPATIENT),
    ("四川成都市城乡居民医保缴费档次有哪些", TIERS),
    ("贵州贵阳医保一年最多报销多少钱", CAP),
    ("云南昆明居民医保透析能报多少", SPECIAL),
    ("陕西西安城乡居民医保三级医院报销比例", INPATIENT),
    ("甘肃兰州的新农合一年交多少钱", TIERS),
    ("青海西宁居民医保住院起付标准", INPATIENT),
    ("宁夏银川城乡居民医保大病保险怎么赔", mi("第二十七条")),
    ("新疆喀什地区居民医保报销比例多少", INPATIENT),
    ("香港的公立医院看病要多少钱", None),
    ("澳门居民看病有医保吗", None),
    ("台湾健保一个月交多少", None),
    ("拉萨市城乡居民医保二级医院住院报多少", INPATIENT),
    ("日喀则市的野外文物看管员一个月多少工资", WAGE),
    ("山南市居民医保一年最高报多少", CAP),
    ("林芝市城乡居民医保门诊特殊病有几种", SPECIAL),
    ("昌都市新农合怎么交费", TIERS),
    ("那曲市的农村公路养护补贴每县多少", quote(RD, "100万元/年")),
    ("日喀则仲巴县居民医保住院门槛费是多少", INPATIENT),
    ("日喀则定日县的文物保护单位由谁管", art(RP, "第五条")),
    ("那曲尼玛县的高校毕业生就业率目标多少", quote(GE, "就业率保持在90%以上")),
    ("拉萨市人民医院是不是三甲", None),
]

OTHER_SCHEMES = [
    ("阿里地区职工医保住院报销比例是多少", INPATIENT),
    ("城镇职工基本医疗保险个人账户每月划多少", None),
    ("我买的平安e生保住院能赔多少", None),
    ("商业重疾险和居民医保能一起报吗", None),
    ("公务员医疗补助报销比例多少", None),
    ("生育保险的生育津贴怎么算", mi("第二十九条")),
    ("工伤保险伤残等级怎么评", None),
    ("城乡居民养老保险一年交多少钱", None),
    ("失业保险金每个月能领多少", None),
    ("住房公积金贷款利率是多少", None),
    ("长期护理保险每月能领多少护理费", None),
    ("灵活就业人员职工医保怎么交", None),
    ("阿里的职工医保一年最高支付多少", CAP),
    ("惠民保一年多少钱，能报什么", None),
    ("学平险住院能赔多少", None),
]

OTHER_YEARS = [
    ("2018年阿里城乡居民医保个人缴费档次", TIERS),
    ("2019年阿里医保住院起付线多少", INPATIENT),
    ("2021年阿里居民医保缴费标准是多少", TIERS),
    ("2022年阿里地区医保报销比例有没有调整", INPATIENT),
    ("2023年阿里医保一年要交多少钱", TIERS),
    ("2024年阿里大病保险最高赔付多少", mi("第二十七条")),
    ("2025年阿里的门诊特殊病有哪些", SPECIAL),
    ("今年（2024年）阿里的野外文物看管员工资涨了吗", WAGE),
    ("2016年阿里农牧区医疗制度报销比例是多少", INPATIENT),
    ("2021年阿里四好农村路养护补贴每县多少", quote(RD, "100万元/年")),
    ("去年也就是2019年，阿里大学生毕业后有百分之多少找到了工作", quote(GE, "就业率保持在90%以上")),
    ("2026年阿里城乡居民医保年度最高支付限额", CAP),
]

# (category, gold, terms, status, question): answerable although a place, an old name or a year appears
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "噶尔县狮泉河镇的居民交250档，在乡卫生院住院报几成",
    ),
    (
        "in_scope_place",
        TIERS,
        ["60", "120", "250"],
        ["answered", "calculated"],
        "普兰县巴嘎乡的牧民参保一年交多少钱",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["400"],
        "answered",
        "日土县的人在地区人民医院（三级）住院起付线多少",
    ),
    ("in_scope_place", SPECIAL, ["冠心病"], "answered", "札达县托林镇冠心病患者门诊能按特殊病报吗"),
    ("in_scope_place", WAGE, ["1200"], "answered", "革吉县县级文保单位的看管员每月工资多少"),
    ("in_scope_place", CAP, ["6万"], "answered", "改则县参保群众医保一年最多报多少"),
    ("in_scope_place", mi("第八条"), ["10月1日"], "answered", "措勤县老百姓每年几月开始交医保"),
    (
        "in_scope_place",
        quote(RD, "底雅乡、萨让乡"),
        ["底雅乡"],
        "answered",
        "札达县哪两个乡镇还没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "多玛乡、东汝乡"),
        ["多玛乡", "东汝乡"],
        "answered",
        "日土县哪两个乡镇要先开通农村客运",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县459人"),
        ["459"],
        "answered",
        "革吉县2020年计划安排多少个生态补偿农村公路养护岗位",
    ),
    ("in_scope_place", INPATIENT, ["10%"], "answered", "阿里参保的人在拉萨住院，报销比例有变化吗"),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "我是噶尔县参保的，在成都打工时住院了，要备案吗",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "阿里户口在北京住院了，费用怎么结算",
    ),
    ("in_scope_place", INPATIENT, ["10%"], "answered", "在新疆叶城住院的阿里参保人报销打不打折"),
    (
        "in_scope_place",
        mi("第七条"),
        ["户口簿"],
        "answered",
        "我在昆莎乡，想给孩子办参保登记，要带什么",
    ),
    ("scheme_alias", INPATIENT, ["100"], "answered", "阿里新农合在乡卫生院住院起付线多少"),
    (
        "scheme_alias",
        TIERS,
        ["60", "120", "250"],
        ["answered", "calculated"],
        "农村合作医疗现在每人交多少",
    ),
    ("scheme_alias", SPECIAL, ["30种"], "answered", "农牧区医疗的门诊特殊病还保留吗，有多少种"),
    ("scheme_alias", CAP, ["6万"], "answered", "合作医疗一年封顶报销多少"),
    ("scheme_alias", INPATIENT, ["85%"], "answered", "新农合交250的在三级医院能报多少比例"),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "农牧区医疗和城镇居民医保现在合并了吗",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "2020年阿里城乡居民医保办法什么时候开始实行",
    ),
    ("in_scope_year", CAP, ["6万"], "answered", "2020年阿里居民医保年度最高支付限额是多少"),
    (
        "in_scope_year",
        quote(GE, "2024年640人左右"),
        ["640"],
        "answered",
        "预计2024年阿里高校毕业生有多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "2021年580人"),
        ["580"],
        "answered",
        "规划里预测阿里2021届大学毕业生有多少",
    ),
    (
        "in_scope_year",
        quote(HP, "争取用8个月时间"),
        ["8个月"],
        "answered",
        "2020年创三甲打算用几个月实现初审",
    ),
    (
        "in_scope_year",
        quote(GE, "115个"),
        ["115", "0人"],
        "answered",
        "2018年就业援藏岗位提供了多少个，实际就业几人",
    ),
    (
        "in_scope_year",
        quote(RD, "2020年8月1日至2020年12月31日"),
        ["8月1日"],
        "answered",
        "2020年四好农村路的总结推广阶段从几号开始",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "到2025年阿里毕业生人数预计多少",
    ),
]


def build(t: HeldoutTable) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
