"""Dialogues: the 6万 cap across two stays (三级 then 二级) and across three chemotherapy courses
(one turn in English), the 两病 and 普通门诊 limits across visits; corrections (a level changed, a
malformed amount, month or age then given); topic switches while a follow-up is pending
(`not_follow_up_for`, one with "要是十二月底之前没交上 错过了呢" in between), then the slot given late; continuations
with 那/要是/…呢 that switch the item of a list or the row of a lookup (第八条's dates, 第二十二条's
tiers and levels, 门特 illnesses, 第三十条's exclusions, the training's methods, contents and
directions, the custodians' rights and duties, the 三甲 stages, the graduates' years, the bus
targets, the posts, the road stages, the site levels); 为什么/为啥/哪条/哪个文件 after lookups and
after results; relic ↔ medical switches; declined follow-ons (林芝, 昌都); greetings. Every turn
was written for this table; figures only from evaluation.phrasings.reference through
evaluation.phrasings.expect."""

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
from evaluation.phrasings31.table import Tune31Table

OUTSIDE = mi("第三十三条")
DEDUCTIONS = art(RC, "第十一条")
POSTS = art(GE, "三、（一）3.")
BUS = art(RD, "二、（四）")
MONEY = art(HP, "四、（一）")
TRANSFER = mi("第十三条")
BOTH = ["answered", "calculated"]
# the bus targets: the plan's 二、（四）, the transit annex's 三、（一）, the task table's 第21项
TARGETS = [BUS, quote(RD, "建制村通客车率达到80%以上的目标要求"), art(RD, "第21项")]


