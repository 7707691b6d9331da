"""Reading the JSON Lines evaluation files and matching citations against gold places."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: 不是有效的 JSON：{exc.msg}") from exc
    return rows


def label_key(label: str) -> str:
    """ "二(三)", "二、（三）" and "二、(三)" name the same section."""
    return re.sub(r"[、\s（）()]", "", label or "")


def cites_article(citations: list[dict[str, Any]], wanted: str) -> bool:
    key = label_key(wanted)
    return any(
        label_key(c.get("article", "")) == key or key in label_key(c.get("citation", ""))
        for c in citations
    )


def matches_gold(citation: dict[str, Any], gold: dict[str, str]) -> bool:
    """A citation matches when its document (or the one it is annexed to) and its place match."""
    titles = [citation.get("doc_title") or "", citation.get("parent_title") or ""]
    if not any(gold["doc"] in t for t in titles):
        return False
    if "article" in gold:
        return label_key(citation.get("article", "")) == label_key(gold["article"])
    return gold.get("quote", "\0") in (citation.get("text") or "")
