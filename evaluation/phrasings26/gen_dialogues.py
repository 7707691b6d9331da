"""Dialogues of the twenty-sixth held-out table: sentences and their expectations only.

The 6万 cap across stays, dialysis months and a stay plus a chemotherapy month; the 两病 limit and
the 普通门诊 limit across visits; corrections (a malformed amount, tier, month count, level or age
corrected in the next turn; a level or an amount replaced); topic switches while a follow-up is
pending (`not_follow_up_for`), each coming back with only the missing slot; 为什么/为啥/怎么 and
哪个文件/哪一条 after lookups as well as after results; continuations on lookups and lists; relic
and medical turns in one conversation; custodian budgets and road subsidies; English; greetings;
a declined follow-on for another place.
"""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    INPATIENT,
    LATE,
    MATERNITY,
    PERIOD,
    ROAD,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings26.table import Heldout26Table

MI_TITLE = "城乡居民基本医疗保险实施办法"


def _caps(t: Heldout26Table) -> None:
    """The yearly cap reached across turns, by stays and by outpatient months."""
    first = e.inpatient(250, "三级", "50000")
    add_dialogue(
        t,
        ("阿爸交250 三级医院今年头回住院 花了五万", first),
        (
            "九月份又住进去了 还是那家医院 这次三万",
            e.inpatient(250, "三级", "30000", 2, paid=paid_after(first)),
        ),
        ("为什么阿爸第二回住院医保只给了这么一点", answered(CAP, ["6万元"])),
    )
    month = e.special(250, "慢性肾功能衰竭", "40000")
    add_dialogue(
        t,
        ("姐姐尿毒症透析走门特 交250 上半年门诊四万", month),
        (
            "下半年透析又花了三万 还能报多少",
            e.special(250, "慢性肾功能衰竭", "30000", paid=paid_after(month)),
        ),
        ("门特跟住院的钱是不是合起来算一个上限", answered(SPECIAL, ["合并累计计算"])),
    )
    stay = e.inpatient(120, "二级", "70000")
    add_dialogue(
        t,
        ("表哥交120 二级医院第一次住院 七万", stay),
        (
            "出院后走门特化疗 这个月门诊一万五",
            e.special(120, "恶性肿瘤", "15000", paid=paid_after(stay)),
        ),
    )
    visit = e.two_diseases(["高血压"], "二级", "800")
    add_dialogue(
        t,
        ("爷爷高血压 二级医院两病门诊 甲类药八百", visit),
        (
            "过两个月又去开了七百的甲类药 这回报多少",
            e.two_diseases(["高血压"], "二级", "700", paid=paid_after(visit)),
        ),
    )
    add_dialogue(
        t,
        ("今年头一次看普通门诊 花了三百", e.general("300")),
        ("后来又看了一回 五百 这次报多少", e.general("500", "300")),
    )
    big = e.inpatient(250, "三级", "90000")
    add_dialogue(
        t,
        (
            "My uncle paid the 250 tier and had his first stay at a tier-3 hospital, 90000 yuan.",
            big,
        ),
        (
            "下个月又住了一次 还是三级医院 一万",
            e.inpatient(250, "三级", "10000", 2, paid=paid_after(big)),
        ),
    )


