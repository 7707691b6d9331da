"""Scope rows typed as people chat: another place, scheme or year as the subject (declined:
the gazette holds only Ngari's 2020 rules; the nearest Ngari rule in `related`) and in-scope
look-alikes (Ngari's counties, towns and villages as home, an Ngari enrolee treated, working or
at school in another province, the scheme's old names, the year 2020 and the years the plans
themselves name). Places come from every provincial unit and from Tibet's six other
prefectures."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.expect import BOTH
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
from evaluation.phrasings.rows import GE, HP, RD, RP, art, mi, quote
from evaluation.phrasings12.table import Heldout12Table

# (question, nearest Ngari rule or None): the subject is another region
OTHER_PLACES = [
    ("河北唐山那边住院先要自己掏多少起付", INPATIENT),
    ("大同居民医保今年个人交多少", TIERS),
    ("包头城乡居民医保一年封顶几万", CAP),
    ("大连居民医保门诊特殊病有哪些", SPECIAL),
    ("吉林市城乡居民医保两病门诊报多少", TWO),
    ("齐齐哈尔新农合住院报销比例", INPATIENT),
    ("上海浦东居民医保普通门诊起付线", GENERAL),
    ("苏州城乡居民医保缴费期是几月份", PERIOD),
    ("宁波居民医保配眼镜能报不", EXCLUDED),
    ("芜湖城乡居民医保二级医院报几成", INPATIENT),
    ("厦门居民医保顺产能报多少", MATERNITY),
    ("江西赣州老家新农合今年个人缴多少", TIERS),
    ("山东青岛血糖高的门诊医保一年能用多少", TWO),
    ("洛阳城乡居民医保透析门诊报销比例", SPECIAL),
    ("宜昌居民医保封顶线多少", CAP),
    ("岳阳城乡居民医保乡镇卫生院起付多少", INPATIENT),
    ("深圳宝安给娃参的少儿医疗保险 保费几多", TIERS),
    ("广西桂林的医保停缴两年了 还能续上吗", PERIOD),
    ("三亚居民医保住院床位费报多少", INPATIENT),
    ("重庆万州城乡居民医保普通门诊一年报几百", GENERAL),
    ("绵阳居民医保建档立卡的报销比例", mi("第二十九条")),
    ("遵义新农合门特怎么申请", SPECIAL),
    ("大理城乡居民医保老人还交不交钱", TIERS),
    ("宝鸡城乡居民医保三级医院住院报多少", INPATIENT),
    ("天水居民医保高血压门诊能报多少", TWO),
    ("格尔木城乡居民医保一年最多报多少", CAP),
    ("石嘴山居民医保生孩子报多少", MATERNITY),
    ("喀什城乡居民医保交了什么时候能用", PERIOD),
    ("北京朝阳区的居民医保住院要先垫钱吗", mi("第三十四条")),
    ("天津滨海新区城乡医保缴费档次有几个", TIERS),
    ("澳门居民看病要自己出多少", None),
    ("台北健保费一个月缴多少", None),
    ("拉萨达孜区居民医保住院报销比例", INPATIENT),
    ("日喀则定日县的城乡居民医保一年交多少", TIERS),
    ("山南乃东区居民医保门特有哪些病", SPECIAL),
    ("林芝波密县城乡居民医保封顶线", CAP),
    ("昌都江达县居民医保普通门诊报销", GENERAL),
    ("那曲安多县新农合住院起付线是多少", INPATIENT),
    ("山南的野外文物看管员一个月发多少", WAGE),
    ("昌都市四好农村路每个县的养护补贴多少", ROAD),
    ("拉萨的高校毕业生就业岗位有多少个", GRADUATES),
    ("日喀则市人民医院创三甲投了多少钱", quote(HP, "医疗设备3614.17万元")),
]

OTHER_SCHEMES = [
    ("住房公积金贷款最多能贷多少", None),
    ("工会职工互助保障住院能补多少钱", INPATIENT),
    ("离休干部看病是不是全部报销", None),
    ("百万医疗险一万免赔额是怎么扣的", None),
    ("水滴筹筹款平台要扣手续费吗", None),
    ("企业年金退休以后怎么领", None),
    ("职工医保退休前要交满多少年", None),
    ("退役军人医疗保险怎么接续", None),
    ("城镇职工医保生孩子能报多少", MATERNITY),
    ("个人养老金账户一年最多存多少", None),
    ("低保金现在每个月能领多少钱", TIERS),
    ("80岁以上高龄津贴每月发多少", None),
    ("工伤职工住院伙食补助标准多少", None),
]

OTHER_YEARS = [
    ("2015年阿里农牧区医疗一年交多少钱", TIERS),
    ("2017年阿里新农合住院起付线多少", INPATIENT),
    ("2019年阿里居民医保门特能报几成", SPECIAL),
    ("阿里2021年血糖两病门诊的额度有变化没", TWO),
    ("2022年阿里居民医保封顶线提高了吗", CAP),
    ("到了2023年 阿里普通门诊统筹封顶变成多少", GENERAL),
    ("2024年阿里城乡居民医保补缴怎么算", PERIOD),
    ("2026年阿里生孩子住院报销标准", MATERNITY),
    ("2028年阿里居民医保个人缴费有几档", TIERS),
    ("2030年阿里住院报销比例会是多少", INPATIENT),
    ("2023年阿里野外文物看管员月工资涨到多少了", WAGE),
    ("2022年阿里四好农村路每县养护补贴还是100万吗", ROAD),
]


# (category, gold (or golds, any of which is right), terms, status, question)
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["75%"], "answered", "噶尔县门士乡的 交120 在乡卫生院住院报几成"),
    ("in_scope_place", TIERS, ["65"], BOTH, "普兰县霍尔乡的老爷子65了 参保还交钱吗"),
    (
        "in_scope_place",
        INPATIENT,
        ["10%"],
        "answered",
        "日土县热帮乡的人在新疆叶城住院 报销比例会降吗",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日"],
        "answered",
        "革吉县亚热乡的小伙在深圳打工住院了 几天内要备案",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["出院证明"],
        "answered",
        "改则县先遣乡参保的 在西安住院 回来报销带啥材料",
    ),
    (
        "in_scope_place",
        mi("第六条"),
        ["户籍所在地"],
        "answered",
        "札达县达巴乡的娃在北京上大学 医保在哪里参",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户口簿"],
        "answered",
        "措勤县磁石乡的牧民头一回参保 要拿什么证件",
    ),
    ("in_scope_place", GENERAL, ["300"], "answered", "狮泉河镇的居民 普通门诊一年最多报多少"),
    (
        "in_scope_place",
        quote(RD, "多玛乡乌江村委会"),
        ["乌江村委会"],
        "answered",
        "日土县多玛乡有哪些村委会要开通农村客运",
    ),
    (
        "in_scope_place",
        quote(RD, "萨让村、底雅村、巴卡村、楚松村"),
        ["巴卡村", "楚松村"],
        "answered",
        "札达县还有哪几个建制村没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "却藏村、塞利普村、羌堆村"),
        ["塞利普村"],
        "answered",
        "革吉县哪几个村到现在还没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰县235人"),
        ["235"],
        "answered",
        "普兰县的生态补偿公路养护员有多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-扎西岗乡"),
        ["狮泉河镇-扎西岗乡"],
        "answered",
        "噶尔扎西岗乡的人去狮泉河能坐农村客运班车吗",
    ),
    (
        "in_scope_place",
        art(RP, "第三十七条"),
        ["不得拍摄"],
        "answered",
        "普兰县科迦寺里的壁画 游客可以拍照吗",
    ),
    (
        "scheme_alias",
        GENERAL,
        ["用完为止"],
        "answered",
        "农牧区医疗的家庭账户取消了 账上的余额咋处理",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城乡居民基本医疗保险制度"],
        "answered",
        "新农合跟城镇居民医保合并以后叫啥",
    ),
    ("scheme_alias", mi("第十五条"), ["税务部门"], "answered", "合作医疗的个人缴费现在交给谁收"),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "原来城镇居民医保的门特病种现在还认吗",
    ),
    ("scheme_alias", CAP, ["6万"], "answered", "农牧区医疗现在一年最多能报多少钱"),
    (
        "in_scope_year",
        quote(GE, "2022年599人"),
        ["599"],
        "answered",
        "规划里预测2022届阿里高校毕业生人数",
    ),
    (
        "in_scope_year",
        quote(GE, "高校毕业生将达到3700人左右"),
        ["3700"],
        "answered",
        "2020到2025年阿里一共会有多少毕业生",
    ),
    (
        "in_scope_year",
        quote(GE, "实际就业人数分别为27人、0人、15人"),
        ["15人"],
        "answered",
        "就业援藏岗位2019那年真正去上岗的有几个",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["142"],
        "answered",
        "2017年就业援藏一共提供了多少岗位",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村"),
        ["30个建制村"],
        "answered",
        "交通局2019年给七个县分了几个建制村的通客车任务",
    ),
    (
        "in_scope_year",
        quote(HP, "争取 2021 年地区人民医院通过三级甲等综合医院评审"),
        ["2021"],
        "answered",
        "2021年地区人民医院能通过三甲评审吗",
    ),
    (
        "in_scope_year",
        INPATIENT,
        ["60%"],
        "answered",
        "按2020年阿里的政策 最低档去地区三级医院住院 报销多少比例",
    ),
    ("in_scope_year", PERIOD, ["1月1日"], "answered", "2020年10月交了医保 从什么时候开始能报"),
    (
        "in_scope_year",
        quote(HP, "力争2020年12月31日前将设备采购到位"),
        ["12月31日"],
        "answered",
        "医院那批设备2020年哪天之前要采购到位",
    ),
]


def build(t: Heldout12Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
