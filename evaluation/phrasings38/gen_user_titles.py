"""Titles in the style of Chinese Q&A sites and forum posts (跪求, 弱弱地问一句, 请教各位, 问个事,
家人们谁懂, 路过的帮看看, 小白一枚, 蹲, 紧急求助, 求指路, 急急急, 求大佬解答…), with typos people make
(住园, 起扶线, 抱销, 医堡, 风顶, 床味费, 两并, 门特柄, 看官员, 问物, 培巡, 毕页生, 参饱, 缴菲, 养护公斯,
客运搬车, 拖片, 大并保险), over all seven documents; some declined, some calculated. Every sentence was
written for this table."""

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
    SPECIAL,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", INPATIENT, ["100元"], "跪求 乡卫生院住园起扶线是多少"),
    ("answered", CAP, ["6万元"], "弱弱地问一句 居民医堡一年风顶多少钱"),
    ("answered", INPATIENT, ["60元/床日"], "请教各位 二级医院床味费医保一天按多少算"),
    ("answered", TWO, ["2000元"], "问个事 两并都有的人门诊一年合并限额多少"),
    ("answered", SPECIAL, ["不设起付线"], "家人们谁懂 门特柄报销有没有起扶线"),
    ("answered", GENERAL, ["60%"], "路过的帮看看 普通门诊抱销比例几成"),
    ("answered", PERIOD, ["10月1日至12月31日"], "小白一枚 每年啥时候缴菲交下一年的"),
    ("answered", mi("第九条"), ["以个人身份证号码为准直接缴费"], "蹲 续费参饱是不是有身份证号就行"),
    ("answered", mi("第七条"), ["户口簿"], "紧急求助 第一次参饱去乡里要带啥"),
    ("answered", MATERNITY, ["全额报销"], "急急急 媳妇生娃的住园费能抱销多少"),
    (
        "answered",
        mi("第二十九条"),
        ["随其母亲基本医疗保险统筹基金给予支付"],
        "求大佬解答 宝宝没上户就走了 医药费还能报吗",
    ),
    ("answered", EXCLUDED, ["眼镜"], "求指路 配眼镜医堡报不报"),
    ("answered", SERIOUS, ["自治区级统筹"], "大并保险是哪一级统筹的 有懂的吗"),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "转院要开啥证明 在线等挺急"),
    ("answered", mi("第三十三条"), ["5日内"], "在内地打工住园了 几天内要备案 急"),
    ("answered", mi("第四十四条"), ["向医保部门举报、投诉"], "有人骗医堡的钱 去哪举报啊 求指路"),
    ("answered", mi("第十二条"), ["终止参保手续"], "家里老人走了 医堡要办啥手续 请教"),
    (
        "answered",
        mi("第十三条"),
        ["城乡居民医疗保险基金按规定支付"],
        "从居民医堡转职工医堡 中间那段谁管 蹲个懂的",
    ),
    ("answered", WAGE, ["1200元"], "问下各位 守县级野外点的看官员每月到手工资多少"),
    (
        "answered",
        art(RC, "第六条"),
        ["纳入建档立卡贫困户的群众"],
        "看官员招聘建档立卡户是不是优先 小白求问",
    ),
    ("answered", art(RC, "第七条"), ["每日巡查"], "看官员是不是每天都得去巡查 家人们"),
    ("answered", art(RC, "第十三条"), ["不得超过一年"], "看官员的协议最长签几年 路过的说下"),
    ("answered", art(RC, "第十七条"), ["不及时报告"], "看官员发现文物被盗不报告会怎样 跪求"),
    (
        "answered",
        art(RP, "第三十八条"),
        ["禁止翻印出售和向国外提供拓片"],
        "拖片能不能卖给老外 有没有懂的",
    ),
    ("answered", art(RP, "第二十条"), ["六个月内"], "考古挖出来的问物多久交给文物部门 请教"),
    (
        "answered",
        art(RP, "第三十九条"),
        ["自治区文物行政管理部门统一管理"],
        "问物复制归谁管 弱弱地问",
    ),
    (
        "answered",
        art(RP, "第二十八条"),
        ["严禁存放易燃、易爆、易腐蚀等危险物品"],
        "急急急 被定为文保单位的寺庙院子里能不能囤汽油",
    ),
    ("answered", art(RP, "第三十二条"), ["备案方可依法流通"], "私人收藏的问物能买卖吗 求大佬"),
    ("answered", art(RT, "一、（三）"), ["每年不得少于一次"], "问物安全培巡一年最少几次 问个事"),
    ("answered", art(RT, "四、（三）"), ["无故缺勤的要记录在案"], "培巡无故缺勤会被记下来吗 蹲"),
    ("answered", art(RT, "六、（三）"), ["案例分析"], "培巡内容都有啥 小白一枚"),
    ("answered", art(HP, "四、（二）"), ["10461平方米"], "人民医院外科综合楼占地多大 好奇问下"),
    (
        "answered",
        art(HP, "四、（十五）"),
        ["沟通、交流、提升、兴藏"],
        "求科普 冈底斯医学论坛坚持的主题是哪几个词",
    ),
    ("answered", art(HP, "四、（三）"), ["5000万元"], "精神病福利院投资多少钱 路过问问"),
    (
        "answered",
        art(HP, "四、（十三）"),
        ["妇产科、重症医学科、骨科、心脑血管科"],
        "人民医院重点科室有哪些 家人们谁懂",
    ),
    (
        "answered",
        art(HP, "四、（九）"),
        ["协调陕西省对口支援医院委派"],
        "创三甲的人才从哪来 求解答",
    ),
    ("answered", quote(RD, "实行自负盈亏"), ["自负盈亏"], "养护公斯是不是自负盈亏 请教"),
    (
        "answered",
        quote(RD, "日常养护等简易工作必须雇佣当地农民"),
        ["不少于60%"],
        "养护公斯必须雇多少本地农民 跪求",
    ),
    (
        "answered",
        quote(RD, "力争于7月15日前达到运营条件并开通农村客运"),
        ["7月15日前"],
        "日土县客运搬车啥时候开通 在线等",
    ),
    (
        "answered",
        quote(RD, "七县于7月之前建立运行重点营运车辆联网联控三级平台"),
        ["联网联控三级平台"],
        "客运搬车要接入啥监控平台 问个事",
    ),
    ("answered", quote(RD, "其中噶尔县95人"), ["日土县237人"], "日土县养路员有多少个 蹲一个"),
    ("answered", art(GE, "一、（二）1."), ["2021年580人"], "2021年毕页生多少人 有人知道吗"),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["法律援助员岗位不少于10个"],
        "毕页生能去当法律援助员吗 岗位多少",
    ),
    ("answered", art(GE, "三、（一）3."), ["不少于20个"], "驻阿央企每年给毕页生多少岗位 求解"),
    ("answered", art(GE, "三、（二）5."), ["5家以上"], "规划说培育几家人力资源骨干企业 小白求问"),
    ("answered", art(GE, "三、（一）1."), ["230人"], "毕页生创业的目标是多少人 急"),
    ("out_of_scope", None, [], "在线等 日喀则的居民医堡住园抱销几成"),
    ("out_of_scope", None, [], "求助 2015年阿里医堡风顶多少"),
    ("out_of_scope", None, [], "问个事 拉萨单位职工医堡退休后还要交吗"),
    ("out_of_scope", None, [], "跪求推荐 狮泉河镇上哪家牦牛肉火锅味道正宗"),
    ("out_of_scope", None, [], "家人们谁懂 青海新农合怎么报"),
    ("out_of_scope", None, [], "小白一枚 考公务员行测怎么复习"),
]

CALCULATED = [
    "跪求帮算 表舅交250 二级医院今年第一次住园 花了一万九 能抱销多少",
    "急 干妈120档 三级医院头回住园两万四 报多少",
    "求大佬算下 连襟交60 门特柄冠心病 门诊一千八 报多少",
    "问个事 看官员守自治区级野外点干了四个月 工资多少",
    "家人们帮算 三个县加地区财政一年养护补贴多少",
    "小白求算 今年头回普通门诊花了两百 能报多少",
    "蹲 女 六十二岁 参饱个人缴菲多少",
    "帮算下 两并高血压 二级医院甲类药六百 报多少",
]

EXPECTED = [
    e.inpatient(250, "二级", "19000"),
    e.inpatient(120, "三级", "24000"),
    e.special(60, "冠心病", "1800"),
    e.custodian("自治区级", 4),
    e.road(3, True),
    e.general("200"),
    e.enrol(sex="女", age=62),
    e.two_diseases(["高血压"], "二级", "600"),
]


def build(t) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
