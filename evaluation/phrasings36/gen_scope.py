"""Declines and look-alikes: another place as the subject (counties of Tibet's other prefectures,
cities of every other provincial unit), another scheme named as people name it (another province's
新农合, 职工医保, 商业险, 公务员医疗补助, 异地医保 and others), another year (before the 办法, or after
the years the documents fix); and Ngari places, former scheme names and years that look out of scope
but are answered. Every sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    GENERAL,
    INPATIENT,
    PERIOD,
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

UNPAVED = art(RD, "二、")
BUS = art(RD, "二、（四）")
KEEPERS = art(RD, "二、（三）")
LINES = quote(RD, "现有农村客运线路4条")
ROAD = quote(RD, "100万元/年")
YEARS = art(GE, "一、（二）1.")
STAFF = art(HP, "四、（十）")
ELSEWHERE = mi("第三十三条")
TRAINING = art(RT, "一、（三）")
PHOTO = art(RP, "第三十七条")

# (question, related place or None): the subject is a place the documents do not govern
OTHER_PLACES = [
    ("那曲市双湖县居民住院 三级医院起付线是多少", INPATIENT),
    ("山南错那市的居民医保每年最多报多少", CAP),
    ("昌都江达县野外文物看管员每个月多少钱", WAGE),
    ("林芝波密县的普通门诊报销比例几成", GENERAL),
    ("日喀则仲巴县的两病门诊高血压一年限额多少", TWO),
    ("拉萨当雄县今年哪些村还没通硬化路", UNPAVED),
    ("那曲安多县四好农村路养护补贴每县一年多少", ROAD),
    ("日喀则亚东县的门诊特殊病有哪些", SPECIAL),
    ("山南浪卡子县城乡居民医保交费档次有几档", TIERS),
    ("河南洛阳市民住院二级医院报销几成", INPATIENT),
    ("山西大同的城乡居民医保封顶线是多少", CAP),
    ("内蒙古包头居民医保每年几月份开始交", PERIOD),
    ("辽宁鞍山的普通门诊一年最多报多少", GENERAL),
    ("吉林延边州农村公路养护员怎么招", KEEPERS),
    ("黑龙江齐齐哈尔毕业生就业有什么补贴", art(GE, "一、（一）")),
    ("江苏苏州的三甲医院创建方案分几个阶段", art(HP, "三、")),
    ("浙江温州的文物保护单位里能不能拍照", PHOTO),
    ("安徽芜湖乡镇卫生院住院起付线多少", INPATIENT),
    ("福建泉州城乡居民大病保险最高赔多少", SERIOUS),
    ("江西赣州的建档立卡贫困户参保自己交多少", TIERS),
    ("山东潍坊门诊特殊病报销设不设起付线", SPECIAL),
    ("湖北宜昌的糖尿病两病门诊每年限额多少", TWO),
    ("湖南岳阳农村客运通车率现在多少", BUS),
    ("广东佛山的居民医保个人缴费由谁收", mi("第十五条")),
    ("广西柳州的高校毕业生就业率目标多少", art(GE, "三、")),
    ("海南三亚的居民医保住院床位费标准是多少", INPATIENT),
    ("四川绵阳的野外文物看管员年龄要求多大", art(RC, "第五条")),
    ("贵州遵义那边文物工作人员的安全培训每年办几回", TRAINING),
    ("大理州那边的村道安全生命防护工程 今年花了多少钱", quote(RD, "村道生命安全防护工程")),
    ("陕西宝鸡的人民医院要新招多少医务人员", STAFF),
    ("甘肃天水的城乡居民医保年度最高支付限额", CAP),
    ("青海玉树州居民医保普通门诊起付线多少", GENERAL),
    ("宁夏固原的乡镇卫生院床位费每天多少", INPATIENT),
    ("新疆喀什的居民医保参保缴费期是哪几个月", PERIOD),
    ("台湾花莲的健保住院自付多少", None),
    ("香港居民住公立医院一天要收多少住院费", None),
    ("澳门的文物保护单位归哪个部门管", None),
]

# (question, related place or None): another scheme, named the way people name it
OTHER_SCHEMES = [
    ("老家河北邯郸的新农合 住院起付线多少", INPATIENT),
    ("我在山东菏泽交的新农合 今年还用交吗", PERIOD),
    ("湖南邵阳新农合的门诊能报销多少", GENERAL),
    ("单位给交的职工医保 住院报销比例多少", INPATIENT),
    ("在单位上班交职工医保 个人账户每月能划进来多少钱", None),
    ("我爸交了二十年职工医保 退休以后还要接着缴吗", None),
    ("在拉萨上班交的职工医保 到阿里看病能报多少", INPATIENT),
    ("买的商业医疗险 住院能不能和居民医保一起报", None),
    ("给阿妈买的商业重疾险 确诊癌症以后保险公司赔多少", SERIOUS),
    ("孩子学校统一买的意外险 摔伤了怎么理赔", None),
    ("百万医疗险一年免赔额是多少", None),
    ("姐夫是公务员 公务员医疗补助在住院这块能再补多少", INPATIENT),
    ("公务员医疗补助看门诊按什么比例报销", GENERAL),
    ("异地医保备案以后在成都看门诊按什么比例报", None),
    ("四川的异地医保在阿里住院可以直接结算吗", mi("第三十四条")),
    ("从重庆转过来的异地医保关系怎么接续", None),
    ("媳妇在拉萨公司上班 她那个生育保险的产假津贴咋算", mi("第二十九条")),
    ("工伤保险认定下来以后治疗费全报吗", mi("第三十条")),
    ("灵活就业人员交的职工医保一个月多少钱", None),
    ("广州职工医保的大病统筹封顶多少", SERIOUS),
    ("城镇职工医保门诊慢特病有哪些", SPECIAL),
    ("江苏的新农合参保能不能异地办理", None),
    ("贵州毕节新农合报销时要带哪些材料", mi("第三十四条")),
    ("惠民保一年交一百多能赔多少", SERIOUS),
]

# (question, related place or None): a year the documents do not cover
OTHER_YEARS = [
    ("想查一下2016年那会阿里农牧区医疗住院能报几成", INPATIENT),
    ("2017年城乡居民医保在阿里每人交多少", TIERS),
    ("2018年的时候阿里城乡居民医保一年最多能报到多少", CAP),
    ("2019年阿里普通门诊统筹一年能报多少", GENERAL),
    ("2015年阿里野外文物看管员月工资多少", WAGE),
    ("预测一下到了2027年阿里的高校毕业生会有多少人", YEARS),
    ("2030年四好农村路养护补贴每县还是100万吗", ROAD),
    ("到2026年阿里高校毕业生的就业率要求达到多少", art(GE, "三、")),
    ("2024年地区人民医院新增多少医务人员", STAFF),
    ("2023年阿里四好农村路示范创建分几个阶段", quote(RD, "分四个阶段实施")),
    ("2012年的时候阿里农村客运有几条线路", LINES),
    ("2014年阿里农牧区医疗门诊特殊病有多少种", SPECIAL),
    ("2028年阿里高校毕业生就业援藏岗位有多少", art(GE, "一、（二）3.")),
    ("2010年阿里文物安全培训经费从哪出", art(RT, "五、")),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    ("in_scope_place", UNPAVED, ["楚松村"], "answered", "札达县楚松村通硬化路了吗 方案里有没有写"),
    ("in_scope_place", UNPAVED, ["丁则村"], "answered", "日土县丁则村还没通硬化路对吧"),
    ("in_scope_place", UNPAVED, ["却藏村"], "answered", "革吉却藏村是不是在未通硬化路的名单上"),
    ("in_scope_place", UNPAVED, ["次吾嘎木村"], "answered", "改则县次吾嘎木村路硬化了没"),
    ("in_scope_place", UNPAVED, ["查仓村"], "answered", "措勤县查仓村的路通了没有 文件咋写"),
    ("in_scope_place", UNPAVED, ["萨让乡"], "answered", "札达萨让乡通没通硬化路"),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["东汝乡"],
        "answered",
        "日土东汝乡啥时候开通农村客运",
    ),
    (
        "in_scope_place",
        art(RD, "二、（三）"),
        ["普兰县235人"],
        "answered",
        "普兰县2020年安排了多少个生态补偿农村公路养护岗位",
    ),
    (
        "in_scope_place",
        art(RD, "二、（三）"),
        ["措勤县132人"],
        "answered",
        "措勤县的生态补偿公路养护员有几个名额",
    ),
    (
        "in_scope_place",
        art(RD, "二、（三）"),
        ["改则县358人"],
        "answered",
        "改则县农村公路养护岗位计划安排多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "托林镇-香孜乡"),
        ["托林镇-香孜乡"],
        "answered",
        "从托林镇去香孜乡 现在有跑农村客运的车吗",
    ),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-左左乡"),
        ["狮泉河镇-左左乡"],
        "answered",
        "狮泉河镇到左左乡有客运班线吗",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["乌江村委会"],
        "answered",
        "多玛乡乌江村委会要通客车了吗",
    ),
    ("in_scope_place", INPATIENT, ["100元"], "answered", "住在江让乡 在乡卫生院住院起付线多少"),
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "物玛乡的牧民交250 在地区二级医院住院报几成",
    ),
    ("in_scope_place", CAP, ["6万元"], "answered", "雄巴乡的居民医保一年封顶多少钱"),
    (
        "in_scope_place",
        PERIOD,
        ["10月1日至12月31日"],
        "answered",
        "古姆乡的老乡医保啥时候交下一年的钱",
    ),
    ("in_scope_place", ELSEWHERE, ["5日内"], "answered", "噶尔县的人在西安住院了要几天内备案"),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "日土县居民在新疆叶城住院 钱怎么结",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["日喀则市人民医院"],
        "answered",
        "创三甲的时候去日喀则市人民医院干什么",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["成都市2家"],
        "answered",
        "远程平台对接了成都的几家医院",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["农牧区医疗制度"],
        "answered",
        "以前合作医疗的门诊特殊病现在还保留吗",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "阿里的农牧区医疗和城镇居民医保是不是合成一个了",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["农牧区医疗制度基金"],
        "answered",
        "原来农牧区医疗的基金钱去哪了",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["家庭账户"],
        "answered",
        "以前新农合那个家庭账户的余额还能用吗",
    ),
    (
        "scheme_alias",
        SERIOUS,
        ["30万元"],
        "answered",
        "阿里继续执行的那个农牧民大额补充医疗保险 一年封顶赔多少",
    ),
    ("in_scope_year", PERIOD, ["10月1日至12月31日"], "answered", "2021年的居民医保要在什么时候交"),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "2020年阿里居民医保办法啥时候开始执行",
    ),
    (
        "in_scope_year",
        YEARS,
        ["2024年640人左右"],
        "answered",
        "阿里2024年那一届高校毕业生预测有多少人",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["225个"],
        "answered",
        "规划里说2019年一共给阿里毕业生提供了多少个就业援藏岗位",
    ),
    (
        "in_scope_year",
        art(HP, "二、"),
        ["2021年"],
        "answered",
        "地区人民医院三甲评审目标是哪一年通过并挂牌",
    ),
    (
        "in_scope_year",
        quote(RD, "10366.762"),
        ["10366.762公里"],
        "answered",
        "到2019年年底 阿里七个县的农村公路加起来总里程有多长",
    ),
    (
        "in_scope_year",
        art(RD, "二、（三）"),
        ["1594名"],
        "answered",
        "2020年阿里生态补偿养护岗位一共多少人",
    ),
]


def build(t) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
