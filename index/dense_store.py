"""FAISS vectors on disk with a manifest; a stale, mismatched or corrupt index is rebuilt, never used."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.folders import replaced_atomically

EXACT_LIMIT = 50_000  # above this many vectors an HNSW index answers in sub-linear time
MANIFEST = "manifest.json"
FILES = ("vectors.faiss", "owners.npy")


class IndexInvalid(RuntimeError):
    """The stored index cannot be trusted; the message says why."""


class IndexMissing(IndexInvalid):
    """No index was ever built here (the first run): building it is routine, not news."""


@dataclass
class DenseStore:
    index: object  # faiss.Index
    owners: np.ndarray  # vector row -> unit position
    manifest: dict

    def top_rows(self, query: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """The n nearest vectors: (rows, cosines), best first."""
        n = min(self.index.ntotal, n)
        if n <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores, rows = self.index.search(query.reshape(1, -1).astype(np.float32), n)
        keep = rows[0] >= 0
        return rows[0][keep], scores[0][keep]

    def cosines(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Exact cosines of the given rows (vectors are normalised)."""
        if len(rows) == 0:
            return np.zeros(0, dtype=np.float32)
        vectors = self.index.reconstruct_batch(np.asarray(rows, dtype=np.int64))
        return vectors @ query.astype(np.float32)

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Best score per unit among its windows, highest first."""
        n = min(self.index.ntotal, max(k * 4, k))
        scores, rows = self.index.search(query.reshape(1, -1).astype(np.float32), n)
        best: dict[int, float] = {}
        for score, row in zip(scores[0], rows[0], strict=True):
            if row < 0:
                continue
            unit = int(self.owners[row])
            if score > best.get(unit, -1e9):
                best[unit] = float(score)
        return sorted(best.items(), key=lambda item: -item[1])


def make_index(vectors: np.ndarray):
    import faiss

    dim = vectors.shape[1]
    if len(vectors) > EXACT_LIMIT:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = 128
    else:
        index = faiss.IndexFlatIP(dim)
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save(
    directory: Path,
    vectors: np.ndarray,
    owners: np.ndarray,
    model_id: str,
    corpus_hash: str,
    build_seconds: float,
) -> DenseStore:
    """Write to a temporary folder, then swap it in: readers never see half an index."""
    import faiss

    index = make_index(vectors)
    with replaced_atomically(directory) as work:
        faiss.write_index(index, str(work / "vectors.faiss"))
        np.save(work / "owners.npy", owners.astype(np.int32))
        manifest = {
            "model_id": model_id,
            "corpus_hash": corpus_hash,
            "dimensions": int(vectors.shape[1]),
            "vectors": int(len(vectors)),
            "index_type": type(index).__name__,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "build_seconds": round(build_seconds, 2),
            "files": {name: _sha(work / name) for name in FILES},
        }
        (work / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    return DenseStore(index, owners.astype(np.int32), manifest)


def load(directory: Path, model_id: str, corpus_hash: str) -> DenseStore:
    """Raises IndexInvalid unless every file is present, intact and built for this corpus and model."""
    import faiss

    path = directory / MANIFEST
    if not path.exists():
        raise IndexMissing("索引不存在")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IndexInvalid("索引清单损坏") from exc
    if manifest.get("model_id") != model_id:
        raise IndexInvalid(f"嵌入模型已更换（{manifest.get('model_id')} → {model_id}）")
    if manifest.get("corpus_hash") != corpus_hash:
        raise IndexInvalid("文件库内容已变化")
    for name in FILES:
        file = directory / name
        if not file.exists() or _sha(file) != manifest.get("files", {}).get(name):
            raise IndexInvalid(f"索引文件 {name} 缺失或已损坏")
    try:
        index = faiss.read_index(str(directory / "vectors.faiss"))
        owners = np.load(directory / "owners.npy")
    except Exception as exc:  # faiss raises plain RuntimeError on bad files
        raise IndexInvalid(f"索引无法读取：{exc}") from exc
    if index.ntotal != len(owners) or index.d != manifest.get("dimensions"):
        raise IndexInvalid("索引与清单不一致")
    return DenseStore(index, owners, manifest)
