"""Write the twenty-ninth (tuning) table: python -m evaluation.phrasings29.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings29 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings29.table import Tune29Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (t27calc, t25calc…)
FILES = {
    "calculations": ("t29calc", gen_calculations.build),
    "scope": ("t29scope", gen_scope.build),
    "questions": ("t29q", gen_questions.build),
    "hostile": ("t29hostile", gen_hostile.build),
    "dialogues": ("t29dlg", gen_dialogues.build),
    "user_titles": ("t29user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Tune29Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
