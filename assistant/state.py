"""The conversation state: what later turns may refer to, and its one text form for stores.

Typed: the last frame's topic and slots, the last calculation with its steps, the pending
follow-up, the fund payments made so far this year in the conversation, and the last answer's
citations. Stores (memory, SQLite, Redis) hold `State.dumps()` text and give back
`State.loads(text)`; nothing outside this module reads the stored fields by string key.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from assistant.calculators.understanding import StatedCase, StatedMember
from assistant.citations import Citation

FORMAT = 9  # bumped when the stored shape changes; older text loads as a fresh state
MAX_ASKS = 2  # a follow-up is asked at most this often before the rule is answered instead


@dataclass
class Topic:
    """What the last question was about, so a turn of bare slots can lean on it."""

    calculator: str | None = None
    slots: dict[str, Any] = field(default_factory=dict)
    query: str = ""  # the question as searched (with its context), for short follow-ups
    person: str = ""  # who it was about (我爸, 我妈…); a new person starts a new tally


@dataclass
class Calculation:
    calculator: str
    inputs: dict[str, Any]
    result: dict[str, str]
    steps: list[dict[str, str]]  # {rule, amount, citation}
    title: str = ""
    person: str = ""  # whose case: person_key of who was named ("爸", "妈"), "" for the asker


@dataclass
class Pending:
    calculator: str
    inputs: dict[str, Any]
    missing: list[str]
    asked: int = 1
    queued: list[StatedCase] = field(default_factory=list)  # later cases stated in one turn
    # how the question's figures were read ("未说明是住院还是门诊，按住院计算"), said with the
    # answer the follow-up leads to
    readings: list[str] = field(default_factory=list)
    # every value of the missing choice was computed ("三个档各能报多少"): a change of the case
    # next ("要是二级医院呢") is computed for each again, not asked
    each: bool = False


@dataclass
class CaseSet:
    """Several cases one sentence stated: what it said of them all, and each case as said."""

    inputs: dict[str, Any]  # the tier, the person, the place…: not any one case's cost
    cases: list[StatedCase]


@dataclass
class Payment:
    """A fund payment computed in this conversation; it counts against the yearly cap."""

    calculator: str
    amount: str  # decimal string
    admission: int | None = None  # inpatient stays only
    person: str = ""  # whose yearly cap it counts against
    # computed on another person's case ("那我邻居呢" after mine): the person's own stay, said
    # next, replaces it rather than following it
    assumed: bool = False
    # what it was computed from: a later change of the person's tier computes the stays again
    inputs: dict[str, Any] = field(default_factory=dict)


ASKED_KEPT = 8  # topics a conversation can return to
# calculators whose payments count against a yearly limit of their own, not the shared cap
OWN_LIMIT = ("two_diseases",)


@dataclass
class State:
    topic: Topic | None = None
    last_calc: Calculation | None = None
    pending: Pending | None = None
    payments: list[Payment] = field(default_factory=list)
    last_citations: list[Citation] = field(default_factory=list)
    # the citations of the answers before the last, newest last: "你刚才说的那个备案是哪条"
    # may name what an earlier answer said
    earlier_citations: list[list[Citation]] = field(default_factory=list)
    last_status: str = ""  # the last turn: its status, or "member" (a thing asked of a list)
    # a follow-up set aside by a question on another subject: "好的，我交的120" picks it up again
    shelved: Pending | None = None

    def drop_pending(self) -> None:
        """The user asked something else: the follow-up is not asked again, but kept aside."""
        if self.pending is not None:
            self.shelved = self.pending
        self.pending = None

    # each person's last calculation, so "那我爸要是再住一次" goes back to his case
    cases: dict[str, Calculation] = field(default_factory=dict)
    # the recent questions that opened a topic, newest last: "说回那块石头…" finds its own
    asked: list[str] = field(default_factory=list)
    # the recent calculations, newest last: "两个加起来" after 噶尔's subsidy and 普兰's
    results: list[Calculation] = field(default_factory=list)
    # the cases one sentence stated together ("住了两次院…另外门特…"), as said: a change of
    # tier or person computes them all again, in order, against one yearly cap
    case_set: CaseSet | None = None
    # the members of a household computed one by one: a later turn may change one of them
    household: list[StatedMember] = field(default_factory=list)

    def payments_of(self, person: str, calculator: str = "") -> list[Payment]:
        """The person's payments that count against the same yearly limit as `calculator`'s:
        the 两病 drugs have their own (第二十五条), the rest share the 6万 cap (第二十三条)."""
        own = calculator in OWN_LIMIT
        return [
            p for p in self.payments if p.person == person and (p.calculator in OWN_LIMIT) == own
        ]

    def people_paid(self) -> list[str]:
        """The people the fund has paid in this conversation, in the order first paid."""
        return list(dict.fromkeys(p.person for p in self.payments))

    def paid_this_year(self, person: str = "", calculator: str = "") -> Decimal:
        return sum((Decimal(p.amount) for p in self.payments_of(person, calculator)), Decimal(0))

    def stays(self, person: str = "") -> int:
        return sum(1 for p in self.payments_of(person) if p.calculator == "inpatient")

    def clear(self) -> None:
        self.__init__()

    def dumps(self) -> str:
        return json.dumps({"format": FORMAT, "state": asdict(self)}, ensure_ascii=False)

    @classmethod
    def loads(cls, text: str) -> State:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls()
        raw = data["state"]
        return cls(
            topic=Topic(**raw["topic"]) if raw.get("topic") else None,
            last_calc=Calculation(**raw["last_calc"]) if raw.get("last_calc") else None,
            pending=_pending(raw.get("pending")),
            payments=[Payment(**p) for p in raw.get("payments", [])],
            last_citations=[Citation(**c) for c in raw.get("last_citations", [])],
            earlier_citations=[
                [Citation(**c) for c in cites] for cites in raw.get("earlier_citations", [])
            ][-ASKED_KEPT:],
            last_status=str(raw.get("last_status", "")),
            shelved=_pending(raw.get("shelved")),
            cases={k: Calculation(**v) for k, v in raw.get("cases", {}).items()},
            asked=[str(q) for q in raw.get("asked", [])][-ASKED_KEPT:],
            results=[Calculation(**c) for c in raw.get("results", [])][-ASKED_KEPT:],
            case_set=_case_set(raw.get("case_set")),
            household=[StatedMember(**m) for m in raw.get("household", [])],
        )

    def cite(self, citations: list[Citation]) -> None:
        """The latest answer's citations; the ones before them kept for a while."""
        if self.last_citations:
            self.earlier_citations = [*self.earlier_citations, self.last_citations][-ASKED_KEPT:]
        self.last_citations = list(citations)

    def remember(self, question: str) -> None:
        self.asked = [*self.asked, question][-ASKED_KEPT:]

    def record(self, calc: Calculation) -> None:
        """The latest calculation, kept with the few before it."""
        self.last_calc = calc
        self.results = [*self.results, calc][-ASKED_KEPT:]
        self.case_set = None
        self.household = []

    def last_run(self) -> list[Calculation]:
        """The latest calculations of the last one's calculator, back to one of another: what
        "两个加起来" adds up (噶尔's subsidy and 普兰's have the same inputs, so none is dropped)."""
        run: list[Calculation] = []
        for calc in reversed(self.results):
            if calc.calculator != self.results[-1].calculator:
                break
            run.append(calc)
        return run[::-1]


