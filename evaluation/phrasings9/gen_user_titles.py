"""Question titles in the style of Chinese Q&A sites (急/求解/在线等/跪求/求大神/有懂的吗),
typed on a phone: typos (起附线, 封丁线, 报消, 透折, 门特并, 看管元, 陪训), no punctuation,
我爸/我妈/老婆/我叔/孩子, amounts as 一万八/3万块/2k/1.2w; over all seven documents, some
declined (another place, scheme or year), a few calculations."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each, add_titles
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings9.table import Tune9Table

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["200"], "求解 我爸在一级医院住院 起附线扣多少 在线等"),
    ("answered", mi("第二十二条"), ["50%"], "急 老婆一年住了三回院 第三回的起付线咋算"),
    ("answered", mi("第二十二条"), ["180天"], "跪求 我妈住院住了大半年没出 医保怎么结账"),
    ("answered", mi("第二十三条"), ["6万"], "阿里居民医保封丁线是多少 有懂的吗"),
    ("answered", mi("第二十四条"), ["慢性肾功能衰竭"], "求大神 尿毒症透折能不能办门特并"),
    ("answered", mi("第二十四条"), ["90%"], "交250的 门特能报几成 急急急"),
    ("answered", mi("第二十五条"), ["2000"], "我爸高血压糖尿病都有 两病门诊一年最多报多少 在线等"),
    ("answered", mi("第二十五条"), ["10%"], "两病拿药 乙类药自己先出几成 求解"),
    ("answered", mi("第二十六条"), ["100元"], "普通门诊要花够多少才开始报消 求问"),
    ("answered", mi("第二十七条"), ["14万"], "我妈癌症 大病险封顶多少 急"),
    ("answered", mi("第二十九条"), ["非选定的定点医疗机构"], "没去选定的医院看病 医保还给报吗 急"),
    ("answered", mi("第三十条"), ["酗酒"], "我叔喝多了摔断腿 住院医保报不报 在线等"),
    ("answered", mi("第三十条"), ["眼镜"], "孩子配眼镜能走医保吗 求解"),
    ("answered", mi("第三十条"), ["急救车费"], "叫救护车的钱医保给报吗 急"),
    ("answered", mi("第三十条"), ["境外"], "去尼泊尔朝圣生病住院了 回来能报吗"),
    ("answered", mi("第三十一条"), ["身份证件"], "医保卡丢了 拿身份证能看病吗 急"),
    ("answered", mi("第三十三条"), ["入院5日内"], "老婆在西安住院 啥时候之前要备案 在线等"),
    ("answered", mi("第八条"), ["12月31日"], "医保最晚哪天交 过了还能交吗 急"),
    ("answered", mi("第八条"), ["次月"], "断缴了补上以后 啥时候能报 求解"),
    (BOTH, mi("第十八条"), ["60元、120元、250元"], "居民医保有哪几档 交哪档划算 求大神"),
    (BOTH, mi("第十八条"), ["男年满65周岁"], "我爸今年65了 医保还要交吗 急"),
    ("answered", mi("第四十五条"), ["追回"], "用别人的医保卡看病被查出来 会咋样 求解"),
    ("answered", mi("第三十条"), ["美容"], "认真问 做双眼皮这种整容 居民医保管不管"),
    ("answered", art(RP, "第十六条"), ["变卖"], "村里老房子是文物点 能卖给外地老板吗 急"),
    ("answered", art(RP, "第十七条"), ["擅自发掘"], "自家草场有古墓 能自己挖吗 求解"),
    (
        "answered",
        art(RP, "第二十一条"),
        ["哄抢"],
        "修路挖出一堆老物件 工人都拿回家了 这样行吗 在线等",
    ),
    ("answered", art(RP, "第三十二条"), ["备案"], "家里收藏的老唐卡想卖 需要办啥手续 有懂的吗"),
    ("answered", art(RP, "第三十八条"), ["禁止翻印出售"], "批准拓的拓片 能印了拿去卖吗 求问"),
    (
        "answered",
        art(RP, "第三十九条"),
        ["自治区文物行政管理部门"],
        "寺里佛像坏了 能找人自己修吗 急",
    ),
    ("answered", art(RP, "第二十八条"), ["防火"], "寺庙是文保单位 要配哪些防护设备 求科普"),
    (BOTH, art(RC, "第十二条"), ["1200"], "县级文物点看管元 每月工资多少 求问"),
    ("answered", art(RC, "第十七条"), ["解聘"], "看管员发现文物被盗没报告 会怎么处理 急"),
    ("answered", art(RC, "第七条"), ["公安部门"], "看管员巡山发现有人盗墓 第一时间找谁 在线等"),
    ("answered", art(RC, "第十条"), ["贫困边缘户"], "我家是贫困边缘户 选看管员能优先吗 求解"),
    ("answered", art(RC, "第十六条"), ["表彰和奖励"], "看管员抓到盗墓的有没有奖励 求问"),
    ("answered", quote(RT, "培训方式包括"), ["外出受训"], "文物安全陪训有哪些形式 求问"),
    (
        "answered",
        quote(RT, "参训工作人员在培训期间不得退训"),
        ["书面形式"],
        "培训中途家里有事 能退训吗 急",
    ),
    (
        "answered",
        quote(RT, "适用范围包括"),
        ["野外文物看管人员"],
        "野外看管员也要参加文物安全培训吗 求解",
    ),
    ("answered", quote(RT, "无故缺勤的要记录在案"), ["记录在案"], "培训无故不去会咋样 有懂的吗"),
    (
        "answered",
        quote(HP, "确立妇产科、重症医学科、骨科、心脑血管科等7个重点建设科室"),
        ["重症医学科"],
        "地区医院创三甲要建哪些重点科室 求科普",
    ),
    (
        "answered",
        quote(HP, "每月召开一次碰头会"),
        ["每月召开一次"],
        "创三甲的联席会议多久开一次会 求问",
    ),
    (
        "answered",
        quote(HP, "高级 10 人，中级 89 人，初级 85 人"),
        ["89"],
        "地区医院要新增的医务人员里 中级职称多少个",
    ),
    (
        "answered",
        quote(RD, "普兰、札达、日土三县各自成立养运公司自主经营"),
        ["养运公司"],
        "普兰的农村客运谁来经营 求解",
    ),
    ("answered", quote(RD, "札达县底雅乡、萨让乡"), ["底雅乡"], "阿里还有哪两个乡没通硬话路 求问"),
    (
        "answered",
        quote(RD, "组长：袁富国"),
        ["袁富国"],
        "四好农村路推进工作的领导小组 组长由谁担任 求告知",
    ),
    ("answered", quote(RD, "37个乡镇，22个乡镇通客车"), ["22个"], "阿里现在多少个乡镇通了客车 急"),
    ("answered", quote(GE, "2020年591人"), ["591"], "今年2020年阿里毕业的大学生多少人 求问"),
    ("answered", quote(GE, "带动就业500人以上"), ["230"], "阿里大学生创业有目标吗 几个人 求解"),
    (
        "answered",
        quote(GE, "参加学历提升不少于 60 人"),
        ["60"],
        "规划里毕业生学历提升的目标多少人 急",
    ),
    (
        "answered",
        quote(GE, "西部志愿者计划岗位不少于 5 个"),
        ["5"],
        "西部志愿者计划给阿里几个岗位 有懂的吗",
    ),
    ("out_of_scope", None, None, "求助 成都居民医保住院怎么报 在线等"),
    ("out_of_scope", None, None, "求问 商业医疗险住院报销要啥材料"),
    ("out_of_scope", None, None, "2016年阿里的看管员一个月多少钱 求问"),
    ("out_of_scope", None, None, "那曲的居民医保门特有哪些病 急"),
    ("out_of_scope", None, None, "日喀则拉孜县农村公路养护补贴多少 求解"),
    ("out_of_scope", None, None, "西藏职工医保生孩子报多少 在线等"),
    ("out_of_scope", None, None, "我在深圳打工 深圳医保门诊怎么报 求大神"),
]

CALCULATED = [
    ("求算 我妈120档 二级医院头一回住院 花了一万八 报多少", e.inpatient(120, "二级", "18000")),
    ("急 60档 三级医院第一次住院 3万块 能报多少", e.inpatient(60, "三级", "30000")),
    ("在线等 250档 乡卫生院今年第二回住院 2k 报多少", e.inpatient(250, "乡镇卫生院", "2000", 2)),
    ("求解 门特癌症化疗 120档 这次花了1.2w 报多少", e.special(120, "恶性肿瘤", "12000")),
    ("自治区级文物点看管元 干了10个月 一共多少钱 求算", e.custodian("自治区级", 10)),
    ("有懂的吗 财政补助620 补交医保个人要掏多少", e.late("620")),
]


def build(t: Tune9Table) -> None:
    add_titles(t, U, TITLES)
    add_each(t, U, CALCULATED)
