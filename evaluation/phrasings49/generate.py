"""python -m evaluation.phrasings49.generate — write the rows of the classes of the
forty-fourth session (phrasings49: tune49 and heldout49).

As phrasings48: each class has four sentence frames; persons, places, bills, tiers and ages
are drawn with a seeded generator; every expected figure comes from the independent reference
(evaluation/phrasings/reference.py: a household's total and two tiers' gap included); the even
frames of a class are tune49, the odd ones heldout49, so the held-out half shares no sentence
frame with the half the lead reads. The frames were written before any of them was first run.
"""

from __future__ import annotations

import random
from pathlib import Path

from evaluation.phrasings import reference
from evaluation.phrasings.by_frame import class_rows, first_stay, split_of_frame
from evaluation.phrasings.rows import mi
from evaluation.phrasings39.generate import dialogue_row, write

HERE = Path(__file__).parent
SEED = 49

MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
CUSTODIANS = "野外文物看管人员管理细则"
COUNTIES = ["日土", "革吉", "改则", "措勤", "札达", "普兰", "噶尔"]
KIN = ["我爸", "我妈", "我舅", "我姐", "我奶奶", "我二叔", "我媳妇"]
SPOUSES = ["老婆", "媳妇", "老公", "爱人"]
# children as said, with how many they are ("两个娃都交120": each of them)
CHILDREN = [("孩子", 1), ("儿子", 1), ("闺女", 1), ("两个娃都", 2), ("俩孩子都", 2)]
TIER_SAID = {60: ["60", "六十"], 120: ["120", "一百二"], 250: ["250", "二百五"]}
# a bill as people type it, with its value in yuan
BILLS = [
    (8000, ["8000", "八千"]),
    (12000, ["1.2w", "一万二", "1万2"]),
    (15000, ["1.5w", "一万五"]),
    (20000, ["2万", "两万"]),
    (25000, ["2.5w", "两万五"]),
    (30000, ["3w", "三万"]),
]
# what is left of the subsidy after the central part (each splits 6:2:2 to the cent)
REMAINDERS = [
    (300, ["300", "三百"]),
    (400, ["400", "四百"]),
    (450, ["四百五", "450"]),
    (600, ["600", "六百"]),
]
SHARE_ASKED = [("县里", "county"), ("地区", "diqu"), ("自治区", "zizhiqu")]
INPATIENT_CITES = ["第二十二条"]


def _tier(rng: random.Random, tier: int) -> str:
    return rng.choice(TIER_SAID[tier])


def _bill(rng: random.Random) -> tuple[str, str]:
    value, said = rng.choice(BILLS)
    return rng.choice(said), str(value)


def _mixed_household(rng: random.Random) -> tuple[dict, int, str, int, str]:
    """Two members joined on one tier and the children on their own: the fills of a frame,
    and the household's total from the reference."""
    shared, own = rng.sample([60, 120, 250], 2)
    children, count = rng.choice(CHILDREN)
    fill = {
        "w": rng.choice(SPOUSES),
        "a": _tier(rng, shared),
        "c": children,
        "b": _tier(rng, own),
    }
    members = [{"tier": shared}] * 2 + [{"tier": own}] * count
    return fill, shared, own, count, reference.household(members)["total"]


def _identity_household(rng: random.Random) -> tuple[dict, dict]:
    """A household counted with one identity: the fills, and the calculator's inputs."""
    identity, said = rng.choice(
        [
            ("建档立卡贫困人员", "建档立卡户"),
            ("建档立卡贫困人员", "建档立卡贫困户"),
            ("低保对象", "低保户"),
        ]
    )
    persons = rng.choice([3, 4, 5, 6])
    return {"i": said, "n": persons}, {
        "mode": "enrol",
        "identities": [identity],
        "persons": persons,
    }


def _remainder(rng: random.Random) -> tuple[dict, dict]:
    value, said = rng.choice(REMAINDERS)
    who, _ = rng.choice(SHARE_ASKED)
    return {"r": rng.choice(said), "who": who}, {
        "mode": "split",
        "total_subsidy": str(value),
        "central_subsidy": "0",
    }


