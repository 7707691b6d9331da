"""Write the thirty-seventh (tuning) table: python -m evaluation.phrasings37.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings37 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings37.table import Tune37Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (t35calc, h36calc…)
FILES = {
    "calculations": ("t37calc", gen_calculations.build),
    "scope": ("t37scope", gen_scope.build),
    "questions": ("t37q", gen_questions.build),
    "hostile": ("t37hostile", gen_hostile.build),
    "dialogues": ("t37dlg", gen_dialogues.build),
    "user_titles": ("t37user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Tune37Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
