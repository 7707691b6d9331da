"""Question titles in the style of Chinese Q&A sites: 求助/在线等/急/请问大神/有没有懂的,
typos (起服线, 报消, 门特并, 封丁), no punctuation or doubled ？？, English words mixed in; in
and out of scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings6.table import Tune6Table

U = "user_titles"

# (status, gold (or golds, any of which is right) or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["100"], "求助 阿里乡镇卫生院住院起服线多少"),
    ("answered", mi("第二十二条"), ["60%"], "请问大神 60档三级医院住院报消几成？？"),
    ("answered", mi("第二十二条"), ["80元"], "急 阿里三级医院床位费医保认多少一天"),
    ("answered", mi("第二十三条"), ["6万"], "阿里居民医保一年封丁多少 在线等"),
    ("answered", mi("第二十四条"), ["类风湿性关节炎"], "类风湿算阿里的门特并吗 有没有懂的"),
    ("answered", mi("第二十四条"), ["冠心病"], "冠心病门诊能走门特吗 阿里医保 急急急"),
    ("answered", mi("第二十四条"), ["90%"], "250档门特报销比例是多少啊 求解答"),
    ("answered", mi("第二十五条"), ["65%"], "两病门诊在县医院二级开药报多少 阿里"),
    ("answered", mi("第二十六条"), ["不可结转"], "门诊统筹里剩的钱 能留到下一年吗 求解"),
    ("answered", mi("第二十九条"), ["新生儿抢救"], "阿里新生儿进了NICU抢救 医保报不报 在线等"),
    ("answered", mi("第二十九条"), ["全额报销"], "阿里生孩子住院是不是全免 请问"),
    ("answered", mi("第三十条"), ["助听器"], "老人配助听器能用阿里医保吗 急"),
    ("answered", mi("第三十条"), ["交通事故"], "骑摩托出了交通事故 居民医保能报吗 求助"),
    ("answered", mi("第三十条"), ["PET"], "做PET-CT检查医保报吗 阿里的"),
    ("answered", mi("第三十条"), ["境外"], "去印度朝圣生病了 回阿里能报医药费吗"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "阿里看病不带社保卡 用手机上的医保码行吗"),
    (
        "answered",
        mi("第三十二条"),
        ["转诊转院证明"],
        "县医院看不了要转去地区医院 要开啥证明 求告知",
    ),
    ("answered", mi("第三十四条"), ["出院证明"], "在西安住院自己垫钱了 回阿里报销要哪些材料 急"),
    ("answered", mi("第八条"), ["12月31日"], "阿里医保缴费deadline是哪天 怕错过"),
    ("answered", mi("第八条"), ["次月"], "医保断了补缴后多久能报销 请问大神"),
    ("answered", mi("第六条"), ["户籍所在地"], "孩子在内地西藏班读书 医保在哪参保"),
    ("answered", mi("第七条"), ["残疾证件"], "残疾人办参保登记要带啥 阿里"),
    ("answered", mi("第十二条"), ["终止参保手续"], "家里老人走了 医保要去注销吗 怎么弄"),
    ("answered", mi("第十五条"), ["税务部门"], "阿里居民医保的钱交给谁 村里还是税务"),
    ("answered", mi("第四十三条"), ["10%"], "阿里医保风险储备金提多少比例 有懂的吗"),
    (BOTH, mi("第十八条"), ["医疗救助资金"], "孤儿交阿里居民医保要钱吗 求助"),
    (BOTH, mi("第十八条"), ["65"], "我爸64岁还要交医保吗 阿里的 在线等"),
    (BOTH, art(RC, "第十二条"), ["1200"], "县级文物点看管员一个月多少工资 求问"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "阿里野外文物看管员招聘年龄限制是多少"),
    ("answered", art(RC, "第八条"), ["文物安全培训"], "看管员能参加培训吗 有啥权利 求科普"),
    ("answered", art(RP, "第二十一条"), ["保护现场"], "修路挖到古墓怎么办 急 阿里"),
    ("answered", art(RP, "第二十七条"), ["两年"], "博物馆借文物最长能借多久 请问"),
    ("answered", art(RP, "第二十六条"), ["每年复核一次"], "寺庙珍贵文物多久要复核一次"),
    ("answered", quote(RT, "培训方式包括"), ["集中培训"], "文物工作人员安全培训有哪些方式 求助"),
    (
        "answered",
        quote(HP, "新增医务人员 184 人"),
        ["184"],
        "地区人民医院创三甲要招多少医务人员 有知道的吗",
    ),
    (
        "answered",
        quote(GE, "公益性岗位 1160 个左右"),
        ["1160"],
        "阿里2020到2025公益性岗位一共多少个 求问",
    ),
    (
        "answered",
        quote(RD, "日常养护等简易工作必须雇佣当地农民不少于60%"),
        ["60%"],
        "阿里公路养护公司必须雇多少本地农民 请问",
    ),
    ("out_of_scope", None, None, "求助 成都医保异地备案怎么弄"),
    ("out_of_scope", None, None, "在线等 2025年阿里医保缴费标准涨了吗"),
    ("out_of_scope", None, None, "职工医保个人账户余额怎么查 急"),
    ("out_of_scope", None, None, "请问大神 阿里驾照怎么换证"),
    ("out_of_scope", None, None, "有没有人知道日喀则新农合报多少"),
]

CALCULATED = [
    "求算 120档 三级医院头回住院 花了2w 报多少？",
    "250档 二级医院第一次住院 七千五 能报多少 在线等",
    "门特冠心病 250档 门诊花了1500 报多少 急",
    "普通门诊今年第一次看病花了300 能报多少 求助",
    "国保单位看管员干了3个月 工资一共多少 求算",
]
EXPECTED = [
    e.inpatient(120, "三级", "20000"),
    e.inpatient(250, "二级", "7500"),
    e.special(250, "冠心病", "1500"),
    e.general("300"),
    e.custodian("全国重点", 3),
]


def build(t: Tune6Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
