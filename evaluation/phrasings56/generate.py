"""python -m evaluation.phrasings56.generate — write the rows of the classes of the
fifty-first session (phrasings56: tune56 and heldout56).

As phrasings55: each class has four sentence frames, two rows a frame; relatives, ages,
counties, months, hospitals, tiers and bills are drawn with a seeded generator (SEED = 56);
every expected figure comes from the independent reference (evaluation/phrasings/reference.py:
a poor person's stay, a 门特 bill, a person's contribution). The session's eight kinds of
question are eight classes, eight rows a class (as by_frame.ROWS_A_CLASS); in each class two
rows, one in each half, are honest declines (a neighbouring fact the gazette does not state:
status out_of_scope, no gold, the nearest rule as `related`, as phrasings55 declines):

1. when cover starts after paying in a given month (start): 每年的10月1日至12月31日为下一年的
   参保缴费期 … 于下一年1月1日至12月31日享受 (医保实施办法 第八条); paid in 10月, 11月 or 12月,
   asked when it starts (1月1日) or how long it lasts (12月31日); declines: where to look a
   payment up, a receipt (第十五条, 税务部门征收, says neither);
2. a payment missed, asked with a later month or 明年 (late): 如需补缴，由个人按最高筹资标准全额
   补缴（包括各级财政补贴部分和个人缴费最高档次费用），且在补缴的次月起方可享受待遇 (第八条
   second paragraph), as a question (frames 0 and 1) or after a question on the payment period
   or the start of cover (frames 2 and 3); declines: paying the arrears in instalments, another
   prefecture's (日喀则) arrears;
3. a 建档立卡 person's stay (poor): the tier is 250 (第十八条（四）: 建档立卡贫困人员按最高档次250元
   缴费), the level's rate (第二十二条（三）: 乡镇卫生院、一、二级 90%, 三级 85%) plus 5 points
   (第二十九条（四）: 提高5%报销比例): 95% at a township or county hospital, 90% at the
   prefecture's; the rate asked (frames 0 and 1) or a bill given (frames 2 and 3: the inpatient
   calculator, tier 250, poor); declines: what 医疗救助 adds after the stay (第二十八条: 具体救助
   办法另行规定), a Sichuan poor household's rate;
4. one condition of a field-relic custodian in a follow-up (keeper), after a first question on
   the conditions (第五条), who selects (第九条), how to become one (第九条) or who is preferred
   (第六条): 看管细则 第五条 (25-50岁, 身体状况良好, 无不良嗜好, 以男性为首选, 就近区域选择) and
   第六条 (汉藏双语 … 优先); declines: a pension insurance, a permanent post;
5. the relic staff's training in a follow-up (training), after a first question on who must
   attend (六、（六）), who organises (二、（一）), the content (六、（三）) or the form (六、（二）):
   僧尼 and 寺管会干部 (六、（六）), the fee (五、), leaving half way (一、（四）), absence
   (四、（三）), how often (一、（三）); declines: a subsidy for lost work, a training's length;
6. 门诊特殊病 (special): no limit of its own — 与住院费用合并累计计算，不得超过年度最高支付限额
   (第二十四条（二）) of 6万元 (第二十三条); the first turn asks the limit, whether it is
   separate from the stays', whether an illness is on the list or the threshold and rate, the
   second gives a year's bill (the special_outpatient calculator; one after 住院已经报了 a sum,
   so the yearly cap binds); declines: which body certifies a 门特 (asked so, not as the papers
   to bring, which 第三十一条 names for any visit), a yearly review;
7. a household member who does not pay, then who pays for them (exempt): 女年满60周岁、男年满
   65周岁 … 由自治区、地区两级财政按6:4代为缴纳 (第十八条（二）); 重度残疾、特困供养人员、孤儿、
   最低生活保障对象 … 全部由医疗救助资金代为缴纳 (（三）); 获自治区级的（僧尼）个人不缴费，
   自治区财政补贴250元 (（五）); the first turn is the person's contribution (the contribution
   calculator, answered by the rule or computed), the second who pays; declines: the central
   government's subsidy a person (第十七条 gives only the 6:2:2 split), the medical aid fund's
   yearly size (第二十八条);
8. another item of one list (list): a first question on one item, then "那X呢" on another item
   of the same list, whose own figure the answer must hold: the graduates' plan's posts 2020-2025
   (三、（一）4.), its yearly posts (三、（一）3.), the prefecture hospital's new staff by title and
   by channel (创三甲方案 四、（十）; 94 and 89 stated again in its 分解表 第10项, either place
   gold), the bed-fee standards by level (医保 第二十二条（二）);
   declines: 公安辅警 (not on the posts list), nurses (the hospital's list is by title, not by
   profession).

The even frames of a class are tune56, the odd ones heldout56 (by_frame.split_of_frame), so the
held-out half shares no sentence frame with the half the lead reads. The frames were written
from the gazette text alone (医保实施办法 第八、十五、十七、十八、二十二至二十四、二十八、二十九条;
看管细则 第五、六、九、十二条; 培训办法 一、（三）（四）（六）, 二、（一）, 四、（三）, 五、, 六、
（二）（三）（六）; 就业规划 三、（一）3. and 4.; 创三甲方案 四、（十）), before any of them was run.

Where the row schema cannot say what the class expects, or the gazette is unclear:
- the 5% of 第二十九条（四） is read as five points added to the level's rate (90% → 95%), as
  reference.inpatient reads it; the combined rate is not printed anywhere, so the rate rows'
  term (95%, 90%) is not a quotation of the gold clause;
- no clause names the level of a county hospital: 县医院 is read as 二级 and 地区人民医院 as
  三级 (as the earlier tables); a poor person's rate is 95% at 乡镇卫生院 and at 二级 alike;
- a 建档立卡 person's tier is not said in the poor rows: 第十八条（四） fixes it at 250;
- 门特 rates go by tier (第二十四条（二）: 60%, 70%, 90%), not by the hospital's level (the level
  decides the 两病 rates of 第二十五条); no 门特 row names a hospital;
- 外地户口 (class 4) is not a condition of 第五条: the nearest is 选聘对象应当在文物保护点就近区域
  选择, so the answer is expected to name 就近 (a residence condition, not a registration one);
- who pays for the old (class 7) is checked by 6:4 (两级财政按6:4), the figure of the clause:
  an answer naming the two governments without the ratio fails;
- the first turn of class 7 is expected as the rule or the contribution calculator (status
  answered or calculated); its figures are checked only when computed;
- a list's second item (class 8) is checked by its own figure; the figures are chosen so that
  neither item's figure is part of the other's (16 and 190, 1160 and 70, …), but nothing checks
  that the first item's figure is absent (there is no "must not contain" field).
"""

