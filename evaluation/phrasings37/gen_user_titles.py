"""User titles in the style of Q&A sites: pleas (求助大神, 在线等急, 家人们谁懂啊, 蹲个答案, 速来, 问一嘴,
有没有老哥知道, 路过的帮看下, 急求, 冒昧问一下, 搞不懂了, 麻了, 懂的扣1, 友友们, 姐妹们, 救命, 跪了, 码住,
哭了, 答好了发红包, 贼想知道…), typos (住园, 起付限, 医宝, 封项, 两冰, 参报, 缴非, 门珍, 大并保险, 报效, 文勿,
看馆员, 培驯, 三家医院, 科运, 硬话路, 养获, 毕叶生) and slang (咋整, 整不明白, 懂哥); most answered over all
seven documents, six declined (another prefecture, province's scheme, year, or nothing in the
documents), eight computed. Every sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    FIND,
    GENERAL,
    GRADUATES,
    INPATIENT,
    OTHER,
    PERIOD,
    ROAD,
    SERIOUS,
    SHARE,
    SPECIAL,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

U = "user_titles"
UNPAVED = quote(RD, "未通硬化路")

# (status, gold or None, terms, title)
TITLES = [
    ("answered", INPATIENT, ["400元"], "求助大神 三级医院住园起付限是多少"),
    ("answered", CAP, ["6万元"], "在线等急 医宝一年最多报多少 封项几万"),
    ("answered", TWO, ["1200元"], "两冰门诊糖尿病一年限额多少 家人们谁懂啊"),
    ("answered", mi("第七条"), ["户口簿", "身份证原件和复印件"], "参报要带啥材料 纯纯新手"),
    ("answered", PERIOD, ["10月1日至12月31日"], "缴非期是哪几个月 蹲个答案"),
    ("answered", SPECIAL, ["90%"], "门珍特殊病交250能报几成 速来"),
    ("answered", SERIOUS, ["14万元"], "大并保险一年最多赔多少 问一嘴"),
    ("answered", EXCLUDED, ["膳食费"], "住院吃饭的钱报不报 麻了"),
    ("answered", EXCLUDED, ["助听器"], "给老人配助听器医保管吗 有没有老哥知道"),
    ("answered", GENERAL, ["60%"], "普通门诊报销比例多少 路过的帮看下"),
    (
        "answered",
        mi("第三十四条"),
        ["出院证明", "住院发票原件", "费用清单"],
        "区外住院回来报效要带哪些单子 急求",
    ),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "从县里转到地区医院要开啥证明 冒昧问一下"),
    ("answered", PERIOD, ["最高筹资标准全额补缴"], "医保断了咋整 补缴按啥标准交 搞不懂了"),
    ("answered", OTHER, ["5%"], "建档立卡户住院能多报几个点 友友们"),
    ("answered", OTHER, ["先自费结算"], "新生娃住院是不是先得自己掏钱 姐妹们"),
    ("answered", INPATIENT, ["每180天做一次住院结算"], "连续住院大半年咋结算 整不明白"),
    ("answered", TWO, ["10%"], "两病门诊乙类药自己先付几成 救命"),
    ("answered", mi("第四十五条"), ["追回"], "医保卡借别人用被查到会咋样 懂的扣1"),
    ("answered", SHARE, ["男年满 65 周岁"], "六十五岁的爷爷还要交医宝吗 在线等", BOTH),
    ("answered", SHARE, ["个人不缴费"], "残疾证二级 参报要交钱吗 急急急急", BOTH),
    ("answered", FIND, ["立即保护现场"], "家里盖房挖出个老陶罐 咋整 求助"),
    ("answered", art(RP, "第十条"), ["县级文物保护单位"], "文勿保护单位分几级 答好了发红包"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "寺里的壁画能拍下来发抖音吗 有没有懂哥"),
    (
        "answered",
        art(RP, "第三十二条"),
        ["地区文物行政管理部门备案"],
        "私人收藏的老物件想出手 要先去哪备案 速来",
    ),
    (
        "answered",
        art(RP, "第十三条"),
        ["不得进行其他建设工程"],
        "文保单位保护范围里能不能盖房子 问一嘴",
    ),
    ("answered", art(RP, "第二十条"), ["六个月内"], "考古挖出来的东西多久要交给文物部门 码住"),
    ("answered", WAGE, ["1200元"], "看馆员一个月工资多少 县级点的 跪了"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "想去当看馆员 年纪有要求吗 在线等急"),
    ("answered", art(RC, "第七条"), ["每日巡查"], "看馆员平时每天要干啥 纯新手问"),
    ("answered", art(RC, "第十一条"), ["立即解聘"], "看馆员出了重大看管事故会被开吗 哭了"),
    ("answered", art(RT, "一、（三）"), ["每年不得少于一次"], "文勿安全培驯一年搞几次 急"),
    ("answered", art(RT, "一、（四）"), ["不得退训"], "培驯上到一半能退吗 老哥们"),
    ("answered", art(RT, "五、"), ["地区文物安全专项经费"], "培驯的钱谁出啊 搞不懂"),
    ("answered", art(RT, "六、（二）"), ["集中培训"], "文勿安全培驯有几种上课方式 蹲一个"),
    ("answered", art(HP, "三、"), ["7 个阶段"], "地区人民医院创三家医院分几步走 有没有大神说下"),
    ("answered", art(HP, "四、（十）"), ["184 人"], "人民医院要新增多少医务人员 贼想知道"),
    ("answered", art(HP, "四、（十五）"), ["第二届"], "冈底斯医学论坛这回是第几届 问一嘴哈"),
    ("answered", art(HP, "四、（四）"), ["今年第三季度开工建设"], "传染病院区啥时候开工 在线等"),
    ("answered", art(RD, "二、（四）"), ["9月份之前"], "普兰的科运班车啥时候能开通 急求"),
    (
        "answered",
        UNPAVED,
        ["次吾嘎木村", "那木切村", "察布村"],
        "改则哪些村还没通硬话路 家人们",
    ),
    ("answered", ROAD, ["100万元/年"], "农村公路养获补贴每个县一年多少 路过的说下"),
    (
        "answered",
        quote(RD, "优先安排沿线的建档立卡贫困户"),
        ["建档立卡贫困户"],
        "公路养护招人优先招谁 有没有老乡知道",
    ),
    ("answered", art(RD, "二、（三）"), ["日土县237人"], "日土县护路员有多少个名额 码"),
    ("answered", GRADUATES, ["2020年591人"], "今年毕叶生有多少人 问下"),
    ("answered", art(GE, "三、（一）3."), ["不少于 10 个"], "三支一扶岗位一年有多少个 求助"),
    (
        "answered",
        art(GE, "三、（一）3."),
        ["不少于 200 个事业单位岗位"],
        "河北陕西每年给阿里毕叶生多少事业单位岗位 求助",
    ),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["参加学历提升不少于 60 人"],
        "学历提升的名额有多少 冒昧问",
    ),
    ("out_of_scope", None, None, "日喀则的医宝起付限多少 在线等"),
    ("out_of_scope", None, None, "2016年的新农合住院能报多少 急"),
    ("out_of_scope", None, None, "深圳社保断了半年怎么补 求助"),
    ("out_of_scope", None, None, "考驾照科目二怎么一次过 家人们"),
    ("out_of_scope", None, None, "2030年阿里毕叶生有多少 蹲"),
    ("out_of_scope", None, None, "那曲的看馆员一个月多少钱 码"),
]

CALCULATED = [
    "求助 嫂子交250 县二级医院住园 第一次花了八千 能报多少",
    "在线等 外孙交60 乡卫生院头回住院 两千一 报多少",
    "家人们 姨奶奶糖尿病门珍 交120 门诊一千八 报多少",
    "两冰门诊高血压 一级医院甲类四百 报多少 速来",
    "看馆员自治区级干了九个月 一共多少钱 急",
    "七十岁的曾祖父参报自己交多少 男的",
    "普通门诊头一回花了四百 报多少 问一嘴",
    "三个县加地区财政 一年养获补贴多少万 码住",
]
EXPECTED = [
    e.inpatient(250, "二级", "8000"),
    e.inpatient(60, "乡镇卫生院", "2100"),
    e.special(120, "糖尿病", "1800"),
    e.two_diseases(["高血压"], "一级", "400"),
    e.custodian("自治区级", 9),
    e.enrol(sex="男", age=70),
    e.general("400"),
    e.road(3, True),
]


def build(t) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
