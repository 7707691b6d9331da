"""Question titles in the style of Chinese Q&A sites, forums and phone chats: colloquial, no
punctuation, typos (住阮, 起付限, 报消, 比利, 门持, 俩病, 医宝, 封定, 缴飞, 建当立卡, 背案, 转针, 参包,
看管源, 陪驯, 文勿, 床位肥, 乡卫生园, 三假医院), noise (求指点, 在线蹲, 懂的来, 球球了, 有无懂哥, 老铁们,
宝子们, 谢谢好心人, 搬小板凳等, 新人求带); in and out of scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each, add_titles
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings18.table import Heldout18Table

U = "user_titles"

# (status, gold (or golds, any of which is right) or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["200元"], "二级医院住阮起付限多少 求指点"),
    ("answered", mi("第二十二条"), ["20元/床日"], "乡卫生园床位肥医保一天给认多少 在线蹲"),
    ("answered", mi("第二十二条"), ["75%"], "交一百二的住一级医院报消比利多少 懂的来"),
    ("answered", mi("第二十四条"), ["癫痫"], "羊癫疯能办门持吗 球球了"),
    ("answered", mi("第二十五条"), ["1200元"], "俩病里糖尿病一年最多报多少 有无懂哥"),
    ("answered", mi("第二十三条"), ["6万元"], "阿里医宝住院一年封定多少钱 老铁们"),
    ("answered", mi("第八条"), ["10月1日"], "阿里居民医保缴飞几号开始 宝子们"),
    ("answered", mi("第十八条"), ["190元"], "建当立卡户医保250里头自己出多少 救助出多少"),
    ("answered", mi("第三十三条"), ["信息系统"], "去内地住阮了怎么背案 谢谢好心人"),
    ("answered", mi("第三十二条"), ["逐级转诊"], "乡里看不了要转针去地区 能不能直接去"),
    ("answered", mi("第七条"), ["残疾证件"], "残疾人第一次参包要多带什么证件"),
    ("answered", mi("第三十条"), ["眼镜"], "配眼镜医宝能报消吗 搬小板凳等"),
    ("answered", mi("第三十条"), ["减肥"], "去医院做减肥项目医保给不给报"),
    ("answered", mi("第二十九条"), ["新生儿抢救治疗"], "新生儿抢救花的钱医宝全报吗 新人求带"),
    ("answered", mi("第十五条"), ["税务部门"], "阿里居民医保的钱最后交到哪个部门手里"),
    ("answered", mi("第三十九条"), ["冒名住院"], "拿别人的身份证去住阮 医院查不查"),
    ("answered", mi("第四十五条"), ["伪造、涂改医疗文书"], "改医院发票多报钱会有什么后果 懂的来"),
    ("answered", mi("第四十三条"), ["风险储备金"], "县里医保基金不够花了从哪调剂 有无懂哥"),
    ("answered", art(RC, "第十二条"), ["1400元"], "国保点看管源一个月工资多少 老铁们"),
    ("answered", art(RC, "第十一条"), ["扣除当月"], "看管源巡逻日志没写会扣工资吗"),
    ("answered", art(RC, "第十六条"), ["表彰和奖励"], "看管源抓到盗墓的有奖励吗 宝子们"),
    ("answered", art(RP, "第十三条"), ["易燃、易爆"], "文物保护范围里能堆汽油桶吗"),
    ("answered", art(RP, "第十六条"), ["变卖"], "村里没定级的老文物点能卖掉吗 求指点"),
    ("answered", art(RP, "第三十条"), ["博物馆"], "个人能开文勿博物馆吗 在线蹲"),
    ("answered", art(RP, "第二十一条"), ["不得哄抢"], "工地挖出文勿工人分了犯法吗"),
    (
        "answered",
        quote(RT, "因特殊原因必须退训的"),
        ["办公室批准"],
        "文物陪驯中途家里有事能退吗 球球了",
    ),
    (
        "answered",
        quote(RT, "培训内容包括：视听、操作、演练、案例分析、交流讨论、试卷考核"),
        ["案例分析"],
        "文物陪驯都学些啥内容 新人求带",
    ),
    (
        "answered",
        quote(HP, "确立妇产科、重症医学科、骨科、心脑血管科等7个重点建设科室"),
        ["重症医学科"],
        "阿里人民医院重点建哪几个科 有无懂哥",
    ),
    (
        "answered",
        quote(HP, "第二届冈底斯医学论坛"),
        ["冈底斯医学论坛"],
        "冈底斯医学论坛还办吗 是第几届了",
    ),
    (
        "answered",
        quote(RD, "现有农村客运线路4条"),
        ["4条"],
        "阿里农村客运线路现在一共几条 老铁们",
    ),
    (
        "answered",
        quote(RD, "县道2556.746公里"),
        ["2556.746"],
        "阿里县道总长多少公里 宝子们",
    ),
    (
        "answered",
        quote(GE, "口岸查验协管员岗位7个左右"),
        ["7个"],
        "阿里口岸查验协管员有几个岗位 谢谢好心人",
    ),
    (
        "answered",
        quote(GE, "法律援助员岗位不少于10个"),
        ["10个"],
        "阿里法律援助员岗位招几个 搬小板凳等",
    ),
    ("out_of_scope", None, None, "日喀则吉隆县医宝报消比利多少"),
    ("out_of_scope", None, None, "2029年阿里医保缴飞标准出了没"),
    ("out_of_scope", None, None, "青海海北州新农合住阮报多少 懂的来"),
    ("out_of_scope", None, None, "平安e生保续保要体检吗"),
    ("out_of_scope", None, None, "教师资格证面试怎么准备 球球了"),
    ("out_of_scope", None, None, "狮泉河到札达的班车票多少钱 老铁们"),
]

CALCULATED = [
    ("交250的一级医院第一次住阮花了1万报消多少", e.inpatient(250, "一级", "10000")),
    ("三假医院第二次住阮 交60 花了2万5 医宝给多少 在线蹲", e.inpatient(60, "三级", "25000", 2)),
    ("门持冠心病 交120 这个月门诊三千 能报多少", e.special(120, "冠心病", "3000")),
    ("县级文物点看管源干了半年 工资一共多少", e.custodian("县级", 6)),
    ("俩病门诊 糖尿病 一级医院 甲类七百 报多少 宝子们", e.two_diseases(["糖尿病"], "一级", "700")),
    ("补缴医宝 财政补贴一共六百 自己要交多少", e.late("600")),
]


def build(t: Heldout18Table) -> None:
    add_titles(t, U, TITLES)
    add_each(t, U, CALCULATED)
