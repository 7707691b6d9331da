"""Question titles in the style of Chinese Q&A sites (急急急/求解/在线等/跪求/有大神知道吗/
求科普/谢谢各位), typed on a phone with typos (起付限, 报小, 门持, 两冰, 看管猿, 陪训, 封定),
俺爹/俺娘/阿佳/外甥/儿媳; over all seven documents, answered and declined mixed (another place,
scheme or year), a few calculations."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each, add_titles
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings11.table import Tune11Table

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["100元"], "乡卫生院住院起付限是多少 急急急"),
    ("answered", mi("第二十二条"), ["70%"], "俺娘今年第二回住院 起付线还扣全的吗 求解"),
    ("answered", mi("第二十二条"), ["80元"], "三级医院床位费医保认多少一天 有大神知道吗"),
    ("answered", mi("第二十二条"), ["降低10%"], "在外地住院报小多少 谢谢各位"),
    ("answered", mi("第二十三条"), ["6万元"], "居民医保一年封定多少 跪求"),
    ("answered", mi("第二十四条"), ["不设起付线"], "门持病门诊看病要不要过起付线 求解"),
    ("answered", mi("第二十四条"), ["再生障碍性贫血"], "再障能申请门特吗 在线等"),
    ("answered", mi("第二十五条"), ["1200"], "两冰门诊糖尿病一年限额多少 急"),
    ("answered", mi("第二十五条"), ["不得同时享受"], "门特里有糖尿病了 还能再走两病吗 求科普"),
    ("answered", mi("第二十六条"), ["300元"], "普通门诊一年最多能报多少 有懂的吗"),
    ("answered", mi("第二十六条"), ["清零"], "门诊统筹的钱今年没用完 明年还能用吗 求解"),
    ("answered", mi("第二十七条"), ["30万"], "农牧民大额补充医保最高赔多少 谢谢各位"),
    ("answered", mi("第二十九条"), ["全额报销"], "阿里生孩子住院医保全报吗 急急急"),
    ("answered", mi("第三十条"), ["自杀"], "家里人想不开住院了 医保还报吗 跪求"),
    ("answered", mi("第三十条"), ["假肢"], "装假肢的钱能走居民医保吗 求科普"),
    ("answered", mi("第三十三条"), ["信息系统"], "在内地打工住院了 怎么备案 在线等"),
    ("answered", mi("第三十四条"), ["银行卡复印件"], "区外垫钱看病 回来报销要带啥 急急急"),
    ("answered", mi("第八条"), ["10月1日"], "明年的医保现在能交了吗 什么时候开始 求解"),
    ("answered", mi("第七条"), ["表彰文件"], "僧人参保除了户口本 还要交啥材料 有懂的吗"),
    ("answered", mi("第六条"), ["不得同时参加"], "已经有职工医保了 还能在老家交居民医保吗 求解"),
    (BOTH, mi("第十八条"), ["60元"], "建档立卡户交医保自己出多少 跪求"),
    ("answered", mi("第四十四条"), ["举报"], "发现有人骗医保 去哪儿举报 求科普"),
    ("answered", art(RP, "第三十六条"), ["抵押"], "古遗址能不能拿去搞旅游开发抵押 有大神吗"),
    ("answered", art(RP, "第三十二条"), ["备案"], "家里传下来的老物件想卖 合法吗 在线等"),
    ("answered", art(RP, "第十四条"), ["不得重新修建"], "老建筑塌完了 能在原地再盖一个吗 求解"),
    ("answered", art(RP, "第二十四条"), ["藏汉两种文字"], "寺藏文物的档案用什么文字写 求科普"),
    ("answered", art(RP, "第二十一条"), ["报告"], "放牛的时候捡到个铜佛 该交给谁 急"),
    (BOTH, art(RC, "第十二条"), ["1400"], "国保点看管猿一个月多少钱 谢谢各位"),
    (
        "answered",
        art(RC, "第十一条"),
        ["扣除当月野外看管补助"],
        "看管员巡逻日志没认真写 会扣钱吗 求解",
    ),
    ("answered", art(RC, "第十二条"), ["2名"], "一个野外文保点配几个看管员 有懂的吗"),
    ("answered", art(RC, "第十七条"), ["解聘"], "看管员把文物资料发给外人 会被开掉吗 急"),
    (
        "answered",
        quote(RT, "文物安全培训原则上每年不得少于一次"),
        ["不得少于一次"],
        "文物安全陪训一年至少几次 求解",
    ),
    (
        "answered",
        quote(RT, "否则由其本人或本人所在单位进行赔偿"),
        ["赔偿"],
        "陪训时把设备带回家了 要赔吗 在线等",
    ),
    (
        "answered",
        quote(RT, "培训经费从地区文物安全专项经费中支出"),
        ["文物安全专项经费"],
        "文物安全培训要自己交钱吗 求科普",
    ),
    (
        "answered",
        quote(HP, "争取 2021 年地区人民医院通过三级甲等综合医院评审成功挂牌"),
        ["2021"],
        "阿里地区人民医院啥时候能成三甲 有大神知道吗",
    ),
    ("answered", quote(HP, "资金来源为中央福彩"), ["中央福彩"], "阿里精神病福利院的钱从哪来 求解"),
    ("answered", quote(HP, "积极开展口腔种植义齿业务"), ["种植义齿"], "地区医院能种牙吗 有懂的吗"),
    ("answered", quote(RD, "改则县358人"), ["358"], "改则县生态补偿养护员有多少个 谢谢各位"),
    ("answered", quote(RD, "145个建制村，42个建制村通客车"), ["42"], "阿里多少个村通了客车 求科普"),
    (
        "answered",
        quote(RD, "自治区养护补助资金 3228.29 万元"),
        ["3228.29"],
        "阿里农村公路自治区养护补助资金有多少 急",
    ),
    ("answered", quote(GE, "2025年660人左右"), ["660"], "2025年阿里会有多少大学毕业生 求解"),
    (
        "answered",
        quote(GE, "乡镇兽医岗位不少于 70 个"),
        ["70"],
        "学兽医的回阿里 规划有多少岗位 跪求",
    ),
    (
        "answered",
        quote(GE, "全地区仅有经营性人力资源服务机构1家"),
        ["1家"],
        "阿里有几家人力资源服务机构 有懂的吗",
    ),
    ("out_of_scope", None, None, "重庆城乡居民医保住院起付线多少 急急急"),
    ("out_of_scope", None, None, "众安尊享e生能报门诊吗 求解"),
    ("out_of_scope", None, None, "2024年阿里医保交费标准涨了吗 在线等"),
    ("out_of_scope", None, None, "昌都的文物看管员一个月给多少 谢谢各位"),
    ("out_of_scope", None, None, "失业金怎么领 阿里的 有大神知道吗"),
    ("out_of_scope", None, None, "山南毕业生公益岗怎么报名 求解"),
    ("out_of_scope", None, None, "杭州居民医保生孩子报多少 跪求"),
]

CALCULATED = [
    ("求算 俺爹120档 三级医院头一回住院 两万二 报多少", e.inpatient(120, "三级", "22000")),
    ("急急急 250档 二级医院今年第二次住 4千5 能报多少", e.inpatient(250, "二级", "4500", 2)),
    ("求解 外甥60档 乡卫生院第一次住院 3千6 报小多少", e.inpatient(60, "乡镇卫生院", "3600")),
    ("门持透析 60档 这个月七千 报多少 在线等", e.special(60, "慢性肾功能衰竭", "7000")),
    ("县级点看管猿干了11个月 一共多少钱 求算", e.custodian("县级", 11)),
    ("有大神吗 我爷爷68了 今年医保要交多少", e.enrol(sex="男", age=68)),
]


def build(t: Tune11Table) -> None:
    add_titles(t, U, TITLES)
    add_each(t, U, CALCULATED)
