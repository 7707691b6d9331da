"""The peer set-up we compare against: Langchain-Chatchat's default knowledge base.

Each document is cut into chunks of at most 250 characters with 50 characters of overlap
at sentence ends (as its ChineseRecursiveTextSplitter does), embedded with the same model
into FAISS, searched with BM25 over jieba tokens as well, and the two lists fused 0.5 / 0.5 by
weighted reciprocal rank (Langchain's EnsembleRetriever). No headings, no article tree, no
colloquial lexicon. Used only by `python -m evaluation retrieval`.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from corpus import Corpus, Document, Unit
from index import dense_store
from index.lexical import BM25Index, tokenize

CHUNK_CHARS = 250
OVERLAP_CHARS = 50
RRF_C = 60  # EnsembleRetriever's constant
FETCH = 50  # hits each retriever hands to the fusion
CHUNK_FORMAT = "chatchat-250-50-v2"
SENTENCE = re.compile(r"[^。！？；\n]*[。！？；\n]|[^。！？；\n]+$")


@dataclass(frozen=True)
class Chunk:
    doc: Document
    text: str
    units: tuple[Unit, ...]  # the units the chunk overlaps, in reading order


def _pieces(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; a sentence longer than a chunk is cut hard."""
    out = []
    for m in SENTENCE.finditer(text):
        start, piece = m.start(), m.group()
        while len(piece) > CHUNK_CHARS:
            out.append((start, piece[:CHUNK_CHARS]))
            start, piece = start + CHUNK_CHARS, piece[CHUNK_CHARS:]
        if piece.strip():
            out.append((start, piece))
    return out


def _span(piece: tuple[int, str]) -> tuple[int, int]:
    return piece[0], len(piece[1])


def chunk_document(doc: Document) -> list[Chunk]:
    spans: list[tuple[int, int, Unit]] = []
    text = f"{doc.title}\n"
    for unit in doc.units:
        start = len(text)
        text += f"{unit.label} {unit.text}\n"
        spans.append((start, len(text), unit))
    chunks: list[Chunk] = []
    pieces = _pieces(text)
    i = 0
    while i < len(pieces):
        begin, j = pieces[i][0], i
        while j < len(pieces) and (sum(_span(pieces[j])) - begin <= CHUNK_CHARS or j == i):
            j += 1
        end = sum(_span(pieces[j - 1]))
        units = tuple(u for s, e, u in spans if s < end and e > begin)
        chunks.append(Chunk(doc, text[begin:end].strip(), units))
        if j >= len(pieces):
            break
        # step back over whole sentences that fit in the overlap
        back = j
        while back - 1 > i and end - pieces[back - 1][0] <= OVERLAP_CHARS:
            back -= 1
        i = back
    return chunks


class ChunkSearcher:
    def __init__(self, corpus: Corpus, embedder, directory: Path) -> None:
        self.embedder = embedder
        self.chunks = [c for doc in corpus.documents for c in chunk_document(doc)]
        self.bm25 = BM25Index([tokenize(c.text) for c in self.chunks])
        fingerprint = f"{corpus.fingerprint()}:{CHUNK_FORMAT}"
        try:
            self.store = dense_store.load(directory, embedder.model_id, fingerprint)
            if self.store.index.ntotal != len(self.chunks):
                raise dense_store.IndexInvalid("块数与索引不一致")
        except dense_store.IndexInvalid:
            started = time.perf_counter()
            vectors = embedder.passages([c.text for c in self.chunks])
            self.store = dense_store.save(
                directory,
                vectors,
                np.arange(len(self.chunks)),
                embedder.model_id,
                fingerprint,
                time.perf_counter() - started,
            )

    def search(self, query: str, k: int = 10) -> list[Chunk]:
        rows, _ = self.store.top_rows(self.embedder.query(query), FETCH)
        lexical = self.bm25.scores(tokenize(query))
        lexical_rows = [r for r in np.argsort(-lexical, kind="stable")[:FETCH] if lexical[r] > 0]
        fused: dict[int, float] = {}
        for ranking in (rows.tolist(), lexical_rows):
            for rank, row in enumerate(ranking, 1):
                fused[int(row)] = fused.get(int(row), 0.0) + 0.5 / (rank + RRF_C)
        order = sorted(fused, key=lambda row: -fused[row])[:k]
        return [self.chunks[row] for row in order]
