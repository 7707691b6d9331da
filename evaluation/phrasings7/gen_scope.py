"""Scope rows typed as people chat: another place, scheme or year as the subject (declined:
the gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and in-scope
look-alikes (Ngari's counties, towns and villages as home, an Ngari enrolee treated or at
school in another province, the scheme's old names, the year 2020 and the years the plans
themselves name)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.places import (
    CAP,
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
from evaluation.phrasings.rows import GE, RD, mi, quote
from evaluation.phrasings7.table import Heldout7Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("大连那边城乡居民住院 起付标准定的多少钱", INPATIENT),
    ("青岛居民医保一年交多少钱 学生呢", TIERS),
    ("苏州城乡居民医保门特能报几成", SPECIAL),
    ("厦门居民医保年度封顶多少万", CAP),
    ("深圳少儿医保住院报销多少", INPATIENT),
    ("东莞居民医保普通门诊一年能报多少", GENERAL),
    ("珠海城乡居民医保生孩子报不报", MATERNITY),
    ("桂林新农合去外地住院要备案吗", mi("第三十三条")),
    ("三亚居民医保糖尿病门诊限额多少", TWO),
    ("重庆城乡居民医保一档二档差在哪", TIERS),
    ("宜宾新农合乡镇卫生院住院报多少", INPATIENT),
    ("绵阳居民医保每年什么时候缴费", PERIOD),
    ("遵义城乡居民医保二级医院起付线多少钱", INPATIENT),
    ("大理州居民医保门特有哪些病种", SPECIAL),
    ("丽江新农合一年最多报多少", CAP),
    ("延安城乡居民医保老年人交不交钱", TIERS),
    ("天水居民医保三级医院报销比例多少", INPATIENT),
    ("格尔木居民医保普通门诊怎么报", GENERAL),
    ("喀什地区城乡居民医保住院能报几成", INPATIENT),
    ("和田新农合一年交几块钱", TIERS),
    ("伊犁州居民医保两病门诊高血压能报多少", TWO),
    ("包头城乡居民医保断缴了怎么补", PERIOD),
    ("鄂尔多斯居民医保封顶线多少", CAP),
    ("保定新农合三级医院起付多少钱", INPATIENT),
    ("洛阳城乡居民医保门诊透析报几成", SPECIAL),
    ("温州人住院 居民医保的床位费每天给多少", INPATIENT),
    ("澳门看病要不要钱 有没有医保", None),
    ("尼泊尔加德满都住院贵不贵", None),
    ("印度那边看病一般花多少钱", None),
    ("日喀则萨嘎县城乡居民医保住院报几成", INPATIENT),
    ("日喀则吉隆县的医保每年交多少", TIERS),
    ("那曲申扎县新农合门特有哪些病", SPECIAL),
    ("拉萨堆龙德庆区居民医保封顶是多少", CAP),
    ("阿坝州城乡居民医保住院起付线", INPATIENT),
    ("果洛州新农合老人要交钱吗", TIERS),
    ("黄南州居民医保两病门诊怎么报", TWO),
    ("日喀则那边守野外文物的 每月给看守发多少", WAGE),
    ("山南的四好农村路每个县养护补贴多少", ROAD),
]

OTHER_SCHEMES = [
    ("灵活就业人员的职工医保一年交多少", None),
    ("单位给交的生育保险 生孩子能报多少", MATERNITY),
    ("住房公积金能取出来看病吗", None),
    ("城镇职工养老保险交满15年每月领多少", None),
    ("长期护理保险一个月给多少钱", None),
    ("工会的职工医疗互助 住院怎么补", None),
    ("车险里的医疗费用险能赔多少", None),
    ("学校给买的意外险 骨折能赔多少", None),
    ("残疾人两项补贴每个月多少钱", None),
    ("80岁以上高龄补贴一年发多少", None),
    ("职工医保退休以后还要继续交吗", None),
    ("在阿里当老师 职工医保门诊特殊病报几成", SPECIAL),
]

OTHER_YEARS = [
    ("2017年那会阿里农牧区医疗每人缴费几块", TIERS),
    ("2015年阿里住院报销比例是多少", INPATIENT),
    ("2022年阿里居民医保个人缴费档次涨了没", TIERS),
    ("2024年阿里门特报销比例还是90%吗", SPECIAL),
    ("2026年阿里医保封顶线会调到多少", CAP),
    ("2021年阿里普通门诊一年最多报多少", GENERAL),
    ("2023年阿里两病门诊糖尿病限额调了吗", TWO),
    ("2028年阿里城乡居民医保缴费期几月开始", PERIOD),
    ("2022年阿里县级野外文物看管员一个月多少钱", WAGE),
    ("2024年阿里四好农村路养护补贴还是每县100万吗", ROAD),
    ("2019年阿里大病保险最高赔多少", mi("第二十七条")),
    ("2030年阿里高校毕业生预计多少人", GRADUATES),
]


# (category, gold (or golds, any of which is right), terms, status, question)
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "普兰县霍尔乡的牧民 交250 在乡卫生院住院能报几成",
    ),
    ("in_scope_place", SPECIAL, ["90%"], "answered", "日土县热帮乡的 250档门特报多少比例"),
    ("in_scope_place", TIERS, ["65"], BOTH, "改则县先遣乡的老爷子66岁了 医保还要交吗"),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "措勤县的人在西安打工住院了 要备案吗 几天内",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["转诊转院证明"],
        "answered",
        "革吉县参保的在乌鲁木齐住院 回来报账要啥材料",
    ),
    ("in_scope_place", INPATIENT, ["10%"], "answered", "噶尔县参保 在拉萨住院报销比例会降吗"),
    (
        "in_scope_place",
        mi("第六条"),
        ["户籍所在地"],
        "answered",
        "札达县的娃在天津读大学 医保在哪里交",
    ),
    (
        "in_scope_place",
        mi("第十条"),
        ["地区医保经办机构"],
        "answered",
        "住在狮泉河镇的随军家属 参保找哪里办",
    ),
    (
        "in_scope_place",
        quote(RD, "札达县 78 人"),
        ["78"],
        "answered",
        "札达县生态补偿养护岗位安排了多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "却藏村、塞利普村、羌堆村"),
        ["却藏村", "羌堆村"],
        "answered",
        "革吉县哪几个村没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-扎西岗乡"),
        ["扎西岗乡", "左左乡"],
        "answered",
        "从狮泉河镇出发的农村客运线路通到哪些乡",
    ),
    (
        "in_scope_place",
        quote(RD, "多玛乡乌江村委会"),
        ["日土村委会", "乌江村委会"],
        "answered",
        "日土县要先通客运的5个建制村有哪些",
    ),
    ("scheme_alias", INPATIENT, ["200"], "answered", "阿里农牧区医疗 县医院二级住院起付多少"),
    ("scheme_alias", GENERAL, ["用完为止"], "answered", "原来新农合家庭账户里剩的钱怎么办"),
    ("scheme_alias", TIERS, ["250"], BOTH, "合作医疗最高一档交多少"),
    ("scheme_alias", CAP, ["6万"], "answered", "城乡医保 以前叫新农合的 一年最多报多少"),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度", "城镇居民基本医疗保险制度"],
        "answered",
        "以前的农牧区医疗跟城镇居民医保现在是不是并成一个了",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["30万"],
        "answered",
        "农牧民大额补充医疗保险还续保吗 最高赔多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "answered",
        "2022年阿里毕业的大学生预计多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630"],
        "answered",
        "到2023年阿里高校毕业生大概多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["225", "15人"],
        "answered",
        "2019年就业援藏岗位有多少 实际就业几个人",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["27人"],
        "answered",
        "2017年通过就业援藏实际就业多少人",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年3月11日"),
        ["2019年3月11日"],
        "answered",
        "2019年地区交通运输局哪天给七县发的客运征求意见函",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村"),
        ["30个建制村"],
        "answered",
        "2019年分解给七县的农村客运任务是多少个建制村",
    ),
    ("in_scope_year", INPATIENT, ["85%"], "answered", "2020年阿里交250的在三级医院住院报几成"),
    (
        "in_scope_year",
        quote(RD, "查漏补缺阶段"),
        ["查漏补缺"],
        "answered",
        "2020年7月四好农村路在干什么",
    ),
    ("in_scope_year", GRADUATES, ["591"], "answered", "阿里2020届大学毕业生总数是多少"),
    ("in_scope_year", PERIOD, ["下一年"], "answered", "2020年10月份开始交的是哪一年的医保"),
]


def build(t: Heldout7Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
