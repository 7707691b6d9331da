"""Question titles in the style of Chinese Q&A sites, forums and phone chats: colloquial, no
punctuation, typos (柱院, 起富线, 抱销, 门忒, 两柄, 医报, 风顶, 缴肺, 建挡力卡, 被案, 看管猿, 赔训,
纹物, 床为费, 比列, 参饱, 转珍), noise (跪求大佬, 萌新求问, 家人们谁懂啊, 姐妹们, 求助帖, 速来,
路过的帮看下, 有偿求解, 大家怎么看); in and out of scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings16.table import Heldout16Table

U = "user_titles"

# (status, gold (or golds, any of which is right) or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["100元"], "阿里乡卫生院柱院起富线多少 跪求大佬"),
    ("answered", mi("第二十二条"), ["80元/床日"], "三级医院床为费医报一天认多少 萌新求问"),
    ("answered", mi("第二十二条"), ["60%"], "交60的去三级医院住院抱销比列多少"),
    ("answered", mi("第二十四条"), ["布鲁菌病"], "布病算不算门忒 家人们谁懂啊"),
    ("answered", mi("第二十五条"), ["2000元"], "两柄都有的一年能报多少 求助帖"),
    ("answered", mi("第二十三条"), ["6万元"], "阿里医报一年风顶多少 速来"),
    ("answered", mi("第八条"), ["12月31日"], "阿里医保缴肺截止到哪天 路过的帮看下"),
    ("answered", mi("第十八条"), ["医疗救助资金"], "建挡力卡户医保谁帮着交了一部分"),
    ("answered", mi("第三十三条"), ["5日"], "在内地柱院了几天之内要被案"),
    ("answered", mi("第三十二条"), ["转诊转院证明"], "转珍去上级医院要开什么证明"),
    ("answered", mi("第七条"), ["户口簿"], "第一次参饱要带哪些东西 姐妹们"),
    ("answered", mi("第三十条"), ["近视眼矫正术"], "近视手术医保给抱销吗 有偿求解"),
    ("answered", mi("第三十条"), ["交通事故"], "出车祸住院的钱居民医保报不报"),
    ("answered", mi("第二十九条"), ["全额报销"], "阿里生孩子医保全报吗 大家怎么看"),
    ("answered", mi("第十九条"), ["乡村集体经济组织"], "村集体能帮村民补医保的钱吗"),
    ("answered", mi("第三十八条"), ["预先告知"], "医院用自费药不跟病人说一声合规吗"),
    ("answered", mi("第四十条"), ["公开药品价格"], "定点医院要不要公开药价 萌新求问"),
    ("answered", mi("第四十七条"), ["减免应当缴纳医疗保险费"], "医保经办的人私自给人免保费会咋样"),
    ("answered", art(RC, "第十二条"), ["1200元"], "县级文物点看管猿一个月工资多少"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "当看管猿有年龄限制吗 速来"),
    ("answered", art(RC, "第十七条"), ["不及时报告"], "看管员发现被盗不报告会咋样"),
    ("answered", art(RP, "第三十七条"), ["考古发掘现场"], "考古现场能拍抖音吗 家人们谁懂啊"),
    ("answered", art(RP, "第二十七条"), ["两年"], "纹物借给别的博物馆最多借多久"),
    ("answered", art(RP, "第二十八条"), ["防火、防盗"], "寺庙里放纹物要配什么设施"),
    ("answered", art(RP, "第三十四条"), ["海关"], "文物买卖谁来查 跪求大佬"),
    (
        "answered",
        quote(RT, "无故缺勤的要记录在案"),
        ["记录在案"],
        "文物赔训无故不去会怎么样",
    ),
    (
        "answered",
        quote(RT, "不得更改培训内容"),
        ["联席会议"],
        "赔训内容能随便改吗 求助帖",
    ),
    (
        "answered",
        quote(HP, "实行医德医风“一票否决”制"),
        ["一票否决"],
        "阿里人民医院医德医风是一票否决吗",
    ),
    (
        "answered",
        quote(HP, "100 套职工周转房"),
        ["100 套职工周转房"],
        "阿里人民医院给医生准备了多少套周转房",
    ),
    (
        "answered",
        quote(RD, "15个乡镇和103个建制村未通客车"),
        ["103"],
        "阿里还有多少个村没通客车 路过的帮看下",
    ),
    (
        "answered",
        quote(RD, "陈代均 地区财政局局长"),
        ["陈代均"],
        "四好农村路领导小组里财政局的是哪位领导 求科普",
    ),
    (
        "answered",
        quote(GE, "乡镇兽医岗位不少于 70 个"),
        ["70"],
        "阿里乡镇兽医岗位有多少个 萌新求问",
    ),
    (
        "answered",
        quote(GE, "学前教育教师特设岗位不少于 300 个"),
        ["300"],
        "阿里幼师特岗有几个名额 姐妹们",
    ),
    ("out_of_scope", None, None, "日喀则萨迦县医保抱销比列多少"),
    ("out_of_scope", None, None, "2030年阿里医报缴肺标准"),
    ("out_of_scope", None, None, "青海玉树州新农合柱院报多少"),
    ("out_of_scope", None, None, "众安尊享e生百万医疗险值得买吗"),
    ("out_of_scope", None, None, "西藏公务员考试行测怎么准备 跪求大佬"),
    ("out_of_scope", None, None, "狮泉河包车去冈仁波齐转山一天要多少钱"),
]

CALCULATED = [
    "交120的三级医院第一次柱院花了2万抱销多少",
    "乡卫生院第一次柱院 250档 花了8千 医报给多少 速来",
    "门忒糖尿病 交60 这个月门诊两千 能抱多少",
    "国保点看管猿干了10个月 工资一共多少",
    "两柄门诊 高血压 二级医院 甲类五百 报多少 萌新求问",
    "二级医院第三次柱院 交60 一万 抱销多少",
]
EXPECTED = [
    e.inpatient(120, "三级", "20000"),
    e.inpatient(250, "乡镇卫生院", "8000"),
    e.special(60, "糖尿病", "2000"),
    e.custodian("全国重点", 10),
    e.two_diseases(["高血压"], "二级", "500"),
    e.inpatient(60, "二级", "10000", 3),
]


def build(t: Heldout16Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
