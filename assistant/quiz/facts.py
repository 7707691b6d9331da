"""Testable rules read out of whole clauses (corpus.clauses), each tied to the unit that states it.

A rule is a complete sentence of the article (never a piece cut by length or at "；"), with its
checkable details (figures, bodies, periods, timing) located so that a false statement or a
distractor changes exactly one of them. Lists keep every member, so an explanation can quote the
whole list. Trigger → action rules ("…发现文物…的，应当…") feed scenario items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.quiz.terms import (
    ACT_RE,
    ACTOR_RE,
    BODY_RE,
    DATA,
    FIGURE_RE,
    FORM_RE,
    FUNDER_RE,
    PERIOD_RE,
    PRINCIPLE_RE,
    RECORD_RE,
    ROLE_RE,
    SOURCE_SLIP_RE,
    TIMING_RE,
    URGENT_RE,
    canonical_body,
    half_sentence,
    is_catch_all,
    is_complete,
    is_generic_consequence,
)
from corpus import Unit
from corpus.clauses import Clause, clauses
from corpus.datafiles import read_table

# what a rule does, strongest first: the coverage plan asks these before anything else
TOPICS = (
    ("penalty", re.compile(r"扣除|解聘|追究|惩处|赔偿|检讨|约谈|予以处理|处置")),
    ("report", re.compile(r"报告|上报|备案|报批|报.{0,12}(批准|审批|审定)")),
    ("prohibition", re.compile(r"不得|禁止|严禁")),
    ("responsibility", re.compile(r"责任|负责")),
    # who approves, registers or runs a task: "需经……同意", "由自治区文物行政管理部门统一管理"
    ("approval", re.compile(r"[需须]经|经.{2,30}(同意|批准|核定)")),
    (
        "assignment",
        re.compile(
            r"由[^，。；]{2,30}(组织实施|统一管理|申报|核定|确定|登记|监督|列入|纳入)|监督清点"
        ),
    ),
    # "依照……清单办理……手续": a procedure one must follow, as binding as "应当"
    ("duty", re.compile(r"应当|应(?!用)|必须|(?<![需重主])要(?!求)|须|依照[^，。；]{2,20}办理")),
)
CORE_TOPICS = {
    "penalty",
    "report",
    "prohibition",
    "responsibility",
    "approval",
    "assignment",
    "duty",
    "figure",
}
# "（以下简称办公室）" defines a short form for the rest of a document: on a single item it is
# drafting noise (the stem prints the full name instead)
DRAFTING_RE = re.compile(r"（以下简称[^）]{1,12}）")
EXCEPTION_RE = re.compile(r"^(但|确因|因特殊|除.{1,12}外)")


@dataclass(frozen=True)
class Slot:
    """One checkable detail of a statement: a figure, a body, a period, a timing word."""

    kind: str  # figure | body | period | timing | role | form
    text: str  # verbatim span
    start: int  # offset in the statement


@dataclass(frozen=True)
class Rule:
    """A complete sentence of the unit (or a list item read with its subject)."""

    unit: Unit
    text: str  # the statement shown to a trainee; verbatim apart from a subject prefix
    quote: str  # the whole clause it rests on, verbatim
    topic: str
    slots: tuple[Slot, ...]
    qualified: bool  # a following sentence makes an exception ("但因特殊情况……")
    index: int  # clause position in the unit

    @property
    def core(self) -> bool:
        return self.topic in CORE_TOPICS


@dataclass(frozen=True)
class Scenario:
    """A trigger and what must (or will) follow: the stem asks for the action."""

    unit: Unit
    quote: str  # the whole clause
    trigger: str  # "野外看管人员未按要求如实填写巡逻日志的，"
    connector: str  # "要" | "应当" | "由"
    action: str  # "适当扣除当月野外看管补助"
    topic: str  # report | penalty | duty
    slots: tuple[Slot, ...]  # details inside the action
    index: int
    inserted: bool = False  # the connector is not printed (a duty list's "应当")


@dataclass(frozen=True)
class ListFact:
    """An article's list: lead-in and every member, in order."""

    unit: Unit
    lead: str  # "野外文物看管人员主要工作职责："
    members: tuple[str, ...]  # each whole, as printed, without the item label
    options: tuple[str, ...]  # members usable as options (complete, short, no catch-all)
    inline: bool  # "培训方式包括：A、B、C" rather than （一）（二） items
    quote: str  # the lead and every member, verbatim with their labels

    @property
    def category(self) -> str:
        """What kind of thing the members are ("用途", "条件", "职责", "行为"): a distractor
        must come from a list of the same category."""
        lead = re.sub(r"[：:]\s*$", "", self.lead)
        m = re.search(r"(?:下列|以下)(?P<cat>[\u4e00-\u9fff]{2,4}?)(?:之一|受|的|：|$)", lead)
        if m:
            return m.group("cat")
        m = re.search(r"(?P<cat>[\u4e00-\u9fff]{2})(?:包括)?$", lead)
        return m.group("cat") if m else ""

    @property
    def sorting(self) -> bool:
        """ "培训种类/方式/内容包括：……": asking which of these lists a word belongs to is
        classification trivia (and the text itself uses the words loosely)."""
        return self.inline and bool(re.search(r"(种类|方式|内容|形式|类型|类别)包括", self.lead))

    @property
    def conduct(self) -> bool:
        """Members describe conduct ("……的"), not things or duties."""
        return sum(m.endswith("的") for m in self.options) * 2 > len(self.options)


@dataclass(frozen=True)
class TermFact:
    """A named principle ("（三）计划性。由……") and the sentence that characterises it."""

    unit: Unit
    group: str
    term: str
    clue: str
    siblings: tuple[str, ...]


@dataclass(frozen=True)
class DutyFact:
    """One of several parallel assignments: "各级文物行政管理部门负综合监管责任"."""

    unit: Unit
    quote: str  # the whole sentence
    clause: str  # the assignment, subject included
    duty: str
    siblings: tuple[str, ...]


# trivia a trainer drops: who interprets or drafted the measures, a pointer to other instruments,
# and exhortations with no checkable act ("应当加强……建设，支持……研究")
TRIVIA_RE = re.compile(
    r"负责解释|解释权|由.{2,30}制定[，。；]|本(办法|细则|管理细则)由|在本办法框架下|严格履行《"
)
HORTATORY_RE = re.compile(r"^[^，。]{2,30}(应当|应|要)(进一步)?(加强|支持|鼓励|重视|推动|促进)")


