"""The web page: 问答 for citizens, 办事 for clerks, 出题 for trainers, 文件 to browse.

`build()` composes one function per tab (web/chat.py, web/clerk.py, web/trainer.py,
web/documents.py) and the scripted endpoints /session, /ask, /calc, /quiz. Conversations live
in a session store (web/sessions.py over assistant/sessions.py); `python app.py` uses the
shared one (`open_store()`: NGARI_SESSION_STORE, default SQLite in the cache folder), the same
the HTTP API uses. `python app.py [--host H] [--port P]`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from assistant.sessions import SessionStore, UnknownSession
from web import services
from web.chat import chat_tab
from web.clerk import clerk_tab
from web.documents import documents_tab
from web.errors import guarded
from web.page_html import TRANSLATIONS, ChinesePage
from web.sessions import PageSessions
from web.trainer import trainer_tab

CSS = """
#chatbot { min-height: 360px; }
#chatbot table td:last-child, #chatbot table th:last-child,
.calc-result table td:last-child, .calc-result table th:last-child { white-space: nowrap; }
.field-error, .field-error * { color: #b91c1c !important; }
@media (max-width: 600px) {
  #chatbot { height: 55vh !important; }
  #chatbot .message-row { margin-left: 4px !important; margin-right: 4px !important; }
  #chatbot table, .calc-result table { font-size: 0.9em; }
  #chatbot td, #chatbot th, .calc-result td, .calc-result th { padding: 6px 8px !important; }
}
"""
# gradio scopes CSS to the app's content; the outer padding (32px a side) needs a plain style
HEAD = """<style>
@media (max-width: 600px) {
  .gradio-container .main.fillable { padding-left: 6px !important; padding-right: 6px !important; }
}
</style>"""
UNKNOWN_SESSION = "会话号不存在或已过期：请先调用 /session 取得新的会话号，再用它提问。"


def _split(text: str) -> list[str]:
    return [t.strip() for t in (text or "").replace("，", ",").split(",") if t.strip()]


class Api:
    """The scripted endpoints; conversations only under ids the server issued (`session`)."""

    def __init__(self, sessions: PageSessions) -> None:
        self.sessions = sessions

    def session(self) -> str:
        """A new conversation: returns the id to pass to /ask."""
        return self.sessions.store.create()

    def ask(self, question: str, session: str = "") -> dict:
        """A question in, the assistant's JSON object out; calls with one issued `session` id
        are one conversation, an id the server did not issue (or that expired) is refused."""
        if not session:
            response, _ = services.ask(question, None)
            return response
        try:
            state = self.sessions.store.load(session)
        except UnknownSession:
            return {
                "status": "error",
                "answer": UNKNOWN_SESSION,
                "citations": [],
                "calculation": None,
                "follow_up": None,
                "error": UNKNOWN_SESSION,
            }
        response, state = services.ask(question, state)
        self.sessions.save(session, state)
        return response

    @staticmethod
    def calc(name: str, inputs: str = "{}") -> dict:
        """A calculator by name on a JSON object of inputs."""
        return services.calc(name, inputs)

    @staticmethod
    def quiz(
        n: int = 20, types: str = "单选,多选,判断,填空", documents: str = "", seed: int = 0
    ) -> dict:
        """A question bank (JSON) from the relic documents, or the documents named (comma-separated)."""
        bank, _ = services.quiz(n, _split(types), _split(documents), seed, files=False)
        return bank


def build(store: SessionStore | None = None) -> gr.Blocks:
    """The page; `store` holds the conversations (a memory store unless one is given)."""
    sessions = PageSessions(store)
    with gr.Blocks(title="阿里地区政策问答助手", delete_cache=(3600, 3600)) as demo:
        gr.Markdown(
            "## 阿里地区政策问答助手\n依据阿里地区2020年公报，回答时注明条文；报销、缴费等金额按规定精确计算。"
        )
        with gr.Tabs():
            chat_tab(sessions)
            clerk_tab()
            trainer_tab()
            documents_tab()
        # closing or reloading the tab ends its conversation

        def end_tab(request: gr.Request) -> None:
            sessions.close_tab(getattr(request, "session_hash", None))

        demo.unload(end_tab)
        api = Api(sessions)
        gr.api(guarded(api.session), api_name="session", queue=False)
        gr.api(guarded(api.ask), api_name="ask", queue=False)
        gr.api(guarded(api.calc), api_name="calc")
        gr.api(guarded(api.quiz), api_name="quiz", concurrency_limit=2, concurrency_id="quiz")
    demo.page_sessions = sessions  # for tests and operators: the store the page uses
    return demo


def launch_options(host: str, port: int) -> dict[str, Any]:
    """Raw exception text never reaches citizens (handlers log it and say so in Chinese)."""
    return {
        "server_name": host,
        "server_port": port,
        "css": CSS,
        "head": HEAD,
        "show_error": False,
        "footer_links": ["api"],
        "app_kwargs": {"middleware": [Middleware(ChinesePage)]},
        "i18n": gr.I18n(**TRANSLATIONS),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="阿里地区政策问答助手（网页）")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # many users at once: one torch thread per request beats requests fighting over both cores
    os.environ.setdefault("NGARI_TORCH_THREADS", "1")
    print(
        "正在加载文件库、嵌入模型和索引（首次运行需转换模型并建索引，约半分钟）……",
        file=sys.stderr,
        flush=True,
    )
    services.assistant(progress=True)
    # the page keeps its conversations in the same store as the HTTP API (NGARI_SESSION_STORE,
    # default: SQLite in the cache folder), so no conversation lives only in this process
    from assistant.sessions import StoreConfigError, open_store

    try:
        store = open_store()
    except StoreConfigError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    demo = build(store)
    demo.queue(default_concurrency_limit=8, max_size=256)
    print(f"已就绪：http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    demo.launch(**launch_options(args.host, args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
