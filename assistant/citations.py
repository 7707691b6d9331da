"""The one Citation type: document, label, clause and the quoted text, built in one place.

Search hits, answers, eligibility verdicts and calculator steps all become a Citation here, and
the JSON response, the batch output and the page read its one dictionary shape. The quoted text
is the clause the claim names (第三十条（八） quotes item （八）), or the whole unit when the
claim names the unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from corpus import Corpus, NotFoundError, Unit
from corpus.clauses import Clause, clauses


@dataclass(frozen=True)
class Citation:
    unit_id: str
    doc_title: str
    parent_title: str | None
    article: str  # the unit's printed label: 第二十二条, 五、（四）
    clause: str  # the item or paragraph named ("（一）", "第二款"), "" for the whole unit
    text: str  # what is quoted: the named clause's sentences, or the unit's text
    score: float = 1.0

    @property
    def label(self) -> str:
        return f"{self.article}{self.clause}"

    @property
    def display(self) -> str:
        return f"《{self.doc_title}》{self.label}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.unit_id,
            "doc_title": self.doc_title,
            "parent_title": self.parent_title,
            "article": self.article,
            "clause": self.clause,
            "citation": self.display,
            "text": self.text,
            "score": round(float(self.score), 4),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Citation:
        return cls(
            unit_id=str(data.get("id", "")),
            doc_title=str(data.get("doc_title", "")),
            parent_title=data.get("parent_title"),
            article=str(data.get("article", "")),
            clause=str(data.get("clause", "")),
            text=str(data.get("text", "")),
            score=float(data.get("score", 1.0)),
        )


def clause_text(unit: Unit, label: str) -> str:
    """The sentences of the items or paragraph named ("（八）", "（一）（三）", "第二款")."""
    labels = re.findall(r"（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+款", label)
    pieces = []
    for one in labels or [label]:
        rows = [c for c in clauses(unit) if c.label == one]
        if rows:
            head = f"{rows[0].heading}。" if rows[0].heading else ""
            mark = one if one.startswith("（") else ""
            pieces.append(mark + head + "".join(c.text for c in rows))
    return "".join(pieces) or unit.text


def of_unit(corpus: Corpus, unit: Unit, clause: str = "", score: float = 1.0) -> Citation:
    doc = corpus.document_by_id(unit.doc_id)
    text = clause_text(unit, clause) if clause else unit.text
    return Citation(unit.id, doc.title, doc.parent_title, unit.label, clause, text, score)


def of_clauses(corpus: Corpus, unit: Unit, chosen: list[Clause], score: float = 1.0) -> Citation:
    """A citation quoting some clauses of a unit; names their item when they share one."""
    doc = corpus.document_by_id(unit.doc_id)
    labels = {c.label for c in chosen}
    clause = next(iter(labels)) if len(labels) == 1 and next(iter(labels)).startswith("（") else ""
    # each clause under its own heading when the headings differ ("缴费档次为120元的参保居民。…"):
    # the quote holds every case it is cited for
    parts, shown = [], None
    for c in chosen:
        if c.heading and c.heading != shown:
            parts.append(c.heading + "。")
            shown = c.heading
        parts.append(c.text)
    text = "".join(parts) or unit.text
    return Citation(unit.id, doc.title, doc.parent_title, unit.label, clause, text, score)


def of_hit(corpus: Corpus, hit, clause: str = "") -> Citation:
    return of_unit(corpus, hit.unit, clause, hit.score)


def of_place(corpus: Corpus, doc: str, article: str, item: str = "") -> Citation | None:
    """A rule named by document (id, title or short name), label and item, as calculators cite."""
    try:
        unit = corpus.unit(doc, article)
    except NotFoundError:
        return None
    return of_unit(corpus, unit, item)
