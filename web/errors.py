"""What a person sees when the page itself fails: a short Chinese sentence, never a traceback.

Every event handler is wrapped: an unexpected exception is logged with its traceback for the
operator, and the person gets `INTERNAL` (gradio shows gr.Error messages even with
show_error=False, which hides everything else).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import gradio as gr

log = logging.getLogger("web")
INTERNAL = "抱歉，系统出了点问题，这一步没有完成。请稍后再试；问题已记录，工作人员会处理。"
F = TypeVar("F", bound=Callable[..., Any])


def guarded(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except Exception:
            log.exception("page handler %s failed", getattr(fn, "__name__", fn))
            raise gr.Error(INTERNAL, title="出错了") from None

    return wrapper  # type: ignore[return-value]
