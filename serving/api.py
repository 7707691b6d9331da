"""The FastAPI app: routes, limits and error handling; the work is the CLI's own functions.

One app per worker process: `create_app()` loads the model, index and corpus at startup (the
lifespan), opens the session store named by NGARI_SESSION_STORE, and answers with the same JSON
objects as `python -m assistant ask|calc|quiz` and `python -m corpus list|show`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Annotated, Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from assistant.sessions import SessionStore, UnknownSession, open_store, store_errors
from assistant.state import State
from serving import errors
from serving.bodies import MAX_BODY_BYTES, BodyLimit, StrictJSONRoute
from serving.errors import ApiError
from serving.models import (
    AskRequest,
    AskResponse,
    CalcRequest,
    CalcResponse,
    ErrorBody,
    Health,
    QuizRequest,
    QuizResponse,
)

log = logging.getLogger("serving")
T = TypeVar("T")
# threads per worker doing the blocking work (see `_offload`)
API_THREADS = max(1, int(os.environ.get("NGARI_API_THREADS", "2") or 2))

UNKNOWN_SESSION = (
    "会话不存在或已过期（会话闲置两小时后失效，且只能使用服务器发给你的 session）。"
    "请不带 session 重新提问，开始新的对话。"
)
STORE_DOWN = "会话存储暂时不可用，请稍后再试。"
ERRORS = {
    400: {"model": ErrorBody, "description": "请求有误（中文说明）"},
    413: {"model": ErrorBody, "description": "请求体太大"},
    422: {"model": ErrorBody, "description": "字段不符合要求"},
    500: {"model": ErrorBody, "description": "服务器内部错误（不含异常细节）"},
}


@dataclass
class Services:
    """What each worker holds: the assistant (model, index, corpus) and the session store."""

    assistant: Any  # assistant.engine.Assistant (or a test's stand-in with the same `ask`)
    store: SessionStore

    @property
    def corpus(self):
        return self.assistant.corpus


def _load_services() -> Services:
    from assistant.engine import Assistant

    return Services(Assistant(), open_store())


def create_app(services: Services | None = None) -> FastAPI:
    """Without `services`, each worker loads its own at startup (uvicorn --factory)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if services is None:
            app.state.services = _load_services()
            log.info("worker %d ready", os.getpid())
        yield

    app = FastAPI(
        title="阿里地区政策问答助手 API",
        version="1",
        description="问答（多轮对话）、计算器、出题与条文查询；返回与命令行相同的 JSON 对象。",
        lifespan=lifespan,
    )
    app.router.route_class = StrictJSONRoute
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    if services is not None:
        app.state.services = services
    app.add_exception_handler(ApiError, errors.http_error)
    app.add_exception_handler(HTTPException, errors.http_error)
    app.add_exception_handler(RequestValidationError, errors.validation_error)
    app.add_exception_handler(Exception, errors.internal_error)
    _routes(app)
    return app


def _services(request: Request) -> Services:
    return request.app.state.services


async def _offload(request: Request, fn: Callable[..., T], *args: Any) -> T:
    """Blocking work runs on a few threads per worker, not on dozens.

    The work is CPU-bound Python under one interpreter lock: more threads than cores only make
    every request wait for all the others, and starve the event loop that reads and writes the
    HTTP messages. Requests beyond the limit wait their turn in order.
    """
    state = request.app.state
    if getattr(state, "limiter", None) is None:
        state.limiter = anyio.CapacityLimiter(API_THREADS)
    return await anyio.to_thread.run_sync(partial(fn, *args), limiter=state.limiter)


def _store_call(fn: Callable[..., T], *args: Any) -> T:
    try:
        return fn(*args)
    except store_errors():
        log.exception("session store failed")
        raise ApiError(503, "store_unavailable", STORE_DOWN) from None


