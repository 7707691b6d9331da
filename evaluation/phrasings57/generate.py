"""python -m evaluation.phrasings57.generate — write the rows of the classes of the
fifty-second session (phrasings57: tune57 and heldout57).

As phrasings56: each class has four sentence frames, two rows a frame; relatives, counties,
hospitals, tiers, sums, illnesses, places and objects are drawn with a seeded generator
(SEED = 57). No row is a calculation: every expectation is a rule (its clause as gold, the
figure or words that prove the answer as answer_contains) or an honest decline (status
out_of_scope, no gold, the nearest Ngari rule as `related`, as phrasings56 declines). The
session's eight kinds of question are eight classes, eight rows a class (as
by_frame.ROWS_A_CLASS); in classes 1, 2, 4, 5, 6 and 7 two rows, one in each half, are declines
of a neighbouring fact the gazette does not state; classes 3 and 8 are half declines by their
nature:

1. the 门特 limit asked as a yes/no (speciallimit): single questions (frames 0 and 1) or after a
   门特 question (frames 2 and 3: whether an illness is on the list, the rate of a tier); 门诊
   特殊病 has no limit of its own — 与住院费用合并累计计算，不得超过年度最高支付限额 (医保实施办法
   第二十四条（二）) of 6万元 (第二十三条): the answer must hold 6万; declines: how long a 门特's
   approval takes, whether a relative may fetch the 门特 drugs;
2. one illness named in a follow-up of a 两病 question (twoill): 高血压 800元, 糖尿病 1200元,
   同时患 合并 2000元 a year (第二十五条), after the combined limit or the other illness (frames 0
   and 1); the rate at the level named (一级以下 70%, 二级 65%, 三级 60%), or an illness's limit,
   after a rate question (frames 2 and 3); declines: how many months of drugs one visit gives,
   which body certifies the 两病;
3. the funding (funding): the per-person sums of the governments, the fund's size and a county's
   share in money are not stated (declines, 第十七条 as related); the split — 在减去中央财政补助的
   基础上，剩余财政补助由自治区、地、县按6:2:2分级承担 (第十七条), the levels that pay (中央,
   自治区, 地、县) — and the person's tiers 60元、120元、250元 (第十八条（一）) are answered;
   frames 0 and 1 single questions, frames 2 and 3 two turns, one of each kind;
4. a procedure asked (procedure): becoming a field-relic custodian — 本人自愿 … 选拔，签订《野外
   文物保护单位看管协议书》，并报地区文物安全工作联席会议办公室备案 (看管细则 第九条: the terms are
   the signing and the filing, the later steps); a referral out of the county — 由就诊定点医疗机构
   逐级转诊并出具转诊转院证明 (医保 第三十二条: 逐级, 转诊转院证明); a stay outside Tibet — 入院5日
   内通过信息系统进行备案 (第三十三条), 个人先行垫付 … 回所属参保地医保部门申请结算支付 (第三十四条:
   5日 and 垫付); declines: a custodian's resignation, extending a referral letter;
5. a comparison (compare): custodians' pay by site level — 县级 1200元, 自治区级及以上 1400元 每人
   每月 (看管细则 第十二条: 国保 and 自治区级 share 1400); the 门特 rate by tier (60%, 70%, 90%,
   第二十四条（二）); a 250 tier's inpatient rate at 一级 and 二级 (90% both, 第二十二条（三）); bed
   fees by level (20, 40, 60, 80元/床日, 第二十二条（二）); the answer must hold both figures or the
   one shared; declines: Ngari's custodians against 日喀则's, Ngari's 门特 rate against Lhasa's
   scheme;
6. two parts in one message (twoparts): two items of the not-paid list (第三十条: 镶牙 (四),
   眼镜 (二)(三), 急救车费 and 陪护费 (五), 打架斗殴 and 交通事故 (八), 挂号费 (一)), one not-paid item
   with a paid one (孕产妇分娩 … 全额报销, 第二十九条（二）), or two custodian conditions (看管细则
   第五条 男性, 25-50岁; 第六条 汉藏双语, 建档立卡贫困户); both parts' terms expected; declines:
   whether two named drugs are in the catalogue (第二十一条 names the 自治区 目录 only), a
   custodian's motorbike and travel allowance;
7. the relic staff's training, its consequences and cost (training), first turn (frames 0 and 1)
   or both turns (frames 2 and 3): absence — 无故缺勤的要记录在案 (培训办法 四、（三）, with 六、
   （六） 全部参训 … 不得以任何理由罢训); the fee — 培训经费从地区文物安全专项经费中支出 (五、);
   leaving half way — 不得退训 … 以书面形式上报办公室，经办公室批准后，方可退训 (一、（四）); how
   often — 原则上每年不得少于一次 (一、（三）); declines: a certificate (一、（六） speaks of a
   考核 only), where the training is held (四、（四） 场地的选择要科学合理 names no place);
8. a relic found or traded (relicplace): outside Ngari (拉萨, 日喀则, 那曲, 四川) declined — 本办法
   适用于本行政区域内文物保护及其相关活动 (文物保护管理办法 第二条), the nearest Ngari rule as
   related; inside Ngari (a county named) a find during 建设工程、农牧业生产或者房屋拆迁 — 应当立即
   保护现场，并向当地文物行政管理部门报告 (第二十一条), a purchase — 合法收藏的文物要向地区文物
   行政管理部门备案方可依法流通 (第三十二条).

The even frames of a class are tune57, the odd ones heldout57 (by_frame.split_of_frame), so the
held-out half shares no sentence frame with the half the lead reads. The frames were written
from the gazette text alone (医保实施办法 第十七、十八、二十一至二十五、二十九、三十、三十二至
三十四条; 文物保护管理办法 第二、二十一、三十二条; 看管细则 第五、六、九、十二、十三条; 培训办法
一、（三）（四）（六）, 四、（三）（四）, 五、, 六、（六）), before any of them was run.

Where the row schema cannot say what the class expects, or the gazette is unclear:
- the 门特 yes/no (class 1) is checked by 6万 alone, as the brief asks: an answer giving the cap
  as 60000 or 六万 fails (answer_contains has no alternatives), and one that says 6万 without
  saying it is shared with the stays passes (nothing checks the 合并 or the polarity);
- 第二十五条 says 一级以下 70%: 乡卫生院 is read as 一级以下, 县医院 as 二级 and 地区人民医院 as
  三级 (as the earlier tables; no clause names a hospital's level); the combined limit 2000 of a
  patient with both illnesses is 同时患高血压和糖尿病的合并支付限额, not the sum 800 + 1200;
- whether a 两病 drug bought at a private pharmacy is paid was left out of the declines: 第二十五条
  pays only 在定点医疗机构发生的 drug costs and 第三十条（七） excludes 病员自购药品费用, so the text
  does answer it;
- class 3: the per-person subsidy of the 自治区 is unstated for ordinary enrolees only: for the
  old (第十八条（二）, 6:4 of the highest standard) and for monks honoured at the 自治区 level
  (第十八条（五）, 250元) the text does give a 自治区 sum, so the decline asks of 普通人; the
  person's tiers are in 第十八条, not in the split clause 第十七条 the brief names;
- 第三十四条 applies 在我区异地就医直接结算系统未完全实现之前: the 垫付 step is expected as the
  text states it, though a direct settlement may since have replaced it; a referral to Lhasa is
  also a stay 统筹区外 (10% lower, 第二十二条), which the procedure rows do not check;
- 国保 (全国重点) is read as 自治区级及以上 (1400); no clause compares Ngari's figures with another
  prefecture's, so those comparisons are declined;
- the training fee (class 7): 五、 says the training's cost is paid from the prefecture's fund,
  not in so many words that the trainee pays nothing, and a training of the state or the region
  sent by a superior's document is excepted (rows do not name such a training);
- 第二十一条 names finds 在建设工程、农牧业生产或者房屋拆迁活动中: the Ngari rows place the find in
  one of these (herding, building a house, a road); the out-of-Ngari rows are declined though the
  national 文物保护法 surely applies there: the gazette states only Ngari's rules (第二条);
- no class of this session asks a sum, so calculations.jsonl is empty and the table's figure
  test (tests/test_session_tables_data.py, 16 figures a table) is told so by LEAST_FIGURES = 0;
- a yes/no has no field for its polarity and there is no "must not contain" field: a
  comparison (class 5) is checked by its figures, not by its 一样/不一样.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings.by_frame import (
    COUNTIES,
    TIER_SAID,
    deck,
    keeper,
    relic,
    said_once,
    split_of_frame,
)
from evaluation.phrasings.expect import declined
from evaluation.phrasings.rows import RT, art, mi
from evaluation.phrasings39.generate import dialogue_row, write
from evaluation.phrasings44.generate import _question
from evaluation.phrasings55.generate import answered, fresh_draws
from evaluation.phrasings56.generate import HOSPITALS, KIN, declined_row, said_amount

HERE = Path(__file__).parent
SEED = 57
TABLE = 57
ROWS = 8  # rows a class (by_frame.ROWS_A_CLASS)
LEAST_FIGURES = 0  # no row is a calculation (tests/test_session_tables_data.py asks 16 of others)

# the 门特 list's illnesses as said, with the term of 第二十四条（一） the answer names
SPECIAL_ILLS = [
    ("类风湿", "类风湿性关节炎"),
    ("痛风", "痛风"),
    ("冠心病", "冠心病"),
    ("癫痫", "癫痫"),
    ("青光眼", "青光眼"),
    ("慢性肝炎", "慢性肝炎"),
    ("肾小球肾炎", "慢性肾小球肾炎"),
    ("布病", "布鲁菌病"),
]
RELIC_THINGS = ["陶罐", "铜佛像", "古钱币", "石刻", "嘎乌盒", "铜镜", "擦擦"]


def rows_of(
    name: str, frames: list, made: Callable[[int, int], object], table: int = TABLE
) -> list[dict]:
    """A class's eight rows over its four frames; `made(n, frame)` is a question with its
    expectation, or a dialogue's turns (a list), so that one class may hold both (phrasings58's
    classes too, by `table`)."""
    rows = []
    for n in range(ROWS):
        frame = n % len(frames)
        row_id, split = f"t{table}{name}-{n + 1:03d}", split_of_frame(table, frame)
        got = made(n, frame)
        if isinstance(got, list):
            rows.append(dialogue_row(row_id, split, got))
        else:
            question, expectation = got
            rows.append(_question(row_id, split, question, **expectation))
    return rows


def lookup(kind: str, gold: list[dict[str, str]], terms: list[str], category="lookup") -> dict:
    return {"category": category, "fact_type": kind, **answered(gold, terms)}


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. the 门特 limit as a yes/no: 与住院费用合并累计计算，不得超过年度最高支付限额 (第二十四条
    # （二）), 6万元 (第二十三条); single (frames 0 and 1) or after a 门特 question (2 and 3)
    frames = [
        "{k}{ill}办了门特，{ask}",
        "问下门特{ask}",
        ("{k}有{ill}，这个能办门特吗", "{ask}"),
        ("交{t}档的，门特报几成", "{ask}"),
    ]
    shared = answered([mi("第二十四条"), mi("第二十三条")], ["6万"])
    asks = iter(
        [
            "门特有没有自己单独的限额",
            "跟住院是分开算封顶的吗",
            "那门特是不是另外有个限额",
            "门特跟住院报的钱是不是一起算",
            "今年住院已经报了{paid}，门特是不是还能另外报",
            "和住院的报销额度是两回事吗，各算各的？",
            "门特批下来一般要等多久",  # not stated: a decline
            "那门特的药家里人能帮着代开不",  # not stated: a decline
        ]
    )
    ills = deck(rng, SPECIAL_ILLS)
    kin = deck(rng, KIN)
    tiers = deck(rng, [60, 120, 250])
    fresh = fresh_draws()

    def special_limit(n: int, frame: int):
        ask = next(asks)

        def draw():
            said, term = ills()
            t = tiers()
            fill = {
                "k": kin(),
                "ill": said,
                "t": rng.choice(TIER_SAID[t]),
                "ask": ask.format(paid=said_amount(rng, rng.choice([30000, 40000, 45000]))),
            }
            if frame < 2:
                return frames[frame].format(**fill)
            one, two = frames[frame]
            first = (
                answered([mi("第二十四条")], [term])
                if frame == 2
                else answered([mi("第二十四条")], [f"{reference.SPECIAL_RATIO[t]}%"])
            )
            then = declined(mi("第二十四条")) if n >= 6 else shared
            return [(one.format(**fill), first), (two.format(**fill), then)]

        made = fresh(draw)
        if isinstance(made, list):
            return made
        return made, {"category": "eligibility", **shared}

    rows += rows_of("speciallimit", frames, special_limit)

    # 2. one illness in a follow-up of a 两病 question (第二十五条): 高血压 800, 糖尿病 1200, both
    # 2000 a year; 一级以下 70%, 二级 65%, 三级 60%
    frames = [
        ("{k}{d}，走两病门诊一年顶多能报多少钱", "只有{one}呢"),
        ("{k}有{d}，两病门诊拿药一年封顶多少", "那光是{one}呢"),
        ("{k}在{h}开降压药，两病能报百分之多少", "{q}"),
        ("两病门诊在{h}拿药报几成", "{q}"),
    ]
    limit = {
        "高血压": "800",
        "糖尿病": "1200",
        "高血压糖尿病都有": "2000",
        "高血压和糖尿病": "2000",
    }
    # (first illness said, second) for frames 0 and 1; (follow-up, its kind) for 2 and 3
    plan = iter(
        [
            ("高血压糖尿病都有", "高血压"),
            ("糖尿病", "高血压"),
            ("那只有糖尿病、在{h2}开药呢", "rate"),
            ("光糖尿病的话一年最多报多少", "糖尿病"),
            ("高血压和糖尿病", "糖尿病"),
            ("高血压", "糖尿病"),
            ("两病一次最多能开几个月的药", None),  # not stated: a decline
            ("两病资格得先去哪个部门认定", None),  # not stated: a decline
        ]
    )
    level_of = {h: level for level, said in HOSPITALS.items() for h in said}
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def two_ill(n: int, frame: int) -> list[tuple[str, dict]]:
        a, b = next(plan)
        one, two = frames[frame]
        gold = [mi("第二十五条")]

        def draw() -> list[tuple[str, dict]]:
            h, h2 = rng.sample(sorted(level_of), 2)
            while level_of[h] == level_of[h2]:
                h, h2 = rng.sample(sorted(level_of), 2)
            fill = {"k": kin(), "h": h, "h2": h2, "d": a, "one": b, "q": a.format(h2=h2)}
            if frame < 2:
                first, then = answered(gold, [limit[a]]), answered(gold, [limit[b]])
            else:
                rate = f"{reference.TWO_DISEASE_RATIO[level_of[h]]}%"
                first = answered(gold, [rate])
                if b is None:
                    then = declined(mi("第二十五条"))
                elif b == "rate":
                    then = answered(gold, [f"{reference.TWO_DISEASE_RATIO[level_of[h2]]}%"])
                else:
                    then = answered(gold, [limit[b]])
            return [(one.format(**fill), first), (two.format(**fill), then)]

        return fresh(draw)

    rows += rows_of("twoill", frames, two_ill)

    # 3. the funding: the split (第十七条: 6:2:2 after the central share) and the tiers (第十八条)
    # answered; the governments' sums a person, the fund's size, a county's share declined
    frames = [
        "居民医保这块，{q}",
        "问下城乡居民医保{q}",
        ("{q}", "{q2}"),
        ("{q}", "那{q2}"),
    ]
    split_rule = lookup("ratio", [mi("第十七条")], ["6:2:2"])
    tiers_rule = lookup("list", [mi("第十八条")], ["60", "120", "250"])
    levels_rule = lookup("list", [mi("第十七条")], ["中央", "自治区"])
    absent = declined_row(mi("第十七条"), "amount")
    plan = iter(
        [
            ("财政补助扣掉中央那块以后，自治区、地区、县各出几成", split_rule),
            ("中央财政给每个参保的人补助多少钱", absent),
            ("城乡居民医保个人缴费可以选哪些档次", tiers_rule, "{c}县财政一年要给医保拿多少钱"),
            ("医保的财政补贴是怎么分摊的", split_rule, "普通人参保，自治区财政每人补多少"),
            ("阿里的医保基金一年总共有多少钱", absent),
            ("个人交钱有哪几档，各是多少", tiers_rule),
            ("中央财政补助标准是每人每年多少", absent, "剩下的补助自治区和地县怎么分摊"),
            ("医保补助都有哪几级财政出钱", levels_rule, "{c}县承担的那部分一年多少钱"),
        ]
    )
    counties = deck(rng, COUNTIES)

    def strip(expectation: dict) -> dict:  # a dialogue turn has no category of its own
        return {k: v for k, v in expectation.items() if k not in ("category", "fact_type")}

    def funding(n: int, frame: int):
        case = next(plan)
        if frame < 2:
            q, expectation = case
            return frames[frame].format(q=q), expectation
        q, expectation, q2 = case
        one, two = frames[frame]
        then = split_rule if q2.startswith("剩下") else absent
        return [
            (one.format(q=q), strip(expectation)),
            (two.format(q2=q2.format(c=counties())), strip(then)),
        ]

    rows += rows_of("funding", frames, funding)

    # 4. a procedure asked: 看管细则 第九条 (签订《野外文物保护单位看管协议书》，并报 … 备案), 医保
    # 第三十二条 (逐级转诊并出具转诊转院证明), 第三十三、三十四条 (5日内备案; 先行垫付 … 申请结算)
    frames = [
        "{k}{topic}，要走什么程序",
        "问下 {topic}流程是啥",
        "{k}{topic} 需要啥手续",
        "{topic}，怎么申请啊",
    ]
    custodian = lookup("procedure", [keeper("第九条")], ["看管协议书", "备案"])
    referral = lookup("procedure", [mi("第三十二条")], ["逐级", "转诊转院证明"])
    outside = lookup("procedure", [mi("第三十三条"), mi("第三十四条")], ["5日", "垫付"])
    plan = iter(
        [
            ("想在{c}县当野外文物看管员", custodian),
            ("从{c}县医院转到拉萨的大医院看病", referral),
            ("在{city}打工，生病要住院", outside),
            ("想去{c}县的文物点当看管员", custodian),
            ("在{c}县的乡卫生院看不了，要转去地区人民医院", referral),
            ("去{city}探亲期间住院了，回来报销", outside),
            # not stated: how a custodian leaves before the agreement ends; a letter's extension
            ("当了看管员干到一半不想干了，辞职", declined_row(keeper("第九条"), "procedure")),
            ("转诊转院证明过期了想延期", declined_row(mi("第三十二条"), "procedure")),
        ]
    )
    counties = deck(rng, COUNTIES)
    cities = deck(rng, ["成都", "西安", "北京", "西宁"])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def procedure(n: int, frame: int) -> tuple[str, dict]:
        topic, expectation = next(plan)
        question = fresh(
            lambda: frames[frame].format(k=kin(), topic=topic.format(c=counties(), city=cities()))
        )
        return question, expectation

    rows += rows_of("procedure", frames, procedure)

    # 5. a comparison: 看管细则 第十二条 (县级 1200, 自治区级及以上 1400); 第二十四条（二） (60%,
    # 70%, 90%); 第二十二条（三） (250: 一级、二级 90%); 第二十二条（二） (20, 40, 60, 80元/床日)
    frames = [
        "{a}是不是比{b}{more}",
        "{a}跟{b}{what}一样吗",
        "{a}和{b}，{what}哪个高",
        "{a}跟{b}的{what}有差别没",
    ]
    pay = [keeper("第十二条")]
    plan = iter(
        [
            ("国保单位的看管员", "自治区级文物点的", "工资", answered(pay, ["1400"])),
            ("县级文物点的看管员", "自治区级的", "工资", answered(pay, ["1200", "1400"])),
            (
                "交250档的门特",
                "交120档的",
                "报销比例",
                answered([mi("第二十四条")], ["90%", "70%"]),
            ),
            (
                "250档在一级医院住院",
                "在二级医院住院",
                "报销比例",
                answered([mi("第二十二条")], ["90%"]),
            ),
            (
                "二级医院的床位费标准",
                "一级医院的",
                "床位费",
                answered([mi("第二十二条")], ["60元", "40元"]),
            ),
            (
                "交60的",
                "交120的",
                "门特报销比例",
                answered([mi("第二十四条")], ["60%", "70%"]),
            ),
            # no clause gives another prefecture's wage or another scheme's rate
            ("阿里的野外文物看管员", "日喀则的", "工资", declined(keeper("第十二条"))),
            ("阿里参保", "拉萨参保", "门特报销比例", declined(mi("第二十四条"))),
        ]
    )
    more = {"工资": "拿得多", "床位费": "高", "报销比例": "高", "门特报销比例": "高"}

    def compare(n: int, frame: int) -> tuple[str, dict]:
        a, b, what, expectation = next(plan)
        question = frames[frame].format(a=a, b=b, what=what, more=more[what])
        kind = "amount" if what in ("工资", "床位费") else "ratio"
        if expectation["status"] == "out_of_scope":
            return question, {"category": "fact_absent", "fact_type": kind, **expectation}
        return question, {"category": "lookup", "fact_type": kind, **expectation}

    rows += rows_of("compare", frames, compare)

    # 6. two parts in one message: 第三十条's not-paid items, 第二十九条（二） 全额报销, 看管细则
    # 第五、六条; both parts' terms expected
    frames = [
        "{x}和{y}{ask}",
        "{x}能{ask}吗，{y}呢",
        "想问下 {x}{ask}不？{y}呢？",
        "{x}{ask}吗 那{y}呢",
    ]
    not_paid = [mi("第三十条")]
    age = deck(rng, [20, 22, 23, 52, 55, 58])
    mothers = deck(rng, ["我媳妇", "我姐", "我妹", "我嫂子", "我老婆"])
    plan = iter(
        [
            ("镶牙", "配眼镜", "医保报不报", answered(not_paid, ["镶牙", "眼镜"])),
            (
                "挂号费",
                "{k}生孩子住院的钱",
                "报",
                answered([mi("第三十条"), mi("第二十九条")], ["挂号费", "全额报销"]),
            ),
            ("女的", "{age}岁的", "能当野外文物看管员", None),  # 第五条: 男性, 25-50岁
            (
                "跟人打架受伤住院",
                "出车祸住院",
                "能报",
                answered(not_paid, ["打架斗殴", "交通事故"]),
            ),
            (
                "救护车费",
                "住院请护工陪护的钱",
                "医保报不报",
                answered(not_paid, ["急救车费", "陪护费"]),
            ),
            (
                "建档立卡户",
                "会汉藏双语的",
                "优先当看管员",
                answered([keeper("第六条")], ["建档立卡贫困户", "汉藏双语"]),
            ),
            # not stated: a drug's place in the 自治区 catalogue; a custodian's allowances
            ("胰岛素", "他汀类的降脂药", "在医保报销目录里", declined(mi("第二十一条"))),
            ("野外文物看管员", "交通补贴", "给配摩托车", declined(keeper("第十二条"))),
        ]
    )
    fresh = fresh_draws()

    def two_parts(n: int, frame: int) -> tuple[str, dict]:
        x, y, ask, expectation = next(plan)

        question = fresh(
            lambda: frames[frame].format(x=x, y=y.format(k=mothers(), age=age()), ask=ask)
        )
        if expectation is None:  # the age said decides the bound the answer must name
            years = int(re.search(r"(\d+)岁", question).group(1))
            bound = "25" if years < 25 else "50"
            expectation = answered([keeper("第五条")], ["男性", bound])
        if expectation["status"] == "out_of_scope":
            return question, {"category": "fact_absent", "fact_type": "yes_no", **expectation}
        return question, {"category": "eligibility", **expectation}

    rows += rows_of("twoparts", frames, two_parts)

    # 7. the training's consequences and cost (培训办法): 四、（三） 记录在案, 五、 专项经费,
    # 一、（四） 书面 … 批准, 一、（三） 每年不得少于一次; first turn or both turns
    frames = [
        "{k}在{c}县文物局上班，文物安全培训{ask}",
        "问下文物安全培训{ask}",
        ("{k}单位让参加文物安全培训，{ask}", "{ask2}"),
        ("文物安全培训{ask}", "那{ask2}"),
    ]
    absence = answered([art(RT, "四、（三）"), art(RT, "六、（六）")], ["记录在案"])
    fee = answered([art(RT, "五、")], ["文物安全专项经费"])
    leave = answered([art(RT, "一、（四）")], ["书面", "批准"])
    often = answered([art(RT, "一、（三）")], ["每年", "一次"])
    plan = iter(
        [
            ("要是不去会怎么样", absence),
            ("要自己交钱吗", fee),
            ("培训费得自己掏吗", fee, "多久搞一次", often),
            ("是隔多长时间才轮到一次", often, "中途有事想走，会咋样", leave),
            ("去到一半家里有事走了会怎样", leave),
            ("没请假就没去，会咋样", absence),
            # not stated: a certificate, the place
            ("无故不去会咋样", absence, "培训完发不发证书", declined(art(RT, "一、（六）"))),
            ("费用谁出", fee, "一般在哪儿办", declined(art(RT, "四、（四）"))),
        ]
    )
    counties = deck(rng, COUNTIES)
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def training(n: int, frame: int):
        case = next(plan)
        if frame < 2:
            ask, expectation = case
            question = fresh(lambda: frames[frame].format(k=kin(), c=counties(), ask=ask))
            return question, {"category": "lookup", "fact_type": "procedure", **expectation}
        ask, first, ask2, then = case
        one, two = frames[frame]
        return fresh(lambda: [(one.format(k=kin(), ask=ask), first), (two.format(ask2=ask2), then)])

    rows += rows_of("training", frames, training)

    # 8. a relic found or traded: outside Ngari declined (办法 第二条: 本行政区域内); inside
    # Ngari 第二十一条 (保护现场, 向当地文物行政管理部门报告) or 第三十二条 (备案方可依法流通)
    frames = [
        "{k}在{place}{act}挖出个{x}，{ask}",
        "{place}那边{act}刨出来个{x} {ask}",
        "{place}有人要卖家里传下来的{x}，{k}能买吗",
        "问一下 在{place}{act}发现了{x}，{ask}",
    ]
    found = lookup("procedure", [relic("第二十一条")], ["保护现场", "文物行政管理部门"])
    found = found | {"category": "in_scope_place"}
    bought = lookup("procedure", [relic("第三十二条")], ["备案"]) | {"category": "in_scope_place"}

    def away(article: str) -> dict:
        return {"category": "out_of_scope_place", **declined(relic(article))}

    counties = deck(rng, COUNTIES)
    plan = iter(
        [
            ("{c}县", "放牧的时候", found),
            ("拉萨", "盖房子打地基", away("第二十一条")),
            ("日喀则", "", away("第三十二条")),
            ("{c}县", "修路的时候", found),
            ("四川老家", "修路", away("第二十一条")),
            ("{c}县", "盖房子挖地基", found),
            ("{c}县", "", bought),
            ("那曲", "放牧的时候", away("第二十一条")),
        ]
    )
    things = deck(rng, RELIC_THINGS)
    asks = deck(rng, ["该咋办", "要交给谁", "要上报吗", "能自己留着不"])
    kin = deck(rng, KIN)
    fresh = fresh_draws()

    def relic_place(n: int, frame: int) -> tuple[str, dict]:
        place, act, expectation = next(plan)
        question = fresh(
            lambda: frames[frame].format(
                k=kin(), place=place.format(c=counties()), act=act, x=things(), ask=asks()
            )
        )
        return question, expectation

    rows += rows_of("relicplace", frames, relic_place)

    return said_once(rows)


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
