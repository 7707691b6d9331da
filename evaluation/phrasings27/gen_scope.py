"""Scope rows: another place, scheme or year as the subject (declined: the gazette holds only
Ngari's 2020 rules; the nearest Ngari rule in `related`), weighted toward Tibet's other prefectures
and counties (日喀则, 那曲, 林芝, 昌都, 山南 as the first word; 仲巴, 萨嘎, 吉隆, 聂拉木, 亚东, 嘉黎, 比如,
索县, 双湖, 聂荣, 米林, 波密, 察隅, 巴宜, 类乌齐, 丁青, 八宿, 边坝, 左贡, 错那, 扎囊, 隆子, 当雄, 林周) and
cities of other provinces earlier tables did not use (秦皇岛, 大同, 赤峰, 丹东, 延边, 齐齐哈尔, 盐城,
温州, 芜湖, 漳州, 赣州, 烟台, 开封, 宜昌, 常德, 湛江, 桂林, 三亚, 万州, 绵阳, 遵义, 大理, 宝鸡, 天水,
格尔木, 吴忠, 喀什, 台北, 澳门, 天津滨海新区, 恩施, 徐州, 榆林, 酒泉), other schemes, other years
(2001–2045 but 2016–2025); look-alikes that must be answered: Ngari towns and villages, the places
the plans name themselves (日喀则市人民医院, 山南市, 成都, 陕西, 西安, 新疆), old scheme names, and the
years the documents name. The first look-alikes ask phrasings25's facts in new words; ROUND27_
adds declines and look-alikes on facts earlier tables did not ask."""

from __future__ import annotations

from evaluation.phrasings.builders import add_declines, add_look_alikes
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    RATE,
    ROAD,
    SERIOUS,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings27.table import Tune27Table

PHOTO = art(RP, "第三十七条")
TRAINING = art(RT, "一、（三）")
HOSPITAL = art(HP, "二、")
STAGES = art(HP, "三、")
ROAD_GOAL = art(RD, "一、")
JOBS = art(GE, "三、")
DIG = art(RP, "第十七条")
AGE = art(RC, "第五条")

# (question, related Ngari rule): Tibet's other prefectures and counties first
OTHER_PLACES = [
    ("日喀则仲巴县参加居民医保的 在一级医院住院 起付线定的多少", INPATIENT),
    ("那曲嘉黎县的城乡居民医保 一个年度封顶能报到多少钱", CAP),
    ("林芝米林县能办门诊特殊病的病种都有哪些", SPECIAL),
    ("昌都类乌齐县居民医保个人缴费 分几个档次让人选", TIERS),
    ("山南错那县野外文物看管员 一个月补助给多少", WAGE),
    ("萨嘎县的文物保护单位 进去以后能不能拍照片", PHOTO),
    ("吉隆县高血压糖尿病门诊 一年最多报多少", TWO),
    ("聂拉木县居民住院 统筹基金给报几成", INPATIENT),
    ("那曲比如县参保的孕妇 生小孩医保能给多少", MATERNITY),
    ("索县的普通门诊统筹 一个人一年最多报多少钱", GENERAL),
    ("双湖县下一年的医保一般从几月份开始收", PERIOD),
    ("波密县文物单位职工的安全培训 每年要搞几回", TRAINING),
    ("察隅县的农村公路养护 每个县一年补多少钱", ROAD),
    ("丁青县高校毕业生就业率 定了个多少的目标", JOBS),
    ("八宿县的城乡居民医保 有哪些费用是不给报的", EXCLUDED),
    ("山南扎囊县要做考古发掘 要走什么报批手续", DIG),
    ("边坝县招聘野外文物看管员 对年龄有啥要求", AGE),
    ("当雄县医保停了一年 怎么补交才能续上", PERIOD),
    ("林周县人民医院创等级医院 分了几个阶段", STAGES),
    ("日喀则市的四好农村路示范县 评上的有哪几个", ROAD_GOAL),
    ("秦皇岛城乡居民医保住院的起付线多少钱", INPATIENT),
    ("大同市居民医保个人缴费有几档", TIERS),
    ("赤峰居民医保一年最多能报多少", CAP),
    ("丹东门诊慢特病都包含哪些病种", SPECIAL),
    ("延边州普通门诊统筹一年限额是多少", GENERAL),
    ("齐齐哈尔两病门诊开药报销怎么算的", TWO),
    ("盐城居民医保生小孩可以报多少钱", MATERNITY),
    ("温州城乡居民医保每年什么时候开始交", PERIOD),
    ("芜湖那边的城乡居民医保 住院时哪些花销是明确不给报的", EXCLUDED),
    ("漳州的三级医院住院能报百分之多少", INPATIENT),
    ("赣州的文保单位里面允许拍照吗", PHOTO),
    ("烟台那边看野外文物的看管人员 每个月工资按啥标准发放", WAGE),
    ("开封考古发掘需要怎么报批", DIG),
    ("宜昌居民医保分几个缴费档次 哪个档最划算", TIERS),
    ("常德城乡居民医保 在县医院住院的起付线多少", INPATIENT),
    ("湛江参加城乡居民医保 统筹一年最高能报多少万", CAP),
    ("桂林办了门诊特殊病以后 门诊报销比例多少", SPECIAL),
    ("三亚的四好农村路建设目标定的什么", ROAD_GOAL),
    ("万州区居民医保断了以后怎么补缴", PERIOD),
    ("绵阳市对大学毕业生的就业率 规划里定了百分之几的目标", JOBS),
    ("遵义市第一人民医院哪一年成的三甲", HOSPITAL),
    ("大理州两病门诊一年能报多少钱", TWO),
    ("宝鸡农村公路养护补助的标准是多少", ROAD),
    ("天水的文物单位员工 每年要参加几次文物安全培训", TRAINING),
    ("格尔木居民医保住院床位费按多少钱一天认定", INPATIENT),
    ("宁夏吴忠市的居民医保 个人缴费一共分成几个档次可选", TIERS),
    ("喀什地区居民住院医保报销比例是多少", INPATIENT),
    ("台北看病的健保怎么给付", None),
    ("澳门居民在澳门看病 医药费能报多少", None),
    ("天津滨海新区城乡居民医保普通门诊报销多少", GENERAL),
]

