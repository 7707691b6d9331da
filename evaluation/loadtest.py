"""Concurrent scripted users against a running app (loopback only): latency and errors.

python -m evaluation.loadtest --url http://127.0.0.1:7860/ --users 20 --seconds 60
Not part of the test command: it takes a minute and measures, it does not assert.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from urllib.parse import urlparse

QUESTIONS = [
    "住院起付线是多少？",
    "我交250档，在三级医院第一次住院，合规费用2万元，能报多少？",
    "冠心病算不算门诊特殊病？",
    "文物安全培训原则上每年至少几次？",
    "野外文物看管员一个月工资多少？",
    "医保每年什么时候交钱？",
    "挖到文物应该怎么办？",
    "地区人民医院的挂号电话是多少？",
]


def run(url: str, users: int, seconds: float, think: float = 0.0) -> dict:
    if urlparse(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("只对本机（loopback）地址做压测。")
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.time() + seconds
    base = url.rstrip("/") + "/gradio_api/run/ask"

    def call(client: httpx.Client, question: str, session: str) -> dict | str:
        """/ask runs outside the queue: one POST, one JSON answer."""
        response = client.post(base, json={"data": [question, session]})
        response.raise_for_status()
        return response.json()["data"][0]

    def user(n: int) -> None:
        i = n
        with httpx.Client(timeout=30) as client:
            while time.time() < deadline:
                question = QUESTIONS[i % len(QUESTIONS)]
                i += 1
                started = time.perf_counter()
                try:
                    result = call(client, question, f"load-{n}")
                    ok = isinstance(result, dict) and result.get("status") != "error"
                except (httpx.HTTPError, ValueError, KeyError) as exc:  # counted, not raised
                    ok, result = False, repr(exc)
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if not ok:
                        errors.append(str(result)[:200])
                time.sleep(think)

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "errors": len(errors),
        "p50_ms": round(statistics.median(ordered) * 1000, 1) if ordered else None,
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1) if ordered else None,
        "max_ms": round(ordered[-1] * 1000, 1) if ordered else None,
        "per_second": round(len(ordered) / seconds, 1),
        "sample_errors": errors[:3],
    }


def first_load(url: str) -> float:
    import httpx

    started = time.perf_counter()
    httpx.get(url, timeout=10).raise_for_status()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description="网页压测（仅限本机）")
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=0.0, help="每个用户两次提问之间的停顿（秒）")
    args = parser.parse_args()
    print(f"首页加载：{first_load(args.url) * 1000:.0f} ms")
    print(run(args.url, args.users, args.seconds, args.think))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
