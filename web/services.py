"""What the page calls: one shared assistant and corpus for every user, plain data in and out."""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import threading
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.calculators.service import calculate
from assistant.engine import Assistant, State
from assistant.quiz import QuizError, export, generate, papers
from corpus import Corpus, NotFoundError, load_corpus

log = logging.getLogger(__name__)
_lock = threading.Lock()
_assistant: Assistant | None = None
# download names short enough to read whole on a phone; the exporter picks the format by suffix
QUIZ_FILES = ("题库.xlsx", "试卷.docx", "题库-GIFT.gift", "题库-Aiken.txt", "题库.json")
QUIZ_KEEP = 8  # exports of the latest builds kept for download; older ones are deleted
NO_TYPES = "请至少选择一种题型（单选、多选、判断、填空）。"


def assistant(progress: bool = False) -> Assistant:
    """Model, index and corpus load once per process and are shared by every user."""
    global _assistant
    with _lock:
        if _assistant is None:
            from index.search import Searcher

            _assistant = Assistant(Searcher(corpus(), progress=progress))
        return _assistant


@lru_cache(maxsize=1)
def corpus() -> Corpus:
    """The documents; loading them needs no model, so the page can be laid out without one."""
    return load_corpus()


def ask(question: str, state: State | None) -> tuple[dict[str, Any], State]:
    state = state if isinstance(state, State) else State()
    return assistant().ask(question, state).to_dict(), state


def calc(name: str, inputs: dict[str, Any] | str) -> dict[str, Any]:
    """The page's and /calc's calculator call: the one request reader the CLI uses too."""
    from assistant.calc_request import CalcRequestError, parse_calc_request

    try:
        request = parse_calc_request(name, inputs)
    except CalcRequestError as exc:
        return exc.to_dict()
    return calculate(request.calculator, request.inputs, corpus())


def quiz(
    n: int,
    types: list[str],
    documents: list[str],
    seed: int,
    chapters: str = "",
    files: bool = True,
    ab: bool = False,
) -> tuple[dict[str, Any], list[str]]:
    """A bank and, for the page, its files (xlsx, docx paper and key, GIFT, Aiken, JSON).
    `ab`: papers A and B (papers()); the bank is A with B under "paper_b", and each file is
    written for both, named "A卷-…" and "B卷-…".

    Files go to one folder per build inside a single temporary directory that keeps only the
    latest QUIZ_KEEP builds, so repeated builds never pile up folders.
    """
    if not list(types or []):
        return {"status": "error", "error": NO_TYPES, "items": []}, []
    problem = _whole_number(n, "题目数量") or _whole_number(seed, "试卷编号")
    if problem:
        return {"status": "error", "error": problem, "items": []}, []
    request = {
        "types": list(types),
        "documents": list(documents or []) or None,
        "chapters": [c for c in re.split(r"[,，\s]+", chapters or "") if c],
    }
    try:
        if ab:
            banks = list(papers(corpus(), int(n), seed=int(seed), **request))
        else:
            banks = [generate(corpus(), int(n), seed=int(seed), **request)]
    except QuizError as exc:
        return {"status": "error", "error": str(exc), "items": []}, []
    data = {"status": "ok", **banks[0].to_dict()}
    if ab:
        data["paper_b"] = banks[1].to_dict()
    if not files:
        return data, []
    folder = Path(tempfile.mkdtemp(prefix="build-", dir=quiz_root()))
    paths: list[str] = []
    for bank in banks:
        for name in QUIZ_FILES:
            named = f"{bank.paper}-{name}" if bank.paper else name
            paths += [str(p) for p in export(bank, folder / named)]
    prune_quiz_exports()
    return data, paths


NO_DOCUMENTS = "请至少选择一份出题文件。"


def _whole_number(value: Any, label: str) -> str | None:
    """A clear message when a number box is empty or not a whole number; None when it is one."""
    if value is None or value == "" or isinstance(value, bool):
        return f"请填写{label}（整数）。"
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return f"{label}应为整数，收到“{value}”。"
    if not number.is_finite() or number != number.to_integral_value() or abs(number) > 10**9:
        return f"{label}应为不超过十亿的整数，收到“{value}”。"
    return None


def quiz_root() -> Path:
    root = Path(tempfile.gettempdir()) / f"ngari-quiz-{os.getuid() if hasattr(os, 'getuid') else 0}"
    root.mkdir(parents=True, exist_ok=True)
    return root


def prune_quiz_exports(keep: int | None = None) -> None:
    """Delete all but the newest `keep` build folders (the page has copied older ones already)."""
    keep = QUIZ_KEEP if keep is None else keep
    builds = sorted(quiz_root().glob("build-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[keep:]:
        shutil.rmtree(old, ignore_errors=True)
        log.info("removed old quiz export %s", old.name)


def citation_unit_id(cite: dict[str, Any]) -> str | None:
    """The unit a citation opens: its `id`, else `unit_id`, else found by document and article."""
    for key in ("id", "unit_id"):
        if isinstance(cite.get(key), str) and cite[key]:
            return cite[key]
    title, article = cite.get("doc_title"), cite.get("article")
    if not title or not article:
        return None
    try:
        return corpus().unit(title, article).id
    except (NotFoundError, LookupError, ValueError):
        return None


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
