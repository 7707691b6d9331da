"""Dialogues typed as phone chats: slot-only turns (那三级的呢, 换成250档, 我妈呢，62岁), corrections,
为什么… after a result (answered from its own steps and articles), 这条在哪个文件/哪一条, topic
switches after a pending follow-up, two stays or costs in one sentence, the yearly 6万 cap
across stays and months of special-outpatient costs, custodian pay, relic then medical
questions, English, greetings and thanks mid-dialogue, a malformed input then corrected."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import BOTH, HELLO, answered, paid_after
from evaluation.phrasings.places import CAP, INPATIENT
from evaluation.phrasings.rows import MI, RC, RD, RP, art, mi, quote
from evaluation.phrasings3.table import Heldout3Table


def build(t: Heldout3Table) -> None:
    # three stays in three hospitals until the 6万 cap, why, which document
    s1 = e.inpatient(250, "三级", "45000")
    s2 = e.inpatient(250, "二级", "20000", 2, paid=paid_after(s1))
    s3 = e.inpatient(250, "一级", "15000", 3, paid=paid_after(s1, s2))
    add_dialogue(
        t,
        ("我爸250档 今年头一回住院在地区医院 三级的 花了4.5w 报多少", s1),
        ("二月份又住了一次 这回县医院二级 两万", s2),
        ("第三次在一级医院 1万5", s3),
        ("为啥第三次才报这么点", answered(CAP, ["6万"])),
        ("封顶是哪个文件规定的", answered(CAP, [MI])),
    )
    # months of chemotherapy at the outpatient until the cap
    m1 = e.special(120, "恶性肿瘤", "25000")
    m2 = e.special(120, "恶性肿瘤", "25000", paid_after(m1))
    m3 = e.special(120, "恶性肿瘤", "25000", paid_after(m1, m2))
    m4 = e.special(120, "恶性肿瘤", "25000", paid_after(m1, m2, m3))
    add_dialogue(
        t,
        ("我妈癌症门诊化疗 120档 一月份合规2.5w 报多少", m1),
        ("二月又是两万五", m2),
        ("三月份还是2.5万", m3),
        ("四月呢 也是2.5w", m4),
        ("为什么四月只报了这么点", answered(CAP, ["6万"])),
    )
    # a stay, then dialysis months: the outpatient payments count against the same cap
    h1 = e.inpatient(250, "三级", "50000")
    o1 = e.special(250, "慢性肾功能衰竭", "15000", paid_after(h1))
    o2 = e.special(250, "慢性肾功能衰竭", "10000", paid_after(h1, o1))
    add_dialogue(
        t,
        ("250档 今年三级医院第一次住院花了5万 报多少", h1),
        ("后来查出慢性肾衰 门诊透析这个月花了1.5w 报多少", o1),
        ("下个月透析又花了1万", o2),
        ("门特和住院是合在一起算封顶的吗", answered(mi("第二十四条"), ["合并累计"])),
    )
    # slot-only turns fill a calculation, then 那三级的呢
    add_dialogue(
        t,
        ("我妈住院了 想算算能报多少", {"status": "follow_up"}),
        ("俺家交的是一百二那档", {"status": "follow_up"}),
        ("二级 头一回住", e.follow_up(None, ["cost"])),
        ("花了1万2", e.inpatient(120, "二级", "12000")),
        ("要是去三级医院住呢 同样的钱", e.inpatient(120, "三级", "12000")),
    )
    # 换成…档, a tier that does not exist, then a real one
    add_dialogue(
        t,
        ("60档 一级医院第一次住院 花了7千", e.inpatient(60, "一级", "7000")),
        ("要是当初交了二百五那档呢", e.inpatient(250, "一级", "7000")),
        ("换成350档", e.error("档次")),
        ("那120档呢", e.inpatient(120, "一级", "7000")),
    )
    # person switches: 我妈呢，62岁
    add_dialogue(
        t,
        ("我爸66了 交医保还要钱吗", e.enrol(sex="男", age=66)),
        ("我妈呢，62岁", e.enrol(sex="女", age=62)),
        ("那我媳妇呢 35岁 交120档", e.enrol(sex="女", age=35, tier=120)),
        ("谢谢啦", HELLO),
    )
    # a correction of the hospital level
    add_dialogue(
        t,
        ("交250的 去了地区三级医院 今年首次住院 1.2w", e.inpatient(250, "三级", "12000")),
        ("不对，是二级医院", e.inpatient(250, "二级", "12000")),
        ("为什么二级的报得多", answered(INPATIENT, ["90%", "85%"])),
        ("起付线也不一样吗", answered(INPATIENT, ["200", "400"])),
    )
    # a correction of the cost, then a second stay
    c1 = e.inpatient(120, "乡镇卫生院", "30000")
    add_dialogue(
        t,
        ("120档 乡卫生院今年第一次住院 花了3千", e.inpatient(120, "乡镇卫生院", "3000")),
        ("说错了 是3万", c1),
        (
            "那第二次住院也是3万呢",
            e.inpatient(120, "乡镇卫生院", "30000", 2, paid=paid_after(c1)),
        ),
    )
    # general outpatient: why only 300, why nothing
    add_dialogue(
        t,
        ("普通门诊今年第一次看病花了600 报多少", e.general("600")),
        ("为什么只报了300", answered(mi("第二十六条"), ["300"])),
        ("那再看一次花200呢", e.general("200", "600")),
        ("为啥这次一分都不报", answered(mi("第二十六条"), ["最高支付限额300元"])),
    )
    # why the second-stay deductible is lower
    add_dialogue(
        t,
        ("250档 二级医院今年第二次住院 花了8千", e.inpatient(250, "二级", "8000", 2)),
        ("为什么起付线不是200", answered(INPATIENT, ["70%"])),
        ("第三次住院起付线又是多少", answered(INPATIENT, ["50%"], status=BOTH)),
    )
    # why a 建档立卡 enrolee gets more, which article
    add_dialogue(
        t,
        (
            "建档立卡户 120档 二级医院第一次住院 1万",
            e.inpatient(120, "二级", "10000", poor=True),
        ),
        ("怎么比别人多报了", answered(mi("第二十九条"), ["5%"])),
        ("这是哪一条规定的", answered(mi("第二十九条"), [MI])),
    )
    # why less outside Ngari, then registration
    add_dialogue(
        t,
        (
            "阿里参保 250档 在成都三级医院第一次住院 花了2万",
            e.inpatient(250, "三级", "20000", in_area=False),
        ),
        ("为啥比在阿里住院报得少", answered(INPATIENT, ["10%"])),
        ("外地住院要备案吗", answered(mi("第三十三条"), ["5日"])),
    )
    # a pending tier question, then two other subjects: never the same follow-up again
    add_dialogue(
        t,
        ("住院报销 三级医院第一次 花了2万", e.follow_up(None, ["tier"])),
        (
            "先不说这个 文物看管员一个月多少钱",
            answered(art(RC, "第十二条"), ["1200", "1400"], not_follow_up_for=["tier"]),
        ),
        (
            "看管员年龄有要求吗",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["tier"]),
        ),
    )
    pending = ["fiscal_subsidy", "tier"]
    add_dialogue(
        t,
        ("之前断缴了 想补交 要交多少", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "换个话题 医保风险储备金提多少",
            answered(mi("第四十三条"), ["10%"], not_follow_up_for=pending),
        ),
        (
            "几月份开始交明年的医保",
            answered(mi("第八条"), ["10月1日"], not_follow_up_for=pending),
        ),
    )
    add_dialogue(
        t,
        ("我在自治区级文保单位当看管员 工资一共多少", e.follow_up(None, ["months"])),
        (
            "对了 挖到文物要上交吗",
            answered(art(RP, "第二十一条"), ["报告"], not_follow_up_for=["months"]),
        ),
        (
            "考古挖出来的东西多久要移交",
            answered(art(RP, "第二十条"), ["六个月"], not_follow_up_for=["months"]),
        ),
    )
    # custodian pay: the rule, then site level and months, what-ifs, the source
    add_dialogue(
        t,
        ("看管员一个月多少钱", answered(art(RC, "第十二条"), ["1200", "1400"])),
        ("我是县级文保单位的 干了4个月 一共多少", e.custodian("县级", 4)),
        ("换成自治区级文保单位呢", e.custodian("自治区级", 4)),
        ("要是干了整整12个月呢", e.custodian("自治区级", 12)),
        ("这个工资标准在哪个文件", answered(art(RC, "第十二条"), ["野外文物看管人员管理细则"])),
    )
    # the site level asked for, given, then a deduction the text puts no figure on
    add_dialogue(
        t,
        ("我爸当野外看管员干了5个月 一共多少", e.follow_up(None, ["site_level"])),
        ("县级的", e.custodian("县级", 5)),
        ("要是因为没填巡逻日志被扣了 扣多少", e.declined(art(RC, "第十一条"))),
    )
    add_dialogue(
        t,
        ("我们县有4处县级野外文保单位 看管员一年工资总预算多少", e.budget({"县级": 4}, 12)),
        ("再加1处全国重点的呢", e.budget({"县级": 4, "全国重点": 1}, 12)),
        ("预算里咋每个点都按俩人算", answered(art(RC, "第十二条"), ["2名"])),
    )
    add_dialogue(
        t,
        ("自治区级看管员干了10个月 工资一共多少", e.custodian("自治区级", 10)),
        ("要是他出了重大看管事故被解聘了呢", e.custodian("自治区级", 10, accident=True)),
        ("为什么一分都没有", answered(art(RC, "第十一条"), ["扣除当年野外文物看管补助"])),
        (
            "扣补助这个规定出自哪份文件",
            answered(art(RC, "第十一条"), ["野外文物看管人员管理细则"]),
        ),
    )
    # relic questions, then medical ones
    add_dialogue(
        t,
        ("寺庙里能不能放汽油桶", answered(art(RP, "第二十八条"), ["易燃、易爆"])),
        ("文物修复归谁管", answered(art(RP, "第三十九条"), ["自治区文物行政管理部门"])),
        ("换个事 我妈高血压 两病门诊一年能报多少", answered(mi("第二十五条"), ["800"])),
        (
            "她在一级医院开了甲类药600 报多少",
            e.two_diseases(["高血压"], "一级", "600"),
        ),
    )
    add_dialogue(
        t,
        ("在文保单位拍照被罚了 这合理吗", answered(art(RP, "第三十七条"), ["不得拍摄"])),
        ("这是哪条规定", answered(art(RP, "第三十七条"), ["文物保护管理办法"])),
        ("另外问下 三级医院住院床位费按多少", answered(INPATIENT, ["80元"])),
    )
    # English, then Chinese, then English
    add_dialogue(
        t,
        (
            "How much do I pay myself before reimbursement starts at a third-level hospital?",
            answered(INPATIENT, ["400"]),
        ),
        ("县医院二级的起付又是多少", answered(INPATIENT, ["200"])),
        ("And for a township health center?", answered(INPATIENT, ["100"])),
    )
    # a greeting and thanks do not lose the conversation
    g1 = e.inpatient(120, "一级", "6000")
    add_dialogue(
        t,
        ("你好", HELLO),
        ("120档 一级医院 第一次住院 花了6千 报多少", g1),
        ("好的谢谢", HELLO),
        ("那第二次住院又花了4千呢", e.inpatient(120, "一级", "4000", 2, paid=paid_after(g1))),
    )
    # malformed amount, then corrected
    add_dialogue(
        t,
        ("交的250 县里二级医院头回住院 费用填的1.2.5万", e.error("费用")),
        ("打错了 是1.25万", e.inpatient(250, "二级", "12500")),
        ("为什么不是全报", answered(INPATIENT, ["200", "90%"])),
    )
    # malformed age, then corrected; a father under 65 needs a tier
    add_dialogue(
        t,
        ("我妈-62岁 交医保要多少", e.error("年龄")),
        ("写错了 62岁", e.enrol(sex="女", age=62)),
        ("我爸呢 63", e.follow_up(None, ["tier"])),
        ("他打算交一百二十块那档", e.enrol(sex="男", age=63, tier=120)),
    )
    # two stays in one sentence: the first one's payment counts against the cap
    first = e.inpatient(250, "三级", "50000")
    add_dialogue(
        t,
        (
            "250档 今年在三级医院住了两次 第一次花了5万 第二次花了3万 第二次能报多少",
            e.inpatient(250, "三级", "30000", 2, paid=paid_after(first)),
        ),
        ("第二回咋就给报了一点点", answered(CAP, ["6万"])),
        ("这个封顶在哪一条", answered(CAP, [MI])),
    )
    # two months' costs in one sentence
    last_month = e.special(250, "慢性肾功能衰竭", "20000")
    this_month = e.special(250, "慢性肾功能衰竭", "25000", paid_after(last_month))
    add_dialogue(
        t,
        ("我爸门诊透析 250档 上个月花了2万 这个月花了2.5万 这个月能报多少", this_month),
        (
            "下个月估计还要2.5万 能报多少",
            e.special(250, "慢性肾功能衰竭", "25000", paid_after(last_month, this_month)),
        ),
        ("门特有起付线吗", answered(mi("第二十四条"), ["不设起付线"])),
    )
    add_dialogue(
        t,
        (
            "糖尿病两病门诊 二级医院 甲类药2千 报多少",
            e.two_diseases(["糖尿病"], "二级", "2000"),
        ),
        ("为什么只给1200", answered(mi("第二十五条"), ["1200"])),
        ("换成乡卫生院开药呢", e.two_diseases(["糖尿病"], "乡镇卫生院", "2000")),
    )
    add_dialogue(
        t,
        ("媳妇在县医院二级生孩子 合规花了3千8", e.maternity("二级", "3800")),
        ("孩子出生就住院了 要先交钱吗", answered(mi("第二十九条"), ["先自费结算"])),
        ("娃什么时候开始能享受医保", answered(mi("第六条"), ["自出生之日起"])),
    )
    road = quote(RD, "100万元/年")
    add_dialogue(
        t,
        ("四好农村路地区财政一年拿多少养护补贴", answered(road, ["350万"], status=BOTH)),
        ("再加上噶尔普兰两个县呢 一年一共多少", e.road(2, True)),
        ("两年呢", e.road(2, True, 2)),
        ("这个标准出自哪个方案", answered(road, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("补缴医保要交多少", e.follow_up(None, ["fiscal_subsidy"])),
        ("当年财政补助是590", e.late("590")),
        ("为什么要交这么多", answered(mi("第八条"), ["最高筹资标准"])),
        ("补完什么时候能用", answered(mi("第八条"), ["次月"])),
    )
    add_dialogue(
        t,
        ("我妈透析 250档 this month 花了8千 报多少", e.special(250, "慢性肾功能衰竭", "8000")),
        ("Why not 100%?", answered(mi("第二十四条"), ["90%"])),
        ("谢谢 bye", HELLO),
    )
