"""Write the eleventh (tuning) table: python -m evaluation.phrasings11.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings11 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings11.table import Tune11Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables'
FILES = {
    "calculations": ("t11calc", gen_calculations.build),
    "scope": ("t11scope", gen_scope.build),
    "questions": ("t11q", gen_questions.build),
    "hostile": ("t11hostile", gen_hostile.build),
    "dialogues": ("t11dlg", gen_dialogues.build),
    "user_titles": ("t11user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Tune11Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
