"""Calculation rows: every calculator, many amount forms, persons and word orders.

Inputs are drawn with a fixed seed and rendered through several sentence frames; the
expected figures come from evaluation/phrasings/reference.py, never from the product.
"""

from __future__ import annotations

import random

from evaluation.phrasings import reference as ref
from evaluation.phrasings.rows import RD, Table, quote

# Every form of an amount reads as exactly the key (yuan).
AMOUNT_FORMS = {
    "350": ["350块", "350元", "三百五"],
    "2000": ["2000元", "两千", "2千块", "2k", "贰仟元"],
    "2600": ["2600", "两千六", "2.6k"],
    "3000": ["3000元", "三千块", "3千", "3k"],
    "3500": ["三千五", "3500块", "3.5k", "3千5"],
    "4800": ["4800元", "四千八", "4800块"],
    "5000": ["5000", "五千", "5千块", "0.5万", "5k"],
    "6000": ["6000元", "六千", "6k", "6千块"],
    "8000": ["8千", "8000元", "八千块", "8k", "0.8万"],
    "8500": ["8500", "八千五", "8.5k", "8千5"],
    "10000": ["1万", "一万块", "10000元", "1w", "10k", "壹万元"],
    "12000": ["1.2万", "一万二", "12000", "1万2", "12k"],
    "15000": ["1.5w", "1.5W", "1.5万", "一万五", "1万5", "15k", "15000块", "１５０００元"],
    "18000": ["1.8万", "一万八", "18000元", "1万8千"],
    "20000": ["2万", "两万", "20000元", "2w", "二万块", "２００００"],
    "25000": ["两万五", "2.5万", "2万5", "25000", "25k", "二万五千元"],
    "30000": ["3万", "三万块", "30000元", "3w"],
    "36000": ["3.6万", "三万六", "36000元"],
    "45000": ["4.5万", "四万五", "45000"],
    "50000": ["5万", "五万", "50000元", "5w"],
    "80000": ["8万", "八万块", "80000元"],
}

TIER_FORMS = [
    "交的{t}档",
    "{t}元档",
    "缴费档次{t}元",
    "交了{t}",
    "交{t}的",
    "{t}块那档",
    "按{t}元交的",
    "{t}档次",
    "选的{t}那个档",
    "交的{t}",
]
LEVEL_FORMS = {
    "乡镇卫生院": ["乡卫生院", "乡镇卫生院", "镇上的卫生院", "乡里卫生院"],
    "社区卫生服务中心": ["社区卫生服务中心"],
    "一级": ["一级医院", "一级定点医院", "县医院（一级）"],
    "二级": ["二级医院", "二级定点医疗机构", "二级的医院"],
    "三级": ["三级医院", "三甲医院", "三级定点医院"],
}
ADMISSION_FORMS = {
    1: ["第一次住院", "今年头一回住院", "首次住院", "今年第一回住院", "头回住院", "本年度首次住院"],
    2: ["第二次住院", "今年第二回住院", "今年二次住院"],
    3: ["第三次住院", "今年第三回住院"],
    4: ["今年第四次住院"],
}
WHO = ["我", "我爸", "我妈", "俺娘", "我家老头", "孩子", "我老婆", "我哥", "我奶奶", ""]
ASK = [
    "能报多少？",
    "报多少",
    "医保能给报多少钱",
    "统筹基金支付多少？",
    "能报销多少啊",
    "可以报多少",
    "能报好多钱嘛",
    "咋个报，能报几多",
    "医保出多少？",
]
HOME_PLACES = [
    "在阿里",
    "在狮泉河",
    "在噶尔县",
    "在普兰县",
    "在札达县托林镇",
    "在日土县",
    "在改则县",
    "在措勤县",
    "在革吉县",
    "",
]
AWAY_CITIES = [
    "成都",
    "拉萨",
    "日喀则",
    "西安",
    "北京",
    "乌鲁木齐",
    "石家庄",
    "重庆",
    "西宁",
    "兰州",
    "昆明",
    "上海",
    "广州",
    "林芝",
    "那曲",
    "咸阳",
    "郑州",
    "武汉",
]
COUNTIES = ["噶尔", "普兰", "札达", "日土", "革吉", "改则", "措勤"]


