"""Write the thirty-eighth held-out table: python -m evaluation.phrasings38.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings38 import (
    gen_calculations,
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings38.table import Heldout38Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (calc, h36calc…)
FILES = {
    "calculations": ("h38calc", gen_calculations.build),
    "scope": ("h38scope", gen_scope.build),
    "questions": ("h38q", gen_questions.build),
    "hostile": ("h38hostile", gen_hostile.build),
    "dialogues": ("h38dlg", gen_dialogues.build),
    "user_titles": ("h38user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Heldout38Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
