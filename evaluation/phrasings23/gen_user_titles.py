"""User titles in the style of Q&A sites, often with a relative or a place, with typos earlier
tables did not use (医报, 住阮, 起负线, 门忒, 两柄, 封丁, 档刺, 参报, 床位废, 普门, 大并保险, 建档力卡,
缴废, 看管猿, 文屋, 三家, 毕业圣, 客韵, 养户) and new noise (【求助】, 蹲一个答案, 有没有懂行的, 小白求问,
坐等, 谢谢大家了, 在线求, 急需, 万能的网友, 跪求, 帮帮忙, 谁知道啊, 马住, 求扩散, 真心求教, 哪位好心人,
求靠谱回答, 问一下下, 懂的来, 各位老铁, 紧急求助, 提问, 小透明求助); answered over all seven documents,
some declined (Tibet towns, another year, scheme or topic), some computed."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings23.table import Tune23Table

U = "user_titles"
BOTH = ["answered", "calculated"]

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["400元"], "【求助】老爸在地区医院住阮 三级的起负线多少"),
    ("answered", mi("第二十二条"), ["60元"], "二级医院床位废医报一天认多少 蹲一个答案"),
    ("answered", mi("第二十四条"), ["青光眼"], "我妈青光眼能走门忒吗 有没有懂行的"),
    ("answered", mi("第二十五条"), ["2000元"], "奶奶两柄都有 一年最多报多少 小白求问"),
    ("answered", mi("第二十三条"), ["6万元"], "阿里居民医报一年封丁几万 坐等"),
    ("answered", mi("第八条"), ["12月31日"], "明年的医报最晚几号交 谢谢大家了"),
    ("answered", mi("第十八条"), ["60 元"], "参报最低档刺是多少钱 在线求"),
    ("answered", mi("第二十九条"), ["全额报销"], "媳妇在县医院生娃 医报能全报吗 急需"),
    ("answered", mi("第二十六条"), ["300元"], "普门一年最多给报多少 万能的网友"),
    ("answered", mi("第二十七条"), ["14万元"], "大并保险赔付上限是多少 跪求"),
    ("answered", mi("第三十条"), ["膳食费"], "住阮期间的饭钱医报管吗 帮帮忙"),
    ("answered", mi("第三十条"), ["交通事故"], "弟弟骑摩托出车祸住院 医报给不给报 谁知道啊"),
    ("answered", mi("第三十三条"), ["5日内"], "表哥在成都打工住阮了 要几天内备案 马住"),
    (
        "answered",
        mi("第三十一条"),
        ["医保电子凭证"],
        "出门忘带社保卡了 手机里的医保电子凭证能直接看病吗 求扩散",
    ),
    (
        "answered",
        mi("第三十四条"),
        ["银行卡复印件"],
        "在西宁住院回来报销 银行卡要带原件吗 真心求教",
    ),
    ("answered", mi("第六条"), ["学龄前儿童"], "刚上幼儿园的娃能参报吗 哪位好心人"),
    ("answered", mi("第七条"), ["户口簿"], "第一次参报要带啥证件 求靠谱回答"),
    ("answered", mi("第二十九条"), ["先自费结算"], "小孩一出生就进了保温箱 钱要先垫上吗 懂的来"),
    ("answered", mi("第二十二条"), ["50%"], "一年住了三回阮 第三次起负线打几折 各位老铁"),
    (
        "answered",
        mi("第十八条"),
        ["就高不就低"],
        "家里又是低保又是建档力卡 缴废补贴按哪个算 紧急求助",
        BOTH,
    ),
    ("answered", mi("第四十五条"), ["借给他人"], "把社保卡借给亲戚看病会怎样 提问"),
    (
        "answered",
        art(RP, "第二十一条"),
        ["哄抢、私分、藏匿"],
        "老家修牛圈挖出个铜佛 能自己留着吗 小透明求助",
    ),
    (
        "answered",
        art(RP, "第三十八条"),
        ["不得私自拓印"],
        "去古格看到石刻 能拓一张回家吗 有没有懂行的",
    ),
    ("answered", art(RP, "第二十六条"), ["每年复核一次"], "寺里的珍贵文屋多久复核一次 坐等"),
    (
        "answered",
        art(RP, "第三十二条"),
        ["地区文物行政管理部门备案"],
        "爷爷传下来的老唐卡想卖 要先去哪备案 在线求",
    ),
    (
        "answered",
        art(RC, "第十二条"),
        ["1200"],
        "舅舅在县级野外点当看管猿 一个月多少钱 小白求问",
        BOTH,
    ),
    ("answered", art(RC, "第五条"), ["25-50岁"], "四十八岁还能去当看管猿不 谢谢大家了"),
    ("answered", art(RC, "第八条"), ["提出建议和意见"], "看管猿能给文物部门提意见吗 急需"),
    ("answered", art(RC, "第十六条"), ["表彰和奖励"], "看管猿发现盗墓及时报了有奖励吗 帮帮忙"),
    ("answered", art(RT, "六、（二）"), ["外出受训"], "文屋安全培训能不能出去学 跪求"),
    ("answered", art(RT, "四、（三）"), ["约谈"], "被退训了单位领导会被约谈吗 谁知道啊"),
    ("answered", art(HP, "四、（十四）"), ["高原性疾病"], "地区医院创三家科研主要搞啥方向 马住"),
    (
        "answered",
        art(HP, "四、（十五）"),
        ["沟通、交流、提升、兴藏"],
        "冈底斯医学论坛主题是啥 求扩散",
    ),
    ("answered", art(HP, "四、（五）"), ["种植牙"], "地区医院口腔科能不能种牙 真心求教"),
    (
        "answered",
        art(HP, "三、（二）"),
        ["医院是我家，创建靠大家"],
        "创三家动员大会提的口号是啥 哪位好心人",
    ),
    (
        "answered",
        art(RD, "一、"),
        ["内通外联、班车到村"],
        "四好农村路要建成什么样的路网 求靠谱回答",
    ),
    ("answered", quote(RD, "托林镇-香孜乡"), ["4条"], "阿里现在一共有几条农村客韵线路 问一下下"),
    ("answered", art(RD, "二、（三）"), ["路长制"], "农村公路养户管理要建什么制度 懂的来"),
    (
        "answered",
        quote(RD, "公司优先聘用当地高校毕业生"),
        ["建档立卡贫困户"],
        "养户公司招人优先招谁 各位老铁",
    ),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["不少于 70 个"],
        "学兽医的毕业圣乡镇兽医岗有多少个 紧急求助",
    ),
    ("answered", art(GE, "三、（一）3."), ["不少于 10 个"], "三支一扶岗位每年有几个 提问"),
    ("answered", art(GE, "三、"), ["90%以上"], "阿里毕业圣就业率目标多少 小透明求助"),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["不少于 60 人"],
        "毕业后想继续读书 学历提升名额有多少 坐等",
    ),
    ("out_of_scope", None, [], "日喀则的医报住阮能报几成 有没有懂行的"),
    ("out_of_scope", None, [], "那曲的野外看管猿工资多少 在线求"),
    ("out_of_scope", None, [], "2016年阿里医报报销比例是多少 求靠谱回答"),
    ("out_of_scope", None, [], "惠民保值不值得买 各位老铁"),
    ("out_of_scope", None, [], "阿里考公务员面试怎么准备 跪求"),
    ("out_of_scope", None, [], "狮泉河哪家藏餐好吃 马住"),
    ("out_of_scope", None, [], "昌都的四好农村路建了多少公里 谁知道啊"),
]

CALCULATED = [
    "岳父交120 地区医院三级头回住阮 两万二 能报多少 求助",
    "老妈交250 县医院二级今年第二次住阮 一万一 报多少 坐等",
    "奶奶类风湿走门忒 交60 门诊一千九 能报多少 小白求问",
    "表弟在自治区级野外点当看管猿 干了五个月 工资多少 急需",
    "阿爸乡镇卫生院住阮 交120 第一次 三千四 报多少 在线求",
    "爷爷糖尿病两柄门诊 二级医院甲类六百 报多少 谢谢大家了",
    "普门第一次看病花了五百 能报多少 问一下下",
    "建档力卡户 交60 一级医院头回住阮 八千 报多少 帮帮忙",
    "外公今年七十一 男 参报还交钱吗 哪位好心人",
    "札达普兰日土三个县一年养户补贴多少万 马住",
    "断缴补交 财政补贴合计六百二 要交多少 紧急求助",
]

EXPECTED = [
    e.inpatient(120, "三级", "22000"),
    e.inpatient(250, "二级", "11000", 2),
    e.special(60, "类风湿性关节炎", "1900"),
    e.custodian("自治区级", 5),
    e.inpatient(120, "乡镇卫生院", "3400"),
    e.two_diseases(["糖尿病"], "二级", "600"),
    e.general("500"),
    e.inpatient(60, "一级", "8000", poor=True),
    e.enrol(sex="男", age=71),
    e.road(3, False),
    e.late("620"),
]


def build(t: Tune23Table) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