def topic_of(text: str) -> str:
    if re.match(r"^为.{4,}(制定|特制定)本", text) or re.search(r"(施行|执行)。$", text):
        return "statement"  # purpose and commencement clauses: no rule to test
    if TRIVIA_RE.search(text):
        return "statement"
    if HORTATORY_RE.search(text) and not FIGURE_RE.search(text):
        return "statement"
    for name, pattern in TOPICS:
        if pattern.search(text):
            return name
    return "figure" if FIGURE_RE.search(text) else "statement"


def find_slots(text: str) -> tuple[Slot, ...]:
    slots: list[Slot] = []
    for kind, pattern in (
        ("figure", FIGURE_RE),
        ("body", BODY_RE),
        ("period", PERIOD_RE),
        ("timing", TIMING_RE),
        ("role", ROLE_RE),
        ("form", FORM_RE),
        ("act", ACT_RE),
        ("actor", ACTOR_RE),
        ("record", RECORD_RE),
        ("funder", FUNDER_RE),
        ("urgent", URGENT_RE),
        ("principle", PRINCIPLE_RE),
    ):
        for m in pattern.finditer(text):
            span = m.group("slot") if "slot" in pattern.groupindex else m.group(0)
            start = m.start("slot") if "slot" in pattern.groupindex else m.start()
            if kind == "body" and not canonical_body(span):
                continue
            if kind == "figure" and (
                re.fullmatch(r"(19|20)\d\d\s*年", span)
                or (span.endswith("日") and text[:start].rstrip().endswith("月"))
            ):
                continue  # "2020年", "7月1日" are dates, not periods: "两年" is no mistake of them
            if any(s.start <= start < s.start + len(s.text) for s in slots):
                continue  # "2名" inside a figure already found
            slots.append(Slot(kind, span, start))
    return tuple(sorted(slots, key=lambda s: s.start))


@lru_cache(maxsize=1)
def contrast_categories() -> dict[str, set[str]]:
    """data/list_contrasts.tsv: for a list category, the categories of the same subject whose
    members are fair distractors (权利 beside 职责)."""
    found: dict[str, set[str]] = {}
    for row in read_table(DATA / "list_contrasts.tsv", 3):
        found.setdefault(row[0], set()).add(row[1])
    return found


@lru_cache(maxsize=1)
def lawful_acts() -> dict[str, tuple[tuple[str, str], ...]]:
    """data/lawful_acts.tsv: for a list category ("违法行为"), acts another article allows, each
    with the article's words that allow it: a distractor a trainee must know apart from the
    breach it resembles (经依法批准拓印 beside 私自拓印), ruled out by a text the note quotes."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in read_table(DATA / "lawful_acts.tsv", 4):
        found.setdefault(row[0], []).append((row[1], row[2]))
    return {k: tuple(v) for k, v in found.items()}


def reward_list(lead: str) -> bool:
    """ "有下列事迹之一的野外看管人员，可给予表彰和奖励：": a list of deeds rewarded, whose fair
    distractors are the same document's breaches (a breach is never a reward)."""
    return bool(re.match(r"^有下列(?:事迹|情形)之一的.{0,20}给予(?:表彰|奖励)", lead))


def list_subject(lead: str) -> str:
    """ "野外文物看管人员主要工作职责：" / "野外文物看管人员享有下列权利：" → "野外文物看管人员": whose
    duties or rights a list states ("" when the lead names nobody)."""
    m = re.match(r"^(.{2,20}?)(?:的)?(?:主要)?(?:工作)?职责[：:]$", lead) or re.match(
        r"^(.{2,20}?)(?:享有|有)下列权利[：:]$", lead
    )
    return m.group(1) if m else ""


def _strip_item(text: str) -> str:
    return re.sub(r"^[（(][一二三四五六七八九十]+[)）]\s*", "", text).strip().rstrip("；;。")


def _duty_subject(lead: str) -> str:
    """ "野外文物看管人员主要工作职责：" → "野外文物看管人员": the subject of a duty list."""
    m = re.match(r"^(.{2,20}?)(?:的)?(?:主要)?(?:工作)?职责[：:]$", lead)
    return m.group(1) if m else ""


@lru_cache(maxsize=512)
def rules(unit: Unit) -> tuple[Rule, ...]:
    """Every complete sentence of the unit, as a statement with its details located."""
    found: list[Rule] = []
    rows = clauses(unit)
    for n, clause in enumerate(rows):
        text = clause.text.strip()
        following = rows[n + 1].text if n + 1 < len(rows) else ""
        qualified = bool(EXCEPTION_RE.match(following)) and rows[n + 1].label == clause.label
        duty_member = False
        if clause.is_item:
            text = text.rstrip("；;")
            subject = _duty_subject(clause.lead)
            if subject and not re.search(r"[；;。]", text.rstrip("。")) and not clause.heading:
                # "（三）负责……每日巡查……" under "看管人员主要工作职责：" is the statement
                # "看管人员负责……每日巡查……" (the member whole, its subject from the lead)
                text = subject + _strip_item(text)
                duty_member = True
            elif subject and clause.heading and re.match(r"^(未经|不得|应当|必须)", text):
                # "（五）严守国家文物机密。未经……批准，不得……": the ban is the custodian's
                text = subject + text
            if not text.endswith("。"):
                text += "。"
        if not is_complete(text) or len(text) > 150 or re.search(r"下列|以下(?!简称)", text):
            if not clause.is_item:
                found += _sub_rules(unit, clause.text, n)
                found += _step_after(unit, rows, n, found)
            continue
        # the gazette's own slip ("其他行政管理部的工作人员"): the stem prints the name whole
        text = SOURCE_SLIP_RE.sub(
            r"\1部门", text
        )  # a lead-in ("有下列行为之一的，……") says nothing without its list
        if (
            clause.is_item
            and not duty_member
            and not re.search(r"应当|应|由.{2,30}负责|不得|必须", text)
        ):
            continue  # a list member is not a statement on its own
        quote, index = clause.text, n
        if duty_member or (clause.is_item and _duty_subject(clause.lead)):
            quote = whole_list(unit, clause.lead) or quote  # explained with the whole list
        previous = rows[n - 1] if n else None
        half = half_sentence(text)
        if (
            (len(text) < 16 or half)
            and previous is not None
            and previous.label == clause.label
            and not clause.is_item
            and found
            and found[-1].index == n - 1
        ):
            # "借用期限最长不超过两年。" says whose borrowing only with the sentence before it
            # ("调拨、交换、借用的文物必须严格保管……"): one rule of two sentences, replacing both;
            # a half sentence ("经依法批准拓印的，……") joins the sentence naming its object, which
            # stays a rule of its own (the joined one keeps its own key; a bank asks both only
            # when neither prints the other's answer)
            before = found[-1] if half else found.pop()
            text, quote = before.text + text, previous.text + clause.text
            index = n if half else n - 1
        if qualified:
            quote += rows[n + 1].text  # explained with the exception that follows the ban
        found.append(Rule(unit, text, quote, topic_of(text), find_slots(text), qualified, index))
        if qualified:
            # the ban read with its exception ("不得拍摄。确因特殊需要，经……批准，可以……") is a
            # whole rule a trainee can judge; the ban alone is not (the article allows it)
            joined = text + rows[n + 1].text.strip()
            if len(joined) <= 150 and is_complete(joined):
                found.append(
                    Rule(
                        unit,
                        joined,
                        clause.text + rows[n + 1].text,
                        topic_of(text),
                        find_slots(joined),
                        False,
                        n,
                    )
                )
    return tuple(found)


