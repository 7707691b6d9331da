"""The kind of value a question asks for (a date, an amount, a ratio, a count, a responsible
body) and whether a clause holds one: among clauses about the same thing, the one holding the
asked kind of value is the answer ("交了医保多久能用" → the clause with 1月1日至12月31日, not the
late-payment rule). The patterns are data (index/data/fact_types.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table

DATA = Path(__file__).parent / "data" / "fact_types.tsv"


@dataclass(frozen=True)
class FactType:
    name: str
    asks: re.Pattern[str]  # a question's words that ask for this kind of value
    holds: re.Pattern[str]  # a clause's text that states one


@lru_cache(maxsize=1)
def fact_types() -> tuple[FactType, ...]:
    return tuple(
        FactType(name, re.compile(asks), re.compile(holds))
        for name, asks, holds in read_table(DATA, columns=3)
    )


def asked(query: str) -> tuple[FactType, ...]:
    """The kinds of value the question asks for (none for a yes/no or open question)."""
    return tuple(t for t in fact_types() if t.asks.search(query))


def holds_any(types: tuple[FactType, ...], text: str) -> bool:
    return any(t.holds.search(text) for t in types)
