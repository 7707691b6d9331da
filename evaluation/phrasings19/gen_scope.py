"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`), with a city or county of every
provincial unit (保定, 大同, 包头, 锦州, 延边, 齐齐哈尔, 浦东, 南通, 温州, 芜湖, 漳州, 赣州, 烟台,
南阳, 宜昌, 株洲, 汕头, 桂林, 三亚, 万州, 绵阳, 遵义, 大理, 宝鸡, 天水, 格尔木, 吴忠, 喀什, 朝阳,
滨海新区, 澳门, 台中) and Tibet's other prefectures (那曲 班戈/申扎, 昌都 江达/类乌齐, 林芝 米林/察隅,
山南 错那/隆子, 日喀则 仲巴/聂拉木/吉隆, 拉萨 当雄/尼木); look-alikes that must be answered: Ngari's
counties, towns and villages (狮泉河镇, 左左乡, 扎西岗乡, 昆莎乡, 托林镇, 香孜乡, 底雅乡, 日土镇, 热帮乡,
盐湖乡, 文布当桑乡, 仁多乡, 麻米乡, 先遣乡, 措勤镇, 江让乡, 磁石乡, 巴嘎乡), old scheme names
(农牧区医疗制度, 城镇居民基本医疗保险, 合作医疗, 农牧民大额补充医疗保险), 2020 and the years the
plans name. Every gold place and term read from the gazette for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    GRADUATES,
    INPATIENT,
    MATERNITY,
    PERIOD,
    ROAD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RD, RP, RT, art, mi, quote
from evaluation.phrasings19.table import Tune19Table

PHOTO = art(RP, "第三十七条")
TRAINING = art(RT, "一、（三）")
HOSPITAL = art(HP, "二、")

OTHER_PLACES = [
    ("河北保定的城乡居民医保住院起付线是多少", INPATIENT),
    ("山西大同交居民医保有几个档次", TIERS),
    ("内蒙古包头居民医保一年最多报多少", CAP),
    ("辽宁锦州门诊特殊病包括哪些病", SPECIAL),
    ("吉林延边高血压门诊用药怎么报销", TWO),
    ("黑龙江齐齐哈尔普通门诊统筹一年报多少", GENERAL),
    ("上海浦东新区居民医保啥时候交费", PERIOD),
    ("江苏南通生孩子医保能全报吗", MATERNITY),
    ("浙江温州医保不报销哪些项目", EXCLUDED),
    ("安徽芜湖二级医院住院报几成", INPATIENT),
    ("福建漳州的野外文物看管员一个月多少工资", WAGE),
    ("江西赣州农村公路养护补贴每个县多少", ROAD),
    ("山东烟台的文物保护单位能不能拍照", PHOTO),
    ("河南南阳文物安全培训一年几次", TRAINING),
    ("湖北宜昌居民医保个人最低交多少", TIERS),
    ("湖南株洲三级医院住院报销比例", INPATIENT),
    ("广东汕头潮阳区的门诊慢特病能报几成", SPECIAL),
    ("广西桂林糖尿病两病门诊限额多少", TWO),
    ("海南三亚的居民医保封顶线多少", CAP),
    ("重庆万州居民医保缴费期是几月", PERIOD),
    ("四川绵阳城乡居民医保怎么参保", TIERS),
    ("贵州遵义的高校毕业生就业规划有哪些岗位", GRADUATES),
    ("云南大理的人民医院创三甲要多久", HOSPITAL),
    ("陕西宝鸡乡镇卫生院住院起付线多少", INPATIENT),
    ("甘肃天水的普通门诊报销比例", GENERAL),
    ("青海格尔木居民医保一年最多报多少", CAP),
    ("宁夏吴忠低保户参保个人交钱吗", TIERS),
    ("新疆喀什的四好农村路养护补贴标准", ROAD),
    ("北京朝阳区居民医保住院报销", INPATIENT),
    ("天津滨海新区城乡居民医保今年个人缴费分几个档", TIERS),
    ("澳门的医疗保障能报多少", CAP),
    ("台湾台中的健保门诊怎么报", GENERAL),
    ("那曲班戈县的居民医保住院报多少", INPATIENT),
    ("那曲申扎县野外文物看管员工资", WAGE),
    ("昌都江达县参保缴费期是什么时候", PERIOD),
    ("昌都类乌齐县门诊特殊病有哪些", SPECIAL),
    ("林芝米林县农村公路养护补贴多少", ROAD),
    ("林芝察隅县居民医保封顶多少", CAP),
    ("山南错那县两病门诊怎么报", TWO),
    ("山南隆子县的生育费用能全报吗", MATERNITY),
    ("日喀则仲巴县二级医院住院报几成", INPATIENT),
    ("日喀则聂拉木县居民医保档次", TIERS),
    ("日喀则吉隆县的文物能不能拍照", PHOTO),
    ("拉萨当雄县普通门诊一年报多少", GENERAL),
    ("拉萨尼木县医保不报销哪些费用", EXCLUDED),
]

