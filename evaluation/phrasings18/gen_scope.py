"""Scope rows as people dictate and post them: another place, scheme or year as the subject
(declined: the gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and
in-scope look-alikes (Ngari's own towns and villages as home — 底雅乡, 萨让乡, 托林镇, 左左乡, 东汝乡,
巴尔乡, 昆莎乡, 盐湖乡, 文布当桑乡, 洞措乡, 物玛乡, 曲洛乡, 江让乡, 果查村, 加绕村, 阿汝村, 科迦村 —,
an Ngari enrolee treated, working or studying elsewhere, the scheme's old names, 2020 and the
years the plans themselves name). Places come from a city or county of every provincial unit the
earlier tables did not use and from other counties of Tibet's six other prefectures."""

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
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RD, RP, RT, art, mi, quote
from evaluation.phrasings18.table import Heldout18Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("我在河北保定参的城乡居民医保 去市里三级医院住院自己先扣多少起付", INPATIENT),
    ("山西长治那边老人过了六十五还交不交居民医保", TIERS),
    ("内蒙古赤峰的居民医保一个年度累计最高能报到多少", CAP),
    ("辽宁鞍山的居民医保 透析算不算门诊特殊病", SPECIAL),
    ("吉林延吉两病门诊用药的报销比例", TWO),
    ("黑龙江牡丹江的居民医保 普通门诊统筹全年限额多少", GENERAL),
    ("上海松江区城乡居民医保今年的缴费期从几号到几号", PERIOD),
    ("江苏无锡的农村老人参加居民医保 剖宫产能全报吗", MATERNITY),
    ("浙江温州居民医保镶牙给不给报", EXCLUDED),
    ("安徽蚌埠的新农合在县医院住院能报几成", INPATIENT),
    ("福建泉州居民医保漏交了一年 补缴按什么标准", PERIOD),
    ("江西九江城乡居民大病保险一年最多赔付多少", SERIOUS),
    ("山东烟台建档立卡户参保个人要出多少钱", TIERS),
    ("河南南阳乡镇卫生院住院起付线是一百还是两百", INPATIENT),
    ("湖北襄阳门诊慢特病病种一共多少种", SPECIAL),
    ("湖南常德城乡居民医保年度最高支付限额", CAP),
    ("广东汕头居民医保普通门诊报销比例是多少", GENERAL),
    ("广西柳州的低保户交居民医保要不要自己出钱", TIERS),
    ("海南儋州三级医院床位费医保每天认多少", INPATIENT),
    ("重庆涪陵区居民医保缴费分几个档", TIERS),
    ("四川乐山市去省外住院多少天内要办异地备案", mi("第三十三条")),
    ("贵州毕节居民医保转院要开什么证明", mi("第三十二条")),
    ("云南曲靖古村落想申报历史文化名村找谁申请", art(RP, "第十一条")),
    ("陕西汉中的考古发掘完了出土文物多久移交", art(RP, "第二十条")),
    ("甘肃酒泉长城烽燧的看护员每个月补助多少", WAGE),
    ("青海海东州的农村公路每个县一年有多少养护补贴", ROAD),
    ("宁夏吴忠市高校毕业生创业有什么扶持", quote(GE, "积极鼓励高校毕业生自主创业")),
    ("新疆伊宁的城乡居民医保两病门诊高血压一年限额", TWO),
    ("北京海淀区一老一小居民医保怎么交费", TIERS),
    ("天津武清的居民医保去二级医院住院报几成", INPATIENT),
    ("香港沙田的公立医院看急诊收几多钱", None),
    ("澳门路环的居民看病要不要自己付钱", None),
    ("台中的全民健保门诊部分负担是多少", None),
    ("拉萨墨竹工卡县参保群众在县医院住院能报多少", INPATIENT),
    ("日喀则仲巴县守野外文物点的人 每月补助多少", WAGE),
    ("山南错那县的居民医保一年封顶多少", CAP),
    ("林芝墨脱县的农村客运班线通到哪些村了", quote(RD, "建制村通客车率达到80%以上")),
    ("昌都类乌齐县的文物安全培训一年搞几次", quote(RT, "文物安全培训原则上每年不得少于一次")),
    ("那曲申扎县人民医院创三甲的方案是怎么安排的", quote(HP, "巩固提升7个阶段")),
]

