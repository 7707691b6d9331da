"""Nearest labelled examples: how questions phrased like this one were routed.

The examples (evaluation/data/intent_examples.tsv) are the tune rows of the phrasing table,
each labelled with its routing decision (answer / out_of_scope / off_topic) and, for answers,
the coarse intent. A question is embedded once with the retrieval's own model and query
prompt (`Searcher.query_vector` shares the vector with the search that follows), compared
with every example by cosine, and the k nearest vote.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from corpus.datafiles import read_table

EXAMPLES = Path(__file__).parent / "data" / "intent_examples.tsv"
DEFAULT_K = 7

Decision = Literal["answer", "out_of_scope", "off_topic"]
DECISIONS: tuple[Decision, ...] = ("answer", "out_of_scope", "off_topic")


@dataclass(frozen=True)
class Example:
    text: str
    decision: Decision
    intent: str = ""  # calculate | eligibility | lookup | list | procedure | "" (not told)
    kind: str = ""  # for out_of_scope: place | scheme | year | absent | "" (not told)


@dataclass(frozen=True)
class Neighbour:
    example: Example
    similarity: float


@dataclass(frozen=True)
class Vote:
    """The k nearest examples and what most of them say."""

    neighbours: tuple[Neighbour, ...]
    decision: Decision
    decision_share: float  # the share of the k neighbours that voted for `decision`
    intent: str  # the most common intent among answer neighbours that have one ("" if none)
    intent_share: float  # its share among those neighbours

    @property
    def top(self) -> float:
        return self.neighbours[0].similarity if self.neighbours else 0.0

    @property
    def declines(self) -> bool:
        return self.decision != "answer"


def read_examples(path: Path = EXAMPLES) -> list[Example]:
    examples = []
    for decision, intent, kind, text in read_table(path, columns=4):
        if decision not in DECISIONS:
            raise ValueError(f"{path}: unknown decision {decision!r}")
        examples.append(Example(text, decision, intent, kind))  # type: ignore[arg-type]
    return examples


def _majority(labels: list[str], similarities: list[float]) -> tuple[str, float]:
    """The most frequent label; a tie goes to the label with the nearer examples."""
    if not labels:
        return "", 0.0
    counts: dict[str, tuple[int, float]] = {}
    for lab, sim in zip(labels, similarities, strict=True):
        n, total = counts.get(lab, (0, 0.0))
        counts[lab] = (n + 1, total + sim)
    best = max(counts, key=lambda lab: counts[lab])
    return best, counts[best][0] / len(labels)


class NearestExamples:
    """The labelled examples and their vectors; `vote` classifies one question."""

    def __init__(self, examples: list[Example], vectors: np.ndarray, k: int = DEFAULT_K) -> None:
        if len(examples) != len(vectors):
            raise ValueError("one vector per example")
        self.examples = examples
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.k = k

    @classmethod
    def load(
        cls,
        embed_many: Callable[[list[str]], np.ndarray],
        model_id: str,
        path: Path = EXAMPLES,
        k: int = DEFAULT_K,
        cache: Path | None = None,
    ) -> NearestExamples:
        """The examples embedded with the given model; vectors kept in `cache` (a folder) keyed by
        the model and the file's content, so a restart does not embed them again."""
        examples = read_examples(path)
        key = hashlib.sha256(f"{model_id}\n".encode() + path.read_bytes()).hexdigest()[:16]
        stored = cache / f"intent-examples-{key}.npy" if cache else None
        if stored is not None and stored.exists():
            vectors = np.load(stored)
            if len(vectors) == len(examples):
                return cls(examples, vectors, k)
        vectors = embed_many([e.text for e in examples])
        if stored is not None:
            stored.parent.mkdir(parents=True, exist_ok=True)
            np.save(stored, vectors)
        return cls(examples, vectors, k)

    def vote(self, vector: np.ndarray, exclude: str | None = None) -> Vote:
        """The k nearest examples to a question's (normalised) vector; `exclude` leaves out an
        example with that exact text (leave-one-out scoring on the examples themselves)."""
        sims = self.vectors @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-sims, kind="stable")
        chosen: list[Neighbour] = []
        for i in order:
            if len(chosen) == self.k:
                break
            if exclude is None or self.examples[i].text != exclude:
                chosen.append(Neighbour(self.examples[i], float(sims[i])))
        decision, share = _majority(
            [n.example.decision for n in chosen], [n.similarity for n in chosen]
        )
        told = [n for n in chosen if n.example.decision == "answer" and n.example.intent]
        intent, intent_share = _majority(
            [n.example.intent for n in told], [n.similarity for n in told]
        )
        return Vote(tuple(chosen), decision or "answer", share, intent, intent_share)  # type: ignore[arg-type]
