"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`), weighted toward Tibet's other prefectures
and counties (日喀则, 那曲, 林芝, 昌都, 山南 as the first word; 定日, 萨迦, 拉孜, 南木林, 安多, 申扎,
班戈, 尼玛, 工布江达, 朗县, 墨脱, 江达, 贡觉, 芒康, 洛隆, 琼结, 浪卡子, 墨竹工卡; 拉萨's and 日喀则's
own hospital and roads) and cities of other provinces earlier tables did not use (唐山, 长治, 包头,
锦州, 四平, 牡丹江, 常州, 嘉兴, 蚌埠, 泉州, 九江, 潍坊, 洛阳, 襄阳, 岳阳, 佛山, 柳州, 海口, 涪陵, 宜宾,
六盘水, 曲靖, 汉中, 张掖, 海东, 石嘴山, 伊犁, 台中, 香港, 浦东新区), other schemes, other years (2008–
2040 but 2020); look-alikes that must be answered: Ngari towns and villages, the places the
plans name themselves (日喀则市人民医院, 山南市, 成都, 陕西, 西安), old scheme names, and 2018–2025
where the plans name them. The look-alikes ask phrasings23's facts in new words."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    ROAD,
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings25.table import Tune25Table

PHOTO = art(RP, "第三十七条")
TRAINING = art(RT, "一、（三）")
HOSPITAL = art(HP, "二、")
STAGES = art(HP, "三、")
ROAD_GOAL = art(RD, "一、")
JOBS = art(GE, "三、")
DIG = art(RP, "第十七条")
AGE = art(RC, "第五条")

# (question, related Ngari rule): Tibet's other prefectures and counties first
OTHER_PLACES = [
    ("日喀则定日县的居民医保 住一级医院起付标准多少钱", INPATIENT),
    ("那曲安多县城乡居民医保一年最多报销多少", CAP),
    ("林芝墨脱县门诊特殊病有哪些病可以办", SPECIAL),
    ("昌都芒康县交居民医保 个人有几档可以选", TIERS),
    ("山南浪卡子县的野外文物看管员每月补助多少", WAGE),
    ("萨迦县那些文物保护单位 里头让不让拍照", PHOTO),
    ("拉孜县两病门诊一年报销限额是多少", TWO),
    ("南木林县的居民住院统筹能报几成", INPATIENT),
    ("那曲申扎县参保的产妇生孩子能报多少钱", MATERNITY),
    ("班戈县普通门诊统筹一年封顶报多少", GENERAL),
    ("尼玛县下一年度的医保每年几月开始交", PERIOD),
    ("工布江达县文物工作人员的安全培训一年几次", TRAINING),
    ("朗县农村公路养护补贴每个县给多少", ROAD),
    ("江达县高校毕业生就业率定的目标多少", JOBS),
    ("贡觉县城乡居民医保哪些费用不给报", EXCLUDED),
    ("山南琼结县要搞考古发掘 报批流程是怎样的", DIG),
    ("洛隆县招野外看管员 年龄上有什么限制", AGE),
    ("墨竹工卡县医保断了一年要怎么补上", PERIOD),
    ("拉萨市人民医院自己创三甲的时候定了几个阶段", STAGES),
    ("日喀则市评上四好农村路示范县的是哪几个县", ROAD_GOAL),
    ("河北唐山城乡居民医保住院起付线是多少", INPATIENT),
    ("山西长治参加居民医保有哪几个缴费档次", TIERS),
    ("内蒙古包头居民医保一年最高支付多少", CAP),
    ("辽宁锦州门诊慢特病包括哪些病", SPECIAL),
    ("吉林四平的普通门诊统筹年度限额多少", GENERAL),
    ("黑龙江牡丹江的两病门诊用药报销怎么算", TWO),
    ("江苏常州居民医保生孩子能报多少", MATERNITY),
    ("浙江嘉兴城乡居民医保每年几号开始缴费", PERIOD),
    ("安徽蚌埠居民医保哪些费用不予报销", EXCLUDED),
    ("福建泉州三级医院住院报销几成", INPATIENT),
    ("江西九江的文物保护单位内能不能拍照", PHOTO),
    ("山东潍坊野外文物看管员工资按什么标准发", WAGE),
    ("河南洛阳搞考古发掘的报批流程", DIG),
    ("湖北襄阳那边居民医保几个缴费档次 选哪个最划算", TIERS),
    ("湖南岳阳的城乡居民医保 住县医院要先自付多少起付线", INPATIENT),
    ("广东佛山参加城乡居民医保 一年统筹最多能报几万", CAP),
    ("广西柳州办了门诊特殊病的参保人 门诊能报几成", SPECIAL),
    ("海南海口四好农村路的建设目标是什么", ROAD_GOAL),
    ("重庆涪陵居民医保断缴后怎么补缴", PERIOD),
    ("四川宜宾高校毕业生就业率的目标是多少", JOBS),
    ("贵州六盘水市人民医院是哪年评上三甲的", HOSPITAL),
    ("云南曲靖两病门诊一年的限额多少", TWO),
    ("陕西汉中农村公路养护补贴标准多少", ROAD),
    ("甘肃张掖文物工作人员安全培训一年几次", TRAINING),
    ("青海海东的居民医保床位费按多少认", INPATIENT),
    ("宁夏石嘴山居民医保个人缴费分哪几档", TIERS),
    ("新疆伊犁州的居民住院 医保按什么比例报", INPATIENT),
    ("台湾台中看病健保怎么给付", None),
    ("香港居民在当地看病医药费能报几成", None),
    ("上海浦东新区城乡居民医保普通门诊报多少", GENERAL),
]

