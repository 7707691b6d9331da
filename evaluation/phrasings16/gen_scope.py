"""Scope rows as people dictate and post them: another place, scheme or year as the subject
(declined: the gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and
in-scope look-alikes (Ngari's towns and villages as home, an Ngari enrolee treated, working or
studying elsewhere, the scheme's old names, 2020 and the years the plans themselves name). Places
come from a city or county of every provincial unit the earlier tables did not use and from other
counties of Tibet's six other prefectures."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    ROAD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, art, mi, quote
from evaluation.phrasings16.table import Heldout16Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("河北承德的城乡居民医保 住县医院起付线多少", INPATIENT),
    ("山西晋城居民医保一年个人要交几个钱", TIERS),
    ("内蒙古乌海这边居民医保报销一年最多给多少", CAP),
    ("辽宁丹东门诊特殊病能报几成", SPECIAL),
    ("吉林通化高血压糖尿病门诊用药怎么报", TWO),
    ("黑龙江佳木斯普通门诊报销有没有起付线", GENERAL),
    ("上海嘉定居民医保每年几月份开始缴费", PERIOD),
    ("江苏盐城城乡居民医保顺产能报多少", MATERNITY),
    ("浙江舟山居民医保配眼镜给不给报", EXCLUDED),
    ("安徽黄山新农合住院报销比例", INPATIENT),
    ("福建龙岩的表哥居民医保断了两年 现在想续上要怎么补", PERIOD),
    ("江西景德镇的居民医保大病保险最多赔多少", mi("第二十七条")),
    ("山东威海老人满多少岁居民医保不用交", TIERS),
    ("我在河南信阳老家参的居民医保 在镇上卫生院住了几天能报百分之多少", INPATIENT),
    ("湖北十堰门特病种有哪些", SPECIAL),
    ("湖南株洲城乡医保封顶线是多少", CAP),
    ("广东茂名那边的城乡居民 普通门诊看病全年封顶能报销多少", GENERAL),
    ("广西钦州的居民医保建档立卡户怎么交", TIERS),
    ("海南五指山居民医保住院床位费标准", INPATIENT),
    ("重庆黔江区城乡居民医保缴费档次有几个", TIERS),
    ("四川自贡职工转居民医保怎么办", mi("第十三条")),
    ("贵州六盘水居民医保外地住院要备案吗", mi("第三十三条")),
    ("云南昭通文物保护单位保护范围里能建房吗", art(RP, "第十三条")),
    ("陕西延安革命旧址能随便拍照吗", art(RP, "第三十七条")),
    ("甘肃武威那边看守野外石窟的看管人员 工资一个月发多少", WAGE),
    ("宁夏中卫农村公路养护补贴每个县多少", ROAD),
    ("新疆哈密高校毕业生公益性岗位有多少个", quote(GE, "公益性岗位 1160 个左右")),
    ("北京昌平区居民医保一档交多少钱", TIERS),
    ("天津宝坻居民医保住院二级医院报多少", INPATIENT),
    ("台湾基隆的全民健保住院怎么收费", None),
    ("青海德令哈的牧民得了慢性病 门特能报几成", SPECIAL),
    ("香港荃湾的公立医院住院要交多少钱", None),
    ("拉萨林周县城乡居民医保缴费什么时候截止", PERIOD),
    ("日喀则康马县乡卫生院住院报销多少", INPATIENT),
    ("山南加查县文物局聘的野外看管员 一个月拿多少工资", WAGE),
    ("林芝朗县农村公路养护补贴怎么发", ROAD),
    ("昌都边坝县门特病能报销吗", SPECIAL),
    ("那曲聂荣县医院创三甲了没有", quote(HP, "争取2021年底前挂牌")),
]

# (question, nearest Ngari rule or None): another scheme
OTHER_SCHEMES = [
    ("遇到急难 临时救助一次最多能给多少", mi("第二十八条")),
    ("独生子女父母奖励扶助金一年发多少", None),
    ("边境一线的边民补助一个人一年多少钱", None),
    ("村医每个月的乡村医生补贴是多少", None),
    ("孩子上学的教育三包标准一年多少", None),
    ("草原生态保护补助奖励每亩给多少", None),
    ("职工医保门诊共济以后普通门诊报多少", GENERAL),
    ("买的商业住院津贴险住一天赔多少", None),
    ("被征地农民的养老保障怎么缴费", None),
    ("机关事业单位职业年金单位缴几个点", None),
    ("残疾人护理补贴每个月能领多少", None),
    ("驾驶员意外险出了车祸住院怎么理赔", mi("第三十条")),
]

# (question, nearest Ngari rule or None): another year
OTHER_YEARS = [
    ("2011年那会儿阿里的农牧区医疗制度 住县医院报几成", INPATIENT),
    ("2012年的合作医疗个人缴费是多少", TIERS),
    ("听老人说2013年当野外文物看管员每月才几百 那年的标准到底多少", WAGE),
    ("2014年阿里参保群众的大病保险当年封顶赔付多少", mi("第二十七条")),
    ("2016年阿里门特病种有几种", SPECIAL),
    ("2018年阿里医保一年封顶多少", CAP),
    ("到了2021年 阿里给每个县的农村公路养护专项补贴涨到多少了", ROAD),
    ("2024年阿里城乡居民医保缴费档次变了没", TIERS),
    ("2027年阿里普通门诊报销限额多少", GENERAL),
    ("到了2029年阿里两病门诊高血压一年还是限那么多吗", TWO),
    ("2032年阿里医保补缴怎么算", PERIOD),
    ("等到2035年 阿里城乡居民医保三级医院住院能报几成", INPATIENT),
]


# (category, gold (or golds, any of which is right), terms, status, question)
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["75%"],
        "answered",
        "札达县曲松乡的 交一百二 在乡卫生院住院能报几成",
    ),
    (
        "in_scope_place",
        TIERS,
        ["65 周岁"],
        BOTH,
        "楚鲁松杰乡的老阿爸今年六十六 男的 还用交医保吗",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "日土镇参保的人去乌鲁木齐住院 报销比在阿里少多少",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "革吉镇的小伙子在东莞打工住院了 多少天内备案",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["费用清单"],
        "answered",
        "改则镇参保的 在西安看完病回来报销要准备啥",
    ),
    (
        "in_scope_place",
        mi("第六条"),
        ["户籍所在地"],
        "answered",
        "措勤镇考出去的大学生 在天津读书期间 医保是回户籍地参还是在学校参",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户口簿"],
        "answered",
        "雄巴乡的牧民第一次参保要带啥去登记",
    ),
    (
        "in_scope_place",
        WAGE,
        ["1400元"],
        "answered",
        "普兰镇那边自治区级文物点的看管员一个月多少钱",
    ),
    (
        "in_scope_place",
        art(RP, "第二十一条"),
        ["立即保护现场"],
        "answered",
        "麻米乡放牧的时候捡到一块刻字的石头 该怎么弄",
    ),
    (
        "in_scope_place",
        quote(
            RD,
            "改则县9个：次吾嘎木村、热扎村、木布村、果查村、那木起村、那木切村、吴青村、夏龙村、察布村",
        ),
        ["吴青村"],
        "answered",
        "改则县没通硬化路的那些村都叫啥",
    ),
    (
        "in_scope_place",
        quote(RD, "札达县4个：萨让村、底雅村、巴卡村、楚松村"),
        ["楚松村"],
        "answered",
        "札达县到现在还有哪几个建制村的路没硬化 村名是啥",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县日土镇日土村委会、热角村委会"),
        ["热角村委会"],
        "answered",
        "日土镇哪几个村委会要在7月15日前通客车",
    ),
    (
        "in_scope_place",
        quote(RD, "札达县 78 人"),
        ["78"],
        "answered",
        "札达县生态补偿公路养护员安排了几个人",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县 237 人"),
        ["237"],
        "answered",
        "日土县公路养护员岗位计划多少名",
    ),
    (
        "in_scope_place",
        art(RC, "第五条"),
        ["就近区域"],
        "answered",
        "达雄乡的文物点招看管员 是不是要从附近找人",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰、札达、日土三县各自成立养运公司自主经营"),
        ["养运公司"],
        "answered",
        "普兰县的农村客运是谁来经营",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "阿爸说以前那个农牧区医疗没了 是不是跟城镇居民的医保合成一个了",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["用完为止"],
        "answered",
        "老合作医疗的家庭账户取消以后 账上没花完的余额怎么处理",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["农牧区医疗制度基金"],
        "answered",
        "老农合的基金和城镇居民医保基金合并了吗",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["30万元"],
        "answered",
        "以前农牧区那个大额补充医疗的协议 现在还接着续吗 一年封顶赔多少",
    ),
    (
        "scheme_alias",
        INPATIENT,
        ["400元"],
        "answered",
        "新农合现在叫城乡居民医保了 三级医院起付线多少",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村"),
        ["30个建制村"],
        "answered",
        "2019年分给七个县的农村客运任务是几个乡镇几个村",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762"],
        "answered",
        "截至2019年底 七个县县乡村道加专用公路加起来一共多少公里",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630"],
        "answered",
        "规划里估计2023年阿里会毕业多少大学生",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "规划预测2025年毕业生有多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2017、2018、2019三年分别提供就业援藏岗位142个、115个、225个"),
        ["115"],
        "answered",
        "2018年给阿里毕业生提供了几个就业援藏岗位",
    ),
    (
        "in_scope_year",
        quote(HP, "争取2021年底前挂牌"),
        ["查漏补缺"],
        "answered",
        "2021年底前人民医院三甲挂牌以后 医院还要接着做什么",
    ),
    (
        "in_scope_year",
        quote(RD, "力争7月15日全面运营"),
        ["7月15日"],
        "answered",
        "2020年日土县作为两通示范县 力争哪天全面运营",
    ),
    (
        "in_scope_year",
        GENERAL,
        ["300元"],
        "answered",
        "2020年度在阿里看普通门诊 全年累计最多能报销多少",
    ),
]


def build(t: Heldout16Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
