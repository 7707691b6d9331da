"""The document tree every later stage (index, assistant, quizzes, app) reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Part:
    """A paragraph (款) or an item (项) inside a unit."""

    kind: str  # "paragraph" | "item"
    label: str  # "第一款" or "（三）"
    text: str


@dataclass(frozen=True)
class Unit:
    """The smallest citable piece: an article, a numbered section, a table row."""

    id: str  # "medical-insurance/art-22"
    doc_id: str
    kind: str  # article | section | preamble | paragraph | table_row
    label: str  # 第二十二条 | 五、（四） | 前言 | 附则第1段 | 第3项 | （36）
    title: str  # the unit's own heading, if printed ("住院待遇政策", "计划性")
    text: str  # full text, page breaks rejoined, without the label
    headings: tuple[str, ...]  # document title, chapter or parent sections
    citation: str  # 《…》第二十二条
    parts: tuple[Part, ...] = ()

    def to_dict(self) -> dict:
        data = asdict(self)
        data["headings"] = list(self.headings)
        return data


@dataclass
class Document:
    """One regulation, plan, or annex table, with the notice that issued it."""

    id: str
    title: str
    kind: str  # "articles" | "sections" | "table"
    parent_id: str | None = None
    parent_title: str | None = None
    notice_title: str | None = None
    number: str | None = None  # 文号, e.g. 阿行发〔2020〕33号
    issuer: str | None = None
    date: str | None = None  # ISO date of the issuing notice
    chapters: list[str] = field(default_factory=list)  # "第一章 总则"
    units: list[Unit] = field(default_factory=list)
    source: str = ""

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for unit in self.units:
            counts[unit.kind] = counts.get(unit.kind, 0) + 1
        return counts

    def summary(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "parent_id": self.parent_id,
            "parent_title": self.parent_title,
            "number": self.number,
            "issuer": self.issuer,
            "date": self.date,
            "chapters": len(self.chapters),
            "counts": self.counts(),
        }
