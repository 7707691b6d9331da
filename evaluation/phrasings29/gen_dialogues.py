"""Dialogues: the 6万 cap across two stays and across three dialysis bills (one turn in English),
the 两病 and 普通门诊 limits across visits; corrections (a slot changed, a malformed amount, month or
age then given); topic switches while a follow-up is pending (`not_follow_up_for`), then the slot
given late; continuations with 那/要是/…呢 that switch the item of a list or the row of a lookup
(第八条's dates, 第二十二条's levels, 第三十条's exclusions, the training methods, the plans' stages);
为什么/为啥/哪条/这… after lookups and after results; relic ↔ medical switches; declined follow-ons
(日喀则, 那曲); greetings. Every turn was written for this table; figures only from
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
    OTHER,
    PERIOD,
    ROAD,
    ROAD_PREFECTURE,
    SERIOUS,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings29.table import Tune29Table

TRAINING = art(RT, "一、（三）")
PHOTO = art(RP, "第三十七条")
STAGES = art(HP, "三、")
OUTSIDE = mi("第三十三条")
DEDUCTIONS = art(RC, "第十一条")
POSTS = art(GE, "三、（一）3.")
BUS = art(RD, "二、（四）")
MONEY = art(HP, "四、（一）")
TRANSFER = mi("第十三条")
BOTH = ["answered", "calculated"]
# the bus targets: the plan's 二、（四）, the transit annex's 三、（一）, the task table's 第21项
TARGETS = [BUS, quote(RD, "建制村通客车率达到80%以上的目标要求"), art(RD, "第21项")]


def _caps(t: Tune29Table) -> None:
    s1 = e.inpatient(250, "三级", "55000")
    s2 = e.inpatient(250, "三级", "30000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("外公250档 地区三级医院今年第一次住院 花了五万五", s1),
        ("过了两个月又住了一回 同一家 三万", s2),
        ("为什么第二回住院才给报了一万多 比头一回少一大截", answered(CAP, ["6万元"])),
        ("这个封顶是办法里哪一条定下来的", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "30000")
    m2 = e.special(250, "慢性肾功能衰竭", "30000", paid=paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "30000", paid=paid_after(m1, m2))
    add_dialogue(
        t,
        ("二叔肾衰透析办了门特 250档 上半年门诊花了三万", m1),
        ("下半年又花了三万", m2),
        ("年底又透析了三万 这回还能报多少", m3),
        ("How much is the yearly payment cap?", answered(CAP, ["6万元"])),
    )
    t1 = e.two_diseases(["糖尿病"], "一级", "1000")
    add_dialogue(
        t,
        ("表姐糖尿病 一级医院两病门诊开了一千的甲类药 报多少", t1),
        (
            "过几个月又开了一千 还是一级医院甲类药",
            e.two_diseases(["糖尿病"], "一级", "1000", paid=paid_after(t1)),
        ),
        ("为啥第二回只给了五百", answered(TWO, ["1200元"])),
    )
    g1 = e.general("200")
    add_dialogue(
        t,
        ("侄子第一次普通门诊花了两百 报多少", g1),
        ("后来又看了一次 五百", e.general("500", "200")),
        ("怎么一年门诊最多只能报这么些", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Tune29Table) -> None:
    add_dialogue(
        t,
        ("交120 二级医院今年第一次住院 花了一万四", e.inpatient(120, "二级", "14000")),
        ("不好意思说错了 那家其实是三级医院 重新算", e.inpatient(120, "三级", "14000")),
        ("那要是当初交的是250那一档呢 能多报多少", e.inpatient(250, "三级", "14000")),
    )
    add_dialogue(
        t,
        ("交250档 一级医院今年首次住院 金额那栏写着 %%%% 帮我算算", e.error("费用")),
        ("打错了 是九千", e.inpatient(250, "一级", "9000")),
    )
    add_dialogue(
        t,
        ("老乡在县级野外点当看管员 干了 ?? 个月 帮忙算工资", e.error("月")),
        ("问清楚了 他实打实干了四个月", e.custodian("县级", 4)),
    )
    add_dialogue(
        t,
        ("外婆 女 年龄写的 abc 岁 参保个人交多少", e.error("年龄")),
        ("她今年62", e.enrol(sex="女", age=62)),
    )


def _topic_switches(t: Tune29Table) -> None:
    add_dialogue(
        t,
        ("外婆交120 今年第一次住二级医院 帮我算算", e.follow_up("inpatient", ["cost"])),
        (
            "先等等 门特一共有多少种病",
            answered(SPECIAL, ["30种"], not_follow_up_for=["cost"]),
        ),
        ("好了 住院结账单上一共是一万块整", e.inpatient(120, "二级", "10000")),
    )
    add_dialogue(
        t,
        # fixed after the run: "工资多少" was fairly answered with the monthly wage; the
        # question now asks the total, which needs the months
        (
            "堂哥在自治区级野外点看管 今年总共能领多少工资",
            e.follow_up("custodian_pay", ["months"]),
        ),
        (
            "对了 看管员年龄有啥要求",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["months"]),
        ),
        ("他干了五个月", e.custodian("自治区级", 5)),
    )
    add_dialogue(
        t,
        ("表哥糖尿病办了门特 门诊花了两千 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "顺便问下 门特有没有起付线",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["tier"]),
        ),
        ("查了下缴费记录 他交的是120那档", e.special(120, "糖尿病", "2000")),
    )
    add_dialogue(
        t,
        ("二叔交250 三级医院今年头回住院 算一下", e.follow_up("inpatient", ["cost"])),
        (
            "换个话题 博物馆之间借文物最长多久",
            answered(art(RP, "第二十七条"), ["两年"], not_follow_up_for=["cost"]),
        ),
        ("那寺里的壁画能拍照吗", answered(PHOTO, ["不得拍摄"])),
    )
    add_dialogue(
        t,
        ("女婿30岁参保 个人交多少", e.follow_up("contribution", ["tier"])),
        (
            "插一句 缴费期是几月到几月",
            answered(PERIOD, ["10月1日至12月31日"], not_follow_up_for=["tier"]),
        ),
        ("他选120档", e.enrol(age=30, tier=120)),
    )
    add_dialogue(
        t,
        ("三婶两病门诊高血压 开了600甲类药 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "先问问 乙类药自己先付多少",
            answered(TWO, ["10%"], not_follow_up_for=["level"]),
        ),
        ("药是在乡里一级医院的两病门诊开的", e.two_diseases(["高血压"], "一级", "600")),
    )


def _relics_and_medical(t: Tune29Table) -> None:
    add_dialogue(
        t,
        ("野外看管员一个月工资 县级的多少", answered(WAGE, ["1200元"])),
        ("那守自治区级文保点的看管员呢 每月多少", answered(WAGE, ["1400元"])),
        ("换个问题 居民医保一年最多报多少", answered(CAP, ["6万元"])),
    )
    add_dialogue(
        t,
        ("考古发掘出土的文物多久要移交", answered(art(RP, "第二十条"), ["六个月内"])),
        ("移交期限这条规定写在哪个文件里", answered(art(RP, "第二十条"), [RP])),
        ("再问个医保的 三级医院床位费一天认多少", answered(INPATIENT, ["80元/床日"])),
    )
    add_dialogue(
        t,
        ("发现疑似文物怎么办", answered(FIND, ["立即保护现场"])),
        # fixed after the run: 第二十一条 (不得…藏匿) answers it as well as 第五十条 (隐匿不报)
        (
            "那要是藏起来不报呢",
            {
                "status": "answered",
                "gold": [art(RP, "第五十条"), art(RP, "第二十一条")],
                "answer_contains": ["匿"],
            },
        ),
        ("另外问下 骗医保的可以向哪举报", answered(mi("第四十四条"), ["医保部门"])),
    )
    add_dialogue(
        t,
        ("两处县级野外文保点12个月看管经费预算多少", e.budget({"县级": 2}, 12)),
        ("那换成自治区级的两处呢", e.budget({"自治区级": 2}, 12)),
        (
            "看管员这个月工资标准出自哪个文件 我要写进报告",
            answered(WAGE, ["野外文物看管人员管理细则"]),
        ),
    )
    add_dialogue(
        t,
        (
            "听说有看管员巡逻日志随便糊弄 没如实填 会受什么处理",
            answered(DEDUCTIONS, ["扣除当月野外看管补助"]),
        ),
        ("要是出了重大事故呢", answered(DEDUCTIONS, ["立即解聘"])),
        (
            "自治区级点看管员干了六个月出了重大看管事故 还能拿多少",
            e.custodian("自治区级", 6, accident=True),
        ),
    )


def _lists_and_lookups(t: Tune29Table) -> None:
    add_dialogue(
        t,
        # fixed after the run: a one-county calculation answers it as well as the rule
        (
            "四好农村路的养护专项补贴 落到每个县头上一年是多少",
            answered(ROAD, ["100"], status=BOTH),
        ),
        ("那三个县加上地区 两年一共多少万", e.road(3, True, 2)),
        ("为什么地区的比县里多", answered(ROAD_PREFECTURE, ["350万元/年"])),
    )
    add_dialogue(
        t,
        ("明年的医保费从什么时候开始交", answered(PERIOD, ["10月1日"])),
        ("那最晚交到哪天", answered(PERIOD, ["12月31日"])),
        ("要是错过了呢", answered(PERIOD, ["全额补缴"])),
        ("为什么补缴完要到次月才能用", answered(PERIOD, ["次月起"])),
    )
    add_dialogue(
        t,
        ("阿妈在乡镇卫生院住院 起付线先要扣多少钱", answered(INPATIENT, ["100元"])),
        ("那要是转到县里的二级医院 起付线又是多少呢", answered(INPATIENT, ["200元"])),
        ("再往上转到地区三级医院的呢", answered(INPATIENT, ["400元"])),
        ("这几个起付线数字是办法里哪条规定的", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("阿爸痛风好多年了 门特那张病种单子里有没有痛风", answered(SPECIAL, ["痛风"])),
        ("那放牧的人容易得的布鲁菌病呢", answered(SPECIAL, ["布鲁菌病"])),
        ("为啥有的病能办门特 总共多少种", answered(SPECIAL, ["30种"])),
    )
    add_dialogue(
        t,
        ("住院的膳食费能报吗", answered(EXCLUDED, ["膳食费"])),
        ("那家里请人在医院陪护的陪护费呢", answered(EXCLUDED, ["陪护费"])),
        ("要是打架受伤住院呢", answered(EXCLUDED, ["打架斗殴"])),
        ("这些不报的在哪一条", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("单位的文物安全培训 按规定一年起码得办几次", answered(TRAINING, ["每年不得少于一次"])),
        ("那培训一般采取哪些方式来搞", answered(art(RT, "六、（二）"), ["集中培训", "外出受训"])),
        ("那内容呢", answered(art(RT, "六、（三）"), ["案例分析"])),
    )
    add_dialogue(
        t,
        ("看管员的职责有哪些", answered(art(RC, "第七条"), ["每日巡查"])),
        ("那他们有什么权利呢", answered(art(RC, "第八条"), ["提出建议和意见"])),
        # fixed after the run: "这些" covers the rights (第八条) as well as the duties (第七条)
        (
            "这些写在哪个文件",
            {
                "status": "answered",
                "gold": [art(RC, "第七条"), art(RC, "第八条")],
                "answer_contains": ["野外文物看管人员管理细则"],
            },
        ),
    )
    add_dialogue(
        t,
        ("创三甲分几个阶段", answered(STAGES, ["7 个阶段"])),
        ("那初次评审由谁来组织专家", answered(art(HP, "三、（五）"), ["组织初审专家"])),
        (
            "那正式评审向谁申请呢",
            answered(art(HP, "三、（六）"), ["报请自治区卫健委正式评审"]),
        ),
        # fixed after the run: the stages asked about are 三、 and its （五）、（六）
        (
            "这些阶段是哪个文件定的",
            {
                "status": "answered",
                "gold": [STAGES, art(HP, "三、（五）"), art(HP, "三、（六）")],
                "answer_contains": [HP],
            },
        ),
    )
    add_dialogue(
        t,
        ("规划里预测2022年阿里会有多少高校毕业生", answered(quote(GE, "2022年599人"), ["599"])),
        ("那2023年的呢", answered(quote(GE, "2023年630人左右"), ["630"])),
        ("这个数据出自哪个文件", answered(quote(GE, "2023年630人左右"), [GE])),
    )
    add_dialogue(
        t,
        ("目前阿里在跑的农村客运线路一共有几条", answered(quote(RD, "托林镇-香孜乡"), ["4条"])),
        ("那客运车辆有几辆呢", answered(quote(RD, "农村客运车辆6辆"), ["6辆"])),
        ("为什么说建制村通车率只有28%", answered(quote(RD, "42个建制村通客车"), ["28%"])),
    )
    add_dialogue(
        t,
        ("门诊统筹资金占统筹基金多少", answered(GENERAL, ["15%"])),
        ("为什么年底剩下的钱会清零", answered(GENERAL, ["清零"])),
        ("那剩下的钱去哪了", answered(GENERAL, ["并入医疗保险统筹基金"])),
    )
    add_dialogue(
        t,
        ("外婆 女 63岁 参保个人交多少", e.enrol(sex="女", age=63)),
        ("那外公呢 男 63岁 交250档", e.enrol(sex="男", age=63, tier=250)),
        ("为什么外公要交钱外婆不用", answered(SHARE, ["男年满 65 周岁"])),
    )
    add_dialogue(
        t,
        ("建档立卡户住院报销比例能提高多少", answered(OTHER, ["5%"])),
        (
            "那交250 二级医院第一次住院 花了一万 算一下",
            e.inpatient(250, "二级", "10000", poor=True),
        ),
        ("这个提高在哪一条", answered(OTHER, [MI])),
    )
    add_dialogue(
        t,
        ("阿里的居民医保一个年度里最多能给报销多少", answered(CAP, ["6万元"])),
        ("那日喀则的呢", declined(CAP)),
        ("那阿里的大病保险呢", answered(SERIOUS, ["14万元"])),
    )
    add_dialogue(
        t,
        ("县级野外点看管员工资多少", answered(WAGE, ["1200元"])),
        ("那曲的看管员也一样吗", declined(WAGE)),
        ("懂了 原来只管阿里的 辛苦你了", HELLO),
    )
    add_dialogue(
        t,
        ("扎西德勒 麻烦问个事", HELLO),
        ("想问一下普通门诊累计起付线是多少钱", answered(GENERAL, ["100元"])),
        ("清楚了 谢谢啦 扎西德勒", HELLO),
    )
    add_dialogue(
        t,
        ("媳妇在二级医院生孩子花了6000 报多少", e.maternity("二级", "6000")),
        ("要是宝宝出生就要住院抢救呢", answered(MATERNITY, ["全额报销"])),
        ("那宝宝的住院费怎么结", answered(MATERNITY, ["先自费结算"])),
    )
    add_dialogue(
        t,
        (
            "从职工医保转到居民医保 转之前那段的医药费谁管",
            answered(TRANSFER, ["城镇职工医疗保险基金"]),
        ),
        ("那反方向呢", answered(TRANSFER, ["城乡居民医疗保险基金"])),
        ("这个转来转去的规定是哪一条", answered(TRANSFER, [MI])),
    )
    add_dialogue(
        t,
        ("今年第三次住院起付线怎么算", answered(INPATIENT, ["50%"])),
        ("交120 一级医院第三次住院 花了四千", e.inpatient(120, "一级", "4000", 3)),
        ("为啥起付线只扣了一百", answered(INPATIENT, ["50%"])),
    )
    add_dialogue(
        t,
        ("二级医院床位费一天认多少", answered(INPATIENT, ["60元/床日"])),
        (
            "交250 二级医院第一次住院 花了1万2 住8天 床位费一天90",
            e.inpatient(250, "二级", "12000", bed_days=8, bed_fee="90"),
        ),
        # fixed after the run: the answer states "60.00 元/床日"; the term is now "60"
        ("为什么扣掉了两百四", answered(INPATIENT, ["60"])),
    )
    add_dialogue(
        t,
        ("在自治区外住院报销比例怎么算", answered(INPATIENT, ["降低10%"])),
        (
            "交250 在西宁三级医院第一次住院 花了两万",
            e.inpatient(250, "三级", "20000", in_area=False),
        ),
        ("备案要在几天内办", answered(OUTSIDE, ["5日内"])),
    )
    add_dialogue(
        t,
        (
            "居民医保的财政补助里 中央那块扣掉后 自治区地区县三家按什么比例摊",
            answered(SPLIT, ["6:2:2"]),
        ),
        ("那人均补助1400 中央出800 地区出多少", e.subsidy_split("1400", "800")),
        ("为什么要先减掉中央的", answered(SPLIT, ["减去中央财政补助"])),
    )
    add_dialogue(
        t,
        ("断缴了补缴按什么标准", answered(PERIOD, ["最高筹资标准"])),
        ("那财政补贴一共900的话 我要补多少", e.late("900")),
        ("钱按最高标准补进去以后 要等到哪个时候才恢复报销", answered(PERIOD, ["次月起"])),
    )
    add_dialogue(
        t,
        # fixed after the run: "创三甲医疗设备资金" is the text's 1465.03万元, not the 3614.17 total
        ("创三甲医疗设备资金一共多少", answered(MONEY, ["1465.03万元"])),
        ("那公共卫生设施配套的呢", answered(MONEY, ["2149.14万元"])),
        ("这些钱从哪里来", answered(MONEY, ["援藏资金"])),
    )
    add_dialogue(
        t,
        ("两病门诊乙类药要自付多少", answered(TWO, ["10%"])),
        ("那二级医院报多少比例", answered(TWO, ["65%"])),
        ("高血压同时办了门特 能两头报吗", answered(TWO, ["不得同时享受"])),
    )
    add_dialogue(
        t,
        # fixed after the run: the transit annex's 三、（一） and the task table's 第21项 state
        # the same targets and principle as the plan's 二、（四）
        ("具备条件的建制村通客车率目标是多少", {**answered(BUS, ["80%"]), "gold": TARGETS}),
        ("那乡镇呢", {**answered(BUS, ["100%"]), "gold": TARGETS}),
        (
            "为啥要先热线后冷线",
            {**answered(BUS, ["先热线后冷线"]), "gold": [BUS, art(RD, "第21项")]},
        ),
    )
    add_dialogue(
        t,
        ("三支一扶岗位每年不少于多少", answered(POSTS, ["不少于 10 个"])),
        ("那西部志愿者计划呢", answered(POSTS, ["不少于 5 个"])),
        ("这些岗位数出自哪个文件", answered(POSTS, [GE])),
    )
    add_dialogue(
        t,
        (
            "建档立卡户 高原心脏病门特 交60 门诊三千",
            e.special(60, "慢性高原性心脏病", "3000", poor=True),
        ),
        (
            "那换成交最高档250的建档立卡户 门特这三千报多少",
            e.special(250, "慢性高原性心脏病", "3000", poor=True),
        ),
        ("为什么比别人多报一些", answered(OTHER, ["5%"])),
    )


def build(t: Tune29Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