def _amount(rng: random.Random, value: str) -> str:
    return rng.choice(AMOUNT_FORMS[value])


def _inpatient_sentence(rng, tier, level, admission, cost, in_area, poor, who) -> str:
    t = rng.choice(TIER_FORMS).format(t=tier) if tier else ""
    hospital = rng.choice(LEVEL_FORMS[level])
    # only the prefecture hospital in 狮泉河 is 三级; county towns have the lower levels
    home = ["在阿里", "在狮泉河", "在地区", ""] if level == "三级" else HOME_PLACES
    place = rng.choice(home) if in_area else "在" + rng.choice(AWAY_CITIES) + "的"
    if not in_area and not place.endswith("的"):
        place += "的"
    adm = rng.choice(ADMISSION_FORMS[admission])
    c = _amount(rng, cost) if cost else ""
    ask = rng.choice(ASK)
    poor_text = (
        rng.choice(["我们是建档立卡户，", "建档立卡贫困户，", "家里是建档立卡的，"]) if poor else ""
    )
    frames = [
        "{poor}{who}{t}，{place}{h}{adm}，花了{c}，{ask}",
        "{poor}{t}的，{place}{h}{adm}，合规费用{c}，{ask}",
        "{poor}{who}{place}{h}{adm}，医保范围内的费用{c}，{t}，{ask}",
        "{poor}{c} {t} {place}{h} {adm} {ask}",
        "请问{poor}{who}{place}{h}{adm}花了{c}，{t}，{ask}",
        "{poor}{who}{adm}，住的{place}{h}，能报的费用是{c}，{t}，{ask}",
        "{poor}{place}{h}{adm}{c}{t}{ask}",
        "{poor}{t}，{who}{adm}在{h2}，政策范围内{c}，{ask}",
    ]
    frame = rng.choice(frames)
    if "{h2}" in frame:
        frame = frame.replace("在{h2}", "{place}{h}")
    text = frame.format(
        poor=poor_text, who=who, t=t, place=place, h=hospital, adm=adm, c=c, ask=ask
    )
    for a, b in (("，，", "，"), ("  ", " "), ("， ", "，"), ("在在", "在")):
        text = text.replace(a, b)
    return text.strip("，").strip()


