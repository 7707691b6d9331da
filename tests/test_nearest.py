"""The nearest-example vote and its example file (no model: vectors are given or hashed)."""

from __future__ import annotations

import numpy as np
import pytest

from evaluation.nearest import EXAMPLES, Example, NearestExamples, read_examples
from tests.fakes import FakeEmbedder


def _unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


EXAMPLES_3D = [
    Example("住院报多少", "answer", "calculate"),
    Example("住院起付线多少", "answer", "lookup"),
    Example("北京住院报多少", "out_of_scope", kind="place"),
    Example("写首诗", "off_topic"),
]
VECTORS_3D = np.stack([_unit(1, 0.1, 0), _unit(1, 0.2, 0), _unit(0.2, 1, 0), _unit(0, 0, 1)])


def test_the_nearest_examples_vote_and_are_ordered_by_similarity():
    nearest = NearestExamples(EXAMPLES_3D, VECTORS_3D, k=3)
    vote = nearest.vote(_unit(1, 0.12, 0))
    assert [n.example.text for n in vote.neighbours] == [
        "住院报多少",
        "住院起付线多少",
        "北京住院报多少",
    ]
    assert vote.decision == "answer" and vote.decision_share == pytest.approx(2 / 3)
    assert not vote.declines
    assert vote.neighbours[0].similarity >= vote.neighbours[1].similarity
    assert vote.top == vote.neighbours[0].similarity


def test_a_question_near_the_declines_is_declined():
    vote = NearestExamples(EXAMPLES_3D, VECTORS_3D, k=1).vote(_unit(0, 0.1, 1))
    assert vote.decision == "off_topic" and vote.declines and vote.decision_share == 1.0
    assert vote.intent == "" and vote.intent_share == 0.0


def test_a_tie_goes_to_the_label_with_the_nearer_examples():
    vote = NearestExamples(EXAMPLES_3D, VECTORS_3D, k=2).vote(_unit(0.6, 1, 0))
    # one answer (住院起付线多少) and one decline (北京…): the decline is nearer
    assert {n.example.decision for n in vote.neighbours} == {"answer", "out_of_scope"}
    assert vote.decision == "out_of_scope"


def test_the_intent_is_voted_among_answers_that_tell_it():
    vote = NearestExamples(EXAMPLES_3D, VECTORS_3D, k=4).vote(_unit(1, 0.18, 0))
    assert vote.intent == "lookup" and vote.intent_share == pytest.approx(0.5)


def test_leaving_one_example_out():
    nearest = NearestExamples(EXAMPLES_3D, VECTORS_3D, k=1)
    assert nearest.vote(VECTORS_3D[3], exclude="写首诗").neighbours[0].example.text != "写首诗"


def test_vectors_must_match_examples():
    with pytest.raises(ValueError):
        NearestExamples(EXAMPLES_3D, VECTORS_3D[:2])


def test_the_shipped_examples_are_read_and_cover_every_decision():
    examples = read_examples(EXAMPLES)
    assert len(examples) >= 300
    assert {e.decision for e in examples} == {"answer", "out_of_scope", "off_topic"}
    assert {e.intent for e in examples if e.decision == "answer"} >= {
        "calculate",
        "eligibility",
        "lookup",
        "list",
        "procedure",
    }
    assert not any(e.intent for e in examples if e.decision != "answer")


def test_vectors_are_cached_by_model_and_file(tmp_path):
    fake = FakeEmbedder()
    calls = []

    def embed_many(texts):
        calls.append(len(texts))
        return np.stack([fake.query(t) for t in texts])

    path = tmp_path / "examples.tsv"
    path.write_text(
        "# c\nanswer\tlookup\t\t住院起付线多少\noff_topic\t\t\t写首诗\n", encoding="utf-8"
    )
    first = NearestExamples.load(embed_many, "m1", path, k=1, cache=tmp_path / "c")
    again = NearestExamples.load(embed_many, "m1", path, k=1, cache=tmp_path / "c")
    other = NearestExamples.load(embed_many, "m2", path, k=1, cache=tmp_path / "c")
    assert calls == [2, 2]  # the second load of m1 read the stored vectors
    assert np.array_equal(first.vectors, again.vectors) and len(other.examples) == 2
    vote = first.vote(fake.query("写首诗"))
    assert vote.decision == "off_topic"


def test_an_unknown_decision_in_the_file_is_refused(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("maybe\t\t\t住院\n", encoding="utf-8")
    with pytest.raises(ValueError, match="maybe"):
        read_examples(path)


def test_the_shipped_examples_are_the_tune_rows_regenerated():
    """The file is what `python -m evaluation.intent_examples` writes: tune rows only, never a
    held-out row or a development sentence."""
    import json
    from pathlib import Path

    from evaluation.intent_examples import labelled_rows, render

    assert EXAMPLES.read_text(encoding="utf-8") == render(labelled_rows("tune"))
    shipped = {e.text for e in read_examples(EXAMPLES)}
    assert not shipped & {x.example.text for x in labelled_rows("heldout")}
    root = Path(__file__).resolve().parents[1]
    places = [root.parent / "shared" / "eval", root.parent.parent / "shared" / "eval"]
    for path in [f for place in places if place.is_dir() for f in place.glob("dev-*.jsonl")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            said = [row.get("question")] + [t.get("user") for t in row.get("turns", [])]
            assert not shipped & set(said), path.name
