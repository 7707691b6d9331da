"""The rules an item prints besides the one it asks: what it gives away, or asks again.

A trainer reads a paper as a whole (seed-4141 review): a 多选 option "私自拍摄壁画、馆藏文物和
考古发掘现场……的" states 第三十七条's ban, so a 填空 "……不得______" on the same paper is answered
by it; an option "由建设单位承担费用的文物考古调查、勘探、发掘等" states 第二十二条's payer; 细则
第十七条（四） "擅自对外提供重要文物信息和资料的" is 第七条（五）'s ban again. An item *states* a
clause of the material when one of its options, its statement or its stem holds a stretch of that
clause's own wording no more than RARE clauses share (COMMON for a long stretch; a phrase every
rule repeats, "文物保护工作", says nothing), or three of the acts the clause enumerates ("占用、
破坏、……变卖"). Two items
of one paper clash when one states a clause the other asks or states (clash): the planner then
swaps the stating option or leaves the later item out, and A/B papers treat the two as one fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from assistant.quiz.terms import BODY_RE, canonical_body
from corpus import Corpus
from corpus.clauses import clauses

GRAM = 6  # characters of wording two texts share when they state one rule ("金石铭文和石窟")
RARE = 2  # a stretch of GRAM found in more clauses than this is a phrase the rules share
LONG_GRAM = 10  # a stretch this long is one rule's wording even in COMMON clauses
COMMON = 3  # ("易燃、易爆、有毒、有腐蚀性": 第十三条, 第二十八条's ban and 第五十条（八）)
ACTS = 3  # enumerated acts two texts share when they state one ban ("占用、破坏、变卖")
LONG_OPTION = 8  # an option shorter than this names a body or a figure, not a rule

# names every relic rule repeats and bodies ("文物、公安等部门"): no rule of their own
SHARED_RE = re.compile(
    r"(?:尚未核定公布为)?(?:野外)?文物保护单位|保护范围|建设控制地带|任何单位(?:和|或者|或)个人|"
    r"国有文物收藏单位|文物收藏单位|野外文物看管人员|野外看管人员|看管人员|馆藏、寺藏文物|宗教活动场所|"
    r"不可移动文物|本行政区域内?|公民、法人(?:和|或者|或)其他组织|文物安全|文物保护|"
    r"中华人民共和国[\u4e00-\u9fff]{2,10}法|"
    r"[\u4e00-\u9fff、]{0,10}?(?:部门|机关|人民政府|行署|联席会议办公室|联席会议|办公室)"
)
HARMS = frozenset({"盗掘", "盗窃", "破坏", "损毁", "毁坏", "损坏", "拆毁"})
# the harms many rules name (第七条（四）'s report and 第十七条（一）'s dismissal both name
# "盗掘、盗窃、破坏": a duty and the sanction for its breach are two facts)
HARM_RE = re.compile(rf"(?:{'|'.join(sorted(HARMS))})(?:、(?:{'|'.join(sorted(HARMS))}))*")
BREAK_RE = re.compile(r"[\s，。；：:（）()《》“”\"]")
ACT_SPLIT_RE = re.compile(r"、|或者|以及|和|或")
CJK_RE = re.compile(r"^[\u4e00-\u9fff]+$")
STEM_FRAME_RE = re.compile(
    r"^(?:根据《[^》]+》[^，]{0,16}，|《[^》]+》(?:第[^列]{1,8}条)?(?:规定：)?)"
)
GAPS = ("（  ）", "______")
# a list item's stem: the rule's own question over an enumeration ("野外文物看管人员享有下列哪些
# 权利？", "下列各项中，不属于……的是"), or the look-up frame of earlier papers ("……列举了“……”。
# 下列各项中，属于该条所列内容的有"): its options are members, no detail of a sentence
LIST_STEM_RE = re.compile(r"所列内容|下列哪些|下列[^，。]{0,6}中，不?属于")


def listed_stem(stem: str) -> bool:
    """The stem asks which options are (or are not) members of a list."""
    return bool(LIST_STEM_RE.search(stem))


def _named(text: str) -> str:
    """The text with the names every rule repeats and the breaks between clauses as "｜"."""
    return BREAK_RE.sub("｜", SHARED_RE.sub("｜", re.sub(r"\s+", "", text)))


def _masked(text: str) -> str:
    """_named, and the harms named too."""
    return HARM_RE.sub("｜", _named(text))


def _grams(text: str, size: int = GRAM) -> set[str]:
    masked = _masked(text)
    return {
        masked[i : i + size]
        for i in range(len(masked) - size + 1)
        if "｜" not in masked[i : i + size]
    }


def _acts(text: str) -> set[str]:
    """The two-character acts of an enumeration ("私自占用、破坏、变卖文物点" → 占用, 破坏, 变卖)."""
    found: set[str] = set()
    for piece in _named(text).split("｜"):
        parts = ACT_SPLIT_RE.split(piece)
        if len(parts) < 3:
            continue
        for n, part in enumerate(parts):
            word = part[-2:] if n == 0 else part[:2]
            if len(word) == 2 and CJK_RE.match(word):
                found.add(word)
    return found


@dataclass(frozen=True)
class Material:
    """The clauses of the chosen documents, indexed for `restated`."""

    texts: dict[str, str]  # clause key ("relic-protection/art-37#0") → its text
    headings: dict[str, str]  # clause key → its item's heading ("严守国家文物机密")
    by_gram: dict[str, frozenset[str]]
    acts: dict[str, frozenset[str]]
    seen: dict[str, frozenset[str]] = field(default_factory=dict)  # restated, by text


_MATERIALS: dict[tuple[int, tuple[str, ...]], Material] = {}


def material(corpus: Corpus, doc_ids: Iterable[str]) -> Material:
    """The clauses of the documents (built once per corpus and documents)."""
    key = (id(corpus), tuple(sorted(set(doc_ids))))
    if key in _MATERIALS:
        return _MATERIALS[key]
    texts: dict[str, str] = {}
    headings: dict[str, str] = {}
    for doc_id in key[1]:
        doc = corpus.document_by_id(doc_id)
        for unit in doc.units if doc else []:
            for clause in clauses(unit):
                texts[f"{unit.id}#{clause.index}"] = clause.text
                if clause.heading:
                    headings[f"{unit.id}#{clause.index}"] = clause.heading
    by_gram: dict[str, set[str]] = {}
    for k, text in texts.items():
        whole = headings.get(k, "") + "。" + text
        for gram in _grams(whole) | _grams(whole, LONG_GRAM):
            by_gram.setdefault(gram, set()).add(k)
    found = Material(
        texts,
        headings,
        {
            g: frozenset(ks)
            for g, ks in by_gram.items()
            if len(ks) <= (COMMON if len(g) >= LONG_GRAM else RARE)
        },
        {k: frozenset(_acts(t)) for k, t in texts.items()},
    )
    _MATERIALS[key] = found
    return found


def restated(text: str, m: Material) -> frozenset[str]:
    """The clauses whose own wording the text holds (a stretch of GRAM characters few clauses
    share, or ACTS of their enumerated acts no more than COMMON clauses enumerate together)."""
    if text in m.seen:
        return m.seen[text]
    found: set[str] = set()
    for gram in _grams(text) | _grams(text, LONG_GRAM):
        found |= m.by_gram.get(gram, frozenset())
    mine = _acts(text)
    if len(mine) >= ACTS:
        # (two of them acts of a deed, not harms: "占用、破坏、变卖" is 第十六条's ban, "盗掘、
        # 盗窃、破坏" any crime against relics)
        sharing = [
            k
            for k, acts in m.acts.items()
            if len(acts & mine) >= ACTS and len(acts & mine - HARMS) >= ACTS - 1
        ]
        if len(sharing) <= RARE:
            found.update(sharing)
    m.seen[text] = frozenset(found)
    return m.seen[text]


def asked_of(rule_keys: Iterable[str]) -> frozenset[str]:
    """The sentences (clause keys) rule keys ask: without atom or comma clause."""
    return frozenset(k.split("~")[0].split("@")[0].split(":")[0] for k in rule_keys)


def asked(item: dict[str, Any]) -> frozenset[str]:
    """The sentences (clause keys) an item asks."""
    return asked_of(item.get("rule_keys", []))


def filled(item: dict[str, Any]) -> str:
    """What the stem states, its gap filled with the key (a 判断 false statement put right)."""
    return _filled(item)


def _filled(item: dict[str, Any]) -> str:
    """What the stem states: a gap filled with its key, a false statement put right."""
    stem = STEM_FRAME_RE.sub("", item["stem"])
    if item["type"] == "判断":
        changed = item.get("changed", "")
        if item.get("answer") == "错误" and "→" in changed:
            was, now = changed.split("→", 1)
            stem = stem.replace(now, was, 1)
        return stem
    if listed_stem(item["stem"]):
        return ""  # the list's lead names the list, not a rule of it
    key = item.get("answer", "")
    if item["type"] == "单选" and key in "ABCDEF" and key:
        options = item.get("options", [])
        at = "ABCDEF".index(key[0])
        key = options[at] if at < len(options) else ""
    for gap in GAPS:
        stem = stem.replace(gap, key)
    return stem


def states(item: dict[str, Any], m: Material) -> frozenset[str]:
    """The clauses an item prints besides the sentences it asks: through its stem or statement,
    and through every option long enough to state a rule (a distractor as much as a key: a
    lawful act from 第三十七条 among 第五十条's breaches tells 第三十七条's ban as well)."""
    statement = _filled(item)
    unit = item.get("unit_id", "")
    # the stem's own article: only a clause it prints whole (第三十七条's exception beside its ban);
    # two sentences of one article share their subject's words, not a rule
    found = {
        k
        for k in restated(statement, m)
        if k.split("#")[0] != unit or _printed_whole(m.texts[k], statement)
    }
    if item["type"] in ("单选", "多选"):
        for option in item.get("options", []):
            if len(option) >= LONG_OPTION:
                found |= restated(option, m)
    return frozenset(found - asked(item))


def _printed_whole(clause: str, text: str) -> bool:
    flat = re.sub(r"\s+", "", clause).rstrip("。；;")
    return len(flat) >= GRAM and flat in re.sub(r"\s+", "", text)


def option_states(option: str, item: dict[str, Any], m: Material) -> frozenset[str]:
    """The clauses one option states besides those its item asks."""
    if len(option) < LONG_OPTION:
        return frozenset()
    return restated(option, m) - asked(item)


def clash(a: dict[str, Any], b: dict[str, Any], m: Material | None = None) -> bool:
    """One item states a clause the other asks, or both state one clause of their articles: one
    gives the other away, or a paper asks one rule twice. Reads the items' "states" (Generator.candidates)
    unless a material is given to work them out."""
    said_a = states(a, m) if m else frozenset(a.get("states", ()))
    said_b = states(b, m) if m else frozenset(b.get("states", ()))
    return clash_of(said_a, asked(a), said_b, asked(b))


def _clashing(
    said_a: frozenset[str], asks_a: frozenset[str], said_b: frozenset[str], asks_b: frozenset[str]
) -> set[str]:
    """The clauses one item states and the other asks; or both state, when it stands in the
    article of one of them (a 判断 on 第十七条（二）'s breach beside 第十六条's 多选 offering that
    breach as a distractor), not a third article both happen to echo."""
    units = {k.split("#")[0] for k in asks_a | asks_b}
    both = {k for k in said_a & said_b if k.split("#")[0] in units}
    return set(said_a & asks_b) | set(said_b & asks_a) | both


def clash_of(
    said_a: frozenset[str], asks_a: frozenset[str], said_b: frozenset[str], asks_b: frozenset[str]
) -> bool:
    """clash, on what two items state and ask."""
    return bool(_clashing(said_a, asks_a, said_b, asks_b))


# --- whom a rule gives an act alone: where a false statement may swap a body ------------------

# the words before a body that make it the one body of its act: who acts ("由……统一管理", "应由
# ……组织"), through whom or by whose approval ("经……批准", "征得……同意"), to whom a report, a
# filing or a hand-over goes ("报……备案", "向……报告", "移交……保护管理"). Anywhere else (the
# clause's subject, "接受……的监督", "在……的领导下", "征求……的意见", "配合……") the rule names one
# body of a role others may share: "文物修缮保护工程应当接受住房城乡建设部门的监督" is not false
# by the text, which says nothing of who else supervises (seed-5252 review 30)
EXCLUSIVE_BEFORE_RE = re.compile(r"(?:由|经|报请|提请|报|向|征得|移交|交)$")


def _body_span(text: str, start: int, end: int) -> re.Match | None:
    """The body name of `text` that holds the stretch start..end (terms.BODY_RE), if any."""
    for m in BODY_RE.finditer(text):
        if m.start() <= start and end <= m.end() and canonical_body(m.group(0)):
            return m
    return None


def exclusive_actor(text: str, start: int, end: int | None = None) -> bool:
    """The body at start..end of `text` stands where the rule gives its act to that body alone
    (EXCLUSIVE_BEFORE_RE before it, the body's level words "当地", "同级" … leading it)."""
    found = _body_span(text, start, end if end is not None else start + 1)
    at = found.start() if found else start
    return bool(EXCLUSIVE_BEFORE_RE.search(text[:at]))


def swap_contradicted(true: str, shown: str) -> bool:
    """A statement made of `true` by changing one stretch (`shown`) is contradicted by the text
    where the change is no body swap, or the swapped body stands in a role the rule gives one
    body alone (exclusive_actor): "由地区文物行政管理部门统一管理" for 自治区's, "向当地公安部门
    报告" for the relic department's. False for a body swapped in a role others may share
    ("接受住房城乡建设部门的监督" for 文物行政管理部门's: seed-5252 review 30)."""
    i = 0
    while i < min(len(true), len(shown)) and true[i] == shown[i]:
        i += 1
    j = 0
    while j < min(len(true), len(shown)) - i and true[-1 - j] == shown[-1 - j]:
        j += 1
    was = _body_span(true, i, max(i + 1, len(true) - j))
    now = _body_span(shown, i, max(i + 1, len(shown) - j))
    if was is None or now is None:
        return True  # a figure, a period, a word: no other actor comes in
    return exclusive_actor(true, was.start(), was.end())


# a clause that puts a whole subject under a body's supervision ("文物修缮保护工程应当接受文物行政
# 管理部门的监督。"): said with the body as the one who supervises ("由……负责监督"), a swap of
# the body is contradicted (the seed-5252 review's own rewording of its item 30)
SUPERVISED_RE = re.compile(
    r"^(?P<subject>[\u4e00-\u9fff、]{2,20}?)(?:应当|应|须|必须|要)?接受"
    r"(?P<body>[\u4e00-\u9fff、]{2,20}?)的(?P<act>监督和指导|监督|指导|检查)(?P<end>[。；])$"
)


def exclusive_phrasing(clause: str) -> tuple[str, int] | None:
    """A clause whose body stands in a shared role said so that the body is the one actor
    ("……应当接受X的监督。" → "……由X负责监督。"), and where the body now starts; None when the
    clause is not such a sentence whole, or the supervisor is no body."""
    m = SUPERVISED_RE.match(clause)
    if not m or not canonical_body(m["body"]):
        return None
    head = f"{m['subject']}由"
    return f"{head}{m['body']}负责{m['act']}{m['end']}", len(head)


def rephrased_clause(statement: str, clause_texts: Iterable[str]) -> bool:
    """`statement` is a clause of the text said by exclusive_phrasing."""
    flat = re.sub(r"\s+", "", statement)
    for text in clause_texts:
        for piece in re.split(r"(?<=[。；])", re.sub(r"\s+", "", text)):
            said = exclusive_phrasing(piece)
            if said and said[0] == flat:
                return True
    return False


def shared(a: dict[str, Any], b: dict[str, Any], m: Material) -> str:
    """A clause of the clash, for a message ("" when none)."""
    found = sorted(_clashing(states(a, m), asked(a), states(b, m), asked(b)))
    return found[0] if found else ""