def build() -> list[dict]:  # noqa: C901 (one class after another, as the tables before)
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a household's members joined on one tier, the children on their own (第十八条（一）)
    frames = [
        "我和{w}都交{a}的，{c}交{b}，一共多少",
        "{w}跟我都选的{a}档，{c}交{b}，全家加起来交多少钱",
        "我+{w}都是{a}，{c}交{b}，总共要交多少",
        "我跟{w}俩人都交{a}，{c}交{b}的，一家合计得交多少",
    ]

    def mixed(frame: int) -> tuple[str, dict]:
        fill, _, _, _, total = _mixed_household(rng)
        return frames[frame].format(**fill), {
            "category": "calculation",
            "status": "calculated",
            "calculator": "contribution",
            "answer_contains": [total],
            "cites": ["第十八条"],
        }

    rows += class_rows(49, "household", frames, mixed)

    # 2. a household counted with an identity and its sum asked (4 × 60, 第十八条（四）; 低保 0)
    frames = [
        "{i}，家里{n}口人，一共要掏多少",
        "我们是{i}，一家{n}口，医保总共交多少钱",
        "{i}家里{n}个人，参保一共得出多少",
        "家里{n}口人都是{i}，交医保合计多少",
    ]

    def counted(frame: int) -> tuple[str, dict]:
        fill, inputs = _identity_household(rng)
        each = {"identities": inputs["identities"]}
        return frames[frame].format(**fill), {
            "category": "calculation",
            "status": "calculated",
            "calculator": "contribution",
            "inputs": inputs,
            "expected": reference.household([each] * inputs["persons"]),
            "cites": ["第十八条"],
        }

    rows += class_rows(49, "identityhh", frames, counted)

    # 3. the 6:2:2 split of what is left after the central part (第十七条)
    frames = [
        "政府补贴扣掉中央的还剩{r}，{who}出多少",
        "财政补助减去中央那块，剩下{r}块，按比例{who}要拿多少",
        "中央补完以后剩下的{r}，{who}负担多少钱",
        "除了中央给的，剩下{r}元补助，{who}分摊多少",
    ]

    def remainder(frame: int) -> tuple[str, dict]:
        fill, inputs = _remainder(rng)
        return frames[frame].format(**fill), {
            "category": "calculation",
            "status": "calculated",
            "calculator": "contribution",
            "inputs": inputs,
            "expected": reference.subsidy_split(inputs["total_subsidy"], "0"),
            "cites": ["第十七条"],
        }

    rows += class_rows(49, "splitrest", frames, remainder)

    # 4. a designated hospital not chosen: an emergency (paid) and not one (not paid),
    # 第二十九条（五）; the even and the odd frames hold one of each
    frames = [
        ("{k}在{p}突发急病，送到了不是我们选的那家定点医院，能报吗", "除急诊和急救外"),
        ("急诊去了不是自己选的定点医院，{k}花的钱医保认不认", "除急诊和急救外"),
        ("不是急诊，{k}自己跑去了一家没选的定点医院看病，能报销吗", "不得由基本医疗保险基金支付"),
        (
            "{k}没啥急事，图方便去了{p}另一家定点医院，不是我们选定的那家，钱能报不",
            "不得由基本医疗保险基金支付",
        ),
    ]

    def not_chosen(frame: int) -> tuple[str, dict]:
        text, term = frames[frame]
        question = text.format(k=rng.choice(KIN), p=rng.choice(COUNTIES))
        return question, {
            "status": "answered",
            "gold": [mi("第二十九条")],
            "answer_contains": [term],
        }

    rows += class_rows(49, "notchosen", frames, not_chosen)

    # 5. going straight to a higher hospital (逐级转诊, 第三十二条)
    frames = [
        "在{p}看病，能不能直接去地区医院住院",
        "{k}不想在县里看了，可以直接跑到地区人民医院住院吗",
        "不经过乡卫生院和县医院，{k}直接去地区医院住院医保认不认",
        "{p}县医院能看的病，直接上地区医院住院行不行",
    ]

    def straight_up(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(k=rng.choice(KIN), p=rng.choice(COUNTIES))
        return question, {
            "status": "answered",
            "gold": [mi("第三十二条")],
            "answer_contains": ["逐级转诊"],
        }

    rows += class_rows(49, "straightup", frames, straight_up)

    # 6. a banned act "even so" (不得拍摄, 文物办法 第三十七条)
    frames = [
        "{p}那边寺里的壁画拿手机拍一张，不开闪光灯也不行吗",
        "博物馆里的{x}隔着玻璃拍，不发到网上也不可以吗",
        "考古挖掘的地方远远拍张照，{k}就自己留着看也不行？",
        "{k}想给庙里的壁画拍个照，不用闪光灯也不让拍吗",
    ]

    def even_so(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(
            k=rng.choice(KIN),
            p=rng.choice(COUNTIES),
            x=rng.choice(["佛像", "唐卡", "文物", "老铜器"]),
        )
        return question, {
            "status": "answered",
            "gold": [{"doc": RELICS, "article": "第三十七条"}],
            "answer_contains": ["不得拍摄"],
        }

    rows += class_rows(49, "evenso", frames, even_so)

    # 7. two tiers on one bill, their gap asked: both named (even frame 0, odd frame 1), or
    # one said and a higher one supposed (frames 2 and 3)
    frames = [
        "交{a}跟交{b}，{l}医院住院花{c}，差多少",
        "{k}在{l}医院住院花了{c}，{a}档和{b}档报的钱相差多少",
        "我交{a}的，{l}医院花了{c}，要是交{b}能多报多少",
        "{k}交的{a}，在{l}医院住了院，花了{c}，要是当初交{b}能多拿多少",
    ]

    def tier_gap(frame: int) -> tuple[str, dict]:
        tiers = rng.sample([60, 120, 250], 2)
        if frame >= 2:
            tiers.sort()  # ("要是交250能多报多少": the tier supposed is the higher)
        level = rng.choice(["二级", "三级"])
        said, cost = _bill(rng)
        fill = {
            "a": _tier(rng, tiers[0]),
            "b": _tier(rng, tiers[1]),
            "l": level,
            "c": said,
            "k": rng.choice(KIN),
        }
        return frames[frame].format(**fill), {
            "category": "calculation",
            "status": "calculated",
            "calculator": "inpatient",
            "answer_contains": [reference.tier_gap(tuple(tiers), level, cost)["gap"]],
            "cites": INPATIENT_CITES,
        }

    rows += class_rows(49, "tiergap", frames, tier_gap)

    # 8. an age said by its decade (女年满60、男年满65周岁不再缴费, 第十八条（二））
    frames = [
        "{d}多岁的{k}还交医保吗",
        "{k}今年{d}多了，居民医保还要自己掏钱不",
        "家里{k}{d}出头了，医保费还得交吗",
        "{k}都{d}好几了，今年的医保还用交吗",
    ]
    elders = [
        ("老阿妈", "女"),
        ("奶奶", "女"),
        ("外婆", "女"),
        ("姥姥", "女"),
        ("老阿爸", "男"),
        ("爷爷", "男"),
        ("外公", "男"),
        ("老爷子", "男"),
    ]
    decades = {"女": [(60, "60"), (70, "70"), (80, "八十")], "男": [(70, "七十"), (80, "80")]}

    def decade(frame: int) -> tuple[str, dict]:
        kin, sex = rng.choice(elders)
        age, said = rng.choice(decades[sex])
        return frames[frame].format(d=said, k=kin), {
            "category": "calculation",
            "status": ["answered", "calculated"],
            "gold": [mi("第十八条")],
            "answer_contains": ["60周岁" if sex == "女" else "65周岁"],
            "calculator": "contribution",
            "inputs": {"mode": "enrol", "identities": [], "sex": sex, "age": age},
            "expected": reference.contribution([], sex, age),
            "cites": ["第十八条"],
        }

    rows += class_rows(49, "decade", frames, decade)

    # 9. one custodian site: its wage bill (1 × 2 × wage × months, 细则 第十二条; frames 0 and
    # 1) and its head count (每处安排2名; frames 2 and 3)
    frames = [
        "{p}有个{v}文保点，{t}那个点总共要发多少工资",
        "{v}的野外文物点，看管员{t}的工资加起来一共多少钱",
        "{p}那个{v}文保点，一共安排几个人看",
        "{v}野外文物保护单位，一个点要配几个看管的人",
    ]
    periods = [("一年", 12), ("半年", 6), ("三个月", 3)]

    def one_site(frame: int) -> tuple[str, dict]:
        level = rng.choice(["县级", "自治区级"])
        period, months = rng.choice(periods)
        question = frames[frame].format(p=rng.choice(COUNTIES), v=level, t=period)
        if frame < 2:
            return question, {
                "category": "calculation",
                "status": "calculated",
                "calculator": "custodian_pay",
                "inputs": {"mode": "budget", "sites": {level: 1}, "months": months},
                "expected": reference.custodian_budget({level: 1}, months),
                "cites": ["第十二条"],
            }
        return question, {
            "category": "calculation",
            "status": ["answered", "calculated"],
            "gold": [{"doc": CUSTODIANS, "article": "第十二条"}],
            "calculator": "custodian_pay",
            "inputs": {"mode": "heads", "sites": {level: 1}},
            "expected": reference.custodian_heads({level: 1}),
        }

    rows += class_rows(49, "onesite", frames, one_site)

    # 10. a long stay's settlement (每180天做一次住院结算, 第二十二条（一））
    frames = [
        "{k}在{p}县医院住了快{m}个月了，报销怎么结算",
        "{k}一直住院，都{m}个多月了，医保啥时候给结一次",
        "连续住院{d}多天了还没出院，这钱怎么报",
        "{k}住院住了{m}个月还没出来，医保是等出院才结算吗",
    ]

    def long_stay(frame: int) -> tuple[str, dict]:
        question = frames[frame].format(
            k=rng.choice(KIN),
            p=rng.choice(COUNTIES),
            m=rng.choice([7, 8, 9]),
            d=rng.choice([190, 200, 220, 250]),
        )
        return question, {
            "status": "answered",
            "gold": [mi("第二十二条")],
            "answer_contains": ["180天"],
        }

    rows += class_rows(49, "longstay", frames, long_stay)

    # 11. a household's sum, then the subsidy split asked: a case of its own (第十七条)
    frames = [
        ("我和{w}都交{a}，{c}交{b}，一共交多少", "另外问下，财政补贴扣掉中央的剩{r}，{who}出多少"),
        ("{i}，家里{n}口人，一共要交多少钱", "那政府补贴减掉中央的还剩{r}，{who}承担多少"),
    ]
    for n in range(4):
        frame = n % len(frames)
        one, two = frames[frame]
        if frame == 0:
            fill, _, _, _, total = _mixed_household(rng)
            first = {
                "status": "calculated",
                "calculator": "contribution",
                "answer_contains": [total],
                "cites": ["第十八条"],
            }
        else:
            fill, inputs = _identity_household(rng)
            each = {"identities": inputs["identities"]}
            first = {
                "status": "calculated",
                "calculator": "contribution",
                "inputs": inputs,
                "expected": reference.household([each] * inputs["persons"]),
                "cites": ["第十八条"],
            }
        rest, inputs = _remainder(rng)
        rows.append(
            dialogue_row(
                f"t49hhsplit-{n + 1:03d}",
                split_of_frame(49, frame),
                [
                    (one.format(**fill), first),
                    (
                        two.format(**rest),
                        {
                            "status": "calculated",
                            "calculator": "contribution",
                            "inputs": inputs,
                            "expected": reference.subsidy_split(inputs["total_subsidy"], "0"),
                            "cites": ["第十七条"],
                        },
                    ),
                ],
            )
        )

    # 12. two tiers' gap on one bill, then the highest tier asked alone ("250的呢")
    frames = [
        ("交{a}跟交{b}，{l}医院住院花{c}，差多少", "250的呢"),
        ("{a}档和{b}档，{k}在{l}医院住院{c}，报销差多少", "那250的呢，能报多少"),
    ]
    for n in range(4):
        frame = n % len(frames)
        one, two = frames[frame]
        tiers = rng.sample([60, 120], 2)
        level = rng.choice(["二级", "三级"])
        said, cost = _bill(rng)
        fill = {
            "a": _tier(rng, tiers[0]),
            "b": _tier(rng, tiers[1]),
            "l": level,
            "c": said,
            "k": rng.choice(KIN),
        }
        highest = first_stay(250, level, cost)
        rows.append(
            dialogue_row(
                f"t49gap250-{n + 1:03d}",
                split_of_frame(49, frame),
                [
                    (
                        one.format(**fill),
                        {
                            "status": "calculated",
                            "calculator": "inpatient",
                            "answer_contains": [
                                reference.tier_gap(tuple(tiers), level, cost)["gap"]
                            ],
                            "cites": INPATIENT_CITES,
                        },
                    ),
                    (
                        two,
                        {
                            "status": "calculated",
                            "calculator": "inpatient",
                            "inputs": highest,
                            "expected": reference.inpatient(250, level, cost),
                            "cites": INPATIENT_CITES,
                        },
                    ),
                ],
            )
        )
    return rows


if __name__ == "__main__":
    write(build(), HERE)
