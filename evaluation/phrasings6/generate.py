"""Write the sixth table: python -m evaluation.phrasings6.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings6 import (
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings6.table import Tune6Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables' (t4dlg, h5dlg…)
FILES = {
    "scope": ("t6scope", gen_scope.build),
    "questions": ("t6q", gen_questions.build),
    "hostile": ("t6hostile", gen_hostile.build),
    "dialogues": ("t6dlg", gen_dialogues.build),
    "user_titles": ("t6user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Tune6Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