# the same relative said in different words: 我爸, 爸爸, 老爸, 父亲 are one person
KIN_WORDS = {
    "爸": ("爸爸", "老爸", "爸", "爹", "老爹", "父亲", "老父亲", "阿爸"),
    "妈": ("妈妈", "老妈", "妈", "娘", "老娘", "母亲", "老母亲", "阿妈"),
    "老公": ("老公", "丈夫", "爱人", "孩子他爸", "孩子爸", "孩子爸爸"),
    "老婆": ("老婆", "妻子", "媳妇", "孩子她妈", "孩子妈", "孩子妈妈", "孩子他妈"),
    "孩子": ("孩子", "小孩", "家孩子", "儿子", "女儿"),
}


def person_said(key: str) -> str:
    """How a person's key is shown: the kin's first word (爸 → 爸爸), the asker as 您."""
    return KIN_WORDS.get(key, (key or "您",))[0]


def person_key(who: str) -> str:
    """One key per person named: "我爸" and "老爸" are "爸"; the asker and 她/他 are ""."""
    bare = re.sub(r"^(我们家|咱们家|我家|俺家|我们|咱们|我|俺|咱)", "", who or "")
    if bare in ("", "她", "他"):
        return ""
    return next((key for key, words in KIN_WORDS.items() if bare in words), bare)


def _pending(raw: dict[str, Any] | None) -> Pending | None:
    if not raw:
        return None
    queued = [StatedCase(**c) for c in raw.get("queued", [])]
    return Pending(**{**raw, "queued": queued})


def _case_set(raw: dict[str, Any] | None) -> CaseSet | None:
    if not raw:
        return None
    return CaseSet(dict(raw["inputs"]), [StatedCase(**c) for c in raw["cases"]])
