"""Out-of-scope places, schemes and years (declined, the nearest Ngari rule in `related`) and the
look-alikes that must be answered: a city of each of the 33 other provincial units and six counties
of Tibet's other prefectures; other schemes (pensions, long-term care, crowdfunding, 惠民保, 低保金,
公积金, maternity leave, disability grades, education, veterans, farm machinery…); years the
documents do not fix; Ngari's own counties, towns and villages, treatment elsewhere as the −10 %
rule, the old 农牧区医疗 names, and years the plans do state."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings22.table import Heldout22Table

INPATIENT = mi("第二十二条")
SPECIAL = mi("第二十四条")
WAGE = art(RC, "第十二条")
ROAD = quote(RD, "100万元/年")

# (question, related rule or None): another place
OTHER_PLACES = [
    ("北京朝阳区的城乡居民医保住院起付线是多少", INPATIENT),
    ("天津滨海新区居民医保门诊特殊病有哪些", SPECIAL),
    ("石家庄的居民医保个人缴费档次分几档", mi("第十八条")),
    ("太原市城乡居民医保一年最高报多少钱", mi("第二十三条")),
    ("呼和浩特的牧民参加居民医保 两病门诊怎么报", mi("第二十五条")),
    ("大连的居民医保缴费期是几月到几月", mi("第八条")),
    ("吉林长春那边野外文物看管员的月工资有多少 跟阿里比咋样", WAGE),
    ("哈尔滨的居民医保普通门诊一年能报多少", mi("第二十六条")),
    ("上海浦东的孕妇生孩子医保全报吗", mi("第二十九条")),
    ("苏州的文物保护单位能不能拍照", art(RP, "第三十七条")),
    ("温州市大病保险一年最高赔多少", mi("第二十七条")),
    ("合肥的城乡居民医保三级医院报销比例", INPATIENT),
    ("厦门本地的建档立卡户住院多报几个点", mi("第二十九条")),
    ("赣州的农村公路养护补贴每个县每年多少", ROAD),
    ("青岛那边考古发掘的文物多久要移交", art(RP, "第二十条")),
    ("洛阳的文物工作人员安全培训一年几次", art(RT, "一、（三）")),
    ("宜昌的居民医保断缴以后怎么补", mi("第八条")),
    ("株洲县里的乡镇卫生院住院起付线多少", INPATIENT),
    ("广东佛山的城乡居民医保 门诊特殊病能报几成", SPECIAL),
    ("广西桂林对本地高校毕业生定的就业率目标是多少", quote(GE, "就业率保持在90%以上")),
    ("三亚的居民医保床位费一天能报多少", INPATIENT),
    ("重庆万州的居民医保低保户参保个人交钱吗", mi("第十八条")),
    ("绵阳的居民医保跨省住院要几天内备案", mi("第三十三条")),
    ("遵义的人民医院创三甲要分几个阶段", art(HP, "三、")),
    ("大理州的野外文物看管员选聘年龄要求", art(RC, "第五条")),
    ("宝鸡的居民医保两病门诊高血压限额多少", mi("第二十五条")),
    ("天水市的农村客运通车率现在多少", None),
    ("格尔木的城乡居民医保缴费标准有几档", mi("第十八条")),
    ("石嘴山的居民医保风险储备金按多少比例提", mi("第四十三条")),
    ("伊犁州的牧民住院报销比例是多少", INPATIENT),
    ("香港的公立医院住院费用怎么报销", None),
    ("澳门居民看病有没有医疗补贴", None),
    ("台中的全民健保门诊自付多少", None),
    ("江孜县的居民医保住院起付线多少", INPATIENT),
    ("定日县的野外文物看管员一个月拿多少", WAGE),
    ("错那县的四好农村路养护补贴有多少", ROAD),
    ("波密县毕业生公益性岗位有多少个", None),
    ("比如县的居民医保门特有哪些病", SPECIAL),
    ("丁青县的寺庙文物能不能拓印", art(RP, "第三十八条")),
]

# (question, related rule or None): another scheme
OTHER_SCHEMES = [
    ("我在企业交了二十多年职工医保 退休以后还要继续交吗", mi("第六条")),
    ("阿爸快六十了 新农保的养老金每个月能领到多少钱", None),
    ("长期护理保险在阿里怎么申请", None),
    ("水滴筹众筹看病的钱怎么发起", None),
    ("商业惠民保一年的保费是多少", None),
    ("农村低保金一个月发多少钱", None),
    ("住房公积金租房提取需要什么材料", None),
    ("女职工产假一共有多少天", None),
    ("工伤以后伤残等级是怎么评定的", None),
    ("边境小康村建设补助每户能拿多少", None),
    ("义务教育三包政策每个学生一年补多少", None),
    ("残疾人就业保障金怎么缴纳", None),
    ("退役军人的优待金每年发多少", None),
    ("农机购置补贴要怎么申请", None),
    ("机关单位的职业年金退休后怎么领取", None),
    ("企业职工基本养老保险断缴了怎么补", mi("第八条")),
    ("独生子女父母奖励费一个月多少", None),
]

# (question, related rule or None): a year the documents do not fix
OTHER_YEARS = [
    ("2023年阿里居民医保的个人缴费档次是哪几档", mi("第十八条")),
    ("2012年阿里农牧区医疗住院报销比例是多少", INPATIENT),
    ("2019年阿里居民医保一年最高支付限额是多少", mi("第二十三条")),
    ("2025年县级野外文物看管员月工资是多少", WAGE),
    ("2022年四好农村路每个县的养护补贴标准是多少", ROAD),
    ("到了2031年 阿里对高校毕业生就业率有什么目标", quote(GE, "就业率保持在90%以上")),
    ("预计2029年那一届阿里的高校毕业生有多少人", quote(GE, "2025年660人左右")),
    ("2014年那会儿阿里文物工作人员的安全培训一年办几次", art(RT, "一、（三）")),
    ("2027年地区人民医院要新增多少医务人员", art(HP, "四、（十）")),
    ("2010年阿里的野外文物看管员工资标准", WAGE),
    ("2033年居民医保的缴费期从几号开始", mi("第八条")),
    ("2024年普通门诊统筹一年最多报多少", mi("第二十六条")),
    ("2026年居民大病保险最高能赔多少", mi("第二十七条")),
    ("2018年建档立卡户参保个人要交多少钱", mi("第十八条")),
    ("2016年两病门诊高血压每年支付限额多少", mi("第二十五条")),
    ("2035年阿里毕业生创业要达到多少人", quote(GE, "创业达230人")),
    ("2009年阿里文物保护专项经费有多少", art(RP, "第六条")),
]

# (category, gold, terms, status, question): looks out of scope, is answered
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["10%"],
        "answered",
        "札达县的牧民跑去西安住院 报销比例会比在阿里低吗",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日内"],
        "answered",
        "改则县的小伙子去广州打工生病住院 几天内要备案",
    ),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["先行垫付"],
        "answered",
        "措勤县老乡在北京住院 医药费是不是要自己先垫上",
    ),
    (
        "in_scope_place",
        quote(RD, "日土县多玛乡、东汝乡"),
        ["7月15日"],
        "answered",
        "我老家在日土县东汝乡 村里的农村客运力争哪天前开通",
    ),
    (
        "in_scope_place",
        quote(RD, "底雅乡、萨让乡"),
        ["萨让乡"],
        "answered",
        "听说札达县有两个乡镇到现在还没通硬化路 是哪两个",
    ),
    (
        "in_scope_place",
        quote(RD, "改则县9个"),
        ["热扎村"],
        "answered",
        "改则县有哪些建制村还没通硬化路",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰县235人"),
        ["235人"],
        "answered",
        "普兰县2020年的生态补偿农村公路养护岗位计划安排了几个人",
    ),
    (
        "in_scope_place",
        quote(RD, "革吉县459人"),
        ["459人"],
        "answered",
        "革吉县生态补偿公路养护员计划是多少名",
    ),
    (
        "in_scope_place",
        quote(RD, "建议措勤、改则、革吉、噶尔四县农村客运经营主体为地区交通实业发展总公司"),
        ["地区交通实业发展总公司"],
        "answered",
        "噶尔县的农村客运建议由谁来当经营主体",
    ),
    (
        "in_scope_place",
        quote(RD, "普兰、札达、日土三县各自成立养运公司"),
        ["养运公司"],
        "answered",
        "札达县的农村客运 是县里自己成立养运公司经营 还是交给地区的公司",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["日喀则市人民医院"],
        "answered",
        "创三甲要不要去日喀则的医院参观学习",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["陕西省10家"],
        "answered",
        "远程平台对接的内地医院里 陕西的有几家",
    ),
    (
        "in_scope_place",
        quote(RD, "前往山南市、日喀则市"),
        ["山南市"],
        "answered",
        "四好农村路的现场培训是去山南那边学吗",
    ),
    (
        "in_scope_place",
        quote(RD, "却藏村、塞利普村、羌堆村"),
        ["羌堆村"],
        "answered",
        "革吉县还有哪几个建制村的路没硬化 方案里点了名的",
    ),
    (
        "in_scope_place",
        quote(GE, "河北省、陕西省每年各提供不少于200个事业单位岗位"),
        ["200个"],
        "answered",
        "援藏的河北省和陕西省 每年给阿里籍毕业生各拿出多少个事业单位岗位",
    ),
    (
        "in_scope_place",
        quote(RD, "加绕村、查仓村、诺仓村"),
        ["诺仓村"],
        "answered",
        "措勤县还没通硬化路的是哪几个村",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "以前的农牧区医疗制度现在还有没有 合并到哪里去了",
    ),
    (
        "scheme_alias",
        SPECIAL,
        ["全部保留合并"],
        "answered",
        "原来城镇居民医保里的门特病种 整合以后还保不保留",
    ),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["合并农牧区医疗制度基金"],
        "answered",
        "农牧区医疗的基金和城镇居民医保的基金后来是怎么处理的",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["农牧民大额补充医疗保险续保协议"],
        "answered",
        "农牧民大额补充医疗保险现在还继续执行吗",
    ),
    (
        "scheme_alias",
        mi("第一条"),
        ["城镇居民基本医疗保险和农牧区医疗制度整合"],
        "answered",
        "城镇居民医保和农牧区医疗为什么要合成一个",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["取消城乡居民基本医疗保险的家庭账户"],
        "answered",
        "原来农牧区医疗那个家庭账户现在还有吗",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["城乡居民大病保险和医疗救助制度"],
        "answered",
        "制度整合的时候 大病保险和医疗救助是不是也一起统一了",
    ),
    (
        "in_scope_year",
        quote(GE, "分别提供就业援藏岗位142个、115个、225个"),
        ["115个"],
        "answered",
        "2018年给阿里提供了多少个就业援藏岗位",
    ),
    (
        "in_scope_year",
        quote(GE, "2023年630人左右"),
        ["630人"],
        "answered",
        "规划预测2023年阿里会有多少高校毕业生",
    ),
    (
        "in_scope_year",
        quote(RD, "县道2556.746公里"),
        ["2556.746"],
        "answered",
        "按行政等级分 到2019年底阿里七县的县道里程一共多少公里",
    ),
    (
        "in_scope_year",
        art(HP, "二、"),
        ["成功挂牌"],
        "answered",
        "方案里争取2021年让地区人民医院通过三级甲等评审挂牌吗",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村发展任务"),
        ["30个建制村"],
        "answered",
        "2019年地区交通运输局把农村客运发展任务分到七县 一共是几个乡镇几个建制村",
    ),
    (
        "in_scope_year",
        quote(GE, "2024年640人左右"),
        ["640人"],
        "answered",
        "2024年毕业生预测大概有多少人",
    ),
    (
        "in_scope_year",
        mi("第八条"),
        ["下一年1月1日"],
        "answered",
        "2020年12月把居民医保交了 2021年从哪天开始能享受",
    ),
    (
        "in_scope_year",
        quote(GE, "力争培育5家以上"),
        ["5家以上"],
        "answered",
        "到2025年 阿里力争培育的高校毕业生就业人力资源服务骨干企业有几家",
    ),
]


def build(t: Heldout22Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
