"""The colloquial retrieval table (evaluation/data/colloquial-retrieval.jsonl): everyday questions
of herders, custodians, parents and clerks with their gold articles. Well formed, all seven
documents, its tune / heldout split the fixed rule it was written with, every gold place and
answering clause in the gazette, and no question taken or closely paraphrased (bigram Jaccard
≥ 0.7) from the development set, the phrasing tables or the first retrieval table."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from evaluation.datasets import read_jsonl
from evaluation.phrasings import checks

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "evaluation" / "data" / "colloquial-retrieval.jsonl"
FIRST_TABLE = ROOT / "evaluation" / "data" / "retrieval-table.jsonl"
PHRASING_TABLES = [ROOT / "evaluation" / f"phrasings{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8)]
# the seven documents, by the words their gold titles carry (the roads plan has three annexes)
FAMILIES = {
    "城乡居民基本医疗保险实施办法": "medical",
    "文物保护管理办法": "relics",
    "野外文物看管人员管理细则": "custodians",
    "文物安全培训办法": "training",
    "创建三级甲等综合医院工作方案": "hospital",
    "示范地、县工作推进方案": "roads",
    "农村客运推进工作方案": "roads",
    "县级组建养护公司": "roads",
    "高校毕业生就业规划": "graduates",
}
DIALECT = ("阿妈", "阿爸", "娃", "老汉", "啥", "咋")


@pytest.fixture(scope="module")
def rows():
    return read_jsonl(TABLE)


def test_rows_are_well_formed(rows) -> None:
    assert len(rows) >= 160
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert set(row) == {"id", "role", "split", "question", "gold", "clause"}, row["id"]
        assert row["gold"] and all(set(g) == {"doc", "article"} for g in row["gold"]), row["id"]
        assert row["question"].strip() and row["clause"].strip(), row["id"]


def test_all_seven_documents_and_the_everyday_voices(rows) -> None:
    families = Counter(FAMILIES[r["gold"][0]["doc"]] for r in rows)
    assert len(families) == 7 and min(families.values()) >= 10, families
    roles = Counter(r["role"] for r in rows)
    assert {"herder", "custodian", "parent", "clerk"} <= set(roles)
    assert sum(any(w in r["question"] for w in DIALECT) for r in rows) >= 30


def test_split_is_the_rule_fixed_before_any_run(rows) -> None:
    """Within each document, rows ordered by sha256 of the id alternate tune, heldout."""
    groups = defaultdict(list)
    for row in rows:
        groups[FAMILIES[row["gold"][0]["doc"]]].append(row)
    for group in groups.values():
        ordered = sorted(group, key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        for n, row in enumerate(ordered):
            assert row["split"] == ("tune" if n % 2 == 0 else "heldout"), row["id"]
    counts = Counter(r["split"] for r in rows)
    assert abs(counts["tune"] - counts["heldout"]) <= 7


def test_every_gold_place_and_clause_is_in_the_gazette(rows, corpus) -> None:
    for row in rows:
        units = [u for g in row["gold"] for u in checks.units_at(corpus, g)]
        assert len(units) >= len(row["gold"]), (row["id"], row["gold"])
        clause = checks.squeeze(row["clause"])
        assert any(clause in checks.squeeze(unit.text) for _, unit in units), row["id"]


def test_no_question_repeats_or_closely_paraphrases_earlier_ones(rows) -> None:
    files = checks.development_files(ROOT)
    if not files:
        pytest.skip("development set not present on this machine")
    earlier = checks.questions_of([*files, FIRST_TABLE], PHRASING_TABLES)
    assert len(earlier) > 3000
    repeated, close = checks.copied_or_close(rows, earlier)
    assert not repeated, repeated
    assert not close, close


def test_no_two_questions_of_this_table_are_one_phrasing(rows) -> None:
    assert not checks.within_table_close(rows)
