"""Checks every phrasing table's data test makes the same way: the generator's files, the
expectations' form, copies of earlier questions, bare fact-absent details and the runner's name.
Each table's own test keeps its sizes and kinds; these are the parts that do not vary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.checks import STATUSES, expectations

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
