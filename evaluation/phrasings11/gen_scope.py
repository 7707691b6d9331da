"""Scope rows typed as people chat: another place, scheme or year as the subject (declined: the
gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and look-alikes
that must be answered (Ngari's own counties, towns and sites, an Ngari enrolee treated
elsewhere, the scheme's old names, and the years the documents themselves name)."""

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
from evaluation.phrasings.rows import GE, HP, RD, RP, art, mi, quote
from evaluation.phrasings11.table import Tune11Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("福州居民医保住院能报几成", INPATIENT),
    ("我在石家庄上班 那边居民医保一年交几档", TIERS),
    ("长沙的门诊特殊病有哪几种", SPECIAL),
    ("西宁居民医保一年封顶多少钱", CAP),
    ("银川的两病门诊一年限额多少", TWO),
    ("济南普通门诊统筹报多少", GENERAL),
    ("日喀则萨嘎县的医保几月份开始交", PERIOD),
    ("那曲尼玛县的野外文物看管员工资多少", WAGE),
    ("林芝察隅县农村公路养护补贴一年多少", ROAD),
    ("山南错那的老人交医保要不要钱", TIERS),
    ("拉萨当雄县住院起付线多少", INPATIENT),
    ("玉树州的寺庙文物能不能借出去展览", art(RP, "第二十七条")),
    ("香港看病医保能报吗", None),
    ("尼泊尔普兰对面那边的医院怎么收费", None),
]

OTHER_SCHEMES = [
    ("职工医保的个人账户能取现吗", None),
    ("城镇职工医保住院起付线多少", INPATIENT),
    ("工伤保险认定要多长时间", None),
    ("重大疾病商业险 得了癌一次赔几万", None),
    ("新农保一年交多少合适", None),
    ("我是乡里在编干部 公务员医疗补助咋申请", None),
    ("个体户以灵活就业身份参加职工医保 每月缴多少", None),
]

OTHER_YEARS = [
    ("2016年阿里农牧区医疗一年封顶多少", CAP),
    ("2021年阿里居民医保个人缴费标准多少", TIERS),
    ("2027年阿里门特病报销比例", SPECIAL),
    ("2018年阿里县级文物点看管员一个月多少", WAGE),
    ("2024年起阿里糖尿病两病用药每年能报多少", TWO),
    ("2029年四好农村路养护补贴每县多少", ROAD),
    ("阿里2031年的普通门诊统筹报多少", GENERAL),
]

# (category, gold, terms, question): answerable although a place, old name or year appears
LOOK_ALIKES = [
    ("in_scope_place", mi("第三十三条"), ["5日"], "措勤县牧民去乌鲁木齐住院 几天之内要备案"),
    ("in_scope_place", INPATIENT, ["降低10%"], "普兰县的人在日喀则住院 报销比例有啥不一样"),
    ("in_scope_place", mi("第七条"), ["户籍所在地"], "革吉县盐湖乡的人参保去哪登记"),
    ("in_scope_place", art(RP, "第三十七条"), ["不得拍摄"], "托林寺的壁画能拍照吗"),
    (
        "in_scope_place",
        quote(RD, "札达县4个：萨让村、底雅村、巴卡村、楚松村"),
        ["楚松村"],
        "札达县没通硬化路的建制村是哪四个",
    ),
    ("in_scope_place", quote(RD, "噶尔县95人"), ["95"], "噶尔县安排了几个生态补偿养护员"),
    ("scheme_alias", TIERS, ["250元"], "原来的农牧区医疗现在交费分几个档"),
    ("scheme_alias", GENERAL, ["家庭账户"], "合作医疗那会儿的家庭账户 如今取消没"),
    ("scheme_alias", mi("第四十一条"), ["合并"], "新农合的基金跟城镇居民医保的基金合一块了吗"),
    ("in_scope_year", PERIOD, ["下一年"], "2020年底之前交了医保 2021年能用吗"),
    (
        "in_scope_year",
        quote(HP, "争取2021年底前挂牌"),
        ["2021年底"],
        "地区医院三甲2021年底能挂牌吗",
    ),
    ("in_scope_year", quote(GE, "2022年599人"), ["599"], "规划预测2022届阿里毕业生有几百人"),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762"],
        "按2019年底的数 阿里县乡村道和专用公路总共多长",
    ),
    (
        "in_scope_year",
        quote(GE, "2017、2018、2019三年分别提供就业援藏岗位142个"),
        ["142"],
        "2017年给阿里毕业生的就业援藏岗位有多少个",
    ),
]


def build(t: Tune11Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, with_status(LOOK_ALIKES, "answered"))
