"""Question titles in the style of Chinese Q&A sites and phone chats: colloquial, typos
(报消, 起附线, 门持), no punctuation or shouting punctuation, 求助/在线等/谢谢; in and out of
scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings3.table import Heldout3Table

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["400"], "阿里地区人民医院住院起附线是多少 求解答"),
    ("answered", mi("第二十二条"), ["85%"], "交了250的档次去地区医院住院能报消百分之多少啊"),
    ("answered", mi("第二十四条"), ["冠心病"], "冠心病可以办门持吗 阿里这边的 在线等"),
    ("answered", mi("第二十四条"), ["90%"], "阿里门特250档报销比例是不是百分之九十？？"),
    ("answered", mi("第二十三条"), ["6万"], "阿里居民医保一年最多报几万块 有知道的吗"),
    ("answered", mi("第八条"), ["10月1日", "12月31日"], "阿里医保缴费时间几月到几月啊 错过了咋办"),
    ("answered", mi("第八条"), ["次月"], "阿里医保断了一年 补交完多久能用？急！！"),
    (["answered", "calculated"], mi("第十八条"), ["医疗救助资金"], "低保户交医保是全免吗 谁给交的"),
    (["answered", "calculated"], mi("第十八条"), ["60"], "阿里建档立卡户医保自己交多少 求告知"),
    ("answered", mi("第二十九条"), ["先自费结算"], "宝宝刚出生就住了保温箱 没上户口医保咋报"),
    ("answered", mi("第二十九条"), ["全额"], "阿里生娃顺产医保全报吗 宝妈求回答"),
    ("answered", mi("第三十条"), ["交通事故"], "骑摩托摔了算交通事故吗 阿里居民医保报不报"),
    ("answered", mi("第三十条"), ["镶牙"], "阿里医保能报镶牙吗 老人牙都掉了"),
    ("answered", mi("第三十条"), ["美容"], "割双眼皮阿里医保报吗哈哈"),
    ("answered", mi("第三十三条"), ["5日"], "在内地打工住院了 阿里医保要几天内备案 谢谢大家"),
    ("answered", mi("第三十四条"), ["费用清单"], "外地住院回阿里报销要啥材料 清单要不要"),
    ("answered", mi("第二十六条"), ["家庭账户"], "以前农牧区医疗家庭账户的钱还在吗 还能用不"),
    ("answered", mi("第二十五条"), ["1200"], "糖尿病老人在阿里开药一年能报多少 两病那个"),
    ("answered", mi("第六条"), ["易地搬迁"], "易地搬迁到拉萨的阿里人医保在哪交"),
    ("answered", mi("第十一条"), ["寺管会"], "寺庙僧人参加医保谁给办 自己去吗"),
    (
        "answered",
        art(RC, "第十二条"),
        ["1200", "1400"],
        "阿里野外文物看管员工资待遇怎么样 一个月多少",
    ),
    ("answered", art(RC, "第五条"), ["男性"], "女生能报名阿里文物看管员吗 有性别要求不"),
    ("answered", art(RC, "第十三条"), ["一年"], "阿里文物看管员是签几年合同的"),
    ("answered", art(RC, "第十七条"), ["不履行"], "文物看管员不去巡逻会被开除吗"),
    (
        "answered",
        art(RP, "第二十一条"),
        ["不得哄抢、私分、藏匿"],
        "放羊捡到老物件能自己留着吗 会犯法不",
    ),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "去古格遗址能拍壁画吗 有人说不让拍"),
    ("answered", quote(RT, "每年不得少于一次"), ["一次"], "文物单位的人每年必须参加几次安全培训"),
    (
        BOTH,
        quote(RD, "100万元/年"),
        ["100万"],
        "四好农村路每个县养护补贴一年多少钱 有人知道吗",
    ),
    (
        "answered",
        quote(GE, "乡镇兽医岗位不少于 70 个"),
        ["70"],
        "阿里大学生毕业能去当乡镇兽医吗 有多少岗位",
    ),
    ("out_of_scope", None, None, "拉萨城关区居民医保报销比例多少 急急急"),
    ("out_of_scope", None, None, "2024年阿里医保涨价了吗 涨到多少了"),
    ("out_of_scope", None, None, "阿里职工医保退休了还用交吗"),
    ("out_of_scope", None, None, "众安尊享e生住院能报多少 有没有买过的"),
    ("out_of_scope", None, None, "阿里哪个医院看牙好一点"),
    ("out_of_scope", None, None, "日喀则萨迦县新农合怎么报销"),
    ("out_of_scope", None, None, "阿里考事业编难不难 求经验"),
]

CALCULATED = [
    "阿里医保250档 地区医院三级 头回住院花了3w 能报多少？？",
    "120档乡卫生院住院花了五千块钱 第一次住 报多少啊",
    "门特慢性肾衰透析 250档 一个月1万 能报多少 求算",
    "县级文保点看管员干了9个月 一共拿多少 急",
]
EXPECTED = [
    e.inpatient(250, "三级", "30000"),
    e.inpatient(120, "乡镇卫生院", "5000"),
    e.special(250, "慢性肾功能衰竭", "10000"),
    e.custodian("县级", 9),
]


def build(t: Heldout3Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
