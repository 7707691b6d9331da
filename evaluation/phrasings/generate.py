"""Write the phrasing table: python -m evaluation.phrasings.generate

Rows are built by the gen_* modules from the regulation text (never from the development
questions); the output is deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from evaluation.phrasings import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings.rows import Table

HERE = Path(__file__).parent

FILES = {
    "calculations": ("calc", gen_calculations.build),
    "scope": ("scope", gen_scope.build),
    "questions": ("q", gen_questions.build),
    "hostile": ("hostile", gen_hostile.build),
    "dialogues": ("dlg", gen_dialogues.build),
    "user_titles": ("user", gen_user_titles.build),
}


def write_all(
    folder: Path = HERE, files: dict[str, tuple[str, Callable]] = FILES, table_type=Table
) -> dict[str, int]:
    """Each builder's rows to folder/<name>.jsonl (the second table passes its own)."""
    counts = {}
    for name, (prefix, build) in files.items():
        table = table_type(prefix)
        build(table)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table.rows)
        (folder / f"{name}.jsonl").write_text(text, encoding="utf-8")
        counts[name] = len(table.rows)
    return counts


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
