"""How the index grows with the corpus: 1×, 10× and 100× the bundled gazette.

Each factor runs in its own process (so resident memory is that index's, not the last one's),
on synthetic copies of every document with their own ids and titles, in a temporary folder;
corpus/data is never touched. Embedding is the one step not repeated: every passage of a copy
gets the vector of the same passage in the original (embedded once, from the 1× index), because
this measures the index and the queries at scale, not the model's throughput on 2 cores.
Everything else is real: tokenizing and BM25 over every copy, FAISS (HNSW above 50,000
vectors), the manifest with checksums, and each query embedded and searched from scratch.

python -m evaluation scale [--factors 1,10,100] [--report FILE]
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from corpus import Corpus, load_corpus

TABLE = Path(__file__).parent / "data" / "retrieval-table.jsonl"
COPY_MARK = re.compile(r"（副本\d+）")


def copies(corpus: Corpus, factor: int) -> Corpus:
    """factor × every document; copy n > 0 gets id "doc~n" and title "…（副本n）"."""
    documents = []
    for n in range(factor):
        for doc in corpus.documents:
            if n == 0:
                documents.append(doc)
                continue
            doc_id = f"{doc.id}~{n}"
            title = f"{doc.title}（副本{n}）"
            units = [
                dataclasses.replace(
                    u,
                    id=u.id.replace(f"{doc.id}/", f"{doc_id}/", 1),
                    doc_id=doc_id,
                    headings=tuple(h.replace(doc.title, title) for h in u.headings),
                    citation=u.citation.replace(doc.title, title),
                )
                for u in doc.units
            ]
            documents.append(
                dataclasses.replace(
                    doc,
                    id=doc_id,
                    title=title,
                    parent_id=f"{doc.parent_id}~{n}" if doc.parent_id else None,
                    units=units,
                )
            )
    return Corpus(documents)


class ReusedVectors:
    """The real embedder for queries; for passages, the vector of the original passage."""

    def __init__(self, embedder, originals: dict[str, np.ndarray]) -> None:
        self.real = embedder
        self.model_id = embedder.model_id
        self.dim = embedder.dim
        self.min_relevance = getattr(embedder, "min_relevance", None)
        self.originals = originals

    def passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        return np.stack([self.originals[COPY_MARK.sub("", t)] for t in texts])

    def query(self, text: str) -> np.ndarray:
        return self.real.query(text)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _p(values: list[float], q: float) -> float:
    """Quantile of sorted values (nearest rank below)."""
    return round(values[int(q * (len(values) - 1))], 1)


def _size_mb(directory: Path) -> float:
    return sum(f.stat().st_size for f in directory.rglob("*") if f.is_file()) / 2**20


def measure(factor: int) -> dict:
    """One factor, in this process: build, reopen, query."""
    from index.search import Searcher

    base = load_corpus()
    original = Searcher(base)  # the bundled index from the cache (built once if missing)
    originals: dict[str, np.ndarray] = {}
    for level in (original.windows, original.clause_level):
        vectors = level.store.index.reconstruct_n(0, level.store.index.ntotal)
        originals.update(zip(level.passages, vectors, strict=True))
    embedder = ReusedVectors(original.embedder, originals)
    del original
    corpus = copies(base, factor)
    questions = [
        json.loads(line)["question"]
        for line in TABLE.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory(prefix="ngari-scale-") as tmp:
        directory = Path(tmp) / "index"
        started = time.perf_counter()
        searcher = Searcher(corpus, embedder, directory)
        build = time.perf_counter() - started
        for q in questions[:5]:  # warm the code paths, not the caches
            searcher.search(q, k=5)
        embed, retrieve, cpu = [], [], []
        for q in questions:
            searcher._vectors.clear()
            searcher._lexicals.clear()
            started = time.perf_counter()
            vector = embedder.query(q)
            embed.append((time.perf_counter() - started) * 1000)
            searcher._vectors[q] = vector  # the rest of the query: tokens, BM25, FAISS, fusion
            started, started_cpu = time.perf_counter(), time.process_time()
            searcher.search(q, k=5)
            retrieve.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        totals = sorted(e + r for e, r in zip(embed, retrieve, strict=True))
        embed.sort()
        retrieve.sort()
        cpu.sort()
        load = Path("/proc/loadavg").read_text().split()[0]
        return {
            "factor": factor,
            "documents": len(corpus.documents),
            "units": len(searcher.units),
            "clauses": len(searcher.clause_list),
            "vectors": searcher.dense.index.ntotal + searcher.clause_dense.index.ntotal,
            "index_types": f"{type(searcher.dense.index).__name__} + "
            f"{type(searcher.clause_dense.index).__name__}",
            "build_s": round(build, 1),
            "disk_mb": round(_size_mb(directory), 1),
            "bm25_mb": round(
                (searcher.windows.bm25.nbytes() + searcher.clause_level.bm25.nbytes()) / 2**20, 1
            ),
            "rss_mb": round(_rss_mb()),
            "queries": len(totals),
            "p50_ms": _p(totals, 0.5),
            "p95_ms": _p(totals, 0.95),
            "embed_ms": f"{_p(embed, 0.5)} / {_p(embed, 0.95)}",
            "retrieve_ms": f"{_p(retrieve, 0.5)} / {_p(retrieve, 0.95)}",
            "cpu_ms": f"{_p(cpu, 0.5)} / {_p(cpu, 0.95)}",
            "load": load,
        }


def run(factors: list[int]) -> str:
    rows = []
    for factor in factors:
        out = subprocess.run(
            [sys.executable, "-m", "evaluation.scale", str(factor)],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            raise SystemExit(f"{factor}× 失败：\n{out.stderr[-2000:]}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return report(rows)


def report(rows: list[dict]) -> str:
    lines = [
        "# 语料规模评测",
        "",
        "合成副本（各有自己的文件 id 与标题），临时目录中建索引；副本的向量复用原文同一段落的向量"
        "（测的是索引与查询的规模，不是模型在 2 核上的嵌入速度）；分词、BM25、FAISS、清单与校验、"
        f"每个查询的嵌入与检索都是真实的。查询：{rows[0]['queries'] if rows else 0} 个检索表问题，"
        "每次清空查询缓存，混合检索 k=5。每个倍数单独一个进程（常驻内存含嵌入模型）。"
        "查询分两段计时：问题嵌入（与语料大小无关）与其余检索（分词、BM25、FAISS、融合、选句）；"
        "检索 CPU 为后一段本进程所用 CPU 时间；负载为测量结束时的 1 分钟平均负载"
        "（本机 2 核，其他任务同时在跑时墙钟延迟会被拉长）。",
        "",
        "| 倍数 | 文件 | 条文 | 句 | 向量 | 索引类型 | 建索引 s | 磁盘 MB | BM25 内存 MB | 常驻内存 MB "
        "| 查询 p50 / p95 ms | 其中嵌入 p50 / p95 | 其中检索 p50 / p95 | 检索 CPU p50 / p95 | 负载 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['factor']}× | {r['documents']} | {r['units']} | {r['clauses']} | {r['vectors']} | "
            f"{r['index_types']} | {r['build_s']} | {r['disk_mb']} | {r['bm25_mb']} | {r['rss_mb']} | "
            f"{r['p50_ms']} / {r['p95_ms']} | {r['embed_ms']} | {r['retrieve_ms']} | {r['cpu_ms']} | "
            f"{r['load']} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