# a closing limit with a subject of its own ("……，协议期限不得超过一年。"): a rule of its own
LIMIT_RE = re.compile(
    r"^(?P<subject>[^，。；、《》]{2,10}?)(?P<limit>(?:最长|最多|最少)?(?:不得|不)(?:超过|少于|低于)"
    r"[^，。；]{1,10})$"
)
NAMED_DOC_RE = re.compile(r"《(?P<doc>[^》]{4,30})》")


def _limit_rules(unit: Unit, text: str, index: int) -> list[Rule]:
    """The last comma piece of a sentence that opens without a subject ("签订《……协议书》，……，
    协议期限不得超过一年。") when it is a limit with a subject and a figure of its own: the
    subject is said with the document the sentence names ("《……协议书》的协议期限"), so the
    statement reads alone (seed-1313 review: the custodians' 协议期限 was never asked)."""
    pieces = text.rstrip("。").split("，")
    match = LIMIT_RE.match(pieces[-1].strip()) if len(pieces) > 1 else None
    if not match or not FIGURE_RE.search(match["limit"]):
        return []
    named = NAMED_DOC_RE.search(text)
    subject = match["subject"]
    if named and subject[:2] in named["doc"]:
        subject = f"《{named['doc']}》的{subject}"
    statement = subject + match["limit"] + "。"
    if not is_complete(statement):
        return []
    return [Rule(unit, statement, text, topic_of(statement), find_slots(statement), False, index)]


# the duty closing a long scope sentence, after its parenthesised list of who is meant:
# "……所有人员（包括……；……），在岗人员务必做到全部参训，……不得以任何理由罢训。"
TAIL_DUTY_RE = re.compile(
    r"）[，,](?P<tail>[^（）。；]{2,12}?(?:务必|必须|应当|不得)[^（）；]{4,120}。?)$"
)


# "适用于我地区范围内从事文物工作的所有人员": who a scope sentence is about
SCOPE_RE = re.compile(r"适用于(?P<who>[^，。；（）]{4,30}?的)所有人员$")
SUBJECT_PERSONS_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}人员")


def _tail_rules(unit: Unit, text: str, index: int) -> list[Rule]:
    """The rule after a long parenthesised list that closes a sentence too long to print ("在岗
    人员务必做到全部参训……不得以任何理由罢训", 培训办法 六（六）): it has its own subject and duty,
    and reads alone (seed-1919 review: the all-staff training duty was never asked)."""
    m = TAIL_DUTY_RE.search(text.strip())
    if not m:
        return []
    # the scope its subject stands in ("适用于……从事文物工作的所有人员" before the bracket) is
    # the subject's prefix: "在岗人员务必做到全部参训" alone says nothing of whom (seed-4141
    # review B16: "本办法适用范围内的在岗人员……务必全部参训")
    opened = text.strip().rfind("（", 0, m.start())
    scope = SCOPE_RE.search(text.strip()[:opened]) if opened > 0 else None
    tail = m["tail"]
    if scope and SUBJECT_PERSONS_RE.match(tail):
        tail = scope["who"] + tail
    statement = tail.rstrip("。") + "。"
    if not is_complete(statement) or re.search(r"下列|以下(?!简称)", statement):
        return []
    return [Rule(unit, statement, text, topic_of(statement), find_slots(statement), False, index)]


STEP_RE = re.compile(r"^[^，。；]{2,6}后，(?![^。]*(?:可以|可))")


def _step_after(unit: Unit, rows: list[Clause], n: int, found: list[Rule]) -> list[Rule]:
    """A sentence that opens with when it follows ("调查核实后，以书面形式向上一级文物行政主管部门
    报告。", 办法 第四十八条) has the subject of the sentence before it: read with that sentence, it
    is one rule of two sentences (seed-2323 review: 第四十八条's written report never asked).
    Never a sentence that only allows ("……后，可以……"), and only when the sentence before is a
    rule of the same paragraph."""
    text = rows[n].text.strip()
    previous = rows[n - 1] if n else None
    if (
        previous is None
        or previous.label != rows[n].label
        or rows[n].is_item
        or not STEP_RE.match(text)
        or not found
        or found[-1].index != n - 1
        or "。" in found[-1].text.rstrip("。")
        or topic_of(text) == "statement"
    ):
        return []
    joined = found[-1].text + text
    if len(joined) > 150 or not is_complete(joined):
        return []
    # only the details of the later sentence are its own (the one before is a rule of its own),
    # and never a body the sentence before already prints in other words (上级 / 上一级)
    offset = len(found[-1].text)
    before = {canonical_body(b.text) for b in find_slots(joined) if b.start < offset}
    slots = tuple(
        s
        for s in find_slots(joined)
        if s.start >= offset and not (s.kind == "body" and canonical_body(s.text) in before)
    )
    if not slots:
        return []
    quote = previous.text + rows[n].text
    return [Rule(unit, joined, quote, topic_of(text), slots, False, n)]


