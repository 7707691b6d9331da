"""User titles in the style of Q&A sites, often with a relative or a place, with typos earlier
tables did not use (注院, 企付线, 闷特, 两并, 风顶, 医抱, 一保, 餐保, 当次, 窗位费, 普桶门诊, 大病包险,
建当立卡, 问物, 看馆员, 三假, 必业生, 客云, 氧护) and new noise (【急】, 求大神, 有大佬知道吗, 萌新请教,
在线等挺急的, 谢谢啦, 路过的帮看看, 速回, 问问各位, 求指点, 顶一下, 有人吗, 在线蹲, 大佬们, 求解答,
新人报到, 打扰了, 楼主急, 弱弱问一句, 求好心人); answered over all seven documents, some declined
(林芝, 山南, 2015, 防癌险, 驾照, 甜茶馆, 定日), some computed."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings27.table import Tune27Table

U = "user_titles"
BOTH = ["answered", "calculated"]

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["400元"], "【急】外婆在地区医院注院 三级的企付线是多少"),
    ("answered", mi("第二十二条"), ["60元"], "二级医院窗位费一保一天认多少钱 求大神"),
    ("answered", mi("第二十四条"), ["青光眼"], "我爸青光眼能不能办闷特 有大佬知道吗"),
    ("answered", mi("第二十五条"), ["2000元"], "外公两并都有 一年最多能报多少 萌新请教"),
    ("answered", mi("第二十三条"), ["6万元"], "阿里居民一保一年风顶几万 在线等挺急的"),
    ("answered", mi("第八条"), ["12月31日"], "下一年的医抱最晚几号截止 谢谢啦"),
    ("answered", mi("第十八条"), ["60 元"], "餐保最低的当次是多少钱 路过的帮看看"),
    ("answered", mi("第二十九条"), ["全额报销"], "嫂子在县医院生孩子 医抱能全报不 速回"),
    ("answered", mi("第二十六条"), ["300元"], "普桶门诊一年最多给报多少 问问各位"),
    ("answered", mi("第二十七条"), ["14万元"], "大病包险最多能赔多少 求指点"),
    ("answered", mi("第三十条"), ["膳食费"], "注院的时候吃饭的钱医抱管不管 顶一下"),
    ("answered", mi("第三十条"), ["交通事故"], "侄子开车出了交通事故住院 医抱给不给报 有人吗"),
    ("answered", mi("第三十三条"), ["5日内"], "舅舅在成都干活注院了 多少天内要备案 在线蹲"),
    (
        "answered",
        mi("第三十一条"),
        ["医保电子凭证"],
        "社保卡落家里了 手机上的医保电子凭证能直接刷吗 大佬们",
    ),
    (
        "answered",
        mi("第三十四条"),
        ["银行卡复印件"],
        "在西宁住完院回来报销 银行卡要原件吗 求解答",
    ),
    ("answered", mi("第六条"), ["学龄前儿童"], "上小学的娃能餐保吗 新人报到"),
    ("answered", mi("第七条"), ["户口簿"], "头一回餐保要带哪些证件 打扰了"),
    ("answered", mi("第二十九条"), ["先自费结算"], "娃刚生下来就进了新生儿科 钱得先垫吗 楼主急"),
    ("answered", mi("第二十二条"), ["50%"], "一年住了三次院 第三次企付线打几折 弱弱问一句"),
    (
        "answered",
        mi("第十八条"),
        ["就高不就低"],
        "家里既是低保又是建当立卡 缴费补贴按哪个来 求好心人",
        BOTH,
    ),
    ("answered", mi("第四十五条"), ["借给他人"], "把医保卡借给邻居看病会有啥后果 【急】"),
    (
        "answered",
        art(RP, "第二十一条"),
        ["哄抢、私分、藏匿"],
        "老家盖房挖出个铜像 能自己留下吗 求大神",
    ),
    (
        "answered",
        art(RP, "第三十八条"),
        ["不得私自拓印"],
        "去古格看到石刻 能不能拓一张带走 有大佬知道吗",
    ),
    ("answered", art(RP, "第二十六条"), ["每年复核一次"], "寺里珍贵问物隔多久复核一次 萌新请教"),
    (
        "answered",
        art(RP, "第三十二条"),
        ["地区文物行政管理部门备案"],
        "奶奶留下的老唐卡想出手 先去哪备案 在线等挺急的",
    ),
    (
        "answered",
        art(RC, "第十二条"),
        ["1200"],
        "表哥在县级野外点当看馆员 一个月多少钱 谢谢啦",
        BOTH,
    ),
    ("answered", art(RC, "第五条"), ["25-50岁"], "四十六岁还能当看馆员吗 路过的帮看看"),
    ("answered", art(RC, "第八条"), ["提出建议和意见"], "看馆员能向文物部门提建议吗 速回"),
    ("answered", art(RC, "第十六条"), ["表彰和奖励"], "看馆员发现盗墓及时上报 有奖励没 问问各位"),
    ("answered", art(RT, "六、（二）"), ["外出受训"], "问物安全培训能不能外出学习 求指点"),
    ("answered", art(RT, "四、（三）"), ["约谈"], "培训被退回来了 单位领导会不会被约谈 顶一下"),
    (
        "answered",
        art(HP, "四、（十四）"),
        ["高原性疾病"],
        "地区医院创三假 科研方向主要搞什么 有人吗",
    ),
    (
        "answered",
        art(HP, "四、（十五）"),
        ["沟通、交流、提升、兴藏"],
        "冈底斯医学论坛的主题是什么 在线蹲",
    ),
    ("answered", art(HP, "四、（五）"), ["种植牙"], "地区医院口腔科能做种植牙吗 大佬们"),
    (
        "answered",
        art(HP, "三、（二）"),
        ["医院是我家，创建靠大家"],
        "创三假动员大会喊的口号是什么 求解答",
    ),
    (
        "answered",
        art(RD, "一、"),
        ["内通外联、班车到村"],
        "四好农村路要建成个什么样的路网 新人报到",
    ),
    ("answered", quote(RD, "托林镇-香孜乡"), ["4条"], "阿里现在农村客云线路一共几条 打扰了"),
    ("answered", art(RD, "二、（三）"), ["路长制"], "农村公路氧护管理要建立啥制度 楼主急"),
    (
        "answered",
        quote(RD, "公司优先聘用当地高校毕业生"),
        ["建档立卡贫困户"],
        "氧护公司招工先招哪些人 弱弱问一句",
    ),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["不少于 70 个"],
        "学兽医的必业生 乡镇兽医岗位有多少 求好心人",
    ),
    ("answered", art(GE, "三、（一）3."), ["不少于 10 个"], "三支一扶岗位一年有几个 【急】"),
    ("answered", art(GE, "三、"), ["90%以上"], "阿里必业生就业率目标是多少 求大神"),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["不少于 60 人"],
        "毕业后想接着读 学历提升有多少名额 有大佬知道吗",
    ),
    ("out_of_scope", None, [], "林芝的医抱注院能报几成 萌新请教"),
    ("out_of_scope", None, [], "山南的野外看馆员一个月多少钱 在线等挺急的"),
    ("out_of_scope", None, [], "2015年阿里医抱报销比例多少 谢谢啦"),
    ("out_of_scope", None, [], "防癌险值不值得给爸妈买 路过的帮看看"),
    ("out_of_scope", None, [], "阿里考驾照科目二怎么过 速回"),
    ("out_of_scope", None, [], "狮泉河哪家甜茶馆好喝 问问各位"),
    ("out_of_scope", None, [], "定日县的四好农村路修了多少公里 求指点"),
]

CALCULATED = [
    "外婆交250 地区医院三级头一回注院 两万六 能报多少 顶一下",
    "老爸交120 县医院二级今年第二次注院 一万三 报多少 有人吗",
    "外公类风湿走闷特 交250 门诊两千一 能报多少 在线蹲",
    "侄子在全国重点野外点当看馆员 干了七个月 工资多少 大佬们",
    "阿妈乡镇卫生院注院 交60 第一回 两千九 报多少 求解答",
    "奶奶高血压两并门诊 一级医院甲类五百 报多少 新人报到",
    "普桶门诊第一次看花了四百 能报多少 打扰了",
    "建当立卡户 交120 二级医院头回注院 九千 报多少 楼主急",
    "爷爷今年六十九 男 餐保还要交钱吗 弱弱问一句",
    "噶尔措勤两个县一年氧护补贴多少万 求好心人",
    "断了医保要补 财政补助加起来五百八 得交多少 【急】",
]

EXPECTED = [
    e.inpatient(250, "三级", "26000"),
    e.inpatient(120, "二级", "13000", 2),
    e.special(250, "类风湿性关节炎", "2100"),
    e.custodian("全国重点", 7),
    e.inpatient(60, "乡镇卫生院", "2900"),
    e.two_diseases(["高血压"], "一级", "500"),
    e.general("400"),
    e.inpatient(120, "二级", "9000", poor=True),
    e.enrol(sex="男", age=69),
    e.road(2, False),
    e.late("580"),
]


def build(t: Tune27Table) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
