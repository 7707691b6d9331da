"""Write the twentieth held-out table: python -m evaluation.phrasings20.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings20 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings20.table import Heldout20Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (calc, h5calc…)
FILES = {
    "calculations": ("h20calc", gen_calculations.build),
    "scope": ("h20scope", gen_scope.build),
    "questions": ("h20q", gen_questions.build),
    "hostile": ("h20hostile", gen_hostile.build),
    "dialogues": ("h20dlg", gen_dialogues.build),
    "user_titles": ("h20user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Heldout20Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
