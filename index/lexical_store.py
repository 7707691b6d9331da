"""BM25 matrices on disk beside the FAISS vectors, so loading the index does not re-tokenise
the corpus. Keyed like the vectors (corpus and passage format) plus the tokenizer (domain
dictionary, stop words, jieba version): a change to any of them rebuilds, never reuses."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy as np

from index.folders import replaced_atomically
from index.lexical import BM25Index, tokenizer_fingerprint

MANIFEST = "manifest.json"
ARRAYS = "bm25.npz"
VOCAB = "vocab.json"
FILES = (ARRAYS, VOCAB)


class LexicalMissing(RuntimeError):
    """No usable stored BM25 here: build it (the message says why, in Chinese)."""


def key(corpus_fingerprint: str) -> str:
    return f"{corpus_fingerprint}|{tokenizer_fingerprint()}"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save(directory: Path, index: BM25Index, corpus_fingerprint: str) -> None:
    """Written whole into a temporary folder, then swapped in (readers never see half)."""
    with replaced_atomically(directory) as work:
        np.savez(
            work / ARRAYS,
            data=index.data,
            indices=index.indices,
            indptr=index.indptr,
            shape=np.array([index.n_docs], dtype=np.int64),
            avgdl=np.array([index.avgdl], dtype=np.float64),
        )
        (work / VOCAB).write_text(json.dumps(index.vocab, ensure_ascii=False), encoding="utf-8")
        manifest = {
            "key": key(corpus_fingerprint),
            "texts": index.n_docs,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "files": {name: _sha(work / name) for name in FILES},
        }
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def load(directory: Path, corpus_fingerprint: str, n_texts: int) -> BM25Index:
    """The stored BM25 if it was built from these texts with this tokenizer and is intact."""
    path = directory / MANIFEST
    if not path.exists():
        raise LexicalMissing("BM25 索引不存在")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LexicalMissing("BM25 索引清单损坏") from exc
    if manifest.get("key") != key(corpus_fingerprint) or manifest.get("texts") != n_texts:
        raise LexicalMissing("文件库或分词词典已变化")
    for name in FILES:
        file = directory / name
        if not file.exists() or _sha(file) != manifest.get("files", {}).get(name):
            raise LexicalMissing(f"BM25 索引文件 {name} 缺失或已损坏")
    try:
        with np.load(directory / ARRAYS) as arrays:
            index = BM25Index.from_arrays(
                vocab=json.loads((directory / VOCAB).read_text(encoding="utf-8")),
                data=arrays["data"],
                indices=arrays["indices"],
                indptr=arrays["indptr"],
                n_docs=int(arrays["shape"][0]),
                avgdl=float(arrays["avgdl"][0]),
            )
    except (OSError, ValueError, KeyError) as exc:
        raise LexicalMissing(f"BM25 索引无法读取：{exc}") from exc
    if index.n_docs != n_texts or int(index.indptr[-1]) != len(index.data):
        raise LexicalMissing("BM25 索引与清单不一致")
    return index
