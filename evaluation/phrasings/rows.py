"""Building rows of the phrasing table: ids, the stable tune/heldout split, gold places.

A row is one JSON object: id, category, split, question (or turns), and what the answer
must satisfy in the shared evaluation format (status, gold, answer_contains, calculator +
inputs + expected + cites, follow_up_for, error_contains).
"""

from __future__ import annotations

import hashlib
from typing import Any

# document title substrings (a citation matches when its title or its parent's contains one)
MI = "城乡居民基本医疗保险实施办法"
RP = "文物保护管理办法"
RC = "野外文物看管人员管理细则"
RT = "文物工作人员文物安全培训办法"
HP = "人民医院创"
RD = "四好农村路"
GE = "高校毕业生就业规划"

SPLITS = ("tune", "heldout")


def split_of(row_id: str) -> str:
    """Half of the ids by a stable hash: the same id always lands in the same half."""
    return SPLITS[hashlib.sha256(row_id.encode("utf-8")).digest()[0] % 2]


def art(doc: str, article: str) -> dict[str, str]:
    return {"doc": doc, "article": article}


def quote(doc: str, text: str) -> dict[str, str]:
    return {"doc": doc, "quote": text}


def mi(article: str) -> dict[str, str]:
    return art(MI, article)


class Table:
    """Rows of one file; ids are prefix-NNN in the order rows are added."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.rows: list[dict[str, Any]] = []
        self._seen: set[str] = set()

    def add(self, category: str, question: str | None = None, **expect: Any) -> dict[str, Any]:
        row_id = f"{self.prefix}-{len(self.rows) + 1:03d}"
        row: dict[str, Any] = {"id": row_id, "category": category, "split": split_of(row_id)}
        if question is not None:
            if question in self._seen:
                raise ValueError(f"duplicate question in {self.prefix}: {question}")
            self._seen.add(question)
            row["question"] = question
        row.update({k: v for k, v in expect.items() if v is not None})
        self.rows.append(row)
        return row


class FixedSplitTable(Table):
    """A held-out table: every row in one split, never the hash halves (no tuning on it)."""

    split = "heldout"

    def add(self, category: str, question: str | None = None, **expect: Any) -> dict[str, Any]:
        row = super().add(category, question, **expect)
        row["split"] = self.split
        return row
