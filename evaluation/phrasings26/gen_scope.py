"""Declines (another province's city or another Tibetan prefecture's county as the subject, another
scheme, another year) and look-alikes that must be answered, for the twenty-sixth held-out table:
sentences and their expectations only."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import CAP, INPATIENT, PERIOD, SPECIAL, TIERS, TWO, WAGE
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings26.table import Heldout26Table

TRAINING = art(RT, "一、（三）")
ROAD_MONEY = quote(RD, "100万元/年")
BUSES = quote(RD, "托林镇-香孜乡")
JOBS = art(GE, "三、")
GRADUATES = quote(GE, "2020年591人")
HOSPITAL = art(HP, "二、")

# (question, related Ngari rule or None): the subject is another place
OTHER_PLACES = [
    ("河北保定农村老人在县医院住院 那边居民医保起付线是多少", INPATIENT),
    ("山西临汾农村户口交新农合一年多少钱", TIERS),
    ("包头市居民医保门诊慢病能报几成", SPECIAL),
    ("大连居民医保一年最高能报多少", CAP),
    ("吉林市的农村公路养护补助一个县给多少", ROAD_MONEY),
    ("齐齐哈尔的野外文物看管员一个月多少工资", WAGE),
    ("上海徐汇区的居民医保几月份开始交费", PERIOD),
    ("常州新生儿参保怎么办理", mi("第六条")),
    ("嘉兴的高校毕业生创业补贴有多少", JOBS),
    ("蚌埠市二级医院住院报销比例是多少", INPATIENT),
    ("漳州居民医保高血压门诊一年能报多少", TWO),
    ("九江的文物保护单位里能不能拍照", art(RP, "第三十七条")),
    ("潍坊居民医保缴费档次有哪几档", TIERS),
    ("开封古城墙的文物保护范围谁来划定", art(RP, "第十二条")),
    ("襄阳市人民医院创三甲的工作方案是怎么安排的", HOSPITAL),
    ("株洲农村客运班车通村率是多少", BUSES),
    ("佛山顺德区居民医保年度最高支付限额多少", CAP),
    ("桂林市文物安全培训一年搞几次", TRAINING),
    ("海口的城乡居民医保什么时候截止缴费", PERIOD),
    ("重庆涪陵区农村公路养护公司怎么组建的", quote(RD, "公司实行管养分离")),
    ("四川南充市的居民医保大病保险赔多少", mi("第二十七条")),
    ("贵州六盘水的门诊特殊病有多少种", SPECIAL),
    ("云南曲靖一级医院住院起付线多少钱", INPATIENT),
    ("陕西汉中居民医保两病门诊怎么报", TWO),
    ("甘肃酒泉的野外文物看管员是怎么选聘的", art(RC, "第五条")),
    ("青海玉树州的高校毕业生就业规划有哪些目标", JOBS),
    ("宁夏吴忠的四好农村路示范县怎么评", quote(RD, "力争年内推创1-2个县为全国“四好农村路”示范县")),
    ("新疆喀什地区居民医保个人缴费多少", TIERS),
    ("天津武清区居民医保住院能报多少", INPATIENT),
    ("北京海淀的博物馆备案要什么材料", art(RP, "第二十五条")),
    ("台中的全民健保看门诊部分负担怎么收", None),
    ("林芝巴宜区的居民医保交费时间是什么时候", PERIOD),
    ("昌都八宿县农村公路养护补贴每年多少", ROAD_MONEY),
    ("我哥在那曲索县看守野外文物点 那边看管员月工资是多少", WAGE),
    ("山南错那的高校毕业生到基层就业有什么岗位", art(GE, "三、（一）4.")),
    ("日喀则定日县的文物保护专项经费用在哪些方面", art(RP, "第六条")),
    ("拉萨当雄县城乡居民医保三级医院报销多少", INPATIENT),
]

OTHER_SCHEMES = [
    ("职工医保的门诊共济怎么报", None),
    ("城镇职工基本养老保险交满多少年能领", None),
    ("失业了能领多少个月失业金", None),
    ("工地上摔伤了 工伤保险的伤残等级鉴定怎么申请", mi("第三十条")),
    ("生育保险的产假津贴怎么算", mi("第二十九条")),
    ("惠民保一年交多少钱 赔多少", None),
    ("村里老房子裂缝了 农村危房改造一户补贴多少钱", None),
    ("退役军人优待证有什么用", None),
    ("牧区草原禁牧以后 草原生态保护补助奖励每亩发多少", None),
    ("大学生助学贷款怎么申请延期还款", None),
    ("明年想考小学教师资格证 结构化面试怎么准备", None),
    ("异地就医备案的职工医保报销比例", None),
    ("村医的基本公共卫生服务补助怎么发", None),
    ("营业执照怎么网上办理", None),
    ("个人所得税汇算怎么退税", None),
    ("医师资格考试报名条件是什么", None),
    ("新能源车下乡补贴怎么领", None),
    ("住房公积金提取租房要什么材料", None),
]

OTHER_YEARS = [
    ("2011年阿里新农合住院报销比例是多少", INPATIENT),
    ("2014年的农牧区医疗制度个人交多少钱", TIERS),
    ("2017年阿里野外文物看管员每月工资多少", WAGE),
    ("2008年阿里居民医保个人缴费标准是多少", TIERS),
    ("2012年阿里的居民医保年度最高支付限额是多少", CAP),
    ("到了2029年 阿里四好农村路养护专项补贴每县能给到多少", ROAD_MONEY),
    ("预测一下2031年阿里籍高校毕业生会有多少人", GRADUATES),
    ("2033年地区人民医院还要再创什么等级", HOSPITAL),
    ("2036年文物安全培训计划怎么安排", TRAINING),
    ("2040年阿里农村客运要通到哪些村", BUSES),
    ("二〇一六年阿里城乡居民医保门特报销比例多少", SPECIAL),
    ("2013年的居民医保缴费期是哪几个月", PERIOD),
    ("2027年看管员工资有没有提高到两千", WAGE),
    ("2019年阿里两病门诊的报销限额是多少", TWO),
    ("2035年阿里毕业生就业率目标是多少", JOBS),
    ("2010年阿里普通门诊一年能报多少", mi("第二十六条")),
    ("2009年阿里的农牧区医疗家庭账户有多少钱", mi("第二十六条")),
    ("2038年文物保护专项经费会不会增加", art(RP, "第六条")),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    (
        "in_scope_place",
        quote(RD, "札达县4个：萨让村、底雅村、巴卡村、楚松村"),
        ["楚松村"],
        "answered",
        "札达县楚松村现在通硬化路了没有",
    ),
    (
        "in_scope_place",
        quote(RD, "措勤县3个：加绕村、查仓村、诺仓村"),
        ["诺仓村"],
        "answered",
        "措勤那边诺仓村是不是还没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县3个：却藏村、塞利普村、羌堆村"),
        ["羌堆村"],
        "answered",
        "革吉县羌堆村的路硬化了吗",
    ),
    (
        "in_scope_place",
        quote(RD, "东汝乡东汝村委会"),
        ["东汝村委会"],
        "answered",
        "日土东汝乡东汝村什么时候通农村客运",
    ),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-扎西岗乡"),
        ["狮泉河镇-扎西岗乡"],
        "answered",
        "从狮泉河镇回扎西岗乡老家 有没有开通的农村客运班线",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰县235人"),
        ["235人"],
        "answered",
        "普兰县今年安排了多少个生态补偿农村公路养护员岗位",
    ),
    (
        "in_scope_place",
        quote(RD, "改则县358人"),
        ["358人"],
        "answered",
        "改则县的生态补偿农村公路养护岗位安排了多少个",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰、札达、日土三县各自成立养运公司自主经营"),
        ["养运公司"],
        "answered",
        "札达县以后的农村客运班车由哪家公司来经营",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        ["answered", "calculated"],
        "阿里人在西宁住院 报销比例比在阿里低多少",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "阿里户口在北京住院了 钱是不是得自己先垫上",
    ),
    (
        "in_scope_place",
        quote(HP, "其中陕西省10家，成都市2家"),
        ["陕西省10家"],
        "answered",
        "远程平台对接的医院里陕西有几家",
    ),
    (
        "in_scope_place",
        quote(HP, "林芝市人民医院"),
        ["林芝市人民医院"],
        "answered",
        "创三甲自查整改阶段要去林芝哪家医院参观交流",
    ),
    (
        "in_scope_place",
        quote(GE, "河北省、陕西省企业每年提供岗位200个左右"),
        ["200个左右"],
        "answered",
        "援藏的河北省陕西省那边企业 每年面向阿里毕业生拿出多少个岗位",
    ),
    (
        "in_scope_place",
        quote(RD, "山南市、日喀则市"),
        ["山南市"],
        "answered",
        "去山南学四好农村路经验是什么时候",
    ),
    (
        "in_scope_place",
        art(GE, "一、（二）3."),
        ["225个"],
        "answered",
        "2019年那一年给阿里毕业生的就业援藏岗位有多少个 实际去了几个",
    ),
    (
        "in_scope_place",
        quote(RD, "噶尔县95人"),
        ["95人"],
        "answered",
        "狮泉河所在的噶尔县 生态补偿公路养护员计划安排了多少名",
    ),
    (
        "scheme_alias",
        mi("第一条"),
        ["农牧区医疗制度"],
        "answered",
        "原来的农牧区医疗制度现在并到哪个制度里了",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["家庭账户余额资金"],
        "answered",
        "以前合作医疗家庭账户里剩的钱还能用吗",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "以前城镇居民医保的门诊特殊病整合以后还保不保留",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["14万元"],
        "answered",
        "城乡居民大病保险是自治区统筹的 一个年度最高赔付多少",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["合并农牧区医疗制度基金"],
        "answered",
        "新农合那笔基金和城镇居民医保基金后来怎么处理的",
    ),
    ("scheme_alias", mi("第三十一条"), ["社保卡"], "answered", "看病时带社保卡能直接结算吗"),
    (
        "scheme_alias",
        mi("第二十八条"),
        ["医疗救助"],
        "answered",
        "民政的医疗救助跟居民医保是什么关系",
    ),
    (
        "scheme_alias",
        TWO,
        ["乙类药品个人先行自付10%"],
        "answered",
        "高血压糖尿病门诊用药 乙类药自己先付多少",
    ),
    (
        "in_scope_year",
        mi("第二十九条"),
        ["跨年度医疗费用分别按当年政策规定"],
        "answered",
        "2019年12月住院到2020年1月出院 这笔费用按哪年的政策报",
    ),
    (
        "in_scope_year",
        PERIOD,
        ["10月1日至12月31日"],
        "answered",
        "想2021年能报销 2020年几月份去交钱",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630人左右"],
        "answered",
        "我弟2023年大学毕业 规划估计那一年阿里一共有多少毕业生跟他抢岗位",
    ),
    (
        "in_scope_year",
        quote(GE, "2017、2018、2019三年分别提供就业援藏岗位142个、115个、225个"),
        ["115个"],
        "answered",
        "2018年就业援藏岗位提供了几个 那年去就业的人数是零吗",
    ),
    (
        "in_scope_year",
        quote(HP, "争取2021年底前挂牌"),
        ["2021年底前挂牌"],
        "answered",
        "地区人民医院计划在2021年的什么时候挂三甲的牌子",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村"),
        ["30个建制村"],
        "answered",
        "2019年地区交通局把多少个建制村的通客车任务分解给了七个县",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660人左右"],
        "answered",
        "就业规划预测到2025年那一届阿里高校毕业生会有多少人",
    ),
    (
        "in_scope_year",
        quote(RD, "阿交函〔2019〕15号"),
        ["阿交函〔2019〕15号"],
        "answered",
        "2019年3月交通局征求农村客运意见的函是几号文",
    ),
]


def build(t: Heldout26Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
