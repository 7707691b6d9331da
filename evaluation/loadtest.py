"""Load benchmark of the HTTP API over loopback: users without pause, for several worker counts.

python -m evaluation.loadtest [--workers 1,2,4] [--users 20,50,100] [--seconds 30]
                              [--port 7890] [--report evaluation/reports/loadtest.md]
python -m evaluation.loadtest --memory-calls 5000 [--workers 1]   RSS every 500 calls

For each worker count it starts `python -m assistant serve --workers N` on a fresh SQLite
session file, waits for /healthz, warms every worker, then drives it with each number of
concurrent users. A user holds a conversation (its server-issued session) through a script of
questions, a two-turn calculation among them, and starts a new one when the script ends. It
measures, it does not assert. Each row also gives the workers' CPU time per answer (from
/proc) and the machine's load average: other programs on the same cores change the latencies,
much less what an answer costs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

SCRIPT = [
    "住院起付线是多少？",
    "我在三级医院第一次住院花了2万，能报多少？",  # asks back for the tier …
    "250档",  # … which this turn supplies
    "冠心病算不算门诊特殊病？",
    "文物安全培训原则上每年至少几次？",
    "野外文物看管员一个月工资多少？",
    "医保每年什么时候交钱？",
    "挖到文物应该怎么办？",
    "地区人民医院的挂号电话是多少？",
]
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass
class Cell:
    workers: int
    users: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    load_average: float = 0.0
    cpu_seconds: float = 0.0  # the workers' user + system CPU time during the cell
    client_cpu_seconds: float = 0.0  # the load generator's own

    def row(self) -> str:
        ordered = sorted(self.latencies)
        p50 = statistics.median(ordered) * 1000 if ordered else float("nan")
        p95 = ordered[int(0.95 * (len(ordered) - 1))] * 1000 if ordered else float("nan")
        cpu = self.cpu_seconds * 1000 / len(ordered) if ordered else float("nan")
        client = self.client_cpu_seconds * 1000 / len(ordered) if ordered else float("nan")
        return (
            f"| {self.workers} | {self.users} | {len(ordered)} | {len(ordered) / self.seconds:.1f} "
            f"| {p50:.0f} | {p95:.0f} | {len(self.errors)} | {self.peak_rss_mb:.0f} "
            f"| {cpu:.1f} | {client:.1f} | {self.load_average:.1f} |"
        )


HEADER = (
    "| workers | users | answers | answers/s | p50 ms | p95 ms | errors "
    "| peak RSS per worker MB | worker CPU ms per answer | client CPU ms per answer "
    "| load avg (1 min) |\n|---|---|---|---|---|---|---|---|---|---|---|"
)


# --- the server under test ------------------------------------------------------------------


class Server:
    """`python -m assistant serve` in its own process group, stopped by that group's id."""

    def __init__(self, workers: int, port: int, folder: Path) -> None:
        self.url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "NGARI_SESSION_STORE": f"sqlite://{folder}/sessions.db"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--workers", str(workers)]
            + ["--port", str(port), "--log-level", "warning"],
            env=env,
            start_new_session=True,
        )

    def wait_ready(self, workers: int, seconds: float = 600) -> None:
        import httpx

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"服务进程已退出（{self.process.returncode}）。")
            try:
                healthy = httpx.get(self.url + "/healthz", timeout=2).status_code == 200
                if healthy and len(self.workers()) >= workers:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise SystemExit("服务未能在时限内就绪。")

    def workers(self) -> list[int]:
        """The worker processes: children of the uvicorn supervisor (or itself with one worker)."""
        serving = [p for p in _children(self.process.pid) if _rss_mb(p) > 200]
        return serving or [self.process.pid]  # one worker runs in the supervisor itself

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _cpu_seconds(pid: int) -> float:
    """User + system time so far: what a request costs, whatever else runs on the machine."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# --- the users ---------------------------------------------------------------------------------


class Connection:
    """One user's keep-alive HTTP/1.1 connection, written by hand so that the load generator,
    which shares the machine's cores with the server, spends as little CPU as it can."""

    def __init__(self, url: str) -> None:
        parts = urlparse(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: dict) -> tuple[int, dict]:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        reader = self.reader
        payload = json.dumps(body, ensure_ascii=False).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n"
        )
        self.writer.write(head.encode() + payload)
        await self.writer.drain()
        lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = next(
            int(line.split(":", 1)[1])
            for line in lines
            if line.lower().startswith("content-length:")
        )
        data = json.loads(await reader.readexactly(length))
        if any(line.lower() == "connection: close" for line in lines):
            await self.close()
        return status, data

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = self.reader = None


async def _user(url: str, n: int, deadline: float, cell: Cell) -> None:
    turn, session = n % len(SCRIPT), None
    connection = Connection(url)
    while time.monotonic() < deadline:
        question = SCRIPT[turn]
        body = (
            {"question": question}
            if session is None
            else {"question": question, "session": session}
        )
        started = time.perf_counter()
        try:
            status, data = await asyncio.wait_for(connection.post("/v1/ask", body), 60)
            if status == 200 and data.get("status") != "error":
                session = data["session"]
            else:
                cell.errors.append(f"{status} {str(data)[:160]}")
        except Exception as exc:  # counted, not raised: the benchmark reports errors
            cell.errors.append(repr(exc)[:160])
            await connection.close()
        if time.monotonic() < deadline:
            cell.latencies.append(time.perf_counter() - started)
        turn += 1
        if turn == len(SCRIPT):
            turn, session = 0, None  # a new conversation
    await connection.close()


