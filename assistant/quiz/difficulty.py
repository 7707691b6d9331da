"""Difficulty from what is asked, never from the item type (the checker recomputes it).

A detail deep in a long clause with many other details is harder to recall than the first word
of a short one; a figure is harder than a body, a body harder than a whole-statement truth. The
same detail of the same clause therefore gets the same label in every type.
"""

from __future__ import annotations

import re

KIND_WEIGHT = {
    "figure": 1.0,
    "period": 0.8,
    "role": 0.7,
    "actor": 0.5,
    "record": 0.6,
    "form": 0.6,
    "funder": 0.6,
    "action": 0.6,
    "list": 0.6,
    "principle": 0.6,  # a principle named in a duty ("不改变文物原状"), recalled word for word
    "body": 0.5,
    "recipient": 0.5,  # whom a report goes to ("当地文物、公安部门")
    "term": 0.4,
    # one duty of a series printed whole but for it ("……负综合监管责任，……负______责任，……负
    # 直接责任"): the others stand in the stem (seed-5151 review 41: "难度可从“难”改为“中”")
    "series": 0.4,
    "": 0.3,  # a statement read as a whole
}
LABELS = ("易", "中", "难")


def score(quote: str, detail: str, kind: str, details: int) -> float:
    """quote: the clause; detail: the words asked ("" for a whole statement); details: how many
    checkable details the clause holds."""
    flat = "".join(quote.split())
    at = flat.find(detail) if detail else -1
    position = at / max(len(flat), 1) if at >= 0 else 0.5
    return (
        0.25 * position
        + 0.3 * min(len(flat) / 120, 1.0)
        + 0.2 * min(details / 4, 1.0)
        + 0.25 * KIND_WEIGHT.get(kind, 0.5)
    )


# recalling one figure or period, or judging a statement printed as the text has it, is never
# hard: the hard items pick a body or an action among close ones, or spot a changed body; nor is
# the form of a report (书面形式, 藏汉两种文字): its words follow from the sentence; nor whom a
# report goes to among bodies of other kinds (no close level to tell apart: the seed-4949
# review's rewrite of item 6, 中)
AT_MOST_MEDIUM = ("", "figure", "period", "form", "recipient", "series")
# the form every written procedure takes ("以______向上一级……报告" → 书面形式): filled in near
# automatically, whatever the clause's length (seed-4646 review bank26: labelled 难)
ROUTINE_FORM_RE = re.compile(r"^书面(?:形式)?$")


def label(
    quote: str,
    detail: str,
    kind: str,
    details: int,
    changed: bool = False,
    options: list[str] | tuple[str, ...] = (),
    right: str = "",
    keyed: list[str] | tuple[str, ...] = (),
    familiar: bool = False,
) -> str:
    """changed: a false statement with one detail changed. Spotting that a level or a figure
    was swapped asks the trainee to recall it: never 易, so that every swap of the same kind
    of detail gets one label whatever clause it stands in. options: a 单选's or 多选's options,
    `right` (单选) or `keyed` (多选) the right ones among them; an answer of another form than
    every distractor ("第一时间" among "3日内/7日内/15日内") is picked without recalling
    anything: 易 (seed-1515 review), and so is an answer of another kind of conduct (the one
    lawful act among breaches, the one breach among rewarded deeds: seed-4141 review A4, B5).
    familiar: the key with the word after it is a phrase the document uses elsewhere
    ("主体责任"): 易 (seed-4141 review A20)."""
    if right and odd_one_out(right, [o for o in options if o != right]):
        return "易"
    keyed = tuple(keyed) or ((right,) if right else ())
    if keyed and stands_out(keyed, [o for o in options if o not in keyed]):
        return "易"
    if familiar and kind in ("term", "series"):
        return "易"
    if kind == "form" and ROUTINE_FORM_RE.match(detail):
        return "易"
    value = score(quote, detail, kind, details)
    found = "易" if value < CUTS[0] else ("中" if value < CUTS[1] else "难")
    if changed and found == "易":
        found = "中"
    if kind in ("body", "funder") and found == "易" and _has_level(detail):
        found = "中"  # one level among four (县级/地区/自治区/国务院) is not 易 (seed-606 review)
    if kind == "role" and found == "易" and POST_RE.search(detail):
        # one post among the posts of a body (分管领导/组长/办公室主任) is not 易, as a swap of
        # two is a close change (post_swap, seed-4646 review bank18): one label in every type
        found = "中"
    if kind == "principle" and found == "易" and "、" in detail:
        found = "中"  # every member of a principle written out ("保护为主、抢救第一、……")
    return "中" if found == "难" and kind in AT_MOST_MEDIUM else found


# a count or a time limit written with a number ("3日内", "六个月", "1200元")
COUNTED_RE = re.compile(r"[0-9]|[一二三四五六七八九十两半]+(?:个)?(?:日|天|月|年|小时|名|人|元|次)")


# a report due at once, and the regular times of a duty ("第一时间" among "每日/定期/每月")
URGENT_RE = re.compile(r"^(?:第一时间|立即|及时|马上|随即)$")
REGULAR_RE = re.compile(r"^(?:每日|每天|每周|每月|每季度|每半年|每年|定期)$")


