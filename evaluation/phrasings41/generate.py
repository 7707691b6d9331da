"""python -m evaluation.phrasings41.generate — write the rows of the classes of the thirtieth
session (phrasings41: tune41 and heldout41).

As phrasings40: each class has several sentence frames, persons, levels, months and amounts are
drawn with a seeded generator, every expected figure comes from the independent reference
(evaluation/phrasings/reference.py); the even frames of a class are tune41, the odd ones
heldout41, so the held-out half shares no sentence frame with the half the lead reads.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import COSTS, SAID, dialogue_row, write

HERE = Path(__file__).parent
SEED = 41

MEDICAL = "城乡居民基本医疗保险实施办法"
CUSTODIANS = "野外文物看管人员管理细则"
HOSPITAL_PLAN = "阿里地区人民医院创建三级甲等综合医院工作方案"
RELICS = "文物保护管理办法"
TRAINING = "文物工作人员文物安全培训办法"
WAGE = {"县级": 1200, "自治区级": 1400}
# months said, and how many they are
MONTHS = [("一年", 12), ("半年", 6), ("三个月", 3), ("8个月", 8), ("十个月", 10), ("两年", 24)]
LEVEL_SAID = {
    "县级": ["县级", "县级文保单位", "县级的文物点"],
    "自治区级": ["自治区级", "区级文保单位", "自治区级的点"],
}
KIN = ["我爸", "我妈", "我老公", "我媳妇", "我哥"]
ASKED = ["follow_up", "answered"]


def _question(row_id: str, split: str, question: str, **expect: Any) -> dict:
    return {"id": row_id, "category": "lookup", "split": split, "question": question, **expect}


def _split(frame: int) -> str:
    return "tune41" if frame % 2 == 0 else "heldout41"


def _stay(tier: int, level: str, cost: str, poor: bool = False) -> dict:
    """A stay's expectation, with its inputs (which the data checks recompute it from)."""
    inputs: dict[str, Any] = {"tier": tier, "level": level, "cost": cost}
    if poor:
        inputs["poor"] = True
    return {
        "calculator": "inpatient",
        "inputs": inputs,
        "expected": reference.inpatient(tier, level, cost, poor=poor),
        "cites": ["第二十二条"],
    }


