"""Request and response bodies of the API: the OpenAPI schema and the checks on what comes in.

Responses are the CLI's own JSON objects; their models here document them and are not used to
re-validate every answer.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

MAX_QUESTION_CHARS = 2_000
MAX_NAME_CHARS = 60  # calculator names, input names, quiz types, document names
MAX_VALUE_CHARS = 200
MAX_INPUTS = 40
MAX_LIST_ITEMS = 20
MAX_QUIZ_ITEMS = 200
MAX_SEED = 2**32 - 1

Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME_CHARS)]
Text = Annotated[str, Field(max_length=MAX_VALUE_CHARS)]
# a calculator input: a number (kept exact), a word, a yes/no, or a list of words (identities)
InputValue = Decimal | int | bool | Text | Annotated[list[Text], Field(max_length=MAX_LIST_ITEMS)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AskRequest(Strict):
    question: str = Field(
        max_length=MAX_QUESTION_CHARS, description="问题（中文），如“住院起付线是多少？”"
    )
    session: str | None = Field(
        default=None,
        max_length=100,
        description="上一次回答返回的 session；不填则开始新的对话，服务器发给新的 session",
    )


class CalcRequest(Strict):
    calculator: Name = Field(description="计算器名，如 inpatient、contribution、custodian_pay")
    inputs: dict[Name, InputValue | None] = Field(
        default_factory=dict,
        max_length=MAX_INPUTS,
        description='输入，如 {"tier": 250, "level": "三级", "cost": "20000"}；金额请用字符串或数字',
    )


class QuizRequest(Strict):
    n: int = Field(default=20, ge=1, le=MAX_QUIZ_ITEMS, description="题目数量")
    types: Annotated[list[Name], Field(max_length=MAX_LIST_ITEMS)] = Field(
        default_factory=list, description="题型：单选、多选、判断、填空；不填为全部"
    )
    docs: Annotated[list[Name], Field(max_length=MAX_LIST_ITEMS)] = Field(
        default_factory=list, description="文件 id 或标题片段；不填为三个文物文件"
    )
    chapters: Annotated[list[Name], Field(max_length=MAX_LIST_ITEMS)] = Field(
        default_factory=list, description="只出这些章节的题，如 第七章"
    )
    seed: int = Field(default=0, ge=0, le=MAX_SEED, description="随机种子：同一种子得到同一份题")
    ab: bool = Field(
        default=False,
        description="同时出 A、B 两卷：顶层是 A 卷，paper_b 是 B 卷；题型、题量和分值相同，B 卷不重复 A 卷的题干",
    )


class ErrorBody(BaseModel):
    status: str = Field(default="error", description="总是 error")
    error: str = Field(description="中文说明：哪里不对、允许什么")
    code: str = Field(description="机器可读的错误类别，如 unknown_session、too_large、invalid")
    field: str | None = Field(default=None, description="出错的字段（如有）")


class AskResponse(BaseModel):
    """`python -m assistant ask --json` 的对象，加上本次对话的 session。"""

    status: str = Field(description="answered | calculated | follow_up | out_of_scope | error")
    answer: str
    citations: list[dict[str, Any]]
    calculation: dict[str, Any] | None
    follow_up: dict[str, Any] | None
    error: str | None
    session: str = Field(description="下一轮请带上它；闲置两小时后过期")


class CalcResponse(BaseModel):
    """`python -m assistant calc` 的对象（calculated / follow_up / error 及其字段）。"""

    model_config = ConfigDict(extra="allow")
    status: str


class QuizResponse(BaseModel):
    """`quiz --out x.json` 的题库对象，加 status=ok。"""

    model_config = ConfigDict(extra="allow")
    status: str
    items: list[dict[str, Any]]


class Health(BaseModel):
    status: str
    documents: int
    sessions: str = Field(description="会话存储：memory | sqlite | redis")
    pid: int
