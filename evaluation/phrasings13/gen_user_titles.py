"""Question titles in the style of Chinese Q&A sites, forums and short-video comments: new typos
(住阮, 起付县, 床为费, 门特斌, 两炳, 医宝, 风顶, 交废, 建当立卡, 保销, 参报, 看管圆, 文勿, 培训版),
hashtags, 蹲一个答案/求大佬/有没有懂行的老铁/同问/谢邀/跪谢/已经问了好几个人了; in and out of
scope, a few needing a calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.expect import BOTH
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings13.table import Tune13Table

U = "user_titles"

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["200元"], "阿里二级医院住阮起付县多少 蹲一个答案"),
    ("answered", mi("第二十二条"), ["20元"], "乡镇卫生院床为费医保一天认几块？？"),
    ("answered", mi("第二十四条"), ["青光眼"], "青光眼算不算门特斌 求大佬"),
    ("answered", mi("第二十五条"), ["800"], "#阿里医保# 两炳门诊高血压一年最多报多少"),
    ("answered", mi("第二十三条"), ["6万"], "医宝一年风顶是多少 有没有懂行的老铁"),
    ("answered", mi("第八条"), ["10月1日"], "阿里居民医保交废从几号开始交 同问"),
    (BOTH, mi("第十八条"), ["60"], "建当立卡户医保自己出多少钱 跪谢"),
    ("answered", mi("第三十条"), ["眼镜"], "配眼镜能保销吗 阿里的"),
    ("answered", mi("第三十条"), ["打架斗殴"], "打架受伤住院医保给不给报 已经问了好几个人了"),
    ("answered", mi("第二十九条"), ["全额报销"], "在阿里生小孩医保全报吗 谢邀"),
    ("answered", mi("第六条"), ["未满一周岁"], "娃刚出生 当年能参报吗？急"),
    ("answered", mi("第三十三条"), ["5日"], "在内地住院几天内要备案？？在线蹲"),
    ("answered", mi("第三十四条"), ["出院证明"], "外地住院回阿里报账要啥材料 #求助#"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "忘带卡了 手机上的医保码能结算吗"),
    ("answered", mi("第二十七条"), ["14万"], "大病保险一年最多赔多少 有知道的吗"),
    (BOTH, art(RC, "第十二条"), ["1200"], "县级点的看管圆一个月多少工资 蹲"),
    ("answered", art(RC, "第十三条"), ["一年"], "看管协议一签签多久？？"),
    ("answered", art(RC, "第十一条"), ["巡逻日志"], "看管员不填巡逻日志要扣钱吗 有懂的"),
    ("answered", art(RP, "第二十一条"), ["报告"], "挖地基挖到文勿了怎么办 急急急"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "寺里壁画可以拍照发抖音吗"),
    ("answered", art(RP, "第二十七条"), ["赠与"], "博物馆的藏品能送人吗 求科普"),
    (
        "answered",
        quote(RT, "不得以任何理由罢训"),
        ["不得以任何理由罢训"],
        "文物安全培版能不能不去啊 太忙了",
    ),
    (
        "answered",
        quote(RT, "文物安全培训原则上每年不得少于一次"),
        ["每年不得少于一次"],
        "文物安全培训一年搞几回 求解答",
    ),
    (
        "answered",
        quote(HP, "医院需新增医务人员 184 人"),
        ["184"],
        "听说阿里地区医院创三甲要招人 招多少个啊",
    ),
    (
        "answered",
        quote(RD, "37个乡镇，22个乡镇通客车"),
        ["22"],
        "阿里现在多少个乡镇通了班车 有数据吗",
    ),
    (
        "answered",
        quote(GE, "力争阿里高校毕业生就业率保持在90%以上"),
        ["90%"],
        "阿里大学生就业率目标是多少 考公党求问",
    ),
    ("out_of_scope", None, None, "成都医保住阮报销比例多少 急"),
    ("out_of_scope", None, None, "拉萨城关区医宝怎么交废 在线等"),
    ("out_of_scope", None, None, "职工医保和居民医保哪个划算 求大佬分析"),
    ("out_of_scope", None, None, "2024年阿里医保交多少 同问"),
    ("out_of_scope", None, None, "新疆和田的新农合报销比例 有懂的吗"),
    ("out_of_scope", None, None, "阿里去普兰的路况怎么样 自驾党求问"),
    ("out_of_scope", None, None, "冈仁波齐转山要办什么证 蹲"),
    ("out_of_scope", None, None, "重疾险要不要买 谢邀"),
    ("out_of_scope", None, None, "日喀则的野外文物看管员招人吗"),
    ("out_of_scope", None, None, "那曲居民医保一年封顶多少 跪谢"),
    ("out_of_scope", None, None, "阿里哪里有好吃的牦牛肉火锅"),
    ("out_of_scope", None, None, "青海格尔木医保异地备案怎么弄"),
    ("out_of_scope", None, None, "2019年阿里医保起付县多少"),
]

CALCULATED = [
    "二级医院住阮 交120 第一次 花了1万5 能保销多少 求大佬",
    "三级医院头回住院 250档 两万五 报多少 #阿里医保#",
    "门特斌透析 交60 这个月七千 报几多 蹲",
    "自治区级点看管圆干了8个月 工资总共多少",
    "乡卫生院住阮 60档 第一回 四千 能报多少 急",
    "两炳门诊 糖尿病 三级医院 甲类药一千 报多少",
]
EXPECTED = [
    e.inpatient(120, "二级", "15000"),
    e.inpatient(250, "三级", "25000"),
    e.special(60, "慢性肾功能衰竭", "7000"),
    e.custodian("自治区级", 8),
    e.inpatient(60, "乡镇卫生院", "4000"),
    e.two_diseases(["糖尿病"], "三级", "1000"),
]


def build(t: Tune13Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
