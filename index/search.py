"""Hybrid retrieval at unit and clause level: dense (FAISS) and BM25 evidence fused, references
answered directly.

Entry points: Searcher.search(query, k, doc, mode) -> list[Hit] (each with its best clauses) and
Searcher.rank_clauses(query, units, k) -> list[ScoredClause] (for choosing the clause to quote).
"""

from __future__ import annotations

import re
import sys
import time
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from corpus import Corpus, Unit, load_corpus
from corpus.clauses import Clause, clauses
from corpus.datafiles import read_table
from corpus.numerals import dates_in_digits
from index import dense_store, lexical_store
from index.fact_types import FactType, asked, fact_types
from index.folders import build_lock
from index.fusion import (
    CLAUSE_DENSE_SHARE,
    CLAUSE_FACT_BONUS,
    SHIPPED,
    Evidence,
    Stats,
    Weights,
    clause_scores,
    normalised,
)
from index.hits import Hit, ScoredClause
from index.lexical import BM25Index, expand_query, tokenize
from index.model_builder import cache_dir
from index.passages import clause_passage, windows
from index.references import find_references, named_document_match, resolve

# Bump when what is embedded for a unit or a clause changes: the stored vectors are then stale.
PASSAGE_FORMAT = "windows-v1+clauses-v1"
MODES = ("hybrid", "dense", "bm25")

__all__ = ["Hit", "ScoredClause", "Searcher", "index_dir"]


# colloquial words of asking, said as the written ones the model and the index know best
# ("要先干嘛" is "要先做什么"): they ask, they name nothing the rules hold
ASKING_SPOKEN = (
    # (after a modal only: "干嘛要交这么多" asks why)
    (re.compile(r"(?<=[要该得先])(?:干嘛|干啥|做啥|弄啥|搞啥)"), "做什么"),
    (re.compile(r"咋办|咋整|咋弄"), "怎么办"),
)


def plain_asking(query: str) -> str:
    """The query with colloquial words of asking in their written form."""
    for pattern, written in ASKING_SPOKEN:
        query = pattern.sub(written, query)
    return query


def index_dir(model_id: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in model_id)
    return cache_dir() / "index" / safe


