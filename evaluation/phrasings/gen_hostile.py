"""Hostile and malformed input: amounts that must not be read partly, markup, emoji, long
pastes with the question at the end, Tibetan (a polite Chinese refusal) and English
questions (answered from the Chinese text, with the gold article).
"""

from __future__ import annotations

from evaluation.phrasings.rows import RC, RP, Table, art, mi

COST = ["费用"]

MALFORMED = [
    ("交250档，三级医院第一次住院，费用2e9元，能报多少", COST),
    ("120档二级医院第一次住院花了12,00块，报多少", COST),
    ("250档 一级医院 首次住院 花了一点二万五 报多少", COST),
    ("交60档，乡卫生院第一次住院，花了1e4元，能报多少", COST),
    ("三级医院第一次住院，250档，合规费用-5000元，报多少", COST),
    ("交120档二级医院第一次住院，费用1..5万，能报多少", COST),
    ("普通门诊今年第一次看病花了12.3.4元，报多少", COST),
    ("交250档，三级医院第一次住院花了3万5千6百万零二，能报多少", COST),
    ("60档乡卫生院首次住院费用五千块块块八，报多少", COST),
    ("交了999档，二级医院第一次住院花了1万，报多少", ["档次"]),
    ("交250档，在五级医院第一次住院花了一万，能报多少", ["级别"]),
    ("我爸300岁了，医保还要交钱吗", ["年龄"]),
    ("县级看管员干了-3个月，工资多少", ["月"]),
    ("县级文保单位看管员干了2.5.1个月，一共多少钱", ["月"]),
    ("冠心病门诊特殊病，120档，这个月花了NaN元，能报多少", COST),
    ("交250档三级医院第一次住院，费用是1/2万，报多少", COST),
]

TIBETAN = [
    "བཀྲ་ཤིས་བདེ་ལེགས།",
    "སྨན་བཅོས་འགན་སྲུང་གི་ཐོབ་ཐང་ག་ཚོད་ཡོད།",
    "ང་ལ་སྨན་ཁང་དུ་འགྲོ་དགོས།",
    "རིག་དངོས་སྲུང་སྐྱོབ་ཀྱི་སྒྲིག་གཞི་གང་ཡིན།",
    "ཁྱེད་རང་སྐུ་གཟུགས་བདེ་པོ་ཡིན་པས།",
]

ENGLISH = [
    (
        "What is the inpatient deductible at a tertiary hospital in Ngari?",
        [mi("第二十二条")],
        ["400"],
    ),
    (
        "How much does a custodian of a county-level field relic site earn per month?",
        [art(RC, "第十二条")],
        ["1200"],
    ),
    (
        "When is the payment period for resident medical insurance each year?",
        [mi("第八条")],
        ["10月1日"],
    ),
    ("Which diseases count as special outpatient diseases?", [mi("第二十四条")], ["恶性肿瘤"]),
    ("Who collects the individual insurance contributions?", [mi("第十五条")], ["税务部门"]),
    (
        "Is kidney dialysis covered as a special outpatient disease?",
        [mi("第二十四条")],
        ["慢性肾功能衰竭"],
    ),
    (
        "What is the annual payment cap of the resident medical insurance?",
        [mi("第二十三条")],
        ["6万"],
    ),
    ("Are traffic accident injuries reimbursed by the insurance?", [mi("第三十条")], ["交通事故"]),
    (
        "What reimbursement ratio applies to the 120 yuan tier at a second-level hospital?",
        [mi("第二十二条")],
        ["75%"],
    ),
    (
        "Within how many days must I register a hospital stay outside Tibet?",
        [mi("第三十三条")],
        ["5日"],
    ),
    (
        "What should I do if I find a relic while building a house?",
        [art(RP, "第二十一条")],
        ["报告"],
    ),
    ("How old must a field relic custodian be?", [art(RC, "第五条")], ["25", "50"]),
    ("Can I take photos of murals in a protected temple?", [art(RP, "第三十七条")], ["不得拍摄"]),
    ("do i have to pay the insurance premium if my father is 70", [mi("第十八条")], ["65"]),
    ("What is the general outpatient annual limit?", [mi("第二十六条")], ["300"]),
    (
        "How long can state-owned collections lend relics to each other?",
        [art(RP, "第二十七条")],
        ["两年"],
    ),
]

ENGLISH += [  # English with Chinese terms mixed in
    ("What does 第三十条 exclude from payment?", [mi("第三十条")], ["挂号费"]),
    ("Is 冠心病 a special outpatient disease?", [mi("第二十四条")], ["冠心病"]),
    ("How much does a 建档立卡 household member pay to enrol?", [mi("第十八条")], ["60"]),
]

EMPTY_OR_SYMBOLS = [
    "🏥💊💰",
    "👍",
    "🤔🤔🤔？",
    "？？？",
    "。。。",
    "   ",
    "<script>alert('医保')</script>",
    "<div></div>",
]

FILLERS = [
    "【群聊记录】张三：今天开会了吗？李四：开了，说了很多事情。王五：收到。" * 40,
    "阿里地区城乡居民基本医疗保险宣传材料。参保缴费，人人有责；保障健康，家家受益。" * 45,
    "哈" * 2500,
    ("各县人民政府，行署各局、委、办、处：现将有关事项通知如下，请认真抓好贯彻执行。" * 35),
    "😀" * 600 + "。",
]
TAILS = [
    ("请问：三级医院住院起付线是多少？", [mi("第二十二条")], ["400"]),
    ("问一下，门诊特殊病有没有起付线？", [mi("第二十四条")], ["不设起付线"]),
    ("最后一个问题：县级野外文物看管员每月工资多少？", [art(RC, "第十二条")], ["1200"]),
    ("那么，在区外住院要几天内备案？", [mi("第三十三条")], ["5日"]),
    ("医保一年最多报多少钱？", [mi("第二十三条")], ["6万"]),
]

DECORATED = [
    ("<b>住院起付线是多少？</b>", [mi("第二十二条")], ["400"]),
    ("住院起付线多少😭😭😭", [mi("第二十二条")], ["400"]),
    ("住院起付线'; DROP TABLE users;--", [mi("第二十二条")], ["400"]),
    ("**普通门诊**一年最多报多少？？？", [mi("第二十六条")], ["300"]),
    ("   \n\n  每年几月份交医保   \n", [mi("第八条")], ["10月1日"]),
    ("问：看管员的工资谁出？答：", [art(RC, "第十二条")], ["地区财政"]),
]


def build(table: Table) -> None:
    for question, names in MALFORMED:
        table.add("hostile_malformed", question, status="error", error_contains=names)
    for question in TIBETAN:
        table.add("hostile_malformed", question, status="error", error_contains=["中文"])
    for question in EMPTY_OR_SYMBOLS:
        table.add("hostile_malformed", question, status="error")
    # a chat app's placeholder for a picture: nothing to answer; a polite decline also fits
    table.add("hostile_malformed", "[图片]", status=["error", "out_of_scope"])
    for filler, (tail, gold, contains) in zip(FILLERS, TAILS, strict=True):
        table.add(
            "hostile_malformed",
            filler + tail,
            status="answered",
            gold=gold,
            answer_contains=contains,
        )
    for question, gold, contains in DECORATED:
        table.add(
            "hostile_malformed", question, status="answered", gold=gold, answer_contains=contains
        )
    for question, gold, contains in ENGLISH:
        status = ["answered", "calculated"] if gold[0].get("article") == "第十八条" else "answered"
        table.add("english", question, status=status, gold=gold, answer_contains=contains)