def inpatient_rows(table: Table, rng: random.Random) -> None:
    levels = list(LEVEL_FORMS)
    costs = [c for c in AMOUNT_FORMS if c not in ("350",)]
    made = 0
    while made < 60:
        tier = rng.choice([60, 120, 250])
        level = rng.choice(levels)
        admission = rng.choice([1, 1, 1, 2, 2, 3, 4])
        cost = rng.choice(costs)
        in_area = rng.random() > 0.25
        poor = rng.random() < 0.2
        who = rng.choice(WHO)
        question = _inpatient_sentence(rng, tier, level, admission, cost, in_area, poor, who)
        if question in table._seen:
            continue
        inputs = {
            "tier": tier,
            "level": level,
            "in_area": in_area,
            "admission": admission,
            "cost": cost,
            "poor": poor,
            "already_paid": "0",
        }
        cites = ["第二十二条"] + (["第二十九条"] if poor else [])
        table.add(
            "calculation",
            question,
            status="calculated",
            calculator="inpatient",
            inputs=inputs,
            expected=ref.inpatient(tier, level, cost, admission, in_area, poor),
            cites=cites,
        )
        made += 1
    # below the deductible
    for q, tier, level in [
        ("交120的，在三甲医院住了两天院，合规才花了350块，第一次住，能报吗报多少", 120, "三级"),
        ("60档 乡卫生院第一次住院 合规费用80元 能报多少", 60, "乡镇卫生院"),
    ]:
        cost = "350" if "350" in q else "80"
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="inpatient",
            inputs={"tier": tier, "level": level, "in_area": True, "admission": 1, "cost": cost},
            expected=ref.inpatient(tier, level, cost, 1),
            cites=["第二十二条"],
        )
    # the yearly cap (第二十三条) with money already paid this year
    for q, tier, level, adm, cost, paid in [
        (
            "交250档，今年住院加门诊特殊病已经报了5万，这次三级医院第三次住院，合规费用3万，还能报多少",
            250,
            "三级",
            3,
            "30000",
            "50000",
        ),
        (
            "我爸今年医保已经给报了58000了，又在二级医院住院，第二次，花了8千，120档，还能报多少",
            120,
            "二级",
            2,
            "8000",
            "58000",
        ),
        (
            "今年统筹已经支付了六万，再在乡卫生院第四次住院花了2000，交的60，还报不报",
            60,
            "乡镇卫生院",
            4,
            "2000",
            "60000",
        ),
        (
            "已经报过4.5万了，这回是今年第二次住院，一级医院，费用2.5万，250档，能报多少",
            250,
            "一级",
            2,
            "25000",
            "45000",
        ),
        (
            "今年已报销52000元，三级医院首次住院合规费用4万，缴费档次250元，统筹基金本次支付多少",
            250,
            "三级",
            1,
            "40000",
            "52000",
        ),
    ]:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="inpatient",
            inputs={
                "tier": tier,
                "level": level,
                "in_area": True,
                "admission": adm,
                "cost": cost,
                "already_paid": paid,
            },
            expected=ref.inpatient(tier, level, cost, adm, already_paid=paid),
            cites=["第二十二条", "第二十三条"],
        )
    # bed fee above the cap (第二十二条（二）)
    for q, tier, level, days, fee, cost in [
        (
            "250档，二级医院第一次住院住了12天，床位费每天90元，合规费用一共1万（含床位费），能报多少",
            250,
            "二级",
            12,
            "90",
            "10000",
        ),
        (
            "在三级医院住了8天院，床位一天收120，总的合规费用2万包括床位费，交的120，第一次住，报多少",
            120,
            "三级",
            8,
            "120",
            "20000",
        ),
        (
            "乡卫生院住了5天，床位费每天30块，费用3000含床位费，60档，头回住院，能报多少",
            60,
            "乡镇卫生院",
            5,
            "30",
            "3000",
        ),
        (
            "一级医院住院10天 床位费每天50 合规费用8000元含床位 交120 第一次",
            120,
            "一级",
            10,
            "50",
            "8000",
        ),
    ]:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="inpatient",
            inputs={
                "tier": tier,
                "level": level,
                "in_area": True,
                "admission": 1,
                "cost": cost,
                "bed_days": days,
                "bed_fee": fee,
            },
            expected=ref.inpatient(tier, level, cost, 1, bed_days=days, bed_fee=fee),
            cites=["第二十二条"],
        )
    # maternity delivery and newborn rescue: in full (第二十九条（二）)
    for q, level, cost in [
        ("我老婆在地区人民医院（三级）顺产生娃，合规费用3500，医保报多少", "三级", "3500"),
        ("媳妇在县医院（一级）生孩子花了两千，医保范围内的，能报多少", "一级", "2000"),
        ("孕妇在二级医院分娩，政策范围内费用4800元，统筹基金支付多少？", "二级", "4800"),
        ("我姐在乡卫生院生小孩，合规费用两千六，能报多少钱", "乡镇卫生院", "2600"),
    ]:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="inpatient",
            inputs={
                "level": level,
                "in_area": True,
                "admission": 1,
                "cost": cost,
                "maternity": True,
            },
            expected=ref.inpatient(None, level, cost, maternity=True),
            cites=["第二十九条"],
        )


