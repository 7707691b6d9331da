"""Scope rows typed as people chat: another place, scheme or year as the subject (declined:
the gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and in-scope
look-alikes (Ngari's counties and towns as home, an Ngari enrolee treated in another
province or abroad, the scheme's old names, the year 2020 and the years the plans name)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    GENERAL,
    GRADUATES,
    INPATIENT,
    PERIOD,
    ROAD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RD, RP, art, mi, quote
from evaluation.phrasings5.table import Heldout5Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("石家庄那边住院先扣多少起付 居民医保的", INPATIENT),
    ("呼和浩特的居民医保一年要缴多少钱", TIERS),
    ("沈阳城乡居民医保门诊特殊病都有哪些", SPECIAL),
    ("长春那边新农合报销比例是多少", INPATIENT),
    ("哈尔滨居民医保一年最多能报销多少", CAP),
    ("南京居民医保普通门诊咋报", GENERAL),
    ("杭州城乡居民医保两病门诊限额多少", TWO),
    ("合肥的居民医保每年几月份交费", PERIOD),
    ("福州城乡居民医保生小孩能报多少", mi("第二十九条")),
    ("南昌新农合去外省看病要不要备案", mi("第三十三条")),
    ("济南居民医保在三级医院住院能报几成", INPATIENT),
    ("郑州城乡居民医保低保户要交钱吗", TIERS),
    ("武汉居民医保门诊透析报销比例", SPECIAL),
    ("长沙城乡居民医保住院床位费标准多少", INPATIENT),
    ("广州居民医保一年交多少 老人能免吗", TIERS),
    ("南宁新农合封顶线是多少万", CAP),
    ("海口居民医保看门诊能报吗", GENERAL),
    ("成都本地的城乡居民医保住院起付线多少", INPATIENT),
    ("贵阳居民医保的大病保险最高赔多少", mi("第二十七条")),
    ("昆明城乡居民医保二级医院报销比例", INPATIENT),
    ("西安居民医保分几个缴费档次", TIERS),
    ("兰州新农合住院能报销多少", INPATIENT),
    ("西宁城乡居民医保门特报销比例是多少", SPECIAL),
    ("银川居民医保一年最高支付多少", CAP),
    ("乌鲁木齐的居民医保一般什么时候交", PERIOD),
    ("太原城乡居民医保断缴了补缴要交多少", mi("第八条")),
    ("香港看病贵不贵 有没有医保", None),
    ("台湾的健保一个月交多少钱", None),
    ("日喀则定日县居民医保住院报几成", INPATIENT),
    ("日喀则仲巴县的医保一年交多少", TIERS),
    ("那曲尼玛县城乡居民医保门特有哪些病", SPECIAL),
    ("那曲双湖县新农合封顶多少钱", CAP),
    ("山南那边看护野外文物的 一个月给多少", WAGE),
    ("林芝的四好农村路每个县给多少养护补贴", ROAD),
    ("昌都城乡居民医保住院起付标准", INPATIENT),
    ("甘孜州居民医保住院报销比例", INPATIENT),
    ("玉树州新农合一年交多少钱", TIERS),
    ("迪庆州城乡居民医保两病门诊怎么报", TWO),
    ("甘南州的居民医保老人还要交钱吗", TIERS),
    ("拉萨大昭寺的壁画让不让拍照", art(RP, "第三十七条")),
    ("不丹看病要不要钱", None),
    ("巴基斯坦那边住院贵不贵", None),
]

OTHER_SCHEMES = [
    ("我是公务员 职工医保住院报销比例多少", INPATIENT),
    ("在阿里单位上班 职工医保每年扣多少", TIERS),
    ("职工医保个人账户里的钱能取现吗", None),
    ("平安的重疾险得了癌症能赔多少", None),
    ("支付宝的相互宝现在还能用吗", None),
    ("新农保养老金60岁以后每月能领多少", None),
    ("工伤保险一次性伤残补助金怎么算", None),
    ("下岗了 失业金每月发多少", None),
    ("退休以后职工医保账户每月打进来多少", None),
    ("学平险孩子住院能赔多少", None),
    ("惠民保一年交多少钱 都保什么", None),
    ("职工医保在二级医院住院起付线多少", INPATIENT),
    ("阿里公务员医疗补助怎么报销", None),
]

OTHER_YEARS = [
    ("2018年阿里新农合一个人交几块钱", TIERS),
    ("2019年阿里居民医保住院报销比例是多少", INPATIENT),
    ("2021年阿里居民医保封顶线多少", CAP),
    ("2022年阿里门诊特殊病病种有变化吗", SPECIAL),
    ("2023年阿里医保缴费档次还是60 120 250吗", TIERS),
    ("2024年阿里两病门诊高血压限额是多少", TWO),
    ("2025年阿里普通门诊起付线多少", GENERAL),
    ("2016年阿里农牧区医疗住院起付线多少", INPATIENT),
    ("2027年阿里医保几月开始交", PERIOD),
    ("2021年阿里野外文物看管员涨工资了没", WAGE),
    ("2023年四好农村路养护补贴每个县是多少", ROAD),
    ("2019届阿里高校毕业生一共多少人", GRADUATES),
]

# (category, gold (or golds, any of which is right), terms, status, question): answerable although a place, old name or year appears
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["70%"],
        "answered",
        "噶尔县狮泉河镇的 交120 在地区医院三级住院 报销比例多少",
    ),
    ("in_scope_place", SPECIAL, ["不设起付线"], "answered", "我是札达县托林镇的 门特有起付线吗"),
    (
        "in_scope_place",
        TIERS,
        ["60"],
        ["answered", "calculated"],
        "普兰县巴嘎乡的老太太 60岁了还要交医保吗",
    ),
    ("in_scope_place", INPATIENT, ["20元"], "answered", "革吉县的人 在乡卫生院住院床位费按多少算"),
    ("in_scope_place", GENERAL, ["300"], "answered", "改则县参保的 一年普通门诊最多报多少"),
    (
        "in_scope_place",
        mi("第六条"),
        ["户籍所在地"],
        "answered",
        "措勤县的孩子在拉萨上高中 医保在哪里参保",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户口簿"],
        "answered",
        "日土县日松乡的牧民 申请参保登记带什么",
    ),
    ("in_scope_place", INPATIENT, ["10%"], "answered", "阿里参保的 去成都住院报销比例会低吗"),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "噶尔县参保的人在新疆叶城住院 需要备案吗",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["出院证明"],
        "answered",
        "札达县的人在西宁住院 回来报销要带什么",
    ),
    ("in_scope_place", quote(RD, "改则县9个"), ["9个"], "answered", "改则县有几个村没通硬化路"),
    (
        "in_scope_place",
        quote(RD, "革吉县459人"),
        ["459"],
        "answered",
        "革吉县生态补偿公路养护岗位安排了多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "多玛乡、东汝乡"),
        ["多玛乡", "东汝乡"],
        "answered",
        "日土要先通班车的是哪两个乡",
    ),
    (
        "in_scope_place",
        quote(RD, "加绕村、查仓村、诺仓村"),
        ["加绕村"],
        "answered",
        "措勤县哪些村到现在还没通硬化路",
    ),
    (
        "scheme_alias",
        INPATIENT,
        ["85%"],
        "answered",
        "阿里新农合交250的 去三级医院住院能报多少比例",
    ),
    (
        "scheme_alias",
        TIERS,
        ["60", "120", "250"],
        ["answered", "calculated"],
        "农牧区医疗现在一年交多少钱 分几档",
    ),
    ("scheme_alias", INPATIENT, ["100"], "answered", "合作医疗在乡镇卫生院住院起付多少"),
    ("scheme_alias", GENERAL, ["家庭账户"], "answered", "阿里农牧区医疗的家庭账户现在还有没有"),
    ("scheme_alias", SPECIAL, ["恶性肿瘤"], "answered", "咱这新农合门诊特殊病都包括什么病"),
    (
        "in_scope_year",
        INPATIENT,
        ["400"],
        "answered",
        "2020年阿里居民医保在三级医院住院起付线多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "到2025那年阿里毕业的大学生估计多少个",
    ),
    ("in_scope_year", quote(GE, "2021年580人"), ["580"], "answered", "2021年阿里毕业生大概多少人"),
    (
        "in_scope_year",
        quote(GE, "142个"),
        ["115", "0人"],
        "answered",
        "2018年援藏岗位给了多少个 实际去了几个",
    ),
    (
        "in_scope_year",
        quote(RD, "10366.762"),
        ["10366.762"],
        "answered",
        "2019年年底统计 七个县的农村公路加起来多长",
    ),
    (
        "in_scope_year",
        [quote(HP, "争取2021年底前挂牌"), quote(HP, "争取 2021 年地区人民医院通过")],
        ["2021"],
        "answered",
        "2021年阿里地区人民医院能挂上三甲的牌子吗",
    ),
    (
        "in_scope_year",
        quote(RD, "22个乡镇通客车"),
        ["22"],
        "answered",
        "2020年阿里有多少个乡镇通了客车",
    ),
    (
        "in_scope_year",
        quote(RD, "摸底准备阶段"),
        ["摸底"],
        "answered",
        "2020年3月1日到4月14日四好农村路要做什么",
    ),
    (
        "in_scope_year",
        quote(GE, "到2025年，我地区力争培育5家以上"),
        ["5家以上"],
        "answered",
        "到2025年阿里要培育几家人力资源服务骨干企业",
    ),
]


def build(t: Heldout5Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
