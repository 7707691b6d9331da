"""Write the twenty-fourth held-out table: python -m evaluation.phrasings24.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings24 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings24.table import Heldout24Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (calc, h22calc…)
FILES = {
    "calculations": ("h24calc", gen_calculations.build),
    "scope": ("h24scope", gen_scope.build),
    "questions": ("h24q", gen_questions.build),
    "hostile": ("h24hostile", gen_hostile.build),
    "dialogues": ("h24dlg", gen_dialogues.build),
    "user_titles": ("h24user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Heldout24Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