DISEASES = [
    ("白血病", "孩子白血病在门诊化疗"),
    ("恶性肿瘤", "我妈肺癌（恶性肿瘤）门诊放疗"),
    ("慢性肾功能衰竭", "我爸慢性肾衰门诊透析"),
    ("慢性肾功能衰竭", "老伴尿毒症，在门诊做透析"),
    ("器官移植后的抗排异反应治疗", "我肾移植后在门诊吃抗排异的药"),
    ("精神分裂症", "我弟精神分裂症门诊治疗"),
    ("糖尿病", "我糖尿病按门诊特殊病看"),
    ("再生障碍性贫血", "再生障碍性贫血门诊治疗"),
    ("慢性高原性心脏病", "高原性心脏病门诊看"),
    ("心肌缺血", "心肌缺血在门诊开药"),
    ("先天性心脏病", "孩子先天性心脏病门诊复查"),
    ("高血压", "我高血压一直在150/95以上，按门诊特殊病看"),
    ("脑供血不足", "脑供血不足门诊治疗"),
    ("慢性肝硬化", "肝硬化门诊看病"),
    ("类风湿性关节炎", "类风湿性关节炎门诊"),
    ("骨关节炎", "老年性膝关节退行性病变门诊治疗"),
    ("系统性红斑狼疮", "红斑狼疮门诊"),
    ("慢性支气管炎", "慢性支气管炎门诊开药"),
    ("痛风", "痛风门诊"),
    ("冠心病", "冠心病门诊"),
    ("慢性肾小球肾炎", "慢性肾小球肾炎门诊"),
    ("甲状腺功能亢进", "甲亢门诊吃药"),
    ("甲状腺功能减退", "甲减门诊"),
    ("心血管系统介入术后治疗", "心脏放支架以后门诊治疗"),
    ("结核病", "结核病辅助治疗门诊"),
    ("大骨节病", "大骨节病门诊"),
    ("青光眼", "青光眼门诊"),
    ("癫痫", "癫痫门诊开药"),
    ("布鲁菌病", "布鲁菌病门诊"),
    ("过敏性紫癜", "过敏性紫癜门诊"),
    ("慢性阻塞性肺部疾病", "慢阻肺门诊"),
]


def special_outpatient_rows(table: Table, rng: random.Random) -> None:
    costs = [
        "2000",
        "2600",
        "3000",
        "3500",
        "5000",
        "6000",
        "8000",
        "10000",
        "12000",
        "15000",
        "18000",
    ]
    frames = [
        "{poor}{t}，{d}，这个月合规费用{c}，{ask}",
        "{poor}{d}花了{c}，{t}，{ask}",
        "{d} {c} {t} {ask}",
        "{poor}参保档次{tier}元，{d}，政策范围内费用{c}，门诊特殊病能报多少？",
        "{poor}{d}，一个月{c}，我们{t}，门特{ask}",
    ]
    for disease, phrase in DISEASES:
        tier = rng.choice([60, 120, 250])
        poor = rng.random() < 0.2
        cost = rng.choice(costs)
        poor_text = "建档立卡户，" if poor else ""
        q = rng.choice(frames).format(
            poor=poor_text,
            t=rng.choice(TIER_FORMS).format(t=tier),
            tier=tier,
            d=phrase,
            c=_amount(rng, cost),
            ask=rng.choice(ASK),
        )
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="special_outpatient",
            inputs={
                "tier": tier,
                "disease": disease,
                "cost": cost,
                "poor": poor,
                "already_paid": "0",
            }
            | ({"bp_150_95": True} if disease == "高血压" else {}),
            expected=ref.special_outpatient(tier, cost, poor),
            cites=["第二十四条"] + (["第二十九条"] if poor else []),
        )
    for q, disease, tier, cost, paid in [
        (
            "冠心病门诊特殊病，今年住院和门特已经报了5.8万，这次门诊合规花了5000，250档，还能报多少",
            "冠心病",
            250,
            "5000",
            "58000",
        ),
        (
            "今年医保已经报到59000了，我妈透析这个月又花了3000，交120的，还能报多少",
            "慢性肾功能衰竭",
            120,
            "3000",
            "59000",
        ),
    ]:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="special_outpatient",
            inputs={"tier": tier, "disease": disease, "cost": cost, "already_paid": paid},
            expected=ref.special_outpatient(tier, cost, already_paid=paid),
            cites=["第二十四条"],
        )