def _routes(app: FastAPI) -> None:
    @app.post("/v1/ask", response_model=AskResponse, responses=ERRORS | {404: {"model": ErrorBody}})
    async def ask(body: AskRequest, request: Request) -> JSONResponse:
        """一个问题，一个回答。带上次返回的 session 即继续同一对话（在任何工作进程上）。"""
        return await _offload(request, _ask, _services(request), body)

    @app.delete(
        "/v1/sessions/{session}", status_code=204, responses={204: {"description": "已清除"}}
    )
    async def end_session(
        session: Annotated[str, Path(max_length=100)], request: Request
    ) -> Response:
        """清除一段对话（如柜台电脑上换人时）；之后再用这个 session 会得到 404。"""
        await _offload(request, _store_call, _services(request).store.drop, session)
        return Response(status_code=204)

    @app.post("/v1/calc", response_model=CalcResponse, responses=ERRORS)
    async def calc(body: CalcRequest, request: Request) -> JSONResponse:
        """计算器：与 `python -m assistant calc NAME --json '{…}'` 相同的对象。"""
        return await _offload(request, _calc, _services(request), body)

    @app.post("/v1/quiz", response_model=QuizResponse, responses=ERRORS)
    async def quiz(body: QuizRequest, request: Request) -> JSONResponse:
        """题库 JSON（与 `quiz --out 题库.json` 相同），不写任何文件。"""
        return await _offload(request, _quiz, _services(request), body)

    @app.get("/v1/documents")
    async def documents(request: Request) -> JSONResponse:
        """全部文件（与 `python -m corpus list --json` 相同）。"""
        return JSONResponse([d.summary() for d in _services(request).corpus.documents])

    @app.get("/v1/documents/{doc}/units/{label}", responses={404: {"model": ErrorBody}})
    async def unit(
        doc: Annotated[str, Path(max_length=100, description="文件 id、标题片段或简称")],
        label: Annotated[str, Path(max_length=40, description="如 第二十二条、22、五、（四）")],
        request: Request,
    ) -> JSONResponse:
        """一条条文或一节（与 `python -m corpus show DOC LABEL --json` 相同）。"""
        return await _offload(request, _unit, _services(request), doc, label)

    @app.get("/healthz", response_model=Health, responses={503: {"model": ErrorBody}})
    async def healthz(request: Request) -> JSONResponse:
        """负载均衡器用：本进程已加载文件库和模型，会话存储可用。"""
        services = _services(request)
        await _offload(request, _store_call, services.store.ping)
        return JSONResponse(
            {
                "status": "ok",
                "documents": len(services.corpus.documents),
                "sessions": getattr(services.store, "kind", type(services.store).__name__),
                "pid": os.getpid(),
            }
        )


def _ask(services: Services, body: AskRequest) -> JSONResponse:
    store = services.store
    if body.session is None:
        sid, state = _store_call(store.create), State()
    else:
        sid = body.session
        try:
            state = _store_call(store.load, sid)
        except UnknownSession:
            raise ApiError(404, "unknown_session", UNKNOWN_SESSION, "session") from None
    data = services.assistant.ask(body.question, state).to_dict()
    try:
        _store_call(store.save, sid, state)
    except UnknownSession:  # dropped or expired while this turn ran
        raise ApiError(404, "unknown_session", UNKNOWN_SESSION, "session") from None
    data["session"] = sid
    status = 400 if data["status"] == "error" else 200
    return JSONResponse(data, status, headers={"X-Worker-Pid": str(os.getpid())})


def _calc(services: Services, body: CalcRequest) -> JSONResponse:
    from assistant.calculators import CALCULATORS
    from assistant.calculators.service import calculate

    if body.calculator not in CALCULATORS:
        message = f"没有名为“{body.calculator}”的计算器，可用：{'、'.join(CALCULATORS)}。"
        raise ApiError(400, "unknown_calculator", message, "calculator")
    # numbers reach the calculators as exact decimal text, as from the command line
    inputs = {k: str(v) if isinstance(v, Decimal) else v for k, v in body.inputs.items()}
    data = calculate(body.calculator, inputs, services.corpus)
    return JSONResponse(data, 400 if data["status"] == "error" else 200)


def _quiz(services: Services, body: QuizRequest) -> JSONResponse:
    from assistant.quiz import QuizError, generate, papers

    request = {"types": body.types or None, "documents": body.docs or None}
    request["chapters"] = body.chapters
    try:
        if body.ab:
            first, second = papers(services.corpus, body.n, seed=body.seed, **request)
            return JSONResponse({"status": "ok", **first.to_dict(), "paper_b": second.to_dict()})
        bank = generate(services.corpus, body.n, seed=body.seed, **request)
    except QuizError as exc:
        raise ApiError(400, "invalid_quiz", str(exc)) from None
    return JSONResponse({"status": "ok", **bank.to_dict()})


def _unit(services: Services, doc: str, label: str) -> JSONResponse:
    from corpus import NotFoundError

    corpus = services.corpus
    try:
        found = corpus.unit(doc, label)
    except NotFoundError as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    data = found.to_dict()
    parent = corpus.document_by_id(found.doc_id)
    data["doc_title"] = parent.title if parent else ""
    data["parent_title"] = parent.parent_title if parent else None
    return JSONResponse(data)
