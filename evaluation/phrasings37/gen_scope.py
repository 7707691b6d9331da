"""Declines for another place (Tibet's other prefectures and counties — 那曲, 昌都, 林芝, 山南, 日喀则
and their counties, 拉萨's districts — and cities of other provinces), another scheme named as people
name it (another province's 新农合, 职工医保, 商业险, 学平险, 长期护理险, 养老保险, 牦牛保险, 公积金…) and
another year, and their look-alikes: Ngari villages and towns the road plan names, Ngari residents
treated in 兰州 and 成都, the scheme's former names and its 大额补充 insurance, and the years the
documents do state. Every sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

UNPAVED = quote(RD, "未通硬化路")
TRAINING = art(RT, "一、（三）")
AGE = art(RC, "第五条")
DIG = art(RP, "第二十条")
GRADUATES = art(GE, "一、（二）1.")
POSTS = art(GE, "三、（一）4.")
STAGES = art(HP, "三、")
LINES = quote(RD, "现有农村客运线路4条")
GUARDS = art(RD, "二、（三）")

# (question, related Ngari rule or None): another place is the subject
OTHER_PLACES = [
    ("那曲市色尼区的居民医保住院起付线是多少", INPATIENT),
    ("昌都卡若区城乡居民医保门特能报几成", SPECIAL),
    ("林芝巴宜区的普通门诊一年最多报多少", GENERAL),
    ("山南乃东区居民医保一年最高支付多少", CAP),
    ("日喀则定日县珠峰脚下那些野外文物点 雇的看管员工资什么标准", WAGE),
    ("拉萨城关区的居民医保每年什么时候缴费", PERIOD),
    ("萨嘎县的农村公路养护员一共招了多少人", GUARDS),
    ("那曲尼玛县的高血压两病门诊报销限额多少", TWO),
    ("林芝察隅县文物系统的安全培训 按规定每年要办几期", TRAINING),
    ("吉隆县野外文物看管员的年龄要求是多少", AGE),
    ("比如县的居民医保档次有哪几档", TIERS),
    ("墨竹工卡县城乡居民医保生孩子报多少", MATERNITY),
    ("甘南州居民医保三级医院住院报销比例多少", INPATIENT),
    ("青海玉树州参保的表姐 大病保险一年封顶赔到多少", SERIOUS),
    ("新疆和田的居民医保普通门诊起付线是多少", GENERAL),
    ("兰州的城乡居民医保一年能报多少钱封顶", CAP),
    ("西宁市的门诊特殊病有哪些病种", SPECIAL),
    ("银川居民医保缴费档次怎么选", TIERS),
    ("贵阳的城乡居民医保每年几号开始交", PERIOD),
    ("南宁市高校毕业生今年有多少人", GRADUATES),
    ("福建福州那边的市医院冲三甲 他们的方案分成哪几步", STAGES),
    ("石家庄的农村客运线路现在有几条", LINES),
    ("天津的野外文物看管员每处安排几个人", WAGE),
    ("厦门的考古工地挖完了 出土器物按那边规定多长时间内交给文物部门", DIG),
    ("阿坝州的乡村振兴专干岗位有多少个", POSTS),
]

# (question, related Ngari rule or None): another scheme named as people name it
OTHER_SCHEMES = [
    ("老家甘肃天水的新农合住院能报几成", INPATIENT),
    ("河南南阳新农合的大病保险怎么申请", SERIOUS),
    ("在单位上班交的职工医保 门诊个人账户一年能划多少", None),
    ("小叔子在国企交职工医保 退休以后还得接着缴费吗", None),
    ("给孩子买的学平险 住院了怎么理赔", None),
    ("长期护理保险在哪里申请 每个月能领多少", None),
    ("城乡居民养老保险每年交多少档 六十岁以后领多少", None),
    ("牦牛保险死一头牛能赔多少钱", None),
    ("住房公积金能不能拿来交医保", None),
    ("姐夫厂子倒闭了 失业保险金每月能领到多少", None),
    ("商业百万医疗险的免赔额一般是多少", None),
    ("公司给买的团体意外险 骨折住院赔多少", None),
    ("雇主责任险出了工伤事故怎么理赔", mi("第三十条")),
    ("军人医保看病是不是全免费", None),
    ("离休干部的医疗待遇报销比例是多少", None),
    ("在深圳交的职工医保 回阿里住院能报多少", INPATIENT),
    ("四川异地医保备案后 在阿里看门诊怎么报", None),
    ("嫂子是公务员 她享受的公务员医疗补助能不能补门诊慢病自己掏的那部分", SPECIAL),
    ("城镇职工生育保险的生育津贴发几个月", MATERNITY),
    ("浙江的惠民保阿里人能不能买", None),
    ("农机保险拖拉机翻了能赔多少", None),
    ("灵活就业交的职工医保 断了能不能补", PERIOD),
]

# (question, related Ngari rule or None): a year the documents do not cover
OTHER_YEARS = [
    ("二〇一二年爷爷在县医院住院时 阿里农牧区医疗是按多少比例报的", INPATIENT),
    ("2016年阿里城镇居民医保个人交多少钱", TIERS),
    ("2018年的时候阿里城镇居民医保的门诊特殊病按多少比例给报", SPECIAL),
    ("2015年前后阿里野外文物点看管员拿的是什么工资标准", WAGE),
    ("2019年阿里居民医保一年封顶是多少", CAP),
    ("规划管到2025 那2026年阿里的大学毕业生会有多少", GRADUATES),
    ("到了2028年地区人民医院下一步还打算冲什么等级", STAGES),
    ("2030年四好农村路要达到什么目标", None),
    ("2027年阿里的乡村振兴专干岗位有多少", POSTS),
    ("2024年四好农村路的创建工作分几个阶段", None),
    ("2013年阿里新农合的普通门诊怎么报", GENERAL),
    ("2029年文物安全培训一年要办几次", TRAINING),
    ("2017年阿里居民医保交费截止到哪天", PERIOD),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    ("in_scope_place", UNPAVED, ["巴卡村"], "answered", "札达县巴卡村现在还没通硬化路吧"),
    ("in_scope_place", UNPAVED, ["阿汝村"], "answered", "日土县阿汝村在没通硬化路的名单里吗"),
    ("in_scope_place", UNPAVED, ["塞利普村"], "answered", "革吉塞利普村的路硬化了没有"),
    (
        "in_scope_place",
        UNPAVED,
        ["热扎村", "木布村"],
        "answered",
        "改则县热扎村和木布村通硬化路了吗",
    ),
    ("in_scope_place", UNPAVED, ["诺仓村"], "answered", "措勤诺仓村的路是不是还没硬化"),
    ("in_scope_place", UNPAVED, ["底雅乡"], "answered", "札达底雅乡通没通硬化路 方案里怎么说"),
    (
        "in_scope_place",
        LINES,
        ["狮泉河镇-扎西岗乡"],
        "answered",
        "从狮泉河镇坐班车能不能到扎西岗乡 现有客运线路里有没有这条",
    ),
    (
        "in_scope_place",
        quote(RD, "热角村委会"),
        ["热角村委会"],
        "answered",
        "日土镇热角村委会计划什么时候开通农村客运",
    ),
    (
        "in_scope_place",
        GUARDS,
        ["革吉县459人"],
        "answered",
        "革吉那边的牧民想当护路员 全县今年一共排了多少个生态补偿名额",
    ),
    ("in_scope_place", GUARDS, ["噶尔县95人"], "answered", "噶尔县的生态补偿护路员名额有多少"),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "阿里参保的舅公去兰州住院 报销比例比在阿里低多少",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["入院5日内"],
        "answered",
        "在成都打工的阿里参保人住院了 要在几天内备案",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["林芝市人民医院"],
        "answered",
        "林芝市人民医院跟阿里创三甲有什么关系",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "阿妈以前参加的是农牧区医疗 后来这个制度跟什么合并成了现在的样子",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "城镇居民医保和农牧区医疗合并以后 以前那些门诊特殊病种还算不算",
    ),
    (
        "scheme_alias",
        SERIOUS,
        ["30万元"],
        "answered",
        "听老人说以前有个农牧民大额补充医疗保险 现在阿里还接着保不 年度最高赔付多少",
    ),
    (
        "scheme_alias",
        GENERAL,
        ["取消城乡居民基本医疗保险的家庭账户"],
        "answered",
        "阿里原来新农合的家庭账户现在还有吗",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["合并农牧区医疗制度基金"],
        "answered",
        "合并之前农牧区医疗攒下的那笔基金 后来跟哪笔钱并到一起了",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）1."),
        ["2022年599人"],
        "answered",
        "侄子是2022届的 规划预测那一届阿里高校毕业生大概有多少",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["225个"],
        "answered",
        "2019年对口援藏给阿里毕业生拿出了多少就业援藏岗位",
    ),
    (
        "in_scope_year",
        art(HP, "二、"),
        ["成功挂牌"],
        "answered",
        "方案里说地区人民医院争取哪一年评审成功挂上三甲的牌子 2021年有希望吗",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）1."),
        ["2025年660人左右"],
        "answered",
        "2025年阿里毕业生大概有多少",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "2020年的居民医保实施办法哪天开始执行",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762 公里"],
        "answered",
        "截至2019年底 阿里七个县的县乡村道加专用公路总共多长",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["27人"],
        "answered",
        "2017年就业援藏岗位实际就业多少人",
    ),
]


def build(t) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
