"""Question titles in the style of Chinese Q&A sites, forums and phone chats: colloquial, typos
(住阮, 起府线, 报消, 门特病, 两兵, 医宝, 封定, 交废, 建党立卡, 备按, 看官员, 陪训班, 文勿),
repeated question marks, 万分感谢/有没有知道的/求靠谱回答/本人小白/懂的来/急求/蹲一个答案; in
and out of scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings14.table import Heldout14Table

U = "user_titles"

# (status, gold (or golds, any of which is right) or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["400元"], "阿里三级医院住阮起府线多少？？万分感谢"),
    ("answered", mi("第二十二条"), ["20元"], "乡卫生院床位费医宝一天给几块 有没有知道的"),
    ("answered", mi("第二十四条"), ["恶性肿瘤"], "阿里门特病包括癌症化疗吗 求靠谱回答"),
    ("answered", mi("第二十五条"), ["60%"], "两兵门诊去三级医院拿药报几成？"),
    ("answered", mi("第二十三条"), ["6万元"], "阿里居民医宝封定多少 本人小白"),
    ("answered", mi("第八条"), ["下一年1月1日"], "今年交废了明年啥时候能用 懂的来"),
    ("answered", mi("第十八条"), ["60 元"], "建党立卡户医保自己掏多少钱？？"),
    ("answered", mi("第三十三条"), ["信息系统"], "区外住院怎么备按 急求"),
    ("answered", mi("第三十条"), ["挂号费"], "阿里医保挂号费能报消吗"),
    ("answered", mi("第三十条"), ["美容"], "做双眼皮医保给报吗 蹲一个答案"),
    ("answered", mi("第二十九条"), ["新生儿抢救治疗"], "新生儿抢救的钱医保报多少？？"),
    ("answered", mi("第二十六条"), ["100元"], "阿里普通门诊起府线是多少 万分感谢"),
    ("answered", mi("第六条"), ["易地搬迁人员"], "易地搬迁的在哪交医保 有没有知道的"),
    ("answered", mi("第七条"), ["低保证件"], "低保户参保要带什么证件 懂的来"),
    ("answered", mi("第四十五条"), ["冒名就医"], "把社保卡借给亲戚看病会怎么样？？"),
    ("answered", mi("第四十三条"), ["风险储备金"], "医保基金不够用了怎么办 求科普"),
    ("answered", art(RC, "第十二条"), ["1400元"], "国保单位看官员月工资多少 急求"),
    ("answered", art(RC, "第十一条"), ["立即解聘"], "看管员出了重大事故会被开除吗"),
    ("answered", art(RC, "第十五条"), ["年度综合目标管理考核"], "县里考核管不管文物看官员这块"),
    ("answered", art(RP, "第三十八条"), ["禁止翻印出售"], "拓片能拿出去卖吗 有没有懂的"),
    ("answered", art(RP, "第十三条"), ["易燃、易爆"], "文保单位保护范围里能堆柴油桶吗？？"),
    ("answered", art(RP, "第二十七条"), ["出租"], "寺里的文勿能出租给别人吗"),
    ("answered", art(RP, "第十七条"), ["未经批准"], "自己组织人去挖古墓犯法吗 求靠谱回答"),
    (
        "answered",
        quote(RT, "文物安全培训原则上每年不得少于一次"),
        ["每年不得少于一次"],
        "阿里文物陪训班一年办几期",
    ),
    (
        "answered",
        quote(RT, "培训经费从地区文物安全专项经费中支出"),
        ["地区文物安全专项经费"],
        "参加文物陪训要自己交钱吗",
    ),
    (
        "answered",
        quote(HP, "医院需新增医务人员 184 人"),
        ["184"],
        "阿里人民医院创三甲要招多少人 求数据",
    ),
    ("answered", quote(HP, "总投资5000万元"), ["5000万元"], "阿里精神病福利院投资多少？？"),
    (
        "answered",
        quote(RD, "37个乡镇，22个乡镇通客车"),
        ["22"],
        "阿里有几个乡镇通了客车 蹲一个答案",
    ),
    (
        "answered",
        quote(RD, "地区财政按350万元/年标准"),
        ["350万元"],
        "阿里地区财政每年拿多少钱养护农村公路",
    ),
    ("answered", quote(GE, "2020年591人"), ["591"], "阿里2020年高校毕业生多少人？"),
    (
        "answered",
        quote(GE, "累计参军入伍不少于 75 人"),
        ["75"],
        "阿里规划里毕业生参军多少人 求数据",
    ),
    (BOTH, mi("第十八条"), ["60 周岁"], "阿里医保女的多少岁以后免交？？"),
    ("out_of_scope", None, None, "那曲班戈县医保报销比例多少 急"),
    ("out_of_scope", None, None, "2031年阿里医保缴费标准出来了吗"),
    ("out_of_scope", None, None, "甘南夏河县新农合怎么报销？？"),
    ("out_of_scope", None, None, "众安尊享e生值得买吗"),
    ("out_of_scope", None, None, "狮泉河到冈仁波齐包车多少钱"),
    ("out_of_scope", None, None, "阿里公务员面试考什么 求经验"),
    ("out_of_scope", None, None, "个体户怎么交职工医保"),
]

CALCULATED = [
    "阿里医保交120 三级医院头回住阮 花了两万五 报消多少？",
    "60档乡卫生院第一次住院9k能报多少 急求",
    "癫痫门特病 交250 门诊三千 报多少？？",
    "县级文物点看官员干了8个月 工资一共几多",
    "交250 二级医院今年第二回住阮 一万一 报多少",
    "两兵门诊 糖尿病 乡卫生院甲类药700 报多少 万分感谢",
]
EXPECTED = [
    e.inpatient(120, "三级", "25000"),
    e.inpatient(60, "乡镇卫生院", "9000"),
    e.special(250, "癫痫", "3000"),
    e.custodian("县级", 8),
    e.inpatient(250, "二级", "11000", 2),
    e.two_diseases(["糖尿病"], "乡镇卫生院", "700"),
]


def build(t: Heldout14Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