def _sub_rules(unit: Unit, text: str, index: int) -> list[Rule]:
    """A sentence too long to print, or opening with its exception ("但因特殊情况……"), may
    still hold a whole rule after a "；" with its own subject and duty ("在全国重点文物保护单位的
    保护范围内……的，必须经自治区人民政府批准……"): that piece is a rule of its own, explained
    with the whole sentence; so may the duty after a long parenthesised list (_tail_rules)."""
    found = _limit_rules(unit, text, index) + _tail_rules(unit, text, index)
    for piece in text.rstrip("。").split("；")[1:]:
        statement = piece.strip() + "。"
        if (
            len(statement) > 150
            or not is_complete(statement)
            or re.search(r"下列|以下(?!简称)", statement)
            or not re.search(PREDICATE, statement)
        ):
            continue
        found.append(
            Rule(unit, statement, text, topic_of(statement), find_slots(statement), False, index)
        )
    return found


TRIGGER_RE = re.compile(
    r"^(?P<trigger>[^。；]{4,70}?的)(?P<comma>，?)(?P<conn>应当|应由|应|要|须|由)(?P<action>[^。；]{4,80})$"
)
FIND_RE = re.compile(r"^(?:一旦)?(?P<trigger>发现[^，。；]{2,40})，(?P<action>[^。；]{6,80})$")


def _action_topic(action: str) -> str:
    topic = topic_of(action)
    return topic if topic in ("penalty", "report") else "duty"


@lru_cache(maxsize=512)
def scenarios(unit: Unit) -> tuple[Scenario, ...]:
    """Trigger → action rules inside whole clauses (sub-rules joined by "；" share the subject)."""
    found: list[Scenario] = []
    for n, clause in enumerate(clauses(unit)):
        subject = _duty_subject(clause.lead) if clause.is_item else ""
        if clause.is_item and not subject:
            continue
        pieces = [p for p in re.split(r"[；;]", clause.text.rstrip("。；;")) if p]
        first_subject = ""
        for piece in pieces:
            m = TRIGGER_RE.match(piece)
            if m and not clause.is_item and "下列" not in m.group("trigger"):
                trigger, conn, action = m.group("trigger"), m.group("conn"), m.group("action")
                if conn == "由":
                    continue  # "……的，由X负责": an assignment, asked as a body gap instead
                if conn == "应由":
                    conn, action = "应", "由" + action
                if trigger.startswith("对") and first_subject:
                    trigger = first_subject + trigger  # "对……的" inherits the first subject
                if not is_complete(trigger + "，" + conn + action + "。"):
                    continue
                if not first_subject:
                    s = re.match(r"^(.{2,12}?)(未|对|在|发现)", trigger)
                    first_subject = s.group(1) if s else ""
                found.append(
                    Scenario(
                        unit,
                        clause.text,
                        trigger + m.group("comma"),
                        conn,
                        action,
                        _action_topic(action),
                        find_slots(action),
                        n,
                    )
                )
                continue
            m = FIND_RE.match(piece)
            if m and subject:
                found.append(
                    Scenario(
                        unit,
                        whole_list(unit, clause.lead) or clause.text,
                        subject + "一旦" + m.group("trigger") + "，",
                        "应当",
                        m.group("action"),
                        _action_topic(m.group("action")),
                        find_slots(m.group("action")),
                        n,
                        inserted=True,
                    )
                )
    return tuple(found)


def penalty_lists(unit: Unit) -> list[Scenario]:
    """ "有下列行为之一的，由……解聘……：" – every member is a trigger of the same consequence."""
    found = []
    rows = clauses(unit)
    for n, clause in enumerate(rows):
        if not clause.is_item or is_catch_all(clause.text):
            continue
        m = re.match(r"^有下列(?:行为|情形)之一的，(?P<action>由[^；：]{4,40})[；：]", clause.lead)
        if not m:
            continue
        member = _strip_item(clause.text)
        if not member.endswith("的") or len(member) > 40:
            continue
        whole = next((lf.quote for lf in lists(unit) if lf.lead == clause.lead), clause.text)
        found.append(
            Scenario(
                unit,
                whole,
                member + "，",
                "",
                m.group("action"),
                "penalty",
                find_slots(m.group("action")),
                n,
            )
        )
    return found


# the safety of relics themselves, not the names of training or meetings ("文物安全培训")
SAFETY_RE = re.compile(
    r"文物(本体)?安全(?!培训|专业|工作联席|联席|年度|应急|各项|系列)|危害文物|确保文物"
)


def about_relics(text: str) -> bool:
    """The rule is about relics themselves, not about a meeting or a training office whose name
    holds the word ("上报联席会议审定")."""
    rest = BODY_RE.sub("", text)
    rest = re.sub(
        r"文物安全(工作)?联席会议|文物保护工作联席会议|文物安全培训|文物工作人员", "", rest
    )
    return "文物" in rest


# a procedure longer than this is asked through its details, never copied whole as 正确
LONG_TRUE = 60


def long_procedure(text: str) -> bool:
    """A long sentence of filing or approval steps ("…选拔，签订…，并报…备案"), or of who is
    responsible for what: copied whole as 正确 it tells a trainee nothing (finding a relic and
    reporting it is a rule of conduct, not a procedure)."""
    return len(text) > LONG_TRUE and (
        bool(re.search(r"备案|报批|审批|审定|批准", text)) or topic_of(text) == "responsibility"
    )


@lru_cache(maxsize=1)
def low_value_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """data/low_value.tsv: subjects a relic-safety trainer asks last ("last") or never ("never"):
    training organisation, private museums, volunteers, the selection of custodians, internal
    appraisal, fund publicity; archaeology and planning procedure."""
    return tuple((re.compile(row[0]), row[1]) for row in read_table(DATA / "low_value.tsv", 3))


def low_value(text: str) -> str:
    """ "never", "last" or "" for a rule about none of those subjects."""
    grades = {grade for pattern, grade in low_value_patterns() if pattern.search(text)}
    return "never" if "never" in grades else ("last" if grades else "")


def slogan(words: str) -> bool:
    """A principle of bare qualities ("合理、适度、可持续", "平等、择优、负责"): a slogan to recite,
    no rule a trainee acts on or could get checkably wrong (the seed-4949 review, items 43 and
    49: "纯属死记硬背"). Not a principle whose members are rules of their own ("保护为主、抢救
    第一、合理利用、加强管理": the review keeps this one guideline as worth learning), nor a single
    principle naming what must be kept ("不改变文物原状"). The same line as generator._members:
    a member shorter than four characters is a word, not a rule."""
    members = words.split("、")
    return len(members) > 1 and any(len(m) < 4 for m in members)


