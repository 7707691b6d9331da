"""A/B papers that share no fact: the facts of the material split between the two papers.

A trainer's paper B must not re-ask a fact of paper A in another form (seed-3838 review: the
same rule asked as 单选 in A and as 填空 or 判断 in B, a gap moved within one sentence, a 多选
mirroring A's with the same statements, a 判断 reusing A's false-statement change). A fact is a
clause of a sentence with every item that asks it: the atoms of one clause are one fact (a gap
moved within the clause prints the other gap's answer), a whole sentence holds its clauses, and
two clauses of a long sentence (细则 第十二条's 1200元 and 1400元) are two facts. The facts are
split before either paper is planned, so that each paper gets half of every kind of rule (key
articles, core rules, procedure) instead of paper A taking the strongest and B the rest.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.quiz import statements as S
from assistant.quiz.checker import ATOM, asked_key, gives_away, key_words, same_fact, sentence_of
from assistant.quiz.statements import listed_stem
from assistant.quiz.terms import canonical_body, changed_kind, normalize


def clause_key(key: str) -> str:
    """A rule key without the atom it asks ("…#0@41~1200元" → "…#0@41")."""
    return key.split(ATOM)[0]


def _sentence_key(key: str) -> str:
    """The whole sentence a clause stands in ("…#0@41" → "…#0"; a list stays its own)."""
    return key if "#list:" in key else sentence_of(key)


def same_clause(a: str, b: str) -> bool:
    """Two clause keys that ask one fact: equal, or one the whole sentence holding the other. Two
    comma clauses ("…#0@0", "…#0@41") or a clause and another clause's trigger do not: an item on
    a clause that holds a trigger carries that trigger's key too (Generator.candidates)."""
    if a == b:
        return True
    wide, narrow = sorted((a, b), key=len)
    return "#list:" not in wide and narrow.startswith((wide + "@", wide + ":"))


@dataclass(frozen=True)
class Row:
    """What the split reads of one item of the pool."""

    keys: list[str]  # its rule keys
    unit_id: str
    rank: int  # 0 key article, 1 core rule, 2 other rule, 3 procedure asked last
    kind: str  # its type, a 判断 with its key ("判断错误")
    shown: str = ""  # the true clause it prints, when it prints one whole
    key: str = ""  # its key in canonical words ("" for 判断 and lists)
    states: tuple[str, ...] = ()  # the clauses of other rules it states (a list's: none, it swaps)
    discovery: bool = False  # a key article's report owed on a discovery (trigger → report)


@dataclass(frozen=True)
class Fact:
    """One fact of the material: its clause keys and how a paper values it."""

    keys: frozenset[str]
    unit_id: str
    rank: int
    forms: frozenset[str]  # the kinds of item that ask it ("单选", "判断正确", …)
    discovery: bool = False  # what to do when relics or a crime are found (Row.discovery)

    @property
    def sort(self) -> tuple[int, bool, bool]:
        """What a paper needs an even share of: the rank, and whether a gap type or a false
        statement can ask the fact (a paper of true statements only is capped by its 判断
        share and its labels' balance)."""
        gap = any(not f.startswith("判断") for f in self.forms)
        return self.rank, gap, "判断错误" in self.forms


def facts_of(rows: Iterable[Row]) -> list[Fact]:
    """The facts of a pool: the clause keys joined when one item asks them together, when one
    key is the sentence holding another, or when the true clause one item prints holds the
    clause another prints (a half sentence read with the sentence before it, 第三十八条)."""
    rows = list(rows)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    units: dict[str, str] = {}
    ranks: dict[str, int] = {}
    forms: dict[str, set[str]] = {}
    discovered: set[str] = set()  # clauses a discovery item asks
    for row in rows:
        clauses = [clause_key(k) for k in row.keys] or [row.unit_id]
        for k in clauses:
            find(k)
            units[k] = row.unit_id
            if row.discovery:
                discovered.add(k)
            ranks[k] = min(row.rank, ranks.get(k, row.rank))
            forms.setdefault(k, set()).add(row.kind)
        for k in clauses[1:]:
            parent[find(k)] = find(clauses[0])
    for k in list(parent):
        whole = _sentence_key(k)
        if whole != k and whole in parent:
            parent[find(k)] = find(whole)
    shown: dict[str, list[Row]] = {}
    for row in rows:
        if len(row.shown) >= 8 and row.keys:
            shown.setdefault(row.unit_id, []).append(row)
    for found in shown.values():
        for one in found:
            for other in found:
                if one is not other and one.shown in other.shown:
                    parent[find(clause_key(one.keys[0]))] = find(clause_key(other.keys[0]))
    # one article's sentences with one key are one fact (seed-4141 review: 第二十七条's exchange
    # and loan approved by 自治区文物行政管理部门, asked by A in one sentence and B in the next)
    by_key: dict[tuple[str, str], str] = {}
    for row in rows:
        if row.key and row.keys:
            first = by_key.setdefault((row.unit_id, row.key), clause_key(row.keys[0]))
            parent[find(clause_key(row.keys[0]))] = find(first)
    # a statement that states another rule is that rule asked again (细则 第十七条（四）'s breach
    # is 第七条（五）'s ban): one fact, on one paper (seed-4141 review B9/A8)
    by_sentence: dict[str, str] = {}
    for k in list(parent):
        by_sentence.setdefault(sentence_of(k), k)
    for row in rows:
        for said in row.states:
            if said in by_sentence and row.keys:
                parent[find(clause_key(row.keys[0]))] = find(by_sentence[said])
    joined: dict[str, set[str]] = {}
    for k in parent:
        joined.setdefault(find(k), set()).add(k)
    return [
        Fact(
            frozenset(ks),
            units[min(ks)],
            min(ranks[k] for k in ks),
            frozenset(f for k in ks for f in forms[k]),
            bool(ks & discovered),
        )
        for ks in sorted(joined.values(), key=min)
    ]


