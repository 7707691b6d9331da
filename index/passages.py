"""What gets indexed for a unit: its text with the headings above it, cut to the model's reach,
and each of its clauses with the same headings."""

from __future__ import annotations

from corpus import Unit
from corpus.clauses import Clause

WINDOW_CHARS = 300  # about 250 tokens of Chinese: well inside e5's 512
OVERLAP_CHARS = 60


def context(unit: Unit) -> str:
    """ "《title》 第四章 待遇保障 第二十二条 住院待遇政策" — so an article is found as part of its document."""
    heads = [f"《{unit.headings[0]}》", *unit.headings[1:], unit.label]
    if unit.title and unit.title not in unit.label:
        heads.append(unit.title)
    return " ".join(heads)


def windows(unit: Unit) -> list[str]:
    """One passage per window of a long unit; each repeats the context line."""
    head = context(unit)
    text = unit.text.replace("\n", " ")
    if len(text) <= WINDOW_CHARS:
        return [f"{head} {text}"]
    out = []
    start = 0
    while start < len(text):
        out.append(f"{head} {text[start : start + WINDOW_CHARS]}")
        if start + WINDOW_CHARS >= len(text):
            break
        start += WINDOW_CHARS - OVERLAP_CHARS
    return out


LEAD_CHARS = 60  # enough of a list's lead-in to say what the item is a case of


def clause_passage(unit: Unit, clause: Clause) -> str:
    """A clause with the unit's context line, its item heading and the list's lead-in,
    so "（五）连续旷工的" is indexed as a ground for dismissal, not as a bare phrase."""
    parts = [context(unit)]
    if clause.lead:
        parts.append(clause.lead[:LEAD_CHARS])
    if clause.heading:
        parts.append(clause.heading)
    parts.append(clause.text)
    return " ".join(parts)
