"""Quiz items as a reviewed paper printed them: the fields the checker reads."""

from __future__ import annotations

from corpus import Corpus


def printed_item(corpus: Corpus, unit_id: str, kind: str, stem: str, answer: str, **more) -> dict:
    """An item as the review's paper printed it (the fields the checker reads)."""
    unit = corpus.unit_by_id(unit_id)
    row = {
        "id": stem[-8:],
        "type": kind,
        "stem": stem,
        "options": ["正确", "错误"] if kind == "判断" else [],
        "answer": answer,
        "explanation": f"依据{unit.citation}：“{unit.text}”",
        "source": unit.citation,
        "unit_id": unit_id,
        "difficulty": "中",
        "quote": "",
        "rule_keys": [],
        "alternatives": [],
        "marking": "",
        "changed": "",
    }
    row.update(more)
    return row
