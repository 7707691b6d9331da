"""Soak: many requests through one in-process assistant; does memory stay flat, latency steady?

Two phases, as a busy service sees them: independent requests (each its own conversation), and
one long conversation (every turn in the same state). Resident memory (RSS, from /proc) and
latency are sampled in windows; memory counts as flat when, after a warm-up, it grows by less
than `FLAT_MB`, measured both end to end and by the fitted slope over the same span.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.state import State

FLAT_MB = 25.0
WARMUP = 0.1  # the first tenth of a phase fills caches; growth is measured after it

# Question shapes written from the regulation texts (not from any evaluation set), filled with
# varied figures so that no two requests in a row are the same text.
LOOKUPS = [
    "{level}医院住院的起付线是多少？",
    "城乡居民医保个人缴费有哪几档？",
    "门诊特殊病包括哪些病种？",
    "普通门诊一年最多报多少？",
    "哪些医疗费用医保基金不予支付？",
    "野外文物看管人员要符合什么条件？",
    "看管员每月的工资标准是多少？",
    "发现文物应当向哪个部门报告？",
    "文物安全培训每年至少几次？",
    "“四好农村路”养护补贴怎么分担？",
    "高校毕业生就业有哪些扶持政策？",
    "创三甲工作由哪个部门牵头？",
    "{county}的居民在哪里办理参保登记？",
    "新生儿出生后多久内参保？",
    "医保办法第{article}条是怎么规定的？",
]
CALCULATIONS = [
    "我交{tier}档，在{level}医院第{order}次住院，花了{cost}元，能报多少？",
    "交{tier}档的，{level}医院住院合规费用{cost}元，医保报多少？",
    "我是县级文物看管员，干了{months}个月，工资一共多少？",
    "今年看普通门诊花了{small}元，能报多少？",
    "我今年{age}岁，城乡居民医保个人要交多少钱？",
]
SHORT_TURNS = [
    "那{level}医院呢？",
    "如果花了{cost}元呢？",
    "换成{tier}档呢？",
    "第二次住院呢？",
    "住院起付线是多少？",
    "为什么没有全报？",
    "这条规定在哪个文件里？",
    "我交{tier}档，在{level}医院第一次住院，花了{cost}元，能报多少？",
]
ODD = [
    "你好",
    "北京市职工医保报销比例是多少？",
    "<b>住院</b>能报多少？",
    "😀😀😀",
    "医保" * 200 + "起付线多少？",
    "What is the deductible for a hospital stay?",
]
SLOTS: dict[str, list[Any]] = {
    "level": ["一级", "二级", "三级", "县", "地区"],
    "tier": [60, 120, 250],
    "order": ["一", "二", "三"],
    "cost": list(range(800, 60_000, 733)),
    "months": list(range(1, 13)),
    "small": list(range(50, 900, 37)),
    "age": list(range(1, 90, 7)),
    "county": ["噶尔县", "普兰县", "札达县", "日土县", "革吉县", "改则县", "措勤县"],
    "article": ["十", "二十二", "二十四", "三十", "八"],
}


OPENERS = ["", "", "请问", "你好，", "麻烦问一下，", "想咨询一下：", "我想知道"]


def varied(templates: list[str], rng: random.Random) -> str:
    template = rng.choice(templates)
    text = template.format(**{k: rng.choice(v) for k, v in SLOTS.items()})
    return rng.choice(OPENERS) + text


def request_stream(n: int, seed: int = 0) -> Iterator[str]:
    """Mostly lookups and calculations, some small talk, other places and hostile input."""
    rng = random.Random(seed)
    for _ in range(n):
        roll = rng.random()
        pool = LOOKUPS if roll < 0.55 else CALCULATIONS if roll < 0.9 else ODD
        yield varied(pool, rng)


def turn_stream(n: int, seed: int = 0) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(n):
        yield varied(SHORT_TURNS if rng.random() < 0.8 else LOOKUPS, rng)


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; 0 where it is not available)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass
class Window:
    upto: int  # requests done at the end of this window
    rss_mb: float
    p50_ms: float
    p95_ms: float
    state_chars: int = 0  # the conversation state's stored size (one long conversation only)


@dataclass
class Phase:
    name: str
    planned: int
    done: int = 0
    errors: int = 0  # requests that raised
    seconds: float = 0.0
    stopped: str = ""  # why the phase ended early, if it did
    windows: list[Window] = field(default_factory=list)

    def _after_warmup(self) -> list[Window]:
        start = max(1, int(len(self.windows) * WARMUP))
        return self.windows[start - 1 :] if len(self.windows) > 1 else self.windows

    @property
    def growth_mb(self) -> float:
        kept = self._after_warmup()
        return kept[-1].rss_mb - kept[0].rss_mb if kept else 0.0

    @property
    def slope_mb_per_1k(self) -> float:
        """Least-squares slope of RSS over requests after the warm-up, per 1,000 requests."""
        kept = self._after_warmup()
        if len(kept) < 3:
            return 0.0
        xs = [w.upto for w in kept]
        ys = [w.rss_mb for w in kept]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        var = sum((x - mx) ** 2 for x in xs)
        return (
            0.0
            if var == 0
            else sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var * 1_000
        )

    @property
    def flat(self) -> bool:
        kept = self._after_warmup()
        span = kept[-1].upto - kept[0].upto if kept else 0
        return self.growth_mb < FLAT_MB and self.slope_mb_per_1k * span / 1_000 < FLAT_MB


def run_phase(
    name: str,
    ask: Callable[[str], Any],
    texts: Iterator[str],
    planned: int,
    window: int,
    max_seconds: float | None = None,
    progress: Callable[[str], None] | None = None,
    state: State | None = None,
) -> Phase:
    phase = Phase(name, planned)
    size = (lambda: len(state.dumps())) if state is not None else (lambda: 0)
    latencies: list[float] = []
    started = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        try:
            ask(text)
        except Exception:  # counted, not fatal: a soak measures the service, not one answer
            phase.errors += 1
        latencies.append((time.perf_counter() - t0) * 1000)
        phase.done += 1
        if len(latencies) == window or phase.done == planned:
            ordered = sorted(latencies)
            phase.windows.append(
                Window(
                    phase.done,
                    rss_mb(),
                    ordered[len(ordered) // 2],
                    ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))],
                    size(),
                )
            )
            latencies = []
            if progress:
                w = phase.windows[-1]
                progress(
                    f"{name}: {w.upto}/{planned}  RSS {w.rss_mb:.0f} MB  p50 {w.p50_ms:.0f} ms"
                )
        if max_seconds is not None and time.perf_counter() - started > max_seconds:
            phase.stopped = f"达到时间上限 {max_seconds:.0f} 秒"
            break
    if latencies:
        ordered = sorted(latencies)
        phase.windows.append(
            Window(phase.done, rss_mb(), ordered[len(ordered) // 2], ordered[-1], size())
        )
    phase.seconds = time.perf_counter() - started
    return phase


def soak(
    assistant: Any,
    requests: int = 10_000,
    turns: int = 1_000,
    window: int = 250,
    turn_window: int = 50,
    max_seconds: float | None = None,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> list[Phase]:
    """Independent requests (a fresh state each), then one conversation of `turns` turns."""
    independent = run_phase(
        "独立请求",
        lambda text: assistant.ask(text, State()),
        request_stream(requests, seed),
        requests,
        window,
        max_seconds,
        progress,
    )
    state = State()
    conversation = run_phase(
        "同一会话",
        lambda text: assistant.ask(text, state),
        turn_stream(turns, seed),
        turns,
        turn_window,
        max_seconds,
        progress,
        state,
    )
    return [independent, conversation]


def report(phases: list[Phase], load_seconds: float, start_rss: float) -> str:
    lines = [
        "# 浸泡测试（soak）",
        "",
        f"模型与索引加载 {load_seconds:.1f} 秒，加载后常驻内存 {start_rss:.0f} MB。"
        f"“平稳”：预热（前 {WARMUP:.0%}）之后内存增长 < {FLAT_MB:.0f} MB，"
        f"按拟合斜率推算的同期增长也 < {FLAT_MB:.0f} MB。",
        "",
        "| 阶段 | 请求 | 错误 | 用时 | 内存 起→止（峰值） | 预热后增长 | 斜率 /千次 | 内存平稳 "
        "| 首个窗口 p50 / p95 | 末个窗口 p50 / p95 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for p in phases:
        if not p.windows:
            lines.append(f"| {p.name} | 0 | — | — | — | — | — | — | — | — |")
            continue
        first, last = p.windows[0], p.windows[-1]
        peak = max(w.rss_mb for w in p.windows)
        done = f"{p.done:,}" + (f"（计划 {p.planned:,}，{p.stopped}）" if p.stopped else "")
        lines.append(
            f"| {p.name} | {done} | {p.errors} | {p.seconds:.0f} 秒 "
            f"| {first.rss_mb:.0f} → {last.rss_mb:.0f}（{peak:.0f}）MB | {p.growth_mb:+.1f} MB "
            f"| {p.slope_mb_per_1k:+.2f} MB | {'是' if p.flat else '否'} "
            f"| {first.p50_ms:.0f} / {first.p95_ms:.0f} ms | {last.p50_ms:.0f} / {last.p95_ms:.0f} ms |"
        )
    conversation = [p for p in phases if any(w.state_chars for w in p.windows)]
    for p in conversation:
        sizes = [w.state_chars for w in p.windows]
        lines += [
            "",
            f"{p.name}的会话状态（State.dumps() 字符数）：首个窗口 {sizes[0]:,}，"
            f"最大 {max(sizes):,}，最后 {sizes[-1]:,}。",
        ]
    lines += ["", "每个窗口（请求数、内存 MB、p50 ms、p95 ms[、会话状态字符数]）：", ""]
    for p in phases:
        cells = "；".join(
            f"{w.upto}: {w.rss_mb:.0f} MB, {w.p50_ms:.0f}/{w.p95_ms:.0f} ms"
            + (f", {w.state_chars}" if w.state_chars else "")
            for w in p.windows
        )
        lines.append(f"- {p.name}：{cells}")
    return "\n".join(lines) + "\n"
