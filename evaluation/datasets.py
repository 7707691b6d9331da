"""Reading the JSON Lines evaluation files and matching citations against gold places."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any


class DatasetError(ValueError):
    """An evaluation file that cannot be read; the message names the file and line (Chinese)."""


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"无法读取 {path}：{exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path} 不是 UTF-8 文本（第 {exc.start + 1} 个字节）") from exc
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except (json.JSONDecodeError, RecursionError, ValueError) as exc:
                reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "无法解析"
                raise DatasetError(f"{path}:{number}: 不是有效的 JSON：{reason}") from exc
            if not isinstance(row, dict):
                raise DatasetError(f"{path}:{number}: 每行应为一个 JSON 对象")
            rows.append(row)
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