OTHER_SCHEMES = [
    ("买了个百万医疗险 一年交多少保费 得了大病赔多少", SERIOUS),
    ("新农保最低一档一年要交多少钱", None),
    ("上班路上出车祸 申报工伤要准备哪些材料", EXCLUDED),
    ("二级残疾的人每个月能领多少残疾人两项补贴", None),
    ("家里老人过了八十 高龄津贴要到哪个部门去申请", None),
    ("退伍老兵凭优待证能享受啥优惠政策", None),
    ("西藏今年最低工资标准每月多少钱", None),
    ("孩子在学校买的学平险 摔断胳膊能赔多少", None),
    ("电动车撞了人 交强险怎么理赔", None),
    ("牧区草原禁牧了 国家补助一亩地给多少钱", None),
    ("职工医保个人账户的钱能不能给孩子交居民医保", None),
    ("农村危房改造一户能拿多少补助", None),
    ("种地的地力补贴在哪申请", None),
    ("计划生育家庭特别扶助金 每月发多少", None),
]

OTHER_YEARS = [
    ("翻旧账问一下 2012年阿里农牧区医疗住院能报几成", INPATIENT),
    ("2015年那会儿阿里居民医保一年最高能报多少", CAP),
    ("2006年的阿里文物保护管理办法里是怎么写的", art(RP, "第一条")),
    ("2030年阿里居民医保的个人缴费档次会不会变", TIERS),
    ("2028年门诊特殊病要新增哪些病种", SPECIAL),
    ("2033年野外文物看管员补助标准涨到多少", WAGE),
    ("2003年阿里农牧区医疗每人交多少", TIERS),
    ("2035年的四好农村路养护补贴怎么定", ROAD),
    ("2039年阿里高校毕业生的就业率目标", JOBS),
    ("2010年阿里两病门诊的年度限额是多少", TWO),
    ("2005年阿里搞考古发掘报批的流程", DIG),
    ("2045年地区人民医院三甲还要复审几次", HOSPITAL),
    ("2007年阿里居民看普通门诊 一年报多少钱", GENERAL),
    ("2026年阿里文物安全培训的计划咋安排", TRAINING),
]

