"""Write the twenty-fifth (tuning) table: python -m evaluation.phrasings25.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings25 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings25.table import Tune25Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (t23calc, t21calc…)
FILES = {
    "calculations": ("t25calc", gen_calculations.build),
    "scope": ("t25scope", gen_scope.build),
    "questions": ("t25q", gen_questions.build),
    "hostile": ("t25hostile", gen_hostile.build),
    "dialogues": ("t25dlg", gen_dialogues.build),
    "user_titles": ("t25user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Tune25Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