def split(facts: list[Fact], seed: int | str) -> tuple[frozenset[str], frozenset[str]]:
    """The clause keys of paper A and of paper B. An article's facts alternate between the
    papers, so that an article of two facts or more is asked in both; an article's first fact
    goes to the paper that holds fewer facts of its rank so far, so that each paper gets about
    half the key articles, half the core rules and half the procedure. A report owed on a
    discovery (办法 第二十一条, 细则 第七条（四）) goes to the paper that holds fewer of them (its
    article's other facts alternating from there), so that each paper asks what to do when
    relics or a crime are found (the seed-4343 review; a split that put both in paper B left A
    without)."""
    rng = random.Random(f"quiz-split:{seed}")
    by_unit: dict[str, list[Fact]] = {}
    for fact in facts:
        by_unit.setdefault(fact.unit_id, []).append(fact)
    units = sorted(by_unit)
    rng.shuffle(units)
    units.sort(key=lambda u: min(f.sort for f in by_unit[u]))
    load: dict[tuple[int, bool, bool], list[int]] = {}
    discoveries = [0, 0]
    sides: tuple[set[str], set[str]] = (set(), set())
    for unit_id in units:
        found = sorted(by_unit[unit_id], key=lambda f: (f.sort, min(f.keys)))
        held = load.setdefault(found[0].sort, [0, 0])
        start = 0 if held[0] < held[1] else 1 if held[0] > held[1] else rng.randrange(2)
        at = next((n for n, f in enumerate(found) if f.discovery), None)
        if at is not None:
            if discoveries[0] != discoveries[1]:
                # the article's facts still alternate; they start where the discovery lands
                start = (discoveries.index(min(discoveries)) - at) % 2
            discoveries[(start + at) % 2] += 1
        for n, fact in enumerate(found):
            side = (start + n) % 2
            sides[side].update(fact.keys)
            load.setdefault(fact.sort, [0, 0])[side] += 1
    return frozenset(sides[0]), frozenset(sides[1])


def used(asked: Iterable[list[str]], facts: list[Fact]) -> frozenset[str]:
    """The clause keys of every fact the items (their rule keys) ask: a paper that asks one
    clause of a fact has used the whole fact."""
    clauses = {clause_key(k) for keys in asked for k in keys}
    return frozenset(k for f in facts if f.keys & clauses for k in f.keys)


def on_side(keys: list[str], side: frozenset[str]) -> bool:
    """An item every clause of which is one of the paper's facts."""
    return bool(keys) and all(clause_key(k) in side for k in keys)


def _parts(changed: str) -> tuple[str, str]:
    """The words a false statement replaced and the wrong words it prints ("当月野→当年野")."""
    was, _, now = changed.partition("→")
    return (was, now) if now else ("", "")


def same_change(a: str, b: str) -> bool:
    """Two false statements made by one change: the same words changed into the same wrong
    words ("书面形式→电话形式" on two articles), or the same invented wording (seed-3838 review
    B13: "只适当扣除当月野外看管补助，不予解聘" put on two breaches of one list; a licence "经……批准
    后，可以" put on two bans). A body or a figure swapped into the same wrong one from different
    originals is two changes (县级→地区 and 自治区→地区); one kind of body swapped into the same
    other kind at no level is one ("同级文物行政管理部门→同级住房城乡建设部门" and "文物行政管理部门→
    住房城乡建设部门" on two clauses of 第十五条: seed-4343 self-review)."""
    (was_a, now_a), (was_b, now_b) = _parts(a), _parts(b)
    if not now_a or not now_b:
        return False
    if (was_a, now_a) == (was_b, now_b):
        return True
    if normalize(was_a) == normalize(was_b) and (kind := changed_kind(now_a)):
        # one word changed into words of one kind ("书面形式→口头形式" and "书面形式→电话形式"
        # on two articles: seed-5151 review 15, 29): a trainee learns "凡问形式必是书面"
        return kind == changed_kind(now_b)
    bodies = [canonical_body(x) for x in (was_a, now_a, was_b, now_b)]
    if (
        all(bodies)
        and all(b[0] in UNLEVELLED for b in bodies)
        and bodies[0][1] == bodies[2][1] != bodies[1][1] == bodies[3][1]
    ):
        return True
    invented = min(len(now_a), len(now_b)) >= 8 and not canonical_body(now_a)
    return invented and (now_a == now_b or now_a in now_b or now_b in now_a)


