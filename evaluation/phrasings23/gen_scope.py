"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`), weighted toward Tibet's other prefectures
and counties (日喀则, 那曲, 林芝, 昌都, 山南, 江孜, 亚东, 聂拉木, 比如, 索县, 嘉黎, 波密, 米林, 察隅,
丁青, 乃东, 错那, 当雄; 拉萨's and 日喀则's own hospitals and roads) and cities of other provinces
earlier tables did not use (秦皇岛, 大同, 鄂尔多斯, 鞍山, 延边, 齐齐哈尔, 徐州, 温州, 芜湖, 厦门, 赣州,
烟台, 开封, 宜昌, 株洲, 汕头, 桂林, 三亚, 万州, 绵阳, 遵义, 大理, 宝鸡, 天水, 格尔木, 银川, 喀什, 高雄,
澳门, 朝阳区); look-alikes that must be answered: Ngari towns and villages (措勤镇, 底雅乡, 托林镇,
香孜乡, 普兰, 噶尔, 盐湖乡, 文布当桑乡, 羌堆村, 热角村, 先遣乡), the places the plans name
themselves (日喀则市人民医院, 山南市, 成都, 陕西, 西安), old scheme names, and 2018–2025 where the
plans name them. Every gold place and term read from the gazette for this table."""

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
from evaluation.phrasings23.table import Tune23Table

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
    ("日喀则那边的居民医保 住院起付线定的是多少", INPATIENT),
    ("那曲城乡居民医保一年统筹最高给报多少钱", CAP),
    ("林芝的门诊特殊病都包括哪些病种", SPECIAL),
    ("昌都参加居民医保 个人缴费分几个档次", TIERS),
    ("山南市的野外文物看管员一个月拿多少工资", WAGE),
    ("江孜县的文物保护单位里面能不能拍照", PHOTO),
    ("亚东县的高血压糖尿病两病门诊限额多少", TWO),
    ("聂拉木县城乡居民住院报销比例是多少", INPATIENT),
    ("那曲比如县的居民医保生孩子能报多少", MATERNITY),
    ("索县的普通门诊统筹一年最多能报多少", GENERAL),
    ("嘉黎县每年什么时候交下一年的医保", PERIOD),
    ("波密县的文物工作人员安全培训一年搞几次", TRAINING),
    ("米林县四好农村路养护补贴按每县多少钱给", ROAD),
    ("察隅县的高校毕业生就业率目标是多少", JOBS),
    ("丁青县居民医保有哪些费用是不报的", EXCLUDED),
    ("山南乃东区搞考古发掘要办什么报批手续", DIG),
    ("错那县选聘野外文物看管员有没有年龄要求", AGE),
    ("当雄县医保断缴了要怎么补", PERIOD),
    ("拉萨市人民医院当年创三甲分了几个阶段", STAGES),
    ("日喀则市有哪些县评上了四好农村路示范县", ROAD_GOAL),
    ("河北秦皇岛的城乡居民医保住院起付线是多少", INPATIENT),
    ("山西大同参加居民医保交费档次有哪些", TIERS),
    ("鄂尔多斯的居民医保一年封顶多少", CAP),
    ("辽宁鞍山的门诊慢特病病种有哪些", SPECIAL),
    ("吉林延边州的普通门诊统筹年度限额多少", GENERAL),
    ("齐齐哈尔的两病门诊用药怎么报销", TWO),
    ("江苏徐州居民医保孕妇生孩子报多少", MATERNITY),
    ("浙江温州城乡居民医保哪天开始交费", PERIOD),
    ("安徽芜湖居民医保有哪些费用不能报销", EXCLUDED),
    ("福建厦门三级医院住院的报销比例多少", INPATIENT),
    ("江西赣州的文物保护单位里允许拍照吗", PHOTO),
    ("山东烟台看守野外古墓的文物看管员工资怎么定", WAGE),
    ("河南开封考古发掘的审批手续怎么走", DIG),
    ("湖北宜昌居民医保缴费档次怎么选比较好", TIERS),
    ("湖南株洲的居民医保住院起付标准是多少", INPATIENT),
    ("广东汕头城乡居民医保年度最高支付限额是多少", CAP),
    ("广西桂林的门诊特殊病报销比例是多少", SPECIAL),
    ("海南三亚的四好农村路建设目标是什么", ROAD_GOAL),
    ("重庆万州的居民医保断缴以后怎么补缴", PERIOD),
    ("四川绵阳高校毕业生就业率要达到多少", JOBS),
    ("贵州遵义市人民医院什么时候评的三甲", HOSPITAL),
    ("云南大理两病门诊一年限额多少", TWO),
    ("陕西宝鸡的农村公路养护补贴标准是多少", ROAD),
    ("甘肃天水的文物工作人员培训一年几次", TRAINING),
    ("青海格尔木的居民医保床位费标准多少", INPATIENT),
    ("宁夏银川居民医保个人缴费档次有哪些", TIERS),
    ("新疆喀什地区的居民医保住院报销比例", INPATIENT),
    ("台湾高雄的健保看病怎么报销", None),
    ("澳门居民在本地看病医疗费能报多少", None),
    ("北京朝阳区城乡居民医保普通门诊报多少", GENERAL),
]

OTHER_SCHEMES = [
    ("惠民保一年交多少钱 得了大病能赔多少", SERIOUS),
    ("城乡居民养老保险最低一档交多少", None),
    ("在工地上受伤想做工伤认定 人社那边要交什么材料", EXCLUDED),
    ("二级残疾的哥哥能领的困难残疾人生活补贴和护理补贴 每月各发多少", None),
    ("八十岁以上老人的高龄津贴怎么领取", None),
    ("退役军人优待证有哪些用处", None),
    ("西藏现在的最低工资标准是多少", None),
    ("孩子买的学平险 摔伤了能赔多少", None),
    ("车险出险以后怎么理赔", None),
    ("家里有几百亩草场 草原生态保护补助奖励每亩能领多少", None),
    ("我在单位交的是职工医保 个人账户余额能不能转给老婆买药", None),
    ("农村危房改造补助能给多少钱", None),
    ("耕地地力保护补贴怎么申请", None),
    ("农村独生子女家庭 父母到了年纪领的奖励扶助金 一年发几百", None),
]

OTHER_YEARS = [
    ("我想翻旧账 2016年那会儿阿里农牧区医疗住院按几成报", INPATIENT),
    ("想查老政策 2019年阿里居民医保一年统筹封顶给到多少", CAP),
    ("2015年版的阿里文物保护管理办法有哪些规定", art(RP, "第一条")),
    ("2026年阿里居民医保缴费档次会不会涨", TIERS),
    ("2027年门诊特殊病又新增了哪些病种", SPECIAL),
    ("2030年阿里野外文物看管员的工资标准是多少", WAGE),
    ("2012年阿里农牧区医疗个人一年交多少", TIERS),
    ("2028年四好农村路养护补贴按什么标准给", ROAD),
    ("2035年阿里高校毕业生就业率定的目标是多少", JOBS),
    ("2018年阿里两病门诊的限额是多少", TWO),
    ("2010年阿里考古发掘的审批流程是什么样", DIG),
    ("2029年地区人民医院还要复评几次", HOSPITAL),
    ("2017年阿里居民普通门诊能报多少", GENERAL),
    ("2033年阿里文物安全培训计划怎么安排", TRAINING),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "措勤镇的牧民交250在县里二级医院住院 报几成",
    ),
    ("in_scope_place", art(RD, "二、"), ["底雅乡"], "answered", "札达县底雅乡现在通硬化路了没有"),
    (
        "in_scope_place",
        quote(RD, "托林镇-香孜乡"),
        ["托林镇-香孜乡"],
        "answered",
        "托林镇到香孜乡有没有开农村客运线路",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["普兰、札达、日土三县"],
        "answered",
        "普兰县的农村客运打算由谁来经营",
    ),
    (
        "in_scope_place",
        quote(RD, "噶尔县 95 人"),
        ["95"],
        "answered",
        "住在噶尔县的阿叔想当生态补偿养护员 县里今年有多少个岗位",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["日喀则市人民医院"],
        "answered",
        "创三甲的时候要去日喀则哪家医院参观学习",
    ),
    (
        "in_scope_place",
        quote(RD, "前往山南市、日喀则市"),
        ["山南市"],
        "answered",
        "四好农村路的现场培训学习要去山南吗",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["成都市 2 家"],
        "answered",
        "远程平台对接的内地医院里成都有几家",
    ),
    (
        "in_scope_place",
        art(GE, "三、（一）3."),
        ["不少于 200 个"],
        "answered",
        "陕西省每年给阿里毕业生提供多少个事业单位岗位",
    ),
    (
        "in_scope_place",
        art(HP, "第13项"),
        ["西安交通大学口腔医院"],
        "answered",
        "创三甲请的是西安哪家医院的口腔专家",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日内"],
        "answered",
        "盐湖乡的阿爸在新疆住院 要几天内备案",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户籍所在地"],
        "answered",
        "文布当桑乡的人申请参保登记去哪里办",
    ),
    ("in_scope_place", art(RD, "二、"), ["羌堆村"], "answered", "革吉县羌堆村的路是不是还没硬化"),
    (
        "in_scope_place",
        quote(RD, "热角村委会"),
        ["7月15日前"],
        "answered",
        "日土县热角村委会什么时候能开通农村客运",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "先遣乡的人跑去拉萨住院 报销比例比在阿里低多少",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "原来的农牧区医疗现在还单独报销吗",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["家庭账户"],
        "answered",
        "合作医疗那会儿的家庭账户取消了没有",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["14万元"],
        "answered",
        "听说居民医保报完还有个大病医疗保险 它一年顶格赔多少",
    ),
    ("scheme_alias", mi("第二十八条"), ["另行规定"], "answered", "医疗救助具体是怎么个救法"),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["收支两条线"],
        "answered",
        "合并以后的新农合基金是怎么管的",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "城镇居民医保那时候的门特病种现在还有没有",
    ),
    (
        "scheme_alias",
        mi("第三条"),
        ["个人缴费与政府补贴相结合"],
        "answered",
        "现在新农合的钱是怎么筹集的",
    ),
    ("scheme_alias", mi("第二十一条"), ["三大目录"], "answered", "城乡医保报销用的是哪套目录"),
    (
        "scheme_alias",
        mi("第十三条"),
        ["城镇职工基本医疗保险"],
        "answered",
        "从新农合转去职工医保 享受期内的住院费谁付",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "弟弟2025年毕业 规划里估计那年阿里毕业生有多少",
    ),
    (
        "in_scope_year",
        art(GE, "三、（二）1."),
        ["更加健全"],
        "answered",
        "到2025年毕业生就业政策体系要达到什么样",
    ),
    (
        "in_scope_year",
        art(RD, "四、（三）"),
        ["7月1日"],
        "answered",
        "2020年7月四好农村路创建处在哪个阶段",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "2020年起阿里执行的居民医保办法具体哪天生效",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["115个"],
        "answered",
        "表姐2018年毕业 那一年就业援藏岗位一共放出来多少个",
    ),
    (
        "in_scope_year",
        [art(RD, "二、（三）"), art(RD, "第12项")],  # fixed after the run: 第12项 says it too
        ["逐年递增"],
        "answered",
        "2020年地县两级的养护配套资金以后怎么变",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村"),
        ["4个乡镇", "30个建制村"],
        "answered",
        "签责任书那会儿 2019年给七个县压了几个乡镇几个建制村的通客车任务",
    ),
    (
        "in_scope_year",
        art(GE, "三、（一）1."),
        ["230人"],
        "answered",
        "2020到2025年阿里毕业生自主创业的目标是多少人",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["3228.29"],
        "answered",
        "2019年底自治区给的农村公路养护补助资金有多少",
    ),
]


def build(t: Tune23Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
