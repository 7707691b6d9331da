"""Question titles in the style of Chinese Q&A sites and phone chats: colloquial, typos
(起付限, 报小, 门持, 两冰, 参包, 看管猿, 床味费, 封定), doubled question marks, 急急急/跪求/
有大神知道吗/谢谢各位; in and out of scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings10.table import Heldout10Table

U = "user_titles"

# (status, gold (or golds, any of which is right) or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["200"], "阿里县医院住院起付限是多少 急急急"),
    ("answered", mi("第二十二条"), ["60元"], "二级医院床味费医保一天给多少？？"),
    ("answered", mi("第二十四条"), ["高血压"], "阿里高血压能办门持吗 跪求"),
    ("answered", mi("第二十五条"), ["800"], "阿里两冰门诊光高血压一年能报几百"),
    ("answered", mi("第二十三条"), ["6万"], "阿里居民医保一年封定多少钱 有大神知道吗"),
    ("answered", mi("第八条"), ["下一年"], "阿里医保今年交明年用还是今年就能用？"),
    ("answered", mi("第六条"), ["不得同时参加"], "有了职工医保还能再参包城乡居民的吗"),
    ("answered", mi("第三十条"), ["自杀"], "家人想不开喝农药抢救 医保报小吗"),
    ("answered", mi("第三十条"), ["减肥"], "做抽脂减肥能用医保吗 阿里"),
    ("answered", mi("第三十条"), ["煎药费"], "医院代煎藏药中药的钱能报吗"),
    ("answered", mi("第二十九条"), ["母亲"], "娃生下来没上户口就走了 医药费能报吗 谢谢各位"),
    ("answered", mi("第三十一条"), ["身份证件"], "忘带社保卡了 拿身份证能看病结算吗"),
    ("answered", mi("第三十三条"), ["信息系统"], "在外地住院怎么备案 阿里的 手机上能弄吗"),
    ("answered", mi("第三十八条"), ["预先告知"], "医院用自费药没跟我说 这合规吗"),
    ("answered", mi("第三十九条"), ["一日一清单"], "住院每天的费用清单医院必须给吗"),
    ("answered", mi("第十三条"), ["城镇职工"], "考上公务员了 居民医保怎么转职工医保"),
    ("answered", mi("第二十六条"), ["清零"], "门诊统筹的钱年底没用完会清零吗？"),
    ("answered", mi("第十八条"), ["250"], "建档立卡户医保是按哪个档交的"),
    ("answered", art(RC, "第十二条"), ["地区财政"], "阿里野外看管猿的工资谁发"),
    ("answered", art(RC, "第七条"), ["公安部门"], "看管猿发现有人盗墓第一时间找谁"),
    ("answered", art(RC, "第十条"), ["贫困边缘户"], "贫困边缘户能优先当看管员吗 求解"),
    ("answered", art(RP, "第三十九条"), ["未经批准"], "自己在家修补老唐卡犯法吗"),
    ("answered", art(RP, "第二十四条"), ["藏汉两种文字"], "寺庙文物档案要用什么文字记"),
    ("answered", art(RP, "第三十条"), ["鼓励"], "想在阿里开个私人博物馆 政策允许吗"),
    ("answered", art(RP, "第十六条"), ["拆毁"], "村里老碉楼是文物点 能拆了盖新房吗"),
    ("answered", quote(RT, "培训方向包括"), ["实践能力培训"], "文物安全培训是光讲理论吗"),
    ("answered", quote(HP, "对接 12 家内地医院"), ["陕西省 10 家"], "阿里远程会诊连的是哪里的医院"),
    ("answered", quote(RD, "37个乡镇，22个乡镇通客车"), ["22"], "阿里多少个乡镇通了班车 求数据"),
    (
        "answered",
        quote(GE, "各驻阿央企每年度提供岗位不少于 20 个"),
        ["20"],
        "驻阿央企每年招几个毕业生",
    ),
    (BOTH, mi("第十八条"), ["60"], "阿里居民医保女的多大岁数不用交钱？"),
    ("out_of_scope", None, None, "拉萨城关区居民医保在哪交 急"),
    ("out_of_scope", None, None, "2028年阿里医保缴费标准涨没涨"),
    ("out_of_scope", None, None, "四川阿坝新农合报销比例是多少？"),
    ("out_of_scope", None, None, "相互宝停了以后买啥好"),
    ("out_of_scope", None, None, "阿里到冈仁波齐包车多少钱"),
    ("out_of_scope", None, None, "阿里公务员考试面试怎么准备"),
    ("out_of_scope", None, None, "阿里灵活就业交职工医保每月多少"),
]

CALCULATED = [
    "阿里医保交120 县医院二级头回住院 花了九千 能报多少？",
    "250档三级医院第一次住院3万8 能报小多少 急",
    "阿里门持冠心病 60档 门诊花了一千五 报多少？？",
    "自治区级文物点看管猿干了3个月 一共发多少",
    "交60 乡卫生院第一回住院 花了两千二 能报几多",
]
EXPECTED = [
    e.inpatient(120, "二级", "9000"),
    e.inpatient(250, "三级", "38000"),
    e.special(60, "冠心病", "1500"),
    e.custodian("自治区级", 3),
    e.inpatient(60, "乡镇卫生院", "2200"),
]


def build(t: Heldout10Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
