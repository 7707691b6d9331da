"""Write the eighth (tuning) table: python -m evaluation.phrasings8.generate

Rows are built by this folder's gen_* modules from the regulation text; the output is
deterministic, so regenerating leaves the files unchanged.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.phrasings import generate as first_table
from evaluation.phrasings8 import (
    gen_dialogues,
    gen_hostile,
    gen_questions,
    gen_scope,
    gen_user_titles,
)
from evaluation.phrasings8.table import Tune8Table

HERE = Path(__file__).parent

# file name -> (id prefix, builder); prefixes differ from the other tables'
FILES = {
    "scope": ("t8scope", gen_scope.build),
    "questions": ("t8q", gen_questions.build),
    "hostile": ("t8hostile", gen_hostile.build),
    "dialogues": ("t8dlg", gen_dialogues.build),
    "user_titles": ("t8user", gen_user_titles.build),
}


def write_all(folder: Path = HERE) -> dict[str, int]:
    return first_table.write_all(folder, FILES, Tune8Table)


if __name__ == "__main__":
    for name, n in write_all().items():
        print(f"{name}.jsonl: {n} 行")
