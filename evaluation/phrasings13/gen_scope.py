"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`) with cities and counties from every
province and Tibet's other prefectures' counties; in-scope look-alikes (Ngari's towns and villages
as home, an Ngari enrolee treated or studying elsewhere, the scheme's old names, 2020 and the
years the plans themselves name). The look-alikes' gold places and terms are the twelfth table's
(taken from its module); every question here is new."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes, reworded
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
from evaluation.phrasings.rows import HP, RC, art, mi, quote
from evaluation.phrasings12 import gen_scope as twelfth
from evaluation.phrasings13.table import Tune13Table

OTHER_PLACES = [
    ("我在河北邯郸 那边城乡居民医保住院起付线多少", INPATIENT),
    ("山西运城的居民医保今年个人缴费标准", TIERS),
    ("内蒙古赤峰城乡居民医保年度最高能报多少", CAP),
    ("辽宁鞍山居民医保有哪些门诊慢特病", SPECIAL),
    ("长春居民医保高血压门诊用药报销比例", TWO),
    ("黑龙江牡丹江新农合住院能报几成", INPATIENT),
    ("上海闵行的城乡居民医保门诊怎么报", GENERAL),
    ("江苏徐州老家的居民医保几月份开始交", PERIOD),
    ("浙江温州的居民医保配老花镜报不报", EXCLUDED),
    ("安徽阜阳城乡居民医保在县医院住院报多少", INPATIENT),
    ("福建泉州居民医保生孩子报销标准", MATERNITY),
    ("江西九江新农合今年交多少一个人", TIERS),
    ("山东潍坊居民医保糖尿病门诊一年限额", TWO),
    ("河南南阳城乡居民医保透析怎么报", SPECIAL),
    ("湖北襄阳居民医保封顶线是多少", CAP),
    ("湖南常德乡镇卫生院住院居民医保起付多少", INPATIENT),
    ("广东佛山居民医保小孩一年交多少", TIERS),
    ("广西柳州城乡居民医保断缴了怎么补", PERIOD),
    ("海口居民医保住院报销比例多少", INPATIENT),
    ("重庆涪陵城乡居民医保门诊统筹报多少", GENERAL),
    ("四川甘孜州居民医保建档立卡户怎么报", MATERNITY),
    ("贵州毕节新农合门诊特殊病怎么办理", SPECIAL),
    ("云南丽江城乡居民医保老年人要不要交费", TIERS),
    ("陕西汉中居民医保三级医院报多少", INPATIENT),
    ("甘肃张掖城乡居民医保两病门诊怎么报", TWO),
    ("青海海东居民医保一年最多报多少钱", CAP),
    ("宁夏固原城乡居民医保生孩子给报多少", MATERNITY),
    ("新疆阿克苏居民医保缴费后多久生效", PERIOD),
    ("北京海淀城乡居民医保住院要押金吗", mi("第三十四条")),
    ("天津武清居民医保有几档缴费", TIERS),
    ("香港公立医院住院一天收多少钱", None),
    ("高雄的健保门诊要自付多少", None),
    ("拉萨堆龙德庆区居民医保住院能报多少", INPATIENT),
    ("日喀则萨迦县城乡居民医保个人缴多少", TIERS),
    ("山南错那县居民医保门特病种", SPECIAL),
    ("林芝米林县城乡居民医保年度封顶", CAP),
    ("昌都类乌齐县居民医保普通门诊怎么报", GENERAL),
    ("那曲申扎县新农合住院起付线", INPATIENT),
    ("日喀则仲巴县的野外文物看管员工资多少", WAGE),
    ("那曲市的农村公路养护每县补贴多少", ROAD),
    ("林芝市今年高校毕业生有多少", GRADUATES),
    ("山南市人民医院创三甲花了多少钱", quote(HP, "医疗设备3614.17万元")),
]