def checkable(rule: Rule) -> bool:
    """A rule whose truth a trainee can judge and a trainer wants judged: a penalty, a report
    duty, a ban, a figure, or a responsibility for relic safety, in one readable sentence."""
    if len(rule.text) > 80:
        return False  # a long administrative sentence copied as "正确" tells nobody anything
    if long_procedure(rule.text):
        return False  # a filing procedure copied whole: its false forms ask the details
    return (
        rule.topic in ("penalty", "prohibition")
        # a ban read with the duty before it ("……应当按法定程序履行报批手续。未经批准，任何单位
        # 或者个人不得擅自发掘。") is still a ban
        or bool(re.search(r"不得|禁止|严禁", rule.text))
        or any(s.kind == "figure" for s in rule.slots)
        or (rule.topic == "responsibility" and bool(SAFETY_RE.search(rule.text)))
        or (rule.topic == "report" and about_relics(rule.text))
    )


def is_core_unit(unit: Unit) -> bool:
    """A unit whose rules a trainer must ask: a penalty, a report duty, a figure, a trigger →
    action rule, or a ban or a responsibility for relic safety ("严禁存放……确保文物本体安全",
    "对文物安全负责"). The coverage plan asks every such unit before anything is asked twice."""
    found = rules(unit)
    return bool(
        scenarios(unit)
        or penalty_lists(unit)
        or any(r.topic == "penalty" for r in found)
        or any(r.topic == "report" and len(r.text) <= 80 and about_relics(r.text) for r in found)
        or any(s.kind == "figure" for r in found for s in r.slots)
        or any(
            r.topic in ("prohibition", "responsibility") and SAFETY_RE.search(r.text) for r in found
        )
    )


# alternatives a trigger names ("在建设工程、农牧业生产或者房屋拆迁活动中", "发现文物或者疑似文物的"):
# a marker, the alternatives, and the head they share
ALTERNATIVES_RE = re.compile(
    r"(?P<marker>在|发现|发生)(?P<group>[^，。；在]{4,30}?)(?P<head>活动中|的，)"
)
ALTERNATIVE_SEP = re.compile(r"、|或者|或")


def specialisations(trigger: str) -> list[str]:
    """The trigger with each group of alternatives narrowed to one of them ("在农牧业生产活动中，
    发现疑似文物的，"): a situation a trainer would describe, each alternative a case of the rule.
    Only groups whose alternatives stand alone: each of four characters or more, or all sharing
    their last two ("文物"/"疑似文物"); "事故、案件和突发事件" share a modifier ("文物安全") that a
    short one would lose. Every group is narrowed; checker._contract restores the whole trigger."""
    groups = []
    for m in ALTERNATIVES_RE.finditer(trigger):
        members = [x for x in ALTERNATIVE_SEP.split(m["group"]) if x]
        if len(members) < 2 or "和" in m["group"]:
            continue
        if not (all(len(x) >= 4 for x in members) or len({x[-2:] for x in members}) == 1):
            continue
        groups.append((m.start("group"), m.end("group"), members))
    if not groups:
        return []
    found = [""]
    at = 0
    pieces: list[list[str]] = []
    for start, end, members in groups:
        pieces.append([trigger[at:start]])
        pieces.append(members)
        at = end
    pieces.append([trigger[at:]])
    for choices in pieces:
        found = [f + c for f in found for c in choices]
    return [f for f in found if f != trigger]


def askable(sc: Scenario) -> bool:
    """A trigger → action rule with a detail to ask, or a penalty: "……的，应当采取保护措施" is a
    truth nobody would doubt, with nothing to change."""
    return bool(sc.slots) or sc.topic == "penalty"


def is_key_unit(unit: Unit) -> bool:
    """A unit every bank of a full paper must ask: what to do when something happens (a
    trigger → action rule), what follows a breach (a penalty list), or what a custodian is paid
    (money figures). Other core units are asked before anything repeats, in rotation. A
    trigger → action rule counts only when it can be asked (askable): "对可能造成文物资源破坏的，
    应当采取保护措施" has nothing to ask, and made 第三十六条 a key unit asked in every bank by its
    one other item (the same stem in every paper). A sentence that is a ban from its first word
    (lead_ban) is what a holder must never do: also key."""
    return bool(
        any(askable(sc) for sc in scenarios(unit))
        or penalty_lists(unit)
        or any(s.kind == "figure" and s.text.endswith("元") for r in rules(unit) for s in r.slots)
        or any(lead_ban(r) for r in rules(unit))
    )


# a sentence that is a ban from its first word ("禁止国有文物收藏单位将馆藏、寺藏文物赠与、出租
# 或者出售……"): what a holder must never do, stated on its own
LEAD_BAN_RE = re.compile(r"^(禁止|严禁)")


def lead_ban(rule: Rule) -> bool:
    """A rule opening with 禁止/严禁 about relics: a key rule of its article (seed-1919 review:
    第二十七条's ban on giving away, renting out or selling collections was not asked while its
    approval levels were asked twice)."""
    return bool(LEAD_BAN_RE.match(rule.text)) and checkable(rule) and about_relics(rule.text)


def whole_list(unit: Unit, lead: str) -> str:
    """The lead and every member of the unit's list under `lead`, verbatim ("" for none)."""
    return next((lf.quote for lf in lists(unit) if lf.lead == lead), "")


def owning_list(unit: Unit, quote: str) -> ListFact | None:
    """The duty list ("看管人员主要工作职责：") a statement was read from: a member of a list whose
    lead names the subject. Its explanation must quote the lead and every member."""
    flat = re.sub(r"\s+", "", quote)
    for lf in lists(unit):
        if not _duty_subject(lf.lead) or lf.inline:
            continue
        if any(re.sub(r"\s+", "", m)[:12] in flat for m in lf.members):
            return lf
    return None


def _member_option(clause: Clause) -> str:
    text = _strip_item(clause.text)
    if clause.heading and len(clause.heading) <= 12:
        return clause.heading  # "严守国家文物机密" stands for its item
    return text


