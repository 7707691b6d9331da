"""Scope rows typed as people chat: another place, scheme or year as the subject (declined: the
gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and look-alikes
that must be answered (Ngari's own counties and monasteries, an Ngari enrolee treated
elsewhere, the scheme's old names, 2020 and the years the plans name)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes, with_status
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
from evaluation.phrasings8.table import Tune8Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("我妈在武汉交的居民医保 住院起付线多少", INPATIENT),
    ("杭州居民医保一年要交多少钱一个人", TIERS),
    ("广州城乡居民医保门特有哪些病", SPECIAL),
    ("西安居民医保一年最高报多少 急", CAP),
    ("长沙居民医保两病门诊咋报", TWO),
    ("郑州居民医保普通门诊一年报多少", GENERAL),
    ("拉萨堆龙德庆区的医保住院报几成", INPATIENT),
    ("日喀则定日县看管文物的一个月多少钱", WAGE),
    ("那曲申扎县四好农村路每年补贴多少", ROAD),
    ("山南隆子县居民医保交费时间", PERIOD),
    ("林芝巴宜区新农合封顶多少", CAP),
    ("昌都江达县僧尼参保要交钱吗", TIERS),
    ("甘孜州理塘县居民医保住院能报多少", INPATIENT),
    ("玉树州的老人交医保要钱不", TIERS),
    ("阿克苏居民医保门诊特殊病怎么办", SPECIAL),
    ("去香港旅游看急诊大概花多少", None),
    ("新疆叶城县的看管员工资标准", WAGE),
    ("尼泊尔加德满都的寺庙能拍照吗", None),
    ("西宁塔尔寺的壁画能不能拍", art(RP, "第三十七条")),
]

OTHER_SCHEMES = [
    ("我是公务员 公务员医疗补助住院再给报几成", INPATIENT),
    ("惠民保一年交几十块 能报多少", None),
    ("单位职工医保住院报几成 我在阿里上班", INPATIENT),
    ("新生儿的商业医疗险怎么买", None),
    ("失业保险金一个月能领多少", None),
    ("工伤保险住院伙食补助多少一天", None),
    ("退役军人优抚医疗补助怎么申请", None),
]

OTHER_YEARS = [
    ("2018年阿里居民医保住院起付线多少", INPATIENT),
    ("阿里2021年医保交多少钱一档", TIERS),
    ("2025年阿里看管员工资涨了没有", WAGE),
    ("19年那会儿阿里医保一年封顶多少", CAP),
    ("2027年的阿里门特病种有哪些", SPECIAL),
    ("阿里明年2024的两病门诊限额是多少", TWO),
    ("2016年阿里的农村公路养护补贴多少", ROAD),
]

# (category, gold, terms, question): answerable although a place, old name or year appears
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["10%"], "我是普兰的 在西安住院 报销比例会少多少"),
    ("in_scope_place", mi("第三十三条"), ["5日"], "革吉县参保的 去乌鲁木齐住院要备案吗"),
    ("in_scope_place", mi("第三十四条"), ["出院证明"], "措勤县的 在成都住完院回来报要带啥"),
    ("in_scope_place", mi("第十一条"), ["寺管会"], "科迦寺的僧人参保由谁统一办理"),
    ("in_scope_place", SPECIAL, ["大骨节病"], "日土县牧民得了大骨节病能办门诊特殊病吗"),
    ("in_scope_place", art(RC, "第五条"), ["就近区域"], "托林寺附近的看管员从哪里挑人"),
    ("in_scope_place", quote(RD, "丁则村、阿汝村"), ["丁则村"], "日土那边还有哪些村没有硬化路"),
    ("scheme_alias", INPATIENT, ["100"], "我们阿里的新农合 乡卫生院住院要先扣多少起付"),
    ("scheme_alias", CAP, ["6万"], "阿里农牧区医疗现在一年封顶几万块"),
    ("scheme_alias", SPECIAL, ["30种"], "阿里合作医疗的门特一共有几种病"),
    ("in_scope_year", PERIOD, ["12月31日"], "2020年阿里医保缴费截止到哪天"),
    ("in_scope_year", mi("第四十九条"), ["2020年1月1日"], "阿里居民医保实施办法从2020年哪天起施行"),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "阿里2022届要毕业的高校学生大概多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630"],
        "阿里2023年毕业的大学生大概多少人",
    ),
    (
        "in_scope_year",
        quote(HP, "初次评审、正式评审、巩固提升 7 个阶段"),
        ["7个阶段"],
        "2020年地区医院创三甲工作分成几个阶段走",
    ),
    ("in_scope_year", quote(RD, "350万元/年"), ["350万"], "2020年阿里地区财政给农村公路养护多少钱"),
]


def build(t: Tune8Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, with_status(LOOK_ALIKES, "answered"))
