"""One API worker on the stand-in embedder, as its own process: python -m tests.api_server PORT DIR

The process-level tests start two of these on one SQLite session file, the way uvicorn's
workers (or two machines) share a store, without loading the real model.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path


def free_port(first: int = 7880, last: int = 7899) -> int:
    for port in range(first, last + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free loopback port in {first}-{last}")


def main() -> None:
    import uvicorn

    from assistant.engine import Assistant
    from assistant.sessions import open_store
    from corpus import load_corpus
    from index.search import Searcher
    from serving.api import Services, create_app
    from tests.fakes import FakeEmbedder

    port, folder = int(sys.argv[1]), Path(sys.argv[2])
    assistant = Assistant(Searcher(load_corpus(), FakeEmbedder(), folder / "index"))
    app = create_app(Services(assistant, open_store()))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