def two_disease_rows(table: Table, rng: random.Random) -> None:
    cases = [
        (
            ["高血压"],
            "乡镇卫生院",
            "600",
            "0",
            "0",
            "高血压按两病在乡卫生院开药，甲类药600元，能报多少",
        ),
        (
            ["高血压"],
            "一级",
            "500",
            "300",
            "0",
            "两病门诊，高血压，一级医院，甲类500乙类300，报多少",
        ),
        (
            ["糖尿病"],
            "二级",
            "1000",
            "500",
            "0",
            "糖尿病两病门诊在二级医院买药，甲类药一千，乙类五百，能报多少钱",
        ),
        (
            ["糖尿病"],
            "三级",
            "2000",
            "0",
            "0",
            "我糖尿病，三级医院两病门诊开药两千块都是甲类，报多少",
        ),
        (
            ["高血压", "糖尿病"],
            "二级",
            "1500",
            "1000",
            "0",
            "高血压糖尿病都有，二级医院两病门诊，甲类1500乙类1000，能报多少",
        ),
        (["高血压"], "三级", "1200", "800", "0", "高血压两病 三级医院 甲类1200 乙类800"),
        (
            ["高血压"],
            "乡镇卫生院",
            "800",
            "0",
            "500",
            "高血压两病门诊今年已经报了500，这次乡卫生院又开了800块甲类药，还能报多少",
        ),
        (
            ["糖尿病"],
            "一级",
            "900",
            "600",
            "1000",
            "糖尿病两病已经报了1000元，一级医院再开药甲类900乙类600，还能报多少",
        ),
        (
            ["高血压", "糖尿病"],
            "三级",
            "3000",
            "2000",
            "1500",
            "两个病都有（高血压+糖尿病），今年两病门诊报了1500，三级医院开药甲类3千乙类2千，还能报多少",
        ),
        (
            ["糖尿病"],
            "社区卫生服务中心",
            "400",
            "200",
            "0",
            "社区卫生服务中心开糖尿病的药，两病门诊，甲类400乙类200，能报多少",
        ),
        (
            ["高血压"],
            "二级",
            "300",
            "100",
            "0",
            "老爸高血压，在二级医院按两病开药，甲类三百，乙类一百，报多少",
        ),
        (
            ["糖尿病"],
            "乡镇卫生院",
            "1500",
            "1000",
            "0",
            "乡镇卫生院两病门诊糖尿病用药：甲类1500元、乙类1000元，统筹支付多少？",
        ),
        (
            ["高血压", "糖尿病"],
            "一级",
            "2000",
            "2000",
            "0",
            "高血压加糖尿病，一级医院两病门诊，甲类乙类各两千，能报多少",
        ),
        (
            ["高血压"],
            "一级",
            "1000",
            "0",
            "0",
            "两病门诊看高血压，县医院（一级）甲类药1000块，能报多少",
        ),
    ]
    for diseases, level, a, b, paid, q in cases:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="two_diseases",
            inputs={
                "diseases": diseases,
                "level": level,
                "class_a": a,
                "class_b": b,
                "already_paid": paid,
            },
            expected=ref.two_diseases(diseases, level, a, b, paid),
            cites=["第二十五条"],
        )


def general_outpatient_rows(table: Table, rng: random.Random) -> None:
    cases = [
        ("今年头一次看普通门诊，花了300，能报多少", "300", "0"),
        ("普通门诊看感冒花了150元，今年第一次看，报多少", "150", "0"),
        ("普通门诊这次花了两百，今年前面已经看过花了一百，能报多少", "200", "100"),
        ("今年普通门诊累计已经花了600，今天又花了200，这次还能报多少", "200", "600"),
        ("普通门诊 第一次 花了80块 能报吗", "80", "0"),
        ("我今年普通门诊一共已经花了300元，这次又看了一次花了400元，报多少", "400", "300"),
        ("孩子发烧看普通门诊花了五百，今年头一回，医保给多少", "500", "0"),
        ("普通门诊今年前面花了1000了，再看一次花150，还能报吗", "150", "1000"),
        ("门诊统筹：今年首次普通门诊就诊，合规费用260元，报销多少？", "260", "0"),
        ("普通门诊已经花了120元，这次又花了180元，这次报多少", "180", "120"),
        ("普通门诊看牙疼花了350块今年第一次能报多少", "350", "0"),
        ("今年普通门诊之前花了四百五，这回花了一百五，报多少", "150", "450"),
    ]
    for q, cost, prior in cases:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="general_outpatient",
            inputs={"cost": cost, "prior_cost": prior},
            expected=ref.general_outpatient(cost, prior),
            cites=["第二十六条"],
        )