def _corrections(t: Heldout26Table) -> None:
    """A malformed input corrected in the next turn, and a stated input replaced."""
    add_dialogue(
        t,
        ("姑父交250 县里二级医院头回住院 花了两万三四的样子", e.error("费用")),
        ("准确数是两万三千四", e.inpatient(250, "二级", "23400")),
    )
    add_dialogue(
        t,
        ("交的八十块那档 一级医院第一次住院 九千", e.error("档次")),
        ("不好意思记错了 是120那档", e.inpatient(120, "一级", "9000")),
    )
    add_dialogue(
        t,
        ("村里扎西在县级野外文物点看了二十个月的摊子 工资该拿多少", e.error("月")),
        ("刚才手滑写错了 扎西其实只干了十个月", e.custodian("县级", 10)),
    )
    add_dialogue(
        t,
        ("交60 零点五级医院住院 第一次 六千", e.error("级别")),
        ("是二级医院 刚才打错了", e.inpatient(60, "二级", "6000")),
    )
    add_dialogue(
        t,
        ("一百五十岁的女的参保交多少", e.error("年龄")),
        ("打错了 她今年六十八", e.enrol(sex="女", age=68)),
    )
    add_dialogue(
        t,
        ("大嫂交120 三级医院第一次住院 三万", e.inpatient(120, "三级", "30000")),
        ("哦不对 她住的是二级医院", e.inpatient(120, "二级", "30000")),
        ("为啥二级医院比三级报得多", answered(INPATIENT, ["75%"])),
    )
    add_dialogue(
        t,
        ("表哥交250 一级医院第一次住院 八万", e.inpatient(250, "一级", "80000")),
        ("多打了个零 其实只有八千", e.inpatient(250, "一级", "8000")),
    )


