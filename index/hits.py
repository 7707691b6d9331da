"""What retrieval returns: ranked units (Hit), each with its best clauses (ScoredClause)."""

from __future__ import annotations

from dataclasses import dataclass

from corpus import Document, Unit
from corpus.clauses import Clause


@dataclass(frozen=True)
class ScoredClause:
    """One clause of a unit, scored against a query by meaning and by words."""

    clause: Clause
    unit: Unit
    score: float  # the fused score: clauses of different units compare on it
    dense: float | None  # cosine of the clause passage and the query (None: dense did not run)
    lexical: float  # BM25 of the clause passage (0.0: no query word in it)

    @property
    def text(self) -> str:
        return self.clause.text

    def to_dict(self) -> dict:
        return {
            "unit_id": self.unit.id,
            "label": self.clause.label,
            "index": self.clause.index,
            "text": self.clause.text,
            "score": round(self.score, 4),
            "dense": None if self.dense is None else round(self.dense, 4),
            "lexical": round(self.lexical, 4),
        }


@dataclass
class Hit:
    unit: Unit
    doc: Document
    score: float
    via: str  # "reference" | "hybrid" | "dense" | "bm25" | "conversation" (a decline's nearest)
    dense: float | None = None  # cosine of the unit's best window, when the dense retriever ran
    clauses: tuple[ScoredClause, ...] = ()  # the unit's best clauses, best first

    def to_dict(self) -> dict:
        return {
            "id": self.unit.id,
            "doc_title": self.doc.title,
            "parent_title": self.doc.parent_title,
            "article": self.unit.label,
            "citation": self.unit.citation,
            "text": self.unit.text,
            "score": round(self.score, 4),
            "via": self.via,
        }