def odd_one_out(right: str, wrong: list[str]) -> bool:
    """The answer alone has no number while every distractor has one, or the reverse; or it
    alone is a report due at once among regular times (seed-4343 self-review: "第一时间" among
    "定期/每日/每月" after a theft is found): the form tells the key."""
    if len(wrong) < 2:
        return False
    counted = bool(COUNTED_RE.search(right))
    if all(bool(COUNTED_RE.search(w)) != counted for w in wrong):
        return True
    return bool(URGENT_RE.match(right)) and all(REGULAR_RE.match(w) for w in wrong)


# what kind of conduct a listed act is: a breach ("私自……的", "不及时报告的"), an act done with
# the approval the text asks for ("经……批准……的"), or a deed the text rewards ("积极……成绩显著的")
BREACH_RE = re.compile(
    r"私自|擅自|未经|未按|不按|不及时|隐匿|哄抢|私分|不上交|谋取私利|敛取|拒不|违反|"
    r"危害文物安全|破坏文物安全"
)
LICENSED_RE = re.compile(r"经[^，。；]{0,24}批准")
MERIT_RE = re.compile(r"积极|成绩显著|免遭|及时(?:报告|上交)|作出[^，。；]{0,4}贡献")


def conduct(text: str) -> str:
    """ "breach", "licensed", "merit" or "" (no kind of conduct: a duty, a use of a fund)."""
    if BREACH_RE.search(text):
        return "breach"
    if LICENSED_RE.search(text):
        return "licensed"
    return "merit" if MERIT_RE.search(text) else ""


def stands_out(keyed: list[str] | tuple[str, ...], wrong: list[str]) -> bool:
    """The right options are all of one kind of conduct and every distractor of another (the
    one lawful act among breaches): a trainee picks by the kind, recalling no member."""
    if not keyed or len(wrong) < 1 or len(keyed) + len(wrong) < 3:
        return False
    right_kinds = {conduct(o) for o in keyed}
    wrong_kinds = {conduct(o) for o in wrong}
    return (
        len(right_kinds) == len(wrong_kinds) == 1
        and "" not in right_kinds | wrong_kinds
        and right_kinds != wrong_kinds
    )


# conduct of opposite standing: a deed a text rewards and a breach it punishes (a lawful act
# beside a breach is the breach with its approval, a changed statement: not opposite)
OPPOSITE_KINDS = {frozenset({"merit", "breach"})}


def opposite_kinds(keyed: list[str] | tuple[str, ...], wrong: list[str]) -> list[str]:
    """The distractors of the opposite standing to every keyed option: a breach punished among
    deeds rewarded (细则 第十七条's 敛取钱财 among 第十六条's 积极宣传……), or a rewarded deed
    among breaches. Ruled out by common sense, such a distractor makes a 多选 worth the most
    points of a paper a giveaway (seed-4545 review A7, seed-4646 bank5): no builder offers one,
    and the checker refuses it."""
    kinds = {conduct(o) for o in keyed}
    if len(kinds) != 1 or "" in kinds:
        return []
    (kind,) = kinds
    return [w for w in wrong if frozenset({kind, conduct(w)}) in OPPOSITE_KINDS]


def familiar(detail: str, clause: str, elsewhere: list[str]) -> bool:
    """The key and the two characters after it ("主体" + "责任") stand in another article of the
    document: a trainee who read any of them fills the phrase in without knowing the rule."""
    flat = "".join(clause.split())
    at = flat.find(detail) if detail else -1
    if at < 0:
        return False
    after = flat[at + len(detail) : at + len(detail) + 2]
    if len(after) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in after):
        return False
    phrase = detail + after
    return any(phrase in "".join(text.split()) for text in elsewhere)


# near the tertiles of the relic material's scores over its gap items (a 判断 is labelled by
# judge_label)
CUTS = (0.47, 0.61)

# 判断 clause lengths (characters) near the tertiles of the relic material's 判断 statements
JUDGE_CUTS = (43, 53)


