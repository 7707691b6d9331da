"""Write the thirtieth held-out table: python -m evaluation.phrasings30.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings30 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings30.table import Heldout30Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (calc, h28calc…)
FILES = {
    "calculations": ("h30calc", gen_calculations.build),
    "scope": ("h30scope", gen_scope.build),
    "questions": ("h30q", gen_questions.build),
    "hostile": ("h30hostile", gen_hostile.build),
    "dialogues": ("h30dlg", gen_dialogues.build),
    "user_titles": ("h30user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Heldout30Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