# (question, nearest Ngari rule or None): another scheme
OTHER_SCHEMES = [
    ("女职工休产假的生育津贴是按单位平均工资算吗", None),
    ("长期护理保险失能老人一个月能领多少护理费", None),
    ("城市里推的惠民保一年保费几十块 能赔多少", SERIOUS),
    ("单位裁员了 失业保险金一个月领多少 能领几个月", None),
    ("以前支付宝上的相互宝停了 交的钱还能退吗", None),
    ("买拖拉机的农机购置补贴按什么标准给", None),
    ("耕地地力保护补贴一亩地补多少", None),
    ("退役士兵自主就业的一次性经济补助怎么算", None),
    ("农村危房改造补助一户能补多少", None),
    ("城乡居民养老保险每年最低缴多少档", None),
    ("学生平安保险住院了怎么理赔", None),
    ("老年人意外伤害险摔伤了住院能赔多少", None),
]

# (question, nearest Ngari rule or None): another year
OTHER_YEARS = [
    ("2008年阿里农牧区医疗一个人一年交多少", TIERS),
    ("2010年那会儿住乡卫生院报销比例是多少", INPATIENT),
    ("十年前也就是2015年那会儿 阿里守野外文物点一个月补助多少", WAGE),
    ("2017年阿里城镇居民医保一年最高能报多少", CAP),
    ("2019年的时候阿里住县医院报销比例是多少 那会儿还没整合吧", INPATIENT),
    ("逐年递增以后 到2027年每县的农村公路养护补贴是多少", ROAD),
    ("2023年阿里的门特病种又加了哪些", SPECIAL),
    ("2025年阿里居民医保个人缴费档次是多少", TIERS),
    ("2026年度阿里居民医保什么时候开始交", PERIOD),
    ("等到2028年 阿里糖尿病患者两病门诊一年能报多少", TWO),
    ("2031年阿里普通门诊报销比例", GENERAL),
    ("2040年阿里城乡居民医保封顶线能到多少", CAP),
]