from __future__ import annotations

import random
from pathlib import Path

from evaluation.phrasings import expect, reference
from evaluation.phrasings.by_frame import (
    COUNTIES,
    TIER_SAID,
    deck,
    keeper,
    said_once,
    split_of_frame,
)
from evaluation.phrasings.rows import GE, HP, RT, art, mi, quote
from evaluation.phrasings39.generate import dialogue_row, write
from evaluation.phrasings44.generate import _question
from evaluation.phrasings55.generate import answered, fresh_draws

HERE = Path(__file__).parent
SEED = 56
TABLE = 56
ROWS = 8  # rows a class (by_frame.ROWS_A_CLASS)

KIN = ["我妈", "我爸", "我媳妇", "我老公", "我姐", "我哥", "我舅舅", "我姑", "我大伯", "我表哥"]
# relatives with the pronoun a later turn uses for them
KIN_PRONOUN = [
    ("我爸", "他"),
    ("我妈", "她"),
    ("我哥", "他"),
    ("我姐", "她"),
    ("我舅舅", "他"),
    ("我姑", "她"),
    ("我表哥", "他"),
    ("我二叔", "他"),
]
# a hospital as people name it, by its level (县医院 二级, 地区人民医院 三级)
HOSPITALS = {
    "乡镇卫生院": ["乡卫生院", "乡里卫生院"],
    "二级": ["县医院", "县人民医院"],
    "三级": ["地区人民医院", "地区医院"],
}
LEAD = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}
DIGIT = LEAD | {2: "二"}


