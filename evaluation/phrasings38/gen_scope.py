"""Declines and look-alikes: another place as the subject (counties of Tibet's other prefectures,
cities of other provincial units), another scheme named as people name it (职工医保, another
province's 新农合, 商业险, 惠民保, 长护险, 公费医疗, 养老和失业保险…), another year (before the 办法, or
after the years the documents fix); and Ngari places, former scheme names and years that look out of
scope but are answered. Every sentence was written for this table."""

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

UNPAVED = quote(RD, "热扎村、木布村")
KEEPERS = quote(RD, "计划安排1594名")
ROAD = quote(RD, "100万元/年")
YEARS = art(GE, "一、（二）1.")
TRAINING = art(RT, "一、（三）")
PHOTO = art(RP, "第三十七条")
ELSEWHERE = mi("第三十三条")

# (question, related place or None): the subject is a place the documents do not govern
OTHER_PLACES = [
    ("那曲聂荣县的牧民住院 乡卫生院起付线收多少", INPATIENT),
    ("那曲比如县城乡居民医保一年封顶多少钱", CAP),
    ("日喀则萨嘎县的野外文物看管员每月工资多少", WAGE),
    ("日喀则吉隆县普通门诊统筹一年最多报多少", GENERAL),
    ("定日县的两病门诊糖尿病限额是多少", TWO),
    ("聂拉木县还有哪些村没通硬化路", UNPAVED),
    ("山南隆子县的农村公路养护补贴每年多少", ROAD),
    ("林芝察隅县门诊特殊病有哪几种", SPECIAL),
    ("林芝墨脱县居民医保缴费分几档", TIERS),
    ("昌都芒康县的文物安全培训一年搞几次", TRAINING),
    ("拉萨尼木县孕妇生孩子医保全报吗", MATERNITY),
    ("墨竹工卡县的生态补偿养路员有多少人", KEEPERS),
    ("青海格尔木居民医保三级医院报销比例多少", INPATIENT),
    ("四川理塘县的城乡居民医保每年几月份开始交", PERIOD),
    ("新疆和田的大病保险一年最多赔多少", SERIOUS),
    ("甘肃张掖城乡居民医保最高支付限额多少", CAP),
    ("云南丽江古城里的壁画能不能拍照", PHOTO),
    ("贵州遵义高校毕业生的就业率目标是多少", art(GE, "三、")),
    ("陕西汉中的中心医院当年创三甲是怎么分阶段推进的", art(HP, "三、")),
    ("河北保定的两病门诊高血压一年能报多少", TWO),
    ("宁夏银川普通门诊起付线多少", GENERAL),
    ("海南三亚的农村客运班车通车率多少", quote(RD, "通车率达到59%")),
    ("天津滨海新区门特报销设不设起付线", SPECIAL),
    ("北京朝阳区的城乡居民参保个人交几档", TIERS),
    ("上海浦东居民住院二级医院报几成", INPATIENT),
    ("内蒙古赤峰的野外文物看管员怎么选聘", art(RC, "第五条")),
    ("黑龙江佳木斯毕业生有多少人", YEARS),
    ("湖北襄阳的农村公路养护公司怎么组建", quote(RD, "养护公司主要职能")),
    ("浙江绍兴市的文物保护专项资金 一般拿来干什么", art(RP, "第六条")),
    ("江苏徐州乡镇卫生院床位费一天报多少", INPATIENT),
    ("广东湛江的居民医保断缴了怎么补", PERIOD),
    ("山西运城的新生儿住院费怎么报", MATERNITY),
]

# (question, related or None): another scheme, named as people name it
OTHER_SCHEMES = [
    ("在狮泉河上班单位交的职工医保 住院报销比例多少", INPATIENT),
    ("我在单位交城镇职工医保 个人账户里每个月会划进来多少", None),
    ("四川老家的新农合今年交多少钱一个人", TIERS),
    ("买的商业重疾险确诊以后一次赔多少", SERIOUS),
    ("百万医疗险的免赔额一般是多少", None),
    ("惠民保一年保费多少 跟医保能一起报吗", None),
    ("长期护理保险失能老人每月能领多少", None),
    ("公务员的公费医疗报销比例多少", INPATIENT),
    ("军人退役后部队的医疗保障怎么转", None),
    ("生育保险的产假津贴按什么基数发", MATERNITY),
    ("工伤保险认定以后停工留薪期工资谁发", None),
    ("阿妈想交城乡居民养老保险 缴费档次有哪些能选", TIERS),
    ("表弟在内地工厂被裁员了 失业保险金每月能领到手多少", None),
    ("给牦牛买的农业保险死一头赔多少", None),
    ("孩子在学校买的学平险摔伤了怎么理赔", None),
    ("住房公积金能不能拿来付住院费", None),
    ("河南老家新农合门诊报销比例多少", GENERAL),
    ("职工大额医疗费用补助一年最高报多少", SERIOUS),
    ("单位给买的团体意外险看急诊能报吗", None),
    ("老家甘肃的城乡居民医保异地就医怎么备案", ELSEWHERE),
]

