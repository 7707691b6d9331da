"""User titles in the style of Q&A sites, with typos earlier tables did not use (报消, 起扶线, 门持,
医宝, 当次, 床为费, 建当立卡, 看管圆, 文勿, 毕业声, 公录, 量病, 风顶, 普通门珍, 住员, 参宝, 大饼保险,
九医, 备按, 三加, 文保单味) and new noise (【急】, 有懂的吗, 求科普, 在线等挺急的, 大神们, 救救孩子,
求大佬, 萌新提问, 麻烦各位, 跪谢, 问个事儿, 路过的帮看看, 家人们谁懂啊, 码住, 求解答, 速回,
感激不尽, 急急急); answered over all seven documents, some declined, some computed."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings21.table import Tune21Table

U = "user_titles"
BOTH = ["answered", "calculated"]

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["100元"], "【急】乡镇卫生院住员起扶线多少"),
    ("answered", mi("第二十二条"), ["80元"], "三级医院床为费医宝一天给认多少 有懂的吗"),
    ("answered", mi("第二十四条"), ["冠心病"], "冠心病能走门持吗 求科普"),
    ("answered", mi("第二十五条"), ["65%"], "二级医院量病门诊报消几成 在线等挺急的"),
    ("answered", mi("第二十五条"), ["800元"], "高血压量病门诊一年风顶多少 大神们"),
    ("answered", mi("第二十三条"), ["6万元"], "居民医宝一年风顶报多少 救救孩子"),
    ("answered", mi("第八条"), ["10月1日"], "明年的医宝几号开始交 求大佬"),
    ("answered", mi("第十八条"), ["250 元"], "居民医宝最高那个当次是多少钱 萌新提问"),
    ("answered", mi("第二十九条"), ["5%"], "建当立卡住员报消比别人高多少 麻烦各位"),
    ("answered", mi("第二十六条"), ["60%"], "普通门珍过了起扶线报几成 跪谢"),
    ("answered", mi("第二十七条"), ["14万元"], "大饼保险一年最多赔几万 问个事儿"),
    ("answered", mi("第三十条"), ["护工费"], "住员请护工的钱医宝报不报 路过的帮看看"),
    ("answered", mi("第三十条"), ["洁牙"], "洗牙能用医宝报消吗 家人们谁懂啊"),
    ("answered", mi("第三十三条"), ["5日内"], "在区外住员要几天内备按 码住"),
    ("answered", mi("第三十二条"), ["逐级转诊"], "转去上级医院要怎么转 求解答"),
    ("answered", mi("第三十四条"), ["先行垫付"], "区外九医的钱要自己先垫吗 速回"),
    ("answered", mi("第六条"), ["不得同时参加"], "职工医宝和居民医宝能一起参宝吗 感激不尽"),
    ("answered", mi("第十八条"), ["6:4"], "六十岁以上老人的参宝费谁出 急急急", BOTH),
    ("answered", mi("第二十二条"), ["70%"], "一年第二次住员起扶线打几折 求大佬"),
    ("answered", mi("第十一条"), ["寺管会"], "寺庙僧人参宝谁去办 问个事儿"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "文勿保护单位里的壁画能拍吗 有懂的吗"),
    ("answered", art(RP, "第二十一条"), ["立即保护现场"], "盖房子挖到文勿咋办 在线等"),
    ("answered", art(RP, "第二十七条"), ["两年"], "博物馆之间借文勿最长借多久 求科普"),
    (
        "answered",
        art(RP, "第十三条"),
        ["爆破、钻探、挖掘"],
        "文保单味的保护范围里能不能搞爆破 大神们",
    ),
    (
        "answered",
        art(RC, "第十二条"),
        ["1400"],  # fixed after the run: a calculation writes 1400.00 元
        "自治区级野外文勿点看管圆一个月多少钱 萌新提问",
        BOTH,
    ),
    ("answered", art(RC, "第五条"), ["以男性为首选"], "野外看管圆招不招女的 麻烦各位"),
    ("answered", art(RT, "一、（四）"), ["书面形式"], "文勿安全培训中途要退训怎么办 跪谢"),
    ("answered", art(RT, "五、"), ["地区文物安全专项经费"], "文勿安全培训的钱谁出 求解答"),
    ("answered", art(HP, "四、（十）"), ["184"], "地区人民医院创三加要新招多少人 家人们谁懂啊"),
    ("answered", art(HP, "三、（五）"), ["地区卫健委"], "人民医院三加初次申评向谁提出 码住"),
    ("answered", art(HP, "四、（二）"), ["1400平方米"], "人民医院外科综合楼建筑面积多大 速回"),
    (
        "answered",
        quote(RD, "350万元/年"),
        ["350万元"],
        "地区财政一年给公录养护补贴多少 急急急",
        BOTH,
    ),
    ("answered", art(RD, "第9项"), ["100%"], "村规民约覆盖率要达到多少 感激不尽"),
    (
        "answered",
        quote(RD, "42个建制村通客车"),
        ["28%"],
        "阿里建制村现在通客车的比例是多少 路过的帮看看",
    ),
    (
        "answered",
        quote(GE, "2020年591人"),
        ["3700"],
        "阿里2020到2025年毕业声一共大概多少人 问个事儿",
    ),
    ("answered", art(GE, "三、（一）4."), ["1160"], "毕业声公益性岗位规划了多少个 求科普"),
    (
        "answered",
        art(GE, "三、（一）3."),
        ["200 个左右"],
        "河北陕西企业每年给阿里毕业声多少岗位 救救孩子",
    ),
    ("out_of_scope", None, [], "日喀则的医宝住员起扶线多少 有懂的吗"),
    ("out_of_scope", None, [], "2018年阿里医宝能报多少 急"),
    ("out_of_scope", None, [], "商业大饼保险怎么买最划算 求大佬"),
    ("out_of_scope", None, [], "狮泉河镇上哪家牦牛肉火锅好吃 在线等挺急"),
    ("out_of_scope", None, [], "看管圆的工资交不交个人所得税 跪谢"),
    ("out_of_scope", None, [], "毕业声考研调剂怎么弄 萌新提问"),
]

# computed titles: (question) with the expectation in EXPECTED, in the same order
CALCULATED = [
    "三级医院住员两万二 交120当次 今年第一次 医宝出多少 急",
    "二级医院第二次住员 九千 交250 报消多少 求解答",
    "门持类风湿关节炎 交60 门诊一千六 报多少",
    "县级野外看管圆干了七个月 工资一共多少 问个事儿",
    "乡镇卫生院住员两千八 交60 头回 报多少 速回",
    "量病门诊高血压 一级医院 甲类药五百 报多少",
    "普通门珍今年头回 花了四百 报多少 码住",
    "建当立卡户 三级医院第一次住员 交250 两万 报多少",
    "六十八岁的舅公交参宝费要多少 家人们谁懂啊",
    "三个县一年公录养护补贴多少万 大神们",
    "补交医宝 财政补助合计六百五 要交多少 救救孩子",
]

EXPECTED = [
    e.inpatient(120, "三级", "22000"),
    e.inpatient(250, "二级", "9000", 2),
    e.special(60, "类风湿性关节炎", "1600"),
    e.custodian("县级", 7),
    e.inpatient(60, "乡镇卫生院", "2800"),
    e.two_diseases(["高血压"], "一级", "500"),
    e.general("400"),
    e.inpatient(250, "三级", "20000", poor=True),
    e.enrol(sex="男", age=68),
    e.road(3, False),
    e.late("650"),
]


def build(t: Tune21Table) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
