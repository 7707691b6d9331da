"""The fortieth phrasing table (evaluation/phrasings40: the twenty-ninth session's classes,
tune40 and heldout40 by sentence frame): regenerated identically, both halves of every class
present and sharing no sentence frame, every expected figure the independent reference's."""

from __future__ import annotations

import json
from collections import Counter

from evaluation.phrasings import checks
from evaluation.phrasings40 import generate


def _on_disk() -> list[dict]:
    rows = []
    for path in sorted(generate.HERE.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows


def test_the_files_are_what_the_generator_writes() -> None:
    assert sorted(_on_disk(), key=lambda r: r["id"]) == sorted(
        generate.build(), key=lambda r: r["id"]
    )


def test_every_class_has_both_halves() -> None:
    rows = generate.build()
    halves = Counter((r["id"].split("-")[0], r["split"]) for r in rows)
    for kind in {r["id"].split("-")[0] for r in rows}:
        assert halves[(kind, "tune40")] and halves[(kind, "heldout40")], kind


def test_the_halves_share_no_sentence() -> None:
    rows = generate.build()

    def sentences(split: str) -> set[str]:
        said = set()
        for r in rows:
            if r["split"] == split:
                said |= {r["question"]} if "question" in r else {t["user"] for t in r["turns"]}
        return said

    assert not sentences("tune40") & sentences("heldout40")


def test_every_expected_figure_is_the_references() -> None:
    assert checks.figures_checked(generate.build()) >= 80
