"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`), weighted toward Tibet's other prefectures
and counties as the subject (当雄, 墨竹工卡, 定日, 拉孜, 江孜, 萨迦, 琼结, 洛扎, 错那, 浪卡子,
工布江达, 墨脱, 芒康, 八宿, 安多, 班戈) and cities of the other provincial units the earlier tables
used least (保定, 唐山, 运城, 包头, 齐齐哈尔, 苏州, 绍兴, 泉州, 九江, 潍坊, 洛阳, 株洲,
佛山, 桂林, 南充, 曲靖, 汉中, 酒泉, 海东, 喀什); other schemes named as people name them (新农合 of
another province, 职工医保, 商业险, 公务员医疗补助, 异地医保 of another province, 工伤, 生育津贴, 惠民保,
学平险, 城乡居民养老, 高龄津贴, 草原奖补); other years (pre-2020 医保 rates, and figures the documents fix
for 2020 or 2020–2025 asked for later years). Look-alikes that must be answered: Ngari villages and
towns the road plan names, an Ngari resident treated elsewhere, places the plans name themselves
(成都, 陕西, 西安, 林芝, 山南, 日喀则, 河北), old scheme names, and years the documents name."""

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
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings30.table import Heldout30Table

PHOTO = art(RP, "第三十七条")
RUBBING = art(RP, "第三十八条")
DIG = art(RP, "第十七条")
KEEPERS = art(RC, "第十二条")
TRAINING = art(RT, "一、（三）")
HOSPITAL = art(HP, "二、")
JOBS = art(GE, "三、（一）3.")
RATE = quote(GE, "就业率保持在90%以上")
UNPAVED = art(RD, "二、")
BUS_LINES = quote(RD, "现有农村客运线路4条")
WORKERS = mi("第六条")
TRANSFER = mi("第十三条")
ELSEWHERE = mi("第三十三条")

# (question, related or None)
OTHER_PLACES = [
    ("当雄县的牧民参加居民医保 住院起付线是多少", INPATIENT),
    ("墨竹工卡县城乡居民医保门特能报几成", SPECIAL),
    ("定日县珠峰脚下的文物点看管员一个月多少工资", WAGE),
    ("拉孜县的县医院是几级 住院报销比例多少", INPATIENT),
    ("江孜宗山古堡能不能进去拍照 有什么规定", PHOTO),
    ("萨迦寺里的壁画可以拓印吗 萨迦县怎么管", RUBBING),
    ("琼结县的藏王墓考古发掘要找谁审批", DIG),
    ("洛扎县的居民医保一年最多报多少", CAP),
    ("错那县参保缴费时间是几月到几月", PERIOD),
    ("浪卡子县的普通门诊统筹一年报多少", GENERAL),
    ("工布江达县的建制村通客车率目标是多少", None),
    ("墨脱县的野外文物看管员要多大年纪", art(RC, "第五条")),
    ("芒康县盐井的居民医保生孩子能全报吗", MATERNITY),
    ("八宿县的大病保险一年最高赔多少", SERIOUS),
    ("我是那曲安多县的牧民 在安多看两病门诊 糖尿病一年能报的限额多少", mi("第二十五条")),
    ("班戈县的文物安全培训一年搞几次", TRAINING),
    ("河北保定参保的老人 在保定住三级医院 居民医保报几成", INPATIENT),
    ("唐山那边住院的床位费医保一天认多少", INPATIENT),
    ("山西运城的居民医保个人缴费档次有哪些", TIERS),
    ("包头的居民医保门诊特殊病有多少种", SPECIAL),
    ("齐齐哈尔的高校毕业生创业补贴标准是多少", None),
    ("苏州园林里的古建筑维修要报哪里批", None),
    ("绍兴的居民医保补缴要交多少钱", PERIOD),
    ("泉州参保的人住院 一年最多报多少", CAP),
    ("九江的大病保险怎么赔", SERIOUS),
    ("山东潍坊那边 居民医保看普通门诊按多少比例报销", GENERAL),
    ("洛阳龙门石窟的造像能拓印吗", RUBBING),
    ("株洲的居民医保生孩子报多少", MATERNITY),
    ("佛山参保的居民医保不报哪些费用", EXCLUDED),
    ("桂林的野外文物看管员工资标准", WAGE),
    ("四川南充给高校毕业生定的就业率目标是多少 有没有文件", RATE),
    ("曲靖的居民医保年满多少岁不用交钱", TIERS),
    ("汉中的人民医院是怎么创三甲的", HOSPITAL),
    ("酒泉的城乡居民医保住院第二次起付线怎么算", INPATIENT),
    ("海东市的居民医保报销要带什么材料", mi("第三十四条")),
    ("喀什老城的古建筑能不能改成民宿", None),
]

OTHER_SCHEMES = [
    ("老家甘肃的新农合今年个人交多少钱", None),
    ("河南老家那边的新农合住院报销比例是多少", None),
    ("我是单位上班的 职工医保个人账户每个月划多少钱", WORKERS),
    ("我在单位交了二十多年职工医保 退休了还得接着交吗", TRANSFER),
    ("单位职工医保住院报销能报几成 跟居民的一样吗", WORKERS),
    ("买的商业医疗险能报多少 理赔要什么材料", None),
    ("商业重疾险和百万医疗险哪个更划算", None),
    ("公务员医疗补助的标准是多少", None),
    ("公务员医疗补助能报门诊的自付部分吗", None),
    ("我在四川参保的 到阿里看病异地医保怎么直接结算", ELSEWHERE),
    ("在青海交的医保 异地备案以后报多少", ELSEWHERE),
    ("工伤保险的工伤认定要多长时间", EXCLUDED),
    ("老婆在公司上班 生孩子的生育津贴按工资怎么算", MATERNITY),
    ("惠民保一年保费多少 值不值得买", None),
    ("孩子学校让买的学平险能报门诊吗", None),
    ("农村的城乡居民养老保险 一年缴费有哪些档可以选", None),
    ("家里老阿妈过了八十岁 高龄津贴每月能领多少", None),
    ("草原生态保护奖补今年每亩补多少", None),
    ("厂里裁员我失业了 失业保险金每个月能领到几百", None),
    ("车险里的医疗费用险怎么理赔", None),
    ("住房公积金可以用来付住院费吗", None),
    ("残疾人两项补贴一个月发多少", None),
]

OTHER_YEARS = [
    ("2016年阿里农牧区医疗制度住院报多少", INPATIENT),
    ("2017年城镇居民医保一年最多报多少", CAP),
    ("2018年的时候个人缴费有几个档次", TIERS),
    ("2019年阿里的门诊特殊病报销比例是多少", SPECIAL),
    ("2015年家庭账户一年存进多少钱", GENERAL),
    ("2019年住院的起付线是多少", INPATIENT),
    ("等到2026年 阿里对高校毕业生就业率定的目标是多少", RATE),
    ("2027年那年 每个县拿到的四好农村路养护补贴是多少", ROAD),
    ("2030年野外文物看管员工资涨到多少", WAGE),
    ("2029年地区人民医院要新招多少医务人员", art(HP, "四、（十）")),
    ("到2028年阿里的建制村通客车率要求提到多少", None),
    ("2031年的文物安全培训计划是什么", TRAINING),
    ("2033年全地区高校毕业生创业人数目标", art(GE, "三、（一）1.")),
    ("2036年居民医保的缴费档次是哪几档", TIERS),
    ("2040年乡村振兴专干岗位有多少个", art(GE, "三、（一）4.")),
    ("2027年河北陕西企业给阿里毕业生提供多少岗位", JOBS),
    ("2035年生态补偿农村公路养护员安排多少名", None),
    ("2038年居民医保一年最高支付多少", CAP),
]

# (category, gold, terms, status, question)
LOOK_ALIKES = [
    ("in_scope_place", UNPAVED, ["木布村"], "answered", "改则县木布村的路通硬化路了没有"),
    ("in_scope_place", UNPAVED, ["诺仓村"], "answered", "措勤县诺仓村是不是还没通油路"),
    ("in_scope_place", UNPAVED, ["羌堆村"], "answered", "革吉县羌堆村在不在未通硬化路的名单里"),
    ("in_scope_place", UNPAVED, ["巴卡村"], "answered", "札达县巴卡村通硬化路了吗"),
    ("in_scope_place", UNPAVED, ["吴青村"], "answered", "改则那边吴青村的路硬化了吗"),
    (
        "in_scope_place",
        quote(RD, "东汝乡东汝村委会"),
        ["7月15日"],
        "answered",
        "日土县东汝乡东汝村什么时候开通农村客运",
    ),
    ("in_scope_place", BUS_LINES, ["托林镇-香孜乡"], "answered", "札达托林镇到香孜乡有客运班线吗"),
    (
        "in_scope_place",
        BUS_LINES,
        ["狮泉河镇-扎西岗乡"],
        "answered",
        "狮泉河到扎西岗乡现在有农村客运线路吗",
    ),
    (
        "in_scope_place",
        quote(RD, "建议措勤、改则、革吉、噶尔四县"),
        ["地区交通实业发展总公司"],
        "answered",
        "改则那边乡里跑的农村客运班车 以后归哪家单位经营",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰、札达、日土三县各自成立养运公司"),
        ["养运公司"],
        "answered",
        "札达县农村客运打算自己组个公司来跑 还是交给地区的公司",
    ),
    (
        "in_scope_place",
        quote(RD, "其中噶尔县 95 人"),
        ["459人"],
        "answered",
        "革吉县今年生态补偿公路养护岗计划招多少个养护员",
    ),
    (
        "in_scope_place",
        quote(RD, "其中噶尔县 95 人"),
        ["235人"],
        "answered",
        "普兰县生态补偿公路养护岗位计划多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县多仁村公路改建项目"),
        ["4849.79"],
        "answered",
        "革吉多仁村那条公路改建项目 投资额是多少万",
    ),
    (
        "in_scope_place",
        art(RD, "四、（二）"),
        ["山南市"],
        "answered",
        "四好农村路去哪些外地示范县培训学习",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["林芝市人民医院"],
        "answered",
        "创三甲参观交流除了拉萨还去哪些医院",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["成都市2家"],
        "answered",
        "地区人民医院远程会诊连着的内地医院中 成都那边占几家",
    ),
    (
        "in_scope_place",
        art(HP, "四、（十三）"),
        ["11家包科医院"],
        "answered",
        "陕西省有多少家包科医院支援地区人民医院",
    ),
    (
        "in_scope_place",
        quote(HP, "西安交通大学口腔医院"),
        ["4月30日"],
        "answered",
        "西安交大口腔医院的专家什么时候来阿里指导",
    ),
    (
        "in_scope_place",
        art(GE, "一、（二）3."),
        ["河北省、陕西省"],
        "answered",
        "阿里毕业生去河北陕西考公务员的多不多",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "门士乡的牧民在拉萨住院 报销比例比在阿里低多少",
    ),
    (
        "in_scope_place",
        ELSEWHERE,
        ["5日内"],
        "answered",
        "日土县的人去广州打工住院了 要在几天内备案",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "普兰人在昆明住院 钱是先自己垫还是直接结算",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "我阿爸总说以前的农牧区医疗 这个制度现在还单独存在吗",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["用完为止"],
        "answered",
        "阿里以前新农合家庭账户里剩的钱还能用吗",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "原来城镇居民医保的门特病种合并后还保留吗",
    ),
    (
        "scheme_alias",
        SERIOUS,
        ["30万元"],
        "answered",
        "我们家续保的那份农牧民大额补充医疗 一年封顶赔多少钱",
    ),
    (
        "in_scope_year",
        PERIOD,
        ["10月1日至12月31日"],
        "answered",
        "想2021年享受医保的话 2020年哪段时间交",
    ),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前挂牌"],
        "answered",
        "地区人民医院争取2021年的什么时候挂上三甲的牌子",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）1."),
        ["660人"],
        "answered",
        "规划里预测到2025年那一届 阿里会有多少高校毕业生",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["225个"],
        "answered",
        "就业援藏岗位在2019年那一年给了多少个 实际去了几个",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村发展任务"),
        ["30个建制村"],
        "answered",
        "2019年分解到七县的农村客运任务是几个建制村",
    ),
]


def build(t: Heldout30Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