async def _drive(url: str, cell: Cell, server: Server | None) -> None:
    deadline = time.monotonic() + cell.seconds
    sampler = asyncio.create_task(_sample(server, cell, deadline)) if server else None
    await asyncio.gather(*(_user(url, n, deadline, cell) for n in range(cell.users)))
    if sampler:
        await sampler


async def _sample(server: Server, cell: Cell, deadline: float) -> None:
    pids = server.workers()
    while time.monotonic() < deadline:
        cell.peak_rss_mb = max([cell.peak_rss_mb, *(_rss_mb(p) for p in pids)])
        await asyncio.sleep(0.5)


def run_cell(url: str, workers: int, users: int, seconds: float, server: Server | None) -> Cell:
    cell = Cell(workers, users, seconds, load_average=os.getloadavg()[0])
    pids = server.workers() if server else []
    before, client = sum(_cpu_seconds(p) for p in pids), time.process_time()
    asyncio.run(_drive(url, cell, server))
    cell.cpu_seconds = sum(_cpu_seconds(p) for p in pids) - before
    cell.client_cpu_seconds = time.process_time() - client
    return cell


def warm(url: str, workers: int) -> None:
    cell = Cell(workers, 2 * workers, 5)
    asyncio.run(_drive(url, cell, None))


# --- memory over many calls ---------------------------------------------------------------


def memory_run(url: str, calls: int, server: Server) -> list[tuple[int, float]]:
    """RSS of the workers (sum, MB) after every 500 calls from 10 concurrent users."""
    import httpx

    points = [(0, sum(_rss_mb(p) for p in server.workers()))]

    async def batch(n: int) -> None:
        async with httpx.AsyncClient(timeout=60) as client:
            queue = list(range(n))

            async def one() -> None:
                while queue:
                    i = queue.pop()
                    body = {"question": SCRIPT[i % len(SCRIPT)]}
                    if i % 3 == 0:
                        await client.post(
                            url + "/v1/calc",
                            json={
                                "calculator": "inpatient",
                                "inputs": {"tier": 250, "level": "三级", "cost": str(10000 + i)},
                            },
                        )
                    else:
                        await client.post(url + "/v1/ask", json=body)

            await asyncio.gather(*(one() for _ in range(10)))

    done = 0
    while done < calls:
        asyncio.run(batch(500))
        done += 500
        points.append((done, sum(_rss_mb(p) for p in server.workers())))
        print(f"{done} 次调用后：工作进程常驻内存合计 {points[-1][1]:.0f} MB", flush=True)
    return points


# --- command line --------------------------------------------------------------------------


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.loadtest", description="HTTP 接口压测（仅限本机）"
    )
    parser.add_argument("--workers", default="1,2,4", help="工作进程数，逗号分隔")
    parser.add_argument("--users", default="20,50,100", help="并发用户数（不停顿），逗号分隔")
    parser.add_argument("--seconds", type=float, default=30, help="每种组合的测量时长（秒）")
    parser.add_argument("--port", type=int, default=7890, help="被测服务的端口（本机）")
    parser.add_argument("--url", help="压测已在运行的服务（只测一种工作进程数）")
    parser.add_argument("--memory-calls", type=int, default=0, help="改为测内存：调用次数")
    parser.add_argument("--report", type=Path, help="Markdown 表格写到此文件")
    args = parser.parse_args(argv)

    if args.url:
        if urlparse(args.url).hostname not in LOOPBACK:
            raise SystemExit("只对本机（loopback）地址做压测。")
        lines = [HEADER]
        for users in _ints(args.users):
            cell = run_cell(args.url.rstrip("/"), 0, users, args.seconds, None)
            lines.append(cell.row())
            print(lines[-1], flush=True)
        _write(args.report, lines)
        return 0

    lines = [HEADER]
    for workers in _ints(args.workers):
        with tempfile.TemporaryDirectory(prefix="loadtest-") as folder:
            server = Server(workers, args.port, Path(folder))
            try:
                started = time.monotonic()
                server.wait_ready(workers)
                print(
                    f"{workers} 个工作进程就绪，用时 {time.monotonic() - started:.1f} 秒；"
                    f"每个进程常驻内存 {', '.join(f'{_rss_mb(p):.0f}' for p in server.workers())} MB",
                    flush=True,
                )
                if args.memory_calls:
                    memory_run(server.url, args.memory_calls, server)
                    continue
                warm(server.url, workers)
                for users in _ints(args.users):
                    cell = run_cell(server.url, workers, users, args.seconds, server)
                    lines.append(cell.row())
                    print(lines[-1], flush=True)
                    if cell.errors:
                        print("  错误示例：", cell.errors[:3], flush=True)
            finally:
                server.stop()
    if not args.memory_calls:
        _write(args.report, lines)
    return 0


def _write(report: Path | None, lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    print(text)
    if report:
        report.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
