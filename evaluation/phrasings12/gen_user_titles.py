"""Question titles in the style of Chinese Q&A sites and phone chats: colloquial, typos
(住园, 起付钱, 床位废, 特病门珍, 两并, 医包, 封顶限, 缴废, 建挡立卡, 报绡, 报帐, 参宝, 看管园, 陪训),
doubled question marks, 急急急/在线等/求解/有懂的吗/跪求清单/求数据/有大神吗; in and out of scope,
a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings12.table import Heldout12Table

U = "user_titles"

# (status, gold (or golds, any of which is right) or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["100"], "阿里乡卫生院住园起付钱是多少 急"),
    ("answered", mi("第二十二条"), ["80元"], "三级医院床位废医保一天认多少？？"),
    ("answered", mi("第二十四条"), ["糖尿病"], "糖尿病能办特病门珍吗 在线等"),
    ("answered", mi("第二十五条"), ["1200"], "阿里两并门诊糖尿病一年报几多 求解"),
    ("answered", mi("第二十三条"), ["6万"], "居民医包一年封顶限多少啊 阿里的"),
    ("answered", mi("第八条"), ["12月31日"], "阿里医保缴废截止到几号？？急急急"),
    ("answered", mi("第十八条"), ["250"], "建挡立卡户医保按哪档交 有懂的吗"),
    ("answered", mi("第三十条"), ["膳食费"], "住院伙食费能报帐吗 阿里"),
    ("answered", mi("第三十条"), ["自残"], "自己弄伤自己住院 医保管不管 求助"),
    ("answered", mi("第二十九条"), ["全额报销"], "阿里生娃住院全免吗？？"),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "县医院转地区医院要开啥证明 有大神吗"),
    (
        "answered",
        mi("第三十四条"),
        ["银行卡复印件"],
        "在内地看病回阿里报帐要哪些材料 跪求清单",
    ),
    ("answered", mi("第六条"), ["未满一周岁"], "新生儿落户阿里后当年能参宝吗"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "没带社保卡 用医保电子凭证能结算吗"),
    ("answered", mi("第二十七条"), ["自治区级统筹"], "阿里大病保险是地区统筹还是自治区统筹"),
    ("answered", art(RC, "第十二条"), ["1200"], "县级文物点看管园一个月几多钱"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "看守员多大年纪的能报名 阿里 急"),
    ("answered", art(RC, "第十一条"), ["巡逻日志"], "看管员不写巡逻日志会扣钱吗"),
    ("answered", art(RC, "第十条"), ["已脱贫群众"], "脱贫户能优先当文物看管员吗？"),
    ("answered", art(RP, "第二十一条"), ["不得哄抢"], "工地挖出古钱币工人能分吗 在线等"),
    ("answered", art(RP, "第三十二条"), ["备案"], "私人收藏的老唐卡能卖吗 要办啥手续"),
    ("answered", art(RP, "第十三条"), ["同级城乡规划部门"], "文物保护单位边上盖房子要审批吗"),
    ("answered", quote(RT, "培训内容包括"), ["试卷考核"], "文物培训要考试吗 怎么考"),
    (
        "answered",
        quote(HP, "对接 12 家内地医院"),
        ["成都市2家"],
        "阿里远程会诊能连上成都的医院吗",
    ),
    (
        "answered",
        quote(HP, "确立妇产科、重症医学科、骨科、心脑血管科等7个重点建设科室"),
        ["心脑血管科"],
        "地区医院重点建设哪些科室 求数据",
    ),
    (
        "answered",
        quote(RD, "145个建制村，42个建制村通客车"),
        ["42"],
        "阿里多少个村通了班车？？",
    ),
    (BOTH, quote(RD, "各县按每县100万元/年标准"), ["100万"], "四好农村路每个县每年补多少钱养护"),
    (
        "answered",
        quote(GE, "河北省、陕西省企业每年提供岗位 200 个左右"),
        ["200"],
        "河北陕西企业每年给阿里毕业生多少岗位",
    ),
    (
        "answered",
        quote(GE, "力争阿里高校毕业生就业率保持在90%以上"),
        ["90%"],
        "阿里大学生就业率目标多少 求数据",
    ),
    (BOTH, mi("第十八条"), ["65"], "阿里医保男的几岁以后不用交钱？"),
    ("out_of_scope", None, None, "日喀则桑珠孜区医保去哪交 急"),
    ("out_of_scope", None, None, "2027年阿里医保缴费涨了吗"),
    ("out_of_scope", None, None, "青海果洛新农合报销比例是多少？"),
    ("out_of_scope", None, None, "平安福重疾险值不值得买"),
    ("out_of_scope", None, None, "阿里到普兰的大巴票多少钱"),
    ("out_of_scope", None, None, "阿里事业单位考试考什么"),
    ("out_of_scope", None, None, "灵活就业人员养老保险怎么交"),
]

CALCULATED = [
    "阿里医保交250 地区医院三级头回住院 花了两万二 报多少？",
    "60档县医院二级第一次住院1.8w能报绡多少 急",
    "尿毒症门特透析 交120 一个月六千 报多少？？",
    "国保单位看管园干了7个月 总共多少工资",
    "交120 乡卫生院头回住园 花了三千三 能报几多",
    "两并门诊 高血压 一级医院甲类药500 报多少 求解",
]
EXPECTED = [
    e.inpatient(250, "三级", "22000"),
    e.inpatient(60, "二级", "18000"),
    e.special(120, "慢性肾功能衰竭", "6000"),
    e.custodian("全国重点", 7),
    e.inpatient(120, "乡镇卫生院", "3300"),
    e.two_diseases(["高血压"], "一级", "500"),
]


def build(t: Heldout12Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