# (question, related or None): a year the documents do not cover
OTHER_YEARS = [
    ("2016年居民医保个人缴费有几个档次", TIERS),
    ("2013年那时候阿里野外文物看管员一个月拿多少钱", WAGE),
    ("2018年阿里住院报销的年度封顶是多少", CAP),
    ("2015年普通门诊统筹一年能报多少", GENERAL),
    ("到2026年阿里会有多少大学毕业生回来找工作", YEARS),
    ("2028年各县的四好农村路养护补贴还是每县那个数吗", ROAD),
    ("2030年人民医院要新增多少医务人员", art(HP, "四、（十）")),
    ("早在2012年 阿里文物单位的安全培训一年要求搞几次", TRAINING),
    ("2014年大病保险一年最高赔多少", SERIOUS),
    ("2027年毕业生就业率目标定的多少", art(GE, "三、")),
]

# (category, gold, terms, status, question): Ngari places, former scheme names and stated years
LOOK_ALIKES = [
    ("in_scope_place", UNPAVED, ["热扎村"], "answered", "改则县热扎村的路还没硬化吗"),
    ("in_scope_place", UNPAVED, ["诺仓村"], "answered", "措勤县诺仓村有没有列在未通硬化路的村里"),
    ("in_scope_place", UNPAVED, ["底雅乡"], "answered", "札达县底雅乡是不是还没通硬化路"),
    ("in_scope_place", UNPAVED, ["阿汝村"], "answered", "日土县阿汝村通硬化路没有"),
    (
        "in_scope_place",
        UNPAVED,
        ["塞利普村"],
        "answered",
        "革吉县塞利普村是不是方案里点名还没通硬化路的村",
    ),
    (
        "in_scope_place",
        quote(RD, "热角村委会"),
        ["热角村委会"],
        "answered",
        "日土镇热角村委会今年能不能通上农村客运",
    ),
    (
        "in_scope_place",
        KEEPERS,
        ["噶尔县95人"],
        "answered",
        "噶尔县安排了几个生态补偿农村公路养护岗位",
    ),
    ("in_scope_place", KEEPERS, ["札达县78人"], "answered", "札达县的农村公路养护员名额是多少"),
    ("in_scope_place", KEEPERS, ["革吉县459人"], "answered", "革吉县生态补偿养路的岗位有多少个"),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-扎西岗乡"),
        ["狮泉河镇-扎西岗乡"],
        "answered",
        "从狮泉河镇坐车到扎西岗乡 有没有已经开通的农村客运线路",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰县内非定线"),
        ["普兰县内非定线"],
        "answered",
        "普兰县里的农村客运线路是定线的吗",
    ),
    (
        "in_scope_place",
        ELSEWHERE,
        ["5日内"],
        "answered",
        "噶尔县的嫂子在成都探亲时住院了 要在几天内备案",
    ),
    (
        "in_scope_place",
        art(HP, "四、（十三）"),
        ["11家包科医院"],
        "answered",
        "阿里人民医院跟陕西几家包科医院沟通争取设备",
    ),
    (
        "in_scope_place",
        quote(RD, "措勤、改则、革吉、噶尔四县"),
        ["地区交通实业发展总公司"],
        "answered",
        "改则县以后的农村客运 方案建议交给哪家单位经营",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["农牧区医疗制度基金"],
        "answered",
        "过去农牧区医疗制度的那笔基金 整合以后并进了什么基金",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "以前农牧区医疗里的门诊特殊病现在还有没有",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城镇居民基本医疗保险制度"],
        "answered",
        "原先的城镇居民医保现在跟什么制度合成一个了",
    ),
    (
        "scheme_alias",
        GENERAL,
        ["家庭账户"],
        "answered",
        "合作医疗时候的家庭账户现在还保留不保留",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["30万元"],
        "answered",
        "农牧民大额补充医疗保险还续着吗 一年最高赔多少",
    ),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前挂牌"],
        "answered",
        "人民医院争取在2021年的什么时候前挂三甲牌子",
    ),
    (
        "in_scope_year",
        YEARS,
        ["2023年630人左右"],
        "answered",
        "2023年阿里这边高校毕业生预测数是多少",
    ),
    ("in_scope_year", YEARS, ["2025年660人左右"], "answered", "预测2025年的毕业生大概多少人"),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["142个"],
        "answered",
        "就业援藏岗位在2017年提供了几个 最后实际就业几个人",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年3月11日"),
        ["2019年3月11日"],
        "answered",
        "地区交通运输局是哪天给七县发征求意见函的 2019年几月",
    ),
    (
        "in_scope_year",
        quote(RD, "2022年前"),
        ["2022年前"],
        "answered",
        "2个乡镇21个建制村的公路通畅任务要在2022年前完成吗",
    ),
]


def build(t) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
