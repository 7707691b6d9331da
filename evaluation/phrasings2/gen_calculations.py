"""Calculation rows: every calculator, amounts as people type them, expected figures from
evaluation.phrasings.reference (an independent reading of the rules, not the product's code)."""

from __future__ import annotations

from evaluation.phrasings import reference as ref
from evaluation.phrasings.rows import RD, quote
from evaluation.phrasings2.table import HeldoutTable

CAT = "calculation"


def _inpatient(
    t: HeldoutTable,
    q: str,
    tier,
    level,
    cost,
    admission=1,
    in_area=True,
    poor=False,
    already_paid="0",
    **extra,
) -> None:
    inputs = {
        "tier": tier,
        "level": level,
        "in_area": in_area,
        "admission": admission,
        "cost": cost,
        "poor": poor,
        "already_paid": already_paid,
        **extra,
    }
    expected = ref.inpatient(tier, level, cost, admission, in_area, poor, already_paid, **extra)
    cites = ["第二十二条"] + (["第二十九条"] if poor else [])
    cites += ["第二十三条"] if "uncapped_payment" in expected and tier else []
    t.add(
        CAT,
        q,
        status="calculated",
        calculator="inpatient",
        inputs=inputs,
        expected=expected,
        cites=cites,
    )


def _maternity(t: HeldoutTable, q: str, level: str, cost: str) -> None:
    t.add(
        CAT,
        q,
        status="calculated",
        calculator="inpatient",
        inputs={"level": level, "cost": cost, "maternity": True},
        expected=ref.inpatient(None, level, cost, maternity=True),
        cites=["第二十九条"],
    )


def _special(t: HeldoutTable, q: str, tier, disease, cost, poor=False, already_paid="0") -> None:
    expected = ref.special_outpatient(tier, cost, poor, already_paid)
    cites = ["第二十四条"] + (["第二十九条"] if poor else [])
    cites += ["第二十三条"] if "uncapped_payment" in expected else []
    t.add(
        CAT,
        q,
        status="calculated",
        calculator="special_outpatient",
        inputs={
            "tier": tier,
            "disease": disease,
            "cost": cost,
            "poor": poor,
            "already_paid": already_paid,
        },
        expected=expected,
        cites=cites,
    )


def _two(t: HeldoutTable, q: str, diseases, level, class_a, class_b="0", already_paid="0"):
    t.add(
        CAT,
        q,
        status="calculated",
        calculator="two_diseases",
        inputs={
            "diseases": diseases,
            "level": level,
            "class_a": class_a,
            "class_b": class_b,
            "already_paid": already_paid,
        },
        expected=ref.two_diseases(diseases, level, class_a, class_b, already_paid),
        cites=["第二十五条"],
    )


def _general(t: HeldoutTable, q: str, cost: str, prior_cost: str = "0") -> None:
    t.add(
        CAT,
        q,
        status="calculated",
        calculator="general_outpatient",
        inputs={"cost": cost, "prior_cost": prior_cost},
        expected=ref.general_outpatient(cost, prior_cost),
        cites=["第二十六条"],
    )


def _enrol(t: HeldoutTable, q: str, identities=None, sex=None, age=None, tier=None) -> None:
    inputs = {"mode": "enrol", "identities": identities or []}
    inputs.update({k: v for k, v in (("sex", sex), ("age", age), ("tier", tier)) if v})
    t.add(
        CAT,
        q,
        status="calculated",
        calculator="contribution",
        inputs=inputs,
        expected=ref.contribution(identities, sex, age, tier),
        cites=["第十八条"],
    )


def _person(t: HeldoutTable, q: str, site_level: str, months: int, accident=False) -> None:
    inputs = {"mode": "person", "site_level": site_level, "months": months}
    if accident:
        inputs["accident"] = True
    t.add(
        CAT,
        q,
        status="calculated",
        calculator="custodian_pay",
        inputs=inputs,
        expected=ref.custodian_person(site_level, months, accident),
        cites=["第十一条"] if accident else ["第十二条"],
    )


def _road(t: HeldoutTable, q: str, counties: int, prefecture: bool, years: int = 1) -> None:
    t.add(
        CAT,
        q,
        status="calculated",
        calculator="road_subsidy",
        inputs={"counties": counties, "prefecture": prefecture, "years": years},
        expected=ref.road_subsidy(counties, prefecture, years),
        gold=[quote(RD, "100万元/年")],
    )


def _ask(t: HeldoutTable, q: str, calculator: str, missing: list[str]) -> None:
    t.add(CAT, q, status="follow_up", calculator=calculator, follow_up_for=missing, missing=missing)