# (category, gold (or golds, any of which is right), terms, status, question)
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "底雅乡的村民交二百五那档 在乡卫生院住院能报百分之多少",
    ),
    (
        "in_scope_place",
        quote(RD, "底雅乡、萨让乡"),
        ["萨让乡"],
        "answered",
        "萨让乡到现在是不是还没通硬化路 规划里是怎么说的",
    ),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-左左乡"),
        ["狮泉河镇-左左乡"],
        "answered",
        "左左乡和狮泉河镇之间现在有没有农村客运线路",
    ),
    (
        "in_scope_place",
        quote(RD, "东汝乡东汝村委会"),
        ["7月15日"],
        "answered",
        "东汝乡东汝村委会要在哪天前开通农村客运",
    ),
    (
        "in_scope_place",
        TIERS,
        ["60周岁"],
        BOTH,
        "巴尔乡的老阿妈今年六十一了 参加居民医保还用自己掏钱吗",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "昆莎乡参保的阿佳在广州做保洁突然住院了 备案有没有时间要求",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["住院发票原件"],
        "answered",
        "盐湖乡的牧民在西宁住院先垫了钱 回阿里报销要带哪些材料",
    ),
    (
        "in_scope_place",
        WAGE,
        ["1200元"],
        "answered",
        "文布当桑乡那边县级文物点的看管员 每个月工资多少",
    ),
    (
        "in_scope_place",
        art(RP, "第二十一条"),
        ["立即保护现场"],
        "answered",
        "洞措乡挖牧场围栏桩的时候挖出了陶罐碎片 该怎么处理",
    ),
    (
        "in_scope_place",
        mi("第二十九条"),
        ["5%"],
        "answered",
        "物玛乡的建档立卡户住院 报销比例是不是比一般人高一点",
    ),
    (
        "in_scope_place",
        mi("第六条"),
        ["户籍所在地"],
        "answered",
        "曲洛乡的娃在内地西藏班读初中 医保是在学校那边参还是回老家参",
    ),
    (
        "in_scope_place",
        quote(RD, "改则县9个"),
        ["2022年前"],
        "answered",
        "改则县果查村那几个没通硬化路的村 要求什么时候之前通畅",
    ),
    (
        "in_scope_place",
        quote(RD, "措勤县3个：加绕村、查仓村、诺仓村"),
        ["加绕村"],
        "answered",
        "措勤县有哪几个建制村还没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县2个：丁则村、阿汝村"),
        ["阿汝村"],
        "answered",
        "日土县阿汝村是不是也在没通硬化路的名单上",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县459人"),
        ["459"],
        "answered",
        "革吉县今年生态补偿农村公路养护岗位计划了多少个人",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "普兰县科迦村的人跑到日喀则的医院住院 报销比例会不会打折扣",
    ),
    (
        "in_scope_place",
        quote(RD, "措勤、改则、革吉、噶尔四县农村客运经营主体为地区交通实业发展总公司"),
        ["地区交通实业发展总公司"],
        "answered",
        "江让乡所在的措勤县 农村客运是谁在经营",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "城镇居民医保和农牧区医疗合并以后 原来各自的门特病种还保不保留",
    ),
    (
        "scheme_alias",
        CAP,
        ["6万元"],
        "answered",
        "老百姓还叫它合作医疗 现在一年封顶能报多少",
    ),
    (
        "scheme_alias",
        TIERS,
        ["60元、120元、250元"],
        BOTH,
        "新农合改成城乡居民医保以后 个人缴费有哪几个档次",
    ),
    (
        "scheme_alias",
        mi("第一条"),
        ["农牧区医疗制度整合"],
        "answered",
        "农牧区医疗制度现在是不是不单独搞了",
    ),
    (
        "scheme_alias",
        SERIOUS,
        ["续保协议"],
        "answered",
        "农牧民大额补充医疗保险那份续保协议 阿里现在还执行不执行",
    ),
    (
        "scheme_alias",
        INPATIENT,
        ["100元"],
        "answered",
        "原来参的是城镇居民医保 现在住乡镇卫生院起付线是多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2021年580人"),
        ["580"],
        "answered",
        "规划预测2021年阿里的高校毕业生有多少",
    ),
    (
        "in_scope_year",
        quote(GE, "2024年640人左右"),
        ["640"],
        "answered",
        "到2024年预计会有多少高校毕业生",
    ),
    (
        "in_scope_year",
        quote(GE, "实际就业人数分别为27人、0人、15人"),
        ["27人"],
        "answered",
        "2017年那批就业援藏岗位 最后实际去就业的有几个人",
    ),
    (
        "in_scope_year",
        quote(RD, "七县均无修改意见"),
        ["无修改意见"],
        "answered",
        "2019年3月11日交通运输局发给七县的征求意见函 各县提了什么意见",
    ),
    (
        "in_scope_year",
        quote(RD, "普兰县235人"),
        ["235"],
        "answered",
        "2020年普兰县生态补偿农村公路养护员计划安排了多少人",
    ),
    (
        "in_scope_year",
        quote(RD, "启动农村客运班线前期准备工作"),
        ["前期准备工作"],
        "answered",
        "2020年4月10日到4月30日这段时间 农村客运要先干什么",
    ),
    (
        "in_scope_year",
        quote(HP, "实现三级甲等综合医院初审"),
        ["初审"],
        "answered",
        "2020年3月到10月这八个月 人民医院创三甲要达到哪一步",
    ),
    (
        "in_scope_year",
        quote(RD, "村道5179.762公里"),
        ["5179.762"],
        "answered",
        "截止2019年底阿里的村道总共多少公里",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里这套城乡居民医保实施办法是从2020年哪天开始执行的",
    ),
]


def build(t: Heldout18Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