def _pay(level: str, months: int, persons: int = 1) -> str:
    return reference.custodian_person(level, months, persons=persons)["pay"]


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a period asked after the custodians' monthly wage, the level unsaid: each level's sum
    frames = [
        ("看管员一个月多少钱", "那干{m}呢"),
        ("文物看管员每月工资是多少", "{m}下来能拿多少"),
        ("野外文物看管人员一个月发多少", "那{m}一共多少"),
        ("看文物的一个月给多少钱", "要是干满{m}呢"),
    ]
    for n in range(12):
        frame = n % len(frames)
        said, months = rng.choice(MONTHS)
        one, two = frames[frame]
        turns = [
            (one, {"status": "answered", "answer_contains": ["1200", "1400"]}),
            (
                two.format(m=said),
                {"answer_contains": [_pay("县级", months), _pay("自治区级", months)]},
            ),
        ]
        rows.append(dialogue_row(f"t41period-{n + 1:03d}", _split(frame), turns))

    # 2. two custodians said as a pair: both paid
    frames = [
        "我们俩看{l} {m}加起来能拿多少",
        "我和我老婆都是{l}的看管员 干了{m} 俩人一共多少钱",
        "咱俩在{l}当看管员 {m}一共领多少",
        "他俩守着{l} 干{m} 合计发多少工资",
    ]
    for n in range(12):
        frame = n % len(frames)
        level = rng.choice(list(WAGE))
        said, months = rng.choice(MONTHS[:5])
        rows.append(
            {
                "id": f"t41pair-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(l=rng.choice(LEVEL_SAID[level]), m=said),
                "calculator": "custodian_pay",
                "inputs": {"mode": "person", "site_level": level, "months": months, "persons": 2},
                "expected": {"pay": _pay(level, months, 2)},
                "cites": ["第十二条"],
            }
        )

    # 3. who pays the custodians
    frames = [
        "看管员工资谁发",
        "文物看管人员的报酬由谁来出",
        "野外文物看管员的补助是谁给发的",
        "看文物的人工资从哪来",
        "看管员的钱谁出",
        "看管人员的经费从哪里出",
        "看管员的工资是哪里出的钱",
    ]
    for n, text in enumerate(frames):
        rows.append(
            _question(
                f"t41payer-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": CUSTODIANS, "article": "第十二条"}],
                answer_contains=["地区财政"],
            )
        )

    # 4. pay said in other words (报酬, 薪酬, 月薪), of a county of Ngari
    frames = [
        "{c}的看管员报酬多少",
        "{c}文物看管员薪酬怎么定的 一个月多少",
        "{c}看管员月薪多少",
        "在{c}当文物看管员待遇一个月多少钱",
    ]
    counties = ["普兰县", "日土县", "札达县", "噶尔县", "革吉县", "改则县", "措勤县"]
    for n in range(8):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t41wage-{n + 1:03d}",
                _split(frame),
                frames[frame].format(c=rng.choice(counties)),
                status="answered",
                gold=[{"doc": CUSTODIANS, "article": "第十二条"}],
                answer_contains=["1200", "1400"],
            )
        )

    # 5. the contribution asked of no one in particular, or at its least or most
    frames = [
        "医保最少交多少",
        "居民医保个人缴费最低是多少",
        "参加医保一年要交多少钱",
        "城乡居民医保个人最多交多少",
        "交医保最低多少钱",
        "医保一个人一年最少缴多少",
        "医保一年自己要交多少",
        "参加城乡居民医保个人要缴多少钱",
    ]
    for n, text in enumerate(frames):
        rows.append(
            _question(
                f"t41tiers-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第十八条"}],
                answer_contains=["60", "250"],
            )
        )

    # 6. the year's cap asked after a stay computed: the cap, not a difference of results
    frames = [
        ("交{t} 在{h}住院花了{c} 报多少", "那一年最多报多少"),
        ("我{t}档 {h}住院{c} 能报多少", "一年最多能报多少钱"),
        ("{k}交的{t} 在{h}花了{c} 报多少", "那一年顶多给报多少"),
        ("在{h}住院{c}，交{t}，报多少", "全年最多报多少"),
    ]
    hospitals = {"二级": "县医院", "三级": "地区人民医院", "乡镇卫生院": "乡卫生院"}
    for n in range(8):
        frame = n % len(frames)
        tier = rng.choice([60, 120, 250])
        level = rng.choice(list(hospitals))
        cost = rng.choice(COSTS[:6])
        one, two = frames[frame]
        turns = [
            (
                one.format(t=tier, h=hospitals[level], c=rng.choice(SAID[cost]), k=rng.choice(KIN)),
                _stay(tier, level, cost),
            ),
            (two, {"status": "answered", "gold": [{"doc": MEDICAL, "article": "第二十三条"}]}),
        ]
        rows.append(dialogue_row(f"t41cap-{n + 1:03d}", _split(frame), turns))

    # 7. a standing said now (建档立卡) fixes the tier of a case computed on another tier
    frames = [
        ("交{t} 在{h}住院花了{c} 报多少", "我要是建档立卡户呢"),
        ("{t}档 {h}住院{c} 报多少", "那如果是建档立卡贫困户 能报多少"),
        ("我交的{t}块那档 在{h}住院花了{c} 能报多少", "要是建档立卡的呢"),
        ("在{h}住院花了{c} 交{t}档 报多少", "假如我是建档立卡户 报多少"),
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = rng.choice([60, 120])
        level = rng.choice(list(hospitals))
        cost = rng.choice(COSTS[:6])
        one, two = frames[frame]
        turns = [
            (
                one.format(t=tier, h=hospitals[level], c=rng.choice(SAID[cost])),
                _stay(tier, level, cost),
            ),
            (
                two,
                _stay(250, level, cost, poor=True),
            ),
        ]
        rows.append(dialogue_row(f"t41poor-{n + 1:03d}", _split(frame), turns))

    # 8. 门特 for 糖尿病 or 高血压, then the 两病 benefit asked too (第二十五条: not both)
    frames = [
        ("我有{d}办了门特 交的{t}档 一个月门诊花了{c} 报多少", "那我还能再用两病门诊报吗"),
        ("{d}门特 {t}档 门诊{c} 能报多少", "两病门诊也能一起报吗"),
        ("我{d}走的门特 交{t} 这个月门诊{c} 报多少", "那还可以再走两病吗"),
        ("办了{d}的门诊特殊病 {t}档 门诊花了{c}", "两病待遇能同时享受吗"),
    ]
    for n in range(8):
        frame = n % len(frames)
        disease = rng.choice(["糖尿病", "高血压"])
        tier = rng.choice([60, 120, 250])
        cost = rng.choice(["800", "1500", "2000", "3000"])
        one, two = frames[frame]
        turns = [
            (
                one.format(d=disease, t=tier, c=cost),
                {
                    "calculator": "special_outpatient",
                    "inputs": {"tier": tier, "cost": cost},
                    "expected": reference.special_outpatient(tier, cost),
                    "cites": ["第二十四条"],
                },
            ),
            (
                two,
                {
                    "status": "answered",
                    "gold": [{"doc": MEDICAL, "article": "第二十五条"}],
                    "answer_contains": ["不得同时享受"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t41both-{n + 1:03d}", _split(frame), turns))

    # 9. a date said as a quarter of the year (力争在今年第三季度开工建设)
    frames = [
        ("传染病院区投资多少", "啥时候开工"),
        ("新建传染病院区要花多少钱", "那什么时候动工"),
        ("传染病院区什么时候开工建设", None),
        ("传染病楼建多大", "哪个季度开工"),
    ]
    for n, (one, two) in enumerate(frames):
        if two is None:
            rows.append(
                _question(
                    f"t41quarter-{n + 1:03d}",
                    _split(n),
                    one,
                    status="answered",
                    gold=[{"doc": HOSPITAL_PLAN, "article": "四、（四）"}],
                    answer_contains=["第三季度"],
                )
            )
            continue
        turns = [(one, {"status": "answered"}), (two, {"answer_contains": ["第三季度"]})]
        rows.append(dialogue_row(f"t41quarter-{n + 1:03d}", _split(n), turns))

    # 10. the form a report takes (口头/纸质 → 书面形式)
    frames = [
        ("文物事故调查核实后向上级报告 口头说行不行", RELICS, "第四十八条"),
        ("培训期间要退训 打个电话口头请假可以吗", TRAINING, "一、（四）"),
        ("文物事故核实以后上报 要交纸质的吗", RELICS, "第四十八条"),
        ("要退训的话 得交纸面材料吗", TRAINING, "一、（四）"),
    ]
    for n, (text, doc, article) in enumerate(frames):
        rows.append(
            _question(
                f"t41form-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": doc, "article": article}],
                answer_contains=["书面形式"],
            )
        )

    # 11. the count of a thing the text states in so many words
    frames = [
        ("地区人民医院创三甲有几项重点工作", "17项"),
        ("创三甲一共梳理出多少项重点工作", "17项"),
        ("人民医院创三甲要做几项重点工作", "17项"),
        ("三甲创建梳理了几项重点工作", "17项"),
    ]
    for n, (text, term) in enumerate(frames):
        rows.append(
            _question(
                f"t41count-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": HOSPITAL_PLAN, "article": "四、"}],
                answer_contains=[term],
            )
        )
    return rows


def main() -> None:
    write(build(), HERE)


if __name__ == "__main__":
    main()