class _Level:
    """One level of indexed text (unit windows or clauses): rows grouped by unit, in unit order."""

    def __init__(self, passages: list[str], owners: list[int], n_units: int) -> None:
        self.passages = passages
        self.owners = np.asarray(owners, dtype=np.int32)
        counts = np.bincount(self.owners, minlength=n_units) if len(owners) else np.zeros(n_units)
        self.starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self.bm25: BM25Index | None = None  # read from the index folder, or built (Searcher)
        self.store: dense_store.DenseStore | None = None

    def rows_of(self, units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows of the given units, and where each unit's rows begin among them."""
        counts = self.starts[units + 1] - self.starts[units]
        offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        rows = (
            np.concatenate([np.arange(self.starts[u], self.starts[u + 1]) for u in units])
            if len(units)
            else np.zeros(0, dtype=np.int64)
        )
        return rows.astype(np.int64), offsets

    def per_unit_max(self, values: np.ndarray, offsets: np.ndarray, empty: float) -> np.ndarray:
        """Max of row values per unit (rows laid out by offsets); `empty` for a unit without rows."""
        n = len(offsets) - 1
        out = np.full(n, empty, dtype=np.float32)
        filled = offsets[1:] > offsets[:-1]
        if filled.any():
            out[filled] = np.maximum.reduceat(values, offsets[:-1][filled])
        return out


class Searcher:
    CANDIDATE_ROWS = 256  # nearest windows and nearest clauses looked at per query
    LEXICAL_CANDIDATES = 100  # best units by words (window and clause) added to them
    STATS_SAMPLE = 2048  # units whose cosines give the z-score's mean and spread
    CLAUSES_PER_HIT = 3
    # Added to the fused score of a named document's units. Additive on the fused scale (about
    # -1..1), so it lifts a negative score as much as a positive one, unlike a factor.
    NAMED_DOCUMENT_BONUS = 0.15
    # Taken from the fused score of a unit whose document is written for a group (custodians,
    # staff in training) when the question does not name that group (index/data/audiences.tsv).
    AUDIENCE_PENALTY = 0.1
    CACHED_QUERIES = 16

    def __init__(
        self,
        corpus: Corpus | None = None,
        embedder=None,
        directory: Path | None = None,
        progress: bool = False,
        weights: Weights = SHIPPED,
    ) -> None:
        from index.embedder import shared_embedder

        self.corpus = corpus or load_corpus()
        self.units = self.corpus.units()
        self.docs = {d.id: d for d in self.corpus.documents}
        self.position = {u.id: i for i, u in enumerate(self.units)}
        self.embedder = embedder or shared_embedder()
        self.directory = directory or index_dir(self.embedder.model_id)
        self.weights = weights
        self.clause_share = CLAUSE_DENSE_SHARE
        n = len(self.units)
        # both retrievers see the same windows, so a long article is not drowned by its length
        passages, owners = [], []
        self.clause_list: list[Clause] = []
        clause_texts, clause_owners = [], []
        for i, unit in enumerate(self.units):
            for passage in windows(unit):
                passages.append(passage)
                owners.append(i)
            for clause in clauses(unit):
                self.clause_list.append(clause)
                clause_texts.append(clause_passage(unit, clause))
                clause_owners.append(i)
        self.windows = _Level(passages, owners, n)
        self.clause_level = _Level(clause_texts, clause_owners, n)
        self.fact_bonus = CLAUSE_FACT_BONUS
        # which clauses state a value of each kind (a date, an amount, …), by their own text
        self._holds = {
            t.name: np.array([bool(t.holds.search(c.text)) for c in self.clause_list], dtype=bool)
            for t in fact_types()
        }
        self.passages = passages
        self.owners = self.windows.owners
        self._load_or_build(progress)
        self._load_or_build_lexical()
        self.bm25 = self.windows.bm25
        self._sample_stats_rows()
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lexicals: OrderedDict[str, tuple[np.ndarray, np.ndarray]] = OrderedDict()

    # --- the stored vectors ---------------------------------------------------------

    @property
    def dense(self) -> dense_store.DenseStore:
        """The unit windows' vectors (their manifest is what `index build` reports)."""
        return self.windows.store

    @property
    def clause_dense(self) -> dense_store.DenseStore:
        return self.clause_level.store

    def fingerprint(self) -> str:
        """The corpus and the passage format: what the stored vectors were built from."""
        return f"{self.corpus.fingerprint()}:{PASSAGE_FORMAT}"

    def _levels(self) -> tuple[tuple[str, _Level], ...]:
        return (("units", self.windows), ("clauses", self.clause_level))

    def _load_or_build(self, progress: bool) -> None:
        """Load each level; a missing or stale one is built under the folder's lock, so processes
        starting together (API workers, parallel test workers) embed it once and the rest load it."""
        _drop_single_level_layout(self.directory)
        for name, level in self._levels():
            try:
                level.store = self._load(name)
            except dense_store.IndexInvalid:
                with build_lock(self.directory):
                    try:
                        level.store = self._load(name)
                    except dense_store.IndexMissing:
                        if progress:
                            print(f"正在构建索引（{name}）…", file=sys.stderr, flush=True)
                        level.store = self._build(name, level, progress)
                    except dense_store.IndexInvalid as reason:
                        print(f"正在重建索引（{name}：{reason}）…", file=sys.stderr, flush=True)
                        level.store = self._build(name, level, progress)

    def _load(self, name: str) -> dense_store.DenseStore:
        return dense_store.load(self.directory / name, self.embedder.model_id, self.fingerprint())

    def _load_or_build_lexical(self, force: bool = False) -> None:
        """BM25 from the index folder when it was built from these texts with this tokenizer;
        else tokenised here and stored (a failed write only costs the next load a rebuild)."""
        for name, level in self._levels():
            folder = self.directory / f"{name}-bm25"
            try:
                if force:
                    raise lexical_store.LexicalMissing("重建")
                level.bm25 = lexical_store.load(folder, self.fingerprint(), len(level.passages))
            except lexical_store.LexicalMissing:
                level.bm25 = BM25Index.build(level.passages)
                try:
                    lexical_store.save(folder, level.bm25, self.fingerprint())
                except OSError as exc:
                    print(f"BM25 索引未能保存（{exc}），下次启动将重新分词。", file=sys.stderr)

    def _build(self, name: str, level: _Level, progress: bool) -> dense_store.DenseStore:
        started = time.perf_counter()
        vectors = self.embedder.passages(level.passages, progress=progress)
        return self.save_vectors(name, vectors, time.perf_counter() - started)

    def save_vectors(
        self, name: str, vectors: np.ndarray, seconds: float
    ) -> dense_store.DenseStore:
        """Store a level's vectors (rows in the order of its passages) with the manifest."""
        level = dict(self._levels())[name]
        level.store = dense_store.save(
            self.directory / name,
            vectors,
            level.owners,
            self.embedder.model_id,
            self.fingerprint(),
            seconds,
        )
        return level.store

    def rebuild(self, progress: bool = False) -> dense_store.DenseStore:
        """Embed and tokenise everything again (`index build --rebuild`), stored ones ignored."""
        for name, level in self._levels():
            self._build(name, level, progress)
        self._load_or_build_lexical(force=True)
        self.bm25 = self.windows.bm25
        self._lexicals.clear()
        self._sample_stats_rows()
        return self.dense

    def _sample_stats_rows(self) -> None:
        """Vectors of evenly spaced units (all of them in a small corpus): their cosines give
        each query's z-score mean and spread at a cost that does not grow with the corpus."""
        n = len(self.units)
        units = np.unique(np.linspace(0, n - 1, min(n, self.STATS_SAMPLE)).astype(np.int64))
        self._sample = {}
        for name, level in self._levels():
            rows, offsets = level.rows_of(units)
            vectors = (
                level.store.index.reconstruct_batch(rows)
                if len(rows)
                else np.zeros((0, self.embedder.dim), dtype=np.float32)
            )
            self._sample[name] = (vectors, offsets)

    def _stats(self, q: np.ndarray) -> dict[str, Stats]:
        """Per query: the spread of units' best-window, units' best-clause and clause cosines."""
        out = {}
        for name, level in self._levels():
            vectors, offsets = self._sample[name]
            cos = vectors @ q
            best = level.per_unit_max(cos, offsets, np.nan)
            out[name] = Stats.of(best[~np.isnan(best)])
            if name == "clauses":
                out["clause_rows"] = Stats.of(cos)
        return out

    # --- per-query evidence, cached for the clause choice that follows a search ------------

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding, shared with the search on the same text (kept for the last
        few queries): a classifier reading the question costs no second model call."""
        return self._query_vector(query.strip())

    def _query_vector(self, query: str) -> np.ndarray:
        return _cached(
            self._vectors, query, self.CACHED_QUERIES, lambda: self.embedder.query(query)
        )

    def _lexical(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """(best window BM25 per unit, BM25 per clause)."""

        def compute() -> tuple[np.ndarray, np.ndarray]:
            tokens = expand_query(query)
            window_scores = self.windows.bm25.scores(tokens)
            per_unit = self.windows.per_unit_max(window_scores, self.windows.starts, 0.0)
            return per_unit, self.clause_level.bm25.scores(tokens)

        return _cached(self._lexicals, query, self.CACHED_QUERIES, compute)

    def _not_addressed(self, query: str, units: np.ndarray, named) -> np.ndarray:
        """1.0 for units of a document written for a group the query does not name."""
        outside = {
            doc_id
            for doc_id, words in audiences().items()
            if not words.search(query) and not (named and named.doc_id == doc_id)
        }
        if not outside:
            return np.zeros(len(units), dtype=np.float32)
        # copies of a document in the scale benchmark ("doc~2") are written for the same group
        return np.array(
            [self.units[i].doc_id.split("~")[0] in outside for i in units], dtype=np.float32
        )

    @staticmethod
    def _asked(query: str, fact: str | None) -> tuple[FactType, ...]:
        """The kinds of value asked: as named by the caller (a question frame's fact type),
        else as read from the query."""
        if fact is None:
            return asked(query)
        return tuple(t for t in fact_types() if t.name == fact)

    def _fact_rows(self, types: tuple[FactType, ...], rows: np.ndarray) -> np.ndarray | None:
        """1.0 for the given clause rows that hold a kind of value asked for."""
        if not types:
            return None
        held = np.zeros(len(rows), dtype=bool)
        for t in types:
            held |= self._holds[t.name][rows]
        return held.astype(np.float32)

    def _words_of(self, query: str) -> str:
        """The query as BM25 sees it: a document's name taken out, because every passage of
        that document repeats its title, so the name matches all its articles alike and
        drowns the words that tell them apart (the document itself gets a bonus instead)."""
        named = named_document_match(query, self.corpus)
        if named is None or not named.is_title:
            return query
        rest = query.replace(named.name, " ")
        return rest if rest.strip() else query

    def idf(self, token: str) -> float:
        """How telling a token is in this corpus (for picking the sentences that answer)."""
        return self.bm25.idf(token)

    # --- retrieval -------------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int = 5,
        doc: str | None = None,
        mode: str = "hybrid",
        weights: Weights | None = None,
        fact: str | None = None,
    ) -> list[Hit]:
        """The k best units, referenced ones first; `weights` overrides the fusion (evaluation).
        `fact` names the kind of value asked ("amount", "ratio", "date", "body", "count"; a
        question frame's fact type); by default it is read from the query."""
        query = plain_asking(dates_in_digits(query.strip()))
        if not query:
            return []
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        only = self.corpus.document(doc).id if doc else None
        weights = _weights_for(weights or self.weights, mode)
        use_dense, use_lexical = mode != "bm25", mode != "dense"
        q = self._query_vector(query) if use_dense else None
        lexical = self._lexical(self._words_of(query)) if use_lexical else None
        stats = self._stats(q) if q is not None else None

        references = (
            resolve(find_references(query, self.corpus), self.corpus, only)
            if mode == "hybrid"
            else []
        )
        candidates = self._candidates(q, lexical, only, references)
        types = self._asked(query, fact)
        evidence, unit_cos = self._evidence(candidates, q, stats, lexical, types)
        scores = evidence.fuse(weights)
        named = named_document_match(query, self.corpus) if mode == "hybrid" and not only else None
        if named:
            in_named = np.array([self.units[i].doc_id == named.doc_id for i in candidates])
            scores = scores + self.NAMED_DOCUMENT_BONUS * in_named
        if mode == "hybrid" and not only:
            scores = scores - self.AUDIENCE_PENALTY * self._not_addressed(query, candidates, named)
        cosine = (
            dict(zip(candidates.tolist(), unit_cos.tolist(), strict=True)) if q is not None else {}
        )

        hits: list[Hit] = []
        for unit in references:
            i = self.position[unit.id]
            hits.append(Hit(unit, self.docs[unit.doc_id], 1.0, "reference", cosine.get(i)))
        seen = {h.unit.id for h in hits}
        for j in np.argsort(-scores, kind="stable"):
            if len(hits) >= k:
                break
            i = int(candidates[j])
            unit = self.units[i]
            if unit.id in seen or (only and unit.doc_id != only):
                continue
            hits.append(Hit(unit, self.docs[unit.doc_id], float(scores[j]), mode, cosine.get(i)))
            seen.add(unit.id)
        hits = hits[:k]
        for hit in hits:
            hit.clauses = tuple(
                self._score_clauses(
                    [self.position[hit.unit.id]],
                    q,
                    stats,
                    lexical,
                    self.CLAUSES_PER_HIT,
                    types=types,
                )
            )
        return hits

    def _candidates(self, q, lexical, only: str | None, references: list[Unit]) -> np.ndarray:
        """Units worth scoring exactly: nearest by meaning, best by words, and those referenced."""
        picked: set[int] = {self.position[u.id] for u in references}
        if only:
            picked |= {self.position[u.id] for u in self.docs[only].units}
        else:
            if q is not None:
                for level in (self.windows, self.clause_level):
                    rows, _ = level.store.top_rows(q, self.CANDIDATE_ROWS)
                    picked |= set(level.owners[rows].tolist())
            if lexical is not None:
                unit_lex, clause_lex = lexical
                picked |= set(_top(unit_lex, self.LEXICAL_CANDIDATES).tolist())
                best_clauses = _top(clause_lex, self.LEXICAL_CANDIDATES * 2)
                picked |= set(self.clause_level.owners[best_clauses].tolist())
        return np.array(sorted(picked), dtype=np.int64)

    def _evidence(
        self, units: np.ndarray, q, stats, lexical, types: tuple[FactType, ...] = ()
    ) -> tuple[Evidence, np.ndarray]:
        zeros = np.zeros(len(units), dtype=np.float32)
        unit_dense = clause_dense = unit_cos = zeros
        if q is not None:
            rows, offsets = self.windows.rows_of(units)
            unit_cos = self.windows.per_unit_max(self.windows.store.cosines(q, rows), offsets, 0.0)
            unit_dense = stats["units"].z(unit_cos)
            rows, offsets = self.clause_level.rows_of(units)
            clause_cos = self.clause_level.per_unit_max(
                self.clause_level.store.cosines(q, rows), offsets, np.nan
            )
            # a unit without clauses (no text) counts as its best window
            clause_cos = np.where(np.isnan(clause_cos), unit_cos, clause_cos)
            clause_dense = stats["clauses"].z(clause_cos)
        unit_lexical = clause_lexical = zeros
        if lexical is not None:
            unit_lex, clause_lex = lexical
            unit_lexical = normalised(unit_lex[units], float(unit_lex.max(initial=0.0)))
            rows, offsets = self.clause_level.rows_of(units)
            best = self.clause_level.per_unit_max(clause_lex[rows], offsets, 0.0)
            clause_lexical = normalised(best, float(clause_lex.max(initial=0.0)))
        rows, offsets = self.clause_level.rows_of(units)
        fact = self._fact_rows(types, rows)
        if fact is not None:
            fact = self.clause_level.per_unit_max(fact, offsets, 0.0)
        evidence = Evidence(unit_dense, clause_dense, unit_lexical, clause_lexical, fact)
        return evidence, unit_cos

    # --- clauses ---------------------------------------------------------------------

    def rank_clauses(
        self,
        query: str,
        units: list[Unit],
        k: int = 3,
        dense_share: float | None = None,
        fact: str | None = None,
    ) -> list[ScoredClause]:
        """The given units' clauses ranked by meaning (clause embedding) and words (BM25),
        best first, a clause holding the kind of value asked (`fact`, as in search) ahead:
        for choosing the clause that answers. Units not in the index are embedded on the
        fly. `dense_share` overrides the share of meaning (evaluation)."""
        share = self.clause_share if dense_share is None else dense_share
        query = query.strip()
        if not query or not units:
            return []
        q = self._query_vector(query)
        stats = self._stats(q)
        lexical = self._lexical(self._words_of(query))
        known = [self.position[u.id] for u in units if self._indexed(u)]
        types = self._asked(query, fact)
        scored = self._score_clauses(known, q, stats, lexical, None, share, types=types)
        scored += self._score_new_clauses(
            query, [u for u in units if not self._indexed(u)], q, stats, lexical, share, types
        )
        scored.sort(key=lambda c: -c.score)
        return scored[:k]

    def _indexed(self, unit: Unit) -> bool:
        i = self.position.get(unit.id)
        return i is not None and self.units[i].text == unit.text

    def _score_clauses(
        self,
        units: list[int],
        q,
        stats,
        lexical,
        k: int | None,
        share: float | None = None,
        types: tuple[FactType, ...] = (),
    ) -> list[ScoredClause]:
        level = self.clause_level
        rows, _ = level.rows_of(np.asarray(units, dtype=np.int64))
        if len(rows) == 0:
            return []
        cos = level.store.cosines(q, rows) if q is not None else None
        dense_z = stats["clause_rows"].z(cos) if cos is not None else np.zeros(len(rows))
        if lexical is not None:
            clause_lex = lexical[1]
            lex = clause_lex[rows]
            lex_norm = normalised(lex, float(clause_lex.max(initial=0.0)))
        else:
            lex = lex_norm = np.zeros(len(rows), dtype=np.float32)
        if share is None:
            share = self.clause_share
        if q is None:
            share = 0.0
        elif lexical is None:
            share = 1.0
        scores = clause_scores(
            dense_z, lex_norm, share, self._fact_rows(types, rows), self.fact_bonus
        )
        order = np.argsort(-scores, kind="stable")[: k or len(rows)]
        return [
            ScoredClause(
                self.clause_list[rows[j]],
                self.units[int(level.owners[rows[j]])],
                float(scores[j]),
                None if cos is None else float(cos[j]),
                float(lex[j]),
            )
            for j in order
        ]

    def _score_new_clauses(
        self,
        query: str,
        units: list[Unit],
        q,
        stats,
        lexical,
        share: float,
        types: tuple[FactType, ...] = (),
    ) -> list[ScoredClause]:
        pairs = [(unit, clause) for unit in units for clause in clauses(unit)]
        if not pairs:
            return []
        texts = [clause_passage(unit, clause) for unit, clause in pairs]
        cos = self.embedder.passages(texts) @ q
        tokens = expand_query(self._words_of(query))
        lex = np.array(
            [self.clause_level.bm25.score_tokens(tokens, tokenize(t)) for t in texts],
            dtype=np.float32,
        )
        top = max(float(lexical[1].max(initial=0.0)), float(lex.max(initial=0.0)))
        fact = (
            np.array([any(t.holds.search(c.text) for t in types) for _, c in pairs], np.float32)
            if types
            else None
        )
        scores = clause_scores(
            stats["clause_rows"].z(cos), normalised(lex, top), share, fact, self.fact_bonus
        )
        return [
            ScoredClause(clause, unit, float(s), float(c), float(x))
            for (unit, clause), s, c, x in zip(pairs, scores, cos, lex, strict=True)
        ]


@lru_cache(maxsize=1)
def audiences() -> dict[str, re.Pattern[str]]:
    """Document id -> the words by which a question names the group it is written for."""
    return {
        doc_id: re.compile(words)
        for doc_id, words in read_table(Path(__file__).parent / "data" / "audiences.tsv")
    }


def _weights_for(weights: Weights, mode: str) -> Weights:
    """The dense or lexical half of the weights on its own, for the single-retriever modes."""
    if mode == "dense":
        return Weights(weights.unit_dense, weights.clause_dense, 0.0, 0.0)
    if mode == "bm25":
        return Weights(0.0, 0.0, weights.unit_lexical, weights.clause_lexical)
    return weights


def _top(values: np.ndarray, n: int) -> np.ndarray:
    """Indices of the n largest positive values (any order)."""
    picked = np.argpartition(-values, n)[:n] if len(values) > n else np.arange(len(values))
    return picked[values[picked] > 0]


def _cached(cache: OrderedDict, key: str, size: int, compute):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    value = compute()
    cache[key] = value
    if len(cache) > size:
        cache.popitem(last=False)
    return value


def _drop_single_level_layout(directory: Path) -> None:
    """Indexes built before clauses were indexed kept their files at the top of the folder."""
    for name in (*dense_store.FILES, dense_store.MANIFEST):
        stale = directory / name
        if stale.is_file():
            stale.unlink()
