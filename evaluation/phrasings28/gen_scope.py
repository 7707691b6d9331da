"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`), weighted toward Tibet's other prefectures
and counties as the subject (仲巴, 萨嘎, 聂拉木, 吉隆, 亚东, 双湖, 聂荣, 嘉黎, 米林, 波密, 察隅, 类乌齐,
丁青, 左贡, 边坝, 加查, 隆子, 措美, 林周, 尼木, 曲水) and cities of the other provincial units the
earlier tables used least (邯郸, 大同, 赤峰, 鞍山, 延边, 大庆, 上海闵行, 扬州, 温州, 芜湖, 莆田, 赣州, 烟台,
南阳, 宜昌, 衡阳, 东莞, 北海, 三亚, 重庆万州, 绵阳, 遵义, 大理, 宝鸡, 天水, 格尔木, 银川, 阿克苏, 天津滨海,
北京朝阳, 澳门, 高雄); other schemes; other years (pre-2020 医保 rates, and figures the documents fix
for 2020 or 2020–2025 asked for later years). Look-alikes that must be answered: Ngari villages the
road plan names, bus lines and counties' keepers, an Ngari resident treated elsewhere, the places
the plans name themselves (成都, 陕西, 西安, 拉萨市人民医院, 日喀则市, 河北), old scheme names, and
years the documents name."""

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
from evaluation.phrasings28.table import Heldout28Table

PHOTO = art(RP, "第三十七条")
DIG = art(RP, "第十七条")
AGE = art(RC, "第五条")
TRAINING = art(RT, "一、（三）")
HOSPITAL = art(HP, "二、")
JOBS = art(GE, "三、")
RATE = quote(GE, "就业率保持在90%以上")
BUSES = art(RD, "二、（四）")
KEEPERS = art(RD, "二、（三）")
LINES = quote(RD, "现有农村客运线路4条")
UNPAVED = art(RD, "二、")

# (question, related Ngari rule): Tibet's other prefectures and counties first
OTHER_PLACES = [
    ("日喀则仲巴县的老乡参加居民医保 住乡卫生院起付线是多少", INPATIENT),
    ("萨嘎县城乡居民医保一年最高能报到多少钱", CAP),
    ("聂拉木县的门诊特殊病里有没有包虫病", SPECIAL),
    ("吉隆县居民医保个人缴费分几档 最低多少", TIERS),
    ("亚东县野外文物看管员一个月拿多少补助", WAGE),
    ("那曲双湖县普通门诊统筹一年最多给报多少", GENERAL),
    ("聂荣县的两病门诊 糖尿病一年限额多少", TWO),
    ("嘉黎县孕妇生孩子在县医院 医保能报多少", MATERNITY),
    ("林芝米林县明年的居民医保几月份开始交", PERIOD),
    ("波密县那边的文保单位里能拍照吗", PHOTO),
    ("察隅县农村公路每个县一年补多少养护资金", ROAD),
    ("昌都类乌齐县医保不给报的项目有哪些", EXCLUDED),
    ("丁青县想在古墓葬附近搞考古发掘 怎么报批", DIG),
    ("左贡县招野外看管员要多大年龄的", AGE),
    ("昌都边坝县给本县大学毕业生定的就业率目标是多少", RATE),
    ("山南加查县的大病保险一年最多赔多少", SERIOUS),
    ("隆子县文物工作人员安全培训一年要搞几次", TRAINING),
    ("措美县人民医院创二甲的时间安排是怎样的", HOSPITAL),
    ("拉萨林周县的居民参加当地医保 交120住二级医院能报几成", INPATIENT),
    ("尼木县参保的人在县里普通门诊报多少", GENERAL),
    ("曲水县的居民医保断缴了怎么补", PERIOD),
    ("邯郸市城乡居民医保二级医院报销比例多少", INPATIENT),
    ("大同居民医保一年封顶线是多少", CAP),
    ("赤峰的门诊慢特病有哪些病种", SPECIAL),
    ("鞍山城乡居民医保个人今年交多少钱", TIERS),
    ("延边州的高血压两病门诊能报多少", TWO),
    ("上海闵行区的居民医保住院起付线多少", INPATIENT),
    ("温州居民医保生孩子能报销多少", MATERNITY),
    ("烟台大学毕业生就业补贴怎么领", JOBS),
    ("宜昌人民医院创三甲的步骤是什么", HOSPITAL),
    ("湖南衡阳参加居民医保的人 大病保险一年最高能赔多少", SERIOUS),
    ("重庆万州居民医保一年最多报多少", CAP),
    ("遵义市门诊特殊病要怎么申请", SPECIAL),
    ("格尔木城乡居民医保普通门诊一年能报多少", GENERAL),
    ("阿克苏的高校毕业生就业率目标定的多少", RATE),
    ("天津滨海新区居民医保住二级医院报多少", INPATIENT),
    ("北京朝阳区的居民医保生育能报多少", MATERNITY),
    ("台湾高雄的健保 看一次门诊部分负担多少", GENERAL),
]

OTHER_SCHEMES = [
    ("家里有失能老人 长期护理保险的待遇每月能领多少", None),
    ("职工医保退休以后要累计缴满多少年才不用再交", None),
    ("边境一线的边民补助一年能发多少", None),
    ("义务教育阶段的三包经费 每个学生一年多少", None),
    ("买拖拉机的农机购置补贴怎么申请", None),
    ("双职工用住房公积金买房 贷款额度上限一般多少", None),
    ("想考导游证 报名条件是什么", None),
    ("个体工商户怎么交职工养老保险", None),
    ("退役士兵的一次性经济补助标准是多少", None),
    ("办护照要去哪里 要带什么", None),
    ("计划生育家庭特别扶助金一个月多少", None),
    ("申请农村低保要满足什么条件 每月发多少", None),
    ("家用小轿车的交强险一年保费是多少", None),
    ("买的商业重疾险确诊了怎么理赔", SERIOUS),
    ("在事业单位干到退休 职业年金是按月发还是一次性领", None),
    ("光伏扶贫电站的收益怎么分给贫困户", None),
    ("电动自行车上牌要什么材料", None),
    ("开民宿要办哪些经营许可证", None),
    ("公务员的带薪年休假一年几天", None),
]

OTHER_YEARS = [
    ("2012年的时候阿里农牧区医疗住院能报几成", INPATIENT),
    ("2017年阿里居民住院的起付线是多少", INPATIENT),
    ("2018年阿里的门诊特殊病有多少个病种", SPECIAL),
    ("2015年阿里城镇居民医保个人缴费档次是多少", TIERS),
    ("2010年阿里的大病统筹最多报多少", SERIOUS),
    ("2013年阿里居民医保一年的封顶线多少", CAP),
    ("2016年阿里孕妇生孩子合作医疗报多少", MATERNITY),
    ("2019年阿里城镇居民医保的缴费期是什么时候", PERIOD),
    ("2041年野外文物看管员每月工资多少", WAGE),
    ("2030年四好农村路每个县的养护补贴是多少", ROAD),
    ("规划期结束后的2026年 阿里对毕业生就业率定了什么目标", RATE),
    ("2028年地区人民医院三甲复审怎么安排", HOSPITAL),
    ("2045年的文物安全培训计划有哪些内容", TRAINING),
    ("2032年阿里毕业生创业目标是多少人", JOBS),
    ("2039年阿里农村客运通车率要达到多少", BUSES),
    ("2034年生态补偿公路养护员计划安排多少名", KEEPERS),
    ("2011年阿里两病门诊报销限额是多少", TWO),
    ("2014年那会儿阿里农牧民看普通门诊 一年最多报多少", GENERAL),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    (
        "in_scope_place",
        quote(RD, "察布村"),
        ["察布村"],
        "answered",
        "改则县察布村的路现在通硬化路了吗",
    ),
    (
        "in_scope_place",
        quote(RD, "加绕村"),
        ["加绕村"],
        "answered",
        "措勤县加绕村是不是也在没通硬化路的名单里",
    ),
    (
        "in_scope_place",
        quote(RD, "丁则村"),
        ["丁则村"],
        "answered",
        "日土县哪两个建制村还没通硬化路 丁则村算不算",
    ),
    (
        "in_scope_place",
        quote(RD, "塞利普村"),
        ["塞利普村"],
        "answered",
        "革吉县塞利普村修硬化路的事方案里提了吗",
    ),
    (
        "in_scope_place",
        quote(RD, "热角村委会"),
        ["7月15日前"],
        "answered",
        "日土镇热角村的农村客运班车计划什么时候开",
    ),
    (
        "in_scope_place",
        quote(RD, "乌江村委会"),
        ["乌江村委会"],
        "answered",
        "多玛乡乌江村在不在日土县首批通客运的名单里",
    ),
    (
        "in_scope_place",
        LINES,
        ["狮泉河镇-左左乡"],
        "answered",
        "狮泉河到左左乡现在有没有农村客运线路",
    ),
    (
        "in_scope_place",
        BUSES,
        ["普兰、札达、日土三县"],
        "answered",
        "普兰县的农村客运经营 是由地区交通实业公司来做 还是县里自己组建公司",
    ),
    (
        "in_scope_place",
        BUSES,
        ["地区交通实业发展总公司"],
        "answered",
        "噶尔县农村客运的经营主体建议是哪家",
    ),
    (
        "in_scope_place",
        KEEPERS,
        ["噶尔县 95 人"],
        "answered",
        "噶尔县分到多少个生态补偿公路养护岗位",
    ),
    (
        "in_scope_place",
        KEEPERS,
        ["措勤县132人"],
        "answered",
        "措勤县的生态补偿养护员计划安排几个人",
    ),
    (
        "in_scope_place",
        art(RD, "二、（一）"),
        ["4849.79"],
        "answered",
        "革吉县多仁村那条公路改建投了多少钱",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["成都市 2 家"],
        "answered",
        "远程会诊平台对接的12家内地医院当中 成都占了几家",
    ),
    (
        "in_scope_place",
        quote(HP, "西安交通大学口腔医院"),
        ["4月30日前"],
        "answered",
        "请西安交通大学口腔医院专家来指导 定在什么时候之前",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["拉萨市人民医院"],
        "answered",
        "创三甲去区内哪几家市级医院参观学习",
    ),
    (
        "in_scope_place",
        art(RD, "四、（二）"),
        ["日喀则市"],
        "answered",
        "四好农村路去外地现场培训学习 去的是哪两个市",
    ),
    (
        "in_scope_place",
        art(GE, "三、（一）3."),
        ["200 个左右"],
        "answered",
        "对口支援的河北陕西两省 企业方面每年给阿里毕业生拿出多少个岗位",
    ),
    (
        "in_scope_place",
        art(HP, "四、（十三）"),
        ["11家包科医院"],
        "answered",
        "陕西省有多少家包科医院在帮阿里打造重点科室",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "噶尔县的牧民去拉萨的医院住院 报销比例跟在阿里住有差别吗",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "日土县的人在北京住院 当地没法直接结算 钱怎么处理",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日内"],
        "answered",
        "普兰县老乡在成都打工时生病住院 入院后要在几天内备案",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户籍所在地"],
        "answered",
        "扎西岗乡的牧民第一次参保 去哪里申请登记",
    ),
    (
        "in_scope_place",
        DIG,
        ["未经批准"],
        "answered",
        "札达县托林镇附近的古遗址 村民能不能自己去挖",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城乡居民基本医疗保险制度"],
        "answered",
        "原来的农牧区医疗和城镇居民医保现在合成了什么制度",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "合作医疗那时候能办的门特病 合并以后还保留吗",
    ),
    ("scheme_alias", GENERAL, ["家庭账户"], "answered", "新农合时候的家庭账户现在还有没有"),
    (
        "scheme_alias",
        SERIOUS,
        ["30万元"],
        "answered",
        "农牧民大额补充医疗保险现在还续保吗 最多赔多少",
    ),
    (
        "scheme_alias",
        mi("第三十一条"),
        ["社保卡"],
        "answered",
        "拿着医保卡去定点医院看病 能直接刷卡结算吗",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["统一的城乡居民基本医疗保险基金"],
        "answered",
        "农牧区医疗基金和城镇居民医保基金 现在还分开管吗",
    ),
    ("scheme_alias", SERIOUS, ["自治区级统筹"], "answered", "大病医保是在阿里统筹还是自治区统筹"),
    ("in_scope_year", HOSPITAL, ["2021 年"], "answered", "地区人民医院争取哪一年通过三甲评审挂牌"),
    (
        "in_scope_year",
        art(GE, "三、（一）1."),
        ["230人"],
        "answered",
        "2020到2025这几年 阿里高校毕业生加中职生自主创业力争达到多少人",
    ),
    (
        "in_scope_year",
        quote(RD, "30个建制村发展任务"),
        ["4个乡镇、30个建制村"],
        "answered",
        "2019年分解到七个县的农村客运发展任务 是多少个乡镇和建制村",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["142个"],
        "answered",
        "规划回顾里说2017年就业援藏给阿里提供了多少岗位",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）1."),
        ["599人"],
        "answered",
        "按规划的预测 2022年阿里会有多少名高校毕业生",
    ),
    (
        "in_scope_year",
        art(HP, "三、（一）"),
        ["2019 年工作要点"],
        "answered",
        "巩固整改阶段要围绕人民医院哪一年的工作要点来推进",
    ),
    (
        "in_scope_year",
        PERIOD,
        ["10月1日至12月31日"],
        "answered",
        "想2021年享受医保待遇 2020年什么时候去交",
    ),
    (
        "in_scope_year",
        quote(RD, "2022年前"),
        ["2022年前"],
        "answered",
        "21个建制村公路通畅任务要求哪一年前完成",
    ),
]


def build(t: Heldout28Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
