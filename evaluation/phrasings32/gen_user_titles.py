"""Titles in the style of Chinese Q&A sites and forum posts (【求助】, 小白求问, 蹲一个答案, 有没有
本地人, 急！！, 求问各位, 马克一下, 新手发帖, 坐等, 在线求解…), with typos people make (住元, 起付钱,
们特, 看管猿, 文屋, 医报, 养户员, 报消, 毕叶生, 班车票, 两并, 门珍), over all seven documents; some
declined, some calculated. Every sentence was written for this table."""

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
from evaluation.phrasings32.table import Heldout32Table

U = "user_titles"
UPKEEP = quote(RD, "养护公司主要职能")

TITLES = [
    ("answered", INPATIENT, ["100元"], "【求助】乡镇卫生院住元的起付钱是多少啊"),
    ("answered", CAP, ["6万元"], "小白求问：居民医报一年封顶到底多少"),
    ("answered", SPECIAL, ["不设起付线"], "蹲一个答案 们特看病有没有起付线"),
    ("answered", TWO, ["800元"], "有没有本地人知道 两并里高血压一年报多少"),
    ("answered", GENERAL, ["60%"], "急！！普通门珍报消比例是多少"),
    ("answered", PERIOD, ["10月1日至12月31日"], "求问各位 阿里居民医保每年啥时候交钱"),
    ("answered", mi("第八条"), ["次月起"], "马克一下 断缴补交以后多久能用"),
    (
        "answered",
        SHARE,
        ["190 元由医疗救助资金代为缴纳"],
        "新手发帖 建档立卡户医保的钱是谁帮着交的",
    ),
    ("answered", MATERNITY, ["全额报销"], "坐等 老婆生孩子住院医保能全报吗"),
    ("answered", EXCLUDED, ["义齿"], "在线求解 镶假牙能走居民医保不"),
    ("answered", mi("第三十三条"), ["入院5日内"], "在外地打工住院了要备案 几天内？急"),
    ("answered", mi("第三十四条"), ["住院发票原件"], "区外住院回来报销要带哪些材料 求清单"),
    ("answered", mi("第七条"), ["户口簿"], "【新人】第一次参保登记要带什么证件"),
    ("answered", SERIOUS, ["14万元"], "大病保险一年最多赔几万？有懂的说下"),
    ("answered", mi("第四十三条"), ["10%"], "医保基金的风险储备金是提多少比例 好奇问下"),
    ("answered", mi("第十八条"), ["6:4"], "家里老人到岁数免交医保了 这笔钱是哪两级财政出 怎么分？"),
    (
        "answered",
        mi("第三十九条"),
        ["一日一清单"],
        "【求助】住院时医院每天都得给一份费用清单吗 我们医院从来不给",
    ),
    ("answered", mi("第二十五条"), ["10%"], "两病门诊乙类药自己要先掏几成 求科普"),
    ("answered", mi("第三十条"), ["交通事故"], "出车祸住院医保给报吗 在线等"),
    ("answered", WAGE, ["1400元"], "自治区级文屋点的看管猿一个月多少钱"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "想去当野外文物看管猿 年龄卡多少 有大佬知道吗"),
    (
        "answered",
        art(RC, "第十一条"),
        ["立即解聘"],
        "看管猿负责的点出了重大看管事故 人会被怎么处理？？",
    ),
    ("answered", art(RC, "第十六条"), ["表彰和奖励"], "野外看管员抓到盗墓贼有表彰没"),
    ("answered", art(RC, "第八条"), ["对文物保护工作提出建议和意见"], "看管员有啥权利？小白问"),
    ("answered", art(RC, "第十三条"), ["协议期限"], "看管协议书里要写清楚哪些内容 求大神"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "去寺庙能拍壁画吗？旅游小白求问"),
    (
        "answered",
        art(RP, "第二十一条"),
        ["当地文物行政管理部门报告"],
        "放牧捡到个老铜佛 要上交吗 急急急",
    ),
    ("answered", art(RP, "第十三条"), ["爆破、钻探、挖掘"], "文保单位旁边能不能放炮开矿？"),
    ("answered", art(RP, "第二十九条"), ["法定代表人或负责人"], "博物馆文物丢了谁负责 求解答"),
    (
        "answered",
        art(RP, "第三十二条"),
        ["备案方可依法流通"],
        "私人收藏的老物件想转手 需要先办什么",
    ),
    (
        "answered",
        art(RP, "第四十九条"),
        ["县级人民政府组织"],
        "出了文物安全事故谁牵头调查 有懂行的吗",
    ),
    ("answered", art(RP, "第二十三条"), ["考古发掘报告"], "考古挖完了要交什么报告？学生党求问"),
    (
        "answered",
        art(RT, "六、（六）"),
        ["野外文物看管人员"],
        "文物安全培训哪些人必须参加 看管员算不算",
    ),
    (
        "answered",
        art(RT, "六、（三）"),
        ["案例分析"],
        "文屋安全培训都教些啥 有没有试卷考核 萌新想提前准备",
    ),
    (
        "answered",
        art(RT, "四、（三）"),
        ["记录在案"],
        "单位派我去文物培训 要是无故缺勤了会被怎么处理 有点紧张",
    ),
    (
        "answered",
        art(RT, "六、（四）"),
        ["理论知识培训和实践能力培训"],
        "文物安全培训的方向有哪些 求告知",
    ),
    ("answered", art(HP, "三、"), ["7 个阶段"], "地区人民医院创三甲 一共要走几个阶段？求大佬梳理"),
    ("answered", art(HP, "四、（一）"), ["3614.17万元"], "地区医院买医疗设备要解决多少钱 好奇"),
    (
        "answered",
        art(HP, "四、（十三）"),
        ["口腔种植义齿"],
        "地区人民医院以后能种牙吗？有消息的说下",
    ),
    (
        "answered",
        art(HP, "四、（十五）"),
        ["冈底斯医学论坛"],
        "第二届冈底斯医学论坛是怎么回事 吃瓜",
    ),
    ("answered", art(HP, "第13项"), ["西安交通大学口腔医院"], "请的是哪家口腔医院的专家来指导？"),
    ("answered", art(RD, "二、（四）"), ["7月15日前"], "日土县农村班车票啥时候能坐上 求内部消息"),
    ("answered", quote(RD, "350万元/年"), ["350万元/年"], "地区财政给四好农村路养护补贴多少一年？"),
    ("answered", art(RD, "二、（三）"), ["1594 名"], "全地区养户员一共安排了多少个"),
    ("answered", art(RD, "二、（三）"), ["路长制"], "农村公路路长制是几级 有人科普下吗"),
    ("answered", UPKEEP, ["管养分离"], "县里养护公司到底干啥的 新手求问"),
    ("answered", art(RD, "二、（一）"), ["98%"], "新改建农村公路交工验收合格率要多少 同行问下"),
    ("answered", art(GE, "三、（一）1."), ["230人"], "毕叶生创业目标是多少人？坐等"),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["不少于 300 个"],
        "学前教育特岗老师有多少个名额 毕叶生求问",
    ),
    ("answered", art(GE, "一、（二）3."), ["225个"], "2019年就业援藏岗位给了多少个？"),
    ("answered", art(GE, "三、（二）5."), ["5家以上"], "人力资源服务骨干企业要培育几家 有知道的吗"),
    ("answered", art(GE, "三、（一）4."), ["不少于 75 人"], "大学生参军入伍目标多少人 马一下"),
    ("out_of_scope", None, None, "【求助】山南市的居民在当地住院医保报销比例是多少"),
    ("out_of_scope", None, None, "2032年阿里毕叶生预计多少人 求预测"),
    ("out_of_scope", None, None, "老家湖北的新农合在阿里能用吗 急"),
    ("out_of_scope", None, None, "买了份重疾险 确诊了怎么理赔 求大神"),
    ("out_of_scope", None, None, "阿里考驾照科目二怎么过 求经验"),
    ("out_of_scope", None, None, "昌都的文物看管员工资多少 有人知道不"),
]

CALCULATED = [
    "【求助】交250档 二级医院第一次住元花了两万 能报多少",
    "小白问 交120 三级医院今年头回住院 三万五 报消多少",
    "急！们特慢性肝炎 交60 门诊花了五千 能报多少",
    "蹲答案 两并门诊 高血压 一级医院甲类药一千 报多少",
    "求问 县级文物点看管猿干了八个月 工资一共多少",
    "新人求助 五个县加地区财政 一年养护补贴多少万",
    "马克 奶奶六十五岁 女 参医保个人出多少",
]

EXPECTED = [
    e.inpatient(250, "二级", "20000"),
    e.inpatient(120, "三级", "35000"),
    e.special(60, "慢性肝炎", "5000"),
    e.two_diseases(["高血压"], "一级", "1000"),
    e.custodian("县级", 8),
    e.road(5, True),
    e.enrol(sex="女", age=65),
]


def build(t: Heldout32Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
