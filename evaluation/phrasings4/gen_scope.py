"""Scope rows as people type them: another place, scheme or year as the subject (declined: the
gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`), and look-alikes
that must be answered (Ngari's counties, towns and villages; an Ngari enrolee treated in
another city; the scheme's old names and the insurances the text itself names; the year 2020
and the years the plans themselves cover)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.places import (
    CAP,
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
from evaluation.phrasings.rows import GE, HP, RD, RP, art, mi, quote
from evaluation.phrasings4.table import Tune4Table

FILING = mi("第三十三条")

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("哈尔滨的居民医保住院起付线要多少钱", INPATIENT),
    ("长春新农合今年每人交多少", TIERS),
    ("沈阳城乡居民医保门诊慢特病有哪些", SPECIAL),
    ("石家庄居民医保生孩子给报多少", MATERNITY),
    ("太原居民医保普通门诊一年能报多少额度", GENERAL),
    ("呼和浩特城乡医保一年封顶线多少", CAP),
    ("济南居民医保高血压糖尿病用药咋报", TWO),
    ("郑州居民医保去外省住院要备案几天", FILING),
    ("武汉居民医保三级医院住院报几成", INPATIENT),
    ("长沙新农合每年几月份开始缴费", PERIOD),
    ("南昌居民医保七十岁老人免交吗", TIERS),
    ("合肥城乡居民大病保险最高赔多少", SERIOUS),
    ("杭州萧山区居民医保住院起付标准", INPATIENT),
    ("南京居民医保床位费一天报多少", INPATIENT),
    ("福州新农合门诊看病报多少", GENERAL),
    ("广州番禺居民医保住院报销比例", INPATIENT),
    ("南宁城乡居民医保有几个缴费档次", TIERS),
    ("海口居民医保一年最多报多少万", CAP),
    ("成都参保的居民医保 在阿里住院能报几成", INPATIENT),
    ("贵阳新农合做透析能报多少", SPECIAL),
    ("昆明居民医保门特有没有起付线", SPECIAL),
    ("西安城乡居民医保低保户要交钱吗", TIERS),
    ("兰州居民医保两病门诊限额多少", TWO),
    ("西宁城乡医保二级医院住院比例", INPATIENT),
    ("银川新农合一个人一年交多少钱", TIERS),
    ("乌鲁木齐居民医保异地就医怎么备案", FILING),
    ("喀什地区居民医保年度封顶多少", CAP),
    ("香港看急诊要花多少钱", None),
    ("台湾全民健保每月保费怎么算", None),
    ("澳门居民去医院看病免费吗", None),
    ("日喀则定日县的野外文物看管员一个月工资", WAGE),
    ("那曲双湖县居民医保住院起付线", INPATIENT),
    ("昌都八宿县四好农村路养护补贴每年多少", ROAD),
    ("林芝工布江达县大学生就业有什么补贴", None),
    ("山南隆子县城乡居民医保交费档次", TIERS),
    ("拉萨墨竹工卡县的寺庙壁画能拍照吗", art(RP, "第三十七条")),
    ("印度列城的医院看病贵不贵", None),
]

OTHER_SCHEMES = [
    ("在阿里当兵 军人看病怎么报销", None),
    ("在阿里当公务员 额外的医疗补助每年能领多少", None),
    ("阿里单位职工医保在二级医院住院报多少", INPATIENT),
    ("阿里有没有长期护理保险 怎么申请", None),
    ("西藏惠民保阿里能买吗 多少钱一年", None),
    ("孩子在学校摔伤了 学平险能赔多少", None),
    ("阿里退休职工医保卡每月返多少钱", None),
    ("城乡居民养老保险断交了能补交吗", None),
    ("骑摩托受伤买的意外险能赔吗", None),
    ("商业重疾险确诊癌症能赔多少钱", None),
]

OTHER_YEARS = [
    ("2018年阿里居民医保一共有几档", TIERS),
    ("2021年阿里门特报销比例调了没有", SPECIAL),
    ("2019年阿里野外文物看管员一个月多少钱", WAGE),
    ("2024年阿里各县四好农村路补贴多少", ROAD),
    ("到了2025年 阿里医保一年最多报的钱变没变", CAP),
    ("2016年阿里农牧区医疗住院报几成", INPATIENT),
    ("2023年阿里医保几月份开始交", PERIOD),
    ("2030年阿里高校毕业生就业率目标是多少", RATE),
]

# (category, gold, terms, status, question): answerable although a place, old name or year appears
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["75%"], "answered", "狮泉河镇居民 交120 在乡镇卫生院住院报几成"),
    (
        "in_scope_place",
        mi("第七条"),
        ["户口簿"],
        "answered",
        "噶尔县昆莎乡的牧民 参保登记要带啥证件",
    ),
    (
        "in_scope_place",
        WAGE,
        ["1200元", "1400元"],
        "answered",
        "日土县的野外文物看管员一个月能拿多少",
    ),
    ("in_scope_place", INPATIENT, ["降低10%"], "answered", "革吉县参保的去成都住院 报销比例降多少"),
    ("in_scope_place", FILING, ["5日内"], "answered", "改则县的人在新疆打工住院了 要几天内备案"),
    ("in_scope_place", TIERS, ["医疗救助资金"], BOTH, "措勤县的低保户交医保还要自己掏钱吗"),
    (
        "in_scope_place",
        art(RP, "第三十七条"),
        ["不得拍摄"],
        "answered",
        "札达古格遗址里的壁画可以拍照吗",
    ),
    (
        "in_scope_place",
        art(RP, "第二十七条"),
        ["借用"],
        "answered",
        "普兰科迦寺的文物能借给外地博物馆展览吗",
    ),
    (
        "in_scope_place",
        quote(RD, "丁则村、阿汝村"),
        ["丁则村"],
        "answered",
        "日土县哪两个村的公路还没通畅",
    ),
    (
        "in_scope_place",
        quote(RD, "改则县358人"),
        ["358"],
        "answered",
        "改则县今年生态岗养路员计划安排多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县多玛乡、东汝乡"),
        ["7月15日前"],
        "answered",
        "日土多玛乡什么时候开通农村客运班车",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "我是阿里参保的 250档 在北京住院报销比例比本地低多少",
    ),
    (
        "in_scope_place",
        SPECIAL,
        ["布鲁菌病"],
        "answered",
        "札达县牧民得了布鲁菌病 能办门诊特殊病吗",
    ),
    ("scheme_alias", mi("第二条"), ["整合"], "answered", "阿里的新农合跟城乡居民医保是不是一回事"),
    ("scheme_alias", SPECIAL, ["全部保留合并"], "answered", "原来农牧区医疗的门特病种现在还保留吗"),
    (
        "scheme_alias",
        GENERAL,
        ["取消"],
        "answered",
        "合作医疗以前的家庭账户现在还有没有",
    ),
    (
        "scheme_alias",
        INPATIENT,
        ["200元"],
        "answered",
        "阿里农牧民合作医疗去县医院二级住院要先自付多少起付",
    ),
    ("scheme_alias", SERIOUS, ["30万元"], "answered", "农牧民大额补充医疗一年最高赔多少"),
    ("scheme_alias", SERIOUS, ["14万元"], "answered", "阿里这边大病保险年度最高赔多少"),
    (
        "in_scope_year",
        PERIOD,
        ["10月1日至12月31日"],
        "answered",
        "2020年阿里居民医保缴费期是哪几个月",
    ),
    (
        "in_scope_year",
        quote(HP, "争取2021年底前挂牌"),
        ["2021年底前挂牌"],
        "answered",
        "阿里地区人民医院2021年能挂上三甲牌子吗",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "规划里说25年阿里会毕业多少大学生",
    ),
    (
        "in_scope_year",
        quote(GE, "2024年640人左右"),
        ["640"],
        "answered",
        "2024届阿里大学毕业生大约多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["225个"],
        "answered",
        "19年那年就业援藏一共提供岗位多少",
    ),
    (
        "in_scope_year",
        quote(GE, "27人、0人、15人"),
        ["0人"],
        "answered",
        "2018年通过就业援藏实际就业了几个人",
    ),
    (
        "in_scope_year",
        quote(HP, "撰写初次评审申请书"),
        ["初次评审"],
        "answered",
        "2020年10月创三甲进行到哪个阶段",
    ),
    (
        "in_scope_year",
        quote(HP, "撰写正式评审申请书"),
        ["正式评审"],
        "answered",
        "2021年6月到8月 人民医院创三甲要干什么",
    ),
    (
        "in_scope_year",
        quote(RD, "10366.762"),
        ["10366.762"],
        "answered",
        "阿里七个县的农村公路19年底一共有多长",
    ),
]


def build(t: Tune4Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