OTHER_SCHEMES = [
    ("在阿里上班交的城镇职工医保 住院先自付多少起付线", INPATIENT),
    ("职工医保个人账户每个月单位给划进去多少钱", GENERAL),
    ("机关公务员还有一份医疗补助 那个补助报销比例多少", CAP),
    ("城乡居民养老保险的基础养老金每月能领几百", TIERS),
    ("商业重疾险能赔多少", None),
    ("干活摔伤了申请工伤认定 大概要等多久才有结果", EXCLUDED),
    ("失业保险金一个月领多少钱", None),
    ("在阿里交的住房公积金 买房时怎么取出来", None),
    ("单位女职工休产假 生育津贴按多少天工资发", MATERNITY),
    ("长期护理保险在阿里有吗", None),
    ("车险出险了怎么理赔", EXCLUDED),
    ("草原生态保护补助奖励一亩地多少钱", None),
    ("商业的惠民保 一年保费交几块 值不值", TIERS),
    ("文物进出境审核要哪些材料", PHOTO),
    ("事业单位招聘考试什么时候报名", GRADUATES),
    ("护士执业资格考试怎么报名", HOSPITAL),
]

OTHER_YEARS = [
    ("2015年阿里居民医保住院报销比例多少", INPATIENT),
    ("2017年阿里参保缴费档次是多少", TIERS),
    ("2018年阿里医保一年最多报多少", CAP),
    ("2019年的门诊特殊病报销比例", SPECIAL),
    ("2021年阿里两病门诊限额涨了没有", TWO),
    ("2022年阿里居民医保缴费标准调了没有", PERIOD),
    ("2023年普通门诊一年能报多少", GENERAL),
    ("2024年野外文物看管员工资多少", WAGE),
    ("到2025年每个县的四好农村路养护补贴会涨到多少", ROAD),
    ("2026年阿里居民医保个人交多少", TIERS),
    ("2016年文物保护单位能不能拍照", PHOTO),
    ("2030年阿里毕业生就业率目标", GRADUATES),
]