def cn_amount(value: int) -> str | None:
    """2800 as 两千八, 12000 as 一万二, 30000 as 三万; None when it has no such short form."""
    if value >= 10000:
        wan, rest = divmod(value, 10000)
        if rest % 1000 or wan not in LEAD:
            return None
        return f"{LEAD[wan]}万{DIGIT[rest // 1000] if rest else ''}"
    thousand, rest = divmod(value, 1000)
    if rest % 100 or thousand not in LEAD:
        return None
    return f"{LEAD[thousand]}千{DIGIT[rest // 100] if rest else ''}"


def said_amount(rng: random.Random, value: int) -> str:
    """A sum as people type it: 15000, 1.5w, 1.5万, 一万五, 8千."""
    forms = [str(value), cn_amount(value)]
    if value >= 10000:
        forms += [f"{value / 10000:g}w", f"{value / 10000:g}万"]
    elif value % 1000 == 0:
        forms.append(f"{value // 1000}千")
    return rng.choice([f for f in forms if f])


def declined_row(place: dict[str, str], fact_type: str) -> dict:
    """A question row's decline: the gazette does not state it (phrasings55's form)."""
    return {"category": "fact_absent", "fact_type": fact_type, **expect.declined(place)}


def class_of(name: str, frames: list, row) -> list[dict]:
    """A class's eight rows, the frames in turn: `row(n, frame)` gives a question with its
    expectation (a question row) or a list of turns (a dialogue), so one class may hold both."""
    rows = []
    for n in range(ROWS):
        frame = n % len(frames)
        row_id = f"t{TABLE}{name}-{n + 1:03d}"
        split = split_of_frame(TABLE, frame)
        made = row(n, frame)
        if isinstance(made, list):
            rows.append(dialogue_row(row_id, split, made))
        else:
            question, expectation = made
            rows.append(_question(row_id, split, question, **expectation))
    return rows


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. when cover starts (第八条): 每年的10月1日至12月31日为下一年的参保缴费期 … 于下一年
    # 1月1日至12月31日享受; rows 5 and 8 ask what the gazette does not say
    frames = [
        "{k}{m}月份交的城乡居民医保，{ask}",
        "{m}月交了居民医保 {ask}",
        "{m}月就把{k}明年的医保交上了，{ask}",
        "问下 医保是{m}月{d}号交的 {ask}",
    ]
    asks = {
        "start": deck(rng, ["啥时候开始能报销", "从哪天起能用", "几号开始生效", "哪天起看病能报"]),
        "span": deck(rng, ["报销能管到啥时候", "能用到哪天为止"]),
    }
    plan = iter(["start", "start", "span", "start", "lookup", "span", "start", "receipt"])
    months = deck(rng, [10, 11, 12])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def start(n: int, frame: int) -> tuple[str, dict]:
        kind = next(plan)
        ask = {
            "lookup": lambda: "去哪能查到交上了没有",
            "receipt": lambda: "交了能给开收据不",
        }.get(kind) or asks[kind]
        question = fresh(
            lambda: frames[frame].format(
                k=kin(), m=months(), d=rng.choice([3, 8, 15, 21, 26]), ask=ask()
            )
        )
        if kind in ("lookup", "receipt"):  # no clause says where, nor of a receipt
            return question, declined_row(mi("第十五条"), "procedure")
        terms = ["1月1日"] if kind == "start" else ["12月31日"]
        return question, {
            "category": "lookup",
            "fact_type": "date",
            **answered([mi("第八条")], terms),
        }

    rows += class_of("start", frames, start)

    # 2. a missed payment (第八条): 按最高筹资标准全额补缴 … 在补缴的次月起方可享受待遇; a
    # question (frames 0 and 1) or after a question on the period or the start (frames 2 and 3)
    frames = [
        "{k}{ly}忘了交居民医保，{when}{ask}",
        "没赶上12月底交医保，{when}补上的话{ask}",
        ("{t1}", "那要是{k}断缴了，{when}{ask}"),
        ("{t1}", "要是拖到过了年才交，{when}补交{ask}"),
    ]
    rule = answered([mi("第八条")], ["最高", "次月"])
    when_usable = answered([mi("第八条")], ["次月"])
    how_much = answered([mi("第八条")], ["最高"])
    # (ask, expectation) row by row; rows 6 and 7 are declines
    plan = iter(
        [
            ("还能补交吗", rule),
            ("啥时候能开始报", when_usable),
            ("还能补不", rule),
            ("从哪个月起能报销", when_usable),
            ("还补得上不", rule),
            ("能不能分几次交", None),
            (None, None),
            ("要交多少钱", how_much),
        ]
    )
    period = deck(rng, ["居民医保一年到头啥时候交", "城乡医保每年几月份开始收"])
    begins = deck(rng, ["{m}月交的医保明年几号生效", "{m}月份交了居民医保，第二年从哪天开始能报"])
    when = deck(rng, ["明年3月", "明年2月份", "明年开春4月", "过完年1月中旬", "明年5月"])
    last_year = deck(rng, ["今年年底", "这回", "12月"])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def late(n: int, frame: int):
        ask, wanted = next(plan)
        fill = {"k": kin(), "ly": last_year(), "when": when(), "ask": ask}
        if frame < 2:
            question = fresh(lambda: frames[frame].format(**fill))
            if wanted is None:  # no clause speaks of instalments
                return question, declined_row(mi("第八条"), "yes_no")
            kind = "eligibility" if wanted is rule else "lookup"
            return question, {"category": kind, **wanted}
        one, two = frames[frame]
        if frame == 2:
            first = (period(), answered([mi("第八条")], ["10月1日", "12月31日"]))
        else:
            first = (
                begins().format(m=rng.choice([10, 11, 12])),
                answered([mi("第八条")], ["1月1日"]),
            )
        if wanted is None:  # another prefecture's scheme: not this gazette's
            return [
                first,
                ("那在日喀则参保的断缴了，补缴也是这个规定吗", expect.declined(mi("第八条"))),
            ]
        return [first, (two.format(**fill), wanted)]

    rows += class_of("late", frames, late)

    # 3. a 建档立卡 person's stay: tier 250 (第十八条（四）), the level's rate (第二十二条（三）)
    # plus 5 points (第二十九条（四）); the rate (frames 0 and 1) or a bill (frames 2 and 3)
    frames = [
        "{k}是建档立卡户，在{h}住院{ask}",
        "{who}住{h}，报销比例是多少",
        "{k}建档立卡的，在{h}住了一次院，花了{c}，医保能报多少",
        "建档立卡贫困户 {h}住院 花了{c} 报多少钱",
    ]
    levels = deck(rng, list(HOSPITALS))
    costs = deck(rng, [8000, 12000, 15000, 18000, 23000, 26000, 32000])
    rate_asks = deck(rng, ["能报多少", "能报百分之多少"])
    who = deck(rng, ["建档立卡的", "我们建档立卡户"])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def poor(n: int, frame: int) -> tuple[str, dict]:
        level = levels()
        fill = {"k": kin(), "h": rng.choice(HOSPITALS[level]), "ask": "", "who": who()}
        if n == 4:  # 第二十八条: 具体救助办法另行规定
            fill["ask"] = "，出院以后医疗救助还能再给补多少"
            return fresh(lambda: frames[frame].format(**fill)), declined_row(
                mi("第二十八条"), "amount"
            )
        if n == 5:  # another province's poor households
            fill["who"] = "四川那边的建档立卡户"
            return fresh(lambda: frames[frame].format(**fill)), declined_row(
                mi("第二十九条"), "ratio"
            )
        if frame < 2:
            fill["ask"] = rate_asks()
            rate = reference.INPATIENT_RATIO[250][level] + 5
            return fresh(lambda: frames[frame].format(**fill)), {
                "category": "lookup",
                "fact_type": "ratio",
                **answered([mi("第二十九条"), mi("第二十二条")], [f"{rate}%"]),
            }
        cost = costs()
        fill["c"] = said_amount(rng, cost)
        return fresh(lambda: frames[frame].format(**fill)), {
            "category": "calculation",
            **expect.inpatient(250, level, str(cost), poor=True),
        }

    rows += class_of("poor", frames, poor)

    # 4. one condition of a custodian in a follow-up: 看管细则 第五条 (25-50岁, 身体状况良好,
    # 以男性为首选, 就近区域选择) and 第六条 (汉藏双语 … 优先); rows 7 and 8 are declines
    frames = [
        ("{c}那边要招野外文物看管员，有啥条件", "{q}"),
        ("{c}县的文物看管员是谁负责挑的", "那{q}"),
        ("想让{k}去当文物看管员，得怎么弄", "{q}"),
        ("野外文物看管员{c}县招的话，哪些人优先", "{q}"),
    ]
    firsts = [
        answered([keeper("第五条")], ["25", "50"]),
        answered([keeper("第九条")], ["文物行政管理部门"]),
        answered([keeper("第九条")], ["看管协议书"]),
        answered([keeper("第六条")], ["汉藏双语"]),
    ]
    conditions = iter(
        [
            ("女的能当吗", answered([keeper("第五条")], ["男性"])),
            ("我儿子24岁行不行", answered([keeper("第五条")], ["25"])),
            ("{p}都六十多了，还能干吗", answered([keeper("第五条")], ["50"])),
            ("家离文物点一百多公里，能选上吗", answered([keeper("第五条")], ["就近"])),
            ("外地户口的呢", answered([keeper("第五条")], ["就近"])),
            (
                "只会说藏语、汉字不会写的行吗",
                answered([keeper("第六条"), keeper("第五条")], ["汉藏双语"]),
            ),
            ("{p}要是选上了，给交养老保险不", expect.declined(keeper("第十二条"))),
            ("看管员干几年能转成正式编制", expect.declined(keeper("第九条"))),
        ]
    )
    counties = deck(rng, COUNTIES)
    kin = deck(rng, KIN_PRONOUN)

    def custodian(n: int, frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        k, p = kin()
        q, wanted = next(conditions)
        return [
            (one.format(c=counties(), k=k), firsts[frame]),
            (two.format(q=q.format(p=p)), wanted),
        ]

    rows += class_of("keeper", frames, custodian)

    # 5. the training in a follow-up (培训办法): 六、（六） who attends, 五、 the fee, 一、（四） 退训,
    # 四、（三） 无故缺勤, 一、（三） 每年不得少于一次; rows 7 and 8 are declines
    frames = [
        ("{k}在{c}县文物局上班，文物安全培训是不是非去不可", "{q}"),
        ("{c}这边的文物安全培训是哪个单位组织", "那{q}"),
        ("{k}下个月去参加文物安全培训，一般都学些啥", "{q}"),
        ("文物安全培训是集中上课还是咋搞，{k}要去", "{q}"),
    ]
    firsts = [
        answered([art(RT, "六、（六）")], ["全部参训"]),
        answered([art(RT, "二、（一）"), art(RT, "一、（三）")], ["办公室"]),
        answered([art(RT, "六、（三）")], ["案例分析"]),
        answered([art(RT, "六、（二）")], ["集中培训"]),
    ]
    follow_ups = iter(
        [
            ("寺里的僧人也得去吗", answered([art(RT, "六、（六）")], ["驻寺僧尼"])),
            ("培训花的钱由谁来掏", answered([art(RT, "五、")], ["文物安全专项经费"])),
            (
                "{p}培训到一半家里有事想走，行不行",
                answered([art(RT, "一、（四）")], ["书面", "批准"]),
            ),
            ("{p}没请假直接没去，会咋样", answered([art(RT, "四、（三）")], ["记录在案"])),
            ("这个培训多久搞一次", answered([art(RT, "一、（三）")], ["每年", "一次"])),
            ("寺管会干部要参加不", answered([art(RT, "六、（六）")], ["寺管会干部"])),
            ("培训那几天给不给误工补助", expect.declined(art(RT, "五、"))),
            ("一次培训要几天", expect.declined(art(RT, "一、（三）"))),
        ]
    )
    counties = deck(rng, COUNTIES)
    kin = deck(rng, KIN_PRONOUN)

    def training(n: int, frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        k, p = kin()
        q, wanted = next(follow_ups)
        return [
            (one.format(c=counties(), k=k), firsts[frame]),
            (two.format(q=q.format(p=p)), wanted),
        ]

    rows += class_of("training", frames, training)

    # 6. 门诊特殊病: 与住院费用合并累计计算，不得超过年度最高支付限额 (第二十四条（二）; 6万元,
    # 第二十三条), 60%/70%/90% by tier; the second turn a year's bill; rows 7 and 8 are declines
    frames = [
        (
            "{k}{ill}办了门特，门特是不是有单独的报销限额",
            "那{p}一年门特药费{b}，交的{t}档，能报多少",
        ),
        (
            "门特报的钱跟住院报的钱，一年封顶是分开算还是合一起",
            "{k}今年住院已经报了{paid}，{ill}门特药费还有{b}，交{t}的，还能报多少",
        ),
        ("{k}有{ill}，能办门诊特殊病不", "办下来了，一年药费{b}，我们交的{t}档，能报多少"),
        ("门特报销有起付线没，交{t}档的报几成", "{k}{ill}一年下来门特花了{b}，报多少"),
    ]
    # (as said, the list's name as the calculator is given it, the term the answer must hold)
    ills = deck(
        rng,
        [
            ("类风湿", "类风湿性关节炎", "类风湿"),
            ("痛风", "痛风", "痛风"),
            ("冠心病", "冠心病", "冠心病"),
            ("癫痫", "癫痫", "癫痫"),
            ("青光眼", "青光眼", "青光眼"),
            ("红斑狼疮", "系统性红斑狼疮", "红斑狼疮"),
            ("肝硬化", "慢性肝硬化", "肝硬化"),
        ],
    )
    # (tier, bill, paid by the fund before) row by row: row 5 over the cap alone, row 2 over
    # it with the stays' payments, row 6 under it
    bills = iter(
        [
            (120, 9000, 0),
            (250, 20000, 45000),
            (60, 6000, 0),
            (250, 12000, 0),
            (250, 80000, 0),
            (120, 15000, 30000),
            (None, None, None),
            (None, None, None),
        ]
    )
    separate = {
        "status": "answered",
        "gold": [mi("第二十四条"), mi("第二十三条")],
        "answer_contains": ["合并", "6万"],
    }
    kin = deck(rng, KIN_PRONOUN)
    fresh = fresh_draws()

    def special(n: int, frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        tier, bill, paid = next(bills)

        def draw() -> list[tuple[str, dict]]:
            said, disease, term = ills()
            k, p = kin()
            t = tier or rng.choice([60, 120, 250])
            fill = {
                "k": k,
                "p": p,
                "ill": said,
                "t": rng.choice(TIER_SAID[t]),
                "b": said_amount(rng, bill) if bill else "",
                "paid": said_amount(rng, paid) if paid else "",
            }
            first = [
                separate,
                separate,
                answered([mi("第二十四条")], [term]),
                answered([mi("第二十四条")], ["不设起付线", f"{reference.SPECIAL_RATIO[t]}%"]),
            ][frame]
            if bill is None:  # no clause says how a 门特 is applied for, nor of a review
                then = ["门特资格要找哪个部门申请认定", "门特认定了以后每年还要重新复查吗"][
                    frame - 2
                ]
                return [(one.format(**fill), first), (then, expect.declined(mi("第二十四条")))]
            return [
                (one.format(**fill), first),
                (two.format(**fill), expect.special(tier, disease, str(bill), str(paid))),
            ]

        return fresh(draw)

    rows += class_of("special", frames, special)

    # 7. a member who does not pay, then who pays (第十八条（二）（三）（五）); the first turn is
    # the person's contribution, the second who pays for them; rows 7 and 8 are declines
    frames = [
        ("家里{n}口人，{m}{cond}，{pr}的居民医保还要交吗", "那{pr}不交的那部分谁出"),
        ("{m}{cond}，家里别人都交{t}那档，{pr}要交多少", "{pr}那份钱是谁给交的"),
        ("我们一家{n}口参保，{m}{cond}，{pr}是不是不用交", "那{pr}的钱从哪出"),
        ("{m}{cond} 今年居民医保{pr}交不交", "{pr}不交 那钱谁给垫上"),
    ]
    old = {
        "女": deck(rng, [("奶奶", "她"), ("姥姥", "她"), ("外婆", "她"), ("我妈", "她")]),
        "男": deck(rng, [("爷爷", "他"), ("姥爷", "他"), ("外公", "他"), ("我爸", "他")]),
    }
    old_ages = {"女": deck(rng, [60, 62, 64, 67, 71]), "男": deck(rng, [65, 66, 69, 73, 78])}
    others = deck(
        rng, [("我妈", "她"), ("我哥", "他"), ("我姑", "她"), ("我舅舅", "他"), ("我弟", "他")]
    )
    by_aid = answered([mi("第十八条")], ["医疗救助资金"])
    # (who, condition said, identities, who pays) row by row
    cases = iter(
        [
            ("女", None, None, answered([mi("第十八条")], ["6:4"])),
            (None, ["是低保户", "吃低保"], ["低保对象"], by_aid),
            (None, ["是二级残疾，有残疾证", "一级残疾"], ["重度残疾(一、二级)"], by_aid),
            ("男", None, None, answered([mi("第十八条")], ["6:4"])),
            (
                None,
                ["在寺里当僧人，去年评上了自治区级的爱国守法先进僧尼"],
                ["僧尼自治区级表彰"],
                answered([mi("第十八条")], ["自治区财政"]),
            ),
            (None, ["是特困供养人员"], ["特困供养人员"], by_aid),
            ("男", None, None, None),
            (None, ["是低保户", "吃低保"], ["低保对象"], None),
        ]
    )
    fresh = fresh_draws()

    def exempt(n: int, frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        sex, said, identities, who_pays = next(cases)

        def draw() -> list[tuple[str, dict]]:
            if sex:
                m, pr = old[sex]()
                age = old_ages[sex]()
                cond = rng.choice([f"今年{age}了", f"{age}岁了"])
                contribution = expect.enrol(sex=sex, age=age)
            elif identities == ["僧尼自治区级表彰"]:  # a monk: a man of the family
                m, pr = rng.choice([("我舅舅", "他"), ("我二叔", "他")])
                cond = rng.choice(said)
                contribution = expect.enrol(identities=identities)
            else:
                m, pr = others()
                cond = rng.choice(said)
                contribution = expect.enrol(identities=identities)
            fill = {
                "n": rng.choice(["4", "5", "6", "五", "六"]),
                "m": m,
                "pr": pr,
                "cond": cond,
                "t": rng.choice(TIER_SAID[rng.choice([60, 120])]),
            }
            first = {**contribution, "status": expect.BOTH, "gold": [mi("第十八条")]}
            if who_pays is not None:
                return [(one.format(**fill), first), (two.format(**fill), who_pays)]
            then = (
                "那中央财政给每人补多少"  # 第十七条: the central share is not a figure
                if sex
                else "医疗救助资金一年一共有多少钱"  # 第二十八条: 另行规定
            )
            related = mi("第十七条") if sex else mi("第二十八条")
            return [(one.format(**fill), first), (then, expect.declined(related))]

        return fresh(draw)

    rows += class_of("exempt", frames, exempt)

    # 8. another item of one list: a first question on one item, then "那X呢"; the answer must
    # hold the second item's own figure; rows 7 and 8 are declines
    frames = [
        ("{a}", "那{b}呢"),
        ("问个事，{a}", "{b}呢？有多少"),
        ("{a}", "{b}又是多少"),
        ("想问下{a}", "那{b}那块呢"),
    ]
    lists = iter(
        [
            # 就业规划 三、（一）4.: 2020—2025年内累计提供 …
            (
                "就业规划里2020到2025年乡村振兴专干一共给多少个岗",
                answered([quote(GE, "乡村振兴专干岗位不少于16个")], ["16"]),
                "村里的劳动保障协理员",
                answered([quote(GE, "村级劳动保障协理员岗位不少于190个")], ["190"]),
            ),
            (
                "大学生就业规划里，公益性岗位总共安排多少个",
                answered([quote(GE, "公益性岗位1160个左右")], ["1160"]),
                "乡镇兽医",
                answered([quote(GE, "乡镇兽医岗位不少于70个")], ["70"]),
            ),
            # 创三甲方案 四、（十）: 专招 60, 人才引进 30, 自主招聘 94; 高级 10, 中级 89, 初级 85
            (
                "地区人民医院创三甲要新增医务人员，通过专招招多少人",
                answered([quote(HP, "通过专招渠道解决60人")], ["60"]),
                "自主招聘",
                answered(
                    [quote(HP, "自主招聘94人"), quote(HP, "自主招聘渠道持续招聘94人")], ["94"]
                ),
            ),
            # 就业规划 三、（一）3.: each year
            (
                "就业规划里民营企业每年给毕业生提供多少个岗位",
                answered([quote(GE, "地区内民营企业每年提供岗位100个左右")], ["100"]),
                "基层公职岗位",
                answered([quote(GE, "地区内基层公职岗位每年50个左右")], ["50"]),
            ),
            # 医保 第二十二条（二）: 乡镇卫生院 20, 一级 40, 二级 60, 三级 80 元/床日
            (
                "住院床位费乡卫生院一天按多少算",
                answered([mi("第二十二条")], ["20元"]),
                "地区医院",
                answered([mi("第二十二条")], ["80元"]),
            ),
            (
                "地区医院创三甲新增的医务人员里中级职称的多少人",
                answered([quote(HP, "中级89人"), quote(HP, "中级职称89人左右")], ["89"]),
                "初级",
                answered([quote(HP, "初级85人")], ["85"]),
            ),
            (
                "就业规划里2020到2025年参军入伍的目标是多少人",
                answered([quote(GE, "累计参军入伍不少于75人")], ["75"]),
                "公安辅警",
                expect.declined(quote(GE, "乡村振兴专干岗位不少于16个")),
            ),
            (
                "地区医院创三甲新增医务人员高级职称的有几个",
                answered([quote(HP, "高级10人")], ["10"]),
                "护士",
                expect.declined(quote(HP, "新增医务人员184人")),
            ),
        ]
    )

    def another_item(n: int, frame: int) -> list[tuple[str, dict]]:
        one, two = frames[frame]
        a, first, b, second = next(lists)
        for before in first["answer_contains"]:  # neither item's figure part of the other's
            for after in second.get("answer_contains", []):
                assert after not in before and before not in after, (before, after)
        return [(one.format(a=a), first), (two.format(b=b), second)]

    rows += class_of("list", frames, another_item)

    return said_once(rows)


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