@lru_cache(maxsize=512)
def lists(unit: Unit) -> tuple[ListFact, ...]:
    """（一）（二）items under a lead-in, and inline "包括：A、B、C" lists."""
    found: list[ListFact] = []
    rows = clauses(unit)
    leads: dict[str, list[Clause]] = {}
    for clause in rows:
        if clause.is_item and clause.lead:
            leads.setdefault(clause.lead, []).append(clause)
    for lead, members in leads.items():
        by_label: dict[str, list[Clause]] = {}
        for clause in members:
            by_label.setdefault(clause.label, []).append(clause)
        whole = tuple(
            _strip_item("".join(c.text for c in group))
            if not group[0].heading
            else group[0].heading + "。" + _strip_item("".join(c.text for c in group))
            for group in by_label.values()
        )
        options = tuple(
            dict.fromkeys(
                _member_option(group[0])
                for group in by_label.values()
                if len(group) == 1
                and not is_catch_all(group[0].text)
                and not re.search(r"应当|由.{2,30}负责|认定工作", group[0].text)
                and 4 <= len(_member_option(group[0])) <= 40
            )
        )
        quote = lead + "".join(
            p.label + p.text for p in unit.parts if p.kind == "item" and p.label in by_label
        )
        if len(whole) >= 2:  # a two-item list ("享有下列权利") is still a whole list
            found.append(ListFact(unit, lead, whole, options, False, quote))
    for clause in rows:
        m = re.match(
            r"^(?P<lead>[^，。：]{2,12}包括[:：])(?P<body>[^（]+?)(?:等)?[。]?$", clause.text
        )
        if not m:
            continue
        separator = "；" if "；" in m.group("body") else "、"
        members = tuple(
            o.strip().removesuffix("等") for o in m.group("body").split(separator) if o.strip()
        )
        options = tuple(o for o in members if 2 <= len(o) <= 30 and not is_catch_all(o))
        if len(members) >= 2:
            found.append(ListFact(unit, m.group("lead"), members, options, True, clause.text))
    return tuple(found)


@lru_cache(maxsize=64)
def abbreviations(units: tuple[Unit, ...]) -> tuple[tuple[str, str], ...]:
    """ "地区文物安全工作联席会议办公室（以下简称办公室）" → (full, short): a stem shows the full
    name, since a single item is read without the definition."""
    found: dict[str, str] = {}
    for unit in units:
        for m in re.finditer(
            r"(?P<full>[\u4e00-\u9fff]{4,30}?)（以下简称(?P<short>[^）]{2,10})）", unit.text
        ):
            full = re.sub(r"^.*?(由|对|向|经|在)", "", m.group("full"))
            found.setdefault(m.group("short"), full)
    # the document speaking of its own region ("适用于我地区范围内……"): a stem read on a paper
    # names the region (seed-5353 review 19), when no article names it otherwise
    region = re.match(r"^[\u4e00-\u9fff]{2,4}?地区", units[0].headings[0]) if units else None
    texts = [u.text for u in units]
    if region and any(SELF_REGION in t for t in texts) and not any(region[0] in t for t in texts):
        found.setdefault(SELF_REGION, region[0])
    return tuple((full, short) for short, full in found.items())


SELF_REGION = "我地区"