# a body named without a level of its own ("同级", "当地" say where the reader stands)
UNLEVELLED = ("", "同级", "当地", "所在地", "本行政区域")

# an option long enough to state a rule ("负责本区域内……每日巡查、记录、汇报工作"), not a body or a
# figure that many rules share
STATED_OPTION = 12


def _printed(item: dict) -> str:
    """A stem with its options (a 判断's 正确/错误 print nothing)."""
    options = item.get("options", []) if item.get("type") != "判断" else []
    return " ".join([item["stem"], *options])


def _stated(item: dict) -> str:
    """The rule an item states or asks, as the text has it ("" when it shows no clause)."""
    return item.get("shown", "")


def _quotes(item: dict, other: dict) -> bool:
    """The item prints the other item's rule: one of its options states the other's clause (a
    duty list's member beside the same duty's 判断), or a list item's note quotes the other's
    article to rule a distractor out (第五十条's "经依法批准拓印……的" is 第三十八条's rule)."""
    stated = _stated(other)
    if len(stated) < STATED_OPTION:
        return False
    options = [o for o in item.get("options", []) if len(o) >= STATED_OPTION]
    if item.get("type") in ("单选", "多选") and any(o in stated for o in options):
        return True
    return (
        listed_stem(item["stem"])
        and other.get("unit_id") != item.get("unit_id")
        and stated in item.get("explanation", "")
    )


def repeats(
    item: dict, paper: list[dict], key_text: str = "", other_keys: dict[str, str] | None = None
) -> str:
    """Why an item of paper B re-asks paper A ("" when it does not): a clause A asks (or a true
    clause holding one A prints), a rule one of the two prints as an option or a note, A's
    false-statement change, A's list options (a mirrored 多选), or, on a sentence both ask, a
    stem that prints the other paper's answer. `key_text`: the item's key in words;
    `other_keys`: A's items' keys in words, by item id. Read both ways: it holds for A's item
    against B as much."""
    mine = {clause_key(k) for k in item.get("rule_keys", [])}
    listed = listed_stem(item["stem"])
    shown = _stated(item)
    key = normalize(key_text) if key_text else asked_key(item)
    for other in paper:
        theirs = {clause_key(k) for k in other.get("rule_keys", [])}
        if any(same_clause(a, b) for a in mine for b in theirs):
            return "same_fact"
        their_shown = _stated(other)
        if (
            other.get("unit_id") == item.get("unit_id")
            and min(len(shown), len(their_shown)) >= 8
            and (shown in their_shown or their_shown in shown)
        ):
            return "same_fact"
        if _quotes(item, other) or _quotes(other, item):
            return "prints_rule"
        # an option or a stem that states the other's rule (细则 第十七条（四） and 第七条（五）:
        # one ban in two articles; seed-4141 review B9/A8)
        if S.clash(item, other):
            return "states_rule"
        # two statements of one deed in two articles (第十三条's and 第二十八条's ban on storing
        # flammables; checker.same_fact, as within one paper: seed-4343 self-review)
        if (
            item.get("type") == other.get("type") == "判断"
            and other.get("unit_id") != item.get("unit_id")
            and same_fact(item["stem"], other["stem"])
        ):
            return "same_fact_judge"
        # one article, one key: the same approval asked by two sentences (B25/A3)
        if (
            key
            and other.get("unit_id") == item.get("unit_id")
            and (
                normalize(their)
                if (their := (other_keys or {}).get(other["id"], ""))
                else asked_key(other)
            )
            == key
        ):
            return "same_key"
        if item.get("changed") and same_change(item["changed"], other.get("changed", "")):
            return "same_change"
        if listed and listed_stem(other["stem"]) and set(item["options"]) & set(other["options"]):
            return "mirrored_list"
        if {_sentence_key(k) for k in mine} & {_sentence_key(k) for k in theirs}:
            their_key = (other_keys or {}).get(other["id"], "") or key_words(other)
            mine_key = key_text or key_words(item)
            if (their_key and their_key in item["stem"]) or (
                mine_key and mine_key in other["stem"]
            ):
                return "prints_answer"
            # an option that prints the other's answer in its clause's words (细则 第十一条's
            # patrol-log 单选 offering "立即解聘，并扣除当年……" beside the major accident's
            # "扣除______野外文物看管补助": seed-4343 self-review)
            if (their_key and gives_away(other["stem"], their_key, _printed(item))) or (
                mine_key and gives_away(item["stem"], mine_key, _printed(other))
            ):
                return "prints_answer"
    return ""
