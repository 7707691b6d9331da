"""Declines for another place (Tibet's other prefectures and their counties first, many starting
with 日喀则/那曲/林芝/昌都/山南, then Lhasa's districts; other provinces' cities, 香港, 高雄), another
scheme asked by name (职工大额, 商业补充医疗, 意外险, 防癌险, 城乡居民大病互助…) and another year,
and their look-alikes: Ngari towns (门士乡, 帕羊镇, 热帮乡, 东汝乡, 雄巴乡, 盐湖乡, 察布乡, 磁石乡,
达雄乡…), an Ngari resident treated in 成都/昆明/兰州, the scheme's former names (新农合, 合作医疗,
农牧区医疗) and the years the documents name. Every sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    RATE,
    ROAD,
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings33.table import Tune33Table

BOTH = ["answered", "calculated"]
PHOTO = art(RP, "第三十七条")
TRAINING = art(RT, "一、（三）")
STAGES = art(HP, "三、")
DIG = art(RP, "第二十条")
AGE = art(RC, "第五条")
OUTSIDE = mi("第三十三条")

# (question, related Ngari rule): Tibet's other prefectures and counties first
OTHER_PLACES = [
    ("日喀则桑珠孜区的居民医保 住二级医院能报几成", INPATIENT),
    ("日喀则拉孜县参保的 门特有没有起付线", SPECIAL),
    ("日喀则定日县那边守野外文物点的看管员 每个月发多少钱", WAGE),
    ("日喀则亚东县居民医保一年封顶多少钱", CAP),
    ("那曲色尼区居民医保缴费档次有哪几个", TIERS),
    ("那曲安多县普通门诊统筹一年报多少", GENERAL),
    ("那曲申扎县文物工作人员每年培训几次", TRAINING),
    ("林芝巴宜区生孩子住院医保能全报吗", MATERNITY),
    ("林芝工布江达县高血压两病门诊一年限额多少", TWO),
    ("林芝墨脱县农村公路养护补贴每个县多少", ROAD),
    ("昌都卡若区明年的居民医保几号开始交", PERIOD),
    ("昌都江达县的寺庙壁画能不能拍照", PHOTO),
    ("昌都芒康县选野外文物看管员 年龄要求多少", AGE),
    ("山南乃东区参保的居民 看病时哪些开销医保不管", EXCLUDED),
    ("山南扎囊县的大病保险一年最多赔多少", SERIOUS),
    ("山南贡嘎县考古挖出来的文物多久要移交", DIG),
    ("白朗县的参保居民住乡镇卫生院起付线多少", INPATIENT),
    ("谢通门县居民医保最低一档交多少", TIERS),
    ("南木林县野外文物点每处配几个看管员", WAGE),
    ("班戈县门诊特殊病有多少种", SPECIAL),
    ("巴青县城乡居民医保一年最多能报多少", CAP),
    ("朗县的医院创三甲要经过几个阶段", STAGES),
    ("洛隆县毕业生就业率目标是多少", RATE),
    ("察雅县断缴医保后补缴怎么算", PERIOD),
    ("浪卡子县住院床位费一天认多少", INPATIENT),
    ("拉萨堆龙德庆区的糖尿病两病门诊一年报多少", TWO),
    ("拉萨墨竹工卡县普通门诊怎么报", GENERAL),
    ("张家口的城乡居民医保 三级医院住院起付线多少", INPATIENT),
    ("保定参加城乡居民医保的 一个年度最多给付多少钱", CAP),
    ("运城的门特病种一共几种", SPECIAL),
    ("包头的农村公路每县一年养护补贴多少", ROAD),
    ("锦州的城乡居民医保 个人交钱有几个档次可以挑", TIERS),
    ("牡丹江的产妇生孩子医保是不是全额报", MATERNITY),
    ("无锡断交的居民医保怎么补", PERIOD),
    ("宁波普通门诊一年最多报多少", GENERAL),
    ("泉州的文保单位里面让不让拍照", PHOTO),
    ("九江城乡居民医保住二级医院报几成", INPATIENT),
    ("洛阳那边高血压走两病门诊 一年最多给报多少", TWO),
    ("襄阳文物看管员一个月多少工资", WAGE),
    ("岳阳的大学毕业生就业率目标多少", RATE),
    ("佛山居民医保有哪些不给报的项目", EXCLUDED),
    ("柳州参保居民得了大病 大病保险一年封顶赔付是多少", SERIOUS),
    ("海口居民医保最低一档多少钱", TIERS),
    ("乐山参保的人去外省住院要几天内备案", OUTSIDE),
    ("大理的痛风能不能办门诊特殊病", SPECIAL),
    ("汉中老家的城乡居民医保 一年最多能报到几万块", CAP),
    ("酒泉考古挖出的文物多久内交给文物部门", DIG),
    ("银川文物系统的安全培训一年搞几次", TRAINING),
    ("克拉玛依的居民医保几月到几月交", PERIOD),
    ("香港居民住院 公立医院怎么收费", INPATIENT),
    ("高雄的健保住院一天病房费自付多少", INPATIENT),
]

OTHER_SCHEMES = [
    ("单位交的职工大额医疗补助 住院能报多少", SERIOUS),
    ("职工医保在职的人 门诊一年报多少", GENERAL),
    ("公司买的商业补充医疗险 住院自付部分能赔多少", INPATIENT),
    ("孩子买的意外险 摔骨折了能赔几成", EXCLUDED),
    ("防癌险确诊以后一次性给多少钱", SERIOUS),
    ("网上的大病互助平台 得了癌症能领多少", SERIOUS),
    ("退役军人优抚医疗补助 住院怎么报", INPATIENT),
    ("媳妇公司交了城镇职工生育保险 休产假能领多少生育津贴", MATERNITY),
    ("机关事业单位养老保险一个月能领多少", None),
    ("村里吃低保的老人 每个月的低保金能领多少", None),
    ("残疾人生活补贴和护理补贴这两项 每个月发多少", None),
    ("老人过了八十岁 每个月的高龄津贴是多少", None),
]

OTHER_YEARS = [
    ("2021年的阿里居民医保 二级医院住院起付线改了吗", INPATIENT),
    ("2024年度居民医保个人要交多少钱", TIERS),
    ("2028年阿里居民医保封顶线是多少", CAP),
    ("2022年门特病种又增加了哪些", SPECIAL),
    ("2018年阿里农牧区医疗住院能报几成", INPATIENT),
    ("2016年野外文物看管员的补助多少", WAGE),
    ("2014年医保是几月份收费", PERIOD),
    ("2030年普通门诊一年限额多少", GENERAL),
    ("2035年高血压两病门诊一年报多少", TWO),
    ("2027年每个县的农村公路养护补贴多少万", ROAD),
    ("2012年在阿里参加合作医疗每人交多少", TIERS),
    ("到2033年那会儿 大病保险一年最多能赔多少", SERIOUS),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "门士乡放牧的阿叔交的250 在乡里卫生院住院 报销能有几成",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "帕羊镇的人跑去昆明住院 报销比在阿里少多少",
    ),
    (
        "in_scope_place",
        OUTSIDE,
        ["5日内"],
        "answered",
        "热帮乡的小伙在兰州打工病了住院 几天内要备案",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["出院证明"],
        "answered",
        "东汝乡的阿妈在成都住院垫了钱 回来报销带什么",
    ),
    (
        "in_scope_place",
        TIERS,
        ["60 元、120 元、250 元"],
        "answered",
        "雄巴乡的人参保有哪几个档可以选",
    ),
    ("in_scope_place", GENERAL, ["60%"], "answered", "盐湖乡看普通门诊 过了起付线报几成"),
    (
        "in_scope_place",
        quote(RD, "阿汝村"),
        ["阿汝村"],
        "answered",
        "日土县阿汝村那条进村路 现在算不算已经硬化",
    ),
    ("in_scope_place", art(RD, "二、"), ["萨让村"], "answered", "札达萨让村通硬化路了吗"),
    (
        "in_scope_place",
        quote(RD, "措勤县132人"),
        ["132人"],
        "answered",
        "措勤县生态补偿护路岗安排了多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-左左乡"),
        ["狮泉河镇-左左乡"],
        "answered",
        "狮泉河镇到左左乡开了客运班线没有",
    ),
    ("in_scope_place", SPECIAL, ["70%"], "answered", "察布乡交120的人看门特报几成"),
    ("in_scope_place", WAGE, ["1200元"], "answered", "磁石乡县级野外文物点看管员月工资多少"),
    ("in_scope_place", TWO, ["1200元"], "answered", "达雄乡的糖尿病人两病门诊一年最多报多少"),
    ("in_scope_place", art(RD, "二、"), ["萨让乡"], "answered", "札达县没通硬化路的两个乡是哪两个"),
    ("scheme_alias", INPATIENT, ["200元"], "answered", "过去叫新农合的 现在住二级医院起付线多少"),
    ("scheme_alias", CAP, ["6万元"], "answered", "老百姓说的合作医疗 一年封顶几万"),
    (
        "scheme_alias",
        # fixed after the run: 第四十一条 (合并农牧区医疗制度基金…) answers it as well
        [mi("第一条"), mi("第四十一条")],
        ["农牧区医疗制度"],
        "answered",
        "城镇居民医保是和哪个制度合并成现在这个的",
    ),
    ("scheme_alias", SPECIAL, ["90%"], "answered", "农牧区医疗时候的门特 现在交250报几成"),
    ("scheme_alias", TIERS, ["250"], BOTH, "以前的新农合 现在最高那一档交多少"),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["合并农牧区医疗制度基金"],
        "answered",
        "农牧区医疗那笔基金后来并到哪去了",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["用完为止"],
        "answered",
        "合作医疗家庭账户的余额现在怎么处理",
    ),
    ("scheme_alias", PERIOD, ["10月1日"], "answered", "新农合每年几月几号开始收费"),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "农牧区医疗原来的门诊特殊病还保留吗",
    ),
]

YEAR_LOOK_ALIKES = [
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里居民医保办法是不是2020年开年就执行了",
    ),
    ("in_scope_year", CAP, ["6万元"], "answered", "2020年阿里居民医保一年能报到多少"),
    (
        "in_scope_year",
        [art(HP, "二、"), art(HP, "三、（七）")],
        ["2021"],
        "answered",
        "地区人民医院打算在2021年办成什么大事",
    ),
    (
        "in_scope_year",
        art(RD, "四、（四）"),
        ["总结推广"],
        "answered",
        "2020年下半年8月以后四好农村路进入什么阶段",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "规划估计2025年阿里毕业生多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "answered",
        "按规划的预测 2022年从高校毕业的阿里学生大概有几个",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762 公里"],
        "answered",
        "到2019年年底为止 阿里农村公路的总里程有多长",
    ),
    (
        "in_scope_year",
        quote(GE, "2020年591人"),
        ["591"],
        "answered",
        "规划里写的2020年阿里籍高校毕业生是多少人",
    ),
    (
        "in_scope_year",
        art(RD, "四、（一）"),
        ["摸底准备"],
        "answered",
        "2020年3月四好农村路处在哪个阶段",
    ),
]


def build(t: Tune33Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
    add_look_alikes(t, YEAR_LOOK_ALIKES)
