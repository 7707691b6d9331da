"""Reading request bodies strictly: exact decimals, bounded depth and numbers, valid text only.

FastAPI reads a JSON body with `request.json()`; the route class here swaps in a request whose
`json()` keeps money exact (`Decimal`, never float), refuses NaN/Infinity, integers longer than
a money figure could be, nesting deeper than any request needs, invalid UTF-8 and lone
surrogates (which cannot be stored or sent back) — each with its own Chinese message.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from decimal import Decimal
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from serving.errors import ApiError

MAX_BODY_BYTES = 64 * 1024
MAX_DEPTH = 8
MAX_DIGITS = 30


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ApiError(400, "number_too_long", f"数字太长：整数最多 {MAX_DIGITS} 位。")
    return int(text)


def _constant(name: str) -> Any:
    raise ApiError(400, "invalid_number", f"JSON 中不允许 {name}：请给出具体的数字。")


def _depth(text: str) -> int:
    """Deepest [ / { nesting outside strings, found before the parser recurses into it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _check_text(value: Any) -> None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ApiError(
                400, "invalid_text", "请求中含有无效的 Unicode 字符（孤立的代理项，如 \\ud800）。"
            ) from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            _check_text(item)
    elif isinstance(value, list):
        for item in value:
            _check_text(item)


def parse_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_utf8", "请求体不是有效的 UTF-8 文本。") from None
    if text.count("[") + text.count("{") > MAX_DEPTH and _depth(text) > MAX_DEPTH:
        raise ApiError(400, "too_deep", f"JSON 嵌套太深：最多 {MAX_DEPTH} 层。")
    value = json.loads(text, parse_float=Decimal, parse_int=_int, parse_constant=_constant)
    _check_text(value)
    return value


class StrictJSONRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = parse_json(await self.body())
        return self._json


class StrictJSONRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            return await handler(StrictJSONRequest(request.scope, request.receive))

        return strict


def too_large() -> ApiError:
    return ApiError(413, "too_large", f"请求体太大：最多 {MAX_BODY_BYTES // 1024} KB。")


class BodyLimit:
    """Refuses bodies over the limit by their Content-Length, or while they stream in."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            from fastapi.responses import JSONResponse

            from serving.errors import body

            error = too_large()
            await JSONResponse(body(error.message, error.code), 413)(scope, receive, send)
            return
        total = 0

        async def limited() -> Any:
            nonlocal total
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > self.limit:
                    raise too_large()  # an HTTPException: FastAPI passes it to our handler
            return message

        await self.app(scope, limited, send)
