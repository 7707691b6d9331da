"""Questions in several parts: split them, answer each in order, join the answers."""

from __future__ import annotations

import re

from assistant.citations import Citation
from assistant.response import Response

MIN_PART = 8  # a shorter tail ("二级呢？") stays with the question before it


def split_parts(q: str) -> list[str]:
    """ "…是多少？…又是多少？" → two questions; short tails stay with the question before them."""
    parts = [p.strip() for p in re.split(r"(?<=[？?])", q) if p.strip()]
    merged: list[str] = []
    for part in parts:
        # a short tail, or one that asks nothing ("…能报多少？250档三级医院"), belongs to the question before
        if merged and (len(part) < MIN_PART or not part.endswith(("？", "?"))):
            merged[-1] += part
        else:
            merged.append(part)
    return merged if len(merged) > 1 else [q]


def merge(responses: list[Response]) -> Response:
    """One response from the answers to each part; citation markers renumbered, duplicates shared."""
    citations: list[Citation] = []
    texts: list[str] = []
    for response in responses:
        mapping = {}
        for n, cite in enumerate(response.citations, 1):
            key = (cite.unit_id, cite.clause)
            found = next(
                (i for i, c in enumerate(citations, 1) if (c.unit_id, c.clause) == key), None
            )
            if found is None:
                citations.append(cite)
                found = len(citations)
            mapping[n] = found
        text = re.sub(
            r"\[(\d+)\]",
            lambda m, mapping=mapping: f"[{mapping.get(int(m.group(1)), m.group(1))}]",
            response.answer,
        )
        texts.extend(line for line in text.split("\n") if line not in texts)
    statuses = [r.status for r in responses]
    status = next(
        (s for s in ("calculated", "answered", "out_of_scope", "error") if s in statuses),
        "answered",
    )
    calculation = next((r.calculation for r in responses if r.calculation), None)
    return Response(
        status,
        answer="\n".join(t for t in texts if t),
        citations=citations,
        calculation=calculation,
        facts=[f for r in responses for f in r.facts],
    )
