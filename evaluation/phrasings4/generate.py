"""Write the fourth table: python -m evaluation.phrasings4.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings4 import (
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings4.table import Tune4Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (calc, h2calc, h3…)
FILES = {
    "dialogues": ("t4dlg", gen_dialogues.build),
    "hostile": ("t4hostile", gen_hostile.build),
    "questions": ("t4q", gen_questions.build),
    "scope": ("t4scope", gen_scope.build),
    "user_titles": ("t4user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Tune4Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
