"""Dialogues: the 6万 cap across two stays, across a stay and a 门特 course (one turn in English) and
across two 门特 chemotherapy bills, the 两病 and 普通门诊 limits across visits; corrections (a
malformed amount, age, month count or tier then given; a tier, a level and an identity changed);
topic switches while a follow-up is pending (`not_follow_up_for`), then the slot given late;
continuations on lookups and lists (the fund's incomes, the training's forms and kinds, unpaved
villages by county, the 三甲 stages and visits, the keepers' rights and duties, 第三十条's classes,
graduates by year, the bus lines and operators, new staff by grade, dismissals, the 文物犯罪 actions,
the 公示栏, the upkeep company's hires, 基层 projects); 为什么/为啥/怎么 and 哪条/哪个文件 after
lookups and after results; relic ↔ medical switches; budgets, roads and person switches; greetings
and declined follow-ons. Every turn was written for this table; figures only from
evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    FIND,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    ROAD,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

PHOTO = art(RP, "第三十七条")
CRIME = art(RP, "第四十四条")
DUTIES = art(RC, "第七条")
RIGHTS = art(RC, "第八条")
DISMISS = art(RC, "第十一条")
FIRE = art(RC, "第十七条")
TERM = art(RC, "第十三条")
UNPAVED = art(RD, "二、")
BUS = art(RD, "二、（四）")
LINES = quote(RD, "现有农村客运线路4条")
UPKEEP = quote(RD, "养护公司主要职能")
STAGES = art(HP, "三、")
VISITS = art(HP, "三、（三）")
STAFF = art(HP, "四、（十）")
YEARS = art(GE, "一、（二）1.")
BASE = art(GE, "三、（一）3.")
NOTICE = mi("第四十条")
INCOMES = mi("第十六条")
DONORS = mi("第十九条")
WAYS = art(RT, "六、（二）")
KINDS = art(RT, "六、（一）")


def _caps(t) -> None:
    first = e.inpatient(250, "三级", "70000")
    add_dialogue(
        t,
        ("大舅哥交250 三级医院今年头一回住院 花了七万", first),
        (
            "他后来又住了二级医院 今年第二次 两万",
            e.inpatient(250, "二级", "20000", admission=2, paid=paid_after(first)),
        ),
        ("为什么第二次才给这么点", answered(CAP, ["6万元"])),
    )
    stay = e.inpatient(250, "二级", "66000")
    add_dialogue(
        t,
        ("表舅家交的250档 今年头一遭住进县二级医院 出院结了六万六", stay),
        (
            "他还有门特透析 这个月门诊五千 交的也是250",
            e.special(250, "慢性肾功能衰竭", "5000", paid=paid_after(stay)),
        ),
        ("住院跟门特是不是合在一块算限额", answered(SPECIAL, ["合并累计计算"])),
        ("Which rule sets that yearly ceiling?", answered(CAP, ["6万元"])),
    )
    chemo = e.special(120, "恶性肿瘤", "50000")
    add_dialogue(
        t,
        ("堂姑120档 恶性肿瘤化疗门特 上半年门诊五万", chemo),
        (
            "下半年又化疗 门诊四万 还是120档",
            e.special(120, "恶性肿瘤", "40000", paid=paid_after(chemo)),
        ),
        ("怎么这回只剩两万五了", answered(CAP, ["6万元"])),
    )
    bp = e.two_diseases(["高血压"], "一级", "900")
    add_dialogue(
        t,
        ("姨姥姥高血压 两病门诊一级医院甲类药九百", bp),
        ("过了俩月又开了四百甲类", e.two_diseases(["高血压"], "一级", "400", paid=paid_after(bp))),
        ("为啥这次只给一百七", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("开茶馆的格桑今年第一次去看普通门诊 掏了四百", e.general("400")),
        ("后来又看了一回 花了六百", e.general("600", "400")),
        ("为什么第二回不按60%全算", answered(GENERAL, ["300元"])),
    )


def _corrections(t) -> None:
    add_dialogue(
        t,
        ("继父交250 二级医院今年头回住院 花了一万二三", e.error("费用")),
        ("翻出发票了 一万二千六", e.inpatient(250, "二级", "12600")),
        ("为什么要先扣两百", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("太爷爷 男 三百岁 参保个人交多少", e.error("年龄")),
        ("手滑 七十三岁", e.enrol(sex="男", age=73)),
        ("那他这份250是谁出的", answered(SHARE, ["6:4"])),
    )
    add_dialogue(
        t,
        ("表舅守县级野外点 今年干了十八个月 工资多少", e.error("月")),
        ("说错了 今年干了十个月", e.custodian("县级", 10)),
        ("一个月一千二这个数 是看管细则里哪一条定的", answered(WAGE, ["1200元"])),
    )
    add_dialogue(
        t,
        ("丈母娘交了两百块那档 一级医院第一次住院九千", e.error("档次")),
        ("问了下 是120档", e.inpatient(120, "一级", "9000")),
    )
    add_dialogue(
        t,
        ("大姑姐交60 三级医院今年第一次住院 一万六", e.inpatient(60, "三级", "16000")),
        ("不对 她交的是250", e.inpatient(250, "三级", "16000")),
        ("怎么差了这么多", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("连襟交120 一级医院今年头回住院 8800", e.inpatient(120, "一级", "8800")),
        ("哎呀我看错了 连襟住的其实是县里的二级医院", e.inpatient(120, "二级", "8800")),
        ("为啥一级二级算出来一样", answered(INPATIENT, ["75%"])),
    )
    add_dialogue(
        t,
        ("姑爷家是低保户 参保个人交多少", e.enrol(["低保对象"])),
        ("我记岔了 他家是建档立卡", e.enrol(["建档立卡贫困人员"])),
        ("那剩下的190谁出", answered(SHARE, ["医疗救助资金代为缴纳"])),
    )
    add_dialogue(
        t,
        ("干妈交250 门特癫痫 门诊花了千把来块", e.error("费用")),
        ("发票上是一千一百四", e.special(250, "癫痫", "1140")),
    )


def _topic_switches(t) -> None:
    add_dialogue(
        t,
        (
            "后妈在地区三级医院住了院 今年头一回 她交的120档 你帮我算算能报多少",
            e.follow_up("inpatient", ["cost"]),
        ),
        (
            "等下 三级医院床位费标准是多少",
            answered(INPATIENT, ["80元/床日"], not_follow_up_for=["cost"]),
        ),
        ("账单出来了 两万三", e.inpatient(120, "三级", "23000")),
    )
    add_dialogue(
        t,
        ("儿媳妇二级医院今年第一次住院 花了一万四 报多少", e.follow_up("inpatient", ["tier"])),
        ("对了 普通门诊的起付线多少", answered(GENERAL, ["累计100元"], not_follow_up_for=["tier"])),
        ("翻了下缴费凭条 儿媳妇交的是120那一档", e.inpatient(120, "二级", "14000")),
    )
    add_dialogue(
        t,
        (
            "孙女婿被聘去守县级野外文物点 当看管员的工资加起来有多少",
            e.follow_up("custodian_pay", ["months"]),
        ),
        ("看管协议能签几年", answered(TERM, ["不得超过一年"], not_follow_up_for=["months"])),
        ("他从开春一直守到现在 整整干了九个月", e.custodian("县级", 9)),
    )
    add_dialogue(
        t,
        ("外孙守野外文物干了七个月 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        ("看管员每天都要巡查吗", answered(DUTIES, ["每日巡查"], not_follow_up_for=["site_level"])),
        ("外孙守的那处是自治区级的野外文物保护单位", e.custodian("自治区级", 7)),
    )
    add_dialogue(
        t,
        ("老丈人痛风门特 门诊花了两千二 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "门特的报销跟住院是合并算的吗",
            answered(SPECIAL, ["合并累计计算"], not_follow_up_for=["tier"]),
        ),
        ("老丈人当时交的最低那档 六十块", e.special(60, "痛风", "2200")),
    )
    add_dialogue(
        t,
        ("丈母娘糖尿病两病门诊 开了七百甲类药 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "插一句 糖尿病走两病门诊的话 一年封顶多少来着",
            answered(TWO, ["1200元"], not_follow_up_for=["level"]),
        ),
        ("在乡卫生院开的", e.two_diseases(["糖尿病"], "乡镇卫生院", "700")),
    )
    add_dialogue(
        t,
        ("断缴了想补缴 要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "先问下缴费期是哪几个月",
            answered(PERIOD, ["10月1日至12月31日"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("财政补助那块是五百九", e.late("590")),
    )
    add_dialogue(
        t,
        ("表嫂四十岁 参保个人交多少", e.follow_up("contribution", ["tier"])),
        (
            "顺便问 去村里做参保登记得揣上哪些证件材料",
            answered(mi("第七条"), ["户口簿"], not_follow_up_for=["tier"]),
        ),
        ("表嫂说她要选最高的250那档", e.enrol(sex="女", age=40, tier=250)),
    )
    add_dialogue(
        t,
        ("普通门诊能报多少 帮我算算", e.follow_up("general_outpatient", ["cost"])),
        (
            "门诊统筹剩的钱能留给孩子吗",
            answered(GENERAL, ["不可结转和继承"], not_follow_up_for=["cost"]),
        ),
        ("这次花了三百二 今年头一回", e.general("320")),
    )


def _relics_and_medical(t) -> None:
    add_dialogue(
        t,
        ("挖地基挖出一个旧陶罐 怎么办", answered(FIND, ["立即保护现场"])),
        ("我爸干活时摔伤住院了 交250 二级医院今年第一次 一万", e.inpatient(250, "二级", "10000")),
        ("他住院那个起付线是按哪条扣的", answered(INPATIENT, ["200元"])),
        ("刚才挖到东西那个规定是哪个文件的", answered(FIND, ["文物保护管理办法"])),
    )
    add_dialogue(
        t,
        ("县级野外点看管员一个月多少钱", answered(WAGE, ["1200元"])),
        ("他有高血压 两病门诊在一级医院开了五百甲类", e.two_diseases(["高血压"], "一级", "500")),
        ("看管员工资那个是哪一条", answered(WAGE, ["1200元"])),
    )
    add_dialogue(
        t,
        ("地区人民医院是三级 住院的起付线定的多少", answered(INPATIENT, ["400元"])),
        ("去博物馆参观时 里面的馆藏文物让不让拿手机拍", answered(PHOTO, ["不得拍摄"])),
        ("为什么不能拍 有没有例外", answered(PHOTO, ["自治区级以上文物行政管理部门批准"])),
    )


def _lookups_and_lists(t) -> None:
    add_dialogue(
        t,
        ("医保基金有哪些收入来源", answered(INCOMES, ["利息收入"])),
        ("其中社会捐助是鼓励谁来出", answered(DONORS, ["乡村集体经济组织"])),
        ("为什么要鼓励他们补", answered(DONORS, ["差额部分"])),
    )
    add_dialogue(
        t,
        ("单位通知去参加文物安全培训 培训都有哪几种方式", answered(WAYS, ["外出受训"])),
        ("培训种类呢", answered(KINDS, ["文物安全应急演练"])),
        ("这是哪个文件里的", answered(KINDS, ["文物安全培训办法"])),
    )
    add_dialogue(
        t,
        (
            "听说札达县还有村子没通硬化路 都是哪几个村",
            answered(UNPAVED, ["萨让村", "底雅村", "巴卡村", "楚松村"]),
        ),
        (
            "换到措勤县看看 方案里列的没硬化的建制村又有哪些",
            answered(UNPAVED, ["加绕村", "查仓村", "诺仓村"]),
        ),
        ("为啥要先解决这些村", answered(UNPAVED, ["兜底"])),
    )
    add_dialogue(
        t,
        ("人民医院创三甲那七个阶段 按顺序都叫啥", answered(STAGES, ["巩固提升"])),
        ("自查整改那个阶段 医院领导要到哪几家医院去参观交流", answered(VISITS, ["拉萨市人民医院"])),
        ("为什么要去参观", answered(VISITS, ["注意事项"])),
    )
    add_dialogue(
        t,
        ("守野外文物的看管员 细则里给了他们哪些权利", answered(RIGHTS, ["文物安全培训"])),
        ("那职责呢", answered(DUTIES, ["每日巡查"])),
        ("要求保密的是哪一条", answered(DUTIES, ["严守国家文物机密"])),
    )
    add_dialogue(
        t,
        ("服务类里哪些费用医保不付", answered(EXCLUDED, ["挂号费"])),
        ("那生活服务和服务设施这一类里不给报的又有哪些呢", answered(EXCLUDED, ["膳食费"])),
        ("这些不报的规定在哪一条", answered(EXCLUDED, ["不予支付"])),
    )
    add_dialogue(
        t,
        ("2020年到2022年每年预计多少毕业生", answered(YEARS, ["591人", "580人", "599人"])),
        ("从2020到2025这六年的毕业生加到一起大概是多少人", answered(YEARS, ["3700人"])),
        ("为什么说就业压力大", answered(YEARS, ["就业总量压力长期存在"])),
    )
    add_dialogue(
        t,
        ("阿里眼下已经开通的农村客运线路有哪几条", answered(LINES, ["托林镇-香孜乡"])),
        ("以后措勤改则的客运由谁经营", answered(BUS, ["地区交通实业发展总公司"])),
        ("为什么这样安排", answered(BUS, ["冷线经营"])),
    )
    add_dialogue(
        t,
        ("新增医务人员按职称分别多少", answered(STAFF, ["高级10人", "中级89人", "初级85人"])),
        ("人才引进渠道解决多少", answered(STAFF, ["30人"])),
        ("为啥要搞编制总量管理", answered(STAFF, ["强化医院自主裁量权"])),
    )
    add_dialogue(
        t,
        ("看管员如果犯了哪些错会被文物部门直接解聘", answered(FIRE, ["不及时报告"])),
        ("要是看管期间出了重大看管事故 会怎么处理呢", answered(DISMISS, ["立即解聘"])),
        ("这在哪个文件里", answered(DISMISS, ["野外文物看管人员管理细则"])),
    )
    add_dialogue(
        t,
        ("打击文物犯罪的专项行动有哪些", answered(CRIME, ["追缴涉案文物"])),
        ("为什么要跟海关配合", answered(CRIME, ["走私文物"])),
    )
    add_dialogue(
        t,
        ("定点医院的公示栏要公开些啥", answered(NOTICE, ["药品价格"])),
        ("个人隐私也要公示吗", answered(NOTICE, ["涉及个人隐私内容除外"])),
        ("公示栏这些要求是办法里哪条规定的", answered(NOTICE, ["公示栏"])),
    )
    add_dialogue(
        t,
        ("养护公司雇人有比例要求吗", answered(UPKEEP, ["不少于60%"])),
        ("为什么非要雇当地农民", answered(UPKEEP, ["转移就业和增收"])),
    )
    add_dialogue(
        t,
        ("毕业生基层就业项目有哪些", answered(BASE, ["三支一扶"])),
        ("西部志愿者计划岗位多少", answered(BASE, ["不少于5个"])),
        ("为什么要鼓励去基层", answered(art(GE, "三、（二）6."), ["基层建功立业"])),
    )
    add_dialogue(
        t,
        ("我妈办了门诊特殊病 门特报销要先过起付线吗", answered(SPECIAL, ["不设起付线"])),
        ("怎么门特就不设起付线 住院却有", answered(SPECIAL, ["不设起付线"])),
    )
    add_dialogue(
        t,
        ("侄媳妇在县二级医院顺产 花了四千二", e.maternity("二级", "4200")),
        ("为什么全给报了", answered(MATERNITY, ["全额报销"])),
    )


def _budgets_roads_people(t) -> None:
    add_dialogue(
        t,
        ("三个县的养护专项补贴一年多少", e.road(3, False)),
        ("要是把地区财政自己那一份也算进去呢", e.road(3, True)),
        ("这个标准出自哪一条", answered(ROAD, ["100万元/年"])),
    )
    add_dialogue(
        t,
        ("一个县级一个自治区级野外点 看管经费一年多少", e.budget({"县级": 1, "自治区级": 1}, 12)),
        ("要是只算六个月呢", e.budget({"县级": 1, "自治区级": 1}, 6)),
    )
    add_dialogue(
        t,
        ("舅舅 男 六十六 参保交多少", e.enrol(sex="男", age=66)),
        ("那他老伴 女 五十九 选60档", e.enrol(sex="女", age=59, tier=60)),
        ("为什么她不能免", answered(SHARE, ["女年满60周岁"])),
    )
    add_dialogue(
        t,
        ("财政补助总共三千二 中央出两千二 剩下怎么分", e.subsidy_split("3200", "2200")),
        ("为什么县里也要出", answered(SPLIT, ["6:2:2"])),
    )
    add_dialogue(
        t,
        (
            "表侄交250 一级医院住了6天 床位一天55 总共九千 今年头回",
            e.inpatient(250, "一级", "9000", bed_days=6, bed_fee="55"),
        ),
        ("床位费超出的为什么不报", answered(INPATIENT, ["40元/床日"])),
    )
    add_dialogue(
        t,
        ("婶子建档立卡 女 六十四 参保交多少", e.enrol(["建档立卡贫困人员"], sex="女", age=64)),
        ("要是她才五十岁呢", e.enrol(["建档立卡贫困人员"], sex="女", age=50)),
    )


def _greetings_and_declines(t) -> None:
    add_dialogue(
        t,
        ("你好呀 我是日松乡的 想问点医保的事", HELLO),
        ("拉萨本地参保的人住院起付线多少", declined(INPATIENT)),
        ("那阿里的呢 三级医院", answered(INPATIENT, ["400元"])),
    )
    add_dialogue(
        t,
        ("2018年的门特报销比例多少", declined(SPECIAL)),
        ("那现在的办法里呢 交250那档的门特按多少报", answered(SPECIAL, ["90%"])),
        ("明白了 谢谢啦 扎西德勒", HELLO),
    )
    add_dialogue(
        t,
        ("日喀则的看管员工资多少", declined(WAGE)),
        ("阿里自治区级野外点的呢", answered(WAGE, ["1400元"])),
    )
    add_dialogue(
        t,
        ("扎西德勒 我在县文物局上班 想了解下培训", HELLO),
        (
            "我们文物局年底排培训计划 培训方向办法里是分的哪两种",
            answered(art(RT, "六、（四）"), ["理论知识培训", "实践能力培训"]),
        ),
        ("这两种是哪个文件定的", answered(art(RT, "六、（四）"), ["文物安全培训办法"])),
    )


def build(t) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lookups_and_lists(t)
    _budgets_roads_people(t)
    _greetings_and_declines(t)
