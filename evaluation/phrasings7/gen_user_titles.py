"""Question titles in the style of Chinese Q&A sites and phone chats: colloquial, typos
(起付钱, 床为费, 报消, 两并, 补脚, 参宝, 看管圆), doubled question marks, 急/在线等/求解/有知道的吗;
in and out of scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings7.table import Heldout7Table

U = "user_titles"

# (status, gold (or golds, any of which is right) or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["400"], "阿里三级医院住院起付钱多少啊 急"),
    ("answered", mi("第二十二条"), ["80元"], "住院床为费三级医院一天报多少 阿里的 求解"),
    ("answered", mi("第二十四条"), ["恶性肿瘤"], "化疗能办门特病吗 阿里城乡医保 在线等"),
    ("answered", mi("第二十五条"), ["2000"], "两并门诊高血压加糖尿病限额多少？？"),
    ("answered", mi("第八条"), ["最高筹资标准"], "阿里医保断了补脚怎么交 按哪个标准"),
    (
        "answered",
        mi("第六条"),
        ["户籍地或现居住地"],
        "易地搬迁户参宝在哪交 老家还是现在住的地方",
    ),
    ("answered", mi("第三十条"), ["交通事故"], "骑摩托出车祸 阿里医保报消吗 对方跑了"),
    ("answered", mi("第三十条"), ["美容"], "割双眼皮医保给报吗 问一下"),
    ("answered", mi("第三十条"), ["护工费"], "住院请护工的钱医保能出吗 阿里"),
    ("answered", mi("第二十九条"), ["先自费结算"], "新生儿住院还没交医保 能报消不"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "阿里看病不带社保卡行不行 用手机可以吗"),
    (
        "answered",
        mi("第三十二条"),
        ["转诊转院证明"],
        "从乡卫生院转到地区医院要开什么证明",
    ),
    ("answered", mi("第四十五条"), ["借给他人"], "把医保卡借给亲戚看病 会怎么样 阿里"),
    ("answered", mi("第二十二条"), ["180天"], "在医院住了大半年 阿里医保怎么结账 求助"),
    ("answered", mi("第二十三条"), ["6万"], "一年住好几次院 阿里医保总共最多给多少 有上限没"),
    ("answered", mi("第二十六条"), ["60%"], "阿里普通门诊报消比例多少 小病拿药的"),
    ("answered", mi("第五条"), ["残联部门"], "残疾等级谁认定 参保要用的 阿里"),
    ("answered", art(RC, "第十二条"), ["2名"], "一个文物点配几个看管圆 阿里的"),
    ("answered", art(RC, "第十七条"), ["不履行"], "看管圆不干活会被开除吗"),
    ("answered", art(RC, "第六条"), ["汉藏双语"], "会汉藏双语当看管员有优势吗"),
    ("answered", art(RP, "第三十七条"), ["考古发掘现场"], "路过考古工地能拍个抖音吗"),
    ("answered", art(RP, "第十三条"), ["爆破"], "文物保护范围里修路能放炮吗"),
    ("answered", art(RP, "第三十二条"), ["备案"], "家里传下来的唐卡 想卖 需要备案吗"),
    ("answered", quote(RT, "要严格执行培训考勤制度"), ["记录在案"], "文物培训无故缺勤会怎样"),
    (
        "answered",
        quote(HP, "总投资控制在 6251.5 万元以内"),
        ["6251.5"],
        "阿里传染病医院投资多少钱 有知道的吗",
    ),
    ("answered", quote(HP, "对接 12 家内地医院"), ["12家"], "阿里医院远程会诊能连内地几家医院"),
    (
        "answered",
        quote(RD, "145个建制村，42个建制村通客车"),
        ["42"],
        "阿里有多少个村通了班车 求数据",
    ),
    (
        "answered",
        quote(GE, "农产品质量安全检测员岗位不少于 50 个"),
        ["50"],
        "农产品检测员岗位有多少个 想报名",
    ),
    (BOTH, quote(RD, "100万元/年"), ["100万"], "每个县四好农村路养护补贴一年几多钱"),
    ("out_of_scope", None, None, "日喀则市居民医保住院报消比例 有懂的吗"),
    ("out_of_scope", None, None, "2027年阿里医保还交250吗"),
    ("out_of_scope", None, None, "青海果洛的农牧区医疗怎么报"),
    ("out_of_scope", None, None, "轻松筹和水滴筹哪个好"),
    ("out_of_scope", None, None, "阿里哪里能考驾照"),
    ("out_of_scope", None, None, "阿里事业单位考试报名时间"),
    ("out_of_scope", None, None, "阿里职工医保门诊能刷卡买药吗"),
]

CALCULATED = [
    "阿里医保60档 一级医院第一回住院 花了四千 报多少？",
    "交120 三级医院首次住院2万5 报消多少 在线等",
    "门特高血压 250档 门诊花了一千二 能报多少？？",
    "县级文物看管圆干了11个月 工资一共几多",
]
EXPECTED = [
    e.inpatient(60, "一级", "4000"),
    e.inpatient(120, "三级", "25000"),
    e.special(250, "高血压", "1200"),
    e.custodian("县级", 11),
]


def build(t: Heldout7Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
