"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`), with cities and counties earlier tables
did not use (唐山, 长治, 赤峰, 大连, 吉林, 牡丹江, 松江, 无锡, 宁波, 蚌埠, 泉州, 九江, 潍坊, 洛阳,
襄阳, 岳阳, 佛山, 柳州, 海口, 涪陵, 南充, 六盘水, 曲靖, 汉中, 张掖, 海东, 石嘴山, 伊犁, 叶城, 和田,
台南, 香港, 武清, 海淀) and Tibet's other prefectures (色尼, 安多, 八宿, 工布江达, 浪卡子, 萨嘎, 定日,
墨竹工卡); look-alikes that must be answered: Ngari's towns (门士乡, 普兰镇, 霍尔乡, 达巴乡, 香巴乡,
楚鲁松杰乡, 多玛乡, 东汝乡, 革吉镇, 雄巴乡, 亚热乡, 改则镇, 物玛乡, 洞措乡, 察布乡, 古姆乡, 曲洛乡,
达雄乡), an Ngari resident treated elsewhere, old scheme names, 2020 and the years the plans name.
Every gold place and term read from the gazette for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings21.table import Tune21Table

PHOTO = art(RP, "第三十七条")
TRAINING = art(RT, "一、（三）")
HOSPITAL = art(HP, "二、")
ROAD_GOAL = art(RD, "一、")
JOBS = art(GE, "三、")
DIG = art(RP, "第十七条")

# (question, related Ngari rule)
OTHER_PLACES = [
    ("河北唐山的居民医保住院起付线定的多少", INPATIENT),
    ("山西长治城乡居民医保一年交费分几档", TIERS),
    ("内蒙古赤峰居民医保每年封顶报多少", CAP),
    ("大连的门诊慢特病目录里有哪些病", SPECIAL),
    ("吉林省吉林市的城乡居民普通门诊统筹年度限额是多少", GENERAL),
    ("黑龙江牡丹江的两病门诊用药怎么报", TWO),
    ("上海松江区居民医保生孩子能报多少", MATERNITY),
    ("无锡城乡居民医保什么时候开始缴费", PERIOD),
    ("宁波的医保哪些费用不给报", EXCLUDED),
    ("安徽蚌埠的三级医院住院报销比例多少", INPATIENT),
    ("福建泉州的文物保护单位能不能拍照", PHOTO),
    ("江西九江的文物保护工作人员多久培训一次", TRAINING),
    ("山东潍坊那边看守野外古墓的看管员 每月工资标准多少", WAGE),
    ("河南洛阳考古发掘要办什么手续", DIG),
    ("湖北襄阳的居民医保缴费档次怎么选", TIERS),
    ("湖南岳阳居民医保住院起付标准多少", INPATIENT),
    ("广东佛山城乡居民医保年度最高支付限额", CAP),
    ("广西柳州的门诊特殊病报销比例多少", SPECIAL),
    ("海南海口的四好农村路建设目标是啥", ROAD_GOAL),
    ("重庆涪陵区居民医保断缴了怎么补", PERIOD),
    ("四川南充的高校毕业生就业率目标多少", JOBS),
    ("贵州六盘水的人民医院也在创三甲吗 什么时候评审", HOSPITAL),
    ("云南曲靖居民医保两病门诊限额多少", TWO),
    ("陕西汉中居民医保生育费用报多少", MATERNITY),
    ("甘肃张掖的普通门诊统筹起付线是多少", GENERAL),
    ("青海海东居民医保每年缴费期是哪几个月", PERIOD),
    ("宁夏石嘴山野外文物看管员怎么选聘", art(RC, "第五条")),
    ("新疆伊犁的居民医保住院报销比例", INPATIENT),
    ("新疆叶城县本地居民参保选哪个档次划算", TIERS),
    ("和田地区的城乡居民医保门特病种有多少种", SPECIAL),
    ("台湾台南的健保住院自付多少", INPATIENT),
    ("香港的公立医院住院收费标准多少", INPATIENT),
    ("天津武清区农村公路养护补贴每县多少", ROAD_GOAL),
    ("北京海淀区的毕业生就业补贴有哪些", JOBS),
    ("那曲色尼区的居民医保起付线是多少", INPATIENT),
    ("那曲安多县野外文物看管员工资多少", WAGE),
    ("昌都八宿县居民医保住院报销比例", INPATIENT),
    ("林芝工布江达县的文物保护专项经费怎么用", art(RP, "第六条")),
    ("山南浪卡子县医保一年最高能报多少", CAP),
    ("日喀则萨嘎县的农村客运通车率多少", art(RD, "二、（四）")),
    ("日喀则定日县的珠峰脚下文物点看管员一个月多少钱", WAGE),
    ("拉萨墨竹工卡县居民医保缴费档次", TIERS),
]

