"""Every failure as a short JSON body in Chinese: what was wrong and what is allowed.

No exception text or traceback reaches a client: unexpected errors are logged here with their
traceback and answered 500 with one fixed sentence.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

log = logging.getLogger("serving")

INTERNAL = "服务器内部错误，请稍后再试（错误已记录）。"


class ApiError(HTTPException):
    """An error we mean to show: HTTP status, a machine-readable code, a Chinese message."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(status_code=status, detail=message)
        self.code = code
        self.message = message
        self.field = field


def body(message: str, code: str, field: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"status": "error", "error": message, "code": code}
    if field:
        data["field"] = field
    return data


_BY_STATUS = {
    400: ("bad_request", "请求无法读取：请发送 JSON 对象（Content-Type: application/json）。"),
    404: ("not_found", "没有这个接口。可用接口见 /openapi.json。"),
    405: ("method_not_allowed", "这个接口不支持该请求方法。可用接口见 /openapi.json。"),
    413: ("too_large", None),  # filled in with the limit
    415: ("unsupported_media_type", "请求体应为 JSON（Content-Type: application/json）。"),
}


def http_error(request: Request, exc: HTTPException) -> JSONResponse:
    if isinstance(exc, ApiError):
        return JSONResponse(body(exc.message, exc.code, exc.field), exc.status_code)
    from serving.bodies import MAX_BODY_BYTES

    code, message = _BY_STATUS.get(exc.status_code, ("http_error", "请求未能处理。"))
    if exc.status_code == 413:
        message = f"请求体太大：最多 {MAX_BODY_BYTES // 1024} KB。"
    return JSONResponse(body(message, code), exc.status_code, headers=exc.headers)


_REASONS = {
    "string_type": "应为文字（字符串）",
    "string_too_short": "不能为空",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数，不能有小数",
    "bool_type": "应为 true 或 false",
    "list_type": "应为列表（数组）",
    "dict_type": "应为 JSON 对象",
    "model_type": "应为 JSON 对象",
    "model_attributes_type": "应为 JSON 对象",
    "decimal_type": "应为数字",
}


MIXED = "的类型不对：应为数字、文字、true/false，或由文字组成的列表"


def _reason(error: dict[str, Any]) -> str:
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "string_too_long":
        return f"太长：最多 {ctx.get('max_length')} 个字符"
    if kind == "too_long":
        return f"太多：最多 {ctx.get('max_length')} 项"
    if kind in ("greater_than_equal", "greater_than"):
        return f"太小：应不小于 {ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"太大：应不大于 {ctx.get('le', ctx.get('lt'))}"
    return _REASONS.get(kind, "取值不符合要求")


def _sentence(name: str, error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return f"缺少字段 {name}"
    if kind == "extra_forbidden":
        return f"不认识的字段 {name}（可用字段见 /openapi.json）"
    return f"字段 {name} {_reason(error)}"


def _field(loc: tuple[Any, ...]) -> str:
    # union members add their type name to the location; keep only real field names and indexes
    names = [
        str(p)
        for p in loc[1:]
        if isinstance(p, int) or (isinstance(p, str) and p.isidentifier() and not p[:1].isupper())
    ]
    return ".".join(n for n in names if n not in ("str", "int", "bool", "list", "decimal"))


def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        return JSONResponse(body("请求体不是有效的 JSON。", "invalid_json"), 400)
    if not errors:
        return JSONResponse(body("请求不符合要求。", "invalid"), 422)
    first = errors[0]
    if first.get("loc") == ("body",) or (
        len(first.get("loc", ())) == 1 and first.get("type") in ("model_attributes_type", "missing")
    ):
        return JSONResponse(
            body("请求体应为 JSON 对象（Content-Type: application/json）。", "invalid"), 422
        )
    by_field: dict[str, list[dict[str, Any]]] = {}
    for error in errors:
        by_field.setdefault(_field(tuple(error.get("loc", ()))) or "（请求体）", []).append(error)
    parts = [
        _sentence(name, found[0]) if len(found) == 1 else f"字段 {name} {MIXED}"
        for name, found in list(by_field.items())[:3]
    ]
    field = next(iter(by_field))
    return JSONResponse(body("；".join(dict.fromkeys(parts)) + "。", "invalid", field), 422)


def internal_error(request: Request, exc: Exception) -> JSONResponse:
    log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return JSONResponse(body(INTERNAL, "internal"), 500)
