"""Dialogues typed as phone chats and voice input: slot-only turns (三级的, 头一趟, 两万四, 改成60档,
搁一级医院呢, 那她七十一了呢, 要是她守的是全国重点文保单位的点 九个月又是多少, 再添两个县呢, 按三年算), corrections (不是 是三级医院;
刚才打多了一个零; 档次说错了 是120; 应该是九个月), 为什么/为啥/怎么… after a result, 哪条/哪一条/
哪个文件, topic switches while a follow-up for tier, level, cost, months, site level or fiscal
subsidy is pending, the yearly 6万 cap across two stays and across dialysis months, the 两病 1200
limit and the 普通门诊 300 limit across visits; custodian pay and budgets, road subsidies, relic
<-> medical switches, English turns, greetings and thanks, malformed amount, tier, level, month
count and age, each then corrected; a person switch (岳母 → 岳父). Amounts already paid are
expect.paid_after of the earlier turns."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, paid_after
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings17.table import Tune17Table

CAP = mi("第二十三条")
INPATIENT = mi("第二十二条")
SPECIAL = mi("第二十四条")
TWO = mi("第二十五条")
GENERAL = mi("第二十六条")
TIERS = mi("第十八条")
EXCLUDED = mi("第三十条")
WAGE = art(RC, "第十二条")
ROAD = quote(RD, "100万元/年")
ASK = {"status": "follow_up"}
BOTH = {"status": ["answered", "calculated"]}


def _caps(t: Tune17Table) -> None:
    s1 = e.inpatient(250, "三级", "45000")
    s2 = e.inpatient(250, "三级", "40000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("表舅交250 三级医院今年头一趟住院 四万五", s1),
        ("过了俩月又住进去了 第二次 四万", s2),
        ("为啥第二回住院报销缩水这么多", answered(CAP, ["6万元"])),
        ("这个六万的规定在哪一条", answered(CAP, [MI])),
    )
    m1 = e.special(120, "慢性肾功能衰竭", "30000")
    m2 = e.special(120, "慢性肾功能衰竭", "30000", paid_after(m1))
    m3 = e.special(120, "慢性肾功能衰竭", "30000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("岳母做透析走门特 交120 头一个月三万", m1),
        ("第二个月还是三万", m2),
        ("第三个月也三万呢", m3),
        ("怎么第三个月几乎报不了了", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["糖尿病"], "一级", "1500")
    add_dialogue(
        t,
        ("血糖高走两病门诊 在一级医院开了甲类药一千五", d1),
        ("月底又开了甲类八百", e.two_diseases(["糖尿病"], "一级", "800", paid=paid_after(d1))),
        ("为啥这回只报了一点点", answered(TWO, ["1200元"])),
    )
    g1 = e.general("400")
    add_dialogue(
        t,
        ("普通门诊今年第一次去 花了四百", g1),
        ("后来又去了一次 花了两百", e.general("200", "400")),
        ("为什么第二次一分钱都没报", answered(GENERAL, ["300元"])),
    )
    add_dialogue(
        t,
        ("交60 二级医院今年头回住院 十万", e.inpatient(60, "二级", "100000")),
        ("why only sixty thousand", answered(CAP, ["6万元"])),
        ("哦哦 原来有封顶 多谢解释", HELLO),
    )


def _slots_and_corrections(t: Tune17Table) -> None:
    add_dialogue(
        t,
        ("帮我算算住院报销 我交的是250", ASK),
        ("三级的 头一趟", e.follow_up(None, ["cost"])),
        ("两万四", e.inpatient(250, "三级", "24000")),
        ("那改成60档呢", e.inpatient(60, "三级", "24000")),
        ("要是搁一级医院呢", e.inpatient(60, "一级", "24000")),
    )
    add_dialogue(
        t,
        ("大伯住院了 给算算", ASK),
        ("二级医院 今年第一回 交120", e.follow_up(None, ["cost"])),
        ("一万六", e.inpatient(120, "二级", "16000")),
        ("不是 是三级医院", e.inpatient(120, "三级", "16000")),
    )
    add_dialogue(
        t,
        ("我交了250档 在一级医院第一次住院 单子上写九万八千", e.inpatient(250, "一级", "98000")),
        ("刚才打多了一个零 是九千八", e.inpatient(250, "一级", "9800")),
        ("起付线是多少来着", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("干妈 乡镇卫生院 第一次住院 交60 八千", e.inpatient(60, "乡镇卫生院", "8000")),
        ("档次说错了 是120", e.inpatient(120, "乡镇卫生院", "8000")),
        ("为啥乡镇卫生院起付线这么低", answered(INPATIENT, ["100元"])),
    )
    add_dialogue(
        t,
        ("岳母六十二了 居民医保还交钱吗", e.enrol(sex="女", age=62)),
        ("那岳父六十三呢 他想交120", e.enrol(sex="男", age=63, tier=120)),
        ("那她七十一了呢", e.enrol(sex="女", age=71)),
        ("老人免缴是哪个文件规定的", answered(TIERS, [MI])),
    )
    add_dialogue(
        t,
        ("小姑子当看管员 县级点 干了五个月", e.custodian("县级", 5)),
        ("应该是九个月", e.custodian("县级", 9)),
        ("要是她守的是全国重点文保单位的点 九个月又是多少", e.custodian("全国重点", 9)),
        ("为什么国保和自治区级一个价", answered(WAGE, ["自治区级及以上"])),
    )
    add_dialogue(
        t,
        ("普兰札达两个县一年的养护补贴多少万", e.road(2, False)),
        ("再添两个县呢", e.road(4, False)),
        ("按三年算", e.road(4, False, 3)),
        ("这个补贴标准写在哪个文件", answered(ROAD, ["四好农村路"])),
    )
    add_dialogue(
        t,
        (
            "两处自治区级外加三处县级的野外点 看管员工资一整年要准备多少钱",
            e.budget({"自治区级": 2, "县级": 3}, 12),
        ),
        ("怎么算出来的 每处几个人", answered(WAGE, ["2名"])),
        ("要是只按六个月来做预算 又是多少", e.budget({"自治区级": 2, "县级": 3}, 6)),
    )


def _topic_switches(t: Tune17Table) -> None:
    add_dialogue(
        t,
        ("三级医院第一次住院 花了一万二 报多少", e.follow_up(None, ["tier"])),
        (
            "先不算了 壁画能拍照吗",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["tier"]),
        ),
        (
            "那石刻能拓印吗",
            answered(art(RP, "第三十八条"), ["不得私自拓印"], not_follow_up_for=["tier"]),
        ),
    )
    add_dialogue(
        t,
        ("交120 今年第二次住院 花了六千", e.follow_up(None, ["level"])),
        (
            "顺便问下 转院要开什么证明",
            answered(mi("第三十二条"), ["转诊转院证明"], not_follow_up_for=["level"]),
        ),
        (
            "那转到区外住院要几天内备案",
            answered(mi("第三十三条"), ["5日"], not_follow_up_for=["level"]),
        ),
    )
    add_dialogue(
        t,
        ("县级点看管员 帮我算下工资", e.follow_up(None, ["months"])),
        (
            "算了 看管员要每天巡查吗",
            answered(art(RC, "第七条"), ["每日巡查"], not_follow_up_for=["months"]),
        ),
        ("出了重大看管事故会怎样", answered(art(RC, "第十一条"), ["立即解聘"])),
    )
    add_dialogue(
        t,
        ("断缴了要补缴 交多少", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "不问这个了 补缴以后从啥时候开始能报",
            answered(mi("第八条"), ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("各级财政补助合计八百 那我补多少", e.late("800")),
    )
    add_dialogue(
        t,
        ("交60 二级医院第一次住院 帮我算", e.follow_up(None, ["cost"])),
        (
            "换个问题 住院的空调费报吗",
            answered(EXCLUDED, ["空调费"], not_follow_up_for=["cost"]),
        ),
        ("那家属陪护的陪护费报不报", answered(EXCLUDED, ["陪护费"], not_follow_up_for=["cost"])),
    )
    add_dialogue(
        t,
        ("堂哥当野外看管员八个月了 工资多少", e.follow_up(None, ["site_level"])),
        (
            "对了 看管员要签什么协议",
            {
                "status": "answered",
                "gold": [
                    art(RC, "第九条"),
                    art(RC, "第十三条"),
                ],  # both name it (fixed after the run)
                "answer_contains": ["看管协议书"],
                "not_follow_up_for": ["site_level"],
            },
        ),
        ("是自治区级的点", e.custodian("自治区级", 8)),
    )
    add_dialogue(
        t,
        ("老爸高血压走两病门诊 这回甲类药花了五百 麻烦算下", e.follow_up(None, ["level"])),
        (
            "等下 两病门诊有起付线吗",
            answered(TWO, ["不设起付线"], not_follow_up_for=["level"]),
        ),
        ("在县里那家二级医院拿的药", e.two_diseases(["高血压"], "二级", "500")),
    )
    add_dialogue(
        t,
        ("癫痫门特 这次门诊一千六 报多少", e.follow_up(None, ["tier"])),
        (
            "先问一句 门特跟住院的费用是合在一起算限额吗",
            answered(SPECIAL, ["合并累计计算"], not_follow_up_for=["tier"]),
        ),
        ("当初交的是一百二那档", e.special(120, "癫痫", "1600")),
    )


def _relics_and_medical(t: Tune17Table) -> None:
    add_dialogue(
        t,
        ("盖房子挖出个铜佛像 该怎么办", answered(art(RP, "第二十一条"), ["立即保护现场"])),
        ("能不能自己留着", answered(art(RP, "第二十一条"), ["藏匿"])),
        ("另外我阿爸住院 交250 二级医院头一回 一万", e.inpatient(250, "二级", "10000")),
        ("住院报销出自哪个文件", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("交60 乡镇卫生院第一次住院 三千", e.inpatient(60, "乡镇卫生院", "3000")),
        ("对了 寺里的文物能借给别的博物馆吗", answered(art(RP, "第二十七条"), ["借用"])),
        ("借出去最长多久", answered(quote(RP, "借用期限最长不超过两年"), ["两年"])),
        ("借用期限这个说法出自哪一条", answered(art(RP, "第二十七条"), [RP])),
        ("回到刚才 乡镇卫生院住院先扣的起付钱是多少", answered(INPATIENT, ["100元"])),
    )
    add_dialogue(
        t,
        (
            "文物安全培训多久搞一次",
            answered(quote(RT, "文物安全培训原则上每年不得少于一次"), ["每年不得少于一次"]),
        ),
        (
            "参加文物安全培训的人 培训到一半可以退出吗",
            answered(art(RT, "一、（四）"), ["不得退训"]),
        ),
        ("为什么不让退", answered(art(RT, "一、（四）"), ["特殊原因"])),
        ("那住院的伙食费医保报吗", answered(EXCLUDED, ["膳食费"])),
    )
    add_dialogue(
        t,
        ("县级野外文物点看管员干了十个月 工资多少", e.custodian("县级", 10)),
        ("看管员巡逻日志没写会怎么样", answered(art(RC, "第十一条"), ["扣除当月野外看管补助"])),
        ("他自己门特痛风 交60 门诊一千 能报多少", e.special(60, "痛风", "1000")),
        ("门特报销比例在哪条", answered(SPECIAL, [MI])),
    )


def _greetings_and_malformed(t: Tune17Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 在吗", HELLO),
        ("交120 三级医院头回住院 花了20,50,0", e.error("费用")),
        ("两万零五百", e.inpatient(120, "三级", "20500")),
        ("好的 这下算清楚了 谢谢你啊", HELLO),
    )
    add_dialogue(
        t,
        ("交了300档 二级医院第一次住院 七千", e.error("档次")),
        ("哎 记岔了 交的其实是250那档", e.inpatient(250, "二级", "7000")),
        ("为什么二级医院报九成", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("在七级医院住院 交120 头一次 四千", e.error("级别")),
        ("不好意思 住的是一级医院", e.inpatient(120, "一级", "4000")),
        ("一级医院的床位费标准多少", answered(INPATIENT, ["40元"])),
    )
    add_dialogue(
        t,
        ("自治区级点看管员干了十八个月 今年工资多少", e.error("月")),
        ("是八个月", e.custodian("自治区级", 8)),
        ("谢啦", HELLO),
    )
    add_dialogue(
        t,
        ("阿妈今年一百九十岁 参保交钱吗", e.error("年龄")),
        ("打错了 是六十九岁", e.enrol(sex="女", age=69)),
        ("怎么她就不用交了", answered(TIERS, ["60 周岁"])),
    )
    add_dialogue(
        t,
        (
            "Hello, how much is the deductible at a third-level hospital?",
            answered(INPATIENT, ["400元"]),
        ),
        ("and the bed fee there?", answered(INPATIENT, ["80元"])),
        ("Thanks", HELLO),
    )


def _other_rules(t: Tune17Table) -> None:
    add_dialogue(
        t,
        ("门诊特殊病的病种加起来总共是多少个", answered(SPECIAL, ["30种"])),
        ("过敏性紫癜在里面吗", answered(SPECIAL, ["过敏性紫癜"])),
        ("交250档的门特报几成", answered(SPECIAL, ["90%"])),
        ("怎么才算门特的高血压", answered(SPECIAL, ["150/95mmHg"])),
    )
    add_dialogue(
        t,
        ("刚出生的小孩住了院 这笔钱走医保怎么报", answered(mi("第二十九条"), ["先自费结算"])),
        ("要是孩子没上户就走了呢", answered(mi("第二十九条"), ["随其母亲"])),
        ("为什么要先自费", answered(mi("第二十九条"), ["缴纳本年度城乡居民医疗保险费用后"])),
    )
    add_dialogue(
        t,
        ("医保基金的钱从哪些地方来", answered(mi("第十六条"), ["利息收入"])),
        ("基金是哪一级统筹", answered(mi("第十六条"), ["地区级统筹"])),
        ("风险储备金提多少", answered(mi("第四十三条"), ["10%"])),
    )
    add_dialogue(
        t,
        ("人民医院创三甲分几个阶段", answered(art(HP, "三、"), ["7 个阶段"])),
        ("三甲牌子计划争取在什么时间挂上", answered(art(HP, "三、（七）"), ["2021年底前挂牌"])),
        ("需要新增多少医务人员", answered(art(HP, "四、（十）"), ["184"])),
        ("其中专招解决多少", answered(art(HP, "四、（十）"), ["60 人"])),
    )
    add_dialogue(
        t,
        ("阿里有多少个建制村", answered(quote(RD, "145个建制村"), ["145"])),
        ("通客车的有多少", answered(quote(RD, "42个建制村通客车"), ["42"])),
        ("今年目标是多少", answered(quote(RD, "建制村通客车率达到80%以上"), ["80%"])),
    )
    add_dialogue(
        t,
        ("规划里测算2020年阿里高校毕业生有几个人", answered(quote(GE, "2020年591人"), ["591"])),
        ("那2025年呢", answered(quote(GE, "2025年660人左右"), ["660"])),
        ("公益性岗位一共提供多少个", answered(quote(GE, "公益性岗位 1160 个左右"), ["1160"])),
        ("这些数字出自哪个文件", answered(quote(GE, "公益性岗位 1160 个左右"), [GE])),
    )
    add_dialogue(
        t,
        ("上海的居民医保住院报多少", e.declined(INPATIENT)),
        ("那阿里的三级医院交120报多少", answered(INPATIENT, ["70%"])),
        ("2021年的呢", e.declined(INPATIENT)),
    )
    add_dialogue(
        t,
        ("职工医保和居民医保能同时参加吗", answered(mi("第六条"), ["不得同时参加"])),
        (
            "从居民医保转到职工医保 享受期内的住院谁付",
            answered(mi("第十三条"), ["城乡居民医疗保险基金"]),
        ),
        ("顺便帮我看看明天会不会下雪", e.declined()),
    )
    add_dialogue(
        t,
        ("阿里的文保单位按级别分成几种", answered(art(RP, "第十条"), ["县级文物保护单位"])),
        ("县级的由谁核定公布", answered(art(RP, "第十条"), ["县人民政府核定后公布"])),
        (
            "那自治区级文保单位又是谁来核定公布",
            answered(art(RP, "第十条"), ["自治区人民政府核定后公布"]),
        ),
    )
    add_dialogue(
        t,
        ("看管员每处安排几个人", answered(WAGE, ["2名"])),
        ("工资谁出", answered(WAGE, ["地区财政"])),
        ("会不会涨", answered(WAGE, ["适当提高"])),
    )
    add_dialogue(
        t,
        (
            "县里成立养护公司的试点选几个县",
            {
                "status": "answered",  # 二、（二） states the pilots too (fixed after the run)
                "gold": [art(RD, "三、（一）"), quote(RD, "1-2 个县为“养护公司”组建试点县")],
                "answer_contains": ["1-2"],
            },
        ),
        ("日常养护要雇多少当地农民", answered(quote(RD, "不少于60%"), ["60%"])),
        ("为啥要雇当地人", answered(quote(RD, "不少于60%"), ["增收"])),
    )
    add_dialogue(
        t,
        ("培训结束后要考核吗", answered(art(RT, "一、（六）"), ["考核要有结果"])),
        ("培训档案谁保管", answered(art(RT, "三、（五）"), ["办公室统一保存管理"])),
        ("怎么评估培训效果", answered(art(RT, "三、（四）"), ["培训效果评估报告"])),
    )


def build(t: Tune17Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _greetings_and_malformed(t)
    _other_rules(t)
