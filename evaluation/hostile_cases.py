"""Hostile and malformed input table (tests/data/hostile_cases.tsv) through the real assistant.

Each row is one fresh conversation. Columns: id, class, input, status (alternatives split by
"|"), must — for an error, the words one of which the message must hold (the field it names);
otherwise ";"-separated checks: "第二十二条" an article cited, "cost=15000" an input the
calculation read, "!text" a text the answer must not hold (an injected claim never echoed).
In `input`, "\\n", "\\t" and "\\u" with four hex digits are escapes and "⟦N×S⟧" is S repeated N times.

Even ids are the tuning split, odd ids the held-out split.

    python -m evaluation.hostile_cases [--split tune|heldout|all] [--report R]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "hostile_cases.tsv"
_REPEAT = re.compile(r"⟦(\d+)×(.*?)⟧", re.S)
_ESCAPE = re.compile(r"\\(n|t|u[0-9a-fA-F]{4})")


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    text: str
    statuses: tuple[str, ...]
    must: str

    @property
    def number(self) -> int:
        return int(re.sub(r"\D", "", self.id))

    @property
    def split(self) -> str:
        return "tune" if self.number % 2 == 0 else "heldout"


def decode(raw: str) -> str:
    """The input as typed: escapes resolved, then repeats expanded."""

    def escape(m: re.Match[str]) -> str:
        code = m.group(1)
        return {"n": "\n", "t": "\t"}.get(code) or chr(int(code[1:], 16))

    text = _ESCAPE.sub(escape, raw)
    return _REPEAT.sub(lambda m: m.group(2) * int(m.group(1)), text)


def load(path: Path = CASES) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [
        Case(r["id"], r["class"], decode(r["input"]), tuple(r["status"].split("|")), r["must"])
        for r in rows
    ]


def _same(got: Any, wanted: str) -> bool:
    try:
        return Decimal(str(got)) == Decimal(wanted)
    except (InvalidOperation, ValueError):
        return str(got) == wanted


def problems(case: Case, response: dict[str, Any] | None) -> list[str]:
    """What is wrong with one response; empty when the row is handled."""
    if response is None:
        return ["异常：未返回结果"]
    found: list[str] = []
    status = response.get("status")
    if status not in case.statuses:
        found.append(f"状态应为 {'/'.join(case.statuses)}，实际 {status}")
    answer = response.get("answer") or ""
    if not case.must:
        return found
    if status == "error" and "error" in case.statuses:
        text = (response.get("error") or "") + answer
        if not any(word in text for word in case.must.split("|")):
            found.append(f"错误信息应指明 {case.must}")
        return found
    inputs = (response.get("calculation") or {}).get("inputs") or {}
    articles = [c.get("article", "") for c in response.get("citations") or []]
    for check in case.must.split(";"):
        if check.startswith("!"):
            if check[1:] in answer:
                found.append(f"答案复述了注入内容 {check[1:]}")
        elif "=" in check:
            key, _, wanted = check.partition("=")
            if status == "calculated" and not _same(inputs.get(key), wanted):
                found.append(f"{key} 应读作 {wanted}，实际 {inputs.get(key)}")
        elif status == "answered" and check not in articles:
            found.append(f"未引用 {check}，引用了 {articles[:4]}")
    return found


def run(cases: list[Case]) -> list[tuple[Case, dict[str, Any] | None, list[str]]]:
    from assistant.engine import Assistant

    assistant = Assistant()
    results = []
    for case in cases:
        try:
            response: dict[str, Any] | None = assistant.ask(case.text).to_dict()
        except Exception:  # noqa: BLE001 - a crash is a failed row, and the run goes on
            response = None
        results.append((case, response, problems(case, response)))
    return results


def report(results: list[tuple[Case, dict[str, Any] | None, list[str]]]) -> str:
    lines = ["# Hostile and malformed input (tests/data/hostile_cases.tsv)", ""]
    lines += ["| split | class | handled | rows |", "|---|---|---|---|"]
    for split in ("tune", "heldout"):
        chosen = [r for r in results if r[0].split == split]
        if not chosen:
            continue
        kinds = sorted({r[0].kind for r in chosen})
        for kind in [*kinds, "all"]:
            rows = [r for r in chosen if kind in ("all", r[0].kind)]
            ok = sum(not r[2] for r in rows)
            lines.append(f"| {split} | {kind} | {ok / len(rows):.2f} ({ok}) | {len(rows)} |")
    failed = [r for r in results if r[2]]
    lines += ["", f"## Failures ({len(failed)})", ""]
    for case, response, found in failed:
        shown = case.text if len(case.text) <= 80 else case.text[:40] + "…" + case.text[-30:]
        answer = ((response or {}).get("answer") or "").replace("\n", " ")[:90]
        lines.append(f"- {case.id} [{case.kind}] `{shown!r}`: {'；'.join(found)} — {answer}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--split", choices=("tune", "heldout", "all"), default="tune")
    parser.add_argument("--class", dest="kind", default=None, help="one class only, e.g. b_refuse")
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args(argv)
    cases = [
        c
        for c in load(args.cases)
        if args.split in ("all", c.split) and (args.kind is None or c.kind == args.kind)
    ]
    results = run(cases)
    text = report(results)
    if args.report:
        args.report.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    counts = Counter(not r[2] for r in results)
    return 0 if not counts[False] else 1


if __name__ == "__main__":
    raise SystemExit(main())