# (category, gold, terms, status, question): looks out of scope, answered
LOOK_ALIKES = [
    (
        "in_scope_place",
        INPATIENT,
        ["90%"],
        "answered",
        "措勤县江让乡的牧民250档 在县里二级医院住院报多少比例",
    ),
    ("in_scope_place", art(RD, "二、"), ["底雅乡"], "answered", "札达县底雅乡现在有没有通硬化路啊"),
    (
        "in_scope_place",
        quote(RD, "托林镇-香孜乡"),
        ["托林镇-香孜乡"],
        "answered",
        "托林镇到香孜乡的客运班线开了吗",
    ),
    (
        "in_scope_place",
        art(RD, "二、（四）"),
        ["普兰、札达、日土三县"],
        "answered",
        "普兰县农村客运打算交给哪家经营",
    ),
    (
        "in_scope_place",
        quote(RD, "噶尔县 95 人"),
        ["95"],
        "answered",
        "噶尔县今年有几个生态补偿养护员的名额 我家亲戚想报",
    ),
    (
        "in_scope_place",
        art(HP, "三、（三）"),
        ["日喀则市人民医院"],
        "answered",
        "创三甲去观摩学习的日喀则那家医院叫什么名字",
    ),
    (
        "in_scope_place",
        quote(RD, "前往山南市、日喀则市"),
        ["山南市"],
        "answered",
        "四好农村路组织现场观摩学习 是不是要去山南",
    ),
    (
        "in_scope_place",
        art(HP, "四、（七）"),
        ["成都市 2 家"],
        "answered",
        "远程会诊平台对接的内地医院 成都那边几家",
    ),
    (
        "in_scope_place",
        art(GE, "三、（一）3."),
        ["不少于 200 个"],
        "answered",
        "陕西对口援藏每年给阿里毕业生留多少个事业单位岗位",
    ),
    (
        "in_scope_place",
        art(HP, "第13项"),
        ["西安交通大学口腔医院"],
        "answered",
        "口腔科请来坐诊的专家来自西安哪家医院",
    ),
    (
        "in_scope_place",
        mi("第三十三条"),
        ["5日内"],
        "answered",
        "盐湖乡的阿妈在新疆那边住院了 要几天之内备案",
    ),
    (
        "in_scope_place",
        mi("第七条"),
        ["户籍所在地"],
        "answered",
        "文布当桑乡的牧民到哪里登记参保",
    ),
    ("in_scope_place", art(RD, "二、"), ["羌堆村"], "answered", "革吉县的羌堆村 路是不是还没硬化"),
    (
        "in_scope_place",
        quote(RD, "热角村委会"),
        ["7月15日前"],
        "answered",
        "日土县热角村委会的客运班车啥时候能通",
    ),
    (
        "in_scope_place",
        INPATIENT,
        ["降低10%"],
        "answered",
        "先遣乡的牧民去拉萨住院 报销比例降多少",
    ),
    (
        "scheme_alias",
        mi("第二条"),
        ["农牧区医疗制度"],
        "answered",
        "以前那套农牧区医疗制度 现在还单独存在吗 还是已经并了",
    ),
    (
        "scheme_alias",
        mi("第二十六条"),
        ["家庭账户"],
        "answered",
        "合作医疗那会儿的家庭账户现在取消没有",
    ),
    (
        "scheme_alias",
        mi("第二十七条"),
        ["14万元"],
        "answered",
        "居民医保报完了还有大病保险兜底 一年最多能赔多少",
    ),
    ("scheme_alias", mi("第二十八条"), ["另行规定"], "answered", "医疗救助是怎么个救助法"),
    (
        "scheme_alias",
        mi("第四十一条"),
        ["收支两条线"],
        "answered",
        "新农合整合之后基金是怎么管的",
    ),
    (
        "scheme_alias",
        mi("第二十四条"),
        ["全部保留合并"],
        "answered",
        "原来城镇居民医保认的门特病种 合并以后还算数吗",
    ),
    (
        "scheme_alias",
        mi("第三条"),
        ["个人缴费与政府补贴相结合"],
        "answered",
        "合作医疗改成现在这样以后 钱是从哪几头凑的",
    ),
    (
        "scheme_alias",
        mi("第二十一条"),
        ["三大目录"],
        "answered",
        "新农合跟城镇居民合并以后 药品诊疗这些报销执行哪套目录",
    ),
    (
        "scheme_alias",
        mi("第十三条"),
        ["城镇职工基本医疗保险"],
        "answered",
        "新农合转成职工医保了 待遇期内住院费谁出",
    ),
    (
        "in_scope_year",
        quote(GE, "2025年660人左右"),
        ["660"],
        "answered",
        "外甥2025年大学毕业 那年阿里毕业生预计有多少人",
    ),
    (
        "in_scope_year",
        art(GE, "三、（二）1."),
        ["更加健全"],
        "answered",
        "到2025年 阿里高校毕业生就业政策体系要建成什么样",
    ),
    (
        "in_scope_year",
        art(RD, "四、（三）"),
        ["7月1日"],
        "answered",
        "2020年7月的时候四好农村路创建到了哪个阶段",
    ),
    (
        "in_scope_year",
        mi("第四十九条"),
        ["2020年1月1日"],
        "answered",
        "阿里2020年这版居民医保办法几月几号开始施行",
    ),
    (
        "in_scope_year",
        quote(GE, "142个、115个、225个"),
        ["115个"],
        "answered",
        "表弟2018年毕业的 当年就业援藏岗位一共有多少个",
    ),
    (
        "in_scope_year",
        [
            art(RD, "二、（三）"),
            art(RD, "第12项"),
        ],  # (phrasings23, fixed after its run): 第12项 says it too
        ["逐年递增"],
        "answered",
        "2020年往后 地区和县里两级配的养护资金是不是每年都要加",
    ),
    (
        "in_scope_year",
        quote(RD, "2019年4个乡镇、30个建制村"),
        ["4个乡镇", "30个建制村"],
        "answered",
        "2019年签的责任书里 给七个县下了几个乡镇几个建制村通客车的任务",
    ),
    (
        "in_scope_year",
        art(GE, "三、（一）1."),
        ["230人"],
        "answered",
        "规划期内阿里毕业生自己创业的人数要达到多少",
    ),
    (
        "in_scope_year",
        quote(RD, "截止 2019 年底"),
        ["3228.29"],
        "answered",
        "截至2019年底 自治区一共给了阿里多少农村公路养护补助",
    ),
]


