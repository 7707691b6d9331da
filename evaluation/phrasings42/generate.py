"""python -m evaluation.phrasings42.generate — write the rows of the classes of the thirty-first
session (phrasings42: tune42 and heldout42).

As phrasings41: each class has several sentence frames, persons, counties, tiers and amounts are
drawn with a seeded generator, every expected figure comes from the independent reference
(evaluation/phrasings/reference.py) or, for a plan's counts and dates, from the gazette's own
words; the even frames of a class are tune42, the odd ones heldout42, so the held-out half shares
no sentence frame with the half the lead reads.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from evaluation.phrasings import reference
from evaluation.phrasings39.generate import dialogue_row, write

HERE = Path(__file__).parent
SEED = 42

MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
KIN = ["我爸", "我妈", "我老公", "我媳妇", "我哥", "我姐"]
# the counties a plan dates together ("其他县…争取9月份之前"); 日土 has its own date
OTHER_COUNTIES = ["普兰县", "札达县", "噶尔县", "革吉县", "改则县", "措勤县"]
# villages without a hardened road, by county (四好农村路 推进方案 二、)
UNPAVED = {
    "札达县": (4, "萨让村"),
    "日土县": (2, "丁则村"),
    "革吉县": (3, "却藏村"),
    "改则县": (9, "次吾嘎木村"),
    "措勤县": (3, "加绕村"),
}
HOSPITAL = {
    "乡镇卫生院": "乡卫生院",
    "一级": "一级医院",
    "二级": "县医院（二级）",
    "三级": "三级医院",
}
# a bill said roughly
ROUGH = ["两万多", "八千多", "一万出头", "三千来块", "五千左右", "一万多"]
# who pays in less (said as people say it) → the reference's identity
IDENTITY_SAID = {
    "建档立卡贫困人员": ["建档立卡贫困户", "建档立卡户", "贫困户（建档立卡的）"],
    "低保对象": ["低保户", "吃低保的"],
    "特困供养人员": ["特困供养人员", "特困户"],
    "孤儿": ["孤儿"],
    "重度残疾(一、二级)": ["一级残疾", "二级残疾人"],
}


def _question(row_id: str, split: str, question: str, **expect: Any) -> dict:
    return {"id": row_id, "category": "lookup", "split": split, "question": question, **expect}


def _split(frame: int) -> str:
    return "tune42" if frame % 2 == 0 else "heldout42"


def _rates(tier: int) -> list[str]:
    return sorted({f"{p}%" for p in reference.INPATIENT_RATIO[tier].values()})


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    # 1. a county's date, where the plan dates it among the other counties
    frames = [
        "{c}啥时候通客车",
        "{c}的村什么时候能通班车",
        "{c}农村客运班车什么时候开通",
        "我们{c}啥时候能坐上客运班车",
    ]
    for n in range(12):
        frame = n % len(frames)
        county = OTHER_COUNTIES[n % len(OTHER_COUNTIES)]
        rows.append(
            _question(
                f"t42date-{n + 1:03d}",
                _split(frame),
                frames[frame].format(c=county),
                status="answered",
                answer_contains=["9月"],
            )
        )

    # 2. an everyday illness or visit at a clinic: the general outpatient pool
    frames = [
        "平时{i}去门诊看病能报销吗",
        "{i}了在门诊开药能报不",
        "{k}{i}去卫生院门诊看了看，门诊能报销吗",
        "一般{i}看门诊医保给报吗",
    ]
    for n, illness in enumerate(["感冒", "发烧", "咳嗽", "拉肚子", "头疼", "感冒", "发烧", "咳嗽"]):
        frame = n % len(frames)
        rows.append(
            _question(
                f"t42clinic-{n + 1:03d}",
                _split(frame),
                frames[frame].format(i=illness, k=rng.choice(KIN)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第二十六条"}],
                answer_contains=["60%"],
            )
        )

    # 3. a bill said roughly, the share asked: the rate, no sum needed
    frames = [
        "交{t}档 在{h}住院花了{c} 大概能报百分之多少",
        "我是{t}那一档的，{h}住院{c}，报销比例是多少",
        "{k}交的{t} 在{h}住了院 花了{c} 能报几成",
        "{h}住院花了{c}，交的{t}，按多少比例报",
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = rng.choice([60, 120, 250])
        level = rng.choice(list(HOSPITAL))
        ratio = reference.INPATIENT_RATIO[tier][level]
        rows.append(
            _question(
                f"t42rough-{n + 1:03d}",
                _split(frame),
                frames[frame].format(
                    t=tier, h=HOSPITAL[level], c=rng.choice(ROUGH), k=rng.choice(KIN)
                ),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第二十二条"}],
                answer_contains=[f"{ratio}%"],
            )
        )

    # 4. the tier said, the level and the bill not: the tier's rates lead the question for them
    frames = [
        "交{t}的话住院能报多少",
        "我交的是{t}档，住院给报多少",
        "{k}交了{t}，要是住院能报多少",
        "{t}档住院报多少",
    ]
    for n in range(8):
        frame = n % len(frames)
        tier = [60, 120, 250][n % 3]
        rows.append(
            _question(
                f"t42rates-{n + 1:03d}",
                _split(frame),
                frames[frame].format(t=tier, k=rng.choice(KIN)),
                status="follow_up",
                answer_contains=_rates(tier),
            )
        )

    # 5. a count of what is not yet done
    asked = [
        ("阿里现在还有多少个乡镇没通客车", "15"),
        ("还有几个乡镇没通班车", "15"),
        ("多少个建制村还没通客车", "103"),
        ("还有多少个村没有通客车", "103"),
        ("还有几个建制村没通硬化路", "21"),
        ("全地区多少个村还没通硬化路", "21"),
    ]
    for n, (text, figure) in enumerate(asked):
        rows.append(
            _question(
                f"t42undone-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                answer_contains=[figure],
            )
        )
    frames = ["{c}有几个村子没通硬化路", "{c}还有多少个建制村没通硬化路"]
    for n, (county, (count, village)) in enumerate(UNPAVED.items()):
        rows.append(
            _question(
                f"t42undone-{len(asked) + n + 1:03d}",
                _split(n),
                frames[n % 2].format(c=county),
                status="answered",
                answer_contains=[f"{count}个", village],
            )
        )

    # 6. how someone who pays in less pays in: what they pay (their identity's rule)
    frames = [
        "{i}医保怎么交",
        "{i}的医保咋交",
        "我是{i}，医保费怎么缴",
        "{k}是{i}，医保该怎么交",
    ]
    for n in range(16):
        frame = n % len(frames)
        identity = list(IDENTITY_SAID)[n % len(IDENTITY_SAID)]
        rows.append(
            {
                "id": f"t42howpay-{n + 1:03d}",
                "category": "calculation",
                "split": _split(frame),
                "question": frames[frame].format(
                    i=rng.choice(IDENTITY_SAID[identity]), k=rng.choice(KIN)
                ),
                "status": "calculated",
                "calculator": "contribution",
                "inputs": {"mode": "enrol", "identities": [identity]},
                "expected": reference.contribution([identity]),
                "cites": ["第十八条"],
            }
        )

    # 7. the rest of a contribution, asked right after it: who pays it for them
    frames = [
        ("{i}交医保要交多少", "剩下的谁出"),
        ("{i}交医保个人出多少", "那剩下的钱谁给"),
        ("我是{i} 医保个人交多少", "其余的谁来出"),
        ("{k}是{i}，交医保自己掏多少", "剩下的钱从哪来"),
    ]
    for n in range(8):
        frame = n % len(frames)
        identity = list(IDENTITY_SAID)[n % len(IDENTITY_SAID)]
        one, two = frames[frame]
        turns = [
            (
                one.format(i=rng.choice(IDENTITY_SAID[identity]), k=rng.choice(KIN)),
                {"status": "calculated"},
            ),
            (
                two,
                {
                    "status": "answered",
                    "gold": [{"doc": MEDICAL, "article": "第十八条"}],
                    "answer_contains": ["医疗救助资金"],
                },
            ),
        ]
        rows.append(dialogue_row(f"t42rest-{n + 1:03d}", _split(frame), turns))

    # 8. a few things found or kept, said in passing: no number asked
    asked = [
        ("放牧时捡到几个像文物的铜佛像，该怎么办", "第二十一条"),
        ("家里收藏了几件老唐卡，想卖掉要办什么手续", "第三十二条"),
        ("盖房挖地基挖出来几个很老的陶罐，怎么处理", "第二十一条"),
        ("我收藏了几幅旧唐卡 能拿去卖吗", "第三十二条"),
        ("修路的时候挖到几块刻字的石头咋办", "第二十一条"),
        ("祖上传下来几件老物件，想卖给别人需要备案吗", "第三十二条"),
    ]
    for n, (text, article) in enumerate(asked):
        rows.append(
            _question(
                f"t42few-{n + 1:03d}",
                _split(n),
                text,
                status="answered",
                gold=[{"doc": RELICS, "article": article}],
            )
        )

    # 9. a payment missed, said otherwise: the rule for paying late (第八条)
    asked = [
        "医保没按时交怎么办",
        "忘了交医保咋办",
        "错过了缴费时间怎么办",
        "医保没有按时交上，现在怎么办",
        "去年医保忘交了 咋整",
        "{k}的医保没按时交，怎么办",
    ]
    for n, text in enumerate(asked):
        rows.append(
            _question(
                f"t42lapse-{n + 1:03d}",
                _split(n),
                text.format(k=rng.choice(KIN)),
                status="answered",
                gold=[{"doc": MEDICAL, "article": "第八条"}],
            )
        )

    # 10. a count asked with which ones: the count's own list, no second answer declined
    frames = ["{c}有几个村没通硬化路，是哪几个", "{c}多少个村没通硬化路 都是哪些村"]
    for n, (county, (_, village)) in enumerate(UNPAVED.items()):
        rows.append(
            _question(
                f"t42which-{n + 1:03d}",
                _split(n),
                frames[n % 2].format(c=county),
                status="answered",
                answer_contains=[village],
            )
        )
    return rows


if __name__ == "__main__":
    write(build(), HERE)
