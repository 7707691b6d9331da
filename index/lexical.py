"""BM25 over jieba tokens, with a domain dictionary and a colloquial-to-regulation lexicon.

Scoring is bm25s's sparse matrix; the tokenizer and lexicon are data files beside this module.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

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
    for term in domain_terms():
        jieba.add_word(term, freq=200000)
    for word in split_words():
        jieba.del_word(word)
    return jieba


@lru_cache(maxsize=1)
def split_words() -> frozenset[str]:
    """Dictionary words that are mis-cuts in these questions (data/split_words.txt: 交会 of
    "医保没交会怎么样" is 交 + 会), cut apart by the segmentation."""
    lines = (DATA / "split_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(t.strip() for t in lines if t.strip() and not t.startswith("#"))


@lru_cache(maxsize=1)
def domain_terms() -> frozenset[str]:
    """The regulation's own names of things, kept whole by the segmentation."""
    lines = (DATA / "domain_terms.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(t.strip() for t in lines if t.strip() and not t.startswith("#"))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    return {word: terms.split() for word, terms in read_table(DATA / "colloquial.tsv")}


# In a lexicon key, "…" stands for up to this many characters between the words ("医保…交"
# finds "医保啥时候交"): everyday word order varies, the pair still means one thing. A part may
# name its words of one kind with "|" ("佛像|唐卡…偷|盗"): each of them with each of the other's.
GAP_CHARS = 6


@lru_cache(maxsize=1)
def _lexicon_patterns() -> tuple[tuple[re.Pattern[str], list[str]], ...]:
    return tuple((pattern, terms) for pattern, _, terms in _lexicon_entries())


def lexicon_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, terms) of every lexicon key the text says: where the everyday words stand."""
    return [
        (m.start(), m.end(), terms)
        for pattern, _, terms in _lexicon_entries()
        if (m := pattern.search(text))
    ]


def phrase_terms(text: str) -> list[str]:
    """The terms of every two-part key ("住了…个月", "直接去…医院") the text says: a phrase,
    stronger evidence of what is asked than a single everyday word."""
    return [
        term
        for pattern, parts, terms in _lexicon_entries()
        if len(parts) > 1 and pattern.search(text)
        for term in terms
    ]


@lru_cache(maxsize=1)
def _lexicon_entries() -> tuple[tuple[re.Pattern[str], tuple[str, ...], list[str]], ...]:
    """(pattern, the key's parts, terms): "开…店" has the parts 开 and 店."""
    return tuple(
        (
            re.compile(
                f".{{0,{GAP_CHARS}}}".join(
                    "(?:" + "|".join(map(re.escape, part.split("|"))) + ")"
                    for part in word.split("…")
                )
            ),
            tuple(word.split("…")),
            terms,
        )
        for word, terms in lexicon().items()
    )


@lru_cache(maxsize=1)
def speech_words() -> frozenset[str]:
    """Words of how a question is said, not of what it asks (data/speech_words.txt): dialect
    pronouns and address (俺, 阿妈, 老汉), fillers (到底, 时候): no regulation speaks of them."""
    lines = (DATA / "speech_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(t.strip() for t in lines if t.strip() and not t.startswith("#"))


# Bump when tokenize() changes in a way the files below do not show: stored BM25 is then stale.
TOKENIZER_VERSION = "1"


@lru_cache(maxsize=1)
def tokenizer_fingerprint() -> str:
    """What the stored BM25 matrices depend on besides the texts."""
    import jieba

    digest = hashlib.sha256()
    for part in (
        TOKENIZER_VERSION,
        getattr(jieba, "__version__", "?"),
        TOKEN_RE.pattern,
        " ".join(sorted(STOPWORDS)),
        (DATA / "domain_terms.txt").read_text(encoding="utf-8"),
        (DATA / "split_words.txt").read_text(encoding="utf-8"),
    ):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of jieba's cut of a text, domain terms kept whole: where the words of
    a sentence begin and end, for matches that must not cut a word."""
    spans, at = [], 0
    for word in _jieba().lcut(text):
        spans.append((at, at + len(word), word))
        at += len(word)
    return spans


def is_common_word(word: str) -> bool:
    """Whether jieba's dictionary knows the word ("小孩" yes, a mistyped "立卡户" no)."""
    return bool(_jieba().dt.FREQ.get(word))


def tokenize(text: str) -> list[str]:
    jieba = _jieba()
    tokens = []
    for piece in TOKEN_RE.findall(text):
        for token in jieba.lcut_for_search(piece):
            token = token.strip().lower()
            if token and token not in STOPWORDS and not (len(token) == 1 and not token.isalnum()):
                tokens.append(token)
    return tokens


# characters people write for the regulation's own (交费/补交 for 缴费/补缴)
VARIANTS = {"交": "缴"}
VARIANT = re.compile("|".join(VARIANTS))
# a body named by its field alone ("文物部门", "医保部门")
SHORT_BODY = re.compile(r"^([\u4e00-\u9fff]{2,4})部门$")


def _standard(m: re.Match[str]) -> str:
    return VARIANTS[m.group(0)]


ABBREVIATED_MIN = 4  # a shorter word's head is too common to stand for a longer term


# characters a regulation writes as optional in brackets ("乡（镇）人民政府", "村（居）民委员会",
# "就（转）诊"): people say the words with them or without
OPTIONAL_CHARS = re.compile(r"[（(]([\u4e00-\u9fff]{1,2})[）)]")


@lru_cache(maxsize=1024)
def _bracket_forms(text: str) -> tuple[str, ...]:
    """The text with its optional characters said (乡镇人民政府) and left out (乡人民政府)."""
    if not OPTIONAL_CHARS.search(text):
        return ()
    return (OPTIONAL_CHARS.sub(r"\1", text), OPTIONAL_CHARS.sub("", text))


def covered_by(word: str, question: str, text: str) -> bool:
    """Whether `text` speaks of `word` of the question: the word itself, or the regulation terms
    an everyday word of the question around it stands for ("三级医院" → 定点医疗机构)."""
    if word in text or (VARIANT.search(word) and VARIANT.sub(_standard, word) in text):
        return True
    # ("乡镇政府" is the 乡（镇）人民政府 the text names: a government said without 人民)
    said = [word, f"{word[:-2]}人民政府"] if len(word) >= 3 and word.endswith("政府") else [word]
    if any(w in form for form in (text, *_bracket_forms(text)) for w in said):
        return True
    short = SHORT_BODY.match(word)
    if short and re.search(rf"{short.group(1)}[\u4e00-\u9fff]{{0,4}}部门", text):
        return True  # "文物部门" is the 文物行政管理部门 the text names
    if len(word) >= ABBREVIATED_MIN and re.search(
        rf"{re.escape(word[:-1])}[\u4e00-\u9fff]{{1,3}}{re.escape(word[-1])}", text
    ):
        return True  # "精神病院" is the 精神病福利院 the text names: its head and its last word
    if (
        len(word) >= 3
        and word.endswith("费")
        and re.search(rf"{re.escape(word[:-1])}(?:经费|费用)", text)
    ):
        return True  # "培训费" is the 培训经费 the text names ("医疗费" its 医疗费用)
    for pattern, parts, terms in _lexicon_entries():
        if not any(t in text for t in terms):
            continue
        if len(parts) == 1:
            key = parts[0]
            if (word in key or key in word) and key in question:
                return True
            continue
        # a key "A…B" ("开…店" in "开个小店"): a word of the matched stretch that holds one
        # of its parts (小店, 开个), not the words between them
        # ("大殿…漏雨想修" of "殿…修": a word reaching into the stretch from before it holds
        # its part too)
        match = pattern.search(question)
        if (
            match
            and any(p in word or word in p for part in parts for p in part.split("|"))
            and _overlaps(word, question, match)
        ):
            return True
    return False


def _overlaps(word: str, question: str, match: re.Match[str]) -> bool:
    """Whether an occurrence of `word` in the question shares characters with the match."""
    at = question.find(word)
    while at >= 0:
        if at < match.end() and at + len(word) > match.start():
            return True
        at = question.find(word, at + 1)
    return False


def expand_query(query: str) -> list[str]:
    """Query tokens plus the regulation terms its everyday words stand for."""
    tokens = tokenize(query)
    for pattern, terms in _lexicon_patterns():
        if pattern.search(query):
            for term in terms:
                tokens.extend(tokenize(term))
    return tokens


class BM25Index:
    """Okapi BM25 (Lucene idf, k1 1.2, b 0.75) over pre-tokenized texts, stored by bm25s as a
    sparse term x text matrix of per-term scores: a query touches only its terms' columns,
    so its cost grows with the texts that hold its words, not with the corpus."""

    K1 = 1.2
    B = 0.75

    def __init__(self, token_lists: list[list[str]]) -> None:
        import bm25s

        self.n_docs = len(token_lists)
        self.avgdl = sum(len(t or [""]) for t in token_lists) / max(1, self.n_docs)
        model = bm25s.BM25(k1=self.K1, b=self.B, method="lucene")
        # bm25s needs one non-empty vocabulary; "" is never produced by tokenize()
        model.index([tokens or [""] for tokens in token_lists], show_progress=False)
        scores = model.scores
        self.vocab: dict[str, int] = model.vocab_dict
        self.data: np.ndarray = scores["data"]
        self.indices: np.ndarray = scores["indices"]
        self.indptr: np.ndarray = scores["indptr"]

    @classmethod
    def build(cls, texts: list[str]) -> BM25Index:
        return cls([tokenize(text) for text in texts])

    @classmethod
    def from_arrays(
        cls,
        vocab: dict[str, int],
        data: np.ndarray,
        indices: np.ndarray,
        indptr: np.ndarray,
        n_docs: int,
        avgdl: float,
    ) -> BM25Index:
        """An index read back from disk (index.lexical_store)."""
        index = cls.__new__(cls)
        index.vocab, index.n_docs, index.avgdl = vocab, n_docs, avgdl
        index.data, index.indices, index.indptr = data, indices, indptr
        return index

    def doc_freq(self, token: str) -> int:
        column = self.vocab.get(token)
        if column is None or token == "":
            return 0
        return int(self.indptr[column + 1] - self.indptr[column])

    def idf(self, token: str) -> float:
        n = self.doc_freq(token)
        return math.log(1 + (self.n_docs - n + 0.5) / (n + 0.5))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """One score per text; a query term repeated q times weighs 1 + ln q."""
        out = np.zeros(self.n_docs, dtype=np.float32)
        for term, qtf in Counter(query_tokens).items():
            column = self.vocab.get(term)
            if column is None or term == "":
                continue
            start, end = self.indptr[column], self.indptr[column + 1]
            # bm25s leaves out the constant (k1 + 1) of the tf part; put it back so the
            # scores are Okapi's own (rows within one column are distinct: plain add is exact)
            weight = (1 + math.log(qtf)) * (self.K1 + 1)
            out[self.indices[start:end]] += weight * self.data[start:end]
        return out

    def score_tokens(self, query_tokens: list[str], text_tokens: list[str]) -> float:
        """BM25 of a text that is not in the index, with this index's statistics."""
        counts = Counter(text_tokens)
        length = len(text_tokens) or 1
        total = 0.0
        for term, qtf in Counter(query_tokens).items():
            tf = counts.get(term, 0)
            if not tf:
                continue
            norm = tf * (self.K1 + 1) / (tf + self.K1 * (1 - self.B + self.B * length / self.avgdl))
            total += self.idf(term) * (1 + math.log(qtf)) * norm
        return total

    def nbytes(self) -> int:
        return int(self.data.nbytes + self.indices.nbytes + self.indptr.nbytes)