def contribution_rows(table: Table, rng: random.Random) -> None:
    enrol = [
        # (question, identities, sex, age, tier)
        ("我爸68岁，交医保还要自己出钱吗", [], "男", 68, None),
        ("我妈今年61了，参保要交多少钱", [], "女", 61, None),
        ("我奶奶75岁，医保个人交多少，谁替她交", [], "女", 75, None),
        ("我爷爷刚满65周岁，今年参保还要交钱吗", [], "男", 65, None),
        ("老伴60岁（女），城乡居民医保个人缴费多少", [], "女", 60, None),
        ("家里老人（男）70周岁，医保费谁出，各出多少", [], "男", 70, None),
        ("我64岁男的，想交250档，要交多少", [], "男", 64, 250),
        ("我妈59岁，交120档，自己交多少", [], "女", 59, 120),
        ("我38岁，选60元档，个人要交多少钱", [], None, 38, 60),
        ("我们家是低保户，参加医保个人交多少", ["低保对象"], None, None, None),
        ("孤儿参保要交钱吗", ["孤儿"], None, None, None),
        (
            "我儿子是二级残疾，办了残疾证，医保个人要交多少",
            ["重度残疾(一、二级)"],
            None,
            None,
            None,
        ),
        ("特困供养人员参加城乡居民医保个人缴多少", ["特困供养人员"], None, None, None),
        ("建档立卡贫困户交医保自己出多少，剩下的谁出", ["建档立卡贫困人员"], None, None, None),
        (
            "我是建档立卡的，又是低保，医保个人交多少",
            ["建档立卡贫困人员", "低保对象"],
            None,
            None,
            None,
        ),
        (
            "寺里的僧人，去年得了自治区级爱国守法先进，参保个人交多少",
            ["僧尼自治区级表彰"],
            None,
            None,
            None,
        ),
        (
            "在编尼姑，寺庙被评为地区级和谐模范，医保自己交多少钱",
            ["僧尼地区级表彰"],
            None,
            None,
            None,
        ),
        ("县级爱国守法先进僧尼参保个人缴费多少，县财政补多少", ["僧尼县级表彰"], None, None, None),
        ("我66岁，是建档立卡户（男），医保个人要交多少", ["建档立卡贫困人员"], "男", 66, None),
        (
            "僧人获县级表彰，同时是建档立卡户，个人交多少",
            ["僧尼县级表彰", "建档立卡贫困人员"],
            None,
            None,
            None,
        ),
        ("一级残疾的人医保个人缴费多少", ["重度残疾(一、二级)"], None, None, None),
        ("我爸67了 医保还交不交钱 交多少", [], "男", 67, None),
        ("俺娘62岁了，医保个人交几多", [], "女", 62, None),
        ("我是男的61岁，交120的档，个人出多少", [], "男", 61, 120),
    ]
    for q, identities, sex, age, tier in enrol:
        inputs = {"mode": "enrol", "identities": identities}
        if sex:
            inputs["sex"] = sex
        if age is not None:
            inputs["age"] = age
        if tier:
            inputs["tier"] = tier
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="contribution",
            inputs=inputs,
            expected=ref.contribution(identities, sex, age, tier),
            cites=["第十八条"],
        )
    for q, subsidy in [
        ("去年没按时交医保，现在要补缴，那年各级财政补贴一共是610元，我要补多少钱", "610"),
        ("补缴城乡居民医保，财政补助标准是550元，个人一共要交多少", "550"),
        ("错过缴费期了想补交，当年财政补贴合计580块，补交要多少", "580"),
        ("补缴：各级财政补贴部分600元，个人全额补缴应交多少？", "600"),
    ]:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="contribution",
            inputs={"mode": "late", "fiscal_subsidy": subsidy},
            expected=ref.late_payment(subsidy),
            cites=["第八条"],
        )
    for q, total, central in [
        ("人均财政补助550元，中央补了400元，剩下的自治区、地区、县各承担多少", "550", "400"),
        ("财政补助总共600块，中央出450，自治区地区县按比例各出多少", "600", "450"),
        ("医保财政补助每人580元，其中中央480元，剩余部分三级怎么分，各多少钱", "580", "480"),
        ("补助资金一共1000万元减去中央的700万元，自治区、地、县各负担多少", "10000000", "7000000"),
    ]:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="contribution",
            inputs={"mode": "split", "total_subsidy": total, "central_subsidy": central},
            expected=ref.subsidy_split(total, central),
            cites=["第十七条"],
        )


