"""English questions read through a glossary of the gazette's subjects.

The multilingual embedding model places an English question near the wrong articles and cannot
tell a relevant one from an irrelevant one (cosines 0.76–0.81 for both), so an English question
is first turned into the Chinese words the documents use (`data/english_glossary.tsv`), and then
read, routed and answered like a Chinese one. Words the glossary does not hold are dropped; a
question with none of its words is left as it was (and is then judged like any other).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table

GLOSSARY = Path(__file__).parent / "data" / "english_glossary.tsv"


@lru_cache(maxsize=1)
def _pattern() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {phrase.lower(): chinese for phrase, chinese in read_table(GLOSSARY)}
    phrases = sorted(table, key=len, reverse=True)
    words = "|".join(re.escape(p) for p in phrases)
    return table, re.compile(rf"(?<![a-z])({words})(?![a-z])", re.I)


def to_chinese(question: str) -> str:
    """The Chinese words of an English question, in its order, with its numbers kept."""
    table, pattern = _pattern()
    pieces: list[str] = []
    for m in re.finditer(rf"{pattern.pattern}|\d+(?:[.,]\d+)*\s*%?", question, re.I):
        text = m.group(0)
        pieces.append(table.get(text.lower(), text.strip()))
    if not any(not p.replace(".", "").replace(",", "").isdigit() for p in pieces):
        return question
    joined = "".join(pieces)
    # "Is / Can / Does … ?" asks yes or no
    yes_no = YES_NO_OPENING.match(question) and not re.search(
        r"多少|几|什么|哪|谁|怎么|多久", joined
    )
    return joined + ("吗？" if yes_no else "？" if question.rstrip().endswith("?") else "")


YES_NO_OPENING = re.compile(r"\s*(is|are|can|could|does|do|should|must|will|may|am)\b", re.I)
