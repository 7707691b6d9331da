"""Scope rows as people speak and post them: another place, scheme or year as the subject
(declined: the gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and
in-scope look-alikes (Ngari's towns and villages as home, an Ngari enrolee treated, working or at
school elsewhere, the scheme's old names, 2020 and the years the plans themselves name). Places
come from every provincial unit (cities and counties the earlier tables did not use) and from
the other counties of Tibet's six other prefectures."""

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
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings14.table import Heldout14Table

TRAINING = quote(RT, "文物安全培训原则上每年不得少于一次")

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("河北邯郸居民医保住三甲医院报销多少", INPATIENT),
    ("山西长治城乡医保今年个人缴费标准", TIERS),
    ("内蒙古赤峰居民医保封顶线多少", CAP),
    ("辽宁鞍山门诊慢特病有哪些病种", SPECIAL),
    ("吉林延边居民医保两病用药报多少", TWO),
    ("黑龙江牡丹江普通门诊一年报多少", GENERAL),
    ("上海闵行居民医保什么时候缴费", PERIOD),
    ("江苏徐州城乡居民医保生孩子报销", MATERNITY),
    ("浙江温州医保报不报种牙", EXCLUDED),
    ("安徽阜阳新农合县医院住院报几成", INPATIENT),
    ("福建泉州居民医保个人交多少", TIERS),
    ("江西九江居民医保大病保险怎么赔", mi("第二十七条")),
    ("山东临沂城乡居民医保补缴怎么交", PERIOD),
    ("河南南阳居民医保转院要什么手续", mi("第三十二条")),
    ("湖北襄阳居民医保异地就医备案几天内", mi("第三十三条")),
    ("湖南常德居民医保一年最多报多少", CAP),
    ("广东湛江城乡医保门诊特定病种报销比例", SPECIAL),
    ("广西柳州居民医保床位费标准", INPATIENT),
    ("海南儋州居民医保缴费档次", TIERS),
    ("重庆涪陵城乡居民医保起付线", INPATIENT),
    ("四川甘孜州居民医保住院报多少", INPATIENT),
    ("贵州毕节新农合今年交多少钱", TIERS),
    ("云南丽江居民医保高血压门诊限额", TWO),
    ("陕西汉中居民医保普通门诊统筹", GENERAL),
    ("甘肃张掖居民医保顺产报多少", MATERNITY),
    ("青海海东城乡居民医保封顶多少", CAP),
    ("宁夏固原居民医保特困人员交不交钱", TIERS),
    ("新疆伊犁居民医保住院起付标准", INPATIENT),
    ("北京海淀一老一小医保怎么交", TIERS),
    ("天津武清居民医保门特怎么申请", SPECIAL),
    ("香港看病要不要钱", None),
    ("那曲双湖县居民医保住院报销比例", INPATIENT),
    ("昌都芒康县野外文物看管员工资多少", WAGE),
    ("林芝察隅那边农村公路的养护专项补贴 一个县一年给多少钱", ROAD),
    ("山南错那市文物安全培训一年几次", TRAINING),
    ("日喀则仲巴县居民医保一年交几多", TIERS),
    ("拉萨当雄县居民医保门诊特殊病有哪些", SPECIAL),
    ("日喀则亚东县两病门诊报多少", TWO),
    ("山南浪卡子县高校毕业生就业有什么政策", quote(GE, "2020年591人")),
    ("那曲尼玛县村道有多少公里", quote(RD, "村道 5179.762 公里")),
]

OTHER_SCHEMES = [
    ("新农保养老金每月能领多少", None),
    ("厂子倒闭了 领失业保险金每个月大概能拿多少", None),
    ("惠民保一年交多少钱保多少", None),
    ("商业意外险骨折能赔多少", None),
    ("城镇职工医保个人账户怎么划", None),
    ("在机关上班的 公务员医疗补助那块看病怎么报销", None),
    ("教师周转房怎么申请", None),
    ("农村危房改造补助多少钱", None),
    ("草原生态奖补每亩多少钱", None),
    ("大学生助学贷款怎么还", None),
]

OTHER_YEARS = [
    ("2016年阿里城镇居民医保住院报销比例", INPATIENT),
    ("2018年阿里居民医保个人交几档", TIERS),
    ("阿里2025年医保封顶提到多少了", CAP),
    ("阿里2027年普通门诊能报多少", GENERAL),
    ("2021年阿里两病门诊高血压限额", TWO),
    ("阿里2029年门特报销比例", SPECIAL),
    ("到2024年阿里守野外文物的看管员月薪有没有涨 现在多少", WAGE),
    ("2025年阿里农村公路养护补贴一个县多少", ROAD),
    ("2019年阿里产妇住院能全报吗", MATERNITY),
    ("阿里2032年居民医保缴费期", PERIOD),
]


