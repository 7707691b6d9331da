"""Declines for another place (Tibet's other prefectures and their towns first, many starting with
日喀则/那曲/林芝/昌都/山南, then Lhasa's districts; other provinces' cities, 澳门, 台中), another
scheme asked by name (职工医保个人账户, 惠民保, 学平险, 新冠疫苗补贴, 长期护理险…) and another
year, and their look-alikes: Ngari towns (巴嘎乡, 霍尔乡, 底雅乡, 香孜乡, 日松乡, 左左乡, 昆莎乡,
亚热乡, 先遣乡, 古姆乡, 曲洛乡, 江让乡…), an Ngari resident treated in 西安/重庆, the scheme's
former names (新农合, 合作医疗, 农牧区医疗, 城镇居民医保) and the years the documents name.
Every sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    RATE,
    ROAD,
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings35.table import Tune35Table

BOTH = ["answered", "calculated"]
PHOTO = art(RP, "第三十七条")
TRAINING = art(RT, "一、（三）")
STAGES = art(HP, "三、")
DIG = art(RP, "第二十条")
AGE = art(RC, "第五条")
OUTSIDE = mi("第三十三条")

# (question, related Ngari rule): Tibet's other prefectures and towns first
OTHER_PLACES = [
    ("日喀则江孜县的参保居民 住三级医院起付线多少", INPATIENT),
    ("日喀则萨迦县那边的野外文物看管员工资怎么定的", WAGE),
    ("日喀则仲巴县的门特病种有多少个", SPECIAL),
    ("日喀则聂拉木县居民医保的缴费档次是多少", TIERS),
    ("那曲比如县普通门诊统筹报销比例多少", GENERAL),
    ("那曲嘉黎县的两病门诊 糖尿病一年能报多少", TWO),
    ("那曲尼玛县的居民医保封顶线多少钱", CAP),
    ("林芝米林县今年的居民医保几号截止缴费", PERIOD),
    ("林芝波密县的农村公路养护补贴每年多少万", ROAD),
    ("林芝察隅县文物安全培训一年办几次", TRAINING),
    ("昌都类乌齐县的产妇分娩能全额报吗", MATERNITY),
    ("昌都丁青县参保的人住院哪些费用不报", EXCLUDED),
    ("昌都边坝县发现古墓考古发掘完多久移交文物", DIG),
    ("山南错那县的居民医保大病保险最高赔多少", SERIOUS),
    ("山南隆子县的看管员招聘年龄多大", AGE),
    ("山南曲松县的寺庙壁画让不让拍", PHOTO),
    ("山南加查县住二级医院报销比例是多少", INPATIENT),
    ("日喀则吉隆镇上的人参保 一年最多报几万", CAP),
    ("那曲聂荣县毕业生就业率目标定的多少", RATE),
    ("林芝朗县的医院有没有创三甲的安排", STAGES),
    ("定结县居民医保门特报几成", SPECIAL),
    ("康马县参保的 普通门诊一年最多报多少", GENERAL),
    ("双湖县那边断缴后补缴要交多少", PERIOD),
    ("当雄县居民医保住乡镇卫生院能报几成", INPATIENT),
    ("拉萨城关区的高血压两病门诊怎么报", TWO),
    ("拉萨达孜区的居民医保个人缴费标准", TIERS),
    ("尼木县文保单位的看管员一个月多少钱", WAGE),
    ("西宁城北区的城乡居民医保 三级医院住院能报几成", INPATIENT),
    ("格尔木居民医保一年最高给付多少", CAP),
    ("玉树州的门诊特殊病都包括哪些病", SPECIAL),
    ("甘孜州理塘县的居民医保几月份开始交", PERIOD),
    ("阿坝州的农村公路养护 每个县补多少", ROAD),
    ("喀什的居民医保生孩子能报多少", MATERNITY),
    ("伊犁那边参保的高血压病人 两病门诊一年限额多少", TWO),
    ("石家庄的居民医保普通门诊起付线多少", GENERAL),
    ("太原的文物看管员一个月补助多少", WAGE),
    ("呼和浩特的参保居民 大病保险一年赔多少", SERIOUS),
    ("沈阳的居民医保住院哪些不给报", EXCLUDED),
    ("长春那边城乡居民医保最低档交多少钱", TIERS),
    ("苏州的居民医保去外省住院几天内备案", OUTSIDE),
    ("温州的文物保护单位里能拍照吗", PHOTO),
    ("厦门的居民医保一年封顶多少", CAP),
    ("赣州的门特病种有几种", SPECIAL),
    ("烟台的城乡居民医保住院报几成", INPATIENT),
    ("开封考古出土的文物多久交给文物部门", DIG),
    ("宜昌的大学生就业率目标是多少", RATE),
    ("澳门居民看门诊政府补贴多少", GENERAL),
    ("台中的健保生小孩自付多少", MATERNITY),
]

OTHER_SCHEMES = [
    ("单位职工医保个人账户里的余额 能不能给爸妈买药用", GENERAL),
    ("惠民保一年赔付上限是多少", SERIOUS),
    ("孩子学校统一买的学平险 住院能赔几成", INPATIENT),
    ("长期护理保险每个月给多少护理费", None),
    ("新冠疫苗接种的补贴政策是怎样的", None),
    ("城镇职工医保退休后门诊报销比例多少", GENERAL),
    ("机关公务员住院的话 公务员医疗补助能补多少", INPATIENT),
    ("单位的补充医疗保险报多少", SERIOUS),
    ("买的百万医疗险 免赔额一万是什么意思", SERIOUS),
    ("丢了工作以后 失业保险金一个月能领多少", None),
    ("农村养老保险六十岁以后每月发多少", None),
    ("工伤保险住院伙食补助一天多少钱", EXCLUDED),
]

OTHER_YEARS = [
    ("2023年阿里居民医保的个人缴费标准是多少", TIERS),
    ("2019年的时候住县医院起付线是多少", INPATIENT),
    ("2026年阿里居民医保门特报销比例会变吗", SPECIAL),
    ("2015年阿里文物看管员一个月多少钱", WAGE),
    ("2013年农牧区医疗一年最多报多少", CAP),
    ("2029年普通门诊统筹一年报多少", GENERAL),
    ("到2032年的时候 两病门诊糖尿病的年度限额是多少", TWO),
    ("2025年农村公路养护补贴每县多少万", ROAD),
    ("2017年医保缴费是哪几个月", PERIOD),
    ("2031年大病保险封顶多少", SERIOUS),
    ("2011年阿里合作医疗个人交几块钱", TIERS),
    ("等到2040年 居民医保生孩子还能全报吗", MATERNITY),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    ("in_scope_place", INPATIENT, ["90%"], "answered", "巴嘎乡的牧民交250 乡卫生院住院报几成"),
    ("in_scope_place", INPATIENT, ["降低10%"], "answered", "霍尔乡的人到西安住院 比例要降吗"),
    ("in_scope_place", OUTSIDE, ["5日内"], "answered", "底雅乡的小伙在重庆打工住院了 要几天内备案"),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["出院证明"],
        "answered",
        "香孜乡的阿妈在内地看病垫了钱 回来报销要准备啥",
    ),
    ("in_scope_place", TIERS, ["60 元、120 元、250 元"], "answered", "日松乡的居民参保能选哪几档"),
    ("in_scope_place", GENERAL, ["300元"], "answered", "左左乡的人普通门诊一年能报多少"),
    (
        "in_scope_place",
        quote(RD, "狮泉河镇-扎西岗乡"),
        ["狮泉河镇-扎西岗乡"],
        "answered",
        "从狮泉河镇坐车去扎西岗乡 有没有开通农村客运班线",
    ),
    (
        "in_scope_place",
        quote(RD, "托林镇-香孜乡"),
        ["托林镇-香孜乡"],
        "answered",
        "托林镇去香孜乡通客运班车了吗",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县459人"),
        ["459人"],
        "answered",
        "亚热乡所在的革吉县护路岗有多少人",
    ),
    (
        "in_scope_place",
        quote(RD, "改则县358人"),
        ["358人"],
        "answered",
        "先遣乡那个改则县的生态护路岗设了多少人",
    ),
    (
        "in_scope_place",
        SPECIAL,
        ["90%"],
        "answered",
        "改则县古姆乡交二百五那档的牧民 看门诊特殊病报几成",
    ),
    (
        "in_scope_place",
        WAGE,
        ["1400元"],
        "answered",
        "曲洛乡附近自治区级野外文物点看管员月工资多少",
    ),
    ("in_scope_place", TWO, ["800元"], "answered", "江让乡的高血压病人两病门诊一年最多报多少"),
    (
        "in_scope_place",
        quote(RD, "日土县多玛乡、东汝乡"),
        ["多玛乡"],
        "answered",
        "日土县哪两个乡镇被指定要开通农村客运",
    ),
    ("scheme_alias", INPATIENT, ["400元"], "answered", "原来的新农合 现在住三级医院起付线是多少"),
    ("scheme_alias", CAP, ["6万元"], "answered", "合作医疗现在一个人一年最多报多少"),
    (
        "scheme_alias",
        [mi("第一条"), mi("第四十一条")],
        ["农牧区医疗制度"],
        "answered",
        "现在的城乡居民医保是哪两个制度合起来的",
    ),
    # fixed after the run: "报多少" asked for a sum (a follow-up for the cost); now "报几成"
    ("scheme_alias", SPECIAL, ["60%"], "answered", "以前农牧区医疗的门特 现在交60那档报几成"),
    ("scheme_alias", TIERS, ["120"], BOTH, "过去的新农合现在中间那档交多少"),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["合并农牧区医疗制度基金"],
        "answered",
        "农牧区医疗的基金现在怎么处理了",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["取消"],
        "answered",
        "以前合作医疗的家庭账户 现在还保留着吗",
    ),
    ("scheme_alias", PERIOD, ["12月31日"], "answered", "新农合现在每年交到几号截止"),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "城镇居民医保原来的门特病种现在还认不认",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里地区城乡居民医保实施办法 2020年的哪一天起施行",
    ),
    ("in_scope_year", CAP, ["6万元"], "answered", "2020年度居民医保年度最高支付限额多少"),
    (
        "in_scope_year",
        art(HP, "三、（七）"),
        ["2021年底前挂牌"],
        "answered",
        "2021年底前地区人民医院要完成什么",
    ),
    (
        "in_scope_year",
        art(RD, "四、（四）"),
        ["总结推广"],
        "answered",
        "到了2020年12月 四好农村路的工作处在什么阶段",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630"],
        "answered",
        "写论文要数据 规划里2023年那一届阿里籍毕业生预计多少人",
    ),
    (
        "in_scope_year",
        quote(GE, "2020年591人"),
        ["591"],
        "answered",
        "2020年阿里籍高校毕业生有多少",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["10366.762 公里"],
        "answered",
        "截至2019年底阿里7个县农村公路总共多少公里",
    ),
    (
        "in_scope_year",
        art(RD, "四、（二）"),
        ["全面推进"],
        "answered",
        "2020年5月四好农村路到了哪个阶段",
    ),
]


def build(t: Tune35Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
