"""What the page calls: one shared assistant and corpus for every user, plain data in and out."""

from __future__ import annotations

import json
import re
import tempfile
import threading
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.calculators import CALCULATORS
from assistant.calculators.service import calculate
from assistant.engine import Assistant, State
from assistant.quiz import QuizError, export, generate
from corpus import Corpus, NotFoundError

_lock = threading.Lock()
_assistant: Assistant | None = None
QUIZ_FORMATS = (".xlsx", ".docx", ".gift", ".txt", ".json")


def assistant(progress: bool = False) -> Assistant:
    """Model, index and corpus load once per process and are shared by every user."""
    global _assistant
    with _lock:
        if _assistant is None:
            from index.search import Searcher

            _assistant = Assistant(Searcher(progress=progress))
        return _assistant


def corpus() -> Corpus:
    return assistant().corpus


def ask(question: str, state: State | None) -> tuple[dict[str, Any], State]:
    state = state if isinstance(state, State) else State()
    return assistant().ask(question, state).to_dict(), state


def calc(name: str, inputs: dict[str, Any] | str) -> dict[str, Any]:
    if isinstance(inputs, str):
        try:
            inputs = json.loads(inputs or "{}", parse_float=Decimal)
        except json.JSONDecodeError as exc:
            return {"status": "error", "error": f"输入不是有效的 JSON：{exc.msg}。"}
    if name not in CALCULATORS:
        return {
            "status": "error",
            "error": f"没有名为“{name}”的计算器，可用：{'、'.join(CALCULATORS)}。",
        }
    if not isinstance(inputs, dict):
        return {"status": "error", "error": "输入应为 JSON 对象。"}
    clean = {k: (str(v) if isinstance(v, Decimal | float) else v) for k, v in inputs.items()}
    return calculate(name, clean, corpus())


def quiz(
    n: int, types: list[str], documents: list[str], seed: int, chapters: str = ""
) -> tuple[dict[str, Any], list[str]]:
    """A bank and its files (xlsx, docx paper and key, GIFT, Aiken, JSON) in a fresh folder."""
    try:
        bank = generate(
            corpus(),
            int(n),
            list(types) or None,
            list(documents) or None,
            [c for c in re.split(r"[,，\s]+", chapters or "") if c],
            int(seed),
        )
    except (QuizError, ValueError, TypeError) as exc:
        return {"status": "error", "error": str(exc), "items": []}, []
    folder = Path(tempfile.mkdtemp(prefix="quiz-"))
    files: list[str] = []
    for suffix in QUIZ_FORMATS:
        files += [str(p) for p in export(bank, folder / f"文物安全培训题库{suffix}")]
    return {"status": "ok", **bank.to_dict()}, files


@lru_cache(maxsize=1)
def document_choices() -> list[tuple[str, str]]:
    return [(d.title, d.id) for d in corpus().documents]


def unit_choices(doc_id: str) -> list[tuple[str, str]]:
    """Document → chapter → article, as one list: "第四章 待遇保障 › 第二十二条 住院待遇政策"."""
    try:
        doc = corpus().document(doc_id)
    except NotFoundError:
        return []
    choices = []
    for u in doc.units:
        group = " › ".join(u.headings[1:])
        lines = [x for x in u.text.split("\n") if not x.startswith(("序号：", "项目："))] or [
            u.text
        ]
        name = f"{u.label} {u.title or lines[0][:24] + '…'}".strip()
        choices.append((f"{group} › {name}" if group else name, u.id))
    return choices


def search_units(query: str, limit: int = 20) -> list[tuple[str, str]]:
    """By label ("第二十二条", "五、（四）") or by keyword in the text."""
    query = (query or "").strip()
    if not query:
        return []
    from corpus.store import normalize_label

    label = normalize_label(query)
    found = [u for u in corpus().units() if u.label == label]
    found += [u for u in corpus().units() if query in u.text and u not in found]
    return [(u.citation + "：" + u.text[:30].replace("\n", " ") + "…", u.id) for u in found[:limit]]
