"""Calculators as the product presents them: one JSON shape for CLI, chat, app and evaluation."""

from __future__ import annotations

from typing import Any

from assistant.calculators import TITLES, CalcError, MissingInput, run
from assistant.calculators.base import Cite
from assistant.fields import follow_up
from corpus import Corpus, NotFoundError


def citation_records(cites: list[Cite], corpus: Corpus | None) -> list[dict[str, Any]]:
    """One record per article, naming every item of it the steps used."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for c in cites:
        items = grouped.setdefault((c.doc, c.article), [])
        if c.item and c.item not in items:
            items.append(c.item)
    return [
        citation_record(Cite(doc, article, "".join(items)), corpus)
        for (doc, article), items in grouped.items()
    ]


def citation_record(cite: Cite, corpus: Corpus | None) -> dict[str, Any]:
    """The shape citations have everywhere: doc_title, parent_title, article, text, score."""
    record: dict[str, Any] = {
        "doc_title": cite.doc_title,
        "parent_title": None,
        "article": cite.article,
        "item": cite.item,
        "citation": cite.display,
        "text": "",
        "score": 1.0,
    }
    if corpus is not None:
        try:
            unit = corpus.unit(cite.doc_title, cite.article)
        except NotFoundError:
            return record
        doc = corpus.document_by_id(unit.doc_id)
        record.update(
            {
                "unit_id": unit.id,
                "text": unit.text,
                "parent_title": doc.parent_title if doc else None,
            }
        )
    return record


def calculate(name: str, inputs: dict[str, Any], corpus: Corpus | None = None) -> dict[str, Any]:
    """{"status": calculated|follow_up|error, ...}; never raises for bad input."""
    try:
        result = run(name, inputs)
    except MissingInput as missing:
        return {
            "status": "follow_up",
            "calculator": name,
            "inputs": inputs,
            "follow_up": follow_up(missing.missing),
        }
    except CalcError as error:
        return {
            "status": "error",
            "calculator": name,
            "inputs": inputs,
            "field": error.field,
            "error": error.message,
        }
    data = result.to_dict()
    data["status"] = "calculated"
    data["title"] = TITLES[name]
    data["citations"] = citation_records(result.citations(), corpus)
    return data
