"""Score fusion: dense cosines and BM25 scores, at unit and clause level, mixed into one score.

Scores, not ranks, are mixed: a cosine becomes a z-score against the corpus (divided by
DENSE_Z_SCALE so the leader lands near 1), a BM25 score is divided by the best of the query.
Unlike rank fusion this keeps how far ahead the leader is (README, benchmarks).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DENSE_Z_SCALE = 4.0


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts in a unit's score."""

    unit_dense: float  # the unit's best window, by meaning
    clause_dense: float  # the unit's best clause, by meaning
    unit_lexical: float  # the unit's best window, by words
    clause_lexical: float  # the unit's best clause, by words
    fact: float = 0.0  # the unit has a clause holding the kind of value asked (index.fact_types)


# The ranking before clauses were indexed (0.8 : 0.2, a plateau from 0.75 to 0.85).
UNIT_ONLY = Weights(0.8, 0.0, 0.2, 0.0)
# Tuned on the tune half of evaluation/data/retrieval-table.jsonl (README, benchmarks).
SHIPPED = Weights(0.2, 0.45, 0.1, 0.2, 0.05)
# Within the clauses of given units: the share of meaning against words.
CLAUSE_DENSE_SHARE = 0.5


@dataclass(frozen=True)
class Stats:
    """Mean and spread of a cosine over the corpus, for one query."""

    mean: float
    std: float

    @classmethod
    def of(cls, values: np.ndarray) -> Stats:
        if len(values) == 0:
            return cls(0.0, 1.0)
        return cls(float(values.mean()), float(values.std()) or 1.0)

    def z(self, values: np.ndarray) -> np.ndarray:
        return (values - self.mean) / self.std / DENSE_Z_SCALE


def normalised(values: np.ndarray, top: float) -> np.ndarray:
    """BM25 divided by the query's best (0 when no text holds a query word)."""
    return values / top if top > 0 else np.zeros_like(values)


@dataclass
class Evidence:
    """The four kinds of evidence for a list of candidate units, already normalised."""

    unit_dense: np.ndarray
    clause_dense: np.ndarray
    unit_lexical: np.ndarray
    clause_lexical: np.ndarray
    fact: np.ndarray | None = None  # 1.0 where a clause holds the asked kind of value

    def fuse(self, weights: Weights) -> np.ndarray:
        fused = (
            weights.unit_dense * self.unit_dense
            + weights.clause_dense * self.clause_dense
            + weights.unit_lexical * self.unit_lexical
            + weights.clause_lexical * self.clause_lexical
        )
        if self.fact is not None and weights.fact:
            fused = fused + weights.fact * self.fact
        return fused


# Within the clauses of given units: added to a clause that holds the kind of value asked.
CLAUSE_FACT_BONUS = 0.1


def clause_scores(
    dense_z: np.ndarray,
    lexical: np.ndarray,
    share: float,
    fact: np.ndarray | None = None,
    fact_bonus: float = CLAUSE_FACT_BONUS,
) -> np.ndarray:
    """A clause's score from its normalised cosine and BM25, plus a bonus when it holds the
    kind of value the question asks for (`fact`, 0/1 per clause)."""
    scores = share * dense_z + (1 - share) * lexical
    return scores if fact is None else scores + fact_bonus * fact
