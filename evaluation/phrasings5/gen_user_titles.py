"""Question titles in the style of Chinese Q&A sites and phone chats: colloquial, typos
(起付限, 保销, 透折, 门特病, 封定线), doubled question marks, 求大神/在线等/问问; in and out
of scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings5.table import Heldout5Table

U = "user_titles"

# (status, gold (or golds, any of which is right) or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["200"], "阿里二级医院住院起付限是多少钱啊？？"),
    ("answered", mi("第二十二条"), ["75%"], "120档位在一级医院住院能保销多少 求大神"),
    ("answered", mi("第二十四条"), ["慢性肾功能衰竭"], "阿里透折病人能办门特病吗 急"),
    ("answered", mi("第二十三条"), ["6万"], "阿里城乡医保封定线是6万还是10万？"),
    ("answered", mi("第八条"), ["10月1日"], "阿里医保每年几号开始缴 别错过了"),
    ("answered", mi("第八条"), ["本人承担"], "忘了交医保 这期间住院花的钱咋办 谁出"),
    (BOTH, mi("第十八条"), ["医疗救助资金"], "残疾证一级的交医保要钱不 阿里的"),
    ("answered", mi("第二十九条"), ["急诊和急救"], "半夜急诊去了最近的医院不是定点 能报吗 阿里"),
    ("answered", mi("第三十条"), ["自残"], "阿里医保自残住院的报不报 家里孩子想不开"),
    ("answered", mi("第三十条"), ["整容"], "阿里医保隆鼻整容能报吗 问问"),
    ("answered", mi("第三十条"), ["助听器"], "阿里老人买助听器医保给报吗 在线等"),
    ("answered", mi("第三十三条"), ["5日"], "在成都打工住院了 阿里医保备案时间限几天？"),
    ("answered", mi("第三十四条"), ["银行卡复印件"], "阿里医保区外报销要带哪些东西 清单发一下"),
    ("answered", mi("第二十五条"), ["800"], "高血压两病门诊一年能报多少钱啊 阿里的"),
    ("answered", mi("第二十六条"), ["100"], "阿里普通门诊起付多少 小病看门诊能报吗"),
    ("answered", mi("第六条"), ["学龄前儿童"], "阿里的小孩上幼儿园之前能参加居民医保吗"),
    ("answered", mi("第十一条"), ["寺管会"], "僧人交医保是自己去办还是寺里统一办"),
    ("answered", mi("第四十三条"), ["风险储备金"], "阿里医保基金不够用了咋办 县里出缺口谁补"),
    ("answered", art(RC, "第十二条"), ["地区财政"], "文物看管员工资是县里发还是地区发"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "阿里招文物看管员 50岁以上的还要吗"),
    ("answered", art(RC, "第十三条"), ["一年"], "看管协议书能一次签三年吗 阿里的"),
    (
        "answered",
        art(RP, "第三十七条"),
        ["自治区级以上文物行政管理部门批准"],
        "想在阿里寺庙里拍壁画做纪录片 要找谁批",
    ),
    ("answered", art(RP, "第十六条"), ["拆毁"], "村里想拆了老文物点盖房子行不行"),
    ("answered", art(RP, "第三十八条"), ["不得私自拓印"], "能拓印石窟造像带回家吗 求科普"),
    ("answered", quote(RT, "培训方式包括"), ["外出受训"], "文物安全培训都有啥方式 能外出学习吗"),
    (
        "answered",
        [quote(HP, "争取2021年底前挂牌"), quote(HP, "争取 2021 年地区人民医院通过")],
        ["2021"],
        "阿里地区人民医院啥时候能成三甲啊",
    ),
    (
        "answered",
        quote(GE, "学前教育教师特设岗位不少于 300 个"),
        ["300"],
        "阿里幼师特岗五年里给多少个名额",
    ),
    (BOTH, quote(RD, "350万元/年"), ["350万"], "阿里地区财政每年给四好农村路多少养护钱"),
    (
        "answered",
        quote(RD, "7县县城均通客运班车"),
        ["100%"],
        "阿里七个县的县城是不是都有客运班车了 通车率多少",
    ),
    ("out_of_scope", None, None, "那曲市城乡居民医保报销比例多少 有那曲的朋友吗"),
    ("out_of_scope", None, None, "2026年阿里医保缴费标准出来了没"),
    ("out_of_scope", None, None, "新疆阿勒泰的新农合能报多少"),
    ("out_of_scope", None, None, "水滴筹怎么发起 要准备啥材料"),
    ("out_of_scope", None, None, "阿里哪里可以办护照"),
    ("out_of_scope", None, None, "阿里考公务员笔试考什么内容"),
    ("out_of_scope", None, None, "阿里职工医保异地就医怎么报销啊"),
]

CALCULATED = [
    "阿里医保交120档 二级医院头回住院 花了9千 能报多少钱？",
    "250档 乡镇卫生院第一次住院4千块 医保报多少 在线等",
    "门特糖尿病 60档 门诊花了两千 能报多少？",
    "自治区级文物看管员干了5个月工资多少 求算",
]
EXPECTED = [
    e.inpatient(120, "二级", "9000"),
    e.inpatient(250, "乡镇卫生院", "4000"),
    e.special(60, "糖尿病", "2000"),
    e.custodian("自治区级", 5),
]


def build(t: Heldout5Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
