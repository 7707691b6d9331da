"""Questions about another place, scheme or year (declined), and look-alikes that must be
answered: Ngari's own counties, towns and villages, old names of the merged schemes, and the years
the documents themselves name. Places come from a city or county of each other provincial unit
(唐山, 大同, 包头, 锦州, 吉林, 齐齐哈尔, 上海浦东, 南通, 宁波, 芜湖, 厦门, 赣州, 青岛, 开封, 宜昌, 岳阳, 佛山,
桂林, 三亚, 重庆万州, 绵阳, 遵义, 大理, 宝鸡, 天水, 格尔木, 石嘴山, 库尔勒, 北京朝阳, 天津滨海, 香港九龙,
澳门氹仔, 台北) and counties of Tibet's other prefectures (堆龙德庆, 聂拉木, 隆子, 察隅, 芒康, 双湖)."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings20.table import Heldout20Table

INPATIENT = mi("第二十二条")
TIERS = mi("第十八条")
CAP = mi("第二十三条")
SPECIAL = mi("第二十四条")
TWO = mi("第二十五条")
GENERAL = mi("第二十六条")
PERIOD = mi("第八条")
SERIOUS = mi("第二十七条")
WAGE = art(RC, "第十二条")
ROAD = quote(RD, "100万元/年")
BOTH = ["answered", "calculated"]

# (question, related or None)
OTHER_PLACES = [
    ("唐山的城乡居民医保在三级医院住院起付线是多少", INPATIENT),
    ("山西大同交二百五档的居民医保 住院报销几成", INPATIENT),
    ("包头那边居民医保一年最高能报多少", CAP),
    ("辽宁锦州的门诊特殊病有哪些病种", SPECIAL),
    ("吉林市居民医保的缴费期是几月份", PERIOD),
    ("齐齐哈尔的两病门诊糖尿病一年限额多少", TWO),
    ("上海浦东新区城乡居民医保个人交多少钱", TIERS),
    ("江苏南通普通门诊统筹一年能报多少", GENERAL),
    ("浙江宁波守古城墙遗址的看管人员每月能拿多少补助", WAGE),
    ("安徽芜湖的文物保护单位保护范围谁来划定", art(RP, "第十二条")),
    ("厦门居民医保补缴怎么算", PERIOD),
    ("江西赣州的农村公路养护每年每县补多少钱", ROAD),
    ("山东青岛市对应届大学毕业生定的就业率指标是多少", quote(GE, "就业率保持在90%以上")),
    ("开封的文物安全培训一年搞几次", art(RT, "一、（三）")),
    ("湖北宜昌建档立卡户住院报销提高几个点", mi("第二十九条")),
    ("岳阳的居民医保生孩子能全报吗", mi("第二十九条")),
    ("广东佛山那边县人民医院冲三甲要走几个步骤", art(HP, "三、")),
    ("桂林的城乡居民医保乙类药自付多少", TWO),
    ("三亚的居民医保在乡镇卫生院住院报多少", INPATIENT),
    ("重庆万州的农村客运通车率多少了", None),
    ("四川绵阳考古发掘结束后出土文物多久移交", art(RP, "第二十条")),
    ("贵州遵义的门特报销设不设起付线", SPECIAL),
    ("云南大理古城里的文物能不能拍照", art(RP, "第三十七条")),
    ("陕西宝鸡的居民医保家庭账户取消了没有", GENERAL),
    ("甘肃天水的大病保险最高赔付多少", SERIOUS),
    ("青海格尔木居民医保的财政补助怎么分担", mi("第十七条")),
    ("宁夏石嘴山的低保户参保要不要自己交钱", TIERS),
    ("新疆库尔勒的野外文物看管员多大年纪能应聘", art(RC, "第五条")),
    ("北京朝阳区居民医保去外地住院要备案吗", mi("第三十三条")),
    ("天津滨海新区的四好农村路示范县怎么评", None),
    ("香港九龙的公立医院住院怎么收费", None),
    ("澳门氹仔的居民看病能报销多少", None),
    ("台北的健保一年缴多少钱", None),
    ("拉萨堆龙德庆区的居民医保住院报销比例是多少", INPATIENT),
    ("日喀则聂拉木县的野外文物看管员工资是多少", WAGE),
    ("山南隆子县的农村公路养护补贴多少钱一年", ROAD),
    ("林芝察隅县的门特病种和阿里一样吗", SPECIAL),
    ("昌都芒康县的盐井古盐田文物能拓印吗", art(RP, "第三十八条")),
    ("那曲双湖县的高校毕业生有什么就业岗位", None),
]

OTHER_SCHEMES = [
    ("职工医保个人账户里的钱能给家里人用吗", None),
    ("在单位上班的女职工休产假 生育津贴按什么基数发", None),
    ("农村的城乡居民养老保险有哪些缴费档可以挑", None),
    ("在狮泉河买房子 公积金贷款额度上限是多少", None),
    ("商业重疾险确诊以后赔多少", None),
    ("高龄津贴八十岁以上每月发多少", None),
    ("残疾人两项补贴的标准是多少", None),
    ("大学生国家助学贷款怎么申请", None),
    ("退耕还林补助每亩多少钱", None),
    ("护边员补助一个月多少", None),
    ("地质灾害避险搬迁补助怎么领", None),
    ("修路时工人受伤了 走工伤认定流程得多少个工作日", None),
    ("失业保险金能领几个月", None),
    ("养老院的床位补贴怎么申请", None),
    ("我那辆皮卡的交强险续保一年要几百块", None),
    ("禁牧草场的生态奖补 每亩草场一年发多少钱", None),
]

OTHER_YEARS = [
    ("2018年阿里的居民医保住院报销比例是多少", INPATIENT),
    ("2016年农牧区医疗制度的门诊报销怎么算", None),
    ("2019年阿里居民医保个人缴费档次是哪几档", TIERS),
    ("2023年的居民医保封顶线是多少", CAP),
    ("2026年阿里的农村公路养护补贴每个县多少", ROAD),
    ("再往后看到2030那年 阿里会有多少应届大学生毕业", quote(GE, "2020年591人")),
    ("2017年阿里地区人民医院评三乙的方案内容", None),
    ("听说看管员工资会适当提高 到2024年涨成多少一个月了", WAGE),
    ("2015年阿里的文物安全培训办法有哪些规定", None),
    ("2022年度阿里普通门诊报销比例是多少", GENERAL),
    ("2028年的城乡居民医保缴费期什么时候", PERIOD),
    ("2013年阿里的门诊特殊病有多少种", SPECIAL),
    ("2027年阿里地区人民医院要建哪些项目", None),
    ("2021年农村客运班车的开通计划是什么", None),
    ("2032年阿里就业率目标多少", quote(GE, "就业率保持在90%以上")),
    ("2011年农村公路总里程有多少公里", None),
]

# (category, gold, terms, status, question): looks out of scope, is answered
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["200元"], BOTH, "日土县日松乡的牧民在县医院二级住院 起付线多少"),
    (
        "in_scope_place",
        PERIOD,
        ["10月1日至12月31日"],
        "answered",
        "札达县香孜乡的村民每年什么时候交居民医保",
    ),
    (
        "in_scope_place",
        art(RC, "第五条"),
        ["就近区域"],
        "answered",
        "普兰县科迦村附近的文物点招看管员 要不要本地人",
    ),
    (
        "in_scope_place",
        art(RD, "第2项"),
        ["2022年前"],
        "answered",
        "措勤县查仓村的硬化路要求什么时候前通",
    ),
    (
        "in_scope_place",
        [art(RD, "二、"), art(RD, "第2项")],
        ["丁则村", "阿汝村"],
        "answered",
        "日土那边没通硬化路的建制村叫什么村",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["地区交通实业发展总公司"],
        "answered",
        "改则县的农村客运由谁来经营",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["各自成立养运公司自主经营"],
        "answered",
        "札达县的农村客运是自己成立公司经营吗",
    ),
    (
        "in_scope_place",
        art(RD, "二、（三）"),
        ["日土县237人"],
        "answered",
        "日土县生态补偿公路养护岗位安排多少人",
    ),
    (
        "in_scope_place",
        art(RD, "一、"),
        ["托林镇-香孜乡"],
        "answered",
        "札达县托林镇通香孜乡有农村客运线路吗",
    ),
    (
        "in_scope_place",
        [art(RD, "第19项"), art(RD, "三、（二）"), art(RD, "二、（四）")],
        ["乌江村委会"],
        "answered",
        "日土县多玛乡哪几个村委会要开通农村客运",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户籍所在地的乡（镇）、村（居）"],
        "answered",
        "噶尔县左左乡的户口 参保登记去哪办",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["日喀则市人民医院"],
        "answered",
        "创三甲的时候阿里去日喀则哪家医院学习",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["陕西省10家", "成都市2家"],
        "answered",
        "远程平台对接的内地医院里陕西和成都各有几家",
    ),
    (
        "in_scope_place",
        art(GE, "一、（二）3."),
        ["河北省、陕西省公务员岗位"],
        "answered",
        "阿里的毕业生考河北陕西的公务员 规模大吗",
    ),
    (
        "in_scope_place",
        art(RD, "第3项"),
        ["多仁村"],
        "answered",
        "革吉县多仁村的公路改建年内要完成多少工程量",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        BOTH,
        "狮泉河镇的居民在成都住院 报销比例和在阿里一样吗",
    ),
    (
        "scheme_alias",
        mi("第一条"),
        ["农牧区医疗制度"],
        "answered",
        "以前的农牧区医疗制度现在还有吗",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["合并农牧区医疗制度基金"],
        "answered",
        "原来农牧区医疗的基金和城镇居民医保的基金现在怎么处理的",
    ),
    (
        "scheme_alias",
        SERIOUS,
        ["农牧民大额补充医疗保险续保协议"],
        "answered",
        "农牧民大额补充医保还继续吗 最高赔多少",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "以前城镇居民医保里的门特病种现在还算不算",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城乡居民大病保险和医疗救助制度"],
        "answered",
        "新农合改成城乡居民医保以后 大病保险和医疗救助也统一了吗",
    ),
    (
        "scheme_alias",
        mi("第二十九条"),
        ["跨年度医疗费用分别按当年政策规定"],
        "answered",
        "合作医疗转成居民医保那年 住院跨了年怎么报",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["六统一"],
        "answered",
        "城镇居民医保和农牧区医疗整合后的六统一是哪六个",
    ),
    (
        "in_scope_year",
        quote(GE, "2021年580人"),
        ["2021年580人"],
        "answered",
        "2021年阿里的高校毕业生预计有多少",
    ),
    (
        "in_scope_year",
        art(GE, "一、（二）3."),
        ["142个", "27人"],
        "answered",
        "2017年就业援藏岗位提供了多少个 就业多少人",
    ),
    (
        "in_scope_year",
        art(RD, "一、"),
        ["10366.762公里"],
        "answered",
        "县乡村道加专用公路 到2019年年底阿里一共有多长的农村公路",
    ),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前挂牌"],
        "answered",
        "地区人民医院争取2021年什么时候挂牌三甲",
    ),
    (
        "in_scope_year",
        art(GE, "三、（一）1."),
        ["230人", "500人以上"],
        "answered",
        "2020到2025年创业人数的目标是多少 带动多少就业",
    ),
    (
        "in_scope_year",
        art(RD, "二、"),
        ["加快农村客运发展实施意见"],
        "answered",
        "2019年3月交通局给七县发了什么征求意见的函",
    ),
    (
        "in_scope_year",
        mi("第八条"),
        ["下一年1月1日至12月31日"],
        "answered",
        "2020年底交了医保 2021年哪段时间能享受",
    ),
    (
        "in_scope_year",
        art(GE, "三、（二）5."),
        ["5家以上"],
        "answered",
        "规划说到2025年要扶起来多少家给毕业生服务的人力资源骨干企业",
    ),
    (
        "in_scope_year",
        art(HP, "二、"),
        ["实现三级甲等综合医院初审"],
        "answered",
        "2020年用八个月时间 地区人民医院要达到什么目标",
    ),
]


def build(t: Heldout20Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
