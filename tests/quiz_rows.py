"""Quiz items as a reviewed paper printed them: the fields the checker reads."""

from __future__ import annotations

import re

from assistant.quiz import statements as S
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


def as_printed_now(row: dict, corpus: Corpus) -> dict:
    """A review's item as the paper prints it since the seed-5353 review: the stem under the
    short title with no article number ("根据《文物保护管理办法》，", "《文物保护管理办法》规定："),
    the 解析 quoting the clause that decides it and the 出处 naming its 款 or 项."""
    from assistant.quiz.checker import deciding_quote

    unit = corpus.unit_by_id(row["unit_id"])
    full = unit.citation.split("》")[0].lstrip("《")
    short = re.sub(r"^[\u4e00-\u9fff]{2,4}?地区|（[^）]*）$", "", full)
    stem = re.sub(r"^根据《[^》]+》[^，]{0,16}，", f"根据《{short}》，", row["stem"])
    stem = re.sub(r"^《[^》]+》规定：", f"《{short}》规定：", stem)
    quote, place = deciding_quote(unit, row.get("shown") or S.filled(dict(row, stem=stem)))
    cited = unit.citation + place
    extra = row["explanation"].split("”", 1)[1] if "”" in row["explanation"] else ""
    explanation = f"依据{cited}：“{quote or unit.text}”{extra}"
    return dict(row, stem=stem, explanation=explanation, source=cited)
