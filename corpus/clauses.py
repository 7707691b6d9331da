"""Clauses: the sentences of a unit, each tied to the paragraph (款) or item (项) it stands in.

Answers quote a clause, retrieval ranks clauses inside long units, quizzes ask whole clauses:
all three read this one segmentation. A clause never cuts a sentence; an item is split only at
its full stops (。！？), never at "；" (list members inside an item stay together).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.model import Part, Unit

SENTENCE_END = re.compile(r"(?<=[。！？])")
# a sentence that continues the one before it ("其中，……", "下一步，…力争11月31日前完成建设"):
# what it says is said of that sentence's subject
LEANS_BACK = re.compile(r"其中|其余|上述|以上|此外|同时|另外|下一步")
# "起付线标准。" opening an item is its heading, not a clause of its own
HEADING_MAX = 16


@dataclass(frozen=True)
class Clause:
    unit_id: str
    label: str  # the part it stands in: "（一）", "第二款"; "" for a unit without parts
    index: int  # position among the unit's clauses, from 0
    text: str  # one or more whole sentences
    heading: str = ""  # the item's own heading ("起付线标准"), if printed
    lead: str = ""  # the lead-in of the list the item belongs to ("参保人员有下列情形之一的，…：")

    @property
    def is_item(self) -> bool:
        return self.label.startswith("（")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def _part_clauses(part: Part, lead: str) -> list[tuple[str, str, str, str]]:
    pieces = sentences(part.text)
    heading = ""
    if len(pieces) > 1 and len(pieces[0]) <= HEADING_MAX:
        heading = pieces[0].rstrip("。")
        pieces = pieces[1:]
    if len(pieces) == 1 and len(pieces[0]) <= HEADING_MAX and not heading:
        # an item that is only a heading ("报销比例。"): its content follows in later paragraphs
        return [(part.label, pieces[0], "", lead)]
    return [(part.label, piece, heading, lead) for piece in pieces]


@lru_cache(maxsize=4096)
def clauses(unit: Unit) -> tuple[Clause, ...]:
    """The unit's clauses in reading order."""
    rows: list[tuple[str, str, str, str]] = []
    if not unit.parts:
        rows = [("", s, "", "") for s in sentences(unit.text)]
    else:
        lead = ""
        for part in unit.parts:
            if part.kind == "paragraph":
                # "…有下列行为之一的，由医保部门追回…。" leads its items even without a colon
                text = part.text.rstrip()
                lead = text if text.endswith(("：", ":")) or "下列" in text else ""
                rows += _part_clauses(part, "")
            else:
                rows += _part_clauses(part, lead)
    return tuple(
        Clause(unit.id, label, n, text, heading, lead)
        for n, (label, text, heading, lead) in enumerate(rows)
    )
