"""Declines and look-alikes: another place as the subject (counties of Tibet's other prefectures,
cities of other provincial units), another scheme named as people name it (another province's
新农合, 职工医保, 商业险, 公务员医疗补助, 异地医保 and others), another year (before the 办法, or after
the years the documents fix); and Ngari places, former scheme names and years that look out of scope
but are answered. Every sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import CAP, GENERAL, INPATIENT, PERIOD, SERIOUS, SPECIAL, WAGE
from evaluation.phrasings.rows import GE, HP, RD, RP, RT, art, mi, quote
from evaluation.phrasings32.table import Heldout32Table

PHOTO = art(RP, "第三十七条")
FIND = art(RP, "第二十一条")
TRAINING = art(RT, "一、（三）")
UNPAVED = art(RD, "二、")
BUS = art(RD, "二、（四）")
KEEPERS = art(RD, "二、（三）")
LINES = quote(RD, "现有农村客运线路4条")
JOBS = art(GE, "三、（一）3.")
RATE = quote(GE, "就业率保持在90%以上")
YEARS = art(GE, "一、（二）1.")
ROAD = quote(RD, "100万元/年")
STAFF = art(HP, "四、（十）")
ELSEWHERE = mi("第三十三条")
ADVANCE = mi("第三十四条")

# (question, related Ngari rule or None): the subject is a place outside Ngari
OTHER_PLACES = [
    ("日喀则仲巴县的牧民在县医院住院 起付线是多少", INPATIENT),
    ("萨嘎县城乡居民医保今年选哪个档次交钱划算", None),
    ("日喀则吉隆县那边守野外文物的看管员 每个月工资发多少", WAGE),
    ("亚东县今年有几个建制村还没通客车", BUS),
    ("聂拉木县居民在县人民医院住院能报几成", INPATIENT),
    ("林芝米林县的门诊特殊病有哪些病种", SPECIAL),
    ("林芝察隅县给本县大学毕业生定的就业率目标是百分之几", RATE),
    ("波密县农村公路养护员一年考核几次", KEEPERS),
    ("昌都江达县的乡镇卫生院住院报销比例是多少", INPATIENT),
    ("丁青县文物部门组织文物安全培训一年几次", TRAINING),
    ("那曲比如县的参保缴费期是几月到几月", PERIOD),
    ("尼玛县的居民医保一年最高能报多少钱", CAP),
    ("双湖县农村客运班车是哪家公司在跑", BUS),
    ("申扎县的普通门诊统筹一年最多报多少", GENERAL),
    ("山南乃东区的农牧民大额补充医疗保险赔多少", SERIOUS),
    ("河北廊坊的城乡居民住院起付线多少钱", INPATIENT),
    ("山西大同守长城和石窟的野外看管员 工资是按什么标准发的", WAGE),
    ("内蒙古赤峰的居民医保门特病种有几种", SPECIAL),
    ("辽宁鞍山今年居民医保个人缴费标准是多少", None),
    ("黑龙江牡丹江的两病门诊一年能报多少", None),
    ("江苏无锡的文物保护单位能不能拍照", PHOTO),
    ("浙江台州的农村公路养护补贴每个县给多少", ROAD),
    ("安徽芜湖的高校毕业生创业有什么补贴", None),
    ("福建莆田人在本地三级医院住院报多少", INPATIENT),
    ("江西赣州的建档立卡户医保报销能多几个点", None),
    ("山东烟台挖地基挖出古钱币要向哪里报告", FIND),
    ("河南开封的居民医保年度最高支付限额是多少", CAP),
    ("湖北宜昌的乡镇卫生院住院床位费标准多少", INPATIENT),
    ("广东湛江的农村客运通车率目标是多少", BUS),
    ("广西柳州的毕业生到企业就业有没有岗位指标", JOBS),
    ("四川绵阳的门诊特殊病报销比例怎么算", SPECIAL),
    ("云南大理的古城文物修缮要报哪里批", None),
]

# (question, related Ngari rule or None): another scheme, named the way people name it
OTHER_SCHEMES = [
    ("我是河南周口的新农合 老家那边住院报销比例是多少", None),
    ("四川南充老家交的新农合今年涨到多少钱一个人了", None),
    ("甘肃天水新农合在县医院住院起付线多少", None),
    ("湖南邵阳的新农合能不能在阿里直接刷", None),
    ("我在单位上的是职工医保 个人账户每个月划多少钱进去", None),
    ("我在单位交的职工医保 退休以后还用接着交吗 交满多少年才行", None),
    ("职工医保住院报销比例比居民医保高多少", None),
    ("单位职工医保想办门诊慢特病待遇 要去哪里申请 要什么材料", None),
    ("自己买的商业医疗险 住院发票原件给了医保还能再理赔吗", None),
    ("重疾险确诊了癌症一次能赔多少", None),
    ("百万医疗险免赔额一般是一万吗", None),
    ("商业意外险摔伤了去医院能报多少", None),
    ("公务员医疗补助是怎么个补法 报销比例多少", None),
    ("我们单位的公务员医疗补助能不能给家属用", None),
    ("公务员医疗补助和职工医保的钱能一起报吗", None),
    ("事业单位的公务员医疗补助要不要个人缴费", None),
    ("我是青海西宁参保的 来阿里出差住院 异地医保怎么报", None),
    ("云南参保的人在阿里看病 异地医保要先备案吗", None),
    ("新疆参的医保 到阿里看门诊 异地医保能不能直接刷卡结算", None),
    ("陕西参保的援藏干部 异地医保在阿里报销比例多少", None),
    ("老婆单位交了生育保险 休产假的生育津贴按什么标准算", None),
    ("长护险那个长期护理保险 家里失能的老人每个月能领多少钱", None),
]

# (question, related Ngari rule or None): a year the documents do not speak for
OTHER_YEARS = [
    ("回头查2016年那会儿阿里居民住院报销能报几成", INPATIENT),
    ("2017年农牧区医疗个人一年交多少钱", None),
    ("2018年阿里地区居民医保的年度最高支付限额是多少", CAP),
    ("2019年门诊特殊病在三级医院报几成", SPECIAL),
    ("2015年阿里的普通门诊能报多少", GENERAL),
    ("到2026年 阿里给高校毕业生定的就业率目标还是九成吗", RATE),
    ("2027年每个县的四好农村路养护补贴还是一百万吗", ROAD),
    ("预测一下2028年阿里高校毕业生会有多少人", YEARS),
    ("等到2030年 县级野外文物看管员每月工资能涨到多少", WAGE),
    ("2029年生态补偿养护员安排多少名", KEEPERS),
    ("2031年农村客运建制村通客车率要达到多少", BUS),
    ("地区人民医院2032年那一年计划再新增多少名医务人员", STAFF),
    ("2034年的时候河北陕西两省企业还给阿里毕业生留多少个岗位", JOBS),
    ("2035年文物安全培训计划安排了几次", TRAINING),
    ("2037年居民医保的三个缴费档次是多少", None),
    ("2039年居民医保一年最多报多少", CAP),
    ("2026年到2030年阿里毕业生创业目标是多少人", None),
    ("2045年阿里农村公路总里程规划多少公里", None),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    ("in_scope_place", UNPAVED, ["萨让村"], "answered", "札达县萨让村到现在还没通硬化路吗"),
    ("in_scope_place", UNPAVED, ["丁则村"], "answered", "日土县的丁则村在不在没通硬化路的名单里"),
    ("in_scope_place", UNPAVED, ["却藏村"], "answered", "革吉县却藏村的路是不是还没硬化"),
    (
        "in_scope_place",
        UNPAVED,
        ["次吾嘎木村"],
        "answered",
        "改则县次吾嘎木村算没通硬化路的建制村吗",
    ),
    ("in_scope_place", UNPAVED, ["加绕村"], "answered", "措勤县加绕村通没通硬化路"),
    ("in_scope_place", UNPAVED, ["底雅乡"], "answered", "札达县底雅乡这个乡镇现在通硬化路了没有"),
    (
        "in_scope_place",
        BUS,
        ["7月15日前"],
        "answered",
        "日土镇热角村委会的农村客运争取啥时候开通",
    ),
    (
        "in_scope_place",
        BUS,
        ["各自成立养运公司自主经营"],
        "answered",
        "普兰县以后农村客运是交给地区的公司还是县里自己经营",
    ),
    (
        "in_scope_place",
        BUS,
        ["地区交通实业发展总公司"],
        "answered",
        "措勤县的农村客运经营主体建议定的是哪家",
    ),
    ("in_scope_place", KEEPERS, ["噶尔县95人"], "answered", "噶尔县今年安排了多少个生态补偿养护员"),
    (
        "in_scope_place",
        KEEPERS,
        ["改则县358人"],
        "answered",
        "改则县的生态补偿农村公路养护岗位有多少",
    ),
    ("in_scope_place", KEEPERS, ["札达县78人"], "answered", "札达县计划安排几个生态补偿养护员"),
    ("in_scope_place", KEEPERS, ["措勤县132人"], "answered", "措勤县生态补偿养护岗位安排了几个人"),
    (
        "in_scope_place",
        LINES,
        ["狮泉河镇-左左乡"],
        "answered",
        "从狮泉河镇坐车去左左乡 现在有没有开通的农村客运线路",
    ),
    (
        "in_scope_place",
        LINES,
        ["普兰县内非定线"],
        "answered",
        "普兰县里面现在有农村客运线路吗 定不定线",
    ),
    (
        "in_scope_place",
        art(RD, "四、（二）"),
        ["现场培训交流"],
        "answered",
        "去日喀则市学四好农村公路经验 是在哪个阶段安排的",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["拉萨市人民医院"],
        "answered",
        "创三甲要去拉萨市人民医院参观学习吗 还去哪些医院",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["陕西省10家"],
        "answered",
        "地区医院远程会诊平台接的12家内地医院中 陕西省占几家",
    ),
    (
        "in_scope_place",
        JOBS,
        ["200个左右"],
        "answered",
        "对口援藏的河北省和陕西省 他们的企业每年大概给阿里毕业生多少个岗位",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "我是日土县参保的 在重庆住院 报销比例跟在阿里住比有什么差别",
    ),
    (
        "in_scope_place",
        ELSEWHERE,
        ["入院5日内"],
        "answered",
        "噶尔县的牧民在乌鲁木齐打工生病住院了 要多少天内备案",
    ),
    (
        "in_scope_place",
        ADVANCE,
        ["先行垫付"],
        "answered",
        "革吉县参保的 在西安住院出院 医药费是先自己垫吗",
    ),
    (
        "in_scope_place",
        BUS,
        ["多玛乡"],
        "answered",
        "日土县多玛乡是不是今年重点要开通农村客运的乡镇",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城乡居民基本医疗保险制度"],
        "answered",
        "以前的农牧区医疗和城镇居民医保合并以后叫什么制度",
    ),
    (
        "scheme_alias",
        GENERAL,
        ["用完为止"],
        "answered",
        "原来合作医疗家庭账户里还剩了点钱 取消以后还能用吗",
    ),
    (
        "scheme_alias",
        SERIOUS,
        ["农牧民大额补充医疗保险续保协议", "30万元"],
        "answered",
        "农牧民大额补充医疗保险现在还续不续 一年最多赔多少",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "新农合那时候的门诊特殊病 并到居民医保后还保留吗",
    ),
    (
        "in_scope_year",
        PERIOD,
        ["10月1日至12月31日"],
        "answered",
        "打算2021年开始享受居民医保 2020年得在哪段时间把钱交了",
    ),
    (
        "in_scope_year",
        quote(RD, "总里程为 10366.762 公里"),
        ["10366.762公里"],
        "answered",
        "养护公司方案说截止2019年底 七个县县乡村道加专用公路总里程一共多少公里",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["142个"],
        "answered",
        "就业援藏岗位那几年的数 2017年当年提供了多少个",
    ),
    (
        "in_scope_year",
        YEARS,
        ["2024年640人左右"],
        "answered",
        "2024年阿里的高校毕业生大概会有多少人",
    ),
    (
        "in_scope_year",
        art(RD, "第2项"),
        ["2022年前"],
        "answered",
        "21个建制村的公路通畅任务要在哪一年之前完成",
    ),
    (
        "in_scope_year",
        art(RD, "二、"),
        ["阿交函〔2019〕15号"],
        "answered",
        "2019年3月11日交通运输局给七县发的征求意见函文号是多少",
    ),
]


def build(t: Heldout32Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
