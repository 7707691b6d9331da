"""Write the sixteenth held-out table: python -m evaluation.phrasings16.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings16 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings16.table import Heldout16Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (calc, h5calc…)
FILES = {
    "calculations": ("h16calc", gen_calculations.build),
    "scope": ("h16scope", gen_scope.build),
    "questions": ("h16q", gen_questions.build),
    "hostile": ("h16hostile", gen_hostile.build),
    "dialogues": ("h16dlg", gen_dialogues.build),
    "user_titles": ("h16user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Heldout16Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