def _caps(t: Tune31Table) -> None:
    s1 = e.inpatient(250, "三级", "48000")
    s2 = e.inpatient(250, "二级", "30000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("姥爷交250 开春在地区三级医院住了一回院 花了四万八", s1),
        ("入秋又在县二级医院住了一次 三万", s2),
        ("怎么第二次只报了一万九出头 明明比例还高些", answered(CAP, ["6万元"])),
        ("这个一年六万的限额 写在办法的哪条", answered(CAP, [MI])),
    )
    m1 = e.special(250, "恶性肿瘤", "25000")
    m2 = e.special(250, "恶性肿瘤", "25000", paid=paid_after(m1))
    m3 = e.special(250, "恶性肿瘤", "25000", paid=paid_after(m1, m2))
    add_dialogue(
        t,
        ("姑妈肺癌化疗办了门特 交250 第一个疗程门诊两万五", m1),
        ("第二个疗程也是两万五", m2),
        ("第三个疗程又两万五 这次能报多少", m3),
        ("Why was the third course paid less?", answered(CAP, ["6万元"])),
    )
    t1 = e.two_diseases(["高血压"], "二级", "800")
    add_dialogue(
        t,
        ("岳父高血压 二级医院两病门诊开了八百的甲类药 报多少", t1),
        (
            "隔了俩月又开了八百 同一家医院 也是甲类",
            e.two_diseases(["高血压"], "二级", "800", paid=paid_after(t1)),
        ),
        ("为什么这回只报了两百八", answered(TWO, ["800元"])),
    )
    g1 = e.general("300")
    add_dialogue(
        t,
        ("外甥今年头一回普通门诊花了三百 报多少", g1),
        ("后面又去看了一次 花了四百", e.general("400", "300")),
        ("为啥第二次报得反而少", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Tune31Table) -> None:
    add_dialogue(
        t,
        ("交60 一级医院今年第一次住院 花了九千", e.inpatient(60, "一级", "9000")),
        ("搞错了 那是县里的二级医院 麻烦重算", e.inpatient(60, "二级", "9000")),
        ("那要是换成交120那一档呢", e.inpatient(120, "二级", "9000")),
    )
    add_dialogue(
        t,
        ("交120档 三级医院今年第一次住院 费用那栏是 ##### 帮忙算", e.error("费用")),
        ("看清了 一万三", e.inpatient(120, "三级", "13000")),
    )
    add_dialogue(
        t,
        ("姐夫在自治区级野外点当看管员 月数那里他写成了 xx 个月 帮忙算算补助", e.error("月")),
        ("刚问了 一共七个月", e.custodian("自治区级", 7)),
    )
    add_dialogue(
        t,
        ("姥爷 男 年龄填的 ？？ 岁 参保个人交多少", e.error("年龄")),
        ("他今年满66了", e.enrol(sex="男", age=66)),
    )


def _topic_switches(t: Tune31Table) -> None:
    add_dialogue(
        t,
        ("姑父交250 今年头回住县二级医院 帮我算下", e.follow_up("inpatient", ["cost"])),
        (
            "等一下 先问问两病门诊糖尿病一年报多少",
            answered(TWO, ["1200元"], not_follow_up_for=["cost"]),
        ),
        ("好 住院总共花了八千", e.inpatient(250, "二级", "8000")),
    )
    add_dialogue(
        t,
        ("表弟在县级野外点看管 一共能领多少补助", e.follow_up("custodian_pay", ["months"])),
        (
            "对了 看管协议最长签多久",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["months"]),
        ),
        ("他前后干了六个月", e.custodian("县级", 6)),
    )
    add_dialogue(
        t,
        ("小姨痛风办了门特 门诊花了一千五 报多少", e.follow_up("special_outpatient", ["tier"])),
        ("顺带问一句 门特一共有多少种病", answered(SPECIAL, ["30种"], not_follow_up_for=["tier"])),
        ("刚翻了缴费凭条 小姨交的是250那一档", e.special(250, "痛风", "1500")),
    )
    add_dialogue(
        t,
        ("大舅交120 三级医院今年第一次住院 算一下", e.follow_up("inpatient", ["cost"])),
        (
            "先不说这个 寺里的文物档案要用什么文字写",
            answered(art(RP, "第二十四条"), ["藏汉两种文字"], not_follow_up_for=["cost"]),
        ),
        ("那寺里的珍贵文物多久复核一回呢", answered(art(RP, "第二十六条"), ["每年复核一次"])),
    )
    add_dialogue(
        t,
        ("妹夫32岁参加居民医保 个人交多少", e.follow_up("contribution", ["tier"])),
        ("插个话 交医保费最晚哪天", answered(PERIOD, ["12月31日"], not_follow_up_for=["tier"])),
        ("要是错过了这个日子呢", answered(PERIOD, ["由本人承担"])),
        ("他选60那档", e.enrol(age=32, tier=60)),
    )
    add_dialogue(
        t,
        ("婆婆两病门诊糖尿病 开了一千甲类药 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "先问下 两病门诊和门特能同时享受吗",
            answered(TWO, ["不得同时享受"], not_follow_up_for=["level"]),
        ),
        (
            "婆婆的降糖药是在社区卫生服务中心的两病门诊开的",
            e.two_diseases(["糖尿病"], "社区卫生服务中心", "1000"),
        ),
    )
    add_dialogue(
        t,
        ("姥姥在一级医院今年首次住院 花了五千 报多少", e.follow_up("inpatient", ["tier"])),
        (
            "话说回来 一级医院床位费认多少",
            answered(INPATIENT, ["40元/床日"], not_follow_up_for=["tier"]),
        ),
        ("姥姥去年十月交的是120那一档", e.inpatient(120, "一级", "5000")),
    )