# (category, gold, terms, status, question)
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["100元"], "answered", "狮泉河镇的卫生服务中心住院起付线多少"),
    ("in_scope_place", TIERS, ["250元"], "answered", "左左乡的牧民交居民医保最高那档多少钱"),
    ("in_scope_place", PERIOD, ["10月1日"], "answered", "扎西岗乡的村民一般什么时候交下一年的医保"),
    ("in_scope_place", CAP, ["6万元"], "answered", "昆莎乡的老人住院一年最多能报多少"),
    ("in_scope_place", SPECIAL, ["大骨节病"], "answered", "托林镇不少人有大骨节病 算门诊特殊病吗"),
    (
        "in_scope_place",
        art(RP, "第二十一条"),
        ["立即保护现场"],
        "answered",
        "香孜乡挖地基挖出陶罐子 该怎么办",
    ),
    (
        "in_scope_place",
        quote(RD, "札达县底雅乡、萨让乡"),
        ["底雅乡"],
        "answered",
        "底雅乡通硬化路了吗",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县多玛乡、东汝乡"),
        ["7月15日"],
        "answered",
        "日土镇日土村委会什么时候开通农村客运",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县459人"),
        ["459"],
        "answered",
        "革吉县安排了多少个生态补偿养护岗位",
    ),
    (
        "in_scope_place",
        quote(RD, "措勤县3个：加绕村"),
        ["诺仓村"],
        "answered",
        "措勤县还有哪些建制村没通上硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰县235人"),
        ["235"],
        "answered",
        "普兰县的生态补偿养护员计划多少名",
    ),
    (
        "in_scope_place",
        quote(RD, "托林镇-香孜乡"),
        ["托林镇-香孜乡"],
        "answered",
        "札达托林镇到香孜乡有农村客运线路吗",
    ),
    (
        "in_scope_place",
        quote(RD, "改则县9个"),
        ["察布村"],
        "answered",
        "改则县那9个没有通硬化路的建制村都叫什么",
    ),
    ("in_scope_place", WAGE, ["1200元"], "answered", "噶尔县县级野外文物点看管员每月多少钱"),
    (
        "in_scope_place",
        quote(RD, "噶尔县 95 人"),
        ["95"],
        "answered",
        "噶尔县生态补偿养护岗位安排多少人",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "以前的农牧区医疗制度现在还有吗",
    ),
    (
        "scheme_alias",
        [mi("第一条"), mi("第二条")],
        ["城镇居民基本医疗保险"],
        "answered",
        "城镇居民基本医疗保险跟现在的居民医保什么关系",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "原来合作医疗的门诊特殊病整合后还保留吗",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["30万元"],
        "answered",
        "农牧民大额补充医疗保险的续保协议还在执行吗 一年最高赔付多少",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["合并农牧区医疗制度基金"],
        "answered",
        "农牧区医疗的老基金后来怎么处理了",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["用完为止"],
        "answered",
        "农牧区医疗那会儿的家庭账户余额还能花吗",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["14万元"],
        "answered",
        "城乡居民大病保险在阿里叫法没变吧 它年度赔付上限多少",
    ),
    (
        "scheme_alias",
        mi("第二十九条"),
        ["分别按当年政策"],
        "answered",
        "制度整合前后跨年度的住院费用怎么报",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630"],
        "answered",
        "规划对2023年阿里毕业生人数的预测是多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "2025年那一届阿里毕业生预测多少人",
    ),
    (
        "in_scope_year",
        art(HP, "三、（六）"),
        ["撰写正式评审申请书"],
        "answered",
        "2021年人民医院创三甲要做什么",
    ),
    (
        "in_scope_year",
        art(HP, "三、（一）"),
        ["三乙"],
        "answered",
        "2019年人民医院创三甲主要在整改什么",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "2020年阿里的居民医保办法哪天开始执行",
    ),
    (
        "in_scope_year",
        art(RD, "四、（一）"),
        ["4月14日"],
        "answered",
        "2020年四好农村路摸底准备阶段到哪天",
    ),
    (
        "in_scope_year",
        quote(GE, "27人、0人、15人"),
        ["27人"],
        "answered",
        "2017年就业援藏岗位实际就业几个人",
    ),
    (
        "in_scope_year",
        art(GE, "三、（二）5."),
        ["5家以上"],
        "answered",
        "规划说到2025年要培育的毕业生就业人力资源服务骨干企业有几家以上",
    ),
    (
        "in_scope_year",
        quote(RD, "2020年3月1日至4月14日"),
        ["3月1日"],
        "answered",
        "2020年3月阿里四好农村路在干什么",
    ),
]


def build(t: Tune19Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