OTHER_SCHEMES = [
    ("买了惠民保 一年保费多少 大病能赔几万", SERIOUS),
    ("城乡居民养老保险的最低缴费档次一年多少钱", None),
    ("干活摔伤了想认定工伤 要去人社局交哪些材料", EXCLUDED),
    ("残疾人的生活补贴和护理补贴 一级残疾每月能领多少", None),
    ("九十岁老人的高龄补贴去哪里申请", None),
    ("退役军人优待证能享受哪些优惠", None),
    ("阿里现在的最低工资一个月多少", None),
    ("娃的学生平安保险 骨折了能赔几千", None),
    ("开车刮了别人的车 车险怎么走理赔", None),
    ("家里的草场有草原生态补奖 一亩地补多少钱", None),
    ("职工医保个人账户里的钱 能给爸妈买药用吗", None),
    ("农牧区危房改造的补助资金 一户最多能补几万", None),
    ("耕地地力保护补贴去哪里申报", None),
    ("独生子女家庭父母满六十岁后的奖励扶助金 每年发多少", None),
]

OTHER_YEARS = [
    ("想查以前的规定 2014年阿里农牧区医疗住院报销比例多少", INPATIENT),
    ("翻老黄历 2019年阿里居民医保年度最高支付限额多少", CAP),
    ("2013年那版阿里文物保护管理办法里怎么规定的", art(RP, "第一条")),
    ("2031年阿里居民医保个人缴费档次会调吗", TIERS),
    ("2032年门诊特殊病有没有加新病种", SPECIAL),
    ("2036年野外文物看管员的补助标准是多少", WAGE),
    ("2009年阿里农牧区医疗一个人交多少钱", TIERS),
    ("2034年四好农村路养护补贴按啥标准", ROAD),
    ("2040年阿里高校毕业生就业率目标多少", JOBS),
    ("2016年阿里两病门诊一年限额多少", TWO),
    ("2008年阿里考古发掘怎么报批", DIG),
    ("2038年地区人民医院还要复评几回", HOSPITAL),
    ("2011年那会儿阿里居民看普通门诊 一年能报多少钱", GENERAL),
    ("2037年阿里文物安全培训计划怎么排", TRAINING),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "措勤镇的牧民交了250 在县二级医院住院 能报多少比例",
    ),
    ("in_scope_place", art(RD, "二、"), ["底雅乡"], "answered", "札达县底雅乡到现在通没通硬化路"),
    (
        "in_scope_place",
        quote(RD, "托林镇-香孜乡"),
        ["托林镇-香孜乡"],
        "answered",
        "托林镇去香孜乡的农村客运线开通了没有",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["普兰、札达、日土三县"],
        "answered",
        "普兰县的农村客运准备交给谁来经营",
    ),
    (
        "in_scope_place",
        quote(RD, "噶尔县 95 人"),
        ["95"],
        "answered",
        "噶尔县的阿叔想去当生态补偿养护员 县里今年有几个名额",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["日喀则市人民医院"],
        "answered",
        "创三甲要去参观学习的那家日喀则的医院是哪家",
    ),
    (
        "in_scope_place",
        quote(RD, "前往山南市、日喀则市"),
        ["山南市"],
        "answered",
        "四好农村路的现场观摩学习要去山南吗",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["成都市 2 家"],
        "answered",
        "远程平台对接的内地医院中 成都的有几家",
    ),
    (
        "in_scope_place",
        art(GE, "三、（一）3."),
        ["不少于 200 个"],
        "answered",
        "陕西省对口援藏 每年拿出多少个事业单位岗位给阿里毕业生",
    ),
    (
        "in_scope_place",
        art(HP, "第13项"),
        ["西安交通大学口腔医院"],
        "answered",
        "创三甲时口腔科请来坐诊的专家 是西安哪家医院的",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日内"],
        "answered",
        "盐湖乡的阿爸在新疆住院了 几天内要备案",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户籍所在地"],
        "answered",
        "文布当桑乡的人去哪里办参保登记",
    ),
    ("in_scope_place", art(RD, "二、"), ["羌堆村"], "answered", "革吉县羌堆村的路还没有硬化是吗"),
    (
        "in_scope_place",
        quote(RD, "热角村委会"),
        ["7月15日前"],
        "answered",
        "日土县热角村委会的农村客运什么时候通",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "先遣乡的人去拉萨住院 报销比例要低多少",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "以前的农牧区医疗现在还单独给报吗",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["家庭账户"],
        "answered",
        "合作医疗那时候的家庭账户是不是取消了",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["14万元"],
        "answered",
        "居民医保报完以后还有大病医疗保险 一年最多赔多少",
    ),
    ("scheme_alias", mi("第二十八条"), ["另行规定"], "answered", "医疗救助具体怎么救助"),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["收支两条线"],
        "answered",
        "整合以后新农合的基金怎么管理",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "以前城镇居民医保认定的门特病种 现在合并以后还认不认",
    ),
    (
        "scheme_alias",
        mi("第三条"),
        ["个人缴费与政府补贴相结合"],
        "answered",
        "现在新农合的资金怎么筹",
    ),
    ("scheme_alias", mi("第二十一条"), ["三大目录"], "answered", "城乡医保报销按哪套目录执行"),
    (
        "scheme_alias",
        mi("第十三条"),
        ["城镇职工基本医疗保险"],
        "answered",
        "从新农合转到职工医保 待遇享受期内的住院费谁来付",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "侄女2025年毕业 规划估计那年阿里毕业生有多少人",
    ),
    (
        "in_scope_year",
        art(GE, "三、（二）1."),
        ["更加健全"],
        "answered",
        "规划提出到2025年 阿里高校毕业生就业政策体系要达到什么样子",
    ),
    (
        "in_scope_year",
        art(RD, "四、（三）"),
        ["7月1日"],
        "answered",
        "2020年7月四好农村路创建进行到哪个阶段了",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "2020年开始执行的阿里居民医保办法哪天起生效",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["115个"],
        "answered",
        "表妹2018年毕业 那年就业援藏岗位共提供多少个",
    ),
    (
        "in_scope_year",
        [
            art(RD, "二、（三）"),
            art(RD, "第12项"),
        ],  # (phrasings23, fixed after its run): 第12项 says it too
        ["逐年递增"],
        "answered",
        "2020年地县两级养护配套资金以后会怎么调整",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村"),
        ["4个乡镇", "30个建制村"],
        "answered",
        "签责任书时 2019年给七个县定了几个乡镇几个建制村通客车的任务",
    ),
    (
        "in_scope_year",
        art(GE, "三、（一）1."),
        ["230人"],
        "answered",
        "2020年到2025年阿里毕业生自主创业目标多少人",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["3228.29"],
        "answered",
        "到2019年底 自治区给阿里的农村公路养护补助资金一共多少",
    ),
]


def build(t: Tune25Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
