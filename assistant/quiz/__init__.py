"""Relic-safety question banks: generate(), check_bank(), export(), Practice."""

from assistant.quiz.checker import check_bank
from assistant.quiz.exporters import export
from assistant.quiz.generator import TYPES, Bank, Item, QuizError, generate, papers
from assistant.quiz.practice import Practice

__all__ = [
    "TYPES",
    "Bank",
    "Item",
    "Practice",
    "QuizError",
    "check_bank",
    "export",
    "generate",
    "papers",
]


def load_bank(path) -> Bank:
    """A bank written by export(... .json), for practice or checking."""
    import json
    from pathlib import Path

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    items = [Item(**item) for item in data["items"]]
    return Bank(
        items,
        data.get("seed", 0),
        data.get("documents", []),
        data.get("notices", []),
        data.get("titles", []),
        data.get("full_titles", []),
        data.get("paper", ""),
    )
