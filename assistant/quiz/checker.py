"""The quality rules of a question bank, checked against the corpus (tests and `evaluation quiz`).

What a trainer sees and the old checker did not: stems and options cut mid-sentence, subjectless
statements, elided explanations, two right options (through the equivalence table), catch-all
options, false statements made by flipping a modal, core rules left out, and two seeds that ask
the same stems.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import permutations
from typing import Any

from assistant.quiz import difficulty as D
from assistant.quiz import facts as F
from assistant.quiz import statements as S
from assistant.quiz.statements import listed_stem
from assistant.quiz.terms import (
    BODY_RE,
    FIGURE_RE,
    HINT_BEFORE,
    LEVEL_RANK,
    LOWER_BOUND,
    NEAR_CHOICE,
    OPEN_AFTER,
    OPEN_BODIES,
    PERIOD_RE,
    ROLE_RE,
    SOURCE_SLIP_RE,
    UPPER_BOUND,
    _size,
    actors,
    authority_inverted,
    canonical_body,
    default_figure,
    figure_value,
    government_for_department,
    half_sentence,
    is_catch_all,
    is_complete,
    is_generic_consequence,
    joint_members,
    named_parties,
    normalize,
    obvious_body,
    other_kind_arguable,
    paired_role,
    parse_body,
    payer_named_elsewhere,
    plausible_kind,
    principle_forms,
    printed_in,
    restatement_kept,
    right_in_substance,
    same_answer,
    same_meaning,
    same_word,
    written_forms,
)
from corpus import Corpus, Unit
from corpus.clauses import LEANS_BACK, Clause

LETTERS = "ABCDEF"
# at most this many items of one article in a bank, and at most this share of 判断 (a paper that
# asks one article three times, or is mostly true/false, is not one a trainer prints)
PER_UNIT = 2
# a long article may give a third item once every article holds two, when the three ask three
# different clauses and share no figure, unit of figures, body or asked word
PER_LONG_UNIT = 3


ATOM = "~"  # "…#3@20~1200元": one checkable fact (atom) of the clause "…#3@20"


def clause_of(key: str) -> str:
    """The clause a rule key stands in ("…#3@20": the clause at offset 20 of sentence 3; a
    trigger "…#3:发现…的，" and a list "…#list:…" are one clause each), with the atom it asks
    when it asks one ("…#3@20~1200元"): two atoms of one clause are two places of an article."""
    base, _, atom = key.partition(ATOM)
    return base.split(":")[0] + (ATOM + atom if atom else "")


def covers(wide: str, narrow: str) -> bool:
    """A rule key that holds another: the whole rule "…#3" holds its clause "…#3@20", and a
    clause holds each of its atoms "…#3@20~1200元" (a true statement of the clause prints
    every atom of it)."""
    return narrow == wide or narrow.startswith((wide + "@", wide + ATOM))


def keys_clash(a: str, b: str) -> bool:
    """Two items ask the same thing: one key holds the other. Two clauses of a rule, or two
    atoms of a clause, do not clash (the pair rules keep one from printing the other's key)."""
    return covers(a, b) or covers(b, a)


def sentence_of(key: str) -> str:
    """The sentence a rule key stands in ("…#3@20~1200元" → "…#3"; a trigger "…#3:发现…的，"
    → "…#3"): atoms and comma clauses of one sentence are one sentence."""
    return key.split(ATOM)[0].split("@")[0].split(":")[0]


# the unit of a figure names what it counts: a head count, a sum of money, a period or a frequency
FIGURE_SORTS = (
    ("名", "headcount"),
    ("人", "headcount"),
    ("元", "money"),
    ("岁", "age"),
    ("次", "frequency"),
    ("年", "period"),
    ("月", "period"),
    ("日", "period"),
    ("天", "period"),
)


def detail_sort(item: dict[str, Any]) -> str:
    """The kind of detail an item asks, a figure by its unit ("2名" a head count, "1200元" a sum):
    two figures of one sentence in different units ask different things."""
    kind = item.get("detail_kind", "")
    if kind != "figure":
        return kind
    detail = item.get("detail", "")
    return next((sort for unit, sort in FIGURE_SORTS if detail.endswith(unit)), "figure")


def _clause_offsets(item: dict[str, Any]) -> set[str]:
    """The comma clauses ("…#0@23") an item asks, or an empty set when any of its rule keys asks
    more than one clause (a whole sentence, a trigger, a list)."""
    keys = item.get("rule_keys", [])
    if not keys or any("@" not in k or ":" in k.split(ATOM)[0] for k in keys):
        return set()
    return {k.split(ATOM)[0] for k in keys}


def sentence_twice(a: dict[str, Any], b: dict[str, Any], key: bool = False) -> bool:
    """Two items that may share one long sentence: each asks its own comma clause for a different
    kind of detail (细则 第十二条: 每处2名, 由地区财政负担, 1200元 — a head count, a paying body, a
    sum), neither is a 判断 (a statement prints the whole sentence: seed-2425 review) and neither
    prints the other's answer (the give-away rules, checked apart). Never a third (seed-2121).
    key: the sentence is a key article's (facts.is_key_unit): see own_clauses."""
    if key and own_clauses(a, b):
        return True
    if "判断" in (a.get("type"), b.get("type")):
        return False
    mine, other = _clause_offsets(a), _clause_offsets(b)
    if not mine or not other or mine & other:
        return False
    if len({sentence_of(k) for k in [*a["rule_keys"], *b["rule_keys"]]}) != 1:
        return False
    sorts = detail_sort(a), detail_sort(b)
    return all(sorts) and sorts[0] != sorts[1] and "figure" not in sorts


def _clause_ids(item: dict[str, Any]) -> set[str]:
    """The clauses an item asks, each by its comma ("…#0@23") or its trigger ("…#0:……的，");
    empty when one of its keys is a whole sentence or list."""
    ids = set()
    for k in item.get("rule_keys", []):
        k = k.split(ATOM)[0]
        if "@" not in k and ":" not in k:
            return set()
        ids.add(k)
    return ids


def own_clauses(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two items on one sentence of a key article, each on its own clause (seed-4141 review: 细则
    第十一条's major accident → 立即解聘、扣除当年补助 beside its patrol log → 当月补助; 第十二条's
    payer beside its head count and pay): two breaches of two triggers, or two kinds of detail
    of two commas; a 判断 only when it states its own clause, not the whole sentence."""
    mine, other = _clause_ids(a), _clause_ids(b)
    if not mine or not other or mine & other:
        return False
    if len({sentence_of(k) for k in [*a["rule_keys"], *b["rule_keys"]]}) != 1:
        return False
    if any(i["type"] == "判断" and "；" in i["stem"] for i in (a, b)):
        return False
    triggers = [{k for k in ids if ":" in k} for ids in (mine, other)]
    if all(triggers) and not triggers[0] & triggers[1]:
        return True
    sorts = detail_sort(a), detail_sort(b)
    return all(sorts) and sorts[0] != sorts[1] and "figure" not in sorts


def unit_limit(keys: list[list[str]], key: bool = False) -> bool:
    """Items of one article (their rule keys) within the limit: two, or three on three
    different sentences (seed-2121 review: three items on the one sentence of 细则 第十二条 —
    2名, 1200元, 地区财政 — read as one article asked three times). key: a key article may
    hold three items on three clauses of one sentence (own_clauses; the seed-4141 review asked
    for 第十二条's payer and pay beside its head count)."""
    if len(keys) <= PER_UNIT:
        return True
    if key and len(keys) <= PER_LONG_UNIT:
        ids = [_clause_ids({"rule_keys": ks}) for ks in keys]
        if all(ids) and all(not (a & b) for n, a in enumerate(ids) for b in ids[n + 1 :]):
            return True
    held = [{sentence_of(k) for k in ks} for ks in keys]
    return len(keys) <= PER_LONG_UNIT and all(
        not (a & b) for n, a in enumerate(held) for b in held[n + 1 :]
    )


def _details(item: dict[str, Any]) -> set[str]:
    """What an item asks or prints that a third item of its article must not share: each figure
    and its unit, the bodies its detail and its change name (canonical), the asked words."""
    text = " ".join(
        [
            item.get("stem", ""),
            *item.get("options", []),
            item.get("answer", ""),
            item.get("changed", "").replace("→", " "),
        ]
    )
    found = set()
    for m in FIGURE_RE.finditer(text):
        found |= {m.group(0), "unit:" + m.group(2)}
    asked = [item.get("detail", ""), *item.get("changed", "").split("→")]
    found |= {"body:" + "|".join(k) for w in asked if w and (k := canonical_body(w))}
    return found | ({item["detail"]} if item.get("detail") else set())


def third_shares(items: list[dict[str, Any]]) -> bool:
    """Three items of one article that share a figure, a unit of figures, a body or an asked
    word: one gives another away (seed-1111 review: the 1200元 of one item made the 1000元 of a
    false statement look wrong). Two items of an article are ruled by the pair rules alone."""
    if len(items) <= PER_UNIT:
        return False
    details = [_details(i) for i in items]
    return any(a & b for n, a in enumerate(details) for b in details[n + 1 :])


# a kind of body brought into false statements ("住房城乡建设部门" put for the relic department)
# at most once a bank: twice, and a trainee learns to mark it 错误 on sight (seed-808 review)
BROUGHT = 1
JUDGE_SHARE = 0.45
# levels that say where the reader stands or how many levels act, not which level: a blank over
# "本行政区域文物部门" or "地、县文物行政管理部门" tests only the qualifier
QUALIFIERS = (
    "地、县级",
    "地、县",
    "地县",
    "县级以上",
    "本行政区域",
    "同级",
    "当地",
    "各级",
    "所在地",
)


def telling_options(kind: str, options: list[str]) -> list[str]:
    """Options that another stem must not print: a list member or an action ("未按要求如实填写
    巡逻日志的"), whose place in another sentence tells whether it is right; a body's name is
    printed in many stems and tells nothing by itself."""
    if kind not in ("单选", "多选"):
        return []
    return [o for o in options if len(o) >= 8 and not parse_body(o)]


def new_kinds(item: dict[str, Any]) -> set[str]:
    """The kinds of body a false statement brings in that its article's quote does not name
    ("住房城乡建设部门" put for the relic department)."""
    if item["type"] != "判断" or item["answer"] != "错误":
        return set()
    statement = item["stem"].split("规定：", 1)[-1]
    return _kinds(statement) - _kinds(item.get("quote", ""))


def swap_kind(item: dict[str, Any]) -> str:
    """ "body" when an item turns on a swap between bodies (a 判断 whose change is a body, a 单选
    whose options differ in bodies); a 填空 writes a body down and swaps nothing."""
    if item["type"] == "填空":
        return "written"
    if item.get("detail_kind") in ("body", "recipient"):
        return "body"
    if new_kinds(item):
        return "body"
    changed = item.get("changed", "")
    if changed and "→" in changed:
        was, now = changed.split("→", 1)
        if canonical_body(now) or _kinds(now) - _kinds(was):
            return "body"
    options = item.get("options", [])
    if item.get("detail_kind") == "action" and item["type"] == "单选" and item["answer"] in LETTERS:
        right = options[LETTERS.index(item["answer"])]
        others = [o for o in options if o != right]
        if others and all(_kinds(o) - _kinds(right) for o in others):
            return "body"
    return item.get("detail_kind", "")


# modal words, not the same characters inside other words (主要, 需要, 应用, 可持续)
MODALS = re.compile(
    r"不得|禁止|严禁|必须|应当|应(?!用)|可以|(?<!许)可(?!持续)|(?<![主需重])要(?!求)|须|允许|无需|不必"
)
BOUNDARY_BEFORE = "。；：，）"
BOUNDARY_AFTER = "。；，"


@lru_cache(maxsize=50_000)
def _flat(text: str) -> str:
    """Without spaces and without the drafting phrase "（以下简称办公室）", which a stem leaves out."""
    flat = F.DRAFTING_RE.sub("", re.sub(r"\s+", "", text))
    return SOURCE_SLIP_RE.sub(r"\1部门", flat)  # the gazette's "行政管理部的" read as 部门


GAPS = ("（  ）", "______")


@lru_cache(maxsize=200_000)
def same_unit_leak(key: str, other_printed: str) -> bool:
    """Two items on one article: the other item prints this answer, in its stem or its options,
    in any wording of the equivalence table — "报自治区文物行政管理部门批准" beside "由______向国家
    文物行政部门报批". A body asked without its level (the level printed before the blank: "应向
    当地______报告" → 人民政府) is printed by its kind under any level: "向各级人民政府……报告"
    beside it tells the kind (the seed-4949 review, items 27 and 44)."""
    if not key:
        return False
    own, other = normalize(key), normalize(other_printed)
    if own in other:
        return True
    if "〈|" not in own:
        return False
    pattern = re.escape(own).replace(re.escape("〈|"), "〈[^〈〉|]*\\|")
    return bool(re.search(pattern, other))


# a ban on acting without approval ("未经批准，任何单位和个人不得进行文物的复制和修复"): the act
APPROVAL_BAN_RE = re.compile(
    r"未经[^，。；]{0,10}批准，?[^。；]{0,12}?不得(?:擅自|私自)?(?:进行)?(?P<act>[^，。；]{2,24}?)"
    r"(?:[，。；]|$)"
)
# the sentence that names who approves or manages the act ("文物的复制和修复由……统一管理")
APPROVER_RE = re.compile(r"批准|审批|报批|统一管理|负责管理")


def _said(item: dict[str, Any]) -> str:
    """The sentence an item prints: a 判断's statement, a gap item's sentence with its gap."""
    stem = item.get("stem", "")
    return _flat(stem.split("规定：", 1)[-1] if item.get("type") == "判断" else _statement(stem))


def approval_pair(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A true statement copied from an article beside another item on the other sentence of its
    approval pair: "……由自治区文物行政管理部门统一管理" asked, "未经批准，任何单位和个人不得进行文物
    的复制和修复" judged 正确 beside it says what the first already implies (the seed-4949 review,
    items 1 and 20: "几乎没有区分度"). Either way round: the ban copied beside who approves, or who
    approves copied beside the ban. A false statement asks its changed detail and stays."""
    if a.get("unit_id") != b.get("unit_id"):
        return False
    for copied, other in ((a, b), (b, a)):
        if copied.get("type") != "判断" or copied.get("answer") != "正确":
            continue
        mine, theirs = _said(copied), _said(other)
        if not mine or not theirs or mine.rstrip("。") in theirs or theirs.rstrip("。") in mine:
            continue  # one sentence: the same rule, a guard of its own (same_rule)
        for ban, named in ((mine, theirs), (theirs, mine)):
            found = APPROVAL_BAN_RE.search(ban)
            if (
                found
                and found["act"] in named
                and "未经" not in named
                and APPROVER_RE.search(named)
            ):
                return True
    return False


@lru_cache(maxsize=50_000)
def body_pairs(kind: str, stem: str, options: tuple[str, ...], answer: str) -> tuple[str, ...]:
    """A 多选 over joined bodies: its right pair as it could be printed ("各县人民政府和文物行政
    管理部门"), in either order and with any joint."""
    if kind != "多选" or listed_stem(stem):
        return ()
    right = [options[LETTERS.index(a)] for a in answer.split(",") if a in LETTERS[: len(options)]]
    if len(right) != 2:
        return ()
    return tuple(_flat(a + j + b) for a, b in permutations(right) for j in "和、及与")


@lru_cache(maxsize=200_000)
def pair_leak(pairs: tuple[str, ...], other_stem: str, other_key: str) -> bool:
    """Another item prints, or asks with its gap, the pair of bodies a 多选 asks for (the stem
    "经______和文物行政管理部门……选拔" with its answer 各县人民政府 beside the 多选 "（  ）选聘……"
    whose answer is that pair): each hints at the other."""
    if not pairs:
        return False
    filled = _flat(other_stem)
    if other_key:
        for gap in (_flat(g) for g in GAPS):
            filled = filled.replace(gap, _flat(other_key), 1)
    return any(p in filled for p in pairs)


@lru_cache(maxsize=200_000)
def gives_away(stem: str, key: str, other_stem: str) -> bool:
    """The other stem prints this item's answer in the words around its gap ("地区行署、（  ）"
    beside "（  ）、各县人民政府"): one item gives another away."""
    if not key:
        return False
    if _flat(key) in _flat(other_stem) and _near_gap(other_stem, key, stem):
        return True
    if _same_gap(stem, key, other_stem):
        return True
    statement = _flat(stem)
    gap = next((g for g in (_flat(x) for x in GAPS) if g in statement), "")
    if not gap:
        return False
    at = statement.find(gap)
    filled = statement[:at] + _flat(key) + statement[at + len(gap) :]
    start, end = at, at + len(_flat(key))
    visible = _flat(other_stem)
    for left in range(0, 5):
        right = 4 - left
        if start - left < 0 or end + right > len(filled):
            continue
        piece = filled[start - left : end + right]
        if any(g in piece for g in ("（", "）", "_")):
            continue
        if piece in visible:
            return True
    return False


# the details a key names that the rules name in many sentences: a body, a party, a payer, a
# record ("馆藏、寺藏文物档案": 第二十四、二十七、二十九条), a title, a figure, a period, a time
# word; printed in another item they tell nothing of which fits this one's gap (gives_away and
# same_unit_leak read them in the words around the gap; the seed-5252 review found 县级, 监察,
# 国务院文物行政部门 printed elsewhere "提示很弱，可以接受"). What a rule prescribes — an act, a
# form, a principle — printed elsewhere is the answer itself
NAME_KINDS = frozenset(
    {
        "body",
        "actor",
        "funder",
        "recipient",
        "record",
        "role",
        "level",
        "figure",
        "period",
        "timing",
    }
)
PRINTED_ANSWER = 3  # characters of an accepted wording that, printed elsewhere, give it away


def _names_a_detail(key: str) -> bool:
    """A key that is a body, two bodies, a party, a payer, a figure, a period, a title or a
    record by its words (for a bank whose items say no detail_kind)."""
    return bool(
        parse_body(key)
        or joint_members(key)
        or key in actors()
        or key.endswith("财政")
        or FIGURE_RE.fullmatch(key)
        or PERIOD_RE.fullmatch(key)
        or VAGUE_TIME_RE.fullmatch(key)
        or ROLE_RE.fullmatch(key)
        or RECORD_NAME_RE.search(key)
    )


# a record's name by its last noun ("馆藏、寺藏文物档案清单", "巡逻日志")
RECORD_NAME_RE = re.compile(r"(?:档案|清单|日志|台账|名册|记录|目录)$")


@lru_cache(maxsize=200_000)
def answer_printed(key: str, accepted: tuple[str, ...], kind: str, printed: str) -> str:
    """The wording of an item's answer that another item prints, in its stem or its options
    ("" when none): an act, a form, a principle — what the rule prescribes, in its own words —
    in any wording a marker accepts for it, wherever the other item stands (seed-5252
    review 32 and 39: "……并及时组织人员保护好现场" in one stem beside "应当立即______" whose key is
    保护现场, 保护好现场 accepted). Names and quantities (NAME_KINDS) recur across the rules and
    are read with their context elsewhere."""
    if not key or kind in NAME_KINDS or _names_a_detail(key):
        return ""
    visible = _flat(printed)
    family = [key, *accepted, *written_forms(key), *same_word(key)[1:]]
    for wording in dict.fromkeys(family):
        flat = _flat(wording)
        if len(flat) >= PRINTED_ANSWER and flat in visible:
            return wording
    return ""


# two bodies of one kind named together ("当地文物、公安部门"): the pair of kinds is the answer
JOINT_BODIES_RE = re.compile(
    r"(?:当地|同级|所在地)?(?P<kinds>[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff]{2,4})(?:部门|机关)"
)

# a stem's lead-in ("根据《……》第三十七条，"): the title and article are no words of the rule
LEAD_IN_RE = re.compile(r"^(?:根据)?《[^》]+》[^，：]{0,16}[，：]")


def own_words_give_away(
    stem: str, answer: str, alternatives: list[str] | tuple[str, ...] = (), kind: str = ""
) -> str:
    """The word of its own stem, outside the gap, that gives an item's answer away ("" when
    none): the answer in another accepted wording (拍照 for a 拍摄 blank), or, for an act, a word
    built on the act's own character that two of its wordings share ("……不得______。……可以由
    文物保护单位提供照片" over 拍摄/拍照/照相: seed-4545 review B22). Across items the same is
    `gives_away`; this is one item against itself."""
    text = _flat(LEAD_IN_RE.sub("", stem))
    for gap in (_flat(g) for g in GAPS):
        text = text.replace(gap, "|")
    if "|" not in text or not answer:
        return ""
    family = list(dict.fromkeys([answer, *alternatives, *same_word(answer)]))
    for word in family[1:]:  # the answer itself: "题干泄露了答案"
        if printed_in(_flat(word), text):  # ("区文物局" is not printed by "地区文物局")
            return word
    joint = JOINT_BODIES_RE.fullmatch(answer)
    if joint and joint["kinds"] in text:
        return joint["kinds"]  # "……报告并协助文物、公安等部门……" beside 当地文物、公安部门
    if kind != "act" or len(family) < 3:
        return ""
    shared = [
        ch
        for ch in dict.fromkeys("".join(family))
        if sum(ch in w for w in family) >= 2 and "\u4e00" <= ch <= "\u9fff"
    ]
    for ch in shared:
        m = re.search(rf"{ch}[\u4e00-\u9fff]", text) or re.search(rf"[\u4e00-\u9fff]{ch}", text)
        if m:
            return m.group(0)  # "照片"
    return ""


def _own_words_problem(item: dict[str, Any]) -> list[str]:
    """own_words_give_away over a 填空 or a 单选 (its right option)."""
    if item["type"] == "填空":
        answer = item["answer"]
    elif item["type"] == "单选" and not listed_stem(item["stem"]):
        answer = _right_option(item)
    else:
        return []
    word = own_words_give_away(
        item["stem"], answer, item.get("alternatives", []), item.get("detail_kind", "")
    )
    return [f"题干自己印着“{word}”，点出了答案“{answer}”"] if word else []


def truth_printed(item: dict[str, Any], printed: str) -> bool:
    """A false statement whose true wording around the changed detail another item prints
    ("扣除当年野外文物看管补助" as an option beside "……扣除当月野外文物看管补助" to judge): the other
    item gives the answer away (seed-707 review)."""
    if item["type"] != "判断" or item["answer"] != "错误" or "→" not in item.get("changed", ""):
        return False
    was, now = item["changed"].split("→", 1)
    statement = _flat(item["stem"].split("规定：", 1)[-1])
    at = statement.find(_flat(now))
    if at < 0 or not was:
        return False
    true = statement[:at] + _flat(was) + statement[at + len(_flat(now)) :]
    end = at + len(_flat(was))
    visible = _flat(printed)
    for left in range(0, 5):
        right = 4 - left
        if at - left < 0 or end + right > len(true):
            continue
        if true[at - left : end + right] in visible:
            return True
    return False


# characters of a false statement's new words that, printed by another item, tell it false
CHANGE_PRINTED = 8


def change_printed(item: dict[str, Any], printed: str) -> str:
    """The words a false statement put in ("只适当扣除当月野外看管补助，不予解聘" on a 第十七条
    breach) that another item prints as its own rule ("野外看管人员未按要求如实填写巡逻日志的，要
    适当扣除当月野外看管补助" to judge √): the examinee sees whose consequence it is and marks the
    first false without knowing its rule (seed-5353 review 14 and 20, class 3). "" when none; a
    body's name alone is no giveaway (a distractor names it as well)."""
    if (
        item.get("type") != "判断"
        or item.get("answer") != "错误"
        or "→" not in item.get("changed", "")
    ):
        return ""
    was, now = (_flat(x) for x in item["changed"].split("→", 1))
    visible = _flat(printed)
    size = _longest_block(now, visible)
    if size < CHANGE_PRINTED:
        return ""
    match = SequenceMatcher(None, now, visible, autojunk=False).find_longest_match(
        0, len(now), 0, len(visible)
    )
    words = now[match.a : match.a + match.size]
    true = _flat(item["stem"].split("规定：", 1)[-1]).replace(now, was, 1)
    # what is left once the bodies are out: a consequence or a condition of its own, not an
    # approval by some department ("经文物行政管理部门批准后" is every licence's wording)
    rest = re.sub(r"[^\u4e00-\u9fff]", "", BODY_RE.sub("", words))
    rest = re.sub(r"部门|机关|人民政府|批准|同意|备案", "", rest)
    if words in true or len(rest) < CHANGE_PRINTED - 1:
        return ""
    return words


# characters either side of a short word a false statement put in, read with it
SIBLING_CONTEXT = 2


def sibling_change(item: dict[str, Any], printed: str) -> str:
    """A false statement's short new word, with the words around it, that another item of the
    article prints as its rule ("扣除当年野外" of 第十一条's 重大看管事故 beside its 巡逻日志
    sentence changed 当月→当年): the change was drawn from the sibling sentence the other item
    asks, which hints at it (seed-6161 review 27 beside 14). "" when none."""
    if (
        item.get("type") != "判断"
        or item.get("answer") != "错误"
        or "→" not in item.get("changed", "")
    ):
        return ""
    # (the stretch that differs: "适当扣除当月…→适当扣除当年…" changed 当月 to 当年)
    now = _one_change(*(_flat(x) for x in item["changed"].split("→", 1)))[1]
    if not now or len(now) >= CHANGE_PRINTED:
        return ""  # (a long one is `change_printed`'s)
    statement = _flat(item["stem"].split("规定：", 1)[-1])
    at = statement.find(now)
    window = statement[max(0, at - SIBLING_CONTEXT) : at + len(now) + SIBLING_CONTEXT]
    if at < 0 or len(window) < len(now) + 2 * SIBLING_CONTEXT:
        return ""
    return window if window in _flat(printed) else ""


def explained_away(item: dict[str, Any], other: dict[str, Any]) -> bool:
    """The other item's 解析 quotes the words that decide this one: its key in the words around
    the gap, or the true wording of its false statement (seed-5353 review, 15 beside 21 and 30,
    13 beside 39: one paragraph quoted under every item of the article)."""
    quoted = _first_quotation(other.get("explanation", ""))
    key = _key_words(item)
    return bool(quoted) and (
        (bool(key) and gives_away(item["stem"], key, quoted)) or truth_printed(item, quoted)
    )


def statement_within(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two 判断 of which one states the other whole ("……不得私自拓印。" inside "……不得私自拓印。经
    依法批准拓印的，……"): one item asked twice."""
    if a["type"] != "判断" or b["type"] != "判断":
        return False
    x = _flat(a["stem"].split("规定：", 1)[-1]).rstrip("。")
    y = _flat(b["stem"].split("规定：", 1)[-1]).rstrip("。")
    return x in y or y in x


def _same_gap(stem: str, key: str, other_stem: str) -> bool:
    """The other item blanks a word in the same company (both "（  ）、各县人民政府"): one
    answered, the other is answered too."""
    own, other = _flat(stem), _flat(other_stem)
    for gap in (_flat(g) for g in GAPS):
        for g2 in (_flat(g) for g in GAPS):
            a, b = own.find(gap), other.find(g2)
            if a < 0 or b < 0 or own == other:
                continue
            if (
                len(own[a + len(gap) :]) >= 4
                and own[a + len(gap) : a + len(gap) + 4] == other[b + len(g2) : b + len(g2) + 4]
                and re.match(r"[、和及与]", own[a + len(gap) :])
            ):
                return True
            if (
                a >= 4
                and b >= 4
                and own[a - 4 : a] == other[b - 4 : b]
                and re.search(r"[、和及与]$", own[:a])
            ):
                return True
    return False


def _near_gap(other_stem: str, key: str, stem: str) -> bool:
    """This item's answer printed right beside the other item's gap while this item's gap has the
    same joint on the mirrored side ("（  ）、各县人民政府" / "地区行署、（  ）"): a pair of names that
    gives both answers away."""
    other, own, word = _flat(other_stem), _flat(stem), _flat(key)
    own_gap = next((g for g in (_flat(x) for x in GAPS) if g in own), "")
    if not own_gap:
        return False
    mine = own.find(own_gap)
    for gap in (_flat(g) for g in GAPS):
        at = other.find(gap)
        if at < 0:
            continue
        after = other[at + len(gap) : at + len(gap) + len(word) + 1]
        before = other[max(0, at - len(word) - 1) : at]
        if after.endswith(word) and len(after) == len(word) + 1:
            joint = after[0]
            if joint in "、和及与" and own[mine - 1 : mine] == joint:
                return True
        if before.startswith(word) and len(before) == len(word) + 1:
            joint = before[-1]
            if joint in "、和及与" and own[mine + len(own_gap) : mine + len(own_gap) + 1] == joint:
                return True
    return False


def _abbreviation_problems(stem: str, options: list[str], unit: Unit, corpus: Corpus) -> list[str]:
    doc = corpus.document_by_id(unit.doc_id)
    pairs = F.abbreviations(tuple(doc.units)) if doc else ()
    problems = []
    for text in [stem, *options]:
        if F.expand(text, pairs) != text:
            short = next(s for f, s in pairs if F.expand(text, ((f, s),)) != text)
            problems.append(f"题中用了未定义的简称“{short}”，单独成题时看不懂")
            break
    return problems


def _contract(text: str, unit: Unit, corpus: Corpus) -> str:
    """Full names a stem printed for a short form, and a trigger narrowed to one of its own
    alternatives ("在农牧业生产活动中，发现疑似文物的，", facts.specialisations), back to the
    unit's wording for comparison."""
    doc = corpus.document_by_id(unit.doc_id)
    for full, short in F.abbreviations(tuple(doc.units)) if doc else ():
        if full not in unit.text:
            text = text.replace(full, short).replace(f"该{short}", short)
    for sc in F.scenarios(unit):
        for narrow in F.specialisations(sc.trigger):
            text = text.replace(narrow, sc.trigger)
    for narrow, whole in _narrowed(unit):
        text = text.replace(narrow, whole)
    return text


@lru_cache(maxsize=256)
def _narrowed(unit: Unit) -> tuple[tuple[str, str], ...]:
    """Each narrower truth of the unit's statements (facts.narrowings) with its whole sentence."""
    return tuple(
        (narrow, whole)
        for rule in F.rules(unit)
        for at, _ in F.segments(rule.text)
        for whole in [F.segment_at(rule.text, at)[1]]
        for narrow in F.narrowings(whole)
    )


def _body_distractor_problems(
    right: str, wrong: list[str], context: str, article: str = ""
) -> list[str]:
    """A distractor body two levels away or more, the State Council for a local duty, or a kind
    of body outside the sentence's domain (宗教部门 for a relic fund) is absurd."""
    problems = []
    answer = parse_body(right)
    if answer is None:
        return problems
    rank = LEVEL_RANK.get(answer.level)
    for option in wrong:
        body = parse_body(option) if option != "国务院" else None
        other = LEVEL_RANK.get(body.level) if body else (4 if option == "国务院" else None)
        if (
            rank is not None
            and other is not None
            and (abs(other - rank) > 2 or (other == 4 and rank < 3))
        ):
            problems.append(f"干扰项“{option}”与答案层级相差太远，一看就错")
        if body and body.kind != answer.kind and not plausible_kind(body.kind, context):
            problems.append(f"干扰项“{option}”这类机关与条文所管的事无关，一看就错")
        if other_kind_arguable(article, right, option):
            problems.append(f"条文有“相关部门”一类的开放说法，干扰项“{option}”未必不对")
    return problems


def _unit_text(unit: Unit) -> str:
    return _flat(unit.text)


def _bounded(
    text: str, unit: Unit, strict_end: bool = False, joint: bool = False, cut: bool = False
) -> bool:
    """`text` stands in the unit as a whole clause: it starts after a clause boundary and ends
    at one (a full stop or the end of an item when strict_end). A subject carried over from the
    sub-rule before ("野外看管人员" + "对……的") may prefix it, and so may the document the
    sentence names, as the owner of a limit ("《……协议书》的" + "协议期限不得超过一年").
    joint: it may also end before a second duty joined by "并" ("……第一时间向当地文物、公安部门
    报告" before "并协助文物、公安等部门做好案件调查工作"). joint or cut: a sentence it prints
    before the next may leave such a duty out ("……应向当地人民政府和上级文物行政主管部门报告。
    调查核实后，以书面形式……": the joined "并及时组织人员保护好现场" prints another item's answer,
    seed-5252 review 32)."""
    body = _flat(text).rstrip("。；")
    whole = _unit_text(unit)
    if (joint or cut) and "。" in body:
        wholes = [whole[: m.start()] + whole[m.end() :] for m in JOINED_DUTY_RE.finditer(whole)]
        return _bounded_in(body, whole, strict_end, joint) or any(
            _bounded_in(body, shorter, strict_end, joint) for shorter in wholes
        )
    return _bounded_in(body, whole, strict_end, joint)


# a duty joined to the clause before it, up to its sentence's end (_bounded)
JOINED_DUTY_RE = re.compile(r"，并[^。；]*(?=[。；])")


def _bounded_in(body: str, whole: str, strict_end: bool, joint: bool) -> bool:
    """_bounded against the unit's text `whole` (or that text with one joined duty left out)."""
    for cut in range(0, min(33, len(body) - 4)):
        prefix, rest = body[:cut], body[cut:]
        named = prefix.startswith("《") and prefix.endswith("》的") and prefix[:-1] in whole
        if cut and (cut > 12 or prefix not in whole) and not named:
            continue
        start = whole.find(rest)
        while start >= 0:
            before = whole[start - 1] if start else "。"
            end = start + len(rest)
            after = whole[end] if end < len(whole) else "。"
            enders = ("。；" if strict_end else BOUNDARY_AFTER) + ("并" if joint else "")
            if (before in BOUNDARY_BEFORE or not start) and (after in enders or end == len(whole)):
                return True
            start = whole.find(rest, start + 1)
    return False


def _list_statement(text: str, unit: Unit) -> bool:
    """ "发现出土文物不及时报告上交的，由文物行政管理部门解聘……。": a member of a "有下列行为之一的，
    由……" list read with the consequence its lead states."""
    flat = _flat(text).rstrip("。")
    # (the document's subject may stand before a member that names nobody: facts.with_subject)
    subject = re.match(r"^[\u4e00-\u9fff]{2,10}?人员", flat)
    if subject and subject.group(0) in _unit_text(unit):
        flat = flat[subject.end() :]
    for listed in F.lists(unit):
        for member in listed.members:
            m = _flat(member)
            if flat.startswith(m + "，"):
                action = flat[len(m) + 1 :]
                if action and action in _flat(listed.lead):
                    return True
    return False


def _clause_statement(text: str, unit: Unit) -> bool:
    """One clause of a rule read alone (facts.segments: "各级人民政府要对文物安全管理负主体责任。"
    out of the article's list of responsibilities)."""
    flat = _flat(text).rstrip("。")
    return any(
        _flat(clause).rstrip("。") == flat
        for rule in F.rules(unit)
        for at, clause in F.segments(rule.text)
    )


def _statement(stem: str) -> str:
    """The sentence a stem asks about, without the "根据《…》第N条，" lead."""
    return re.sub(r"^根据《[^》]+》[^，]{0,16}，", "", stem)


def asked_sentence(item: dict[str, Any]) -> str:
    """The sentence an item asks, its gap filled with the key ("馆藏、寺藏文物档案要用藏汉两种文字
    记录"): what data/low_value.tsv grades, as a subject blanked out of the stem is still the
    subject asked (the seed-4949 review, item 9)."""
    stem = item.get("stem", "")
    key = _key_words(item) if not listed_stem(stem) else ""
    for gap in GAPS:
        stem = stem.replace(gap, key, 1)
    return stem


def recites_slogan(item: dict[str, Any]) -> str:
    """The slogan (facts.slogan) an item asks a trainee to recite ("" when none): a gap whose
    key is the slogan or one of its words ("遵循______的原则" → 合理、适度、可持续), or a true
    statement whose only detail is the slogan ("……的选聘要坚持平等、择优、负责的原则。"). The
    principle names were left out of the pool already (体现的是（  ）原则); these are the same
    memorised headings (the seed-4949 review, items 43 and 49). A false statement that changes
    another detail of the sentence still asks a rule."""
    stem = item.get("stem", "")
    if item.get("type") in ("填空", "单选") and not listed_stem(stem):
        key = _key_words(item)
        filled = _statement(stem)
        for gap in GAPS:
            filled = filled.replace(gap, key, 1)
        for slot in F.find_slots(filled):
            if slot.kind == "principle" and F.slogan(slot.text) and key and key in slot.text:
                return slot.text
        return ""
    if item.get("type") == "判断" and item.get("answer") == "正确":
        slots = F.find_slots(stem.split("规定：", 1)[-1])
        said = [s.text for s in slots if s.kind == "principle" and F.slogan(s.text)]
        if said and all(s.kind == "principle" for s in slots):
            return said[0]
    return ""


def _one_change(true: str, shown: str) -> tuple[str, str]:
    """The single differing stretch between the article and a false statement."""
    i = 0
    while i < min(len(true), len(shown)) and true[i] == shown[i]:
        i += 1
    j = 0
    while j < min(len(true), len(shown)) - i and true[-1 - j] == shown[-1 - j]:
        j += 1
    return true[i : len(true) - j], shown[i : len(shown) - j]


def centroid(right: str, wrong: list[str]) -> bool:
    """The right option is the one the others share most with: two distractors each change a
    different short stretch of it (one the first body, one the second), so that the option
    keeping both stretches is the answer whatever the rule says."""
    spans = []
    for option in wrong:
        i = 0
        while i < min(len(right), len(option)) and right[i] == option[i]:
            i += 1
        j = 0
        while j < min(len(right), len(option)) - i and right[-1 - j] == option[-1 - j]:
            j += 1
        # a stretch of the answer changed ("宗教部门" → "文物行政管理部门"); a distractor that
        # only adds to a figure ("120元" → "1200元") changes no stretch of it
        if i and j and 1 <= len(right) - j - i <= 12 and len(option) - j - i <= 12:
            spans.append((i, len(right) - j))
    return any(b[0] >= a[1] or a[0] >= b[1] for n, a in enumerate(spans) for b in spans[n + 1 :])


def _closest_clause(statement: str, unit: Unit) -> str:
    flat = _flat(statement).rstrip("。")
    best, score = "", 0
    pieces = [c.text for c in F.clauses(unit)]
    pieces += [p for c in F.clauses(unit) for p in re.split(r"[；;]", c.text)]
    for piece in pieces:
        piece = _flat(piece).rstrip("。；")
        common = sum(1 for a, b in zip(piece, flat, strict=False) if a == b)
        common += sum(1 for a, b in zip(piece[::-1], flat[::-1], strict=False) if a == b)
        if common > score:
            best, score = piece, common
    return best


def _trivial_gap(stem: str, answer: str) -> list[str]:
    """A period or a timing word blanked while the rule's figures stand printed in the stem; a
    body anyone can guess (the relic department with no level, a kind whose domain the sentence
    names)."""
    minor = r"每日|每天|每周|每月|每季度|每年|当月|当季度|当年|立即|及时|第一时间"
    if re.fullmatch(minor, answer) and FIGURE_RE.search(_statement(stem)):
        return ["空出的是次要的词，要紧的数字却印在题干里"]
    if obvious_body(answer, _statement(stem)):
        return [f"空出的“{answer}”不用懂条文也猜得出（不带层级的文物部门，或句中已点明其领域）"]
    if guessed_actor(_statement(stem), answer):
        return [f"空出的主语“{answer}”，句中的“{answer[-4:-2]}”已经点明，不用懂条文也填得出"]
    return []


def guessed_actor(statement: str, answer: str) -> bool:
    """A blank over the sentence's subject that is a party named by its work (考古发掘单位),
    while the sentence prints that work ("______应当将发掘资质、发掘执照……备案"): filled from the
    words after it, not from the rule."""
    if answer not in actors() or not statement.startswith(GAPS):
        return False
    work = answer[-4:-2]
    return work in statement.replace(answer, "")


def _opposite_standing(option: str, listed: F.ListFact, units) -> bool:
    """A distractor of the opposite standing: for a list of breaches, an act another article of
    the document allows (data/lawful_acts.tsv, its allowing words printed there). A breach beside
    deeds rewarded is no fair distractor at all (difficulty.opposite_kinds, seed-4545 A7)."""
    others = [u for u in units if u.id != listed.unit.id]
    for act, words in F.lawful_acts().get(listed.category, ()):
        if option == act and any(words in u.text for u in others):
            return True
    return False


def _list_distractor_problems(
    unstated: list[str], options: list[str], item: dict[str, Any], unit: Unit, corpus: Corpus
) -> list[str]:
    """A list item's distractors: a member with one detail changed, or a member of an
    enumeration of the same category in the same document; never two options that differ in one
    word, never a classification list."""
    problems = []
    lists = lists_asked(item["stem"], unit)
    if not lists:
        return problems
    listed = lists[0]
    if listed.sorting:
        problems.append("考的是某词属于哪一类列举（种类/方式/内容），是分类冷知识")
    doc = corpus.document_by_id(unit.doc_id)
    contrasts = F.contrast_categories().get(listed.category, set())
    subject = F.list_subject(listed.lead)
    siblings = [
        o
        for u in (doc.units if doc else [])
        for lf in F.lists(u)
        if lf.quote != listed.quote
        and lf.category
        and (
            lf.category == listed.category
            or (lf.category in contrasts and subject and F.list_subject(lf.lead) == subject)
        )
        for o in lf.options
    ]
    for option in unstated:
        mutated = any(
            len(a) <= 8 and a and b
            for a, b in (_one_change(_flat(m), _flat(option)) for m in listed.members)
        )
        breaches = F.other_breaches(listed, list(doc.units) if doc else [])
        if _opposite_standing(option, listed, doc.units if doc else []):
            # a lawful act beside breaches: fair only with the note
            # that quotes where it stands (generator._opposite_members)
            if f"“{option}”" not in item.get("explanation", ""):
                problems.append(f"干扰项“{option}”出自别的条文，解析没有说明它的出处")
            continue
        if not mutated and option not in siblings and option not in breaches:
            problems.append(f"干扰项“{option}”取自别的类别或别的条文，不是同类列举")
    for n, a in enumerate(options):
        for b in options[n + 1 :]:
            was, now = _one_change(_flat(a), _flat(b))
            if a != b and len(was) <= 4 and len(now) <= 4:
                problems.append(f"选项“{a}”与“{b}”只差一个词，答案一眼可见")
    return problems


def _kinds(text: str) -> set[str]:
    return {k[1] for m in BODY_RE.finditer(text) if (k := canonical_body(m.group(0)))}


def kind_named_elsewhere(true: str, shown: str, unit_text: str) -> bool:
    """A false statement brings in a kind of body that the same article names in another role
    ("向各级文物行政管理部门……报告" where the article's relic departments also receive reports):
    the changed statement may be right in substance."""
    brought = _kinds(shown) - _kinds(true)
    return bool(brought & _kinds(unit_text))


def _bodies(text: str) -> dict[tuple[str, str], list[re.Match]]:
    found: dict[tuple[str, str], list[re.Match]] = {}
    for m in BODY_RE.finditer(text):
        key = canonical_body(m.group(0))
        if key:
            found.setdefault(key, []).append(m)
    return found


def level_named_elsewhere(true: str, shown: str, unit_text: str) -> bool:
    """A false statement whose new body, or a body of its level, the same article names in
    another paragraph ("由地区文物行政部门予以登记" where the next paragraph has "由地区文物行政
    管理部门申报", "由自治区……登记" beside "经自治区人民政府核定"), or
    whose new level the sentence itself names ("列入地区重点督查事项挂牌督办，并接受地区文物行政
    部门的监督"): the seed-707 review found both confusing and arguable, not a mistake to spot."""
    before, after = _bodies(true), _bodies(shown)
    named = _bodies(unit_text)
    levels = {k[0] for k in named if k[0]}
    for key, matches in after.items():
        if key in before:
            continue
        if key in named or (key[0] and key[0] in levels and key[0] not in {k[0] for k in before}):
            return True  # the body, or a body of its level, stands elsewhere in the article
        level = parse_body(matches[0].group(0))
        word = level.level if level else ""
        rest = shown[: matches[0].start()] + shown[matches[0].end() :]
        if word and word in rest:
            return True
    return False


# a false statement that a report owed to two bodies goes to one of them alone
ONLY_ONE_RE = re.compile(
    r"^只向(?P<where>当地|同级|所在地)?(?P<one>[\u4e00-\u9fff]{2,4})(?P<kind>部门|机关)报告，"
    r"不向(?P<other>[\u4e00-\u9fff]{2,4})(?P=kind)报告$"
)


def joint_report_change(was: str, now: str) -> bool:
    """ "向当地文物、公安部门报告" → "只向当地文物部门报告，不向公安部门报告": the text names both
    bodies, the statement drops one explicitly, so no reading makes it right."""
    m = ONLY_ONE_RE.match(now)
    if not m:
        return False
    where = m["where"] or ""
    return any(
        f"向{where}{a}、{b}{m['kind']}报告" in was
        for a, b in ((m["one"], m["other"]), (m["other"], m["one"]))
    )


# a false statement that a body may lift an absolute ban ("不得存放" → "经……批准后，可以存放")
LICENCE_RE = re.compile(r"^经[\u4e00-\u9fff]{2,16}批准后，可以$")


def licence_change(was: str, now: str, restored: str, unit: Unit) -> bool:
    """ "不得" → "经文物行政管理部门批准后，可以": false by the text when the article names no
    approval, exception or acting on one's own for the ban (seed-2727 review 四.3); a modal
    change of any other kind ("可以擅自发掘") stays a problem."""
    if was not in ("不得", "禁止", "严禁") or not LICENCE_RE.match(now):
        return False
    rows = [c.text for c in F.clauses(unit)]
    flat = restored.rstrip("。")
    at = next((n for n, c in enumerate(rows) if flat in c), -1)
    if at < 0 or re.search(r"擅自|私自|未经|批准|同意|许可|审批", rows[at]):
        return False
    return not (at + 1 < len(rows) and re.match(r"(但|确因|因特殊|除)", rows[at + 1]))


# a time word that sets no deadline: a false statement never swaps it for one (seed-3838 review
# B18: "第一时间" → "30日内"/"7日内", believed by nobody and checked against nothing)
VAGUE_TIME_RE = re.compile(r"第一时间|立即|及时|马上|随即")
DEADLINE_RE = re.compile(r"[\d一二三四五六七八九十两]+\s*(?:日|天|小时|周|个月)(?:内|以内)")


def restored_truth(item: dict[str, Any]) -> str:
    """A true statement as the text has it: its restated detail ("两名" for 2名, "禁止" for 严禁)
    put back ("" when the statement is no restatement or the restatement is not in it)."""
    statement = item["stem"].split("规定：", 1)[-1]
    was, _, now = item.get("restated", "").partition("→")
    if not now or now not in statement:
        return ""
    return statement.replace(now, was)


def _judge_problems(item: dict[str, Any], unit: Unit) -> list[str]:
    problems = []
    statement = item["stem"].split("规定：", 1)[-1]
    if item["answer"] == "错误" and authority_inverted(statement):
        problems.append("错误陈述上下级倒挂（上级向下级或同级报批），一看就错")
    if not is_complete(statement):
        problems.append("判断题的陈述不是完整的句子（缺主语、括号不配对或没有句末标点）")
    elif half_sentence(statement):
        problems.append("判断题的陈述是半句话（“……不得擅自发掘”缺宾语），应带上交代对象的前一句")
    flat = _flat(statement).rstrip("。")
    text = _unit_text(unit)
    if item["answer"] == "正确":
        if F.long_procedure(statement):
            problems.append("判为正确的是照抄的长程序句（报备、职责），没有区分度")
        if not (
            _bounded(statement, unit, strict_end=True, cut=True)
            or _list_statement(statement, unit)
            or _clause_statement(statement, unit)
        ):
            problems.append("判为正确的陈述不是条文中的完整句子")
        else:
            rest = text.split(flat, 1)[1] if flat in text else ""
            if rest.startswith("；") and F.EXCEPTION_RE.match(rest[1:]):
                problems.append("判为正确的陈述省略了紧接的例外条件（“因特殊需要……”）")
            rows = F.clauses(unit)
            for n, clause in enumerate(rows[:-1]):
                if _flat(clause.text).rstrip("。") == flat and F.EXCEPTION_RE.match(
                    rows[n + 1].text
                ):
                    problems.append("判为正确的陈述省略了紧接的例外条件（“但……”“因特殊需要……”）")
    else:
        if flat in text:
            problems.append("判为错误的陈述恰是条文原文")
            return problems
        if "→" in item.get("changed", ""):
            was, now = item["changed"].split("→", 1)
            restored = statement.replace(now, was)
            if now not in statement or not (
                _bounded(restored, unit, strict_end=True, cut=True)
                or _list_statement(restored, unit)
                or _clause_statement(restored, unit)
                # one act of a banned list ("……不得占用。"), a narrower truth of the text
                or any(_flat(restored) == _flat(narrow) for narrow, _ in _narrowed(unit))
                # a floor cut before the duty "且" adds ("……每年不得少于一次，且必须保证……"): a
                # stricter floor is false whatever follows (seed-5353 review 2)
                or (
                    bool(FIGURE_RE.fullmatch(now))
                    and _flat(restored).rstrip("。") + "，且" in _unit_text(unit)
                )
                # "……应当接受X的监督" said "……由X负责监督" (statements.exclusive_phrasing)
                or S.rephrased_clause(restored, [unit.text])
            ):
                problems.append("错误陈述改回原文后不是条文中的完整句子")
            elif joint_report_change(was, now):
                return problems  # one of two named bodies alone: no other body comes in
            elif licence_change(was, now, restored, unit):
                return problems  # an absolute ban said to yield to an approval it never names
            elif same_meaning(was, now):
                problems.append(f"错误陈述的改动“{was}”→“{now}”意思不变，其实是对的")
            elif VAGUE_TIME_RE.search(was) and DEADLINE_RE.search(now):
                problems.append(
                    f"错误陈述把没有具体时限的“{VAGUE_TIME_RE.search(was)[0]}”换成“{now}”，"
                    "原文不是可核对的时限，这样的改法也没人会信"
                )
            elif now + "（以下简称" in statement:
                problems.append(f"错误陈述改动了就地定义的名称（“{now}（以下简称……）”）")
            elif canonical_body(was) and re.search(f"(^|[，、]){re.escape(now)}", statement):
                problems.append(f"错误陈述只换了句子的主体（“{was}”→“{now}”），换来的说法未必不对")
            elif canonical_body(was) and OPEN_AFTER.match(statement.split(now, 1)[-1]):
                problems.append(f"错误陈述改动的“{was}”后面跟着“及相关部门”，换来的机关也在其中")
            elif level_named_elsewhere(restored, statement, unit.text):
                problems.append(
                    f"错误陈述换成的“{now}”在同一条或同一句里另有出现，学员容易混淆，说法可以争辩"
                )
            elif kind_named_elsewhere(restored, statement, unit.text):
                problems.append(
                    f"错误陈述换成的“{now}”这类机关在同一条里也出现，改后的说法未必不对"
                )
            elif now.startswith(("国务院", "国家")) and (canonical_body(was) or was in LEVEL_RANK):
                problems.append(f"错误陈述把“{was}”换成国家一级，国家对各级都有监督，说法可以争辩")
            elif government_for_department(was, now):
                problems.append(
                    f"错误陈述把“{was}”换成同级的“{now}”，政府领导本级部门，说法可以争辩"
                )
            elif not S.swap_contradicted(restored, statement):
                # (seed-5252 review 30: "应当接受住房城乡建设部门的监督" for 文物行政管理部门's)
                problems.append(
                    f"错误陈述把“{was}”换成“{now}”，但条文没有说这件事只由“{was}”来做（接受监督、"
                    "听取意见一类的职责别的机关也可以有），改后的说法未必不对"
                )
        else:
            was, now = _one_change(_closest_clause(statement, unit), flat)
        if (_kinds(now) - _kinds(was)) and OPEN_BODIES.search(unit.text):
            problems.append("条文有“相关部门”一类的开放说法，换成别类机关的陈述未必不对")
        if MODALS.search(was) or MODALS.search(now):
            problems.append(f"错误陈述靠改动情态词构成（“{was}”→“{now}”），不是可核对的细节")
        elif len(was) > 40 or not was:
            problems.append("错误陈述与条文不是只差一处可核对的细节")
    return problems


def _gap_problems(statement: str, gap: str, answer: str, wrong: list[str]) -> list[str]:
    """A gap must take a whole body, not stand in an open list, and no distractor may repeat a
    body joined to it ("（  ）和文物行政管理部门" with "各县文物行政管理部门")."""
    problems = []
    at = statement.find(gap)
    if at < 0:
        return problems
    after, before = statement[at + len(gap) :], statement[:at]
    if OPEN_AFTER.match(after) or before.endswith("其他"):
        problems.append("空处在“……或者其他……”“……及相关部门”的开放列举中，同类选项都说得通")
    if HINT_BEFORE.search(before):
        problems.append("空前面的词（“辖区的”“地、”）已点明答案的层级，或把机关名称拆开了")
    if canonical_body(answer):
        filled = before + answer + after
        for m in BODY_RE.finditer(filled):
            if m.start() < len(before) + len(answer) and m.end() > len(before):
                if (m.start(), m.end()) != (len(before), len(before) + len(answer)) and (
                    len(m.group(0)) > len(answer)
                ):
                    problems.append(f"空只挖去了机关名称“{m.group(0)}”的一部分")
                break
        joined = re.search(
            r"^(?:和|、|及|或者|或|与)(" + BODY_RE.pattern + ")", after
        ) or re.search("(" + BODY_RE.pattern + r")(?:和|、|及|或者|或|与)$", before)
        key = canonical_body(joined.group(1)) if joined else None
        for option in wrong:
            if key and (canonical_body(option) or ("", ""))[1] == key[1]:
                problems.append(f"干扰项“{option}”与题干中并列的“{joined.group(1)}”是同一类机关")
    return problems


def _body_set_problems(
    stem: str, right: list[str], wrong: list[str], quote: str, unit: Unit
) -> list[str]:
    """A 多选 over joined bodies: the right options, joined as printed, restore the clause; no
    distractor is a kind of body the article names (it could be right in substance) or means
    the same as a right option."""
    problems = []
    statement = _statement(stem)
    restored = [
        statement.replace("（  ）", sep.join(order))
        for order in permutations(right)
        for sep in ("和", "、", "及", "与")
    ]
    if not any(_bounded(r, unit) for r in restored):
        problems.append("多选题的正确选项填回后与条文原文不一致")
    parties = set(actors())
    for option in wrong:
        key = canonical_body(option)
        if option in parties and set(right) <= parties:
            if option in unit.text:
                problems.append(f"干扰项“{option}”在同一条里也出现，未必不对")
        elif not key:
            problems.append(f"干扰项“{option}”不是机关名称，与正确选项不同类")
        elif right_in_substance(option, unit.text):
            problems.append(
                f"干扰项“{option}”这个机关（或这类机关的任一级）在同一条里也出现，未必不对"
            )
        elif any(same_meaning(option, r) for r in right):
            problems.append(f"干扰项“{option}”与正确选项意思相同")
    return problems


def lists_asked(stem: str, unit: Unit) -> list[F.ListFact]:
    """The lists of the unit a list item's stem asks: by the question the generator puts
    (facts.list_question), or by the lead-in an earlier paper quoted."""
    flat = _flat(stem)
    return [
        lf
        for lf in F.lists(unit)
        if _flat(lf.lead.rstrip("：:")) in flat
        or any(
            _flat(F.list_question(lf.lead, lf.category, negative, what)) in flat
            for negative in (False, True)
            for what in ("各项", "行为")
        )
    ]


def _members(item: dict[str, Any], unit: Unit) -> tuple[str, ...]:
    found = lists_asked(item["stem"], unit)
    return found[0].members if found else ()


def _list_problems(item: dict[str, Any], unit: Unit) -> list[str]:
    problems = []
    lists = lists_asked(item["stem"], unit)
    if not lists:
        return ["列举题的引导语不在所引条文中"]
    listed = lists[0]
    explanation = _flat(item.get("explanation", ""))
    missing = [m for m in listed.members if _flat(m)[:12] not in explanation]
    if missing:
        problems.append(f"解析没有完整引用所列内容（缺“{missing[0][:12]}”等 {len(missing)} 项）")
    return problems


# a sentence opening on a verb with nobody doing it ("涉及宗教活动场所需维修、保养的，……")
SUBJECTLESS_OPENING = re.compile(r"^(涉及|需|需要|属于|对其|对此|其|该|此|上述|前款)")
# a response ("文物部门及时组织……") whose event ("发现文物……的，") stands in the sentence before
RESPONSE = re.compile(r"^[^，。；]{0,12}(及时|立即|随即|马上)")


def _located(statement: str, text: str) -> int:
    """Where a stem's sentence starts in its article's text (-1 when the stem rewrote its
    start, e.g. put the article's subject before it)."""
    head = _flat(re.split(r"（  ）|______", statement, maxsplit=1)[0])
    # a false statement may change a word near its start: the shorter head then finds it
    for size in (10, 6):
        if len(head) >= min(size, 4) and (at := text.find(head[:size])) >= 0:
            return at
    return -1


_OPENINGS: dict[tuple[int, str], frozenset[str]] = {}


def sentence_openings(corpus: Corpus | None, unit: Unit) -> frozenset[str]:
    """The two characters each sentence of the unit's document opens with (after "。", "；", "："
    or a paragraph start; later comma pieces left out), other units than this one: the nouns
    that stand on their own in that document."""
    if corpus is None:
        return frozenset()
    key = (id(corpus), unit.id)
    if key not in _OPENINGS:
        doc = corpus.document_by_id(unit.doc_id)
        found = set()
        opening = r"(?:^|[。；：\n])(?:[（(][一二三四五六七八九十]+[）)])?([\u4e00-\u9fff]{2})"
        for u in doc.units if doc else []:
            if u.id != unit.id:
                found |= {m.group(1) for m in re.finditer(opening, u.text)}
        _OPENINGS[key] = frozenset(found)
    return _OPENINGS[key]


def cut_from_context(stem: str, unit: Unit, corpus: Corpus | None = None) -> str:
    """Why a stem's sentence cannot be read without the sentence before it; "" when it can
    (seed-1111 review: "协议期限……", "事故最终调查结果……", "涉及宗教活动场所需维修、保养的……",
    "文物部门及时组织……"): a later comma piece of a sentence, a sentence opening on a verb, a
    sentence opening on a bare noun that the sentence before named in full (协议 of 看管协议书,
    事故 of 文物安全事故), a response whose event is the sentence before."""
    statement = _statement(stem).split("规定：", 1)[-1]
    text = _flat(_unit_text(unit))
    at = _located(statement, text)
    if at <= 0:
        return ""
    before = text[:at]
    if not before.endswith(("。", "；", "：", "，")):
        return ""
    opening = _flat(statement)
    if SUBJECTLESS_OPENING.match(opening):
        return "题干以动词开头，没有主语（前一句的对象被截掉了）"
    noun = opening[:2]
    if (
        re.fullmatch(r"[\u4e00-\u9fff]{2}", noun)
        and not BODY_RE.match(opening)
        and noun not in sentence_openings(corpus, unit)
    ):
        # a noun no sentence of the gazette opens with ("协议", "事故") stands for the fuller
        # name the sentence before gave ("看管协议书", "文物安全事故")
        fuller = [m.group(0) for m in re.finditer(rf"[\u4e00-\u9fff]{{2}}{noun}", before)]
        if fuller and not any(f in opening for f in fuller):
            return f"题干开头的“{noun}”指前文的“{fuller[0]}”，单独印出不知所指"
    last = re.split(r"[。；]", before.rstrip("。；"))[-1]
    if RESPONSE.match(opening) and "的，" not in opening and "的，" in last:
        return "题干是对前一句所述情形的处置，印出时缺了触发它的情形（“……的，”）"
    return ""


# an act that breaks a duty ("未按要求如实填写巡逻日志的", "擅自……的", "不及时报告的")
BREACH = re.compile(r"^(未|不|擅自|私自|违反|拒绝|拒不|怠于|无故)|不及时|未按|未经")


# a catch-all member that takes in misconduct ("其他破坏文物安全行为的", "不履行……职责的"); one
# of merit ("在……其他方面有突出贡献的", 细则 第十六条's rewards) takes in no breach
MISCONDUCT_RE = re.compile(r"破坏|违法|违反|不履行|损毁|危害")


def covered_by_catch_all(option: str, members: tuple[str, ...] | list[str]) -> bool:
    """A breach of a duty offered beside a list whose catch-all member of misconduct takes it
    in."""
    return (
        any(is_catch_all(m) and (BREACH.search(m) or MISCONDUCT_RE.search(m)) for m in members)
        and bool(BREACH.search(option))
        and not is_catch_all(option)
    )


def catch_all_covered(item: dict[str, Any], unit: Unit) -> list[str]:
    """Options the list's own catch-all member covers: a list that ends "（五）不履行野外文物看管
    人员职责的" or "其他……行为的" takes in any breach of a duty, so a breach offered as not
    listed can be argued listed (seed-1111 review: "未按要求如实填写巡逻日志的" beside 第十七条).
    Whether or not the catch-all member is printed among the options."""
    if not listed_stem(item.get("stem", "")) or item.get("type") not in ("单选", "多选"):
        return []
    listed = lists_asked(item["stem"], unit)
    if not listed:
        return []
    options = item.get("options", [])
    letters = [a for a in item.get("answer", "").split(",") if a]
    right = [o for i, o in enumerate(options) if LETTERS[i] in letters]
    wrong = [o for i, o in enumerate(options) if LETTERS[i] not in letters]
    unstated = right if "不属于" in item["stem"] else wrong
    return [o for o in unstated if covered_by_catch_all(o, listed[0].members)]


# a blank over the banned act itself, closing the sentence ("……考古发掘现场不得______。"): any
# act the text forbids elsewhere fills it (seed-909 and seed-1212 reviews: 触摸, 拓印, 损毁…)
OPEN_BAN_BLANK = re.compile(r"(不得|禁止|严禁)(私自|擅自|随意)?(______|（\s*）)[。；]?$")


# "根据……，各级______要……": the blank is the sentence's own subject
SUBJECT_BLANK_RE = re.compile(r"^根据[^，]{2,40}，(?:各级|各|当地)?______")


def bare_subject_blank(item: dict[str, Any]) -> bool:
    """A 填空 whose blank is the sentence's bare subject ("各级______要……负主体责任" → 人民政府):
    a kind of body with no level tests nothing, and "各级人民政府" is printed by every other
    stem about governments (seed-1515 review)."""
    return (
        item.get("type") == "填空"
        and bool(SUBJECT_BLANK_RE.match(item.get("stem", "")))
        and canonical_body(item.get("answer", "")) is None
        and bool(parse_body(item.get("answer", "")))
    )


def open_ban_blank(item: dict[str, Any]) -> bool:
    """A 填空 or 单选 whose gap is the act a bare ban forbids, with nothing after it."""
    return item.get("type") in ("填空", "单选") and bool(
        OPEN_BAN_BLANK.search(_flat(item.get("stem", "")))
    )


def _right_option(item: dict[str, Any]) -> str:
    from assistant.quiz.generator import right_option

    return right_option(item["type"], item.get("options", []), item.get("answer", ""))


def _keyed_options(item: dict[str, Any]) -> list[str]:
    from assistant.quiz.generator import keyed_options

    return keyed_options(item["type"], item.get("options", []), item.get("answer", ""))


def elsewhere_texts(corpus: Corpus, unit: Unit) -> list[str]:
    """The other articles of a unit's document: a phrase they use is one a trainee has read."""
    doc = corpus.document_by_id(unit.doc_id)
    return [u.text for u in (doc.units if doc else []) if u.id != unit.id]


def document_text(corpus: Corpus, unit: Unit) -> str:
    """The whole text of a unit's document: a 填空 answer may be written in its other words."""
    doc = corpus.document_by_id(unit.doc_id)
    return "".join(u.text for u in (doc.units if doc else [unit]))


def exception_kept(stem: str) -> bool:
    """A stem whose every "；" opens the exception to the ban before it ("……已经全部毁坏的，不得
    重新修建；因特殊需要，……报原核定公布机关批准"): one rule, printed whole, since the exception
    holds only under the ban's condition (seed-3838 review, A29)."""
    return all(F.EXCEPTION_RE.match(piece) for piece in stem.split("；")[1:])


# a marking note's requirement ("未写出“上一级”或“上级”不给分"): the words one of which every
# accepted answer must hold
REQUIRED_RE = re.compile(r"未写出((?:“[^”]+”(?:或|、)?)+)(?:的)?不给分")


def _marking_contradictions(marking: str, accepted: list[str]) -> list[str]:
    """A note that refuses what it accepts (the seed-4949 review, items 35, 36, 39, 41: "未写出
    ‘上一级’不给分" while "上级文物行政管理部门" earns the points)."""
    found = REQUIRED_RE.search(marking)
    if not found:
        return []
    words = re.findall(r"“([^”]+)”", found.group(1))
    return [
        f"评分说明要求写出{found.group(1)}，备选答案“{a}”却没有写，说明自相矛盾"
        for a in accepted
        if not any(w in a for w in words)
    ]


def _series_cut(filled: str, unit: Unit) -> bool:
    """A blank over one duty of a series printed alone ("各级有文物安全法定责任的部门负______
    责任。" out of 第四十条's four: seed-5151 review 41): 主体, 综合监管, 直接 fit it as well."""
    flat = _flat(filled).rstrip("。")
    if not F.DUTY_RE.search(flat):
        return False
    for clause in F.clauses(unit):
        series = _flat(F.duty_series(clause.text)).rstrip("。")
        if series and flat in series and flat != series:
            return True
    return False


# a clause that decides an item: it holds this much of the item's true statement, or the best
# such clause matches at least this share of it
DECIDING_BLOCK = 10
DECIDING_RATIO = 0.4
# an explanation that quotes this many characters beyond the deciding clause quotes its article
QUOTED_BEYOND = 30


def _trimmed(text: str) -> str:
    return _flat(text).rstrip("。；，：:")


def _longest_block(a: str, b: str) -> int:
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def deciding_clauses(unit: Unit, statement: str) -> list[Clause]:
    """The clauses of the unit that decide an item whose true statement is `statement` (seed-5353
    review, class 2: the 解析 quotes the clause that decides the item, not the article): those it
    prints whole or is printed in, else the one it matches best; an exception ("但……", "确因
    ……") or a clause leaning back ("同时……") with the clause before it; a list member with its
    lead when the statement says the lead's consequence ("……的，由……解聘……")."""
    rows = list(F.clauses(unit))
    target = _trimmed(statement)
    if not rows or len(target) < 4:
        return []
    picked = [
        r
        for r in rows
        if len(_trimmed(r.text)) >= 4 and (_trimmed(r.text) in target or target in _trimmed(r.text))
    ]
    if not picked:
        scored = [(SequenceMatcher(None, _trimmed(r.text), target).ratio(), r) for r in rows]
        best, row = max(scored, key=lambda x: x[0])
        if best < DECIDING_RATIO:
            return []
        picked = [row]
    first = picked[0]
    if first.index > 0 and (F.EXCEPTION_RE.match(first.text) or LEANS_BACK.match(first.text)):
        before = rows[first.index - 1]
        if before.label == first.label or not first.is_item:
            picked.insert(0, before)
    lead = next(
        (
            r
            for r in reversed(rows[: picked[0].index])
            if picked[0].is_item
            and not r.is_item
            and r.text.strip() in picked[0].lead
            and _longest_block(_trimmed(r.text), target) >= DECIDING_BLOCK
        ),
        None,
    )
    if lead is not None and lead not in picked:
        picked.insert(0, lead)
    return picked


def deciding_quote(unit: Unit, statement: str) -> tuple[str, str]:
    """What an explanation quotes and where it stands ("第二款", "第（三）项"; "" for the
    article): the deciding clauses (deciding_clauses), runs that are not next to each other in
    quotes of their own; a comma piece of a long sentence alone when the statement prints it as
    the text has it (细则 第十二条's "县级野外文物保护单位看管人员每人每月工资1200元"). ("", "")
    when no clause decides it."""
    picked = deciding_clauses(unit, statement)
    if not picked:
        return "", ""
    target = _trimmed(statement)
    runs: list[list[Clause]] = []
    for row in picked:
        if runs and runs[-1][-1].index == row.index - 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    piece = (
        _raw_span(target, picked[0].text)
        if len(picked) == 1 and not F.EXCEPTION_RE.match(picked[0].text)
        else ""
    )
    if piece and len(piece) < len(_trimmed(picked[0].text)):
        quote = piece
    else:
        labelled = len(runs) > 1
        quote = "”“".join(
            "".join((r.label if labelled and r.is_item else "") + r.text.strip() for r in run)
            for run in runs
        )
    # the gazette's own slip marked, not corrected in silence (seed-5353 review 46)
    quote = SOURCE_SLIP_RE.sub(r"\1部〔门〕", quote)
    return quote.rstrip("；;，"), _place(unit, picked)


# the share of a statement a comma piece of the text must print to stand for it (a subject
# carried over may open the statement: "野外看管人员" + "对……重大看管事故的要立即解聘")
PIECE_SHARE = 0.6
CARRIED_SUBJECT = 8  # characters of a subject carried over ("野外看管人员")


def _raw_span(target: str, text: str) -> str:
    """The stretch of `text`, as printed, that the flat statement `target` prints (a slip of the
    gazette, "行政管理部的", matched as "行政管理部门的"), or its longest ending after a subject
    the statement carries over; "" when the text does not print it."""
    raw = re.sub(r"\s+", "", text)
    for k in range(0, min(CARRIED_SUBJECT, int(len(target) * (1 - PIECE_SHARE))) + 1):
        tail = target[k:]
        if k and (tail[:1] in "，、；：" or re.search(r"[，；。：]", target[:k])):
            break  # a subject is carried over, never a clause of the statement
        pattern = re.escape(tail).replace("部门", "部门?")
        found = re.search(pattern, raw)
        if found and (k == 0 or found.start() == 0 or raw[found.start() - 1] in "，；。：、"):
            return found.group(0)
    return ""


def _place(unit: Unit, picked: list[Clause]) -> str:
    """The paragraph (款) or item (项) an article's deciding clauses stand in, "" when they
    span parts or the article has one paragraph and no items."""
    if unit.kind != "article" or not unit.parts:
        return ""
    items = {r.label for r in picked if r.is_item}
    paragraphs = [p.label for p in unit.parts if p.kind == "paragraph"]
    if len(items) == 1:
        label = items.pop()
        # the paragraph the item stands under, named when the article has several
        at = next(n for n, p in enumerate(unit.parts) if p.kind == "item" and p.label == label)
        owner = next((p.label for p in reversed(unit.parts[:at]) if p.kind == "paragraph"), "")
        return (owner if len(paragraphs) > 1 else "") + f"第{label}项"
    if items:
        return ""
    labels = {r.label for r in picked}
    return labels.pop() if len(labels) == 1 and len(paragraphs) > 1 else ""


def citations(unit: Unit) -> set[str]:
    """The 出处 an item of the unit may name: the article, or one of its paragraphs (款) or
    items (项) ("第十三条第一款", "第七条第（三）项")."""
    found = {unit.citation}
    if unit.kind != "article":
        return found
    paragraphs = [p for p in unit.parts if p.kind == "paragraph"]
    owner = ""
    for part in unit.parts:
        if part.kind == "paragraph":
            owner = part.label
            found.add(unit.citation + part.label)
        else:
            found.add(f"{unit.citation}第{part.label}项")
            if len(paragraphs) > 1:
                found.add(f"{unit.citation}{owner}第{part.label}项")
    return found


def _first_quotation(explanation: str) -> str:
    """The text an explanation quotes first ("依据……：“A”“B”。原文为……" → "AB")."""
    _, _, rest = explanation.partition("：“")
    out = []
    while rest:
        inside, _, rest = rest.partition("”")
        out.append(inside)
        if not rest.startswith("“"):
            break
        rest = rest[1:]
    return "".join(out)


def _unmarked(text: str) -> str:
    return _flat(text.replace("〔门〕", "门"))


def explanation_problems(item: dict[str, Any], unit: Unit) -> list[str]:
    """An explanation that buries the clause deciding the item in a quote of the whole article,
    or leaves it out, and a 出处 that stops at the article where a 款 or 项 decides the item
    (seed-5353 review, class 2: 第七条's five duties quoted for its （三）, 第四十九条 whole for
    its second sentence). A list item quotes its list whole."""
    if listed_stem(item.get("stem", "")):
        return []
    statement = item.get("shown") or S.filled(item)
    quote, place = deciding_quote(unit, statement)
    if not quote:
        return []
    problems = []
    explanation = _unmarked(item.get("explanation", ""))
    pieces = [_unmarked(p) for p in quote.split("”“")]
    if any(p not in explanation for p in pieces):
        problems.append(f"解析没有引用决定本题的原文（“{quote[:20]}”）")
    quoted = _unmarked(_first_quotation(item.get("explanation", "")))
    if len(quoted) > sum(map(len, pieces)) + QUOTED_BEYOND:
        problems.append(
            f"解析引用了整段原文（{len(quoted)} 字），决定本题的只是其中的“{quote[:20]}”"
            f"{'（' + place + '）' if place else ''}"
        )
    if place and item.get("source") == unit.citation:
        problems.append(f"出处只写到条，决定本题的是{place}")
    return problems


# a stem's lead-in: the title it names, and what stands between the title and the rule
LEAD_RE = re.compile(r"^(?:根据)?《(?P<title>[^》]+)》(?P<place>[^，：]{0,16})[，：]")
# an article or a section named in the lead-in ("第十三条", "一、（三）")
PLACE_RE = re.compile(r"^(?:第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、)")
# the look-up frame of a list ("《……》第六条列举了“……”。下列各项中，属于该条所列内容的有")
LOOKUP_LIST_RE = re.compile(r"列举了“|所列内容")


def lookup_lead(stem: str, unit: Unit) -> list[str]:
    """A stem that reads as a look-up in the document, not as a rule (seed-5353 review, class 1):
    the full title where the paper's heading defines a short one, an article number before the
    rule (the 出处 names it), or a list asked by quoting its lead-in ("属于该条所列内容")."""
    problems = []
    full = unit.citation.split("》")[0].lstrip("《")
    short = re.sub(r"^[\u4e00-\u9fff]{2,4}?地区|（[^）]*）$", "", full)
    m = LEAD_RE.match(stem)
    if m and m["title"] == full and short != full:
        problems.append(f"题干重复文件全称《{full}》，卷首已定义简称《{short}》")
    if m and PLACE_RE.match(m["place"]):
        problems.append(f"题干开头写出条号（“{m['place']}”），读来是查条文而不是考规定")
    if LOOKUP_LIST_RE.search(stem):
        problems.append("列举题照抄条文引导语问“属于该条所列内容”，考的是条文位置而不是规定")
    return problems


def check_item(item: dict[str, Any], corpus: Corpus) -> list[str]:
    """Violations of one item; empty when it follows every rule."""
    problems: list[str] = []
    unit = corpus.unit_by_id(item.get("unit_id", ""))
    if unit is None:
        return [f"出处 {item.get('unit_id')} 不存在"]
    text = _unit_text(unit)
    if item.get("source") not in citations(unit):
        problems.append("出处与条文不一致")
    problems += _abbreviation_problems(item["stem"], item.get("options", []), unit, corpus)
    problems += lookup_lead(item["stem"], unit)
    if any(F.DRAFTING_RE.search(t) for t in [item["stem"], *item.get("options", [])]):
        problems.append("题干或选项保留了起草用语（“以下简称……”）")
    if any(SOURCE_SLIP_RE.search(t) for t in [item["stem"], *item.get("options", [])]):
        problems.append("题干或选项照抄了原文的漏字（如“行政管理部的”）")
    quote_text = item.get("quote", "")
    cut = cut_from_context(item["stem"], unit, corpus) if not listed_stem(item["stem"]) else ""
    if cut:
        problems.append(cut)
    if bare_subject_blank(item):
        problems.append("空出的是句子的主语，而且只是一类机关（“各级______”），考不出什么")
    if open_ban_blank(item):
        problems.append("空出的是禁止的行为本身（“不得______。”），原文别处禁止的行为都填得进去")
    if "；" in item["stem"] and not listed_stem(item["stem"]) and not exception_kept(item["stem"]):
        problems.append("题干带着分号后的另一分句（整条照抄），应只留含考点的那一句")
    if F.low_value(asked_sentence(item)) == "never":
        problems.append(
            "考的不是文物安全规定（培训组织、民办博物馆、志愿者、选聘条件、考核、资金公开）"
        )
    if platitude_truth(item):
        problems.append(f"判为正确的陈述照抄原文，{platitude_truth(item)}：谁都会判对，考不出什么")
    if recites_slogan(item):
        problems.append(
            f"考的是口号式原则“{recites_slogan(item)}”的字面，不是可核对的规定（背诵题）"
        )
    if F.TRIVIA_RE.search(quote_text) or F.HORTATORY_RE.search(_statement(item["stem"])):
        problems.append("考的是解释、制定机关或倡导性套话，不是义务、禁止、报告、处罚或数字")
    if item["type"] in ("单选", "填空") and sum(item["stem"].count(g) for g in GAPS) > 1:
        problems.append("一道题有两个空，却共用一个答案")
    problems += _own_words_problem(item)
    expected = (
        D.judge_label(item.get("shown") or quote_text, item.get("changed", ""))
        if item["type"] == "判断"
        else D.label(
            item.get("shown") or quote_text,
            item.get("detail", ""),
            item.get("detail_kind", ""),
            item.get("details", 0),
            changed=bool(item.get("changed")),
            options=item.get("options", []) if item["type"] in ("单选", "多选") else (),
            right=_right_option(item),
            keyed=_keyed_options(item),
            familiar=item.get("detail_kind") in ("term", "series")
            and D.familiar(
                item.get("detail", ""),
                item.get("shown") or quote_text,
                elsewhere_texts(corpus, unit),
            ),
        )
    )
    if item.get("difficulty") != expected:
        problems.append(f"难度标注“{item.get('difficulty')}”与内容特征（应为“{expected}”）不符")
    if item.get("restated") and item.get("type") == "判断" and item.get("answer") == "正确":
        # a true statement saying one detail in other words is read as the text has it
        was, _, now = item["restated"].partition("→")
        if not restored_truth(item):
            pass  # the stem says no restatement: read as it stands
        elif not restatement_kept(was, now):
            problems.append(f"判为正确的陈述把“{was}”说成“{now}”，意思变了")
        else:
            lead = item["stem"][: len(item["stem"]) - len(item["stem"].split("规定：", 1)[-1])]
            item = dict(item, stem=lead + restored_truth(item))
    item = dict(
        item,
        stem=_contract(item["stem"], unit, corpus),
        options=[_contract(o, unit, corpus) for o in item.get("options", [])],
    )
    stem, options, answer, kind = (
        item["stem"],
        item.get("options", []),
        item["answer"],
        item["type"],
    )
    if "\n" in stem or any("\n" in o for o in options):
        problems.append("题干或选项含有换行（分页断开的文字未接好）")
    explanation = item.get("explanation", "")
    if "…" in explanation:
        problems.append("解析用省略号删节了原文")
    if not explanation.startswith("依据《"):
        problems.append("解析没有引用条文")
    quote = item.get("quote", "")
    problems += explanation_problems(item, unit)
    if quote and _flat(quote) not in text:
        problems.append("解析引用的原文不在所引条文中")
    elif quote and not _bounded(quote, unit):
        problems.append("解析引用的原文不是完整的句子")
    is_list = listed_stem(stem)
    is_term = "体现的是" in stem
    if kind in ("单选", "多选"):
        if len(options) != len(set(options)):
            problems.append("选项重复")
        letters = [a for a in answer.split(",") if a]
        if any(a not in LETTERS[: len(options)] for a in letters):
            return problems + [f"答案 {answer} 不是有效选项"]
        right = [options[LETTERS.index(a)] for a in letters]
        wrong = [o for i, o in enumerate(options) if LETTERS[i] not in letters]
        if kind == "单选" and (len(options) != 4 or len(letters) != 1):
            problems.append("单选题应有4个选项、1个答案")
        elif kind == "单选" and "不属于" not in stem and centroid(right[0], wrong):
            problems.append("干扰项各改了正确选项的不同地方，正确选项是它们的“中心”，猜得出")
        if kind == "多选" and (len(letters) < 2 or not wrong or len(options) > 6):
            problems.append("多选题应至少2个正确答案、1个干扰项，最多6个选项")
        for a_index, a in enumerate(options):
            if re.search(r"[，；、：]$|^[，；、的）]", a) or a.count("（") != a.count("）"):
                problems.append(f"选项“{a}”是残句")
            if is_catch_all(a):
                problems.append(f"选项“{a}”是兜底项（“其他……”），会覆盖其他选项")
            elif a in wrong and is_generic_consequence(a):
                problems.append(
                    f"干扰项“{a}”是笼统的处理（按法律程序处置一类），考生可以争辩它也对"
                )
            for b in options[a_index + 1 :]:
                if same_meaning(a, b):
                    problems.append(f"选项“{a}”与“{b}”意思相同（见等同表），会出现两个正确答案")
        negative = "不属于" in stem
        stated, unstated = (wrong, right) if negative else (right, wrong)
        for option in D.opposite_kinds(stated, unstated):
            problems.append(
                f"干扰项“{option}”与正确选项褒贬相反（受处罚的行为混在受表彰的事迹里，或反过来），"
                "凭常识即可排除"
            )
        if is_list:
            problems += [
                f"干扰项“{o}”会被本条的兜底项（“不履行……职责的”“其他……行为的”）罩住，说它不属于并不成立"
                for o in catch_all_covered(item, unit)
            ]
            problems += _list_problems(item, unit)
            problems += _list_distractor_problems(unstated, options, item, unit, corpus)
            for option in stated:
                if _flat(option) not in text:
                    problems.append(f"正确选项“{option}”不在所列内容中")
            for option in unstated:
                if _flat(option) in text:
                    problems.append(f"干扰项“{option}”也是条文所列，出现第二个正确答案")
                elif any(_flat(m) in _flat(option) for m in _members(item, unit)):
                    problems.append(f"干扰项“{option}”包含了所列的一项，说它不属于并不成立")
        elif kind == "多选":
            problems += _body_set_problems(stem, right, wrong, quote, unit)
        elif not is_term:
            filled = _statement(stem).replace("（  ）", right[0] if right else "")
            if "如何处理" in stem:
                filled = quote
            printed = filled.replace(
                "应当" + (right[0] if right else ""), right[0] if right else ""
            )
            if len(F.segments(filled)) > 1:
                problems.append("题干照搬了整条的几个分句，应只留含考点的那一句")
            if not is_complete(filled) and "如何处理" not in stem:
                problems.append("题干不是完整的句子（缺主语或被截断）")
            elif not any(
                _flat(f) in text or _bounded(f, unit, joint=True) for f in (filled, printed)
            ):
                problems.append("题干填入答案后与条文原文不一致（被截断或改写）")
            for option in wrong:
                if _flat(_statement(stem).replace("（  ）", option)).rstrip("。") in text:
                    problems.append(f"干扰项“{option}”填入后也是条文原文，出现第二个正确答案")
            problems += _gap_problems(_statement(stem), "（  ）", right[0] if right else "", wrong)
            problems += _body_distractor_problems(
                right[0] if right else "", wrong, _statement(stem) + quote, unit.text
            )
            for option in wrong:
                if authority_inverted(_statement(stem).replace("（  ）", option)):
                    problems.append(f"干扰项“{option}”填入后上下级倒挂，一看就错")
            problems += _trivial_gap(stem, right[0] if right else "")
        if kind == "单选" and not is_list and right and VAGUE_TIME_RE.fullmatch(right[0]):
            problems.append(
                f"单选题的答案“{right[0]}”是没有具体时限的时间词，放在“每日、定期”一类频次中间，"
                "代回题干只有它读得通，凭语感就能选出（应改考报告对象或做法）"
            )
        if kind == "单选" and not negative and any(_flat(o) in _flat(stem) for o in right):
            problems.append("题干泄露了答案")
    elif kind == "填空":
        if "______" not in stem:
            problems.append("填空题没有空")
        elif _flat(answer) not in text:
            problems.append("填空答案不是条文原文")
        elif _flat(answer) in _flat(stem):
            problems.append("题干泄露了答案")
        elif not is_term:
            problems += _gap_problems(_statement(stem), "______", answer, [])
            problems += _trivial_gap(stem, answer)
            at = _statement(stem).find("______")
            if ROLE_RE.fullmatch(answer) and paired_role(_statement(stem), at, "______"):
                problems.append(f"空出的“{answer}”与并列的职务相配（“……或负责人”），猜得出")
            filled = _statement(stem).replace("______", answer)
            if _series_cut(filled, unit):
                problems.append(
                    "空出的是并列的几类责任之一，题干却只印了这一句，其他几类填进去也说得通"
                    "（应把整组并列的责任印出）"
                )
            body = parse_body(answer)
            if body is not None and body.level in QUALIFIERS:
                problems.append(
                    f"空出的“{body.level}”只是限定语，不是考点（只空机关类别，或不出此题）"
                )
            # (a series of parallel duties is printed whole: one clause alone takes any of them,
            # seed-5151 review 41)
            if len(F.segments(filled)) > 1 and F.duty_series(filled) != filled:
                problems.append("题干照搬了整条的几个分句，应只留含考点的那一句")
            if not is_complete(filled):
                problems.append("题干不是完整的句子（缺主语或被截断）")
            elif not _bounded(filled, unit, joint=True):
                problems.append("填空句子与条文原文不一致（被截断或改写）")
        for alternative in item.get("alternatives", []):
            if not same_answer(alternative, answer, document_text(corpus, unit)):
                problems.append(f"填空的备选答案“{alternative}”与答案意思不同")
            elif "当地" in answer and "当地" not in alternative:
                problems.append(f"“当地”是相对的层级，备选答案“{alternative}”换成了具体层级")
        marking = item.get("marking", "")
        accepted = [answer, *item.get("alternatives", [])]
        # a note names each accepted wording, or states the principle that takes it in (the
        # level and the office of a body, the number of a count: seed-5151 review)
        forms = principle_forms(marking)
        if not marking or any(f"“{a}”" not in marking and a not in forms for a in accepted):
            problems.append(
                "填空题没有写明哪些答法给分（评分说明须列出答案和每个备选写法，或写明给分的原则）"
            )
        doc = document_text(corpus, unit) if forms else ""
        problems += [
            f"评分说明的原则收了与答案意思不同的写法“{f}”"
            for f in forms
            if f != answer and not same_answer(f, answer, doc)
        ]
        problems += _marking_contradictions(marking, [*accepted, *forms])
        if VAGUE_TIME_RE.fullmatch(answer):
            problems.append(
                f"填空题空出的“{answer}”是没有具体时限的时间词，同义的说法（立即、马上、迅速）给不给分"
                "说不清（应改考报告对象或做法）"
            )
    elif kind == "判断":
        if options != ["正确", "错误"] or answer not in ("正确", "错误"):
            problems.append("判断题选项应为 正确/错误")
        else:
            problems += _judge_problems(item, unit)
            problems += brought_unquoted(item, unit, corpus)
    else:
        problems.append(f"未知题型 {kind}")
    return problems + guessed_key_problems(item, document_text(corpus, unit))


# a level Ngari does not have ("市级文物保护单位": no city tier in the prefecture)
ABSENT_LEVELS = ("市级",)
# a false statement that says the consequence does not follow, outright ("只……，不予解聘")
ONLY_NOT_RE = re.compile(r"只[^，。；]{2,30}，不予")


def guessed_key_problems(item: dict[str, Any], document: str) -> list[str]:
    """Keys a trainee gets without the rule (seed-5353 review, class 5): a distractor at a level
    the region does not have (市级), a figure distractor far from the key (两个月 for a one-year
    limit), a bound's key at the end of its options (每年不得少于一次 among 一次…四次: the floor),
    a blank or a key that is the default once (每年复核一次), and a false statement said
    outright ("只……，不予解聘")."""
    problems = []
    kind, stem = item.get("type", ""), item.get("stem", "")
    options = item.get("options", []) if kind in ("单选", "多选") else []
    for option in options:
        level = next((lv for lv in ABSENT_LEVELS if lv in option and lv not in document), "")
        if level:
            problems.append(f"干扰项“{option}”用了本地区没有的层级（{level}），一看就错")
    key = _key_words(item)
    if kind in ("单选", "填空") and key and default_figure(key):
        problems.append(f"答案“{key}”是最常见的默认值，不懂规定也猜得出")
    own = figure_value(key) if kind == "单选" and key else None
    if own is not None and own[0].isdigit():
        sizes = {o: figure_value(o) for o in options}
        sized = {o: _size(v) for o, v in sizes.items() if v and v[0].isdigit() and _size(v)}
        size = _size(own)
        for option, value in sized.items():
            if size and not 1 / NEAR_CHOICE <= value / size <= NEAR_CHOICE:
                problems.append(f"干扰项“{option}”与答案“{key}”相差太远，没人会信")
        before = _statement(stem).split("（  ）")[0]
        if len(sized) == len(options) and key in sized:
            if LOWER_BOUND.search(before) and sized[key] == min(sized.values()):
                problems.append(f"“不少于”的答案“{key}”是选项中最小的，凭感觉就能选")
            if UPPER_BOUND.search(before) and sized[key] == max(sized.values()):
                problems.append(f"“不超过”的答案“{key}”是选项中最大的，凭感觉就能选")
    if kind == "判断" and item.get("answer") == "错误":
        now = item.get("changed", "").partition("→")[2]
        if ONLY_NOT_RE.search(now):
            problems.append(f"错误陈述用“只……，不予……”的绝对说法（“{now}”），一看就是错的")
    return problems


def payer_problems(
    item: dict[str, Any], articles: list[str], parties: tuple[str, ...]
) -> list[str]:
    """Who pays (a budget level, a party of a works site): a distractor or a false statement's
    payer must be one the documents name elsewhere as a party at all (施工单位, never 监理单位),
    and never one another article names for the same cost (seed-2121 review: 办法 第六条 lets
    各县人民政府本级财政 pay 聘请文物保护看管人员, so 县级财政 for 细则 第十二条 is arguable)."""
    kind = item.get("detail_kind", "")
    if kind not in ("funder", "actor") or item["type"] not in ("单选", "判断"):
        return []
    if item["type"] == "判断":
        if item.get("answer") != "错误" or "→" not in item.get("changed", ""):
            return []
        was, now = item["changed"].split("→", 1)
        statement = item.get("shown") or item["stem"].split("规定：", 1)[-1].replace(now, was)
        offered_ = [now]
    else:
        right = _right_option(item)
        statement = _statement(item["stem"]).replace("（  ）", right)
        offered_ = [o for o in item.get("options", []) if o != right]
    problems = []
    for option in offered_:
        if kind == "actor" and option in actors() and option not in parties:
            problems.append(f"“{option}”是所选文件从未提到的单位，随手替换，不是学员会犯的错")
        elif payer_named_elsewhere(option, statement, articles):
            problems.append(f"“{option}”在所选文件的另一条里也为同一项费用出钱，说法可以争辩")
    return problems


BROUGHT_PIECE = 8  # characters of a changed stretch that, found in another article, came from it


def brought_unquoted(item: dict[str, Any], unit: Unit, corpus: Corpus) -> list[str]:
    """A false statement that puts another article's words on this rule ("……不及时报告的，只适当
    扣除当月野外看管补助，不予解聘": the deduction is 细则 第十一条's) contrasts two articles: its
    explanation must quote both, or the trainee cannot see where the wrong half is from
    (seed-2121 review, item 13)."""
    if item["type"] != "判断" or item.get("answer") != "错误" or "→" not in item.get("changed", ""):
        return []
    now = item["changed"].split("→", 1)[1]
    doc = corpus.document_by_id(unit.doc_id)
    own = _unit_text(unit)
    problems = []
    for piece in re.split(r"[，。；]", now):
        piece = _flat(re.sub(r"^(只|仅|不予|而是)", "", piece))
        if len(piece) < BROUGHT_PIECE or piece in own or canonical_body(piece):
            continue  # a body swapped is a level or kind mistake, not another article's rule
        for other in doc.units if doc else []:
            if other.id != unit.id and piece in _unit_text(other):
                if other.citation not in item.get("explanation", ""):
                    problems.append(f"错误陈述用了{other.citation}的“{piece}”，解析却没有引用该条")
                break
    return problems


def key_units(corpus: Corpus, documents: list[str]) -> list[Unit]:
    """The units every full bank asks (facts.is_key_unit)."""
    return [u for u in core_units(corpus, documents) if F.is_key_unit(u)]


def core_units(corpus: Corpus, documents: list[str]) -> list[Unit]:
    """Units a trainer must see asked (facts.is_core_unit: penalties, reports, figures,
    scenarios, bans and responsibilities for relic safety)."""
    found = []
    for doc_id in documents:
        doc = corpus.document_by_id(doc_id)
        found += [u for u in (doc.units if doc else []) if F.is_core_unit(u)]
    return found


def coverage_problems(
    items: list[dict[str, Any]], corpus: Corpus, documents: list[str], size: int = 50
) -> list[str]:
    """A bank of `size` items or more asks every key unit (facts.is_key_unit: what to do when
    something happens, what a breach costs, what a custodian is paid), and asks no principle
    group or list twice while a core rule is left out. Other core units rotate between seeds:
    asking all of them in every bank would make every paper alike."""
    asked = {i.get("unit_id") for i in items}
    missing = [u for u in core_units(corpus, documents) if u.id not in asked]
    if not missing:
        return []
    problems = []
    keys = [u for u in missing if F.is_key_unit(u)]
    if len(items) >= size and keys:
        names = "、".join(u.citation for u in keys[:6])
        problems.append(f"题库有 {len(items)} 题却没有考到必考条文：{names}等 {len(keys)} 条")
    seen: dict[str, int] = {}
    for item in items:
        if item.get("topic") in ("principle", "list"):
            key = item.get("fact", "").split(":not")[0]
            seen[key] = seen.get(key, 0) + 1
    twice = [k for k, v in seen.items() if v > 1]
    if twice:
        problems.append(
            f"原则或列举知识点被考了两次（{twice[0]}），而核心条文还有 {len(missing)} 条没考"
        )
    return problems


# a ban in a statement: a rule however plain its words ("禁止……赠与、出租或者出售")
STATED_BAN_RE = re.compile(r"不得|禁止|严禁")
# levels that name no particular body ("各级人民政府", "相关部门"): no checkable detail
OPEN_LEVELS = ("", "各级", "当地", "同级", "所在地", "本行政区域")


def vague_truth(item: dict[str, Any]) -> bool:
    """A true statement copied from its article that holds no checkable detail and no ban
    ("发生文物安全事故的，应及时向各级人民政府及相关部门报告": 及时, 各级人民政府 — a truth anyone
    answers from common sense, seed-5151 review 16)."""
    if item.get("type") != "判断" or item.get("answer") != "正确":
        return False
    statement = _statement(item.get("stem", "")).split("规定：", 1)[-1]
    if STATED_BAN_RE.search(statement):
        return False
    for slot in F.find_slots(statement):
        body = parse_body(slot.text) if slot.kind == "body" else None
        if slot.kind != "timing" and not (body and body.level in OPEN_LEVELS):
            return False
    return True


# a government's declaration ("各级人民政府应建立健全……制度，定期研究……")
DECLARATION_RE = re.compile(
    r"^各级(?:人民)?政府(?:应当|应|要)?(?:建立健全|建立|健全|加强|完善|定期)"
)
# the bearer of a duty or a ban said of everyone ("任何单位和个人都有……的责任")
EVERYONE_RE = re.compile(r"任何单位(?:和|或者|或)个人|一切单位和个人")


def platitude_truth(item: dict[str, Any]) -> str:
    """Why a true statement copied from its article tests nothing ("" when it does): a truth with
    no checkable detail and no ban (vague_truth: "发生文物安全事故的，应及时向各级人民政府及相关
    部门报告"), a duty or a ban said of everyone with no body, figure or period to get wrong
    ("任何单位和个人都有……的责任", "……文物点，任何单位和个人不得占用、破坏、拆毁或者变卖",
    "……未经批准，任何单位或者个人不得擅自发掘"), or a government's declaration ("各级人民政府应
    建立健全……制度"). Everyone marks them √ (seed-5353 review, class 4: items 12, 16, 26, 27,
    29)."""
    if item.get("type") != "判断" or item.get("answer") != "正确":
        return ""
    statement = restored_truth(item) or _statement(item.get("stem", "")).split("规定：", 1)[-1]
    slots = F.find_slots(statement)
    bodies = [parse_body(s.text) for s in slots if s.kind == "body"]
    if (
        vague_truth(dict(item, stem=statement))
        and any(s.kind == "timing" for s in slots)
        and all(b is not None and b.level == "各级" for b in bodies)
    ):
        return "只说要及时向各级报告，没有可核对的机关、时限或做法"
    if DECLARATION_RE.match(statement) and not any(s.kind in ("figure", "period") for s in slots):
        return "是政府层面的宣示（建立健全……），不是受训人员可核对的规定"
    if EVERYONE_RE.search(statement) and not any(
        slot.kind not in ("timing", "act")
        and not (slot.kind == "body" and (parse_body(slot.text) or BODY_NONE).level in OPEN_LEVELS)
        for slot in F.find_slots(statement)
    ):
        return "说的是任何单位和个人都有的义务或禁止，没有机关、数字或时限可以判错"
    return ""


BODY_NONE = parse_body("人民政府") or parse_body("文物行政管理部门")


def true_beside(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two 判断 of one article, one of them a true statement with no checkable detail (vague_truth:
    seed-5151 review 16, "发生文物安全事故的，应及时向各级人民政府及相关部门报告" beside 15, a
    false statement of the same article's report chain): a freebie beside its neighbour, the
    article asked twice in one part of the paper. A true statement with a detail of its own
    (细则 第十一条's 当月 beside its major accident) asks a rule and stays."""
    return (
        a.get("type") == b.get("type") == "判断"
        and a.get("unit_id") == b.get("unit_id")
        and (vague_truth(a) or vague_truth(b))
    )


def offered(key: str, options: list[str]) -> bool:
    """One item's key among another item's options ("1400元" asked, and offered as a wrong pay
    beside "1200元"): two items of one article that answer each other."""
    return bool(key) and any(same_meaning(key, o) for o in options)


# names every relic rule repeats: a shared name is no shared fact
SHARED_NAMES = re.compile(
    r"文物保护单位|保护范围|建设控制地带|任何单位(和|或者|或)个人|国有文物收藏单位|文物收藏单位|"
    r"野外文物看管人员|野外看管人员|看管人员|文物安全|馆藏、寺藏文物|宗教活动场所|不可移动文物|"
    # the scope many articles open with: 第十七条's digging ban and 第三十八条's rubbing ban
    # share it and no fact (quiz25)
    r"本行政区域内?"
)
SAME_FACT = 6  # characters of one wording two statements share when they state one fact


def same_fact(a: str, b: str) -> bool:
    """Two 判断 statements of different articles stating one fact ("不得存放易燃、易爆……" in two
    articles): a trainee judges the second by the first. Bodies and the names every rule repeats
    are left out before comparing."""

    def core(stem: str) -> str:
        text = stem.split("规定：", 1)[-1]
        text = SHARED_NAMES.sub("｜", BODY_RE.sub("｜", text))
        return re.sub(r"[。，；：]", "｜", text)

    left, right = core(a), core(b)
    m = SequenceMatcher(None, left, right, autojunk=False).find_longest_match(
        0, len(left), 0, len(right)
    )
    return m.size >= SAME_FACT and "｜" not in left[m.a : m.a + m.size]


def stem_overlap(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> float:
    """Share of the smaller bank's stems that the other bank also asks."""
    stems_a = {_flat(i["stem"]) for i in a}
    stems_b = {_flat(i["stem"]) for i in b}
    return len(stems_a & stems_b) / max(1, min(len(stems_a), len(stems_b)))


def question_overlap(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> float:
    """Stricter than stems: items of one type asking the same detail of the same rule count as
    one question, whatever wrong value a false statement carries."""

    def asked(items: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
        return {(i["type"], i.get("fact", ""), i.get("detail", "")) for i in items}

    left, right = asked(a), asked(b)
    return len(left & right) / max(1, min(len(left), len(right)))


# 判断 items with one key in a row, in the printed order, that read as a pattern (the seed-2929
# reviews found five 错误 and seven 正确 running); the generator keeps runs to two where it can
KEY_RUN = 5


def key_runs(items: list[dict[str, Any]]) -> list[str]:
    """Runs of KEY_RUN or more 判断 items with one key, counted over the 判断 items in order."""
    judged = [(n, item["answer"]) for n, item in enumerate(items, 1) if item["type"] == "判断"]
    problems, start = [], 0
    for k in range(1, len(judged) + 1):
        if k == len(judged) or judged[k][1] != judged[start][1]:
            if k - start >= KEY_RUN:
                first, key = judged[start]
                problems.append(f"第{first}题起连续{k - start}道判断题答案都是“{key}”")
            start = k
    return problems


def check_bank(
    items: list[dict[str, Any]], corpus: Corpus, documents: list[str] | None = None
) -> list[str]:
    """Every violation in a bank, each prefixed with the item's number."""
    problems: list[str] = []
    seen_stems: dict[tuple[str, str], int] = {}
    seen_facts: dict[tuple[str, str], int] = {}
    for n, item in enumerate(items, 1):
        problems += [f"第{n}题（{item.get('type')}）：{p}" for p in check_item(item, corpus)]
        key = (item["type"], _flat(item["stem"]))
        if key in seen_stems:
            problems.append(f"第{n}题与第{seen_stems[key]}题重复")
        seen_stems.setdefault(key, n)
        fact = (item["type"], item.get("fact", ""))
        if item.get("fact") and fact in seen_facts:
            problems.append(f"第{n}题与第{seen_facts[fact]}题以同一题型考同一知识点")
        seen_facts.setdefault(fact, n)
    problems += key_runs(items)
    doc_ids = list(documents or dict.fromkeys(i.get("unit_id", "").split("/")[0] for i in items))
    keys_of = {u.id for u in key_units(corpus, doc_ids)}
    sentences: dict[str, list[int]] = {}
    for n, item in enumerate(items, 1):
        # one item per source sentence (seed-2425 review: 细则 第十一条's one sentence asked
        # by two true statements, 第十二条's by a 单选 and a 填空, in one paper); two on a long
        # sentence only when they ask different clauses for different kinds of detail; three
        # on a key article's, each on its own clause (own_clauses)
        mine = {sentence_of(k) for k in item.get("rule_keys", [])}
        key = item.get("unit_id") in keys_of
        twice = sorted(
            {
                m
                for s in mine
                for m in sentences.get(s, [])
                if len(sentences[s]) > (PER_LONG_UNIT - 1 if key else 1)
                or not sentence_twice(items[m - 1], item, key)
            }
        )
        if twice:
            problems.append(f"第{n}题与第{twice[0]}题考的是条文的同一句话")
        for s in mine:
            sentences.setdefault(s, []).append(n)
    rules: dict[str, int] = {}
    for n, item in enumerate(items, 1):
        for key in item.get("rule_keys", []):
            # a whole rule ("…#3") and one of its clauses ("…#3@20") or atoms ("…#3@20~2名")
            # ask the same thing
            clash = next((m for k, m in rules.items() if keys_clash(k, key)), None)
            if clash:
                problems.append(f"第{n}题与第{clash}题考的是同一条规则")
                break
        for key in item.get("rule_keys", []):
            rules.setdefault(key, n)
        pairs = body_pairs(
            item["type"], item["stem"], tuple(item.get("options", [])), item["answer"]
        )
        for m, other in enumerate(items, 1):
            if m != n and pair_leak(pairs, other["stem"], _key_words(other)):
                problems.append(f"第{m}题与第{n}题问的是同一组机关，互相提示")
            printed = " ".join(
                [other["stem"], *(other.get("options", []) if other["type"] != "判断" else [])]
            )
            if m != n and (
                gives_away(item["stem"], _key_words(item), printed)
                or (
                    item.get("unit_id") == other.get("unit_id")
                    and same_unit_leak(_key_words(item), printed)
                )
            ):
                problems.append(f"第{m}题的题干或选项印出了第{n}题的答案")
            elif m != n and (
                word := answer_printed(
                    _key_words(item),
                    tuple(item.get("alternatives", [])),
                    item.get("detail_kind", ""),
                    printed,
                )
            ):
                problems.append(f"第{m}题的题干或选项印出了第{n}题的答案“{word}”")
            if m > n and approval_pair(item, other):
                problems.append(
                    f"第{n}题与第{m}题出自同一条的同一审批规定：一题照抄原文判为正确，另一题考"
                    "谁批准（管理）或“未经批准不得……”，一题说出了另一题"
                )
    keys: dict[str, list[int]] = {}
    for n, item in enumerate(items, 1):
        text = normalize(_key_words(item)) if _key_words(item) else ""
        if text:
            keys.setdefault(text, []).append(n)
    for text, where in keys.items():
        units = [items[n - 1].get("unit_id") for n in where]
        twice = [n for n, u in zip(where, units, strict=True) if units.count(u) > 1]
        if twice:
            numbers = "、".join(map(str, twice))
            problems.append(f"第{numbers}题出自同一条，答案都是“{text}”")
        if len(where) > 2:
            numbers = "、".join(map(str, where))
            problems.append(f"第{numbers}题的答案都是“{text}”：同一答案反复出现，成了套路")
        kinds = [items[n - 1]["type"] for n in where]
        same_type = [n for n, k in zip(where, kinds, strict=True) if kinds.count(k) > 1]
        if same_type:
            numbers = "、".join(map(str, same_type))
            problems.append(f"第{numbers}题同一题型、答案都是“{text}”，读来像同一道题")
    asked_keys: dict[tuple[str, str], list[int]] = {}
    for n, item in enumerate(items, 1):
        if text := asked_key(item):
            asked_keys.setdefault((item.get("unit_id", ""), text), []).append(n)
    for (_, text), where in asked_keys.items():
        # a false statement's changed detail beside an item asking it (two gap items with one
        # key are reported above)
        if len(where) > 1 and any(not _key_words(items[n - 1]) for n in where):
            numbers = "、".join(map(str, where))
            problems.append(f"第{numbers}题出自同一条，考的都是“{text}”")
    for n, item in enumerate(items, 1):
        if item["type"] in ("单选", "多选"):
            for m, other in enumerate(items, 1):
                options = telling_options(item["type"], item.get("options", []))
                shown = [o for o in options if o in other["stem"]]
                if m != n and shown:
                    problems.append(f"第{n}题的选项“{shown[0]}”印在第{m}题的题干里，互相提示")
    for n, item in enumerate(items, 1):
        for m, other in enumerate(items, 1):
            if (
                m != n
                and item.get("unit_id") == other.get("unit_id")
                and item["type"] in ("单选", "多选")
                and offered(_key_words(other), item.get("options", []))
            ):
                problems.append(f"第{m}题的答案是第{n}题的选项，两题出自同一条、互为干扰项")
    listed = [(n, i) for n, i in enumerate(items, 1) if listed_stem(i["stem"])]
    for k, (n, item) in enumerate(listed):
        for m, other in listed[k + 1 :]:
            if set(item.get("options", [])) & set(other.get("options", [])):
                problems.append(f"第{n}题与第{m}题的选项有同一项列举，读来像同一道题考两次")
    for n, item in enumerate(items, 1):
        for m, other in enumerate(items, 1):
            if m == n:
                continue
            printed = " ".join(
                [other["stem"], *(other.get("options", []) if other["type"] != "判断" else [])]
            )
            if truth_printed(item, printed):
                problems.append(f"第{m}题印出了第{n}题被改动之处的原文，泄露了答案")
            if item.get("unit_id") == other.get("unit_id") and explained_away(item, other):
                problems.append(
                    f"第{m}题的解析引出了第{n}题的答案（同一条的两题共用一段解析），练习时先看到"
                    "解析就知道另一题的答案"
                )
            if words := change_printed(item, other["stem"]):
                problems.append(
                    f"第{m}题的题干印出了第{n}题错误陈述换进去的“{words}”（那是另一处的规定），"
                    f"一看便知第{n}题是错的"
                )
            if item.get("unit_id") == other.get("unit_id") and (
                words := sibling_change(item, printed)
            ):
                problems.append(
                    f"第{m}题印出的“{words}”正是第{n}题错误陈述换进去的说法（同一条另一句的规定），"
                    f"读来是在提示第{n}题"
                )
            if m > n and statement_within(item, other):
                problems.append(f"第{n}题与第{m}题的陈述一个包含另一个，是同一道题")
    # an option, a statement or a stem that states the rule another item asks or states
    # (seed-4141 review: 第五十条's "私自拍摄壁画……的" beside 第三十七条's "不得______", 第六条's
    # "由建设单位承担费用的……" beside 第二十二条's "所需费用由______列入")
    material = S.material(corpus, doc_ids)
    for n, item in enumerate(items, 1):
        for m, other in enumerate(items[n:], n + 1):
            clause = S.shared(item, other, material)
            if clause:
                problems.append(
                    f"第{n}题与第{m}题：一题的选项或题干说出了另一题所考的规定（{clause}），"
                    "互相提示或重复考"
                )
    from assistant.quiz.pairing import same_change

    judges = [(n, i) for n, i in enumerate(items, 1) if i["type"] == "判断"]
    for k, (n, item) in enumerate(judges):
        for m, other in judges[k + 1 :]:
            if item.get("unit_id") != other.get("unit_id") and same_fact(
                item["stem"], other["stem"]
            ):
                problems.append(f"第{n}题与第{m}题是同一件事的两道判断题")
            if true_beside(item, other):
                problems.append(
                    f"第{n}题与第{m}题是同一条的两道判断题，其中一道照抄原文判为正确、没有可核对的"
                    "细节，成了送分题"
                )
            if item.get("changed") and same_change(item["changed"], other.get("changed", "")):
                problems.append(
                    f"第{n}题与第{m}题的错误陈述用了同一种改法（“{item['changed']}”"
                    f"“{other.get('changed')}”），考生摸得出规律"
                )
    per_unit: dict[str, list[int]] = {}
    for n, item in enumerate(items, 1):
        per_unit.setdefault(item.get("unit_id", ""), []).append(n)
    for unit_id, where in per_unit.items():
        held = [items[n - 1] for n in where]
        if not unit_limit(
            [list(i.get("rule_keys") or [i.get("fact", "")]) for i in held], unit_id in keys_of
        ):
            numbers = "、".join(map(str, where))
            problems.append(
                f"第{numbers}题出自同一条（{unit_id}），一条最多出 {PER_UNIT} 题"
                f"（考三个不同句子的长条文最多 {PER_LONG_UNIT} 题）"
            )
        elif third_shares(held):
            numbers = "、".join(map(str, where))
            problems.append(f"第{numbers}题出自同一条，考到同一个数字、机关或词语，互相提示")
        swaps = [n for n in where if swap_kind(items[n - 1]) == "body"]
        if len(swaps) > 1:
            problems.append(
                f"第{'、'.join(map(str, swaps))}题在同一条上都是换机关，同一种改法考了两次"
            )
    brought: dict[str, list[int]] = {}
    for n, item in enumerate(items, 1):
        for kind in new_kinds(item):
            brought.setdefault(kind, []).append(n)
    for kind, where in brought.items():
        if len(where) > BROUGHT:
            numbers = "、".join(map(str, where))
            problems.append(f"第{numbers}题的错误陈述都换成了“{kind}”，考生见到它就判错")
    kinds = {i["type"] for i in items}
    judged = sum(i["type"] == "判断" for i in items)
    if len(kinds) > 1 and len(items) >= 20 and judged > JUDGE_SHARE * len(items):
        problems.append(f"判断题 {judged}/{len(items)}，超过全卷的 {JUDGE_SHARE:.0%}")
    truths = sum(i["type"] == "判断" and i["answer"] == "正确" for i in items)
    if judged >= 6 and 3 * truths > 2 * judged:
        problems.append(f"判断题 {judged} 道中 {truths} 道判“正确”，一律答“正确”也能及格")
    problems += label_tells_key(items)
    problems += copied_truths(items, corpus)
    letters = [i["answer"] for i in items if i["type"] == "单选"]
    if len(letters) >= 8:
        letter, count = max(((x, letters.count(x)) for x in set(letters)), key=lambda p: p[1])
        if count * 2 > len(letters):
            problems.append(f"单选题答案一半以上是 {letter}（{count}/{len(letters)}），考生可以猜")
    # who pays, judged against every article of the chosen documents (or of the items' own)
    docs = [d for d in (corpus.document_by_id(x) for x in doc_ids) if d]
    articles = [u.text for d in docs for u in d.units]
    parties = named_parties("".join(articles))
    for n, item in enumerate(items, 1):
        problems += [
            f"第{n}题（{item.get('type')}）：{p}" for p in payer_problems(item, articles, parties)
        ]
    if documents:
        problems += coverage_problems(items, corpus, documents)
    return problems


# a paper's true statements that may all be copies of the text, and its false ones all edited,
# before "does it read like the gazette?" answers the true/false part
COPIED_TRUTHS = 4


def verbatim(item: dict[str, Any], corpus: Corpus) -> bool:
    """A 判断 whose statement is a stretch of its article word for word."""
    unit = corpus.unit_by_id(item.get("unit_id", ""))
    statement = _flat(item["stem"].split("规定：", 1)[-1]).rstrip("。")
    return unit is not None and statement in _unit_text(unit)


def copied_truths(items: list[dict[str, Any]], corpus: Corpus) -> list[str]:
    """Every true statement of the paper a word-for-word copy while every false one is edited
    (seed-5353 review, class 4: eleven √ all copied, eight × all edited): "does it read like
    the gazette?" answers the part without the rules."""
    judged = [i for i in items if i.get("type") == "判断"]
    truths = [i for i in judged if i.get("answer") == "正确"]
    false = [i for i in judged if i.get("answer") == "错误"]
    if len(truths) < COPIED_TRUTHS or len(false) < COPIED_TRUTHS - 1:
        return []
    if all(verbatim(i, corpus) for i in truths) and not any(verbatim(i, corpus) for i in false):
        return [
            f"判断题判“正确”的 {len(truths)} 道都照抄原文，判“错误”的 {len(false)} 道都改过原文："
            "看“像不像原文”就能答"
        ]
    return []


def key_words(item: dict[str, Any]) -> str:
    """The words of a gap item's key; "" for lists, principles and 判断."""
    return _key_words(item)


def asked_key(item: dict[str, Any]) -> str:
    """The detail an item asks a trainee to know, in canonical words: a gap item's key, or the
    body or figure a false statement changed (its true words); "" for others. Two items of one
    article asking one such detail ask one fact (seed-4343 self-review: 第二十七条's 交换、借用
    approved by 自治区文物行政管理部门, one sentence as a false 判断 and the next as a 填空)."""
    words = _key_words(item)
    if not words and item.get("type") == "判断" and item.get("answer") == "错误":
        was = item.get("changed", "").partition("→")[0]
        if was and (canonical_body(was) or FIGURE_RE.fullmatch(was)):
            words = was
    return normalize(words) if words else ""


def _key_words(item: dict[str, Any]) -> str:
    """The words of a gap item's key; "" for lists, principles and 判断."""
    options = item.get("options", [])
    kind = item.get("type", "")
    if kind == "填空" and "体现的是" not in item["stem"]:
        return item["answer"]
    if kind == "单选" and not listed_stem(item["stem"]) and "体现的是" not in item["stem"]:
        letters = [a for a in item["answer"].split(",") if a in LETTERS[: len(options)]]
        return options[LETTERS.index(letters[0])] if letters else ""
    return ""


def label_tells_key(items: list[dict[str, Any]]) -> list[str]:
    """A difficulty label under which at least four 判断 are printed and more than three
    quarters share one key tells a trainee the key (seed-1111 review: every 易 判断 正确)."""
    problems = []
    for label in D.LABELS:
        keys = [i["answer"] for i in items if i["type"] == "判断" and i.get("difficulty") == label]
        for key in set(keys):
            if len(keys) >= 4 and 4 * keys.count(key) > 3 * len(keys):
                problems.append(
                    f"难度“{label}”的判断题 {len(keys)} 道中 {keys.count(key)} 道判“{key}”，"
                    "看难度就能猜答案"
                )
    return problems
