"""python -m evaluation.phrasings40.generate — write the rows of the classes of the
twenty-ninth session (phrasings40: tune40 and heldout40).

Each class has several sentence frames; persons, tiers, levels, diseases and amounts are drawn
from fixed lists with a seeded generator, and every expected figure comes from the independent
reference (evaluation/phrasings/reference.py), never from the assistant. A row's split is set
by its frame: the even frames of a class are tune40, the odd ones heldout40, so the held-out
half shares no sentence frame with the half the lead reads.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import (
    COSTS,
    HOSPITALS,
    SAID,
    TIERS,
    dialogue_row,
    pick_case,
    stay_payment,
    write,
)

HERE = Path(__file__).parent
SEED = 40

# the share of a stay's eligible cost each tier is paid at each level (第二十二条), as said
RATES = {
    (250, "乡镇卫生院"): "90%",
    (250, "二级"): "90%",
    (250, "三级"): "85%",
    (120, "乡镇卫生院"): "75%",
    (120, "二级"): "75%",
    (120, "三级"): "70%",
    (60, "乡镇卫生院"): "70%",
    (60, "二级"): "65%",
    (60, "三级"): "60%",
}
# (who is named, how they are named again)
KIN = [("我爸", "他"), ("我妈", "她"), ("我老公", "他"), ("我媳妇", "她"), ("我奶奶", "她")]
# 门诊特殊病 of 第二十四条 that are not 两病 (whose 第二十五条 benefit is by level, not tier)
SPECIAL = ["慢性肝炎", "青光眼", "癫痫", "类风湿性关节炎", "慢性肝硬化", "结核病"]
MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
HOSPITAL_PLAN = "阿里地区人民医院创建三级甲等综合医院工作方案"
JOBS = "高校毕业生就业规划"
INPATIENT = ["第二十二条"]
SPECIAL_RATES = {60: "60%", 120: "70%", 250: "90%"}  # 第二十四条（二）
ASKED = ["follow_up", "answered"]  # a rate given, the bill asked for
FROM_RESULTS = ["answered", "calculated"]  # a figure from results already computed


def _stay(tier: int, level: str, cost: str, admission: int = 1) -> dict:
    """A stay's expectation, with its inputs (which the data checks recompute it from)."""
    return {
        "calculator": "inpatient",
        "inputs": {"tier": tier, "level": level, "cost": cost, "admission": admission},
        "expected": stay_payment(tier, level, cost, admission),
        "cites": INPATIENT,
    }


def _question(row_id: str, split: str, question: str, **expect: Any) -> dict:
    return {"id": row_id, "category": "lookup", "split": split, "question": question, **expect}


