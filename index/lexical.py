"""BM25 over jieba tokens, with a domain dictionary and a colloquial-to-regulation lexicon.

Scoring is a pure function of postings and statistics (as bm25s keeps its
variants); the tokenizer and lexicon are data files beside this module.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table

DATA = Path(__file__).parent / "data"
STOPWORDS = set(
    [
        "的",
        "了",
        "是",
        "吗",
        "呢",
        "吧",
        "啊",
        "呀",
        "么",
        "在",
        "和",
        "与",
        "及",
        "或",
        "等",
        "对",
        "把",
        "被",
        "给",
        "让",
        "我",
        "你",
        "他",
        "她",
        "它",
        "我们",
        "你们",
        "他们",
        "这",
        "那",
        "这个",
        "那个",
        "什么",
        "怎么",
        "怎样",
        "如何",
        "哪些",
        "哪个",
        "哪",
        "多少",
        "几",
        "有",
        "没有",
        "要",
        "会",
        "能",
        "可以",
        "还",
        "也",
        "都",
        "就",
        "又",
        "才",
        "请问",
        "一下",
        "一个",
        "些",
        "吗？",
        "个",
        "上",
        "下",
        "中",
        "里",
        "为",
        "以",
        "之",
        "其",
        "于",
        "由",
        "从",
        "按",
        "应当",
        "应",
        "如",
        "若",
    ]
)
TOKEN_RE = re.compile(r"[\w\u4e00-\u9fff\u0f00-\u0fff]+")


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for line in (DATA / "domain_terms.txt").read_text(encoding="utf-8").splitlines():
        term = line.strip()
        if term and not term.startswith("#"):
            jieba.add_word(term, freq=200000)
    return jieba


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    return {word: terms.split() for word, terms in read_table(DATA / "colloquial.tsv")}


def tokenize(text: str) -> list[str]:
    jieba = _jieba()
    tokens = []
    for piece in TOKEN_RE.findall(text):
        for token in jieba.lcut_for_search(piece):
            token = token.strip().lower()
            if token and token not in STOPWORDS and not (len(token) == 1 and not token.isalnum()):
                tokens.append(token)
    return tokens


def expand_query(query: str) -> list[str]:
    """Query tokens plus the regulation terms its everyday words stand for."""
    tokens = tokenize(query)
    for word, terms in lexicon().items():
        if word in query:
            for term in terms:
                tokens.extend(tokenize(term))
    return tokens


@dataclass
class BM25Index:
    postings: dict[str, list[tuple[int, int]]]  # term -> [(doc, tf)]
    doc_len: list[int]
    avgdl: float
    n_docs: int

    @classmethod
    def build(cls, texts: list[str]) -> BM25Index:
        postings: dict[str, list[tuple[int, int]]] = {}
        lengths = []
        for doc, text in enumerate(texts):
            counts = Counter(tokenize(text))
            lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                postings.setdefault(term, []).append((doc, tf))
        return cls(postings, lengths, sum(lengths) / max(1, len(lengths)), len(texts))

    def scores(self, query_tokens: list[str]) -> dict[int, float]:
        return bm25_scores(query_tokens, self.postings, self.doc_len, self.avgdl, self.n_docs)


def bm25_scores(
    query_tokens: list[str],
    postings: dict[str, list[tuple[int, int]]],
    doc_len: list[int],
    avgdl: float,
    n_docs: int,
    k1: float = 1.2,
    b: float = 0.75,
) -> dict[int, float]:
    """Okapi BM25 with the Lucene idf (never negative); repeated query terms count once each."""
    scores: dict[int, float] = {}
    for term, qtf in Counter(query_tokens).items():
        plist = postings.get(term)
        if not plist:
            continue
        idf = math.log(1 + (n_docs - len(plist) + 0.5) / (len(plist) + 0.5))
        weight = idf * (1 + math.log(qtf))
        for doc, tf in plist:
            norm = tf * (k1 + 1) / (tf + k1 * (1 - b + b * doc_len[doc] / avgdl))
            scores[doc] = scores.get(doc, 0.0) + weight * norm
    return scores