OTHER_SCHEMES = [
    ("买了百万医疗险 住院以后理赔要多少天到账", INPATIENT),
    ("意外险骨折了能赔多少", EXCLUDED),
    ("住房公积金看病能不能提取", None),
    ("在企业上班交的职工生育保险 产假期间生育津贴按什么算", MATERNITY),
    ("被单位辞退了 失业保险金按月能领多少 领多久", None),
    ("公司给交的企业年金 到退休的时候分几次领", None),
    ("水滴筹筹到的钱要不要交税", None),
    ("长期护理保险哪些人能享受", None),
    ("教师资格证面试需要准备什么", None),
    ("驾驶证到期了怎么换证", None),
    ("退役军人优抚金每年发多少", None),
    ("农机购置补贴怎么申请", None),
    ("个税专项附加扣除里的大病医疗怎么填", CAP),
    ("城镇职工医保的门诊统筹一年报多少", GENERAL),
    ("职工医保异地就医备案的流程", mi("第三十三条")),
    ("商业重疾险确诊恶性肿瘤能赔多少", SPECIAL),
]

OTHER_YEARS = [
    ("2014年那会儿阿里农牧区医疗制度下住院报销比例是多少", INPATIENT),
    ("2015年居民医保个人缴费是多少钱", TIERS),
    ("回头看2016年 阿里的医保一个年度最高支付限额是多少", CAP),
    ("2017年阿里的门诊特殊病有哪些", SPECIAL),
    ("2018年阿里普通门诊报销比例", GENERAL),
    ("2019年阿里城乡居民医保住院起付线是多少", INPATIENT),
    ("2022年阿里居民医保缴费标准涨到多少", TIERS),
    ("2023年阿里医保两病门诊限额", TWO),
    ("到了2024年阿里野外文物看管员每月工资有没有上调 涨到多少", WAGE),
    ("2026年阿里居民医保一年封顶多少", CAP),
    ("2028年阿里的文物安全培训计划", TRAINING),
    ("2010年阿里地区文物保护办法有哪些规定", art(RP, "第一条")),
    ("2012年阿里生孩子医保报多少", MATERNITY),
    ("2030年阿里医保住院报销比例会调到多少", INPATIENT),
]