def judge_label(clause: str, changed: str = "") -> str:
    """A 判断 item's label from what a trainee must notice. clause: the true clause (for a false
    statement too); changed: "原文→题干" of a false statement's one change ("" when true).

    A true statement is judged by recalling its details: with none a trainee could doubt it is
    易 however long (seed-1515 review: verbatim statements labelled 难); with a figure, a period
    or a body at a level (1400元, 每日, 地区文物行政管理部门) 中, however long (seed-4141 review:
    the text as it stands is not 难). A false one is as hard as its change is close: a level of
    the same body, a figure of the same unit within a factor of two, a neighbouring period →
    中, or 难 when long; a body of another kind or a consequence of another class (公安部门
    dismissing a custodian) → 易, or 中 when long. Only a false statement is 难: the generator
    lets 难 lead with 错误 by one at most (plan), and a label under which four 判断 or more
    share one key is refused (label_tells_key)."""
    size = len("".join(clause.split()))
    long = size >= JUDGE_CUTS[1]
    if not changed:
        if doubtful_details(clause):
            # every detail of a true statement must be checked; printed as the text has it,
            # it is never 难 (seed-4141 review A14, B11: a verbatim true statement labelled 难)
            return "中"
        # a statement of two clauses or more is checked clause by clause: 中 from the lower
        # cut ("……不得占用、破坏、拆毁或者变卖" and its subject's two kinds of site)
        several = "，" in clause.rstrip("。")
        return "中" if long or (several and size >= JUDGE_CUTS[0]) else "易"
    old, _, new = changed.partition("→")
    if EXCLUSIVE_RE.match(new) and not close_change(old, new):
        # "只向当地公安部门报告，不向文物部门报告", "只……，不予解聘": an absolute exclusion the
        # text never makes, spotted without recalling the rule however long the clause (seed-4646
        # review bank23: labelled 中)
        return "易"
    found = ("难" if long else "中") if close_change(old, new) else ("中" if long else "易")
    return min(found, asked_label(clause, old), key=LABELS.index)


def asked_label(clause: str, detail: str) -> str:
    """The label the changed detail gets when the same clause asks it as a gap (单选, 填空): a
    false statement that shows the swap is never harder than recalling the detail among options
    (seed-2121 review: 第三十七条's 自治区级以上 was 中 as 单选 and 难 as 判断). 难 when the
    detail is no slot of the clause (a consequence changed whole)."""
    from assistant.quiz.facts import find_slots

    slots = find_slots(clause)
    slot = next((s for s in slots if s.text == detail), None)
    if slot is None:
        return "难"
    return label(clause, detail, slot.kind, len(slots), changed=True)


def doubtful_details(clause: str) -> bool:
    """The clause holds a detail a half-remembering trainee could doubt: a figure, a period, or
    a body named at a level."""
    from assistant.quiz.facts import find_slots

    return any(
        s.kind in ("figure", "period") or (s.kind == "body" and _has_level(s.text))
        for s in find_slots(clause)
    )


# a false statement that excludes outright ("只向……报告，不向……报告", "只……，不予解聘")
EXCLUSIVE_RE = re.compile(r"^(?:只|仅)[^，。；]{2,40}，(?:不|无须|不必|无需)")

# a post within a body ("联席会议组长", "办公室主任", "分管领导", "法定代表人"): one post swapped
# for another of the same organisation is a close change (seed-4646 review bank18: 组长 →
# 办公室主任 labelled 易)
POST_RE = re.compile(r"(?:副?组长|副?主任|负责人|分管领导|法定代表人|主要领导|成员)$")


def post_swap(old: str, new: str) -> bool:
    """Two posts of people in one organisation: both end in a post word and neither names a
    body of another kind (部门/机关/人民政府) before it ("联席会议组长" → "办公室主任")."""
    if not (POST_RE.search(old) and POST_RE.search(new)) or old == new:
        return False
    return not any(re.search(r"部门|机关|政府|公安|法院", w) for w in (old, new))


PERIOD_WORDS = (
    "每日",
    "每天",
    "每周",
    "每月",
    "每季度",
    "每半年",
    "每年",
    "当月",
    "当季度",
    "当年",
)


def close_change(old: str, new: str) -> bool:
    """A change a trainee who half-remembers the rule would accept: the same body at another
    level, another post of the same organisation, the same unit with a figure within a factor of
    two, one period word for another."""
    from assistant.quiz.terms import figure_value, parse_body

    if post_swap(old, new):
        return True  # 联席会议组长 → 办公室主任: another post of the same organisation
    a, b = parse_body(old), parse_body(new)
    if a and b and a.kind == b.kind and a.level != b.level:
        return True
    if _level_swap(old, new):
        return True  # 县级文物保护单位 → 地区级文物保护单位: a level of one kind of thing
    fa, fb = figure_value(old), figure_value(new)
    if fa and fb and fa[1] == fb[1]:
        try:
            x, y = float(fa[0]), float(fb[0])
        except ValueError:
            return False
        return bool(x and y) and max(x, y) / min(x, y) <= 2
    return any(w in old for w in PERIOD_WORDS) and any(w in new for w in PERIOD_WORDS)


def _level_swap(old: str, new: str) -> bool:
    """Two words that differ only in the level they open with ("县级…" and "地区级…")."""
    from assistant.quiz.terms import LEVEL_RANK

    def split(word: str) -> tuple[str, str]:
        level = max((lv for lv in LEVEL_RANK if word.startswith(lv)), key=len, default="")
        rest = word[len(level) :]
        return level.removesuffix("级"), rest.removeprefix("级")

    (la, ra), (lb, rb) = split(old), split(new)
    return bool(la and lb and la != lb and ra and ra == rb)


def _has_level(detail: str) -> bool:
    from assistant.quiz.terms import LEVEL_RANK, parse_body

    body = parse_body(detail)
    if body and body.level in LEVEL_RANK:
        return True
    return any(detail.startswith(level) for level in LEVEL_RANK)  # "地区财政"
