"""Question titles in the style of Chinese Q&A sites, forums, short-video comments and group chats:
typos earlier tables did not use (起伏线, 抱销, 门珍, 柱院, 医宝, 叫费, 当次, 建当立卡, 看管圆, 文勿,
床为费, 统畴, 宝险, 公录, 必业生, 陪训, 峰顶, 两并, 假类药, 户工) and noise (【急急急】, 求大佬解答,
有没有懂行的, 在线蹲, 路过的帮看下, 先谢了, 家人们谁懂啊, 救命, 求指路, 萌新提问, 问个弱智问题,
马克一下, 同问, 贴吧老哥, 抖音上刷到, 评论区见, 小红书同款); in and out of scope, some needing a
calculation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings17.table import Tune17Table

U = "user_titles"
BOTH = [
    "answered",
    "calculated",
]  # a wage, a share or a subsidy may be answered as a rule or computed

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["200元"], "【急急急】二级医院柱院起伏线多少"),
    ("answered", mi("第二十二条"), ["40元"], "一级医院床为费医宝一天认多少 求大佬解答"),
    ("answered", mi("第二十四条"), ["癫痫"], "癫痫算不算门珍特殊病 有没有懂行的"),
    ("answered", mi("第二十五条"), ["60%"], "两并门诊在三级医院拿药抱销几成 在线蹲"),
    ("answered", mi("第二十五条"), ["10%"], "两病门诊乙类药要自己先出多少 路过的帮看下"),
    ("answered", mi("第二十三条"), ["6万元"], "居民医宝一年峰顶多少钱 先谢了"),
    ("answered", mi("第八条"), ["10月1日"], "明年的医保几号开始叫费 家人们谁懂啊"),
    ("answered", mi("第十八条"), ["60 元"], "医保当次最低那档是多少 萌新提问"),
    ("answered", mi("第二十九条"), ["5%"], "建当立卡户门特抱销多几个点 求指路"),
    ("answered", mi("第二十六条"), ["100元"], "普通门诊统畴要攒够多少才开始报 问个弱智问题"),
    ("answered", mi("第二十七条"), ["30万元"], "大额补充医疗宝险最多赔多少 马克一下"),
    ("answered", mi("第三十条"), ["护工费"], "住院请户工的钱医宝报不报 同问"),
    ("answered", mi("第三十条"), ["眼镜"], "配眼镜能抱销吗 贴吧老哥说能报"),
    ("answered", mi("第三十条"), ["美容"], "抖音上刷到说医美也能走医保 真的假的"),
    ("answered", mi("第三十三条"), ["信息系统"], "外省柱院备案在哪备 评论区见"),
    ("answered", mi("第三十四条"), ["先行垫付"], "区外看病是不是要先自己垫钱 小红书同款问题"),
    ("answered", mi("第三十一条"), ["社保卡"], "看病要带什么卡 萌新一枚"),
    ("answered", mi("第七条"), ["户口簿"], "第一次参保要带哪些证件 救命"),
    ("answered", mi("第十一条"), ["寺管会"], "寺里的僧人参保谁去帮着办 有懂的吗"),
    ("answered", mi("第六条"), ["易地搬迁人员"], "搬迁户在新家那边能参保吗 求解答"),
    ("answered", mi("第二十四条"), ["不设起付线"], "门特有没有起伏线 在线等"),
    ("answered", mi("第二十二条"), ["180天"], "长期柱院多久结算一次 谢谢各位"),
    (BOTH, art(RC, "第十二条"), ["1200"], "县级野外点看管圆一个月工资多少"),
    ("answered", art(RC, "第十七条"), ["解聘"], "看管圆哪些情况会被开掉 同问"),
    ("answered", art(RC, "第五条"), ["以男性为首选"], "女生能不能去当看管圆 在线蹲"),
    ("answered", art(RP, "第三十八条"), ["不得私自拓印"], "石窟造像能自己拓印吗 文勿爱好者提问"),
    ("answered", art(RP, "第二十一条"), ["文物行政管理部门报告"], "挖地基挖出文勿了找谁 急急急"),
    ("answered", art(RP, "第三十二条"), ["备案"], "家里祖传的文勿能卖吗 求大佬"),
    ("answered", art(RT, "四、（三）"), ["记录在案"], "文物安全陪训缺勤了会怎样"),
    ("answered", art(RT, "六、（二）"), ["外出受训"], "文物安全陪训都有哪些方式 马克"),
    ("answered", art(HP, "五、（二）"), ["周报告制度"], "人民医院创三甲多久汇报一次进度 路过看看"),
    ("answered", art(HP, "四、（十）"), ["184"], "人民医院创三甲要新增多少医务人员 求科普贴"),
    ("answered", quote(RD, "农村客运车辆6辆"), ["6辆"], "阿里农村客运车现在有几辆 公录小白问"),
    ("answered", quote(RD, "村道 5179.762 公里"), ["5179.762"], "阿里村道有多少公里 公录迷打卡"),
    (
        "answered",
        quote(GE, "“三支一扶”就业岗位不少于 1"),
        ["三支一扶"],
        "必业生能报哪些基层就业项目 同求",
    ),
    (
        "answered",
        quote(GE, "口岸查验协管员岗位 7 个左右"),
        ["7 个"],
        "口岸查验协管员岗位有几个 必业生求问",
    ),
    (BOTH, mi("第十八条"), ["220"], "地区级表彰的僧尼叫费 财政补多少 在线等"),
    (BOTH, mi("第十七条"), ["6:2:2"], "医保财政补助除了中央剩下怎么分 有大佬吗"),
    ("out_of_scope", None, None, "拉萨城关区居民医保柱院报多少 急"),
    ("out_of_scope", None, None, "2021年阿里医宝起伏线涨了没 同问"),
    ("out_of_scope", None, None, "职工医保个人账户怎么取现 求大佬"),
    ("out_of_scope", None, None, "阿里哪家藏餐馆好吃 求推荐"),
    ("out_of_scope", None, None, "看管圆上岗要不要体检 费用谁出"),
    ("out_of_scope", None, None, "成都市城乡居民医保叫费档次 在线蹲"),
    ("out_of_scope", None, None, "2019年阿里必业生多少人 有人知道吗"),
]

CALCULATED = [
    "二级医院柱院两万 交60档 头一回 能抱销多少",
    "三级医院花了一万五 120当次 今年第一次 医宝出多少",
    "门特化疗交250 门珍花了八千 报多少 急",
    "自治区级看管圆干了八个月 工资共多少",
    "乡镇卫生院柱院五千 250档 第一次 报多少",
    "两并门诊高血压 一级医院 假类药六百 报多少",
    "普通门珍今年头一回 花了一百八 报多少",
    "建当立卡户 二级医院第一次柱院 交120 一万 报多少",
    "六十二岁的阿妈叫费要多少 家人们",
    "噶尔日土两县加地区财政 一年养护补贴多少万",
]

EXPECTED = [
    e.inpatient(60, "二级", "20000"),
    e.inpatient(120, "三级", "15000"),
    e.special(250, "恶性肿瘤", "8000"),
    e.custodian("自治区级", 8),
    e.inpatient(250, "乡镇卫生院", "5000"),
    e.two_diseases(["高血压"], "一级", "600"),
    e.general("180"),
    e.inpatient(120, "二级", "10000", poor=True),
    e.enrol(sex="女", age=62),
    e.road(2, True),
]


def build(t: Tune17Table) -> None:
    add_titles(t, U, TITLES)
    add_zipped(t, U, CALCULATED, EXPECTED)