def build(t: HeldoutTable) -> None:
    # inpatient: amounts in every spelling, levels, admission order, place of treatment
    _inpatient(
        t,
        "俺交的250档，在地区人民医院住院，是三级医院，今年头一回，花了1.5w，能报多少钱",
        250,
        "三级",
        "15000",
    )
    _inpatient(t, "120档 二级医院 今年第二次住院 一万五 报销多少", 120, "二级", "15000", 2)
    _inpatient(
        t,
        "我老伴交60块那档，乡卫生院今年第一次住院，花了8千，医保能给多少",
        60,
        "乡镇卫生院",
        "8000",
    )
    _inpatient(
        t,
        "咱家交的250，孩子在一级医院住院，今年第三回了，这次合规费用两万五，报多少",
        250,
        "一级",
        "25000",
        3,
    )
    _inpatient(
        t,
        "交120档的，社区卫生服务中心第一次住院 ２００００元 能报多少钱",
        120,
        "社区卫生服务中心",
        "20000",
    )
    _inpatient(t, "250档三级医院今年第二次住院 费用15k 统筹基金能付多少", 250, "三级", "15000", 2)
    _inpatient(
        t,
        "我爸交的60档，在县里的二级医院今年第一次住院，合规部分1万5，能报多少",
        60,
        "二级",
        "15000",
    )
    _inpatient(
        t,
        "交250档的阿里参保人，在拉萨一家三级医院住院（今年第一次），花了3万块，报多少",
        250,
        "三级",
        "30000",
        in_area=False,
    )
    _inpatient(
        t,
        "我们在阿里参保，120档，孩子在成都的二级医院第一次住院花了4.2万，回来能报多少",
        120,
        "二级",
        "42000",
        in_area=False,
    )
    _inpatient(
        t,
        "建档立卡户，交250档，在乡镇卫生院头一次住院，花了6800元，报多少",
        250,
        "乡镇卫生院",
        "6800",
        poor=True,
    )
    _inpatient(
        t,
        "建档立卡的 120档 三级医院 今年第二次住院 费用3万5千 能报多少",
        120,
        "三级",
        "35000",
        2,
        poor=True,
    )
    _inpatient(
        t,
        "60档，一级医院，今年前面已经住过三次院，这是第四次，花费九千，报多少",
        60,
        "一级",
        "9000",
        4,
    )
    _inpatient(t, "250档，三级医院今年第一次住院花了8万，最多能报多少", 250, "三级", "80000")
    _inpatient(
        t,
        "我今年住院已经报了4万8了，交的是250档，这回在二级医院第二次住院又花了2万，还能报多少",
        250,
        "二级",
        "20000",
        2,
        already_paid="48000",
    )
    _inpatient(t, "交120档，三级医院头回住院，合规费用才300块，能报多少", 120, "三级", "300")
    _inpatient(t, "交60的，二级医院今年第二次住院，1万5，报多少", 60, "二级", "15000", 2)
    _inpatient(
        t,
        "250档，二级医院第一次住院15天，床位费每天100元，合规费用总共1.8万（含床位费），能报多少",
        250,
        "二级",
        "18000",
        bed_days=15,
        bed_fee="100",
    )
    _inpatient(
        t,
        "120档 乡镇卫生院 首次住院 住了10天 床位费一天30 总共花了5千 报多少",
        120,
        "乡镇卫生院",
        "5000",
        bed_days=10,
        bed_fee="30",
    )
    _maternity(t, "我老婆在二级医院顺产，合规费用4200块，医保报多少", "二级", "4200")
    _maternity(t, "孕妇在三级医院分娩，政策范围内费用7千5，能报多少", "三级", "7500")
    _inpatient(t, "交250，三级医院，今年第二回住院，费用3.6万，报多少", 250, "三级", "36000", 2)
    _inpatient(
        t, "交了120那一档，一级医院首次住院花费一万二千五百元，能报多少", 120, "一级", "12500"
    )
    _inpatient(
        t,
        "阿里参保交60档，在西安的三级医院第一次住院花了5万，能报多少",
        60,
        "三级",
        "50000",
        in_area=False,
    )
    _inpatient(
        t,
        "建档立卡，250档，在拉萨的二级医院今年第一次住院，花了2万，报多少",
        250,
        "二级",
        "20000",
        in_area=False,
        poor=True,
    )
    _inpatient(
        t,
        "250档 今年住院门特已经报了59000 这次一级医院第三次住院花了6千 还能报多少",
        250,
        "一级",
        "6000",
        3,
        already_paid="59000",
    )
    # special outpatient diseases (第二十四条)
    _special(
        t,
        "我妈慢性肾衰在门诊透析，交的120档，这个月合规费用8千，能报多少",
        120,
        "慢性肾功能衰竭",
        "8000",
    )
    _special(t, "恶性肿瘤门诊放疗，250档，合规费用2.4万，报多少", 250, "恶性肿瘤", "24000")
    _special(
        t, "类风湿性关节炎按门诊特殊病报，60档，花了3千5，能报多少", 60, "类风湿性关节炎", "3500"
    )
    _special(
        t,
        "建档立卡的，精神分裂症看门诊，120档，花了6000，报多少",
        120,
        "精神分裂症",
        "6000",
        poor=True,
    )
    _special(
        t,
        "系统性红斑狼疮门特，250档，今年住院加门特已经报了5.5万，这次门诊合规1万，还能报多少",
        250,
        "系统性红斑狼疮",
        "10000",
        already_paid="55000",
    )
    _special(t, "痛风门诊特殊病 60档 花费1200元 能报多少", 60, "痛风", "1200")
    # 两病 (第二十五条)
    _two(t, "糖尿病走两病门诊，在二级医院开药，甲类药1500元，能报多少", ["糖尿病"], "二级", "1500")
    _two(
        t,
        "我高血压糖尿病都有，走两病门诊，一级医院，甲类2000乙类1000，报多少",
        ["高血压", "糖尿病"],
        "一级",
        "2000",
        "1000",
    )
    _two(t, "糖尿病两病，三级医院，甲类800元乙类500元，能报多少", ["糖尿病"], "三级", "800", "500")
    _two(
        t,
        "糖尿病两病门诊今年已报了1000元，这回乡卫生院又开了甲类药600元，还能报多少",
        ["糖尿病"],
        "乡镇卫生院",
        "600",
        already_paid="1000",
    )
    # general outpatient (第二十六条)
    _general(t, "今年第一次看普通门诊花了500块，能报多少", "500")
    _general(t, "普通门诊今年之前已经花过400元了，这次又花了300元，能报多少", "300", "400")
    _general(t, "普通门诊头一回看病花了80元，报多少", "80")
    _general(t, "今年普通门诊累计已经花了1000元，这次又花了200，还能报多少", "200", "1000")
    # contribution (第八、十七、十八条)
    _enrol(t, "我妈今年61岁，城乡居民医保还要交钱吗", sex="女", age=61)
    _enrol(t, "我爸63岁，打算交120档，个人交多少", sex="男", age=63, tier=120)
    _enrol(t, "我是孤儿，参加城乡居民医保个人要交多少", identities=["孤儿"])
    _enrol(t, "我们家老二是一级残疾，参保个人缴多少钱", identities=["重度残疾(一、二级)"])
    _enrol(t, "建档立卡贫困户参保自己交多少，剩下的谁出", identities=["建档立卡贫困人员"])
    _enrol(
        t,
        "寺庙在编僧尼，上一年被评为地区级爱国守法先进，参保个人交多少",
        identities=["僧尼地区级表彰"],
    )
    _enrol(t, "获县级表彰的在编僧尼参加医保要交多少钱", identities=["僧尼县级表彰"])
    _enrol(
        t,
        "建档立卡户家的老爷子70岁了，医保个人还要交60吗",
        identities=["建档立卡贫困人员"],
        sex="男",
        age=70,
    )
    t.add(
        CAT,
        "去年漏交了医保，当年各级财政补贴加起来是580元，现在补缴要交多少",
        status="calculated",
        calculator="contribution",
        inputs={"mode": "late", "fiscal_subsidy": "580"},
        expected=ref.late_payment("580"),
        cites=["第八条"],
    )
    t.add(
        CAT,
        "人均财政补助600元，其中中央补助350元，剩下的自治区、地区、县各出多少",
        status="calculated",
        calculator="contribution",
        inputs={"mode": "split", "total_subsidy": "600", "central_subsidy": "350"},
        expected=ref.subsidy_split("600", "350"),
        cites=["第十七条"],
    )
    # custodians (细则 第十一、十二条)
    _person(t, "自治区级文保单位的野外看管员，干了8个月，工资一共多少", "自治区级", 8)
    _person(t, "全国重点文物保护单位的野外看管员干满12个月，一共能拿多少工资", "全国重点", 12)
    _person(t, "县级野外文物点看管员干了十个月，总共多少钱", "县级", 10)
    t.add(
        CAT,
        "某县有4处县级、1处全国重点野外文保单位，看管员一年工资预算多少",
        status="calculated",
        calculator="custodian_pay",
        inputs={"mode": "budget", "sites": {"县级": 4, "全国重点": 1}, "months": 12},
        expected=ref.custodian_budget({"县级": 4, "全国重点": 1}, 12),
        cites=["第十二条"],
    )
    _person(
        t,
        "自治区级文保单位看管员干了9个月，因重大看管事故被解聘，当年补助还能拿多少",
        "自治区级",
        9,
        accident=True,
    )
    # road maintenance subsidy (四好农村路方案 五（四）)
    _road(t, "日土、革吉、改则三个县一年的养护专项补贴一共多少万", 3, False)
    _road(t, "七个县加上地区财政，一年四好农村路养护专项补贴总共多少万元", 7, True)
    _road(t, "札达县两年的农村公路养护专项补贴是多少万元", 1, False, 2)
    # a needed input is missing: one follow-up for exactly that input
    _ask(t, "住院花了2万，三级医院，今年第一次住院，能报多少", "inpatient", ["tier"])
    _ask(t, "交120档，今年第一次住院花了1万，能报多少", "inpatient", ["level"])
    _ask(t, "看管员在自治区级文保单位干活，一共能拿多少", "custodian_pay", ["months"])
    _ask(t, "250档的，头回住二级医院，帮我算算医保出多少", "inpatient", ["cost"])
    _ask(t, "我得了冠心病在门诊看，交的60档，能报多少？", "special_outpatient", ["cost"])