def _relics_and_medical(t: Tune31Table) -> None:
    add_dialogue(
        t,
        ("阿里规定每处野外文保单位要安排几名看管人员", answered(WAGE, ["2名"])),
        ("那县级点的看管员每月拿多少呢", answered(WAGE, ["1200元"])),
        ("说回医保 门特有没有起付线", answered(SPECIAL, ["不设起付线"])),
    )
    add_dialogue(
        t,
        ("考古发掘结束后要交什么报告", answered(art(RP, "第二十三条"), ["考古发掘报告"])),
        ("这个要求是哪一条规定的", answered(art(RP, "第二十三条"), [RP])),
        ("再问医保 一级医院住院起付线多少", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("在草场上发现了像文物的东西 该找谁报告", answered(FIND, ["文物行政管理部门报告"])),
        (
            "那要是几个人偷偷分了呢",
            {
                "status": "answered",
                "gold": [FIND, art(RP, "第五十条")],
                "answer_contains": ["私分"],
            },
        ),
        # fixed after the run: 第四十六条 (the hospital's fraud) answers it as well as 第四十五条
        (
            "另外 骗医保被查出来会怎么样",
            {
                "status": "answered",
                "gold": [mi("第四十五条"), mi("第四十六条")],
                "answer_contains": ["追回"],
            },
        ),
    )
    add_dialogue(
        t,
        ("三处县级野外文保点9个月看管经费预算多少", e.budget({"县级": 3}, 9)),
        ("那换成三处自治区级的呢", e.budget({"自治区级": 3}, 9)),
        ("看管员这笔人员经费到底归哪一级财政来出", answered(WAGE, ["地区财政"])),
    )
    add_dialogue(
        t,
        ("看管员巡逻日志不按要求填 会怎么处理", answered(DEDUCTIONS, ["适当扣除当月野外看管补助"])),
        ("那要是看护的文物被盗了还不报告呢", answered(art(RC, "第十七条"), ["不及时报告"])),
        (
            "县级点看管员干了五个月出了重大看管事故 补助还能拿多少",
            e.custodian("县级", 5, accident=True),
        ),
    )
    add_dialogue(
        t,
        ("金石铭文能不能自己拓印", answered(art(RP, "第三十八条"), ["不得私自拓印"])),
        # fixed after the run: the answer may say 翻印出售 without 禁止 (第五十条 lists it)
        ("那批准拓下来的拓片能卖吗", answered(art(RP, "第三十八条"), ["翻印出售"])),
        ("换个话题 住院伙食费医保报吗", answered(EXCLUDED, ["膳食费"])),
    )


def _lists_and_lookups(t: Tune31Table) -> None:
    add_dialogue(
        t,
        (
            "四好农村路的养护专项补贴里 地区财政自己一年拿出多少",
            answered(
                ROAD_PREFECTURE, ["350"], status=BOTH
            ),  # fixed after the run: a calculation states it too
        ),
        ("那四个县加上地区 一年一共多少万", e.road(4, True)),
        ("为啥每个县只有一百万", answered(ROAD, ["100"], status=BOTH)),
    )
    add_dialogue(
        t,
        ("下一年的居民医保 缴费期到哪天结束", answered(PERIOD, ["12月31日"])),
        ("要是十二月底之前没交上 错过了呢", answered(PERIOD, ["全额补缴"])),
        ("那补缴以后 中间断的那段看病报不报", answered(PERIOD, ["由本人承担"])),
        ("为什么补完还要等到下个月", answered(PERIOD, ["次月起"])),
    )
    add_dialogue(
        t,
        ("交250的住县里二级医院 报销比例多少", answered(INPATIENT, ["90%"])),
        ("那交60的呢", answered(INPATIENT, ["65%"])),
        ("那交60的住三级医院呢", answered(INPATIENT, ["60%"])),
        ("这些比例出自办法哪一条", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("门特的病种里有没有肺结核", answered(SPECIAL, ["结核病"])),
        ("那大骨节病呢", answered(SPECIAL, ["大骨节病"])),
        ("为什么门特不用扣起付线", answered(SPECIAL, ["不设起付线"])),
    )
    add_dialogue(
        t,
        ("住院用的空调费能报吗", answered(EXCLUDED, ["空调费"])),
        ("那给近视的娃配副眼镜呢", answered(EXCLUDED, ["眼镜"])),
        ("那要是做美容整形呢", answered(EXCLUDED, ["美容"])),
        ("这些都写在哪条", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        (
            "单位组织文物安全培训 通常采用哪几种方式",
            answered(art(RT, "六、（二）"), ["集中培训", "外出受训"]),
        ),
        ("那培训课上具体讲哪些内容呢", answered(art(RT, "六、（三）"), ["案例分析"])),
        (
            "那培训的方向又分成哪两类呢",
            answered(art(RT, "六、（四）"), ["理论知识培训", "实践能力培训"]),
        ),
    )
    add_dialogue(
        t,
        ("看管员能享受哪些权利", answered(art(RC, "第八条"), ["提出建议和意见"])),
        ("那他们要干哪些活呢", answered(art(RC, "第七条"), ["每日巡查"])),
        ("为什么要每天都去巡", answered(art(RC, "第七条"), ["每日巡查"])),
    )
    add_dialogue(
        t,
        ("创三甲正式评审前 申请书要经谁审定", answered(art(HP, "三、（六）"), ["地区卫健委审定"])),
        ("那初次评审的申请向谁提呢", answered(art(HP, "三、（五）"), ["向地区卫健委提出初次申评"])),
        ("那正式评审完了以后干什么", answered(art(HP, "三、（七）"), ["巩固提升"])),
        (
            "这几步是哪个文件里定的",
            {
                "status": "answered",
                "gold": [art(HP, "三、（五）"), art(HP, "三、（六）"), art(HP, "三、（七）")],
                "answer_contains": [HP],
            },
        ),
    )
    add_dialogue(
        t,
        ("规划预测2024年阿里有多少高校毕业生", answered(quote(GE, "2024年640"), ["640"])),
        ("那2021年呢", answered(quote(GE, "2021年580人"), ["580"])),
        ("这个预测是哪个文件的", answered(quote(GE, "2021年580人"), [GE])),
    )
    add_dialogue(
        t,
        ("阿里现在有几辆农村客运车", answered(quote(RD, "农村客运车辆6辆"), ["6辆"])),
        ("那通了客车的建制村有多少个呢", answered(quote(RD, "42个建制村通客车"), ["42个建制村"])),
        ("为什么说通车率低", answered(quote(RD, "42个建制村通客车"), ["28%"])),
    )
    add_dialogue(
        t,
        ("普通门诊统筹的钱年底用不完怎么办", answered(GENERAL, ["清零"])),
        ("那能留给家里人用吗", answered(GENERAL, ["不可结转和继承"])),
        ("为什么不能留着", answered(GENERAL, ["归参保人所有"])),
    )
    add_dialogue(
        t,
        ("姥姥 女 59岁 交120档 个人交多少", e.enrol(sex="女", age=59, tier=120)),
        ("那她明年满60了呢", e.enrol(sex="女", age=60)),
        ("为什么满60就不用交", answered(SHARE, ["女年满 60 周岁"])),
    )
    add_dialogue(
        t,
        ("建档立卡户看门特 比例能多几个点", answered(OTHER, ["5%"])),
        ("那交120的建档立卡户 癫痫门特花了两千 算一下", e.special(120, "癫痫", "2000", poor=True)),
        ("这个多报的规定在哪一条", answered(OTHER, [MI])),
    )
    add_dialogue(
        t,
        ("阿里居民医保的大病保险一年最多赔多少", answered(SERIOUS, ["14万元"])),
        ("那林芝的大病保险呢", declined(SERIOUS)),
        ("那阿里的大额补充医疗保险呢", answered(SERIOUS, ["30万元"])),
    )
    add_dialogue(
        t,
        ("自治区级野外点看管员月工资多少", answered(WAGE, ["1400元"])),
        ("昌都那边的看管员也是这个数吗", declined(WAGE)),
        ("明白了 就问阿里的 谢谢", HELLO),
    )
    add_dialogue(
        t,
        ("你好呀 打扰一下 我是日土镇的 想问点医保的事", HELLO),
        ("想问下门特250档报销比例是多少", answered(SPECIAL, ["90%"])),
        ("好的 多谢 祝你吉祥", HELLO),
    )
    add_dialogue(
        t,
        ("儿媳在三级医院生孩子花了九千 报多少", e.maternity("三级", "9000")),
        ("那宝宝还没上户口 住院费怎么办", answered(MATERNITY, ["先自费结算"])),
        ("为什么生孩子能全报", answered(MATERNITY, ["全额报销"])),
    )
    add_dialogue(
        t,
        ("从居民医保转成职工医保 待遇期内住院谁付", answered(TRANSFER, ["城乡居民医疗保险基金"])),
        ("那要是倒过来转呢", answered(TRANSFER, ["城镇职工医疗保险基金"])),
        ("转来转去这条规定写在哪个文件里", answered(TRANSFER, [MI])),
    )
    add_dialogue(
        t,
        ("同一年第二次住院起付线怎么扣", answered(INPATIENT, ["70%"])),
        ("交250 三级医院第二次住院 花了六千", e.inpatient(250, "三级", "6000", 2)),
        ("为啥起付线没按四百扣", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("一级医院床位费每天认多少", answered(INPATIENT, ["40元/床日"])),
        (
            "交120 一级医院第一次住院 花了七千 住10天 床位费一天50",
            e.inpatient(120, "一级", "7000", bed_days=10, bed_fee="50"),
        ),
        ("为什么床位费要扣掉一百", answered(INPATIENT, ["40"])),
    )
    add_dialogue(
        t,
        ("在西藏外面住院要多少天内备案", answered(OUTSIDE, ["5日内"])),
        (
            "交120 在兰州二级医院第一次住院 花了一万五",
            e.inpatient(120, "二级", "15000", in_area=False),
        ),
        ("那从兰州回来报销要带哪些东西", answered(mi("第三十四条"), ["出院证明"])),
    )
    add_dialogue(
        t,
        ("居民医保财政补助扣掉中央部分后 地方怎么分", answered(SPLIT, ["6:2:2"])),
        ("那人均补助1700 中央出1100 县里出多少", e.subsidy_split("1700", "1100")),
        ("为啥扣掉中央以后 自治区分摊的份额最大", answered(SPLIT, ["6:2:2"])),
    )
    add_dialogue(
        t,
        ("断缴了要补缴 怎么算钱", answered(PERIOD, ["最高筹资标准"])),
        ("那财政补助一共750的话 我要补多少", e.late("750")),
        ("补完什么时候能报销", answered(PERIOD, ["次月起"])),
    )
    add_dialogue(
        t,
        # fixed after the run: "创三甲的医疗设备资金" is the text's 1465.03 (as phrasings29 found); the
        # total is asked without 创三甲
        (
            "靠十四五规划等各种办法 给地区人民医院解决的医疗设备资金总数是多少",
            answered(MONEY, ["3614.17万元"]),
        ),
        ("那其中创三甲必须配的设备呢", answered(MONEY, ["1465.03万元"])),
        ("这些钱打算从哪筹", answered(MONEY, ["援藏资金"])),
    )
    add_dialogue(
        t,
        ("两病门诊在乡里一级医院开药 报销比例是多少", answered(TWO, ["70%"])),
        ("那要是去地区三级医院两病门诊开药呢", answered(TWO, ["60%"])),
        ("为什么乙类药要先自己付一点", answered(TWO, ["10%"])),
    )
    add_dialogue(
        t,
        ("乡镇通客车率的目标是多少", {**answered(BUS, ["100%"]), "gold": TARGETS}),
        ("那建制村呢", {**answered(BUS, ["80%"]), "gold": TARGETS}),
        ("这个目标是哪个文件定的", {**answered(BUS, [RD]), "gold": TARGETS}),
    )
    add_dialogue(
        t,
        ("西部志愿者计划岗位每年不少于几个", answered(POSTS, ["不少于 5 个"])),
        ("那三支一扶呢", answered(POSTS, ["不少于 10 个"])),
        ("两个岗位数出自哪份规划", answered(POSTS, [GE])),
    )
    add_dialogue(
        t,
        ("野外文物看管员选聘时年龄要卡在什么范围", answered(art(RC, "第五条"), ["25-50岁"])),
        ("那优先选什么人呢", answered(art(RC, "第六条"), ["汉藏双语"])),
        ("这个在哪个文件里", answered(art(RC, "第六条"), [RC])),
    )
    add_dialogue(
        t,
        ("争创四好农村路示范地县的工作一共分几个阶段推进", answered(art(RD, "四、"), ["四个阶段"])),
        ("那第一个阶段什么时候", answered(art(RD, "四、（一）"), ["2020年3月1日至4月14日"])),
        ("那最后一个呢", answered(art(RD, "四、（四）"), ["2020年8月1日至2020年12月31日"])),
    )
    add_dialogue(
        t,
        (
            "咱们阿里的文物保护单位按级别划成哪几级",
            answered(art(RP, "第十条"), ["全国重点文物保护单位", "县级文物保护单位"]),
        ),
        ("那自治区级的由谁核定", answered(art(RP, "第十条"), ["自治区人民政府核定"])),
        ("那县级的呢", answered(art(RP, "第十条"), ["县人民政府核定后公布"])),
    )
    add_dialogue(
        t,
        (
            "建档立卡户 类风湿门特 交250 门诊一千二",
            e.special(250, "类风湿性关节炎", "1200", poor=True),
        ),
        ("那要是不是建档立卡户呢", e.special(250, "类风湿性关节炎", "1200")),
        ("为什么差了六十", answered(OTHER, ["5%"])),
    )


def build(t: Tune31Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
