"""python -m evaluation.phrasings44.generate — write the rows of the classes of the thirty-ninth
session (phrasings44: tune44 and heldout44).

As phrasings43: each class has several sentence frames; counties, persons, places, tiers,
hospital levels, bills, months and site counts are drawn with a seeded generator; every expected
figure comes from the independent reference (evaluation/phrasings/reference.py); the even frames
of a class are tune44, the odd ones heldout44, so the held-out half shares no sentence frame with
the half the lead reads.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import dialogue_row, write

HERE = Path(__file__).parent
SEED = 44

MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
KIN = ["我爸", "我妈", "我老公", "我媳妇", "我哥", "我姐", "我儿子", "我女儿"]
COUNTIES = ["噶尔县", "普兰县", "札达县", "日土县", "革吉县", "改则县", "措勤县"]
# places outside Tibet where people from Ngari work or are treated
OUTSIDE = ["成都", "西宁", "北京", "重庆", "兰州", "乌鲁木齐", "西安", "武汉"]
HOSPITAL = {"乡镇卫生院": "乡卫生院", "一级": "一级医院", "二级": "县医院", "三级": "地区人民医院"}
LEVELS = ["县级", "自治区级"]
PROXY_SAID = "文件没有规定"


def _question(row_id: str, split: str, question: str, **expect: Any) -> dict:
    return {"id": row_id, "category": "lookup", "split": split, "question": question, **expect}


def _split(frame: int) -> str:
    return "tune44" if frame % 2 == 0 else "heldout44"


def _amount(rng: random.Random) -> tuple[str, str]:
    """A bill as people write it, with its value in yuan."""
    value = rng.choice([6000, 8000, 9000, 12000, 15000, 18000, 23000, 25000])
    said = rng.choice(
        [
            str(value),
            f"{value // 10000}万{value % 10000 // 1000 or ''}" if value >= 10000 else f"{value}元",
            f"{value / 10000:g}w" if value >= 10000 else f"{value // 1000}千",
        ]
    )
    return said, str(value)


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. an act done for another person (a relative paying, a household paying together, a
    # relative standing in): the gazette names no such proxy
    frames = [
        "可以替{k}交医保吗",
        "一家{n}口人能一起交医保吗",
        "我能帮{k}把医保交了吗",
        "看管员生病了，能让{k}替他去巡查吗",
        "能让{k}替我去参加文物安全培训吗",
        "全家能一块交医保不",
        "{k}的参保登记我能代办吗",
        "家里几个人的医保能统一一起交吗",
    ]
    for n, frame in enumerate(frames):
        text = frame.format(k=rng.choice(KIN), n=rng.randint(3, 6))
        rows.append(
            _question(
                f"t44proxy-{n + 1:03d}",
                _split(n),
                text,
                status="out_of_scope",
                answer_contains=[PROXY_SAID],
            )
        )

    # 2. what one treated outside Tibet has to do, asked in everyday words
    frames = [
        "在{p}打工住院了，医保这边要做啥",
        "{k}在{p}住院了，我们需要做什么",
        "去{p}做手术之前要办啥",
        "在{p}看病住了院，得做些什么",
    ]
    for n in range(8):
        frame = n % len(frames)
        text = frames[frame].format(p=rng.choice(OUTSIDE), k=rng.choice(KIN))
        rows.append(
            _question(
                f"t44todo-{n + 1:03d}",
                _split(frame),
                text,
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第三十三条"}],
                answer_contains=["5日内"],
            )
        )

    # 3. a relic dug up by a private person: the rule laid on anyone, not on the archaeologists
    frames = [
        "{w}挖出{x}了要做什么",
        "{w}挖到{x}该干啥",
        "{c}{w}挖出来{x}，怎么办",
        "我们{w}的时候挖出{x}，得做什么",
    ]
    works = ["挖地基", "盖房子", "修水渠", "挖菜窖", "修院墙"]
    things = ["文物", "一个罐子", "铜佛像", "古钱币", "一块石刻"]
    for n in range(8):
        frame = n % len(frames)
        text = frames[frame].format(
            w=rng.choice(works), x=rng.choice(things), c=f"在{rng.choice(COUNTIES)}"
        )
        rows.append(
            _question(
                f"t44dugup-{n + 1:03d}",
                _split(frame),
                text,
                status="answered",
                gold=[{"doc": RELICS, "article": "第二十一条"}],
                answer_contains=["保护现场"],
            )
        )

    # 4. one county's road-upkeep subsidy: 每县100万元/年
    frames = [
        "{c}农村公路养护每年补多少钱",
        "{c}的四好农村路养护一年给多少补贴",
        "{c}公路养护一年拨多少钱",
        "{c}农村路养护专项补贴一年有多少",
    ]
    for n in range(8):
        frame = n % len(frames)
        inputs = {"counties": 1, "prefecture": False}
        rows.append(
            {
                "id": f"t44county-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(c=COUNTIES[n % len(COUNTIES)]),
                "status": "calculated",
                "calculator": "road_subsidy",
                "inputs": inputs,
                "expected": reference.road_subsidy(1, False),
            }
        )

    # 5. a 门特 bill with the condition unnamed: every listed condition is paid alike
    frames = [
        "门诊特殊病，交的{t}档，今年花了{c}，能报多少",
        "{k}走门特，{t}档，一年花了{c}，报多少",
        "门特花了{c}，交{t}的，能报回来多少",
        "{k}是门诊特殊病，今年门诊花了{c}，{t}档能报多少",
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = [60, 120, 250][n % 3]
        said, cost = _amount(rng)
        rows.append(
            {
                "id": f"t44special-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(t=tier, c=said, k=rng.choice(KIN)),
                "status": "calculated",
                "calculator": "special_outpatient",
                "inputs": {"tier": tier, "cost": cost},
                "expected": reference.special_outpatient(tier, cost),
            }
        )

    # 6. a blood-pressure reading decides whether 高血压 is a 门特 condition (150/95)
    frames = [
        "{k}血压{h}/{l}，能办门诊特殊病吗",
        "高压{h}低压{l}算不算门特",
        "{k}高血压，血压一直{h}/{l}，能走门特吗",
        "血压{h}/{l}能申请门诊特殊病吗",
    ]
    readings = [(160, 100), (140, 90), (155, 98), (135, 85), (170, 105), (145, 92)]
    for n in range(8):
        frame = n % len(frames)
        high, low = readings[n % len(readings)]
        meets = high >= 150 and low >= 95
        rows.append(
            _question(
                f"t44pressure-{n + 1:03d}",
                _split(frame),
                frames[frame].format(k=rng.choice(KIN), h=high, l=low),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第二十四条"}],
                answer_contains=["属于。" if meets else "不属于门诊特殊病"],
            )
        )

    # 7. the tier corrected after two stays computed turn by turn: both computed again
    frames = [
        (
            "交的{t1}，{h1}住了一回花了{c1}，报多少",
            "{m}月又住了一次，{h2}，这回{c2}",
            "不对，我记错了，交的是{t2}那档，两次分别报多少",
        ),
        (
            "{t1}档，{h1}住院{c1}，能报多少",
            "后来又在{h2}住了一次，花了{c2}",
            "说错了，其实是{t2}档，两次各报多少",
        ),
        (
            "我们交{t1}的，住{h1}花了{c1}，报销多少",
            "年底又住进{h2}，{c2}",
            "搞错了，交的{t2}，重新算一下两次",
        ),
        (
            "{h1}住院花了{c1}，{t1}档报多少",
            "又住了一回{h2}，这次{c2}",
            "我记错档次了，是{t2}，两次分别多少",
        ),
    ]
    for n in range(8):
        frame = n % len(frames)
        t1, t2 = rng.sample([60, 120, 250], 2)
        l1, l2 = rng.choice(["二级", "三级"]), rng.choice(["一级", "二级", "三级"])
        s1, c1 = _amount(rng)
        s2, c2 = _amount(rng)
        first = reference.inpatient(t2, l1, c1, 1)["payment"]
        second = reference.inpatient(t2, l2, c2, 2, already_paid=first)["payment"]
        one, two, three = frames[frame]
        turns = [
            (one.format(t1=t1, h1=HOSPITAL[l1], c1=s1), {"status": "calculated"}),
            (two.format(m=rng.randint(5, 11), h2=HOSPITAL[l2], c2=s2), {"status": "calculated"}),
            (three.format(t2=t2), {"status": "calculated", "answer_contains": [first, second]}),
        ]
        rows.append(dialogue_row(f"t44retier-{n + 1:03d}", _split(frame), turns))

    # 8. the place of treatment pointed back to ("那边") in the bill that follows
    frames = [
        ("我在{p}打工，在那边住院了，医保咋弄", "我交的{t}，那边是{h}，花了{c}，大概报多少"),
        ("{k}在{p}住院了，要办什么手续", "那边是{h}，{t}档，花了{c}能报多少"),
        ("在{p}住院要备案吗", "交{t}的，在那边{h}住院{c}，报多少"),
        ("我们在{p}看病住院，回来怎么报销", "{t}档，那儿的{h}，一共{c}，能报多少"),
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = [60, 120, 250][n % 3]
        level = ["二级", "三级"][n % 2]
        said, cost = _amount(rng)
        one, two = frames[frame]
        inputs = {"tier": tier, "level": level, "cost": cost, "in_area": False}
        turns = [
            (one.format(p=rng.choice(OUTSIDE), k=rng.choice(KIN)), {}),
            (
                two.format(t=tier, h=f"{level}医院", c=said),
                {
                    "status": "calculated",
                    "calculator": "inpatient",
                    "inputs": inputs,
                    "expected": reference.inpatient(tier, level, cost, in_area=False),
                },
            ),
        ]
        rows.append(dialogue_row(f"t44there-{n + 1:03d}", _split(frame), turns))

    # 9. care during a lapse, asked after the back payment was told: the month decides
    frames = [
        ("去年忘了交医保，现在{m}月了还能补吗", "那我{c}月份住院花的钱能报吗"),
        ("我{m}月{d}号补完的医保，从哪天开始能报", "那{c}月住院能报吗"),
        ("医保断了，{m}月份补交了", "{c}月份看病花的钱能报销吗"),
        ("没按时交医保，{m}月补缴的", "{k}{c}月住院的费用能报吗"),
    ]
    for n in range(8):
        frame = n % len(frames)
        month = rng.randint(3, 8)
        care = month - rng.randint(1, 2) if n % 2 == 0 else month + rng.randint(1, 3)
        one, two = frames[frame]
        turns = [
            (one.format(m=month, d=rng.randint(1, 28)), {}),
            (
                two.format(c=care, k=rng.choice(KIN)),
                {
                    "status": "answered",
                    "gold": [{"doc": MEDICAL, "article": "第八条"}],
                    "answer_contains": ["不能：" if care <= month else "能："],
                },
            ),
        ]
        rows.append(dialogue_row(f"t44lapse-{n + 1:03d}", _split(frame), turns))

    # 10. the custodians a set of sites takes (每处2名), no pay asked
    frames = [
        "{n}处{lv}文物保护单位要多少看管员",
        "我们那是{lv}的文保单位，按规定配几个看管员",
        "我们县有{n}处{lv}的文保点，按规定安排几个人看",
        "{n}个{lv}野外文物点需要几名看管人员",
    ]
    for n in range(8):
        frame = n % len(frames)
        level = LEVELS[n % 2]
        count = 1 if frame == 1 else rng.randint(2, 5)
        sites = {level: count}
        rows.append(
            {
                "id": f"t44heads-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(n=count, lv=level),
                "status": "calculated",
                "calculator": "custodian_pay",
                "inputs": {"mode": "heads", "sites": sites},
                "expected": reference.custodian_heads(sites),
            }
        )
    return rows


if __name__ == "__main__":
    write(build(), HERE)
