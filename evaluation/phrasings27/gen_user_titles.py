"""User titles in the style of Q&A sites, often with a relative or a place, with typos earlier
tables did not use (祝院, 齐付线, 床为费, 易保, 们特, 俩病, 封定, 医饱, 惨保/掺保, 挡次, 普通们诊, 抱销,
大并保险, 建挡立卡, 纹物, 看管圆, 三钾, 客韵, 养户, 毕叶生) and new noise (【求助】, 跪求, 有懂的吗,
小白求问, 急急急, 提前谢过, 万能的网友, 坐等, 蹲一个答案, 求科普, 感谢各位老铁, 各位亲, 求推荐);
answered over all seven documents, some declined (那曲, 昌都, 2012, 重疾险, 驾校, 藏面馆, 仲巴), some
computed; ROUND27_TITLES ask facts earlier tables did not ask."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings27.table import Tune27Table

U = "user_titles"
BOTH = ["answered", "calculated"]

# (status, gold or None, terms, question)
TITLES = [
    (
        "answered",
        mi("第二十二条"),
        ["400元"],
        "【求助】姥姥在地区医院祝院 三级医院的齐付线到底多少",
    ),
    ("answered", mi("第二十二条"), ["60元"], "县里二级医院的床为费 易保一天给认多少 跪求"),
    ("answered", mi("第二十四条"), ["青光眼"], "婆婆青光眼 能不能申请们特啊 有懂的吗"),
    ("answered", mi("第二十五条"), ["2000元"], "岳父俩病都有 一年封定能报多少 小白求问"),
    ("answered", mi("第二十三条"), ["6万元"], "阿里的医饱一年最多给报几万 急急急"),
    ("answered", mi("第八条"), ["12月31日"], "明年的医饱最晚哪天交完 提前谢过"),
    ("answered", mi("第十八条"), ["60 元"], "惨保最便宜那个挡次多少钱 万能的网友"),
    ("answered", mi("第二十九条"), ["全额报销"], "媳妇在县医院生娃 医饱是不是全给报 坐等"),
    ("answered", mi("第二十六条"), ["300元"], "普通们诊一年最多抱销多少 蹲一个答案"),
    ("answered", mi("第二十七条"), ["14万元"], "大并保险最多赔多少 求科普"),
    ("answered", mi("第三十条"), ["膳食费"], "祝院期间吃饭的钱 医饱报不报 感谢各位老铁"),
    ("answered", mi("第三十条"), ["交通事故"], "姨夫骑摩托出了车祸祝院 医饱管不管 各位亲"),
    ("answered", mi("第三十三条"), ["5日内"], "表妹在重庆打工祝院了 几天之内得备案 有懂的吗"),
    (
        "answered",
        mi("第三十一条"),
        ["医保电子凭证"],
        "医保卡忘带了 手机里的医保电子凭证能直接结算不 急急急",
    ),
    (
        "answered",
        mi("第三十四条"),
        ["银行卡复印件"],
        "在兰州祝院回来抱销 银行卡要不要原件 小白求问",
    ),
    ("answered", mi("第六条"), ["学龄前儿童"], "读小学的孩子能掺保吗 提前谢过"),
    ("answered", mi("第七条"), ["户口簿"], "第一次掺保要带啥证件 求科普"),
    (
        "answered",
        mi("第二十九条"),
        ["先自费结算"],
        "宝宝一出生就住进新生儿科 钱是不是得先自己垫 急急急",
    ),
    ("answered", mi("第二十二条"), ["50%"], "一年住三回院 第三回齐付线打几折 蹲一个答案"),
    (
        "answered",
        mi("第十八条"),
        ["就高不就低"],
        "家里又是低保又是建挡立卡 缴费补助按哪个算 万能的网友",
        BOTH,
    ),
    ("answered", mi("第四十五条"), ["借给他人"], "医保卡借给隔壁邻居用 会有什么后果 【求助】"),
    (
        "answered",
        art(RP, "第二十一条"),
        ["哄抢、私分、藏匿"],
        "修房子挖出一尊铜佛像 能不能自己收着 跪求",
    ),
    (
        "answered",
        art(RP, "第三十八条"),
        ["不得私自拓印"],
        "去古格遗址玩 看到石刻想拓一张带回家 行不行 有懂的吗",
    ),
    ("answered", art(RP, "第二十六条"), ["每年复核一次"], "寺里的珍贵纹物多久复核一回 小白求问"),
    (
        "answered",
        art(RP, "第三十二条"),
        ["地区文物行政管理部门备案"],
        "姥爷留下一幅老唐卡想卖掉 要先去哪里备案 坐等",
    ),
    (
        "answered",
        art(RC, "第十二条"),
        ["1200"],
        "大舅哥在县级野外点当看管圆 每月能拿多少 感谢各位老铁",
        BOTH,
    ),
    ("answered", art(RC, "第五条"), ["25-50岁"], "四十八岁了还能去当看管圆吗 各位亲"),
    ("answered", art(RC, "第八条"), ["提出建议和意见"], "看管圆可不可以给文物部门提意见 求科普"),
    (
        "answered",
        art(RC, "第十六条"),
        ["表彰和奖励"],
        "看管圆发现有人盗墓报上去了 有没有奖励 蹲一个答案",
    ),
    ("answered", art(RT, "六、（二）"), ["外出受训"], "纹物安全培训可以外出去学吗 提前谢过"),
    (
        "answered",
        art(RT, "四、（三）"),
        ["约谈"],
        "参加培训被退回去了 单位领导要被约谈吗 万能的网友",
    ),
    (
        "answered",
        art(HP, "四、（十四）"),
        ["高原性疾病"],
        "地区医院创三钾 科研方向搞什么 有懂的吗",
    ),
    (
        "answered",
        art(HP, "四、（十五）"),
        ["沟通、交流、提升、兴藏"],
        "冈底斯医学论坛主题是啥 急急急",
    ),
    ("answered", art(HP, "四、（五）"), ["种植牙"], "地区医院口腔科能不能种牙 小白求问"),
    (
        "answered",
        art(HP, "三、（二）"),
        ["医院是我家，创建靠大家"],
        "创三钾动员会的口号是什么 坐等",
    ),
    (
        "answered",
        art(RD, "一、"),
        ["内通外联、班车到村"],
        "四好农村路最后要建成啥样的路网 求科普",
    ),
    ("answered", quote(RD, "托林镇-香孜乡"), ["4条"], "阿里农村客韵线路现在总共几条 跪求"),
    ("answered", art(RD, "二、（三）"), ["路长制"], "农村公路养户管理要建什么制度 各位亲"),
    (
        "answered",
        quote(RD, "公司优先聘用当地高校毕业生"),
        ["建档立卡贫困户"],
        "县里成立养户公司要招工人 哪类人能排在前面 感谢各位老铁",
    ),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["不少于 70 个"],
        "侄女兽医专业毕叶 想回乡镇干兽医 规划里这种岗位开发多少个 提前谢过",
    ),
    ("answered", art(GE, "三、（一）3."), ["不少于 10 个"], "三支一扶岗位每年招几个 【求助】"),
    ("answered", art(GE, "三、"), ["90%以上"], "阿里毕叶生就业率目标定的多少 蹲一个答案"),
    (
        "answered",
        art(GE, "三、（一）4."),
        ["不少于 60 人"],
        "毕业了还想继续深造 学历提升有多少名额 有懂的吗",
    ),
    ("out_of_scope", None, [], "那曲的医饱祝院报几成 小白求问"),
    ("out_of_scope", None, [], "昌都的野外看管圆一个月多少钱 急急急"),
    ("out_of_scope", None, [], "2012年阿里的医饱报销比例是多少 万能的网友"),
    ("out_of_scope", None, [], "给爸妈买重疾险划不划算 坐等"),
    ("out_of_scope", None, [], "阿里驾校科目三怎么练 各位亲"),
    ("out_of_scope", None, [], "狮泉河哪家藏面馆好吃 求推荐"),
    ("out_of_scope", None, [], "仲巴县的四好农村路修了多少公里 求科普"),
]


# --- written for this table (round 27): facts earlier tables did not ask, with a relative or a
# place and Q&A noise
ROUND27_TITLES = [
    (
        "answered",
        mi("第三十八条"),
        ["患者或其家属"],
        "姥姥在狮泉河住院昏迷了 家属签字同意用自费药算数不 急急急",
    ),
    (
        "answered",
        mi("第十三条"),
        ["由城乡居民医疗保险基金按规定支付"],
        "岳父去年居民医保 今年单位给上了职工医保 转之前那次住院谁报 求科普",
    ),
    ("answered", art(RC, "第五条"), ["以男性为首选"], "表姐想去当野外看管圆 女的能报名吗 各位亲"),
    (
        "answered",
        mi("第二十七条"),
        ["30万元"],
        "阿里那个农牧民大额补充保险一年最高赔多少 万能的网友",
    ),
    (
        "answered",
        mi("第六条"),
        ["西藏班学生"],
        "侄子在内地西藏班读高中 医保该怎么掺 坐等",
    ),
    ("out_of_scope", None, [], "昌都的亲戚问 他们那边居民医保住院起付线多少 有懂的吗"),
]

CALCULATED = [
    "姥姥交250 地区医院三级今年头回祝院 两万六 能报多少 跪求",
    "公公交120 县二级医院今年第二回祝院 一万三 报多少 提前谢过",
    "岳母类风湿办了们特 250档 门诊两千一 能报几个 急急急",
    "外甥在全国重点野外点当看管圆 干了七个月 工资多少 各位亲",
    "阿妈在乡镇卫生院祝院 交60 今年第一回 两千九 报多少 坐等",
    "婆婆高血压俩病门诊 一级医院开甲类药五百 报多少 小白求问",
    "普通们诊今年第一次看 花了四百 报多少 感谢各位老铁",
    "建挡立卡户 120档 二级医院第一次祝院 九千块 能报多少 【求助】",
    "岳父今年六十九 男的 掺保还要交钱不 万能的网友",
    "噶尔跟措勤两个县一年的养户补贴多少万 蹲一个答案",
    "医保断了要补缴 财政补助总共五百八 我得交多少 有懂的吗",
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
    add_titles(t, U, ROUND27_TITLES)