def custodian_rows(table: Table, rng: random.Random) -> None:
    person = [
        ("我在县级文保单位当野外看管员，干了5个月，工资一共多少", "县级", 5),
        ("看管自治区级文物保护单位，干满一年能拿多少钱", "自治区级", 12),
        ("我是全国重点文物保护单位的看管员，干了半年，总共多少工资", "全国重点", 6),
        ("县级野外文物看管员三个月工资多少", "县级", 3),
        ("在国保单位（全国重点）当看管员8个月，一共多少钱", "全国重点", 8),
        ("我看管一处县级的文物点，干了10个月，能拿多少", "县级", 10),
        ("自治区级文保单位看管员干了七个月 工资总共", "自治区级", 7),
        ("我爸在县级野外文物保护单位看管，干了一年，一共发多少工资", "县级", 12),
        ("看管员（自治区级）4个月多少钱", "自治区级", 4),
        ("我在札达县一处县级文保单位当看管员，干了9个月，工资合计多少", "县级", 9),
        ("日土县的自治区级文物保护单位看管员，两个月工资多少", "自治区级", 2),
    ]
    for q, level, months in person:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="custodian_pay",
            inputs={"mode": "person", "site_level": level, "months": months},
            expected=ref.custodian_person(level, months),
            cites=["第十二条"],
        )
    budget = [
        (
            "某县有3处县级和2处自治区级野外文物保护单位，一年看管人员工资预算多少",
            {"县级": 3, "自治区级": 2},
            12,
        ),
        ("2处县级野外文保单位配看管员，半年工资预算是多少", {"县级": 2}, 6),
        ("一处全国重点文物保护单位配齐看管员，一年要多少经费", {"全国重点": 1}, 12),
        (
            "5处县级、1处全国重点野外文保单位，按细则配看管员，3个月工资总额多少",
            {"县级": 5, "全国重点": 1},
            3,
        ),
        ("县里4处自治区级文保单位，看管员一年的工资预算", {"自治区级": 4}, 12),
        ("6处县级野外文物保护单位看管人员10个月的经费是多少", {"县级": 6}, 10),
    ]
    for q, sites, months in budget:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="custodian_pay",
            inputs={"mode": "budget", "sites": sites, "months": months},
            expected=ref.custodian_budget(sites, months),
            cites=["第十二条"],
        )
    for q, level, months in [
        ("我在县级文保单位看管了6个月，出了重大看管事故被解聘了，今年补助还能拿多少", "县级", 6),
        ("自治区级看管员干了11个月出了重大事故，当年补助还有多少", "自治区级", 11),
    ]:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="custodian_pay",
            inputs={"mode": "person", "site_level": level, "months": months, "accident": True},
            expected=ref.custodian_person(level, months, accident=True),
            cites=["第十一条"],
        )


