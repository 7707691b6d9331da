"""The tables of a session's classes (evaluation/phrasings39 to 43): each
regenerated identically, both halves of every class present and sharing no sentence frame, every
expected figure the independent reference's."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings39 import generate as generate39
from evaluation.phrasings40 import generate as generate40
from evaluation.phrasings41 import generate as generate41
from evaluation.phrasings42 import generate as generate42
from evaluation.phrasings43 import generate as generate43
from evaluation.phrasings55 import generate as generate55
from evaluation.phrasings56 import generate as generate56
from evaluation.phrasings57 import generate as generate57
from evaluation.phrasings58 import generate as generate58
from evaluation.phrasings59 import generate as generate59
from evaluation.phrasings60 import generate as generate60
from evaluation.phrasings61 import generate as generate61

TABLES = [
    (generate39, "tune39", "heldout39"),
    (generate40, "tune40", "heldout40"),
    (generate41, "tune41", "heldout41"),
    (generate42, "tune42", "heldout42"),
    (generate43, "tune43", "heldout43"),
    (generate55, "tune55", "heldout55"),
    (generate56, "tune56", "heldout56"),
    (generate57, "tune57", "heldout57"),
    (generate58, "tune58", "heldout58"),
    (generate59, "tune59", "heldout59"),
    (generate60, "tune60", "heldout60"),
    (generate61, "tune61", "heldout61"),
]


def _on_disk(generate) -> list[dict]:
    rows = []
    for path in sorted(generate.HERE.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows


@pytest.mark.parametrize(("generate", "tune", "heldout"), TABLES)
def test_the_files_are_what_the_generator_writes(generate, tune, heldout) -> None:
    assert sorted(_on_disk(generate), key=lambda r: r["id"]) == sorted(
        generate.build(), key=lambda r: r["id"]
    )


@pytest.mark.parametrize(("generate", "tune", "heldout"), TABLES)
def test_every_class_has_both_halves(generate, tune, heldout) -> None:
    rows = generate.build()
    halves = Counter((r["id"].split("-")[0], r["split"]) for r in rows)
    for kind in {r["id"].split("-")[0] for r in rows}:
        assert halves[(kind, tune)] and halves[(kind, heldout)], kind


@pytest.mark.parametrize(("generate", "tune", "heldout"), TABLES)
def test_the_halves_share_no_sentence(generate, tune, heldout) -> None:
    rows = generate.build()

    def sentences(split: str) -> set[str]:
        said = set()
        for r in rows:
            if r["split"] == split:
                said |= {r["question"]} if "question" in r else {t["user"] for t in r["turns"]}
        return said

    assert not sentences(tune) & sentences(heldout)


@pytest.mark.parametrize(("generate", "tune", "heldout"), TABLES)
def test_every_expected_figure_is_the_references(generate, tune, heldout) -> None:
    checked = 0
    for row, _, expect in checks.expectations(generate.build()):
        if expect.get("expected") and expect.get("inputs"):
            got = checks.recompute(expect["calculator"], expect["inputs"])
            assert {k: got[k] for k in expect["expected"]} == expect["expected"], row["id"]
            checked += 1
    # a table of rules only (phrasings57) or of few sums (phrasings58, 10) says so by its
    # LEAST_FIGURES; the others compute 16 or more
    assert checked >= getattr(generate, "LEAST_FIGURES", 16)
