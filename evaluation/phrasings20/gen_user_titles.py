"""Question titles as people post them on Q&A sites and forums (百度知道, 知乎, 贴吧, 小红书, 抖音
comments): 【求助】, 急急急, 有没有大神, 蹲一个答案, 姐妹们, 吧友们, 跪求, 小白求问, 如题, 在线等挺急的,
typos (住园, 报削, 起负线, 门特病, 二病, 看管圆, 文无, 陪训, 毕叶生) — answered over all seven documents,
some declined, some calculated."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings20.table import Heldout20Table

U = "user_titles"
BOTH = ["answered", "calculated"]

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["100元"], "【求助】阿里乡镇卫生院住园起负线多少？在线等挺急的"),
    ("answered", mi("第二十二条"), ["70%"], "如题，年内第二次住院起付线是不是打折了？打几折？"),
    ("answered", mi("第二十四条"), ["30种"], "阿里居民医保门特病一共有多少种？有没有大神列一下"),
    (
        "answered",
        mi("第二十五条"),
        ["乙类药品个人先行自付10%"],
        "二病门诊乙类药要自己先掏多少？小白求问",
    ),
    ("answered", mi("第二十六条"), ["60%"], "普通门诊报削比例是多少啊 蹲一个答案"),
    ("answered", mi("第二十九条"), ["全额报销"], "姐妹们 阿里生娃医保是全报吗？"),
    ("answered", mi("第三十条"), ["近视眼矫正术"], "做近视手术能走居民医保吗？跪求懂的人"),
    (
        "answered",
        mi("第三十条"),
        ["非临床需要而自己要求剖宫产"],
        "没有医学指征自己要求剖腹产 医保管不管？",
    ),
    (
        "answered",
        mi("第三十四条"),
        ["先行垫付全部医疗费用"],
        "在内地住院 是不是得先自己垫钱回来再报？吧友们",
    ),
    ("answered", mi("第七条"), ["户口簿、身份证原件和复印件"], "第一次参保要带什么材料？如题"),
    ("answered", mi("第十八条"), ["6:4"], "老人满了岁数不用交医保 那钱谁给交的？比例多少"),
    (
        "answered",
        mi("第四十五条"),
        ["伪造、涂改医疗文书"],
        "改医院票据骗报销被查出来会怎样？有懂法的吗",
    ),
    (
        "answered",
        mi("第三十二条"),
        ["逐级转诊", "转诊转院证明"],
        "县医院看不了要转去地区医院 要开什么证明？",
    ),
    ("answered", art(RP, "第十三条"), ["不得进行其他建设工程"], "文物保护范围里能盖房子吗？急急急"),
    (
        "answered",
        art(RP, "第二十一条"),
        ["不得哄抢、私分、藏匿"],
        "挖地基挖出个老罐子能自己留着吗 有没有懂的",
    ),
    ("answered", art(RP, "第三条"), ["古树名木"], "古树名木也算文无受保护吗？"),
    (
        "answered",
        art(RP, "第十六条"),
        ["不得占用、破坏、拆毁或者变卖"],
        "还没定级的文物点可以拆了卖材料吗？求解答",
    ),
    (
        "answered",
        art(RP, "第二十八条"),
        ["防火、防盗、防虫、防尘、防震"],
        "寺庙是文保单位的话要配哪些防护设施？",
    ),
    (
        "answered",
        art(RP, "第五十四条"),
        ["联席会议办公室负责解释"],
        "阿里文物保护管理办法谁负责解释的？",
    ),
    ("answered", art(RC, "第十一条"), ["扣除当月野外看管补助"], "看管圆巡逻日志没写 会扣钱吗？"),
    (
        "answered",
        art(RC, "第七条"),
        ["每日巡查、记录、汇报"],
        "野外文物看管员平时都要干些啥 有了解的吗",
    ),
    ("answered", art(RC, "第八条"), ["文物安全培训"], "当看管员能参加培训吗 有没有啥权利"),
    ("answered", art(RC, "第九条"), ["本人自愿"], "野外文物看管员是村里指派的还是自愿报名的？"),
    ("answered", art(RT, "四、（三）"), ["书面检讨", "约谈"], "文物安全陪训被退训了会有什么处分？"),
    (
        "answered",
        art(RT, "六、（六）"),
        ["野外文物看管人员", "驻寺僧尼"],
        "文物安全培训办法适用哪些人 寺里的僧人也要去吗",
    ),
    ("answered", art(RT, "一、（六）"), ["考核要有结果"], "文物培训结束了要不要考核？"),
    ("answered", art(HP, "二、"), ["8个月"], "阿里地区人民医院创三甲 初审争取用多久？"),
    ("answered", art(HP, "四、（七）"), ["835.897万元"], "远程平台建设总投资多少钱 有知道的吗"),
    ("answered", art(HP, "四、（十）"), ["专招渠道解决60人"], "地区医院招人 专招渠道招多少个？蹲"),
    ("answered", art(HP, "三、"), ["7个阶段"], "创三甲工作一共分成几个阶段？"),
    (
        "answered",
        quote(RD, "100万元/年"),
        ["100万元/年"],
        "【问】咱阿里四好农村路 县一级的养护专项补贴标准是多少每年？",
    ),
    ("answered", art(RD, "一、"), ["59%"], "37个乡镇里通了客车的占比是多少？有统计吗"),
    ("answered", art(RD, "四、（二）"), ["山南市、日喀则市"], "四好农村路现场培训去哪里学习？"),
    (
        "answered",
        [art(RD, "二、（二）"), art(RD, "第8项")],
        ["路田分家、路宅分家"],
        "县道要实现什么分家 听说有个路田分家？",
    ),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["学前教育教师特设岗位不少于300个"],
        "毕叶生想当幼师 规划里学前教育特岗有多少个",
    ),
    (
        "answered",
        art(GE, "三、（一）3."),
        ["不少于200个事业单位岗位"],
        "对口援藏的冀陕两省 每年各拿出多少事业编岗位给阿里娃？",
    ),
    (
        "answered",
        art(GE, "三、（一）1."),
        ["每年提供岗位不少于50个"],
        "新业态每年给毕业生提供多少岗位 求科普",
    ),
    ("answered", art(GE, "四、（二）1."), ["非公企业"], "市场就业的工作重点放在哪里？"),
    ("out_of_scope", None, None, "【求助】日喀则吉隆县的居民医保住院怎么报？"),
    ("out_of_scope", None, None, "2035年阿里毕业生就业率能到多少？"),
    ("out_of_scope", None, None, "青海玉树的野外文物看管员一个月多少钱 有知道的吗"),
    ("out_of_scope", None, None, "买了商业医疗险 住院能赔多少？"),
    ("out_of_scope", None, None, "教资面试怎么准备？求经验"),
    ("out_of_scope", None, None, "狮泉河到普兰的长途大巴票多少钱？"),
    ("out_of_scope", None, None, "家里的宠物狗生病了能用医保吗？"),
]

CALCULATED = [
    "【急】交120档 二级医院头回住院花了1万5 能报多少？",
    "求算！250档 三级医院今年第二次住院 两万五 报销多少",
    "门特病冠心病 交60 门诊三千 能报几个？",
    "二病门诊 糖尿病 一级医院甲类九百 报多少 有大神吗",
    "【求算】县级野外文物点的看管圆 干满十个月能领多少工资？",
    "四个县一年的四好农村路养护补贴加一起多少万？",
    "普通门诊今年第一次 花了四百 能报多少啊",
    "六十二岁的阿妈 居民医保还要自己交吗？",
]

EXPECTED = [
    e.inpatient(120, "二级", "15000"),
    e.inpatient(250, "三级", "25000", 2),
    e.special(60, "冠心病", "3000"),
    e.two_diseases(["糖尿病"], "一级", "900"),
    e.custodian("县级", 10),
    e.road(4, False),
    e.general("400"),
    e.enrol(sex="女", age=62),
]


def build(t: Heldout20Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