OTHER_SCHEMES = [
    ("公积金提取装修要什么材料", None),
    ("单位交的那个医保 卡里余额能给孩子买药吗", None),
    ("商业重疾险确诊以后多久赔", None),
    ("失业金每月领多少 能领几个月", None),
    ("生育津贴怎么算", MATERNITY),
    ("灵活就业人员交职工医保每月多少", TIERS),
    ("学平险住院能报多少", INPATIENT),
    ("新冠疫苗接种要不要自己出钱", None),
    ("惠民保一年保费多少 能报什么", None),
    ("在单位上班交的职工医保 住院先自付多少", INPATIENT),
    ("残疾人两项补贴每月发多少", TIERS),
]

OTHER_YEARS = [
    ("往回数到2016年那会儿 阿里农牧区医疗住院能报几成", INPATIENT),
    ("2018年阿里城乡居民医保个人交多少", TIERS),
    ("阿里2019年的门诊特殊病有几种", SPECIAL),
    ("2021年阿里两病门诊糖尿病限额变了吗", TWO),
    ("阿里2022年居民医保最高支付限额", CAP),
    ("2023年阿里普通门诊报销标准", GENERAL),
    ("2025年阿里医保缴费期是几月", PERIOD),
    ("2024年阿里生孩子住院怎么报", MATERNITY),
    ("2027年阿里医保不予支付的范围", EXCLUDED),
    ("2029年阿里一级医院住院起付线", INPATIENT),
    ("阿里野外文物看管员到2024年月工资调到多少了", WAGE),
]

LOOK_ALIKE_QUESTIONS = [
    "我是噶尔县门士乡的 交的120 在乡里卫生院住院 能报百分之几",
    "普兰县霍尔乡的阿爸今年六十五 居民医保还要自己交吗",
    "日土县热帮乡的 到新疆叶城县医院住院 比在区内少报多少",
    "革吉县亚热乡的娃在深圳进厂 住院了 备案有天数要求吗",
    "改则县先遣乡参保的 在西安住的院 回阿里报账要带什么",
    "札达县达巴乡的姑娘考到北京读大学了 医保还在家乡参吗",
    "措勤县磁石乡的牧民第一次办参保 需要带哪些证件",
    "住在狮泉河镇 普通门诊统筹一年能用多少",
    "日土县多玛乡哪几个村委会在开通农村客运的名单里",
    "札达县没通硬化路的建制村有哪些",
    "革吉县还有哪些村没通硬化路",
    "普兰县分到多少个生态补偿公路养护员",
    "扎西岗乡到狮泉河镇有没有开农村客运",
    "普兰科迦寺的壁画游客能拍吗",
    "以前农牧区医疗家庭账户里剩的钱 现在怎么办",
    "新农合和城镇居民医保两个合起来以后叫什么",
    "过去的合作医疗 个人缴费现在由谁来收",
    "原来城镇居民医保认的门特病种现在算不算",
    "农牧区医疗现在一年封顶报多少",
    "二〇二二届阿里高校毕业生预测有多少人",
    "2020至2025年阿里累计毕业生大概多少",
    "2019年就业援藏岗位实际去就业的有几个人",
    "2017年就业援藏岗位一共有多少个",
    "2019年七个县分了多少个建制村通客车的任务",
    "地区人民医院能不能在2021年通过三甲评审",
    "按阿里2020年的规定 交60在三级医院住院报几成",
    "2020年11月交的医保 什么时候开始享受待遇",
    "那批医疗设备在2020年几号前要采购到位",
]

NEW_LOOK_ALIKES = [
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "日土县东汝乡的人在兰州住院 钱是不是得自己先垫",
    ),
    (
        "in_scope_place",
        art(RC, "第五条"),
        ["就近区域"],
        "answered",
        "改则县古姆乡的牧民想就在本乡当文物看管员 有啥讲究",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "措勤县达雄乡的小伙子在杭州住院 备案有时间限制吗",
    ),
]


def build(t: Tune13Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, reworded(twelfth.LOOK_ALIKES, LOOK_ALIKE_QUESTIONS) + NEW_LOOK_ALIKES)
