"""Declines and look-alikes: another place as the subject (counties of Tibet's other prefectures,
cities of other provincial units), another scheme named as people name it (another province's
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
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RD, RP, RT, art, mi, quote

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
TRAINING = art(RT, "一、（三）")
PHOTO = art(RP, "第三十七条")

# (question, related Ngari rule or None): the subject is a place outside Ngari
OTHER_PLACES = [
    ("定日县的城乡居民住院起付线定的是多少", INPATIENT),
    ("拉孜县居民医保一年最高能报到多少钱", CAP),
    ("日喀则昂仁县那边守野外文物的 一个月开多少工资", WAGE),
    ("谢通门县门诊特殊病都包括哪些病种", SPECIAL),
    ("浪卡子县的乡镇和建制村通客车率目标是多少", BUS),
    ("错那县农村公路养护专项补贴每年给多少", ROAD),
    ("墨竹工卡县普通门诊统筹一年最多报多少", GENERAL),
    ("当雄县城乡居民医保每年几号开始缴费", PERIOD),
    ("拉萨林周县的文物工作人员 每年要参加几次安全培训", TRAINING),
    ("工布江达县生态补偿养护员安排了多少个岗位", KEEPERS),
    ("朗县的高校毕业生就业率目标定在多少", RATE),
    ("类乌齐县参保居民个人缴费分几个档次", TIERS),
    ("八宿县的寺庙壁画能不能随便拍照", PHOTO),
    ("嘉黎县居民大病保险一年最高赔多少", SERIOUS),
    ("安多县今年有几个建制村还没通硬化路", UNPAVED),
    ("索县的人民医院要不要创三甲 分几个阶段", None),
    ("河北邢台的城乡居民医保 三级医院住院报销比例多少", INPATIENT),
    ("山西长治那边居民医保交费档次有哪些", TIERS),
    ("内蒙古呼伦贝尔的门特病种有多少种", SPECIAL),
    ("辽宁葫芦岛居民医保年度封顶线多少", CAP),
    ("吉林四平农村公路养护补贴怎么给", ROAD),
    ("黑龙江佳木斯的文物看管员工资标准", WAGE),
    ("江苏南通居民普通门诊一年能报多少", GENERAL),
    ("浙江嘉兴城乡居民医保缴费期是哪几个月", PERIOD),
    ("安徽安庆的高校毕业生就业援助有哪些", None),
    ("福建三明的医保改革 住院起付线是多少", INPATIENT),
    ("江西九江居民医保大病保险赔付上限", SERIOUS),
    ("山东淄博农村客运班车通到哪些村", None),
    ("河南洛阳的古墓被盗了该找哪个部门", None),
    ("湖北襄阳居民医保两病门诊高血压能报多少", None),
    ("湖南株洲创三甲医院需要新招多少医务人员", STAFF),
    ("广东汕头城乡居民住院床位费标准多少一天", INPATIENT),
    ("广西桂林的居民去外省住院要几天内备案", ELSEWHERE),
    ("海南三亚医保异地就医先垫付怎么报", ADVANCE),
]

# (question, related Ngari rule or None): another scheme, named the way people name it
OTHER_SCHEMES = [
    ("河南信阳的新农合 今年住院报销比例是多少", INPATIENT),
    ("我在安徽六安交的新农合 门诊能报多少", GENERAL),
    ("四川达州老家的新农合一年交多少钱", TIERS),
    ("贵州毕节新农合大病最高能报多少", SERIOUS),
    ("单位给交的职工医保 住院起付线是多少", INPATIENT),
    ("职工医保的个人账户每个月划多少钱进去", None),
    ("职工医保退休以后还要不要继续缴费", None),
    ("在阿里上班的职工医保 一年最高支付限额多少", CAP),
    ("买的商业医疗保险能不能和居民医保一起报", None),
    ("重疾险确诊以后一次性赔多少", None),
    ("网上卖的百万医疗险 免赔额是不是都定的一万", None),
    ("单位给买的团体意外险 小腿骨折能赔多少", None),
    ("当公务员的姐夫说有公务员医疗补助 那个补助按什么比例报", None),
    ("公务员医疗补助能补门诊费用吗", GENERAL),
    ("退休公务员医疗补助找哪个部门申请", None),
    ("事业单位人员有没有公务员医疗补助", None),
    ("我是甘肃参保的 异地医保在阿里住院怎么结算", None),
    ("四川的医保卡在阿里能不能用 异地医保怎么备案", ELSEWHERE),
    ("宁夏参保的人在阿里看病 异地医保报多少", INPATIENT),
    ("内蒙古的异地医保在阿里能直接刷卡吗", None),
    ("单位交的生育保险 休产假时生育津贴按什么标准算", None),
    ("工伤保险认定了以后医疗费全报吗", None),
]

# (question, related Ngari rule or None): a year the documents do not cover
OTHER_YEARS = [
    ("2016年阿里农牧区医疗个人每年交多少钱", TIERS),
    ("2017年城镇居民医保住院起付线多少", INPATIENT),
    ("2018那年阿里城镇居民医保一年封顶多少钱", CAP),
    ("2019年还没整合的时候 门诊特殊病按多少比例报", SPECIAL),
    ("2015年阿里的文物看管员工资一个月多少", WAGE),
    ("2018年合作医疗的家庭账户一年能报多少门诊费", GENERAL),
    ("到了2030年 阿里对毕业生就业率会定什么目标", RATE),
    ("规划之外的2027年 阿里会有多少大学毕业生", YEARS),
    ("2028年各县四好农村路养护补贴还是一百万吗", ROAD),
    ("2029年人民医院还会再新增多少医生护士", STAFF),
    ("等到2031年 县级野外看管员的月工资能涨到多少", WAGE),
    ("2033年城乡居民医保缴费档次有几档", TIERS),
    ("2026年的时候大病保险一年最高赔多少", SERIOUS),
    ("2035年河北陕西还给阿里提供多少岗位", JOBS),
    ("2040年阿里农村公路总里程能达到多少", None),
    ("2032年文物安全培训每年要搞几次", TRAINING),
    ("2036年阿里居民医保一年最高报多少", CAP),
    ("2038年生态补偿养护员安排多少人", KEEPERS),
]

# (category, gold, terms, status, question): Ngari places, former scheme names and years answered
LOOK_ALIKES = [
    ("in_scope_place", UNPAVED, ["巴卡村"], "answered", "札达县巴卡村现在通硬化路了没有"),
    ("in_scope_place", UNPAVED, ["阿汝村"], "answered", "日土县阿汝村的路是不是还没硬化"),
    ("in_scope_place", UNPAVED, ["塞利普村"], "answered", "革吉县塞利普村在不在没通硬化路的名单里"),
    ("in_scope_place", UNPAVED, ["木布村"], "answered", "改则县木布村通油路了吗 方案里咋说的"),
    (
        "in_scope_place",
        UNPAVED,
        ["诺仓村"],
        "answered",
        "措勤县诺仓村是不是也算在未通硬化路的建制村里",
    ),
    ("in_scope_place", BUS, ["7月15日"], "answered", "日土县东汝乡的农村客运要求几号之前开通"),
    (
        "in_scope_place",
        BUS,
        ["7月15日"],
        "answered",
        "多玛乡乌江村委会开通客运班车的时间节点是哪天",
    ),
    (
        "in_scope_place",
        BUS,
        ["地区交通实业发展总公司"],
        "answered",
        "革吉县的农村客运建议由谁来经营",
    ),
    ("in_scope_place", BUS, ["各自成立养运公司"], "answered", "札达县农村客运的经营主体是谁"),
    (
        "in_scope_place",
        KEEPERS,
        ["235人"],
        "answered",
        "2020年普兰那边计划安排了几个生态补偿公路养护岗位",
    ),
    ("in_scope_place", KEEPERS, ["459人"], "answered", "革吉县养护员岗位安排了多少名"),
    ("in_scope_place", KEEPERS, ["237人"], "answered", "日土县的生态补偿养护岗位有几个人"),
    ("in_scope_place", LINES, ["个人经营"], "answered", "托林镇到香孜乡那条客运线的车是谁在经营"),
    (
        "in_scope_place",
        LINES,
        ["狮泉河镇-扎西岗乡"],
        "answered",
        "从狮泉河镇坐农村客运能直接到扎西岗乡吗 有这条线没",
    ),
    (
        "in_scope_place",
        quote(RD, "多仁村"),
        ["4849.79万元"],
        "answered",
        "革吉那个多仁村的公路改建工程 开工建设投了多少钱",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["林芝市人民医院"],
        "answered",
        "医院去林芝参观交流的是哪家医院",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["成都市2家"],
        "answered",
        "远程会诊对接的12家内地医院里 在成都的占几家",
    ),
    (
        "in_scope_place",
        art(HP, "四、（十三）"),
        ["11家"],
        "answered",
        "陕西省有几家包科医院参与重点科室建设",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "普兰县的人到拉萨住院 报销比例会不会打折扣",
    ),
    (
        "in_scope_place",
        ELSEWHERE,
        ["5日内"],
        "answered",
        "日土县牧民去兰州打工期间住了院 要多少天内备案",
    ),
    (
        "in_scope_place",
        ADVANCE,
        ["回所属参保地医保部门申请结算支付"],
        "answered",
        "措勤县的参保人在重庆看病先垫了钱 回来找谁报",
    ),
    (
        "in_scope_place",
        art(RD, "四、（二）"),
        ["4月15日至4月30日"],
        "answered",
        "交通局组织人去山南和日喀则学四好农村路经验 是几号到几号",
    ),
    (
        "in_scope_place",
        JOBS,
        ["不少于200个"],
        "answered",
        "河北对口支援 每年给阿里籍毕业生留多少事业单位岗位",
    ),
    (
        "in_scope_place",
        art(GE, "三、（二）6."),
        ["考录公务员"],
        "answered",
        "陕西那边面向阿里籍毕业生有什么区外就业的路子",
    ),
    (
        "scheme_alias",
        GENERAL,
        ["用完为止"],
        "answered",
        "以前农牧区医疗家庭账户里剩的钱现在还能花吗",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "原来合作医疗里的门诊特殊病 整合以后还保不保留",
    ),
    (
        "scheme_alias",
        SERIOUS,
        ["30万元"],
        "answered",
        "原来那个农牧民大额补充医疗保险续保以后 一年最高能赔到多少",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城乡居民基本医疗保险制度"],
        "answered",
        "新农合跟城镇居民医保并到一块以后叫啥制度",
    ),
    (
        "in_scope_year",
        PERIOD,
        ["1月1日至12月31日"],
        "answered",
        "2020年12月份交了医保 哪段时间能用",
    ),
    (
        "in_scope_year",
        quote(RD, "10366.762"),
        ["10366.762公里"],
        "answered",
        "截至2019年底阿里农村公路一共多少公里",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["115个"],
        "answered",
        "就业援藏那几年里 2018年一共拿出了多少个岗位",
    ),
    ("in_scope_year", YEARS, ["630人"], "answered", "预测里2023年阿里的高校毕业生大概多少人"),
    (
        "in_scope_year",
        art(HP, "二、"),
        ["通过三级甲等综合医院评审成功挂牌"],
        "answered",
        "2021年地区人民医院要争取做到哪一步",
    ),
]


def build(t) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