def _split(frame: int) -> str:
    return "tune40" if frame % 2 == 0 else "heldout40"


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. another tier asked while the last case's bill is still asked: a tier, never the bill
    frames = [
        ("交{t}的住{h}能报多少", "那交{u}的呢"),
        ("我是{t}档的 在{h}住院报几成", "要是交{u}呢"),
        ("{t}档在{h}住院能报多少", "那{u}档的呢"),
        ("交了{t} 去{h}住院 报多少", "换成交{u}的呢"),
    ]
    for n in range(16):
        frame = n % len(frames)
        tier, other = rng.sample(TIERS, 2)
        level = rng.choice(list(HOSPITALS))
        hospital = rng.choice(HOSPITALS[level])
        one, two = frames[frame]
        turns = [
            (
                one.format(t=tier, h=hospital),
                {"status": ASKED, "answer_contains": [RATES[(tier, level)]]},
            ),
            # (a rate or the bill asked, never a sum computed with the tier as the bill)
            (two.format(u=other), {"status": ASKED, "answer_contains": [RATES[(other, level)]]}),
        ]
        rows.append(dialogue_row(f"t40tier-{n + 1:03d}", _split(frame), turns))

    # 2. a 门特 disease's outpatient care asked, then the tier, then the year's bill
    frames = [
        ("{k}有{d}，去门诊拿药能报吗", "{p}交的{t} 门诊这个报多少", "一年花了{c}"),
        ("{k}得了{d} 门诊看病给报吗", "{p}是{t}档的，门诊能报多少", "今年门诊一共{c}"),
        ("{k}是{d}，门诊开药医保管不管", "交的是{t}，这个门诊报多少", "花了{c}"),
        ("{d}门诊能报销吗 {k}有这个病", "{p}交{t}档 门诊报几成", "一年下来{c}"),
    ]
    for n in range(16):
        frame = n % len(frames)
        kin, pronoun = rng.choice(KIN)
        disease = rng.choice(SPECIAL)
        tier = rng.choice(TIERS)
        cost = rng.choice(COSTS[:5])
        one, two, three = frames[frame]
        turns = [
            (one.format(k=kin, d=disease), {"status": "answered"}),
            # (its rate, and the bill asked for unless only the rate was asked)
            (
                two.format(p=pronoun, t=tier),
                {"status": ASKED, "answer_contains": [SPECIAL_RATES[tier]]},
            ),
            (
                three.format(c=rng.choice(SAID[cost])),
                {
                    "calculator": "special_outpatient",
                    "inputs": {"tier": tier, "cost": cost},
                    "expected": reference.special_outpatient(tier, cost),
                    "cites": ["第二十四条"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t40special-{n + 1:03d}", _split(frame), turns))

    # 3. a stay's order said of the person's stay just computed, the person named first
    frames = [
        ("{k}交{t} 在{h}住院花了{c} 报多少", "{p}这是今年第{o}次住院"),
        ("{k}{t}档，{h}住院{c}，能报多少", "{k}这回是第{o}次住了"),
        ("{k}在{h}住了院 花了{c} 交的{t} 报多少", "{p}这次已经是今年第{o}次了"),
        ("{h}住院{c} {k}交的{t}档 给报多少", "{p}这趟是第{o}回住院"),
    ]
    order = {2: "二", 3: "三"}
    for n in range(16):
        frame = n % len(frames)
        kin, pronoun = rng.choice(KIN)
        tier, level, hospital, cost, said = pick_case(rng)
        k = rng.choice([2, 3])
        one, two = frames[frame]
        turns = [
            (one.format(k=kin, t=tier, h=hospital, c=said), _stay(tier, level, cost)),
            (two.format(k=kin, p=pronoun, o=order[k]), _stay(tier, level, cost, k)),
        ]
        rows.append(dialogue_row(f"t40order-{n + 1:03d}", _split(frame), turns))

    # 4. two people's stays, then what the fund paid the two together
    frames = [
        ("我交{ta} 在{h}住院花了{c} 报多少", "我老伴交的{tb} 也在{h}花了{d}", "俩人一共报多少"),
        ("我{ta}档 {h}住院{c} 能报多少", "我{k}{tb}档 同样{h}住院{d}呢", "我们俩加起来报多少"),
        ("交{ta}的 {h}住院 {c} 报多少", "那我{k}交{tb}的 {h}住院{d}呢", "两个人总共报多少"),
        ("我在{h}住院花了{c}，交的{ta}，报多少", "我{k}交{tb}，在{h}花了{d}", "他们俩合计报多少"),
    ]
    for n in range(16):
        frame = n % len(frames)
        ta, tb = rng.choice(TIERS), rng.choice(TIERS)
        level = rng.choice(list(HOSPITALS))
        hospital = rng.choice(HOSPITALS[level])
        ca, cb = rng.sample(COSTS, 2)
        kin = rng.choice(["爸", "妈", "媳妇", "老公"])
        pa, pb = stay_payment(ta, level, ca)["payment"], stay_payment(tb, level, cb)["payment"]
        one, two, three = frames[frame]
        turns = [
            (one.format(ta=ta, h=hospital, c=rng.choice(SAID[ca])), _stay(ta, level, ca)),
            (two.format(k=kin, tb=tb, h=hospital, d=rng.choice(SAID[cb])), _stay(tb, level, cb)),
            (
                three,
                {"status": FROM_RESULTS, "answer_contains": [f"{Decimal(pa) + Decimal(pb):.2f}"]},
            ),
        ]
        rows.append(dialogue_row(f"t40both-{n + 1:03d}", _split(frame), turns))

    # 5. what the patient bears of a stay just computed
    frames = [
        ("{k}交{t} 在{h}住院花了{c} 报多少", "那{p}自己还要掏多少"),
        ("交的{t}，{h}住院{c}，能报多少", "那自己要出多少钱"),
        ("{k}{t}档 {h} 住院{c} 报多少", "个人自付多少"),
        ("在{h}住院花了{c} 交{t}档 报多少", "剩下自己得掏多少"),
    ]
    for n in range(16):
        frame = n % len(frames)
        kin, pronoun = rng.choice(KIN)
        tier, level, hospital, cost, said = pick_case(rng)
        pay = stay_payment(tier, level, cost)["payment"]
        one, two = frames[frame]
        turns = [
            (one.format(k=kin, t=tier, h=hospital, c=said), _stay(tier, level, cost)),
            (
                two.format(p=pronoun),
                {
                    "status": FROM_RESULTS,
                    "answer_contains": [f"{Decimal(cost) - Decimal(pay):.2f}"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t40own-{n + 1:03d}", _split(frame), turns))

    # 6. when a document takes effect (第四十九条 for the medical scheme, 第五十五条 for relics)
    frames = [
        ("{d}从啥时候开始实行的", MEDICAL, "第四十九条"),
        ("{d}是哪天开始实行", MEDICAL, "第四十九条"),
        ("文物保护管理办法从什么时候开始实行", RELICS, "第五十五条"),
        ("{d}哪一天起开始施行的", MEDICAL, "第四十九条"),
    ]
    names = ["居民医保办法", "城乡居民医保实施办法", "医保实施办法", "城乡居民基本医疗保险实施办法"]
    for n in range(8):
        frame = n % len(frames)
        text, doc, article = frames[frame]
        rows.append(
            _question(
                f"t40effect-{n + 1:03d}",
                _split(frame),
                text.format(d=rng.choice(names)),
                status="answered",
                gold=[{"doc": doc, "article": article}],
            )
        )

    # 7. whether two benefits' sums are counted apart, asked the other way round
    frames = [
        "门特跟住院的报销额度是分开算的吗",
        "门诊特殊病和住院是单独算限额吗",
        "特殊病门诊的钱和住院的钱分开计算吗",
        "门特和住院各算各的吗",
    ]
    for n, text in enumerate(frames):
        rows.append(
            _question(
                f"t40apart-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第二十四条"}],
                answer_contains=["合并累计"],
            )
        )

    # 8. a follow-up naming anew what the last answer did not speak of
    pairs = [
        (("就业率目标是多少", "创业目标呢"), "230人"),
        (("高校毕业生就业率要达到多少", "创业的目标呢"), "230人"),
        (("谁来组织文物案件调查", "重大的案件呢"), "挂牌督办"),
        (("文物安全事故谁来组织调查", "那重大事故呢"), "挂牌督办"),
        (("三甲初审安排在什么时候", "正式评审呢"), "2021年6月"),
        (("初次评审是什么时候", "那正式评审呢"), "2021年6月"),
    ]
    for n, ((one, two), term) in enumerate(pairs):
        turns = [(one, {"status": "answered"}), (two, {"answer_contains": [term]})]
        rows.append(dialogue_row(f"t40anew-{n + 1:03d}", _split(n), turns))

    # 9. one item of a list given in turn ("2017、2018、2019三年分别…")
    frames = [
        ("前几年阿里提供了多少就业援藏岗位", "{y}年呢"),
        ("就业援藏岗位这几年各有多少", "{y}年多少"),
    ]
    posts = {2017: ("142个", "27人"), 2018: ("115个", "0人"), 2019: ("225个", "15人")}
    for n in range(6):
        frame = n % len(frames)
        year = [2017, 2018, 2019][n % 3]
        one, two = frames[frame]
        turns = [
            (one, {"status": "answered"}),
            (two.format(y=year), {"answer_contains": list(posts[year])}),
        ]
        rows.append(dialogue_row(f"t40year-{n + 1:03d}", _split(frame), turns))
    return rows


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