# --- written for this table (round 27): Ngari-like Tibet counties and other provinces as the
# subject, a year as the subject, and look-alikes on facts earlier tables did not ask
ROUND27_PLACES = [
    ("日喀则亚东县的居民在县二级医院住院 交250档能报几成", INPATIENT),
    ("那曲聂荣县的门诊特殊病 一年最多能报多少钱", SPECIAL),
    ("昌都左贡县一个野外文物保护点 配几名看管员", WAGE),
    ("山南隆子县的农村公路养护补贴一个县一年给多少", ROAD),
    ("林芝巴宜区居民医保 年度内第二次住院起付线怎么算", INPATIENT),
    ("湖北恩施州的城乡居民医保 第三次住院起付线打几折", INPATIENT),
    ("江苏徐州两病门诊 只有高血压一年限额多少", TWO),
    ("陕西榆林的野外文物看管员 每月工资多少", WAGE),
    ("甘肃酒泉高校毕业生就业率目标定的多少", RATE),
]

ROUND27_SCHEMES = [
    ("职工医保的门诊慢特病 报销比例多少", SPECIAL),
    ("长期护理保险失能了怎么申请", None),
]

ROUND27_YEARS = [
    ("2027年阿里普通门诊统筹的起付线会调吗", GENERAL),
    ("2001年阿里的文物看管员一个月补助多少", WAGE),
]

# (category, gold, terms, status, question)
ROUND27_LOOK_ALIKES = [
    (
        "in_scope_place",
        PERIOD,
        ["1月1日至12月31日"],
        "answered",
        "狮泉河镇的居民去年10月交了医保 今年哪段时间能享受待遇",
    ),
    ("in_scope_year", INPATIENT, ["400元"], "answered", "2020年阿里三级定点医院住院起付线是多少"),
    ("scheme_alias", INPATIENT, ["70%"], "answered", "新农合现在年度内第二次住院 起付线按多少算"),
    (
        "in_scope_place",
        mi("第三十四条"),
        ["回所属参保地医保部门申请结算支付"],
        "answered",
        "日土县的牧民在新疆叶城住院垫了钱 回来到哪里申请结算",
    ),
]


def build(t: Tune27Table) -> None:
    add_declines(t, OTHER_PLACES, OTHER_SCHEMES, OTHER_YEARS)
    add_look_alikes(t, LOOK_ALIKES)
    add_declines(t, ROUND27_PLACES, ROUND27_SCHEMES, ROUND27_YEARS)
    add_look_alikes(t, ROUND27_LOOK_ALIKES)