def _topic_switches(t: Heldout26Table) -> None:
    """Another question while a follow-up is pending; the missing slot comes back alone."""
    add_dialogue(
        t,
        ("交250 二级医院今年第一次住院 帮我算算", e.follow_up("inpatient", ["cost"])),
        (
            "先不说这个 文保单位里的壁画能拍照吗",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["cost"]),
        ),
        ("回到刚才的 一共花了一万四", e.inpatient(250, "二级", "14000")),
    )
    add_dialogue(
        t,
        ("二姐三级医院第一次住院 花了两万八", e.follow_up("inpatient", ["tier"])),
        (
            "对了 野外看管员的工资是哪级财政出",
            answered(WAGE, ["地区财政"], not_follow_up_for=["tier"]),
        ),
        ("二姐去年交医保选的是120块那一档", e.inpatient(120, "三级", "28000")),
    )
    add_dialogue(
        t,
        ("交60 今年第一次住院 一万一", e.follow_up("inpatient", ["level"])),
        ("顺便问下 门特都包括哪些病", answered(SPECIAL, ["冠心病"], not_follow_up_for=["level"])),
        ("那次是在县里的一级医院住的", e.inpatient(60, "一级", "11000")),
    )
    add_dialogue(
        t,
        ("姐夫当野外文物看管员干了六个月 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "等下 文物安全培训一年要搞几次",
            answered(art(RT, "一、（三）"), ["每年不得少于一次"], not_follow_up_for=["site_level"]),
        ),
        ("他看的是全国重点", e.custodian("全国重点", 6)),
    )
    add_dialogue(
        t,
        ("老乡在县级野外点当看管员 算一下工资", e.follow_up("custodian_pay", ["months"])),
        ("插一句 居民医保一年最多报多少", answered(CAP, ["6万元"], not_follow_up_for=["months"])),
        ("他干了九个月", e.custodian("县级", 9)),
    )
    add_dialogue(
        t,
        ("婆婆冠心病走门特 门诊四千 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "另外 两病待遇和门特能同时享受吗",
            answered(TWO, ["不得同时享受"], not_follow_up_for=["tier"]),
        ),
        ("婆婆当时交的是最便宜的60元档", e.special(60, "冠心病", "4000")),
    )
    add_dialogue(
        t,
        ("丈夫糖尿病两病门诊 甲类药一千 能报多少", e.follow_up("two_diseases", ["level"])),
        (
            "话说咱们以前那个农牧区医疗制度 现在跟什么整合到一起了",
            answered(mi("第一条"), ["农牧区医疗制度整合"], not_follow_up_for=["level"]),
        ),
        ("他的降糖药都是在地区三级医院开的", e.two_diseases(["糖尿病"], "三级", "1000")),
    )
    add_dialogue(
        t,
        ("想补缴去年的医保 总共要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "要是现在把钱补上了 最早从哪时候起能重新报销",
            answered(LATE, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("各级财政补贴那块合计六百", e.late("600")),
    )
    add_dialogue(
        t,
        ("五十岁的舅舅参加居民医保 个人交多少", e.follow_up("contribution", ["tier"])),
        (
            "对了 缴费期是几月到几月",
            answered(PERIOD, ["10月1日至12月31日"], not_follow_up_for=["tier"]),
        ),
        ("他选250那档", e.enrol(sex="男", age=50, tier=250)),
    )


def _lookups_whys_and_sources(t: Heldout26Table) -> None:
    """Whys, sources and continuations after lookups and lists."""
    age = art(RC, "第五条")
    add_dialogue(
        t,
        ("野外文物看管员选聘有年龄要求吗", answered(age, ["25-50岁"])),
        ("为什么优先选男的", answered(age, ["以男性为首选"])),
        ("看管员优先选男的这条规定 是哪个文件里写的", answered(age, ["野外文物看管人员管理细则"])),
    )
    advance = mi("第三十四条")
    add_dialogue(
        t,
        ("区外住院是不是得自己先垫钱", answered(advance, ["先行垫付"])),
        ("为啥不能在那边直接结算", answered(advance, ["异地就医直接结算系统未完全实现"])),
        ("那回来报销要带哪些材料", answered(advance, ["出院证明", "费用清单", "转诊转院证明"])),
    )
    add_dialogue(
        t,
        ("门特和住院合起来报销有没有上限", answered(SPECIAL, ["合并累计计算"])),
        ("这个上限是哪一条定的 多少钱", answered(CAP, ["6万元"])),
    )
    add_dialogue(
        t,
        (
            "考古发掘完了出土文物交给谁管",
            answered(art(RP, "第二十条"), ["文物行政管理部门保护管理"]),
        ),
        (
            "怎么出土文物做标本还要审批",
            answered(art(RP, "第二十三条"), ["自治区文物行政管理部门同意"]),
        ),
    )
    add_dialogue(
        t,
        (
            "居民医保基金都有哪些收入来源",
            answered(mi("第十六条"), ["个人缴费收入", "政府补贴收入", "利息收入"]),
        ),
        ("除了这些 社会上的捐款算不算进去", answered(mi("第十六条"), ["社会捐助收入"])),
        ("这些钱最后放在哪里管", answered(mi("第四十一条"), ["财政专户"])),
    )
    add_dialogue(
        t,
        (
            "单位让我去参加文物安全培训 一般都有哪几种培训方式",
            answered(art(RT, "六、（二）"), ["集中培训", "分类培训", "专题性培训", "外出受训"]),
        ),
        ("那培训内容都有啥", answered(art(RT, "六、（三）"), ["视听", "操作", "演练", "试卷考核"])),
        ("培训方向又分哪几类", answered(art(RT, "六、（四）"), ["理论知识培训和实践能力培训"])),
    )
    add_dialogue(
        t,
        (
            "阿里还没通硬化路的乡镇是哪两个",
            answered(quote(RD, "札达县底雅乡、萨让乡"), ["底雅乡", "萨让乡"]),
        ),
        (
            "日土县没通的村子呢",
            answered(quote(RD, "日土县2个：丁则村、阿汝村"), ["丁则村", "阿汝村"]),
        ),
        (
            "改则的呢 一个不漏列出来",
            answered(
                quote(RD, "改则县9个"),
                [
                    "次吾嘎木村",
                    "热扎村",
                    "木布村",
                    "果查村",
                    "那木起村",
                    "那木切村",
                    "吴青村",
                    "夏龙村",
                    "察布村",
                ],
            ),
        ),
    )
    add_dialogue(
        t,
        ("地区人民医院创三甲一共分几个阶段", answered(art(HP, "三、"), ["7个阶段"])),
        (
            "初次评审的时候 谁负责去跟自治区卫健委沟通",
            answered(art(HP, "三、（五）"), ["地区卫健委负责与自治区卫健委沟通"]),
        ),
        (
            "为什么要组织人去拉萨日喀则林芝的医院参观",
            answered(art(HP, "三、（三）"), ["学习“三甲”创建经验"]),
        ),
    )
    aid = art(GE, "一、（二）3.")
    add_dialogue(
        t,
        ("2017到2019年就业援藏岗位分别提供了多少个", answered(aid, ["142个", "115个", "225个"])),
        ("实际去就业的人数是多少", answered(aid, ["27人", "0人", "15人"])),
        ("为什么去的人这么少", answered(aid, ["积极性不高"])),
    )
    add_dialogue(
        t,
        (
            "县里组建的养护公司主要负责干什么",
            answered(quote(RD, "公司承担农村公路日常养护、应急抢险"), ["日常养护", "应急抢险"]),
        ),
        (
            "养护公司和县交通局算什么关系",
            answered(
                quote(RD, "明确县交通局与养护公司为业主与施工单位关系"), ["业主与施工单位关系"]
            ),
        ),
        ("为啥要搞管养分离", answered(quote(RD, "公司实行管养分离"), ["推进公路养护市场化"])),
    )
    add_dialogue(
        t,
        (
            "邻居阿旺刚被聘成野外文物看管员 他平时主要负责哪些事",
            answered(art(RC, "第七条"), ["每日巡查"]),
        ),
        ("他们的权利写在哪条里", answered(art(RC, "第八条"), ["文物宣传资料"])),
        (
            "为什么发现盗掘还要协助公安",
            answered(art(RC, "第七条"), ["协助文物、公安等部门做好案件调查工作"]),
        ),
    )
    add_dialogue(
        t,
        (
            "地区人民医院那个新建传染病院区 原计划什么时候动工",
            answered(art(HP, "四、（四）"), ["第三季度开工建设"]),
        ),
        ("为什么要单独建传染病医院", answered(art(HP, "四、（四）"), ["提高全地区公共卫生水平"])),
        ("新建的传染病楼面积多大", answered(art(HP, "四、（四）"), ["3825平方米"])),
    )
    add_dialogue(
        t,
        ("特困供养人员参保那份钱谁替交", answered(TIERS, ["医疗救助资金"])),
        ("申请登记时要交证明材料吗", answered(mi("第七条"), ["低保证件", "残疾证件"])),
        ("这个要求写在哪一条", answered(mi("第七条"), [MI_TITLE])),
    )
    add_dialogue(
        t,
        ("基层公职岗位每年大概有多少个", answered(art(GE, "三、（一）3."), ["50个左右"])),
        ("三支一扶的岗位呢", answered(art(GE, "三、（一）3."), ["不少于10个"])),
        ("西部志愿者计划的岗位又有多少", answered(art(GE, "三、（一）3."), ["不少于5个"])),
    )
    add_dialogue(
        t,
        (
            "农村客运发展计划的头一步安排在什么时候",
            answered(quote(RD, "2020年4月10日-2020年4月30日"), ["2020年4月10日"]),
        ),
        (
            "客运车辆什么时候购置",
            answered(
                quote(RD, "按照新增高原型客车有关要求购置农村客运班线车辆"), ["6月1日-6月30日"]
            ),
        ),
        (
            "怎么定的是7月15日前投入运营",
            answered(quote(RD, "力争7月15日前，完成农村客运发展目标任务"), ["7月15日前"]),
        ),
    )
    keepers = quote(RD, "岗位人员的考核由县交通运输局、扶贫办、责任乡（镇）政府定期共同组织实施")
    add_dialogue(
        t,
        ("生态补偿养护员的岗位考核由谁来组织", answered(keepers, ["扶贫办"])),
        ("一般多长时间考一回", answered(quote(RD, "原则上每年开展一次考核"), ["每年开展一次考核"])),
        ("日土县这类岗位安排了多少人", answered(quote(RD, "日土县237人"), ["237人"])),
    )
    add_dialogue(
        t,
        ("断缴以后补缴按什么标准交", answered(LATE, ["最高筹资标准全额补缴"])),
        ("断缴那段时间看病花的钱怎么算", answered(LATE, ["由本人承担"])),
        ("为什么补缴了还要等到下个月才能用", answered(LATE, ["次月起"])),
    )


def _relics_and_medical(t: Heldout26Table) -> None:
    """Relic and medical turns in one conversation."""
    add_dialogue(
        t,
        (
            "文物保护单位的保护范围里能堆放易燃物品吗",
            answered(art(RP, "第十三条"), ["不得存放易燃、易爆"]),
        ),
        ("换个话题 二级医院住院起付线多少", answered(INPATIENT, ["200元"])),
        ("这个起付线在哪个文件里", answered(INPATIENT, [MI_TITLE])),
    )
    add_dialogue(
        t,
        ("阿妈交250 在地区三级医院今年第一次住院 花了两万五千", e.inpatient(250, "三级", "25000")),
        ("为什么要先扣掉四百", answered(INPATIENT, ["400元"])),
        (
            "另外问下 把收藏的文物捐给博物馆 他们会怎么对待",
            answered(art(RP, "第三十三条"), ["尊重捐赠人的意愿"]),
        ),
    )
    add_dialogue(
        t,
        (
            "私自拓印石窟造像的 会怎么处理",
            answered(art(RP, "第五十条"), ["私自拓印金石铭文和石窟造像"]),
        ),
        (
            "那医院让别人冒名住院呢 医院会被怎么处理",
            answered(mi("第四十六条"), ["导致他人冒名住院"]),
        ),
    )


def _calculations(t: Heldout26Table) -> None:
    """Custodian budgets, road subsidies, persons switched, maternity, greetings, a decline."""
    add_dialogue(
        t,
        ("两处自治区级野外文物点 一年的看管经费要预算多少", e.budget({"自治区级": 2}, 12)),
        ("为什么一个野外文物点要按两个看管员来算经费", answered(WAGE, ["2名"])),
        ("再加上一处县级的点呢", e.budget({"自治区级": 2, "县级": 1}, 12)),
    )
    add_dialogue(
        t,
        ("日土革吉改则措勤四个县 一年的四好农村路养护补贴合计多少", e.road(4, False)),
        ("把地区财政的那一份也算上", e.road(4, True)),
        ("照这个连续搞两年呢", e.road(4, True, 2)),
        ("地区这个补贴标准写在哪一条", answered(quote(RD, "350万元/年"), ["350万元/年"])),
    )
    add_dialogue(
        t,
        ("普兰县一个县一年的养护专项补贴是什么标准", answered(ROAD, ["100万元/年"])),
        ("那七个县三年一共多少", e.road(7, False, 3)),
    )
    add_dialogue(
        t,
        ("弟弟交120 二级医院第一次住院 一万", e.inpatient(120, "二级", "10000")),
        ("他媳妇也住了院 交250 三级医院第一次 两万", e.inpatient(250, "三级", "20000")),
        ("要是她是建档立卡户呢", e.inpatient(250, "三级", "20000", poor=True)),
    )
    add_dialogue(
        t,
        ("媳妇在二级医院生孩子 一共花了六千", e.maternity("二级", "6000")),
        ("为啥这次没有扣起付线", answered(MATERNITY, ["全额报销"])),
    )
    add_dialogue(
        t,
        ("扎西德勒 请问有人值班吗", HELLO),
        ("想问下孤儿参加居民医保自己要交钱吗", e.enrol(["孤儿"])),
        ("好的 谢谢你啦", HELLO),
    )
    add_dialogue(
        t,
        ("交120的在阿里三级医院住院报销比例多少", answered(INPATIENT, ["70%"])),
        ("那喀什地区医保的报销比例呢", declined(INPATIENT)),
        ("阿里一级医院呢 还是交120的", answered(INPATIENT, ["75%"])),
    )
    add_dialogue(
        t,
        (
            "How much is paid for a first stay at a tier-2 hospital on the 250 tier, 20000 yuan?",
            e.inpatient(250, "二级", "20000"),
        ),
        ("为什么是这个数", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("就业规划里高校毕业生创业的目标是多少人", answered(art(GE, "三、（一）1."), ["230人"])),
        ("能带动多少人就业", answered(art(GE, "三、（一）1."), ["500人以上"])),
        ("为什么要鼓励自主创业", answered(art(GE, "三、（一）1."), ["发挥创业带动就业"])),
    )


def build(t: Heldout26Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _lookups_whys_and_sources(t)
    _relics_and_medical(t)
    _calculations(t)