def road_rows(table: Table, rng: random.Random) -> None:
    cases = [
        ("噶尔、普兰两县加地区财政一年设立的养护专项补贴一共多少万元", 2, True, 1),
        ("七个县一年的四好农村路养护专项补贴加起来多少万", 7, False, 1),
        ("全地区地县两级一年的养护专项补贴资金总共多少万元", 7, True, 1),
        ("札达县三年的养护专项补贴一共多少万元", 1, False, 3),
        ("改则、革吉、措勤三个县一年养护补贴合计多少", 3, False, 1),
        ("日土县一年的农村公路养护专项补贴多少万元", 1, False, 1),
        ("地区财政加上七个县，两年的养护专项补贴一共多少万", 7, True, 2),
        ("普兰和札达两个县，加上地区，一年的四好农村路养护补贴多少万元", 2, True, 1),
        ("噶尔 日土 革吉 改则四个县的养护专项补贴一年总共", 4, False, 1),
    ]
    for q, counties, prefecture, years in cases:
        table.add(
            "calculation",
            q,
            status="calculated",
            calculator="road_subsidy",
            inputs={"counties": counties, "prefecture": prefecture, "years": years},
            expected=ref.road_subsidy(counties, prefecture, years),
            gold=[quote(RD, "100万元/年")],
        )


def missing_rows(table: Table, rng: random.Random) -> None:
    """A needed input is left out on purpose: the right response asks for it."""
    cases = [
        ("inpatient", ["tier"], "我在二级医院第一次住院花了1.2万，能报多少"),
        ("inpatient", ["tier"], "我妈三甲医院首次住院合规费用3万，医保报多少"),
        ("inpatient", ["tier"], "乡卫生院住院，头一回，花了三千五，能报多少钱"),
        ("inpatient", ["tier"], "在成都三级医院第一次住院花了2w，报多少"),
        ("inpatient", ["tier"], "一级医院第二次住院 八千块 能报几多"),
        ("inpatient", ["level"], "交的250档，第一次住院花了2万，能报多少"),
        ("inpatient", ["level"], "120档，今年头回住院，合规费用一万五，报多少"),
        ("inpatient", ["cost"], "交250档，在三级医院第一次住院，能报多少钱"),
        ("inpatient", ["cost"], "60元档，乡卫生院首次住院，医保能给报多少钱"),
        ("special_outpatient", ["tier"], "我爸冠心病在门诊看，这个月合规花了3000，能报多少"),
        ("special_outpatient", ["tier"], "孩子白血病门诊化疗1.8万，能报多少"),
        ("special_outpatient", ["tier"], "类风湿性关节炎门诊特殊病，花了两千六，报多少"),
        ("special_outpatient", ["cost"], "交120档，慢性肾衰门诊透析，这个月能报多少钱"),
        ("two_diseases", ["level"], "高血压两病门诊，甲类药600元，能报多少"),
        ("general_outpatient", ["cost"], "普通门诊今年已经花了200了，这次看病能报多少钱"),
        ("contribution", ["tier"], "我妈58岁，参保个人要交多少钱"),
        ("contribution", ["tier"], "我30岁，城乡居民医保个人交多少"),
        ("contribution", ["fiscal_subsidy"], "去年没交医保，现在补交要交多少钱"),
        ("contribution", ["fiscal_subsidy"], "过了缴费期了，补缴医保得交多少"),
        ("custodian_pay", ["site_level"], "我是野外文物看管员，干了5个月，一共多少工资"),
        ("custodian_pay", ["months"], "县级文保单位看管员，一共能拿多少钱"),
        ("road_subsidy", ["counties"], "几个县加起来一年的养护专项补贴多少万元，怎么算"),
    ]
    for calculator, missing, q in cases:
        if calculator == "road_subsidy":
            continue  # the number of counties cannot be asked sensibly without a name; kept out
        table.add(
            "calculation",
            q,
            status="follow_up",
            calculator=calculator,
            follow_up_for=missing,
            missing=missing,
        )


def build(table: Table) -> None:
    rng = random.Random(2020)
    inpatient_rows(table, rng)
    special_outpatient_rows(table, rng)
    two_disease_rows(table, rng)
    general_outpatient_rows(table, rng)
    contribution_rows(table, rng)
    custodian_rows(table, rng)
    road_rows(table, rng)
    missing_rows(table, rng)
