"""`python -m assistant serve`: the API on uvicorn with N worker processes.

Kept free of heavy imports: `add_serve_parser` runs on every CLI start.
"""

from __future__ import annotations

import argparse
import os

DEFAULT_PORT = 8000


def add_serve_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "serve",
        help="启动 HTTP JSON 接口（多个工作进程）",
        description="启动 HTTP JSON 接口：/v1/ask、/v1/calc、/v1/quiz、/v1/documents、/healthz；"
        "接口说明在 /openapi.json。每个工作进程启动时各自加载模型和索引。",
    )
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认只在本机）")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="端口")
    parser.add_argument(
        "--workers", type=int, default=1, help="工作进程数（建议不超过 CPU 核数，见 README）"
    )
    parser.add_argument(
        "--store",
        default=None,
        help="会话存储：sqlite:///路径 或 redis://主机:端口/库号（默认 NGARI_SESSION_STORE，"
        "再默认缓存目录下的 SQLite 文件）",
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn 日志级别")
    parser.add_argument("--access-log", action="store_true", help="记录每个请求（默认关闭）")
    parser.set_defaults(func=serve)
    return parser


def serve(args: argparse.Namespace) -> int:
    import sys

    from assistant.sessions import StoreConfigError, open_store

    if args.workers < 1:
        print("错误：--workers 至少为 1。", file=sys.stderr)
        return 2
    try:
        open_store(args.store or None).ping()  # fail here, once, rather than in every worker
    except StoreConfigError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # unreachable server, unwritable file
        print(f"错误：无法打开会话存储：{type(exc).__name__}", file=sys.stderr)
        return 2
    if args.store:  # only a store that opened is handed to the workers
        os.environ["NGARI_SESSION_STORE"] = args.store
    try:
        open_store().ping()
    except StoreConfigError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # unreachable server, unwritable file
        print(f"错误：无法打开会话存储：{type(exc).__name__}", file=sys.stderr)
        return 2
    # each request runs on one thread; torch's own thread pool per worker only oversubscribes
    os.environ.setdefault("NGARI_TORCH_THREADS", "1")
    import uvicorn

    uvicorn.run(
        "serving.api:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        access_log=args.access_log,
        timeout_graceful_shutdown=10,
    )
    return 0