def expand(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """Every bare short form replaced by its full name (not inside the full name itself)."""
    for full, short in pairs:
        pattern = re.compile(rf"(?<!（以下简称){re.escape(short)}")
        out, at = [], 0
        for m in pattern.finditer(text):
            window = text[max(0, m.start() - len(full)) : m.end()]
            if window.endswith(full) or text[: m.start()].endswith("单位"):
                continue  # inside the full name, or another body's own office ("所在单位办公室")
            # named in full once: "……上报地区文物安全工作联席会议办公室，经该办公室批准后"
            # (seed-5353 review 23: the office spelled out twice in one stem)
            again = out or full in text[: m.start()]
            if again and text[: m.start()].endswith("该"):
                continue  # "经该办公室": already said as the office named before
            out.append(text[at : m.start()] + (f"该{short}" if again else full))
            at = m.end()
        text = "".join(out) + text[at:]
    return text


def term_facts(units: list[Unit]) -> list[TermFact]:
    """Sections headed by a short term ("（三）计划性。由……") are siblings of one group."""
    groups: dict[str, list[tuple[Unit, str, str]]] = {}
    for unit in units:
        if unit.kind != "section" or len(unit.headings) < 2:
            continue
        rows = clauses(unit)
        if not rows or not rows[0].heading or len(rows[0].heading) > 5:
            continue
        term = rows[0].heading
        clue = next(
            (c.text for c in rows if term not in c.text and is_complete(c.text)),
            "",
        )
        if clue:
            groups.setdefault(unit.headings[-1], []).append((unit, term, clue))
    facts = []
    for heading, members in groups.items():
        if len(members) < 4:
            continue
        group = re.sub(r"^[一二三四五六七八九十]+、", "", heading)
        terms = tuple(term for _, term, _ in members)
        facts.extend(TermFact(unit, group, term, clue, terms) for unit, term, clue in members)
    return facts


DUTY_RE = re.compile(
    r"(?:^|，)(?P<clause>(?P<who>[^，。；“”]{2,60}?)负(?P<duty>[\u4e00-\u9fff]{2,6}?)责任)"
)


# the persons a document governs, named by its title ("阿里地区野外文物看管人员管理细则" →
# 野外文物看管人员): the subject of its duties and bans where a clause names none
DOCUMENT_SUBJECT_RE = re.compile(r"(?:阿里地区)?(?P<who>[\u4e00-\u9fff]{2,10}?人员)管理")


def document_subject(title: str) -> str:
    m = DOCUMENT_SUBJECT_RE.search(title)
    return m["who"] if m else ""


LIST_CHOICE = "（  ）"


def list_question(lead: str, category: str, negative: bool = False, what: str = "各项") -> str:
    """A list asked as the rule's own question, never as a look-up of the article's lead-in
    (seed-5353 review 9, 10: "第六条列举了'……用于下列用途'。下列各项中，属于该条所列内容的有"):
    "野外文物看管人员享有下列哪些权利？（  ）", "有下列哪些行为的，由文物行政管理部门解聘野外
    文物看管人员资格？（  ）", "下列各项中，属于野外文物看管人员主要工作职责的有（  ）"; the odd one
    out "下列各项中，不属于野外文物看管人员享有的权利的是（  ）". One "下列" in a stem."""
    text = re.sub(r"[：:\s。]+$", "", lead)
    text = re.split(r"(?<=。)", text)[-1] or text  # a first sentence of context is left out
    text = text.split("；")[0]  # "……资格；构成犯罪的，……" asks the first consequence
    if "以下" in text and "下列" not in text:
        text = text.replace("以下", "下列", 1)
    if "下列" not in text:
        phrase = re.sub(r"包括$", "", text)
        if negative:
            return f"下列{what}中，不属于{phrase}的是{LIST_CHOICE}。"
        return f"下列{what}中，属于{phrase}的有{LIST_CHOICE}。"
    head, tail = text.split("下列", 1)
    noun = category if category and tail.startswith(category) else ""
    rest = tail[len(noun) :] if noun else tail
    rest = re.sub(r"^之一", "", rest)
    if not negative:
        return f"{head}下列哪些{noun}{rest}？{LIST_CHOICE}"
    # the odd one out names what the members are: "由……解聘……资格的行为", "……享有的权利",
    # "……专项经费的用途", "本行政区域内受国家保护的文物"
    conditional = re.match(r"^(?:的|者)(?P<who>[^，]*)，(?P<then>.+)$", rest)
    if conditional:
        phrase = f"{conditional['who']}{conditional['then']}的{noun or '情形'}"
    elif head.endswith("用于"):
        phrase = f"{head[:-2].rstrip('，')}{rest}的{noun}"
    else:
        phrase = f"{head}{rest}的{noun}"
    return f"下列{what}中，不属于{phrase}的是{LIST_CHOICE}。"


def with_subject(statement: str, title: str) -> str:
    """A 判断 statement of a breach that names nobody ("未经批准，擅自对外提供重要文物信息和资料的，
    只适当扣除当月野外看管补助，不予解聘。") with its document's subject before it ("野外文物看管人员
    未经批准，……"): a trainee judging it must know whose duty it is (seed-5151 review 20). A
    statement that names a person anywhere ("……解聘野外文物看管人员资格") keeps its words."""
    subject = document_subject(title)
    if not subject or "人员" in statement:
        return statement
    return subject + statement


def duty_series(text: str) -> str:
    """The sentence of parallel assignments a duty stands in ("各级人民政府要对文物安全管理负主体
    责任，……负直接责任。"), from its first assignment to its last, or "" when they do not make a
    sentence of their own."""
    found = list(DUTY_RE.finditer(text))
    if len({m.group("duty") for m in found}) < 3:
        return ""
    start, end = found[0].start("clause"), found[-1].end("clause")
    if start and text[start - 1] not in "。；" or text[end : end + 1] != "。":
        return ""
    return text[start:end] + "。"


def duty_facts(unit: Unit) -> list[DutyFact]:
    facts = []
    for clause in clauses(unit):
        found = [(m.group("clause"), m.group("duty")) for m in DUTY_RE.finditer(clause.text)]
        duties = tuple(dict.fromkeys(d for _, d in found))
        if len(duties) >= 3:
            for text, duty in found:
                text = re.sub(r"^(同时|并且|并)", "", text)
                if is_complete(text + "。"):
                    facts.append(DutyFact(unit, clause.text, text, duty, duties))
    return facts


# a piece that opens a clause of its own: a subject and then a duty, a ban, a share or a rate
# ("县级野外文物保护单位看管人员每人每月工资1200元", "各县文物行政管理部门要加强……"); "由……公布",
# "经……同意", "对……的", "并……", "其……" continue the clause before them
PREDICATE = (
    r"(?<![重主需必])要|应当|(?<![相适反供对响])应(?![用急对])|必须|须|负(?!有|责)|不得|严禁|禁止|每处|"
    # a cost and who carries it ("看管人员经费由地区财政纳入年初预算"): a clause of its own
    r"每人每月|安排|由[^，；。]{2,8}(?:纳入|列入|承担)"
)
CLAUSE_START_RE = re.compile(
    r"^(?!由|经|对|在|向|按|以|将|把|并|且|和|及|或|其|同时|待|除|构成)"
    rf"[^，；。]{{2,30}}?({PREDICATE})"
)


def _clause_start(piece: str) -> bool:
    return bool(CLAUSE_START_RE.match(piece)) and is_complete(piece + "。")


# a power a body is given ("……，地区文物行政管理部门可以指定……负责保管"): after a "；" a rule of its
# own, whatever conditions open it (办法 第二十六条's 一级藏品 kept elsewhere: seed-3838 review)
POWER_RE = re.compile(r"(?:部门|机关|政府|行署)可以(?!由)")


def _power_clause(piece: str) -> bool:
    return bool(POWER_RE.search(piece)) and is_complete(piece + "。")


def segments(text: str) -> list[tuple[int, str]]:
    """Where the clauses of a statement start, with the clause that runs from there to the next
    start: a piece after "；" or a comma piece that opens with its own subject and duty (parallel
    assignments, the pay of each level). A stem asks the clause holding its detail (segment_at),
    never the whole article around it. Two sentences joined on purpose (a ban and its exception,
    a short sentence and the one before it) stay whole."""
    body = text.rstrip("。")
    if "。" in body:
        return [(0, text)]
    starts, at = [0], 0
    for n, part in enumerate(body.split("；")):
        pieces = part.split("，")
        if n and (_clause_start(part) or _power_clause(part)):
            starts.append(at)
        first = re.search(PREDICATE, pieces[0]) and is_complete(pieces[0] + "。")
        pos = at + len(pieces[0]) + 1
        for piece in pieces[1:]:
            if first and _clause_start(piece):
                starts.append(pos)
            pos += len(piece) + 1
        at += len(part) + 1
    bounds = starts + [len(body) + 1]
    return [(s, body[s : bounds[k + 1] - 1] + "。") for k, s in enumerate(starts)]


def segment_at(text: str, start: int) -> tuple[int, str]:
    """The clause of `text` holding offset `start`, ended at the first "；" after it when what
    comes before is a complete sentence ("……并每年复核一次；不具备……" → "……并每年复核一次。")."""
    found = [s for s in segments(text) if s[0] <= start] or [(0, text)]
    at, clause = found[-1]
    stop = clause.find("；", start - at)
    # never cut off the exception that follows ("不得重新修建；因特殊需要……报……批准")
    if (
        stop > 0
        and is_complete(clause[:stop] + "。")
        and not EXCEPTION_RE.match(clause[stop + 1 :])
    ):
        clause = clause[:stop] + "。"
    return at, clause


# consequences of one class could both be right ("追究责任" and "按法律程序处置")
PENALTY_CLASSES = (
    ("dismissal", re.compile(r"解聘")),
    ("money", re.compile(r"扣除|赔偿|补助")),
    ("legal", re.compile(r"追究|处置|处理|惩处|法律|犯罪")),
    ("discipline", re.compile(r"检讨|约谈|扣除相应分数")),
    ("reward", re.compile(r"表彰|奖励")),
)


def penalty_classes(action: str) -> set[str]:
    return {name for name, pattern in PENALTY_CLASSES if pattern.search(action)}


def other_breaches(lf: ListFact, units: list[Unit]) -> list[str]:
    """For a list of breaches with one consequence ("有下列行为之一的，由……解聘"): the breaches
    the same document punishes otherwise ("未按要求如实填写巡逻日志的" costs a month's
    allowance), a distractor a trainee must know apart; never one whose consequence is of the
    same class or fits any breach."""
    m = re.match(r"^有下列(?:行为|情形)之一的，(?P<action>[^；：]{4,40})", lf.lead)
    if not m:
        return []
    classes = penalty_classes(m.group("action"))
    out = []
    for unit in units:
        if unit.doc_id != lf.unit.doc_id or unit.id == lf.unit.id:
            continue
        for sc in scenarios(unit):
            if sc.topic != "penalty" or classes & penalty_classes(sc.action):
                continue
            if is_generic_consequence(sc.action):
                continue
            trigger = re.sub(r"^野外(文物)?看管人员", "", sc.trigger).rstrip("，")
            if trigger.endswith("的") and 4 <= len(trigger) <= 40:
                out.append(trigger)
    return list(dict.fromkeys(out))


# a ban over a list of acts, each of two characters, joined by "、" and a last "或者/或/、"
# ("不得占用、破坏、拆毁或者变卖", "将……文物赠与、出租或者出售给……"): each act alone is banned
BANNED_ACTS_RE = re.compile(
    r"(?P<ban>禁止|严禁|不得)(?P<between>[^，。；]{0,20}?)"
    r"(?P<acts>[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2})*(?:、|或者|或)[\u4e00-\u9fff]{2})"
    r"(?=[，。；]|给)"
)
# parallel bans after a condition that governs them all ("……进行旅游开发的，不得A，不得B，不得C")
PARALLEL_BANS_RE = re.compile(r"^(?P<lead>[^，。；]{4,60}的，)(?P<bans>不得[^。；]+)。$")


# duties of one subject in a row ("……的单位必须配备……，严禁存放……，确保文物本体安全"): each duty
# with the subject is a rule; a closing purpose ("确保……") adds nothing to check
SHARED_SUBJECT_RE = re.compile(
    r"^(?P<subject>[^，。；]{4,40}?)(?P<first>(?:必须|应当|严禁|不得)[^，。；]+)，"
)
DUTY_OPEN_RE = re.compile(r"^(必须|应当|严禁|不得|禁止)")
# a sentence that opens with a whole duty of its own subject ("在岗人员务必做到全部参训，……"),
# before duties of others
OWN_DUTY_RE = re.compile(
    r"^(?P<first>[^，。；]{2,12}?(?:务必|必须)[^，。；]{2,20})，(?P<rest>[^。；]+。)$"
)
# an event trigger naming several events ("发生文物安全事故、案件和突发事件的，"): its first event
# keeps the shared modifier ("文物安全事故"), a later one would lose it
EVENTS_RE = re.compile(r"^发生(?P<events>(?P<first>[^、，。；]{4,12})、[^，。；]{2,20})的，")


# a banned act nobody doubts ("文物点……任何单位和个人不得破坏"): a true statement of it alone
# tests common sense, not the rule's point (seed-2527 review, B19: the four acts and the 文物点
# covered); the whole ban and its less obvious acts (占用, 变卖, 私分) stay
COMMON_SENSE_ACTS = frozenset({"破坏", "损毁", "毁坏"})


def narrowings(sentence: str) -> list[str]:
    """True statements narrower than a ban, for A/B papers that ask one rule in different
    words: one act of a banned list ("禁止……将馆藏、寺藏文物出租给其他单位或个人"), or one of
    parallel bans under the condition they share ("……进行旅游开发的，不得转让、抵押。"). Each
    is what the sentence itself says (no act outside a ban, no ban cut from its condition);
    checker._contract restores the whole sentence before the checks."""
    found: list[str] = []
    m = PARALLEL_BANS_RE.match(sentence)
    if m:
        bans = m["bans"].split("，")
        if len(bans) > 1 and all(b.startswith("不得") for b in bans):
            return [s for s in (f"{m['lead']}{b}。" for b in bans) if is_complete(s)]
    if sentence.rstrip("。").count("。"):
        return []  # two sentences: a narrower first one reads as a cut, not a rule
    m = SHARED_SUBJECT_RE.match(sentence)
    if m and not re.search(r"[的，]$", m["subject"]):
        duties = [m["first"], *sentence[m.end() :].rstrip("。").split("，")]
        if duties[-1].startswith("确保") and len(duties) > 2:
            duties = duties[:-1]
        if len(duties) > 1 and all(DUTY_OPEN_RE.match(d) for d in duties):
            found += [f"{m['subject']}{d}。" for d in duties]
    m = OWN_DUTY_RE.match(sentence)
    if m and is_complete(m["first"] + "。") and CLAUSE_START_RE.match(m["rest"]):
        found.append(m["first"] + "。")  # the rest alone would drop the duty that leads
    m = EVENTS_RE.match(sentence)
    if m:
        found.append(sentence[: m.start("events")] + m["first"] + sentence[m.end("events") :])
    for m in BANNED_ACTS_RE.finditer(sentence):
        acts = [a for a in re.split(r"、|或者|或", m["acts"]) if a]
        if len(acts) < 2 or any(len(a) != 2 for a in acts):
            continue
        for act in acts:
            if act in COMMON_SENSE_ACTS:
                continue  # "……不得破坏。" alone is what nobody doubts: the list is the point
            narrowed = sentence[: m.start("acts")] + act + sentence[m.end("acts") :]
            found.append(narrowed)
    return [s for s in dict.fromkeys(found) if s != sentence and is_complete(s)]
