"""Checks every phrasing table's data test makes the same way: the generator's files, the
expectations' form, copies of earlier questions, bare fact-absent details and the runner's name.
Each table's own test keeps its sizes and kinds; these are the parts that do not vary."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.checks import STATUSES, expectations
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT

# fact types of a bare detail: no unit, no named body, place or date in the question
BARE = {"yes_no", "count", "format", "channel"}
UNIT = r"(?:元|块|万|天|日|号|岁|个?月|年|小时|公里|周)"
UNIT_OR_FIGURE = re.compile(rf"[0-9０-９%]|[零一二两三四五六七八九十百千万几多每当]+{UNIT}|元|块钱")
NAMED = re.compile(
    r"局|部门|委|厅|政府|寺管会|办公室|县|市|省|区|拉萨|狮泉河|日喀则|成都|西安|陕西|河北|北京"
)


def earlier_tables(here: Path, *names: str) -> list[Path]:
    return [here.parent / name for name in names]


def assert_files_are_generated(generate, tmp_path: Path) -> None:
    here = generate.HERE
    generate.write_all(tmp_path)
    written = sorted(p.name for p in tmp_path.glob("*.jsonl"))
    assert written == sorted(p.name for p in here.glob("*.jsonl"))
    for name in written:
        assert (tmp_path / name).read_text(encoding="utf-8") == (here / name).read_text(
            encoding="utf-8"
        ), name


def assert_bare_details(rows: list[dict], least: int) -> None:
    bare = [r for r in rows if r["category"] == "fact_absent" and r["fact_type"] in BARE]
    assert len(bare) >= least
    for r in bare:
        assert not UNIT_OR_FIGURE.search(r["question"]), r["question"]
        assert not NAMED.search(r["question"]), r["question"]


def assert_expectations_well_formed(rows: list[dict]) -> None:
    for row, user, expect in expectations(rows):
        assert isinstance(user, str) and user.strip() or "error" in str(expect["status"]), row
        status = expect["status"]
        assert set([status] if isinstance(status, str) else status) <= STATUSES, row["id"]
        if "follow_up_for" in expect:
            assert status == "follow_up", row["id"]
        if status == "out_of_scope":
            assert not expect.get("gold") and not expect.get("answer_contains"), row["id"]


def assert_no_copies(rows: list[dict], here: Path, earlier: list[Path]) -> None:
    files = checks.development_files(here.parents[1])
    if not files:
        pytest.skip("development set not present on this machine")
    repeated, close = checks.copied_or_close(rows, checks.questions_of(files, earlier))
    assert not repeated, repeated
    assert not close, close


def assert_runner_reads(name: str, here: Path) -> None:
    from evaluation.phrasings.__main__ import TABLES

    assert Path(TABLES[name]) == here


def assert_runner_takes_name(name: str, capsys) -> None:
    """No assistant is loaded when no row is chosen: the plumbing alone."""
    from evaluation.phrasings.__main__ import main

    assert main(["--table", name, "--category", "无此类别"]) == 2
    assert "没有符合条件的行" in capsys.readouterr().err


# --- the sizes and kinds the later tables (phrasings12 on) hold, each with its own minimums ---

SEVEN_DOCS = (MI, RP, RC, RT, HP, RD, GE)


@dataclass(frozen=True)
class Shape:
    """A table's split, id prefix and least counts: what its data test asks of its rows."""

    split: str
    prefix: str
    minimum: dict[str, int]
    lookups: int  # lookup + eligibility rows
    look_alikes: int  # in-scope places, scheme aliases and years
    turns: int  # dialogue turns
    per_document: int  # fact-absent rows per document
    missing_one: int  # calculations missing exactly one input


def assert_sizes(rows: list[dict], shape: Shape) -> None:
    counts = Counter(r["category"] for r in rows)
    for category, least in shape.minimum.items():
        assert counts[category] >= least, category
    assert counts["lookup"] + counts["eligibility"] >= shape.lookups
    declined = counts["out_of_scope_place"] + counts["out_of_scope_scheme"]
    assert declined + counts["out_of_scope_year"] >= 60
    look_alikes = counts["in_scope_place"] + counts["scheme_alias"] + counts["in_scope_year"]
    assert look_alikes >= shape.look_alikes
    turns = sum(len(r["turns"]) for r in rows if r["category"] == "dialogue")
    assert turns >= shape.turns


def assert_split_ids_and_coverage(rows: list[dict], shape: Shape, earlier: list[Path]) -> None:
    from evaluation.phrasings.runner import load_rows

    assert {r["split"] for r in rows} == {shape.split}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(shape.prefix) for i in ids)
    before = {r["id"] for folder in earlier for r in load_rows(folder)}
    assert not set(ids) & before
    fact_types = {r["fact_type"] for r in rows if r["category"] == "lookup"}
    assert fact_types == {"amount", "ratio", "date", "body", "list", "procedure"}
    calculators = {r["calculator"] for r in rows if r["category"] == "calculation"}
    assert len(calculators) == 7


def assert_documents_covered(rows: list[dict], shape: Shape) -> None:
    """Lookups on all seven documents; fact-absent rows on each, typed."""
    docs = {g["doc"] for r in rows if r["category"] == "lookup" for g in r["gold"]}
    assert docs == set(SEVEN_DOCS)
    per_doc = Counter(
        r["related"][0]["doc"] for r in rows if r["category"] == "fact_absent" and r.get("related")
    )
    assert set(per_doc) == set(SEVEN_DOCS)
    assert min(per_doc.values()) >= shape.per_document, per_doc
    assert all(r.get("fact_type") for r in rows if r["category"] == "fact_absent")


def assert_dialogue_kinds(rows: list[dict]) -> None:
    """Topic switches, errors, whys, sources, English, the cap by two calculators, custodian and
    road calculations; a malformed input corrected; relic and medical turns in one dialogue."""
    dialogue = [(t["user"], t["expect"]) for r in rows if "turns" in r for t in r["turns"]]
    assert sum(bool(x.get("not_follow_up_for")) for _, x in dialogue) >= 6
    assert sum(x.get("status") == "error" for _, x in dialogue) >= 3
    assert sum(u.startswith(("为什么", "为啥", "怎么")) for u, _ in dialogue) >= 8
    assert sum(("哪个文件" in u or "哪一条" in u or "哪条" in u) for u, _ in dialogue) >= 5
    assert any(u.isascii() for u, _ in dialogue)
    capped = [x for _, x in dialogue if "uncapped_payment" in (x.get("expected") or {})]
    assert len({x["calculator"] for x in capped}) >= 2  # stays and outpatient months
    calculators = {x.get("calculator") for _, x in dialogue if x.get("expected")}
    assert {"custodian_pay", "road_subsidy"} <= calculators
    dialogues = [[t["expect"] for t in r["turns"]] for r in rows if "turns" in r]
    corrected = [
        d
        for d in dialogues
        for a, b in zip(d, d[1:], strict=False)
        if a.get("status") == "error" and b.get("expected")
    ]
    assert len(corrected) >= 3

    def docs(d):
        return {g["doc"] for x in d for g in x.get("gold") or []}

    assert sum({RP, MI} <= docs(d) for d in dialogues) >= 2  # relic <-> medical


def assert_missing_one_input(rows: list[dict], shape: Shape) -> None:
    missing = [
        r["follow_up_for"]
        for r in rows
        if r["category"] == "calculation" and r.get("follow_up_for")
    ]
    assert len(missing) >= shape.missing_one and all(len(m) == 1 for m in missing)
