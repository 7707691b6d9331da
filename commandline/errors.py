"""Exit codes and the one exception a handler raises for a user's mistake."""

from __future__ import annotations

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USER = 2


class UserError(Exception):
    """Input the user can fix: the message (Chinese) says what was wrong and what is allowed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


EXIT_CODES = "退出码：0 成功；2 输入有误（错误信息说明原因）；1 内部错误（详情记入日志）。"