# (category, gold (or golds, any of which is right), terms, status, question)
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "措勤县江让乡的牧民 交250 在乡卫生院住院报几成",
    ),
    ("in_scope_place", TIERS, ["60"], BOTH, "改则县洞措乡的阿妈今年六十了 参保还要交钱吗"),
    ("in_scope_place", INPATIENT, ["10%"], "answered", "札达县底雅乡参保的 去拉萨住院报销会少吗"),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "日土县东汝乡的人在广州住院 要几天内备案",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["住院发票原件"],
        "answered",
        "普兰县巴嘎乡参保的 在成都住院回来报账要啥",
    ),
    (
        "in_scope_place",
        mi("第六条"),
        ["区外全日制普通高等学校"],
        "answered",
        "噶尔县左左乡的学生在武汉上大学 在哪参医保",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户籍所在地"],
        "answered",
        "革吉县盐湖乡的村民第一次参保去哪登记",
    ),
    (
        "in_scope_place",
        art(RC, "第十二条"),
        ["1200元"],
        "answered",
        "札达县萨让乡县级文物点的看管员月工资多少",
    ),
    (
        "in_scope_place",
        art(RP, "第二十一条"),
        ["保护现场"],
        "answered",
        "日土县日松乡修水渠挖出陶罐怎么处理",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县3个：却藏村、塞利普村、羌堆村"),
        ["却藏村"],
        "answered",
        "革吉县还有哪几个建制村到现在没通上硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "措勤县3个：加绕村、查仓村、诺仓村"),
        ["加绕村"],
        "answered",
        "措勤县没通的建制村是哪几个",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县2个乡镇（日土县多玛乡、东汝乡）"),
        ["多玛乡"],
        "answered",
        "日土县哪两个乡镇要通客车",
    ),
    ("in_scope_place", quote(RD, "改则县358人"), ["358"], "answered", "改则县公路养护员岗位多少人"),
    (
        "in_scope_place",
        quote(RD, "噶尔县 95 人"),
        ["95"],
        "answered",
        "噶尔县公路养护员给了几个名额",
    ),
    (
        "in_scope_place",
        mi("第二十九条"),
        ["全额报销"],
        "answered",
        "普兰县多油乡的媳妇在县医院生孩子 要自己出钱吗",
    ),
    ("in_scope_place", art(RP, "第三十七条"), ["不得拍摄"], "answered", "托林寺的壁画游客能拍照吗"),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "以前的农牧区医疗现在并到哪去了",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["家庭账户"],
        "answered",
        "原来农牧区医疗家庭账户里剩的钱还能用吗",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城镇居民基本医疗保险"],
        "answered",
        "城镇居民医保和城乡居民医保是一回事吗",
    ),
    (
        "scheme_alias",
        mi("第二十五条"),
        ["“两病”"],
        "answered",
        "高血压糖尿病门诊用药保障 阿里是怎么报的",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["不设起付线"],
        "answered",
        "慢特病门诊在阿里叫门特吗 有没有起付线",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["14万元"],
        "answered",
        "阿里的二次报销大病险一年最多赔多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "answered",
        "就业规划里预计阿里2022届高校毕业生人数有多少",
    ),
    (
        "in_scope_year",
        quote(HP, "争取2021年底前挂牌"),
        ["2021年底"],
        "answered",
        "地区人民医院2021年能挂三甲的牌子吗",
    ),
    (
        "in_scope_year",
        quote(HP, "负责于5月31日前联系设计院做好项目规划"),
        ["5月31日"],
        "answered",
        "传染病院区项目规划 2020年要在几月几号前联系设计院做好",
    ),
    ("in_scope_year", PERIOD, ["10月1日至12月31日"], "answered", "2020年几月可以交2021年的医保"),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "2020年阿里居民医保新办法什么时候生效",
    ),
    ("in_scope_year", CAP, ["6万元"], "answered", "2020年阿里城乡居民医保一年最高报多少"),
    ("in_scope_year", TIERS, ["250"], BOTH, "2020年阿里建档立卡户按哪个档交医保"),
    (
        "in_scope_year",
        quote(RD, "通车率达到59%"),
        ["59%"],
        "answered",
        "2020年方案里说阿里乡镇通客车率多少",
    ),
]


def build(t: Heldout14Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