# (category, gold, terms, status, question): looks out of scope, is answered
LOOK_ALIKES = [
    ("in_scope_place", mi("第七条"), ["户籍所在地"], "answered", "门士乡的牧民参保要去哪里登记"),
    (
        "in_scope_place",
        mi("第二十二条"),
        ["10%"],
        "answered",
        "普兰镇的人去叶城住院 回来报销比例降多少",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日内"],
        "answered",
        "霍尔乡的小伙在成都打工住院 几天内要备案",
    ),
    (
        "in_scope_place",
        mi("第十八条"),
        ["60 元"],
        "answered",
        "达巴乡的居民医保个人缴费最低一档多少",
    ),
    ("in_scope_place", mi("第二十三条"), ["6万元"], "answered", "香巴乡的人居民医保一年最多报多少"),
    (
        "in_scope_place",
        quote(RD, "巴卡村、楚松村"),  # fixed after the run: the plan's 二、 lists it too
        ["楚松村"],
        "answered",
        "札达县还没通硬化路的建制村里有没有楚松村",
    ),
    (
        "in_scope_place",
        quote(RD, "东汝乡东汝村委会"),
        ["东汝村委会"],
        "answered",
        "东汝乡哪个村委会要开通农村客运",
    ),
    (
        "in_scope_place",
        mi("第二十五条"),
        ["1200元"],
        "answered",
        "革吉镇糖尿病人两病门诊一年限额多少",
    ),
    (
        "in_scope_place",
        quote(RD, "夏龙村、察布村"),  # fixed after the run: the plan's 二、 lists it too
        ["察布村"],
        "answered",
        "改则县没通硬化路的村里有察布村吗",
    ),
    (
        "in_scope_place",
        mi("第二十六条"),
        ["100元"],
        "answered",
        "改则镇的人普通门诊累计多少钱以上才开始报",
    ),
    (
        "in_scope_place",
        mi("第二十九条"),
        ["全额报销"],
        "answered",
        "物玛乡的产妇住院分娩 合规费用报多少",
    ),
    (
        "in_scope_place",
        mi("第十一条"),
        ["寺管会"],
        "answered",
        "洞措乡寺庙里的在编僧人参保谁去办",
    ),
    ("in_scope_place", mi("第二十四条"), ["90%"], "answered", "古姆乡交250的人门特报几成"),
    ("in_scope_place", mi("第八条"), ["10月1日"], "answered", "曲洛乡明年的医保几号开始交"),
    (
        "in_scope_place",
        art(RC, "第十二条"),
        ["1200"],
        ["answered", "calculated"],
        "达雄乡附近县级野外文物点的看管员每月工资",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县2个乡镇（日土县多玛乡、东汝乡）"),
        ["多玛乡"],
        "answered",
        "日土县要开通农村客运的两个乡镇里有多玛乡吗",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "以前的农牧区医疗现在并到哪个制度里了",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城镇居民基本医疗保险"],
        "answered",
        "原来的城镇居民医保还单独存在吗",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["合并农牧区医疗制度基金"],
        "answered",
        "老农牧区医疗的基金后来怎么处理的",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "两个旧制度里的门诊特殊病 合并后还保留吗",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["30万元"],
        "answered",
        "原来那个农牧民大额补充医疗保险 现在阿里还继续执行续保协议不 年度赔付上限多少",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["用完为止"],
        "answered",
        "合作医疗时候的家庭账户里还剩的钱 现在还能用吗",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["医疗救助制度"],
        "answered",
        "新农合改成居民医保以后 医疗救助还单独有吗",
    ),
    ("scheme_alias", mi("第二十七条"), ["自治区级统筹"], "answered", "大病保险是哪一级统筹的"),
    (
        "in_scope_year",
        quote(GE, "2024年640人左右"),
        ["640"],
        "answered",
        "就业规划里预测2024年阿里高校毕业生人数是多少",
    ),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前"],
        "answered",
        "2021年底人民医院三甲能挂牌吗",
    ),
    (
        "in_scope_year",
        art(RD, "二、"),
        ["藏交发〔2020〕107号"],
        "answered",
        "2020年四好农村路建设依据的是自治区哪个文件",
    ),
    ("in_scope_year", quote(GE, "2018"), ["0人"], "answered", "2018年就业援藏岗位实际就业了多少人"),
    ("in_scope_year", mi("第八条"), ["12月31日"], "answered", "2020年交2021年的医保 截止到哪天"),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762"],
        "answered",
        "截止2019年底 阿里7个县的农村公路加起来总里程有多少公里",
    ),
    (
        "in_scope_year",
        art(GE, "三、（二）5."),
        ["5家以上"],
        "answered",
        "到2025年就业人力资源服务骨干企业要培育几家",
    ),
    (
        "in_scope_year",
        art(HP, "二、"),
        ["初审"],
        "answered",
        "2020年3月到10月这段时间人民医院创三甲要达成什么",
    ),
]


def build(t: Tune21Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
