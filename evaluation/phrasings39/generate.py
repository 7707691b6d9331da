"""python -m evaluation.phrasings39.generate — write the rows of the classes of the
twenty-eighth session (phrasings39: tune39 and heldout39).

Each class has several sentence frames; persons, places, tiers, levels and amounts are drawn
from fixed lists with a seeded generator, and every expected figure comes from the independent
reference (evaluation/phrasings/reference.py), never from the assistant. A row's split is set
by its frame: the even frames of a class are tune39, the odd ones heldout39, so the held-out
half shares no sentence frame with the half the lead reads.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaluation.phrasings import reference

HERE = Path(__file__).parent
SEED = 39

HOSPITALS = {
    "乡镇卫生院": ["乡卫生院", "镇卫生院", "乡镇卫生院"],
    "二级": ["县医院", "县人民医院", "二级医院"],
    "三级": ["地区人民医院", "三级医院", "地区医院"],
}
TIERS = [60, 120, 250]
NAMES = [
    "张三",
    "李四",
    "扎西",
    "次仁",
    "卓玛",
    "多吉",
    "央金",
    "格桑",
    "达瓦",
    "尼玛",
    "拉姆",
    "平措",
]
COSTS = ["3000", "4500", "6000", "8000", "12000", "15000", "23000", "30000"]
SAID = {
    "3000": ["3000", "三千", "3k"],
    "4500": ["4500", "四千五", "4.5k"],
    "6000": ["6000", "六千", "6k"],
    "8000": ["8000", "八千", "8k"],
    "12000": ["12000", "1.2万", "一万二"],
    "15000": ["15000", "1.5w", "一万五"],
    "23000": ["23000", "2.3万", "两万三"],
    "30000": ["30000", "3万", "三万"],
}
INPATIENT_CITES = ["第二十二条"]
MEDICAL = "城乡居民基本医疗保险实施办法"
CUSTODIANS = "野外文物看管人员管理细则"


def stay_payment(tier: int, level: str, cost: str, admission: int = 1, paid: str = "0") -> dict:
    return reference.inpatient(tier, level, cost, admission=admission, already_paid=paid)


def pick_case(rng: random.Random) -> tuple[int, str, str, str, str]:
    """A stay drawn: its tier, level, the hospital as said, its cost and the cost as said."""
    tier = rng.choice(TIERS)
    level = rng.choice(list(HOSPITALS))
    cost = rng.choice(COSTS)
    return tier, level, rng.choice(HOSPITALS[level]), cost, rng.choice(SAID[cost])


def _calc(row_id: str, split: str, question: str, inputs: dict, expected: dict) -> dict:
    return {
        "id": row_id,
        "category": "calculation",
        "split": split,
        "question": question,
        "status": "calculated",
        "calculator": "inpatient",
        "inputs": inputs,
        "expected": {k: expected[k] for k in ("payment", "deductible")},
        "cites": INPATIENT_CITES,
    }


def _question(row_id: str, split: str, question: str, **expect: Any) -> dict:
    return {
        "id": row_id,
        "category": expect.pop("category", "lookup"),
        "split": split,
        "question": question,
        **expect,
    }


def dialogue_row(row_id: str, split: str, turns: list[tuple[str, dict]]) -> dict:
    return {
        "id": row_id,
        "category": "dialogue",
        "split": split,
        "turns": [{"user": user, "expect": expect} for user, expect in turns],
    }


def _split(frame: int) -> str:
    return "tune39" if frame % 2 == 0 else "heldout39"


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a bill at a hospital, its setting unsaid (看病): read as a stay, said so
    frames = [
        "交{t} 去{h}看病花了{c} 能报多少",
        "我是{t}档的，在{h}看病一共花了{c}，医保给报多少",
        "{t}档 {h}看病 {c} 报多少",
        "看病在{h}花了{c}，交的{t}，能报销多少钱",
    ]
    for n in range(16):
        frame = n % len(frames)
        tier, level, hospital, cost, said = pick_case(rng)
        question = frames[frame].format(t=tier, h=hospital, c=said)
        rows.append(
            _calc(
                f"t39see-{n + 1:03d}",
                _split(frame),
                question,
                {"tier": tier, "level": level, "cost": cost},
                stay_payment(tier, level, cost),
            )
        )

    # 2. people named with their own tiers sharing one bill, computed each (and compared)
    frames = [
        "{a}交{ta} {b}交{tb} 都在{h}花了{c} 各报多少",
        "{a}交{ta}，{b}交{tb}，同样在{h}住院花了{c}，报销差多少",
        "{a}交的{ta} {b}交的{tb} 都在{h}住了院 花了{c} 两人各能报多少",
        "{a}交{ta}{b}交{tb} 都是{h}住院{c} 报销相差多少",
    ]
    for n in range(16):
        frame = n % len(frames)
        a, b = rng.sample(NAMES, 2)
        ta, tb = rng.sample(TIERS, 2)
        _, level, hospital, cost, said = pick_case(rng)
        question = frames[frame].format(a=a, b=b, ta=ta, tb=tb, h=hospital, c=said)
        pa, pb = (stay_payment(t, level, cost)["payment"] for t in (ta, tb))
        wanted = [pa, pb]
        if "差" in question:
            wanted.append(f"{abs(Decimal(pa) - Decimal(pb)):.2f}")
        rows.append(
            _question(
                f"t39pair-{n + 1:03d}",
                _split(frame),
                question,
                category="calculation",
                status="calculated",
                answer_contains=wanted,
            )
        )

    # 3. a stay's order said of the stay just computed ("这是今年第二次住院了")
    frames = [
        ("交{t}，在{h}住院花了{c}，报多少", "这是今年第{k}次住院了"),
        ("我{t}档 {h}住院 {c} 能报多少", "而且这是今年第{k}次住院"),
        ("{h}住院花了{c}，交的是{t}档，报销多少", "这次算今年第{k}回住院"),
        ("交的{t} {h} {c} 报多少", "哦对了 这是今年第{k}次住院"),
    ]
    order = {2: "二", 3: "三"}
    for n in range(16):
        frame = n % len(frames)
        tier, level, hospital, cost, said = pick_case(rng)
        k = rng.choice([2, 3])
        first, second = frames[frame]
        turns = [
            (
                first.format(t=tier, h=hospital, c=said),
                {
                    "calculator": "inpatient",
                    "expected": {"payment": stay_payment(tier, level, cost)["payment"]},
                    "cites": INPATIENT_CITES,
                },
            ),
            (
                second.format(k=order[k]),
                {
                    "calculator": "inpatient",
                    "expected": {
                        "payment": stay_payment(tier, level, cost, admission=k)["payment"]
                    },
                    "cites": INPATIENT_CITES,
                },
            ),
        ]
        rows.append(dialogue_row(f"t39order-{n + 1:03d}", _split(frame), turns))

    # 4. two results set against each other ("他比我少报多少")
    frames = [
        ("交{ta}，在{h}住院花了{c}，报多少", "我同事交{tb}的，也在{h}花了{c}呢", "他比我少报多少"),
        ("我交的{ta}档 {h}住院{c} 报多少", "那我邻居交{tb}的 同样{h}住院{c}呢", "我俩差多少"),
        (
            "{h}住院花了{c}，我交{ta}，能报多少",
            "我朋友交{tb}，也在{h}住院花了{c}呢",
            "我们俩报销相差多少",
        ),
        ("交{ta}档 {h} 住院 {c} 报多少", "我同学交{tb}档 {h}也住院{c}呢", "他跟我差多少"),
    ]
    for n in range(16):
        frame = n % len(frames)
        ta, tb = rng.sample(TIERS, 2)
        _, level, hospital, cost, said = pick_case(rng)
        pa, pb = (stay_payment(t, level, cost)["payment"] for t in (ta, tb))
        one, two, three = frames[frame]
        turns = [
            (
                one.format(ta=ta, h=hospital, c=said),
                {"calculator": "inpatient", "expected": {"payment": pa}, "cites": INPATIENT_CITES},
            ),
            (
                two.format(tb=tb, h=hospital, c=said),
                {"calculator": "inpatient", "expected": {"payment": pb}, "cites": INPATIENT_CITES},
            ),
            (
                three,
                {
                    "status": "calculated",
                    "answer_contains": [f"{abs(Decimal(pa) - Decimal(pb)):.2f}"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t39diff-{n + 1:03d}", _split(frame), turns))

    # 5. an age said before fixes a later stay's tier (第十八条（二）)
    frames = [
        ("我爸今年{a}岁，医保还要交吗", "他在{h}住院花了{c}，能报多少"),
        ("我妈{a}了 还用交医保吗", "她在{h}住院花了{c} 报多少"),
        ("我爷爷{a}岁了，医保要交钱不", "他去{h}住院花了{c}，给报多少"),
        ("我奶奶今年{a}，还交医保吗", "她{h}住院{c}，能报多少"),
    ]
    for n in range(16):
        frame = n % len(frames)
        _, level, hospital, cost, said = pick_case(rng)
        female = frame % 2 == 1
        age = rng.choice([61, 63, 64]) if female else rng.choice([66, 68, 72])
        one, two = frames[frame]
        pay = stay_payment(250, level, cost)["payment"]
        turns = [
            (one.format(a=age), {"status": "calculated"}),
            (
                two.format(h=hospital, c=said),
                {"calculator": "inpatient", "expected": {"payment": pay}, "cites": INPATIENT_CITES},
            ),
        ]
        rows.append(dialogue_row(f"t39age-{n + 1:03d}", _split(frame), turns))

    # 6. a rumour put to be checked is answered from the rule it is about
    frames = [
        ("听说交{ta}和交{tb}住院报销比例都一样，是真的吗", {MEDICAL: "第二十二条"}),
        ("有人说门诊特殊病要先扣起付线 真的假的", {MEDICAL: "第二十四条"}),
        ("听说医保一年最多只能报6万，是真的吗", {MEDICAL: "第二十三条"}),
        ("据说看管员一个月工资有1400，对吗", {CUSTODIANS: "第十二条"}),
    ]
    for n in range(8):
        frame = n % len(frames)
        ta, tb = rng.sample(TIERS, 2)
        text, gold = frames[frame]
        ((doc, article),) = gold.items()
        rows.append(
            _question(
                f"t39rumour-{n + 1:03d}",
                _split(frame),
                text.format(ta=ta, tb=tb),
                category="lookup",
                status="answered",
                gold=[{"doc": doc, "article": article}],
            )
        )
    return rows


def write(rows: list[dict], here: Path) -> None:
    """A session table's rows into its folder, one file per kind of row."""
    by_kind: dict[str, list[dict]] = {
        "calculations.jsonl": [],
        "dialogues.jsonl": [],
        "questions.jsonl": [],
    }
    for row in rows:
        kind = (
            "dialogues.jsonl"
            if "turns" in row
            else "calculations.jsonl"
            if row.get("calculator")
            else "questions.jsonl"
        )
        by_kind[kind].append(row)
    for name, kept in by_kind.items():
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept)
        (here / name).write_text(text, encoding="utf-8")
    print(f"{len(rows)} rows written to {here}")


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
