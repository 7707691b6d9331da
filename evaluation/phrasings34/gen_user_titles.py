"""Titles in the style of Chinese Q&A sites and forum posts (跪求, 吧友们, 姐妹们, 宝子们, 楼主小白,
万能的网友, 请教各位前辈, 第一次发帖, 求老乡解答, 如何评价, 先谢过, 顶一下…), with typos people make
(住园, 起负线, 医宝, 门忒, 两兵, 报削, 文勿, 看官员, 养护原, 毕业声, 拓映, 三家医院, 客云, 惨保, 交废),
over all seven documents; some declined, some calculated. Every sentence was written for this
table."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    SERIOUS,
    SHARE,
    SPECIAL,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", INPATIENT, ["400元"], "跪求！！三级医院住园起负线到底是多少"),
    ("answered", CAP, ["6万元"], "吧友们 居民医宝一年封顶是几万"),
    ("answered", SPECIAL, ["60%、70%、90%"], "姐妹们 门忒报销比例按档次分别是多少呀"),
    ("answered", TWO, ["2000元"], "【提问】高血压糖尿病两兵都有 一年合并最多报多少"),
    ("answered", GENERAL, ["60%"], "宝子们 普通门诊报削比例是百分之几"),
    ("answered", PERIOD, ["10月1日至12月31日"], "楼主小白 居民医保交废是哪段时间"),
    ("answered", SHARE, ["60元、120元、250元"], "第一次惨保 有哪几个档可以选 先谢过"),
    ("answered", mi("第七条"), ["户口簿、身份证原件和复印件"], "万能的网友 惨保登记要带啥材料"),
    ("answered", mi("第十一条"), ["寺管会"], "请教各位前辈 寺里的僧人参保谁去代办"),
    ("answered", mi("第十二条"), ["终止参保手续"], "家里老人去世了 医保那边要办啥 求老乡解答"),
    ("answered", mi("第十五条"), ["税务部门"], "问个问题 居民医保个人缴的钱是哪家收的"),
    ("answered", mi("第二十条"), ["3月31日前"], "纯好奇 财政补助最晚几号要拨到位"),
    ("answered", mi("第三十二条"), ["逐级转诊"], "急！县医院让转去地区医院 转诊有啥讲究"),
    ("answered", mi("第三十九条"), ["一日一清单"], "住院每天都给一张清单是规定吗 求科普"),
    ("answered", mi("第四十三条"), ["10%"], "如何评价阿里医保的风险储备金 按收入提多少"),
    ("answered", mi("第四十四条"), ["向医保部门举报、投诉"], "发现有人骗医保钱 该去哪举报 在线等"),
    ("answered", EXCLUDED, ["近视眼矫正术"], "做近视手术医宝给不给报 顶一下"),
    ("answered", SERIOUS, ["自治区级统筹"], "大病保险是在哪一级统筹的 有懂的吗"),
    ("answered", MATERNITY, ["全额报销"], "姐妹们 在阿里生孩子医保是全报吗"),
    (
        "answered",
        art(RP, "第十三条"),
        ["易燃、易爆、有毒、有腐蚀性"],
        "文勿保护范围里面哪些东西不让放 求指点",
    ),
    (
        "answered",
        art(RP, "第二十一条"),
        ["立即保护现场"],
        "盖房子挖出个像文物的东西 第一步该干嘛 急急急",
    ),
    ("answered", art(RP, "第二十七条"), ["两年"], "博物馆之间借文物最长借多久 路过的大神帮看看"),
    ("answered", art(RP, "第三十八条"), ["不得私自拓印"], "石窟造像能自己拓映吗 新人第一次发帖"),
    (
        "answered",
        art(RP, "第五十四条"),
        ["阿里地区文物保护工作联席会议办公室"],
        "文物保护管理办法归谁解释 求问",
    ),
    (
        "answered",
        art(RP, "第三十九条"),
        ["自治区文物行政管理部门"],
        "想复制一件文物 得谁批准 问一下哈",
    ),
    ("answered", WAGE, ["1200元"], "县级野外点看官员一个月工资多少 谢谢大家"),
    ("answered", art(RC, "第五条"), ["以男性为首选"], "看官员招聘是不是优先要男的 有人知道吗"),
    ("answered", art(RC, "第十二条"), ["2名"], "每个野外文物点配几个看官员啊 蹲"),
    ("answered", art(RC, "第八条"), ["提出建议和意见"], "当看管员有什么权利 求老乡科普"),
    (
        "answered",
        art(RT, "一、（四）"),
        ["以书面形式上报办公室"],
        "文物安全培训中途想退训咋办 跪求",
    ),
    (
        "answered",
        art(RT, "六、（二）"),
        ["集中培训、分类培训、专题性培训、外出受训"],
        "文物培训有哪几种方式 吧友们帮忙",
    ),
    ("answered", art(RT, "四、（一）"), ["赔偿"], "培训时把设备弄坏了要赔吗 在线求助"),
    ("answered", art(HP, "二、"), ["2021年"], "阿里人民医院啥时候能评上三家医院 本人阿里人"),
    ("answered", art(HP, "四、（二）"), ["ICU"], "外科综合楼里都有啥科室 有没有ICU 求解惑"),
    (
        "answered",
        art(HP, "四、（十五）"),
        ["冈底斯医学论坛"],
        "人民医院要办的那个医学论坛叫啥名 好奇",
    ),
    ("answered", art(HP, "五、（一）"), ["每月召开一次碰头会"], "创三甲领导小组多久开一次会 问问"),
    ("answered", art(HP, "四、（七）"), ["12家"], "远程会诊平台对接了几家内地医院 宝子们"),
    ("answered", art(RD, "二、（三）"), ["1594名"], "生态补偿养护原一共安排了多少人 求数据"),
    ("answered", art(RD, "二、（四）"), ["开得通、留得住"], "客云班车要做到什么要求 吧里有懂的吗"),
    ("answered", quote(RD, "现有农村客运线路4条"), ["6辆"], "阿里现在农村客运车辆一共几辆 纯好奇"),
    (
        "answered",
        quote(RD, "养护公司主要职能"),
        ["不少于60%"],
        "【请教】县里的养护公司做日常养护 雇本地农牧民有没有硬性比例 先谢过",
    ),
    ("answered", art(RD, "四、"), ["四个阶段"], "四好农村路创建分几步走 求梳理"),
    ("answered", art(GE, "一、（二）1."), ["591人"], "2020年阿里毕业声有多少人 请教"),
    ("answered", art(GE, "三、（一）4."), ["不少于75人"], "毕业声参军入伍目标是多少人 求解答"),
    ("answered", art(GE, "三、（一）1."), ["230人"], "阿里鼓励毕业生创业 目标多少人 有人知道吗"),
    ("answered", art(GE, "一、（二）4."), ["1家"], "阿里有几家经营性人力资源服务机构 宝子们问下"),
    (
        "answered",
        art(GE, "三、（二）5."),
        ["5家以上"],
        "蹲一个 就业规划说到2025年要培育几家人力资源服务骨干企业来着",
    ),
    ("answered", art(GE, "五、（四）"), ["五进一送"], "就业政策宣传说的五进一送是啥 求科普"),
    ("out_of_scope", None, None, "【求助】那曲的居民医保住院报多少 急"),
    ("out_of_scope", None, None, "跪求 2034年阿里医保报销比例"),
    ("out_of_scope", None, None, "姐妹们 重疾险和百万医疗险哪个更值得买"),
    ("out_of_scope", None, None, "吧友们 河北保定新农合交多少"),
    ("out_of_scope", None, None, "考驾照科目三怎么才能一次过 求经验"),
    ("out_of_scope", None, None, "林芝市人民医院挂号怎么在网上约 宝子们"),
]

CALCULATED = [
    "【急】表舅交250 二级医院今年第一次住园 花了两万二 能报多少",
    "求算 老丈人120档 三级医院头回住院三万四 报削多少",
    "姐妹们帮算 婆婆交60 门忒糖尿病 门诊两千 报多少",
    "跪求 看官员守自治区级野外点干了六个月 工资一共多少",
    "帮忙算下 四个县加地区财政 四好农村路养护补贴一年多少",
    "吧友们帮忙算 阿妈今年头一回看普通门诊 掏了两百五 能报回来多少",
    "问下 女 六十二岁 惨保个人交废多少",
]

EXPECTED = [
    e.inpatient(250, "二级", "22000"),
    e.inpatient(120, "三级", "34000"),
    e.special(60, "糖尿病", "2000"),
    e.custodian("自治区级", 6),
    e.road(4, True),
    e.general("250"),
    e.enrol(sex="女", age=62),
]


def build(t) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
