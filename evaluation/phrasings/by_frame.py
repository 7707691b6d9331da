"""Rows of a table built by sentence frame (phrasings49 on): each class has a few frames, its
rows take them in turn, the even frames are the table's tuning half and the odd ones its
held-out half, so the held-out rows share no sentence frame with the rows that were read."""

from __future__ import annotations

import random
from collections.abc import Callable

from evaluation.phrasings39.generate import dialogue_row
from evaluation.phrasings44.generate import _question

ROWS_A_CLASS = 8

# the documents, places and tiers the by-frame tables draw from
MEDICAL = "城乡居民基本医疗保险实施办法"
RELICS = "文物保护管理办法"
CUSTODIANS = "野外文物看管人员管理细则"
COUNTIES = ["日土", "革吉", "改则", "措勤", "札达", "普兰", "噶尔"]
TIER_SAID = {60: ["60", "六十"], 120: ["120", "一百二"], 250: ["250", "二百五"]}


def deck(rng: random.Random, items: list) -> Callable[[], object]:
    """Draws from `items` without putting back, shuffled anew when all have been drawn (so a
    class's eight rows spread over its list)."""
    left: list = []

    def draw():
        if not left:
            left.extend(rng.sample(items, len(items)))
        return left.pop()

    return draw


def relic(article: str) -> dict[str, str]:
    """A gold place in the relic rules."""
    return {"doc": RELICS, "article": article}


def keeper(article: str) -> dict[str, str]:
    """A gold place in the custodians' rules."""
    return {"doc": CUSTODIANS, "article": article}


def split_of_frame(table: int, frame: int) -> str:
    return f"tune{table}" if frame % 2 == 0 else f"heldout{table}"


def class_rows(
    table: int, name: str, frames: list, row: Callable[[int], tuple[str, dict]]
) -> list[dict]:
    """The rows of a question class, the frames in turn (n % len(frames)); `row(frame)` draws
    the class's fills in frame order and gives the question with its expectations."""
    rows = []
    for n in range(ROWS_A_CLASS):
        frame = n % len(frames)
        question, expect = row(frame)
        rows.append(
            _question(
                f"t{table}{name}-{n + 1:03d}", split_of_frame(table, frame), question, **expect
            )
        )
    return rows


def dialogue_rows(
    table: int, name: str, frames: list, turns: Callable[[int], list[tuple[str, dict]]]
) -> list[dict]:
    """The dialogues of a class, the frames in turn; `turns(frame)` draws the fills and gives
    each turn with its expectations."""
    return [
        dialogue_row(
            f"t{table}{name}-{n + 1:03d}",
            split_of_frame(table, n % len(frames)),
            turns(n % len(frames)),
        )
        for n in range(ROWS_A_CLASS)
    ]


def first_stay(tier: int, level: str, cost: str, poor: bool = False) -> dict:
    """A first stay in the area, as the inpatient calculator is given it."""
    return {
        "tier": tier,
        "level": level,
        "in_area": True,
        "admission": 1,
        "cost": cost,
        "poor": poor,
        "already_paid": "0",
    }


def said_once(rows: list[dict]) -> list[dict]:
    """The rows, checked that no question (or dialogue) is said twice."""
    said = [r.get("question") or tuple(t["user"] for t in r["turns"]) for r in rows]
    assert len(said) == len(set(said)), "a question (or dialogue) said twice"
    return rows


def stated_or_two_turns(
    plan, frames: list, fresh: Callable, turn: Callable, first_who: Callable, later_who: Callable
) -> Callable[[int, int], object]:
    """A class whose rows ask a stated and an unstated part of one matter: in one message (frames
    0 and 1, expecting the stated part's answer) or over two turns (frames 2 and 3, each turn its
    own); `plan` yields (first part, its expectation, second part, its expectation)."""

    def made(n: int, frame: int):
        a, first, b, second = next(plan)
        if frame < 2:
            stated = [e for e in (first, second) if e["status"] == "answered"]
            question = fresh(lambda: frames[frame].format(k=first_who(), a=a, b=b))
            return question, stated[0] if stated else first
        one, two = frames[frame]
        return fresh(
            lambda: [
                (one.format(k=later_who(), a=a), turn(first)),
                (two.format(b=b), turn(second)),
            ]
        )

    return made
