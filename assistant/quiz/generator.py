"""Question banks a trainer can print: 单选, 多选, 判断, 填空, every key citing its article.

Items are built from whole clauses (assistant.quiz.facts over corpus.clauses). A distractor or a
false statement changes exactly one checkable detail (a figure, a body, a period, a timing word)
into a plausible mistake, never an equivalent one (terms.equivalents) and never a modal flip.
A coverage plan asks the strongest rules of each document first (penalties, reports, figures,
trigger → action rules), then other duties, then principle names and list memorisation.
The same seed gives the same bank; another seed asks the same rules in other forms.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from difflib import SequenceMatcher
from functools import lru_cache

from assistant.quiz import difficulty as D
from assistant.quiz import facts as F
from assistant.quiz import pairing
from assistant.quiz import statements as S
from assistant.quiz.checker import (
    ATOM,
    BROUGHT,
    EVERYONE_RE,
    JUDGE_SHARE,
    PER_LONG_UNIT,
    PER_UNIT,
    QUALIFIERS,
    answer_printed,
    approval_pair,
    asked_key,
    asked_sentence,
    bare_subject_blank,
    body_pairs,
    catch_all_covered,
    change_printed,
    covered_by_catch_all,
    covers,
    cut_from_context,
    deciding_quote,
    document_text,
    elsewhere_texts,
    explained_away,
    gives_away,
    guessed_actor,
    keys_clash,
    kind_named_elsewhere,
    level_named_elsewhere,
    new_kinds,
    offered,
    open_ban_blank,
    own_words_give_away,
    pair_leak,
    platitude_truth,
    recites_slogan,
    same_fact,
    same_unit_leak,
    sentence_of,
    sentence_twice,
    sibling_change,
    statement_within,
    swap_kind,
    telling_options,
    third_shares,
    true_beside,
    truth_printed,
    unit_limit,
)
from assistant.quiz.difficulty import judge_label
from assistant.quiz.difficulty import label as difficulty_label
from assistant.quiz.points import item_points
from assistant.quiz.statements import listed_stem
from assistant.quiz.terms import (
    BODY_RE,
    FIGURE_RE,
    HINT_BEFORE,
    IMMEDIATE,
    KINDS,
    LEVELS,
    MEASURES,
    OPEN_AFTER,
    RESTATED_WORDS,
    actors,
    authority_inverted,
    canon,
    canonical_body,
    default_figure,
    equivalents,
    government_for_department,
    is_catch_all,
    is_generic_consequence,
    joint_forms,
    joint_note,
    member_forms,
    mistakes,
    named_parties,
    normalize,
    obvious_body,
    other_kind_arguable,
    paired_role,
    parse_body,
    party_pair,
    payer_named_elsewhere,
    plausible_figures,
    principle_note,
    record_forms,
    result_forms,
    right_in_substance,
    same_answer,
    same_meaning,
    same_word,
    short_form,
    written_forms,
)
from corpus import Corpus, Document, NotFoundError, Unit
from corpus.numerals import cn_to_int, int_to_cn
from corpus.store import doc_aliases

TYPES = ("单选", "多选", "判断", "填空")
TYPE_SHARE = {"单选": 0.45, "多选": 0.1, "判断": 0.3, "填空": 0.15}
POINTS = {"单选": 2, "多选": 3, "判断": 1, "填空": 2}
DEFAULT_DOCS = ("relic-protection", "relic-custodians", "relic-training")
MAX_ITEMS = 200
LONG_STATEMENT = 120  # characters of a 判断 statement a trainee judges at a glance
LETTERS = "ABCDEF"
BLANK = "______"
CHOICE = "（  ）"
penalty_classes = F.penalty_classes


# the two steps of a procedure by two bodies: one consents, then the other approves or
# registers ("经A同意后，报B批准"); nothing else between them (no modal, no second clause)
STEP_BETWEEN = re.compile(r"^同意后?，(?:再|并)?报$")
STEP_AFTER = re.compile(r"^(批准|备案|审批)")


# a list member paid by one party ("由财政承担费用的文物考古调查、勘探、发掘等"), and a sentence
# that makes another party pay for named work ("……考古调查、勘探、发掘，所需费用由建设单位列入……")
PAID_MEMBER_RE = re.compile(
    r"由(?P<payer>[\u4e00-\u9fff]{2,6})承担费用的(?P<work>[^，。；]{4,30})$"
)
PAID_BY_RE = re.compile(
    r"(?P<work>[\u4e00-\u9fff、]{4,30})，所需费用由(?P<payer>[\u4e00-\u9fff]{2,6}?单位)(?:列入|承担)"
)


# a ban and its exception in one sentence: "纪念建筑物、古建筑等文物已经全部毁坏的，不得重新修建；
# 因特殊需要，……报原核定公布机关批准，……" (asked whole: the exception holds only under the ban)
EXCEPTION_SENTENCE_RE = re.compile(
    r"^(?P<subject>[^，；。]{2,12}?)已经[^，；。]{2,10}的，不得[^，；。]{2,12}；"
    r"(?P<exception>因特殊需要，[^；]+。)$"
)
APPROVAL_RE = re.compile(r"报(?P<body>原核定公布机关|[^，。；]{2,16}(?:机关|部门))(?P<verb>批准)")


# a statement of the levels a kind is divided into ("文物保护单位分为全国重点文物保护单位、自治区级
# 文物保护单位和县级文物保护单位。"), and levels a trainee may take for one of them
DIVISION_RE = re.compile(r"^(?P<head>[^，。；]{2,30}?)分为(?P<members>[^，。；]{6,80})。$")
# never 省级 (自治区级 in Tibet) and never 市级: Ngari has no city tier (seed-5353 review 3)
OTHER_LEVELS = ("地区级", "乡（镇）级", "村级")


# a dismissal said not to happen, in the words a trainer would use (never "只……，不予解聘")
MILDER = "批评教育后继续留用"


class QuizError(ValueError):
    """A request that cannot be met; the message (Chinese) says what is wrong and what is allowed."""


@dataclass
class Item:
    id: str
    type: str
    stem: str
    options: list[str]
    answer: str  # "B" | "A,C" | "正确"/"错误" | the words of the blank
    explanation: str  # 解析, quoting the whole clause or list
    source: str  # the citation
    unit_id: str
    difficulty: str  # 易 | 中 | 难, from the detail asked (assistant.quiz.difficulty)
    knowledge_point: str
    fact: str  # the rule tested, for de-duplication and coverage
    quote: str = ""  # the exact wording of the unit the answer rests on (whole clauses)
    points: int = 0
    alternatives: list[str] = field(default_factory=list)  # other accepted 填空 answers
    topic: str = ""  # penalty | report | prohibition | responsibility | duty | figure | …
    changed: str = ""  # 判断 false: "原文→题干" of the one detail changed
    marking: str = ""  # 填空: which answers earn the points, said in full
    rule_keys: list[str] = field(default_factory=list)  # the clauses (rules) the item tests
    detail: str = ""  # the words asked ("" for a statement read whole), for the difficulty
    detail_kind: str = ""  # figure | period | body | action | list | term | …
    details: int = 0  # checkable details in the clause
    shown: str = ""  # the clause the stem shows when it is not the whole quote (for difficulty)
    # the clauses of other rules its options or stem state (statements.states): a paper asking
    # one of them would be given away or asked twice
    states: list[str] = field(default_factory=list)
    # 判断 true: "原文→题干" of the one detail said in other words the marker takes as the same
    # (2名 → 两名, 文物行政管理部门 → 文物部门): a true statement is not always a verbatim copy
    restated: str = ""

    def to_dict(self) -> dict:
        """The fields, lists copied: every field is a str, an int or a list of str, and
        asdict's deep copy took half the time of making a bank."""
        return {
            f.name: list(v) if isinstance(v := getattr(self, f.name), list) else v
            for f in ITEM_FIELDS
        }

    def answer_text(self) -> str:
        """The key in words (a 单选's option, a 填空's answer)."""
        if self.type == "单选" and self.answer in LETTERS[: len(self.options)]:
            return self.options[LETTERS.index(self.answer)]
        return self.answer


ITEM_FIELDS = fields(Item)


@dataclass
class Bank:
    items: list[Item]
    seed: int
    documents: list[str]
    notices: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # short titles, for the paper's heading
    full_titles: list[str] = field(default_factory=list)  # as published, for the 简称 note
    paper: str = ""  # "A卷" or "B卷" when printed as a pair (papers())

    def to_dict(self) -> dict:
        return {
            "seed": self.seed,
            "paper": self.paper,
            "documents": self.documents,
            "titles": self.titles,
            "full_titles": self.full_titles,
            "notices": self.notices,
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True)
class Variant:
    """How a list item is printed with other options: the list's members and distractors it
    may swap in, and the item rebuilt around new options (same stem, same key letters)."""

    members: tuple[str, ...]  # options that are members of the asked list
    others: tuple[str, ...]  # options that are not (distractors, or the 不属于 key)
    build: Callable[[list[str]], Item]  # the item with these options, its key worked out


@dataclass
class Candidate:
    item: Item
    tier: int  # 1 strongest rules … 3 principle names and lists
    doc_id: str
    key_unit: bool = False  # facts.is_key_unit: asked in every full bank
    low: str = ""  # facts.low_value: "last" (asked when the safety rules are used up) or "never"
    variant: Variant | None = None  # a list item's other options (plan swaps a stating one)


# a report owed to two bodies named with one shared kind ("向当地文物、公安部门报告")
JOINT_REPORT_RE = re.compile(
    r"向(?P<where>当地|同级|所在地)?(?P<a>[\u4e00-\u9fff]{2,4})、(?P<b>[\u4e00-\u9fff]{2,4})"
    r"(?P<kind>部门|机关)报告"
)


def _changes_body(sc: F.Scenario, action: str) -> bool:
    """The action with one of its bodies changed ("由公安部门解聘")."""

    def bodies(text: str) -> set[str]:
        return {sl.text for sl in F.find_slots(text) if sl.kind == "body"}

    return bodies(action) != bodies(sc.action)


def right_option(kind: str, options: list[str], answer: str) -> str:
    """A 单选's key in words ("" for other types): the difficulty reads it against the others."""
    if kind == "单选" and len(answer) == 1 and answer in LETTERS[: len(options)]:
        return options[LETTERS.index(answer)]
    return ""


def keyed_options(kind: str, options: list[str], answer: str) -> list[str]:
    """A 多选's right options in words ([] for other types)."""
    if kind != "多选":
        return []
    return [options[LETTERS.index(a)] for a in answer.split(",") if a in LETTERS[: len(options)]]


def _id(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]


def _knowledge(unit: Unit) -> str:
    if unit.title:
        return unit.title
    heading = unit.headings[-1] if len(unit.headings) > 1 else unit.headings[0]
    return re.sub(r"^第[一二三四五六七八九十]+章\s*|^[一二三四五六七八九十]+、", "", heading)


def short_title(doc_title: str) -> str:
    return re.sub(r"^阿里地区|（[^）]*）$", "", doc_title)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _replace_at(text: str, start: int, old: str, new: str) -> str:
    return text[:start] + new + text[start + len(old) :]


class Generator:
    def __init__(
        self, corpus: Corpus, documents: list[Document], chapters: list[str] | None = None
    ) -> None:
        self.corpus = corpus
        self.documents = documents
        units = [u for d in documents for u in d.units]
        if chapters:
            units = [u for u in units if any(c in " ".join(u.headings) for c in chapters)]
        self.units = units
        self.doc_titles = {d.id: short_title(d.title) for d in documents}
        self.full_titles = {d.id: d.title for d in documents}  # 判断 stems print the full title
        self.abbreviations = {d.id: F.abbreviations(tuple(d.units)) for d in documents}
        self.all_lists = [lf for d in documents for u in d.units for lf in F.lists(u)]
        self.penalties = [
            s for d in documents for u in d.units for s in F.scenarios(u) if s.topic == "penalty"
        ] + [s for d in documents for u in d.units for s in F.penalty_lists(u)]
        self.terms = [f for f in F.term_facts([u for d in documents for u in d.units])]
        self.doc_text = {d.id: [c for u in d.units for c in F.clauses(u)] for d in documents}
        # every article of the chosen documents: a payer another article names for the same
        # cost is no distractor, and a party none of them names is no plausible mistake
        self.articles = [u.text for d in documents for u in d.units]
        self.parties = named_parties("".join(self.articles))
        self.brought: dict[str, F.Scenario] = {}  # a false consequence → the rule it is from
        self.material = S.material(corpus, [d.id for d in documents])
        self.variants: dict[str, Variant] = {}  # a list item's id → its other options

    def _framed(self, unit: Unit, stem: str) -> str:
        """The stem with its lead-in under the document's short title: "根据《阿里地区文物保护
        管理办法（暂行）》第十三条，" → "根据《文物保护管理办法》，", "《阿里地区……（暂行）》规定：" →
        "《文物保护管理办法》规定："."""
        short = self.doc_titles.get(unit.doc_id, "")
        full = self.full_titles.get(unit.doc_id, "")
        if not short:
            return stem
        if stem.startswith(f"根据{unit.citation}，"):
            return f"根据《{short}》，{stem[len(unit.citation) + 3 :]}"
        for lead in (f"根据《{full}》", f"《{full}》"):
            if stem.startswith(lead):
                return lead.replace(full, short) + stem[len(lead) :]
        return stem

    def _document_text(self, unit: Unit) -> str:
        """The whole text of the unit's document (a blank's other wordings are read there)."""
        return document_text(self.corpus, unit)

    def _elsewhere_texts(self, unit: Unit) -> list[str]:
        """The other articles of the unit's document (difficulty.familiar reads them)."""
        return elsewhere_texts(self.corpus, unit)

    # --- the pool ---------------------------------------------------------------------------

    def candidates(self, rng: random.Random) -> list[Candidate]:
        """Every item the material allows, each tagged with the rules (clauses) it tests: a bank
        asks each rule once, whatever the type."""
        found: list[Candidate] = []

        def add(items: list[Item], tier: int, doc_id: str, keys: list[str]) -> None:
            for item in items:
                # an item asking one clause of a long rule keeps that clause's own key, and the
                # scenario keys of the rule whose trigger stands in that clause
                own = [k for k in item.rule_keys if k not in keys]
                # an atom of a clause that holds a trigger is that atom of the trigger's rule
                atoms = {k.partition(ATOM)[2] for k in own if ATOM in k}
                atom = next(iter(atoms)) if len(atoms) == 1 else ""
                item.rule_keys = (
                    own
                    + [
                        atom_key(k, atom) if atom else k
                        for k in keys[1:]
                        if k.split(":", 1)[1].rstrip("，")[-9:] in item.stem
                    ]
                    if own
                    else list(keys)
                )
                found.append(Candidate(item, tier, doc_id))

        for unit in self.units:
            unit_rules = F.rules(unit)
            plain = list(F.scenarios(unit))
            listed_penalties = F.penalty_lists(unit)
            strong = F.is_core_unit(unit)
            rows = F.clauses(unit)
            for rule in unit_rules:
                tier = 1 if strong and rule.core else (2 if rule.core else 3)
                keys = [f"{unit.id}#{rule.index}"] + [
                    f"{unit.id}#{sc.index}:{sc.trigger}" for sc in plain if sc.index == rule.index
                ]
                add(
                    self._gap_items(rule, rng)
                    + self._judge_items(rule, rng)
                    + self._recurring_figure_items(rule, rng)
                    + self._exception_items(rule)
                    + self._division_items(rule, rng),
                    tier,
                    unit.doc_id,
                    keys,
                )
            for scenario in plain:
                if not F.askable(scenario):
                    continue  # "……的，应当采取保护措施": a truth nobody would doubt, nothing to change
                key = f"{unit.id}#{scenario.index}:{scenario.trigger}"
                add(self._scenario_items(scenario, rng), 1, unit.doc_id, [key])
            for listed in F.lists(unit):
                key = f"{unit.id}#list:{listed.lead[:8]}"
                add(self._list_items(listed, rng), 1 if strong else 3, unit.doc_id, [key])
                add(self._contrast_items(listed, rng), 1 if strong else 2, unit.doc_id, [key])
                # after the key rules: a paper asks those first (tier 1 crowded paper B's)
                add(self._opposite_items(listed, rng), 1 if strong else 2, unit.doc_id, [key])
                for scenario in listed_penalties:
                    if scenario.quote == listed.quote:
                        add(self._scenario_items(scenario, rng), 1, unit.doc_id, [key])
            for rule in unit_rules:
                if rule.core:
                    keys = [f"{unit.id}#{rule.index}"] + [
                        f"{unit.id}#{sc.index}:{sc.trigger}"
                        for sc in plain
                        if sc.index == rule.index
                    ]
                    add(self._body_set_items(rule, rng), 1 if strong else 2, unit.doc_id, keys)
                    add(self._party_set_items(rule, rng), 1 if strong else 2, unit.doc_id, keys)
            for duty in F.duty_facts(unit):
                n = next((i for i, c in enumerate(rows) if c.text == duty.quote), -1)
                # the parallel duties print each other: one item for the whole clause
                keys = [f"{unit.id}#{n}"] + [
                    f"{unit.id}#{r.index}@{at}"
                    for r in unit_rules
                    if r.index == n
                    for at, _ in F.segments(r.text)
                ]
                for item in self._duty_items(duty, rng):
                    item.rule_keys = list(keys)
                    found.append(Candidate(item, 2, unit.doc_id))
        _cut_printed_answers(found)
        # principle names ("体现的是（  ）原则") are memorised headings, as much trivia as which
        # list a word belongs to: the pool leaves them out (_term_items stays for a caller that
        # asks for them explicitly); so are slogans recited by a gap or a copied true statement
        # ("遵循______的原则" → 合理、适度、可持续; checker.recites_slogan, seed-4949 review)
        unique: dict[str, Candidate] = {}
        for candidate in found:
            low = F.low_value(asked_sentence(candidate.item.to_dict()))
            if low == "never":
                continue  # not a relic-safety rule: no bank asks it
            if recites_slogan(candidate.item.to_dict()):
                continue  # "平等、择优、负责": a slogan by heart, no rule (seed-4949 43, 49)
            if platitude_truth(candidate.item.to_dict()):
                continue  # "任何单位和个人都有……的责任" marked √ by everyone (seed-5353 16, 26)
            unit = self.corpus.unit_by_id(candidate.item.unit_id)
            if not listed_stem(candidate.item.stem) and cut_from_context(
                candidate.item.stem, unit, self.corpus
            ):
                continue  # a sentence that reads only after the one before it (seed-1111 review)
            if catch_all_covered(candidate.item.to_dict(), unit):
                continue  # a distractor the list's catch-all member covers
            if opposite_distractor(candidate.item):
                continue  # a breach among rewarded deeds: ruled out by common sense (seed-4545 A7)
            if open_ban_blank(candidate.item.to_dict()) and not _with_exception(
                candidate.item, unit
            ):
                continue  # "不得______。": many forbidden acts fill it (seed-909/1212 reviews)
            if bare_subject_blank(candidate.item.to_dict()):
                continue  # "各级______要……" → 人民政府 (seed-1515 review)
            if candidate.item.type == "填空" and guessed_actor(
                re.sub(r"^根据《[^》]+》[^，]{0,16}，", "", candidate.item.stem),
                candidate.item.answer,
            ):
                continue  # "______应当将发掘资质……备案" → 考古发掘单位: the sentence names it
            if own_words_give_away(
                candidate.item.stem,
                candidate.item.answer
                if candidate.item.type == "填空"
                else right_option(
                    candidate.item.type, candidate.item.options, candidate.item.answer
                )
                if candidate.item.type == "单选" and not listed_stem(candidate.item.stem)
                else "",
                candidate.item.alternatives,
                candidate.item.detail_kind,
            ):
                continue  # "不得______。……提供照片" → 拍摄: the stem's own words tell it (seed-4545 B22)
            candidate.key_unit = F.is_key_unit(self.corpus.unit_by_id(candidate.item.unit_id))
            candidate.low = low
            unique.setdefault(candidate.item.type + candidate.item.stem, candidate)
        for candidate in unique.values():
            candidate.item.states = sorted(S.states(candidate.item.to_dict(), self.material))
            candidate.variant = self.variants.get(candidate.item.id)
        return list(unique.values())

    # --- builders -----------------------------------------------------------------------------

    def _item(
        self,
        kind: str,
        unit: Unit,
        stem: str,
        options: list[str],
        answer: str,
        quote: str,
        fact: str,
        topic: str,
        detail: tuple[str, str, int],
        extra: str = "",
        alternatives: list[str] | None = None,
        changed: str = "",
        marking: str = "",
        shown: str = "",
    ) -> Item:
        # the 解析 quotes the clause that decides the item and the 出处 names its 款 or 项
        # (seed-5353 review, class 2); a list is quoted whole, as the list quotes itself
        deciding, place = (
            ("", "")
            if detail[1] == "list"
            else deciding_quote(
                unit,
                shown
                or S.filled({"type": kind, "stem": stem, "options": options, "answer": answer}),
            )
        )
        quoted = deciding or explained(unit, quote)
        cited = unit.citation + place
        if extra.startswith("。") and quoted.rstrip().endswith(("。", "！", "？")):
            extra = extra[1:]  # "……。”原文为……": the quote's own full stop ends the sentence
        explanation = f"依据{cited}：“{quoted}”" + (f"{extra}" if extra else "")
        pairs = self.abbreviations.get(unit.doc_id, ())
        # the paper's heading defines the short titles: a stem opens on the short one and no
        # article number ("根据《文物保护管理办法》，"), a rule to apply, not a place to look up
        # (seed-5353 review, class 1); the 出处 names the article
        stem = self._framed(unit, stem)
        # "办公室" alone means nothing on a printed paper; "（以下简称办公室）" is drafting noise
        stem = F.expand(F.DRAFTING_RE.sub("", stem), pairs)
        options = [F.expand(F.DRAFTING_RE.sub("", o), pairs) for o in options]
        asked, kind_of_detail, details = detail
        # difficulty from the clause the item shows, not the article the explanation quotes
        # a 判断 by its clause alone (the true wording), so that the label never tells the key
        difficulty = (
            judge_label(shown or quote, changed)
            if kind == "判断"
            else difficulty_label(
                shown or quote,
                asked,
                kind_of_detail,
                details,
                changed=bool(changed),
                options=options if kind in ("单选", "多选") else (),
                right=right_option(kind, options, answer),
                keyed=keyed_options(kind, options, answer),
                familiar=kind_of_detail in ("term", "series")
                and D.familiar(asked, shown or quote, self._elsewhere_texts(unit)),
            )
        )
        return Item(
            id=_id(kind, unit.id, stem, ",".join(options)),
            type=kind,
            stem=stem,
            options=options,
            answer=answer,
            explanation=explanation,
            source=cited,
            unit_id=unit.id,
            difficulty=difficulty,
            knowledge_point=_knowledge(unit),
            fact=fact,
            quote=quote,
            points=POINTS[kind],
            alternatives=alternatives or [],
            topic=topic,
            changed=changed,
            marking=marking,
            detail=asked,
            detail_kind=kind_of_detail,
            details=details,
            shown=shown,
        )

    def _listed(
        self,
        kind: str,
        lf: F.ListFact,
        stem: str,
        options: list[str],
        answer: str,
        fact: str,
        members: list[str],
        others: list[str],
        extra_of: Callable[[list[str]], str],
    ) -> Item:
        """A list item, registered with the members and distractors it may print instead
        (Variant): a paper that asks 第三十七条 prints 第五十条's list without its (六)."""
        detail = ("", "list", len(lf.members))

        def build(chosen: list[str]) -> Item:
            wrong = [o for o in chosen if o not in members]
            # the key letters: the members (多选), or the one option that is not (不属于)
            key = ",".join(LETTERS[n] for n, o in enumerate(chosen) if (o in members) == listed)
            return self._item(
                kind, lf.unit, stem, chosen, key, lf.quote, fact, "list", detail, extra_of(wrong)
            )

        listed = kind == "多选"

        item = build(options)
        self.variants[item.id] = Variant(tuple(members), tuple(others), build)
        return item

    def _wrong_values(
        self,
        slot: F.Slot,
        statement: str,
        rng: random.Random,
        context: str = "",
        article: str = "",
        choice: bool = False,
    ) -> list[str]:
        """Plausible mistakes for one detail, none equivalent to another option. A sentence that
        names the answer's kind elsewhere ("履行政府主体责任") leaves only other levels, and so
        does an article that leaves the bodies open ("……及相关部门"): another kind could be one
        of them."""
        picked: list[str] = []
        rest = statement[: slot.start] + statement[slot.start + len(slot.text) :]
        answer_key = canonical_body(slot.text) if slot.kind == "body" else None
        kind_named = bool(
            answer_key and answer_key[1] == "人民政府" and re.search(r"(?<!人民)政府", rest)
        )
        pool = [
            v
            for v in mistakes(slot.kind, slot.text, statement + context, choice)
            if not authority_inverted(_replace_at(statement, slot.start, slot.text, v))
        ]  # never a body reporting to one of its own level or below
        head, rest = pool[:4], pool[4:]
        if slot.kind != "period":  # periods come nearest first: 每季度 before 每周 for 每年
            rng.shuffle(head)
        if choice and slot.kind == "figure" and pool:
            # a 单选's looser bound stays among its options ("最长不超过（ ）": 三年 beside 两年),
            # so that the key is never the largest (the options are shuffled when shown)
            head = [pool[0], *(v for v in head if v != pool[0])]
        others = [s.text for s in F.find_slots(statement) if s.text != slot.text]
        listed = statement[max(0, slot.start - 6) : slot.start]
        # bodies joined to this one ("各县人民政府和文物行政管理部门"): a distractor of the same
        # kind would name one body twice
        joined_kinds = set()
        for other in F.find_slots(statement):
            if other.kind != "body" or other.start == slot.start:
                continue
            left, right = sorted([other, slot], key=lambda x: x.start)
            between = statement[left.start + len(left.text) : right.start]
            key = canonical_body(other.text)
            if key and re.fullmatch(r"[和、及或与]|或者", between):
                joined_kinds.add(key[1])
        for value in head + rest:
            if "、" in listed and value[:2] in listed:
                continue  # "当地文物、文物行政管理部门": names a body already listed beside it
            if slot.kind == "body" and (canonical_body(value) or ("", ""))[1] in joined_kinds:
                continue
            if (
                kind_named
                and (canonical_body(value) or ("", ""))[1] != "人民政府"
                and value != "国务院"
            ):
                continue  # the sentence already says the answer is a government
            if any(same_meaning(value, p) for p in [slot.text, *picked, *others]):
                continue  # equivalent to the answer, to another option or to a body beside it
            if slot.kind == "body" and other_kind_arguable(article, slot.text, value):
                continue
            if slot.kind == "actor" and value not in self.parties:
                continue  # 监理单位 paying for a dig: no trainee believes it (seed-2121 review)
            if slot.kind in ("funder", "actor") and payer_named_elsewhere(
                value, statement, self.articles
            ):
                continue  # 办法 第六条 lets county funds pay custodians: 县级财政 is arguable
            picked.append(value)
        if choice and slot.kind == "figure":
            # the sibling figure the documents state (1200元 of county sites beside 1400元 of
            # 自治区级 ones) is always among a 单选's three distractors: the mistake a trainee
            # makes (seed-2627 review, 2627-1 and 2628-2), kept after a looser bound
            stated = self._stated_figures(article or statement)
            siblings = [v for v in plausible_figures(slot.text, picked, stated) if v in stated]
            for sibling in reversed(siblings[:2]):
                if sibling in picked[:3] or sibling not in picked:
                    continue
                picked.remove(sibling)
                picked.insert(min(1, len(picked)), sibling)
        return picked

    def _stated_figures(self, article: str) -> list[str]:
        """Every figure the chosen documents print, this article's first: the mistakes a
        trainee makes are the text's other figures."""
        texts = [article, *(a for a in self.articles if a != article)]
        return list(dict.fromkeys(m.group(0) for t in texts for m in FIGURE_RE.finditer(t)))

    def _choice(
        self, right: str, wrong: list[str], rng: random.Random
    ) -> tuple[list[str], str, int]:
        options = [right, *wrong[:3]]
        rng.shuffle(options)
        return options, LETTERS[options.index(right)], options.index(right)

    def _gap_slots(self, rule: F.Rule) -> list[F.Slot]:
        """The details of a rule worth a gap: each printed once (one blank, one option), not part
        of a longer name or an open list, not hinted by the words before it ("辖区的"), and,
        when the rule states figures, only the figures (a period blanked beside printed
        amounts is a giveaway)."""
        slots = []
        # a printed date counts as a figure here: "（  ）3月31日前" asks the minor word
        has_figure = bool(FIGURE_RE.search(rule.text))
        for slot in rule.slots:
            after = rule.text[slot.start + len(slot.text) :]
            before = rule.text[: slot.start]
            if rule.text.count(slot.text) != 1 or not _every_occurrence(rule, slot):
                continue  # two blanks sharing one option
            if (
                before.endswith("、")
                and any(m.end() == len(before) - 1 for m in BODY_RE.finditer(before))
            ) or (after.startswith("、") and BODY_RE.match(after[1:])):
                continue  # "地区行署、______": the partner body names the answer
            if after.startswith("（以下简称") or HINT_BEFORE.search(before):
                continue  # spelled out beside, or the words before name the level
            if OPEN_AFTER.match(after) or before.endswith("其他"):
                continue  # an open list ("X或者其他行政管理部门", "X及相关部门"): any body fits
            # the figures that count are those the stem prints: the clause of this detail
            local = F.segment_at(rule.text, slot.start)[1]
            if has_figure and FIGURE_RE.search(local) and slot.kind != "figure":
                continue
            if slot.kind == "timing":
                continue  # "及时" has no plausible wrong value a trainee would believe
            if default_figure(slot.text):
                continue  # "每年复核______" → 一次: the default, guessed (seed-5353 review 40)
            if before.endswith("与") and after.startswith(("协商", "会同")):
                continue  # the body one consults (seed-707 review: not worth asking)
            if obvious_body(slot.text, rule.text):
                continue
            slots.append(slot)
        return slots

    def _local(self, rule: F.Rule, slot: F.Slot) -> tuple[str, F.Slot, str]:
        """The clause of the rule that holds the slot (facts.segment_at), the slot within it, and
        the rule key of that clause: a stem never copies the rest of the article."""
        at, clause = F.segment_at(rule.text, slot.start)
        # "选聘年龄要求控制在25-50岁，且……以男性为首选": the detail's own clause, without an added
        # condition no bank asks (facts.low_value "never"; seed-2527 review: 细则 第五条)
        cut = clause.find("，且", slot.start - at + len(slot.text))
        if cut > 0 and F.low_value(clause) == "never" and F.low_value(clause[:cut]) != "never":
            clause = clause[:cut] + "。"
        key = f"{rule.unit.id}#{rule.index}" + (f"@{at}" if clause != rule.text else "")
        return clause, F.Slot(slot.kind, slot.text, slot.start - at), key

    def _gap_items(self, rule: F.Rule, rng: random.Random) -> list[Item]:
        if not rule.core:
            return []  # a purpose, commencement or trivia clause: no rule worth a gap
        items = []
        cite = rule.unit.citation
        for whole_slot in self._gap_slots(rule):
            text, slot, key = self._local(rule, whole_slot)
            # one atom of the clause: its 单选, its blank and its false statements are one place
            # of a bank; another atom of the same clause is another place
            fact = key = atom_key(key, slot.text)
            if "；" in text:
                continue  # the detail's clause has no subject of its own: no cut, no item
            if text.count(slot.text) != 1 or F.topic_of(text) == "statement":
                continue  # the clause alone is an exhortation ("……要加强……"), no rule
            if slot.start == 0 and re.search(r"不得|禁止|严禁", text):
                continue  # who is banned is not what a ban asks
            wrong = self._wrong_values(slot, text, rng, article=rule.unit.text, choice=True)
            detail = (slot.text, slot.kind, len(F.find_slots(text)))
            # a record has no close wrong value ("巡逻日志" for a handover inventory is ruled out
            # at a glance): written out as a blank only
            if len(wrong) >= 3 and slot.kind != "record":
                stem = f"根据{cite}，" + text.replace(slot.text, CHOICE)
                options, answer, _ = self._choice(slot.text, wrong, rng)
                item = self._item(
                    "单选",
                    rule.unit,
                    stem,
                    options,
                    answer,
                    rule.quote,
                    fact,
                    rule.topic,
                    detail,
                    shown=text,
                )
                item.rule_keys = [key]
                items.append(item)
            if slot.kind not in (
                "figure",
                "period",
                "body",
                "form",
                "role",
                "act",
                "actor",
                "record",
                "funder",
                "urgent",
                "principle",
            ) or (len(slot.text) > 12 and slot.kind != "principle"):
                continue  # a long name to write out is graded unreliably: 单选 only
            if _compound_name(slot.text):
                continue  # "县级人民政府文物行政部门": too many ways to write it down
            if slot.kind == "act" and (
                "。" in text.rstrip("。") or re.search(r"任何(单位|人)", text[: slot.start])
            ):
                continue  # the exception names the act, or the ban names no object to act on
            if slot.kind == "role" and paired_role(text, slot.start, slot.text):
                continue  # "______或负责人", "组长、副组长": guessed from its partner
            gap = _gap_words(slot, text)
            if gap is None:
                continue  # the blank would test only a qualifier ("地、县", "本行政区域")
            for blank in [gap, *_members(gap)]:
                alternatives = _alternatives(blank, self._document_text(rule.unit))
                stem = f"根据{cite}，" + _replace_at(text, blank.start, blank.text, BLANK)
                item = self._item(
                    "填空",
                    rule.unit,
                    stem,
                    [],
                    blank.text,
                    rule.quote,
                    fact,
                    rule.topic,
                    detail if blank is gap else (blank.text, slot.kind, detail[2]),
                    alternatives=alternatives,
                    marking=marking_note(blank, alternatives),
                    shown=text,
                )
                item.rule_keys = [key]
                items.append(item)
        return items

    def _recurring_figure_items(self, rule: F.Rule, rng: random.Random) -> list[Item]:
        """A figure the rule states twice ("培训原则上每年不得少于一次，且必须保证每年至少一次
        ……专业相关培训") is asked in the comma clause of its first mention, cut before the "且/并"
        clause that repeats it, when that clause has its own subject and duty: a blank beside
        the repeated figure would give itself away, and the rule's other clauses (who drafts the
        plan) are asked elsewhere or not at all."""
        if not rule.core:
            return []
        items = []
        text = rule.text
        for slot in rule.slots:
            if slot.kind != "figure" or text.count(slot.text) < 2:
                continue
            if text.find(slot.text) != slot.start:
                continue  # the first mention only
            start = max(text.rfind("，", 0, slot.start), text.rfind("；", 0, slot.start)) + 1
            stop = re.search(r"，(?:且|并)|；|。", text[slot.start :])
            if not stop:
                continue
            piece = text[start : slot.start + stop.start()] + "。"
            if not F._clause_start(piece) or piece.count(slot.text) != 1:
                continue
            local = F.Slot(slot.kind, slot.text, slot.start - start)
            key = atom_key(f"{rule.unit.id}#{rule.index}@{start}", slot.text)
            detail = (slot.text, slot.kind, len(F.find_slots(piece)))
            if default_figure(slot.text):
                # "每年不得少于（  ）" over 一次…四次: the key the floor and the default, guessed
                # (seed-5353 review 2); the rule is judged instead, a stricter floor false
                items += self._floor_items(rule, piece, local, key, detail, rng)
                continue
            wrong = self._wrong_values(local, piece, rng, article=rule.unit.text, choice=True)
            cite = rule.unit.citation
            if len(wrong) >= 3:
                options, answer, _ = self._choice(slot.text, wrong, rng)
                stem = f"根据{cite}，" + _replace_at(piece, local.start, slot.text, CHOICE)
                item = self._item(
                    "单选",
                    rule.unit,
                    stem,
                    options,
                    answer,
                    rule.quote,
                    key,
                    rule.topic,
                    detail,
                    shown=piece,
                )
                item.rule_keys = [key]
                items.append(item)
            alternatives = _alternatives(local, self._document_text(rule.unit))
            stem = f"根据{cite}，" + _replace_at(piece, local.start, slot.text, BLANK)
            item = self._item(
                "填空",
                rule.unit,
                stem,
                [],
                slot.text,
                rule.quote,
                key,
                rule.topic,
                detail,
                alternatives=alternatives,
                marking=marking_note(local, alternatives),
                shown=piece,
            )
            item.rule_keys = [key]
            items.append(item)
        return items

    def _floor_items(
        self,
        rule: F.Rule,
        piece: str,
        slot: F.Slot,
        key: str,
        detail: tuple[str, str, int],
        rng: random.Random,
    ) -> list[Item]:
        """A default once the text sets as a floor ("……每年不得少于一次。"), asked as a false
        statement with a stricter floor ("……每年不得少于两次。"): a blank or a 单选 over it is
        answered by the default (seed-5353 review 2, 40)."""
        title = self.full_titles[rule.unit.doc_id]
        wrong = plausible_figures(
            slot.text, mistakes("figure", slot.text, piece), self._stated_figures(rule.unit.text)
        )
        return [
            self._false_statement(
                rule,
                title,
                _replace_at(piece, slot.start, slot.text, value),
                key,
                detail,
                extra=f"。原文为“{slot.text}”，题干改成了“{value}”。",
                changed=f"{slot.text}→{value}",
                shown=piece,
            )
            for value in wrong[:1]
        ]

    def _false_statement(
        self,
        rule: F.Rule,
        title: str,
        statement: str,
        key: str,
        detail: tuple[str, str, int],
        extra: str,
        changed: str,
        shown: str,
    ) -> Item:
        """A 判断 item whose statement is the rule with one detail changed, keyed 错误."""
        item = self._item(
            "判断",
            rule.unit,
            f"《{title}》规定：{statement}",
            ["正确", "错误"],
            "错误",
            rule.quote,
            key,
            rule.topic,
            detail,
            extra=extra,
            changed=changed,
            shown=shown,
        )
        item.rule_keys = [key]
        return item

    def _judge_items(self, rule: F.Rule, rng: random.Random) -> list[Item]:
        if rule.qualified or not rule.core:
            return []  # an exception follows, or nothing worth asking true/false
        # a long rule is stated clause by clause (each clause an atom of its own): never a
        # statement too long to judge at a glance
        if len(rule.text) > LONG_STATEMENT and len(F.segments(rule.text)) < 2:
            return []
        title = self.full_titles[rule.unit.doc_id]
        fact = f"{rule.unit.id}#{rule.index}"
        items = []
        # a true statement is the rule, or each of its clauses (facts.segments) read alone
        clauses = F.segments(rule.text)
        for at, text in clauses:
            text = F.segment_at(rule.text, at)[1]  # up to the first "；" when that is a sentence
            if "；" in text or len(text) > LONG_STATEMENT:
                continue
            whole = text == rule.text
            part = (
                rule
                if whole
                else F.Rule(
                    rule.unit,
                    text,
                    rule.quote,
                    F.topic_of(text),
                    F.find_slots(text),
                    False,
                    rule.index,
                )
            )
            if not part.core or not F.checkable(part):
                continue
            # the statement, and each narrower truth of it (one banned act, one of parallel
            # bans): forms of one rule, so that A/B papers and seeds ask it in other words
            for shown in [text, *F.narrowings(text)]:
                # a detail said in other words the text takes as the same ("两名" for 2名): a
                # paper whose true statements are all verbatim copies and whose false ones are
                # all edited is answered by "does it read like the gazette?" (seed-5353 review,
                # class 4); the verbatim copy stays only where nothing can be said otherwise
                said, restated = restate(shown, self._document_text(rule.unit))
                item = self._item(
                    "判断",
                    rule.unit,
                    f"《{title}》规定：{said}",
                    ["正确", "错误"],
                    "正确",
                    rule.quote,
                    fact,
                    part.topic,
                    ("", "", len(F.find_slots(shown))),
                    shown=shown,
                )
                item.restated = restated
                if not whole:
                    item.rule_keys = [f"{fact}@{at}"]
                items.append(item)
        for whole_slot in rule.slots:
            starts = [m.start() for m in re.finditer(re.escape(whole_slot.text), rule.text)]
            if whole_slot.kind == "body" and any(
                at == 0 or rule.text[at - 1] in "，、" for at in starts
            ):
                continue  # another actor under the same duty or ban is no checkable mistake
            if rule.text[whole_slot.start + len(whole_slot.text) :].startswith("（以下简称"):
                continue  # a name defined in place: changing it breaks the definition
            if whole_slot.kind in ("timing", "record") or rule.text.count(whole_slot.text) != 1:
                continue  # a patrol log for a handover is nonsense, not a mistake to spot
            if whole_slot.kind == "form" and not whole_slot.text.endswith("形式"):
                continue  # "用汉文记录" for 藏汉两种文字 is arguable (汉文 is one of them): a gap only
            if not _every_occurrence(rule, whole_slot):
                continue
            text, slot, key = self._local(rule, whole_slot)
            if text[:-1] + "，且" in rule.text:
                continue  # a clause cut from its added condition: asked by its gap only
            if F.topic_of(text) == "statement" or "；" in text or len(text) > LONG_STATEMENT:
                continue  # an exhortation, or a clause that cannot stand without the article
            if len(rule.text) > LONG_STATEMENT and not rule.text.endswith(text):
                continue  # a false statement restores to a whole sentence, never a comma piece
            after = text[slot.start + len(slot.text) :]
            if re.match(r"\s*\d+\s*月", after):
                continue  # "每年3月31日前" → "每周3月31日前" is nonsense, not a mistake
            if HINT_BEFORE.search(text[: slot.start]):
                continue  # "辖区的地区行署": the words before name the level
            if OPEN_AFTER.match(after):
                continue  # "向X及相关部门报告": another body is one of the 相关部门
            if slot.kind in ("body", "actor") and slot.start == 0:
                continue  # the clause's own subject swapped: the other body may also act
            if text[: slot.start].endswith("与") and after.startswith(("协商", "会同")):
                continue  # the body one consults (seed-707 review: not worth asking)
            if slot.kind == "role" and paired_role(text, slot.start, slot.text):
                continue  # "组长、副组长": changing one of a pair leaves a mismatched pair
            rephrased = ""
            if slot.kind == "body" and not S.exclusive_actor(
                text, slot.start, slot.start + len(slot.text)
            ):
                # a body in a role others may share ("应当接受……的监督"): a swap is false only
                # said with the body as the one actor ("由……负责监督": seed-5252 review 30)
                said = S.exclusive_phrasing(text)
                if said is None or said[0][said[1] : said[1] + len(slot.text)] != slot.text:
                    continue
                rephrased = text
                text, slot = said[0], F.Slot(slot.kind, slot.text, said[1])
            wrong = self._wrong_values(slot, text, rng, article=rule.unit.text)
            stated: list[str] = []
            if slot.kind == "figure":
                # a false figure is one the text states elsewhere (1400元 beside 1200元), or
                # a near one: never an invented sum (seed-2527 review: 1600元, 两个月)
                stated = self._stated_figures(rule.unit.text)
                wrong = plausible_figures(slot.text, wrong, stated)
            wrong = [
                w
                for w in wrong
                if not _named_in(w, slot, rule)
                and not level_named_elsewhere(
                    text, _replace_at(text, slot.start, slot.text, w), rule.unit.text
                )
                # one change, undoable (a figure the article states elsewhere only when the
                # statement does not print it)
                and (w not in rule.text or (w in stated and w not in text))
                and not government_for_department(slot.text, w)  # arguable, not false
                and not w.startswith(("国务院", "国家"))  # the nation oversees every level
                # a body swapped only where the rule gives the act to that body alone
                # ("接受……的监督" is shared: seed-5252 review 30)
                and S.swap_contradicted(text, _replace_at(text, slot.start, slot.text, w))
            ]
            # two plausible mistakes of one detail are two forms of the rule (a bank asks one):
            # seeds then differ without asking anything weaker
            for value in wrong[:2]:
                items.append(
                    self._false_statement(
                        rule,
                        title,
                        _replace_at(text, slot.start, slot.text, value),
                        atom_key(key, slot.text),
                        (slot.text, slot.kind, len(F.find_slots(text))),
                        extra=(
                            f"。原文为“{rephrased.rstrip('。；')}”，负责"
                            f"{text.rsplit('负责', 1)[1].rstrip('。；')}的是“{slot.text}”，"
                            f"题干改成了“{value}”。"
                            if rephrased
                            else f"。原文为“{slot.text}”，题干改成了“{value}”。"
                        ),
                        changed=f"{slot.text}→{value}",
                        shown=text,  # the true clause: its label is the true statement's
                    )
                )
        return items + self._step_swap_items(rule) + self._licence_items(rule)

    def _exception_items(self, rule: F.Rule) -> list[Item]:
        """A ban with its exception in one sentence ("纪念建筑物、古建筑等文物已经全部毁坏的，不得
        重新修建；因特殊需要，必须在另地复建或者在原址重建的，……报原核定公布机关批准，……"): the
        exception is asked with the ban it lifts, the whole sentence printed as it stands (the
        seed-3838 review, A29: the exception re-joined to the ban's subject lost its condition
        "已经全部毁坏的" and read like 第十五条's moving of a site). Asked by who approves (a blank:
        原核定公布机关 has no distractor that could not also be some site's announcing body) and
        by a true statement and a false one that has the approval only filed (批准 → 备案), the
        mistake a site owner makes. A sentence too long to print whole is not asked."""
        m = EXCEPTION_SENTENCE_RE.match(rule.text)
        if not rule.core or not m:
            return []
        statement = rule.text
        exception = m.group("exception")
        if len(statement) > LONG_STATEMENT or not F.is_complete(statement):
            return []
        approval = APPROVAL_RE.search(exception)
        if not approval:
            return []
        cite = rule.unit.citation
        title = self.full_titles[rule.unit.doc_id]
        at = m.start("exception")
        clause_key = f"{rule.unit.id}#{rule.index}@{at}"
        body = approval.group("body")
        key = atom_key(clause_key, body)
        detail = (body, "body", len(F.find_slots(statement)))
        slot = F.Slot("body", body, at + approval.start("body"))
        blank = _replace_at(statement, slot.start, body, BLANK)
        alternatives = _alternatives(slot, self._document_text(rule.unit))
        items = [
            self._item(
                "填空",
                rule.unit,
                f"根据{cite}，{blank}",
                [],
                body,
                rule.quote,
                key,
                rule.topic,
                detail,
                alternatives=alternatives,
                marking=marking_note(slot, alternatives),
                shown=statement,
            ),
            self._item(
                "判断",
                rule.unit,
                f"《{title}》规定：{statement}",
                ["正确", "错误"],
                "正确",
                rule.quote,
                clause_key,
                rule.topic,
                ("", "", len(F.find_slots(statement))),
                shown=statement,
            ),
        ]
        items[0].rule_keys = [key]
        items[1].rule_keys = [clause_key]
        if F.long_procedure(statement):
            items.pop()  # a long approval procedure copied as 正确 tells nothing (checker)
        verb = approval.group("verb")
        false = (
            statement[: at + approval.start("verb")]
            + "备案"
            + statement[at + approval.end("verb") :]
        )
        if false.count("备案") == 1:
            item = self._item(
                "判断",
                rule.unit,
                f"《{title}》规定：{false}",
                ["正确", "错误"],
                "错误",
                rule.quote,
                key,
                rule.topic,
                ("", "approval", len(F.find_slots(statement))),
                extra=f"。原文为“报{body}{verb}”，须经批准，不是报备案。",
                changed=f"{verb}→备案",
                shown=statement,
            )
            item.rule_keys = [key]
            items.append(item)
        return items

    def _licence_items(self, rule: F.Rule) -> list[Item]:
        """An absolute ban stated as one a body may lift ("在保护范围内，经文物行政管理部门批准
        后，可以存放易燃、易爆……物品"): false by the text, which names no approval, and the
        mistake a site manager makes (seed-2727 review 四.3: false statements that change a
        condition, not a body the text may not exclude). Never for a ban on acting without
        approval (擅自, 未经批准: approval is the rule there), a ban the article lifts elsewhere
        (但……, 因特殊需要……), or a ban on harm no body may license (破坏, 盗掘)."""
        text = rule.text
        m = LICENCE_BAN_RE.search(text)
        if not rule.core or not m or "；" in text or len(text) > LONG_STATEMENT:
            return []
        act = text[m.end() :]
        if text.count(m.group(0)) != 1 or LICENSED_RE.search(text):
            return []
        if act.startswith(("以任何", "任何")) or "文物行政" in text:
            return []  # "可以以任何理由罢训" is nonsense; a relic body licensing itself is odd
        rows = [c.text for c in F.clauses(rule.unit)]
        at = next((n for n, c in enumerate(rows) if text.rstrip("。") in c), -1)
        after = rows[at + 1] if 0 <= at < len(rows) - 1 else ""
        if re.match(r"(但|确因|因特殊|除)", after) or any(
            LICENSED_RE.search(c) and act[:2] in c for c in rows
        ):
            return []  # the article lifts this ban ("确因特殊需要，经……批准，可以……")
        first = re.split(r"、|或者|或", act.rstrip("。"))[0]
        if HARM_RE.search(act.split("，")[0]) and (
            HARM_RE.search(first)
            or len(first) != 2
            or "，" in act
            or not EVERYONE_RE.search(text[: m.start()])
        ):
            return []
        if HARM_RE.search(act.split("，")[0]):
            # "……任何单位和个人不得占用、破坏、拆毁或者变卖": no body licenses harm, but the
            # first act is not one ("经……批准后，可以占用" is the mistake a builder makes, and
            # the one false form of a ban the paper no longer copies as √: seed-5353 review 26)
            act = first + "。"
        if not text.endswith("。"):
            return []
        licence = f"经{LICENSING_BODY}批准后，可以"
        statement = text[: m.start()] + licence + act
        return [
            self._false_statement(
                rule,
                self.full_titles[rule.unit.doc_id],
                statement,
                f"{rule.unit.id}#{rule.index}",
                (m.group(0), "condition", len(F.find_slots(text))),
                extra=f"。原文为“{m.group(0)}”，没有经批准可以{act[:2]}的例外。",
                changed=f"{m.group(0)}→{licence}",
                shown=text,
            )
        ]

    def _step_swap_items(self, rule: F.Rule) -> list[Item]:
        """A procedure of two steps by two bodies ("经同级文物行政管理部门同意后，报同级城乡规划
        部门批准") stated with the bodies swapped: who consents and who approves is the mistake a
        trainee makes (seed-2527 review: 第十三条第二款 never asked; its one wrong body, 同级人民
        政府, is arguable). One change, a stretch the checker restores whole."""
        items = []
        title = self.full_titles[rule.unit.doc_id]
        for _, whole in F.segments(rule.text):
            at = rule.text.find(whole)
            text = F.segment_at(rule.text, at)[1]
            if "；" in text or len(text) > LONG_STATEMENT or F.topic_of(text) == "statement":
                continue
            bodies = [s for s in F.find_slots(text) if s.kind == "body"]
            if len(bodies) != 2 or bodies[0].start == 0 or bodies[0].text == bodies[1].text:
                continue
            first, second = bodies
            between = text[first.start + len(first.text) : second.start]
            after = text[second.start + len(second.text) :]
            if not STEP_BETWEEN.match(between) or not STEP_AFTER.match(after):
                continue  # not two steps of one procedure ("……同意后，报……批准")
            if OPEN_AFTER.match(after) or text.count(first.text) + text.count(second.text) != 2:
                continue
            was = text[first.start : second.start + len(second.text)]
            now = second.text + between + first.text
            statement = text.replace(was, now)
            items.append(
                self._false_statement(
                    rule,
                    title,
                    statement,
                    atom_key(f"{rule.unit.id}#{rule.index}", "steps"),
                    (first.text, "body", len(F.find_slots(text))),
                    extra=f"。原文是“{was}”，题干把两个机关的先后顺序对调了。",
                    changed=f"{was}→{now}",
                    shown=text,
                )
            )
        return items

    def _mutated(
        self,
        text: str,
        slots: tuple[F.Slot, ...],
        rng: random.Random,
        context: str = "",
        article: str = "",
    ) -> list[str]:
        """The text with one detail changed, one variant per plausible mistake."""
        out: list[str] = []
        for slot in slots:
            if text[slot.start + len(slot.text) :].startswith("（以下简称"):
                continue
            if OPEN_AFTER.match(text[slot.start + len(slot.text) :]):
                continue  # "及相关部门" covers any other body
            for value in self._wrong_values(slot, text, rng, context, article)[:3]:
                out.append(_replace_at(text, slot.start, slot.text, value))
        rng.shuffle(out)
        return out

    def _scenario_items(self, sc: F.Scenario, rng: random.Random) -> list[Item]:
        cite = sc.unit.citation
        fact = f"{sc.unit.id}#{sc.index}:{sc.trigger[:8]}"
        scenario_key = f"{sc.unit.id}#{sc.index}:{sc.trigger}"
        # the situation as a trainer puts it: one of the text's own alternatives ("在农牧业生产
        # 活动中，发现疑似文物的"), picked by the seed; the keys stay those of the whole rule
        trigger = rng.choice([sc.trigger, *F.specialisations(sc.trigger)])
        if not sc.connector:  # every member of a penalty list has the same consequence
            lead = next((lf.lead for lf in F.lists(sc.unit) if lf.quote == sc.quote), "")
            fact = f"{sc.unit.id}#list:{lead[:8]}"
        wrong = [m for m in self._mutated(sc.action, sc.slots, rng, sc.quote, sc.unit.text)]
        mutated = set(wrong)  # one detail of the action changed (a 判断 false statement)
        if sc.topic == "penalty":
            # another trigger of the same rule with another kind of consequence, or a
            # consequence of the same document the whole rule never names
            classes, named = penalty_classes(sc.action), penalty_classes(sc.quote)
            foreign = [
                p.action
                for p in self.penalties
                if p.unit.doc_id == sc.unit.doc_id
                and p.trigger != sc.trigger
                and not is_generic_consequence(p.action)  # "按法律程序进行处置" fits any breach
                and classes != penalty_classes(p.action)  # another kind of consequence
                and (p.quote == sc.quote or not named & penalty_classes(p.action))
            ]
            rng.shuffle(foreign)
            wrong = wrong[:2] + foreign + wrong[2:]
        picked: list[str] = []
        for w in wrong:
            if not any(same_meaning(w, p) for p in [sc.action, *picked]):
                picked.append(w)
        picked = one_stretch(sc.action, picked, mutated)
        ask = (
            f"{trigger}{sc.connector}{CHOICE}。"
            if sc.connector
            else f"{trigger}应当如何处理？{CHOICE}"
        )
        items = []
        # four long actions that differ in one body ("……并向当地X报告，不得哄抢……") read as one
        # sentence four times: the rule's gap item asks that body with short options instead
        one_body = (
            len(sc.slots) == 1 and sc.slots[0].kind == "body" and all(p in mutated for p in picked)
        )
        # the same for four actions that differ only in when to report ("第一时间/7日内……向当地
        # 文物、公安部门报告"): a time word that sets no deadline is never the key of a choice
        # among the documents' frequencies (每日/定期/每月 read into "一旦发现……每日报告" make no
        # sentence: picked by ear; the seed-2627, 4343 and 4949 reviews); the clause is asked by
        # whom the report goes to (_recipient_items), its blank, and its statements
        short_slots = [sl for sl in sc.slots if sl.kind == "timing" and sl.text in IMMEDIATE]
        only_details = bool(short_slots) and all(p in mutated for p in picked)
        if len(picked) >= 3 and not one_body and not only_details:
            options, answer, _ = self._choice(sc.action, picked, rng)
            stem = f"根据{cite}，{ask}"
            items.append(
                self._item(
                    "单选",
                    sc.unit,
                    stem,
                    options,
                    answer,
                    sc.quote,
                    fact,
                    sc.topic,
                    (sc.action, "action", len(sc.slots) + 1),
                )
            )
        # the sub-rule alone with its detail blanked ("……未如实填写巡逻日志的，要适当扣除______
        # 野外看管补助。"): shorter than the whole clause, another form of the same rule
        said = "" if sc.inserted else sc.connector
        for slot in sc.slots if sc.connector else ():
            # never a time word that sets no deadline ("第一时间"): a marker cannot say which of
            # 立即, 马上, 迅速 earns the points (seed-5151 review 50); the clause is asked by
            # whom the report goes to (_recipient_items), as its 单选 is
            if slot.kind not in ("figure", "period", "body") or len(slot.text) > 12:
                continue
            if _compound_name(slot.text):
                continue
            if sc.action.count(slot.text) != 1 or obvious_body(slot.text, sc.action):
                continue
            if OPEN_AFTER.match(sc.action[slot.start + len(slot.text) :]):
                continue
            gap = _gap_words(slot, sc.action)
            if gap is None:
                continue  # the blank would test only a qualifier
            atom = atom_key(scenario_key, slot.text)
            slot = gap
            blanked = _replace_at(sc.action, slot.start, slot.text, BLANK)
            alternatives = _alternatives(slot, self._document_text(sc.unit))
            item = self._item(
                "填空",
                sc.unit,
                f"根据{cite}，{trigger}{said}{blanked}。",
                [],
                slot.text,
                sc.quote,
                atom,
                sc.topic,
                (slot.text, slot.kind, len(sc.slots) + 1),
                alternatives=alternatives,
                marking=marking_note(slot, alternatives),
            )
            item.rule_keys = [atom]  # one detail of the action: an atom of the scenario
            items.append(item)
        # the true statement and, when there is a plausible mistake, a false one: two forms of
        # one rule (a bank asks one of them), so that paper B can ask the rule differently
        # a false statement changes one detail of the action; another trigger's consequence
        # ("负有法律责任的，要立即解聘") may be right in substance
        picked = [
            p
            for p in picked
            if p in mutated  # another trigger's consequence may be right in substance
            and not _action_named_in(p, sc)
            and not level_named_elsewhere(sc.action, p, sc.quote + sc.unit.text)
            and max(map(len, _diff(sc.action, p))) <= 12
            # the nation oversees every level: "接受国务院文物行政部门的监督" can be argued right
            and not re.search(r"国务院|国家", _diff(sc.action, p)[1])
        ]
        # a consequence with no detail ("负有法律责任的，要按法律程序进行处置") is a truth nobody
        # doubts: asked as 单选 only
        if sc.topic == "penalty" and not sc.connector:
            # who dismisses is incidental to a breach list: a trainee who marks "由公安部门解聘"
            # wrong may still believe the breach costs nothing (seed-1515 review); the false
            # statement changes the consequence itself
            picked = [p for p in picked if not _changes_body(sc, p)]
            picked += self._milder_consequences(sc, rng)
        versions = [(True, sc.action)] if sc.slots else []
        # (a false statement swaps a body only where the rule gives the act to it alone:
        # statements.swap_contradicted, seed-5252 review 30)
        versions += [(False, p) for p in picked if S.swap_contradicted(sc.action, p)][:2]
        for truthful, action in versions if (picked or sc.connector) else []:
            title = self.full_titles[sc.unit.doc_id]
            said = "" if sc.inserted else sc.connector
            statement = F.with_subject(f"{trigger}{said}{action}。", title)
            # a false statement changes one detail of the action: that atom of the scenario
            was = _diff(sc.action, action)[0]
            changed_slot = next(
                (sl for sl in sc.slots if was and (was in sl.text or sl.text in was)), None
            )
            atom = (
                atom_key(scenario_key, changed_slot.text)
                if changed_slot and sc.connector and not truthful
                else ""
            )
            items.append(
                self._item(
                    "判断",
                    sc.unit,
                    f"《{title}》规定：{statement}",
                    ["正确", "错误"],
                    "正确" if truthful else "错误",
                    sc.quote,
                    atom or fact,
                    sc.topic,
                    # a true statement is read as the text has it: no detail to pick
                    ("", "", len(sc.slots) + 1)
                    if truthful
                    else (sc.action, "action", len(sc.slots) + 1),
                    extra=""
                    if truthful
                    else f"。原文为“{sc.action}”。" + self._brought_note(sc, action),
                    changed="" if truthful else "→".join(_diff(sc.action, action)),
                    shown=f"{trigger}{said}{sc.action}。",  # the true statement
                )
            )
            if atom:
                items[-1].rule_keys = [atom]
        return (
            items + self._recipient_items(sc, trigger, rng) + self._joint_report_items(sc, trigger)
        )

    def _milder_consequences(self, sc: F.Scenario, rng: random.Random) -> list[str]:
        """A dismissal stated as a lighter treatment, the custodian kept ("批评教育后继续留用"):
        the mistake that costs a site its custodian (seed-5353 review 14's own wording). Never
        "只……，不予解聘" (the absolute wording tells the statement false) and never another
        breach's consequence ("适当扣除当月野外看管补助"): printed on the same paper as that
        breach's own rule (细则 第十一条, asked in every bank) it tells this statement false
        (seed-5353 review 14 and 20, class 3)."""
        if "dismissal" not in penalty_classes(sc.action):
            return []
        return [MILDER]

    def _brought_note(self, sc: F.Scenario, action: str) -> str:
        """A false statement that puts another article's consequence on this breach is
        explained with both articles (seed-2121 review: "扣当月补助" comes from 细则 第十一条,
        and the trainee must see it is that breach's, not this one's)."""
        p = self.brought.get(action)
        if p is None or p.unit.id == sc.unit.id:
            return ""
        return (
            f"另据{p.unit.citation}：“{explained(p.unit, p.quote)}”"
            f"“{p.action}”是“{p.trigger.rstrip('，')}”的处理，不适用于本条所列情形。"
        )

    def _recipient_items(self, sc: F.Scenario, trigger: str, rng: random.Random) -> list[Item]:
        """Whom a report owed at once goes to ("一旦发现盗掘……，第一时间向（  ）报告"), asked by a
        单选 over the recipients a trainee confuses (variants.tsv "recipient"), each a body the
        chosen documents name: the point of the clause, where its time word among 每日/定期/每月
        was picked by ear (the seed-4949 review, item 6, and two reviews before it). The key is
        an atom of the scenario of its own; a report to two bodies keeps both in the key."""
        m = JOINT_REPORT_RE.search(sc.action)
        if not m or not sc.connector:
            return []
        right = m.group(0)[1:-2]  # "当地文物、公安部门"
        said = "".join(self.articles)
        wrong = [w for w in mistakes("recipient", right) if re.sub(r"^(当地|所在)", "", w) in said]
        action = sc.action[: m.start() + 1] + CHOICE + sc.action[m.end() - 2 :]
        rest = sc.action[m.end() :]
        if m["a"] in rest or m["b"] in rest:
            # "……报告并协助文物、公安等部门做好案件调查工作": the duty joined after the report
            # names the key's bodies; the stem ends with the report (a duty of its own)
            if not rest.startswith("并"):
                return []
            action = sc.action[: m.start() + 1] + CHOICE + "报告"
        atom = atom_key(f"{sc.unit.id}#{sc.index}:{sc.trigger}", right)
        said_as = "" if sc.inserted else sc.connector
        shown = f"{trigger}{said_as}{action.replace(CHOICE, right)}。"
        items = []
        if len(wrong) >= 3:
            options, answer, _ = self._choice(right, wrong, rng)
            items.append(
                self._item(
                    "单选",
                    sc.unit,
                    f"根据{sc.unit.citation}，{trigger}{said_as}{action}。",
                    options,
                    answer,
                    sc.quote,
                    atom,
                    sc.topic,
                    (right, "recipient", len(sc.slots) + 1),
                    shown=shown,
                )
            )
        # the same asked as a blank over the two kinds ("第一时间向当地______部门报告" → 文物、
        # 公安): both are the key, in either order (seed-5151 review 50: the blank was on
        # 第一时间, a word with no deadline, while whom to tell was not asked)
        where, kind = m["where"] or "", m["kind"]
        key = f"{m['a']}、{m['b']}"
        blank = action.replace(CHOICE, f"{where}{BLANK}{kind}")
        # the wordings a marker takes, and the note, from the one place every blank's are
        # derived (_alternatives, marking_note)
        slot = F.Slot("recipient", key, 0)
        alternatives = _alternatives(slot)
        items.append(
            self._item(
                "填空",
                sc.unit,
                f"根据{sc.unit.citation}，{trigger}{said_as}{blank}。",
                [],
                key,
                sc.quote,
                atom,
                sc.topic,
                (right, "recipient", len(sc.slots) + 1),
                alternatives=alternatives,
                marking=marking_note(slot, alternatives),
                shown=shown,
            )
        )
        for item in items:
            item.rule_keys = [atom]
        return items

    def _joint_report_items(self, sc: F.Scenario, trigger: str = "") -> list[Item]:
        """A report owed to two bodies at once ("向当地文物、公安部门报告"): the mistake a trainee
        makes is to tell only one of them, so each false statement names one body alone ("只向
        当地文物部门报告，不向公安部门报告"). The change is the consequence of the duty itself,
        not an incidental word (seed-1515 review: the report to both 文物 and 公安 was never
        asked). The items keep the scenario's key: the timing items print both bodies."""
        m = JOINT_REPORT_RE.search(sc.action)
        if not m or not sc.connector:
            return []
        trigger = trigger or sc.trigger
        where, kind = m["where"] or "", m["kind"]
        title = self.full_titles[sc.unit.doc_id]
        said = "" if sc.inserted else sc.connector
        items = []
        for one, other in ((m["a"], m["b"]), (m["b"], m["a"])):
            if other in title:
                # "不向文物部门报告" in a relic rule for relic staff: absurd, no trainee believes
                # it (seed-4646 review bank23); the mistake is to leave out the other body
                continue
            wrong = f"只向{where}{one}{kind}报告，不向{other}{kind}报告"
            items.append(
                self._item(
                    "判断",
                    sc.unit,
                    f"《{title}》规定：{trigger}{wrong}。",
                    ["正确", "错误"],
                    "错误",
                    sc.quote,
                    f"{sc.unit.id}#{sc.index}:{sc.trigger[:8]}",
                    sc.topic,
                    (sc.action, "action", len(sc.slots) + 1),
                    extra=f"。原文要求向{where}{m['a']}、{m['b']}{kind}两个部门报告，缺一不可。",
                    changed=f"{sc.action}→{wrong}",
                    shown=f"{trigger}{said}{sc.action}。",
                )
            )
        return items

    def _sibling_members(self, lf: F.ListFact) -> list[str]:
        """Members of another enumeration of the same category in the same document (用途 beside
        用途, 条件 beside 条件): never relic kinds offered as uses of a fund."""
        return [
            o
            for other in self.all_lists
            if other.unit.doc_id == lf.unit.doc_id
            and other is not lf
            and other.category
            and other.category == lf.category
            and not other.sorting
            for o in other.options
            if o not in lf.unit.text
            and not is_catch_all(o)
            and not any(m in o or o in m for m in lf.members)
        ]

    def _other_triggers(self, lf: F.ListFact) -> list[str]:
        return F.other_breaches(lf, [u for d in self.documents for u in d.units])

    def _list_items(self, lf: F.ListFact, rng: random.Random) -> list[Item]:
        """多选 and "不属于" items over one whole enumeration. A distractor is a member with one
        detail changed (its original then left out, so no two options differ in one word) or a
        member of a sibling enumeration of the same category; a classification list ("培训方式
        包括") is not asked at all."""
        if len(lf.options) < 3 or lf.sorting:
            return []
        changed: list[tuple[str, str]] = []  # (original member, member with one detail changed)
        for o in lf.options:
            for m in self._mutated(o, F.find_slots(o), rng, lf.quote, lf.unit.text)[:1]:
                if not any(same_meaning(m, x) for x in lf.options):
                    changed.append((o, m))
        siblings = self._sibling_members(lf) + self._other_triggers(lf)
        rng.shuffle(siblings)
        notes: dict[str, str] = {}
        if not changed and not siblings:
            # a closed list with no sibling (第六条's uses of the fund): a member whose payer the
            # documents name otherwise for the same work is the one plausible mistake
            for o in lf.options:
                found = self._payer_changed(o)
                if found:
                    changed.append((o, found[0]))
                    notes[found[0]] = found[1]
                    break
        wrong = [m for _, m in changed[:1]] + siblings
        # a breach beside a list that ends "不履行……职责的" is taken in by it (seed-1111 review)
        wrong = [w for w in wrong if not covered_by_catch_all(w, lf.members)]
        if not wrong:
            return []
        hidden = {o for o, m in changed[:1]}
        shown = [o for o in lf.options if o not in hidden]
        if len(shown) < 3:
            return []
        cite = lf.unit.citation
        fact = f"{lf.unit.id}#list:{lf.lead[:8]}"

        def extra_of(distract: list[str]) -> str:
            return self._elsewhere(distract) + "".join(notes.get(d, "") for d in distract)

        items = []
        count = min(len(shown), 4, 6 - min(2, len(wrong)))
        right = rng.sample(shown, count)
        distract = wrong[: min(2, len(wrong))]
        options = right + distract
        rng.shuffle(options)
        answer = ",".join(LETTERS[i] for i, o in enumerate(options) if o in right)
        stem = f"根据{cite}，{F.list_question(lf.lead, lf.category)}"
        items.append(self._listed("多选", lf, stem, options, answer, fact, shown, wrong, extra_of))
        three = rng.sample(shown, 3)
        odd = wrong[rng.randrange(len(wrong))]
        options, answer, _ = self._choice(odd, three, rng)
        stem = f"根据{cite}，{F.list_question(lf.lead, lf.category, negative=True)}"
        items.append(
            self._listed("单选", lf, stem, options, answer, fact + ":not", shown, wrong, extra_of)
        )
        return items

    def _payer_changed(self, member: str) -> tuple[str, str] | None:
        """ "由财政承担费用的文物考古调查、勘探、发掘等" → "由建设单位承担费用的……": the member with
        its payer swapped for the party another article makes pay for the same work ("……考古
        调查、勘探、发掘，所需费用由建设单位列入建设工程预算"), and a note quoting that article.
        A plausible mistake with a text that rules it out; None when no article names one."""
        m = PAID_MEMBER_RE.search(member)
        if not m:
            return None
        work = set(re.split(r"[、，]", m.group("work").rstrip("等")))
        for unit in (u for d in self.documents for u in d.units):
            for sentence in re.findall(r"[^。]+。", unit.text):
                other = PAID_BY_RE.search(sentence)
                if not other or other.group("payer") == m.group("payer"):
                    continue
                named = set(re.split(r"[、，]", other.group("work")))
                if len({w[-2:] for w in work} & {w[-2:] for w in named}) < 2:
                    continue  # another work paid for: no mistake of this member
                changed = _replace_at(
                    member, m.start("payer"), m.group("payer"), other.group("payer")
                )
                note = f"“{changed}”不在本条所列之中：{unit.citation}规定“{sentence.strip()}”"
                return changed, note
        return None

    def _elsewhere(self, options: list[str]) -> str:
        """For a distractor that is a breach the same document punishes otherwise
        (facts.other_breaches: "未按要求如实填写巡逻日志的"), where it stands and what it costs: a
        trainee who argues it falls under a catch-all member sees the lighter consequence."""
        notes = []
        for option in options:
            for p in self.penalties:
                trigger = re.sub(r"^野外(文物)?看管人员", "", p.trigger).rstrip("，")
                if trigger == option and p.connector:
                    notes.append(
                        f"“{option}”见{p.unit.citation}，后果是“{p.action}”，不在本条所列之中。"
                    )
                    break
        return "".join(notes)

    def _contrast_items(self, lf: F.ListFact, rng: random.Random) -> list[Item]:
        """多选 over one whole list of a subject ("看管人员主要工作职责"), its distractors whole
        members of the same subject's contrasting list in the same document (权利 beside 职责,
        data/list_contrasts.tsv): plausible, and clearly not in the asked list; and the odd one
        out ("不属于……的是"), a second form of the same list. The explanation says where each
        distractor stands (seed-1515 review: "B 属于第八条规定的权利，不是第七条的职责")."""
        wanted = F.contrast_categories().get(lf.category)
        subject = F.list_subject(lf.lead)
        if not wanted or not subject or len(lf.options) < 2:
            return []
        # a catch-all member of the asked list may take in a distractor ("不履行……职责的" takes
        # in any breach): such a distractor is left out; the other list's catch-all is never
        # offered (lf.options holds none)
        where: dict[str, F.ListFact] = {}
        for other in self.all_lists:
            if (
                other.unit.doc_id != lf.unit.doc_id
                or other.category not in wanted
                or F.list_subject(other.lead) != subject
            ):
                continue
            for o in other.options:
                if (
                    not _shares_duty_words(o, lf.members)
                    and not covered_by_catch_all(o, lf.members)
                    and not is_catch_all(o)
                ):
                    where.setdefault(o, other)
        others = list(where)
        if not others:
            return []

        def elsewhere(options: list[str]) -> str:
            return "".join(
                f"“{o}”见{where[o].unit.citation}（“{where[o].lead.rstrip('：: ')}”），"
                "不在本条所列之中。"
                for o in options
                if o in where
            )

        right = rng.sample(list(lf.options), min(len(lf.options), 4))
        wrong = rng.sample(others, min(len(others), 6 - len(right), 2))
        options = right + wrong
        rng.shuffle(options)
        answer = ",".join(LETTERS[i] for i, o in enumerate(options) if o in right)
        cite = lf.unit.citation
        fact = f"{lf.unit.id}#list:{lf.lead[:8]}"
        members = list(lf.options)
        stem = f"根据{cite}，{F.list_question(lf.lead, lf.category)}"
        items = [
            self._listed(
                "多选",
                lf,
                stem,
                options,
                answer,
                fact,
                members,
                others,
                elsewhere if len(lf.options) >= 3 else lambda wrong: "",
            )
        ]
        if len(lf.options) >= 3:
            # the list asked the other way: which of four is not in it (a right among duties)
            odd = others[rng.randrange(len(others))]
            options, answer, _ = self._choice(odd, rng.sample(list(lf.options), 3), rng)
            stem = f"根据{cite}，{F.list_question(lf.lead, lf.category, negative=True)}"
            items.append(
                self._listed(
                    "单选", lf, stem, options, answer, fact + ":not", members, others, elsewhere
                )
            )
        return items

    def _opposite_members(self, lf: F.ListFact) -> dict[str, str]:
        """Distractors of the opposite standing, each with a note saying where it stands: for a
        list of breaches ("有下列违法行为的，按照……予以处理"), acts another article of the same
        document allows (data/lawful_acts.tsv: 经依法批准拓印 beside 私自拓印); for a list of
        deeds rewarded (细则 第十六条), none: a breach the document punishes is of the opposite
        standing, ruled out without recalling the list (seed-4545 review A7). A lawful act is
        plausible by its words (the breach with its approval) and clearly not in the asked list."""
        found: dict[str, str] = {}
        units = [u for u in self.units if u.doc_id == lf.unit.doc_id]
        for act, words in F.lawful_acts().get(lf.category, ()):
            unit = next((u for u in units if words in u.text), None)
            if unit is None or unit.id == lf.unit.id or act in lf.unit.text:
                continue  # the allowing words must stand in another article, verbatim
            found[act] = f"“{act}”不是违法行为：{unit.citation}规定“{words}”"
        # a list of deeds rewarded (细则 第十六条) takes no breach of the same document: a deed
        # punished (第十七条 解聘) among deeds rewarded is ruled out by common sense, the key told
        # by the kind of conduct (seed-4545 review A7, seed-4646 bank5; difficulty.opposite_kinds)
        return {
            o: note
            for o, note in found.items()
            if not covered_by_catch_all(o, lf.members)
            and not any(same_meaning(o, m) for m in lf.members)
        }

    def _opposite_items(self, lf: F.ListFact, rng: random.Random) -> list[Item]:
        """多选 "下列行为中，属于该条所列违法行为的有" with lawful acts as distractors, and the odd
        one out ("不属于……的是"), over a list no other builder can distract (办法 第五十条,
        细则 第十六条: no sibling list of the same category, no member with a checkable detail).
        The explanation quotes the whole list and, for each distractor, the text that places it
        elsewhere."""
        if len(lf.options) < 3 or lf.sorting:
            return []
        notes = self._opposite_members(lf)
        if not notes:
            return []
        # its own draws: the items of other builders stay as they were for a seed
        rng = random.Random(f"{rng.getstate()[1][:8]}:{lf.unit.id}")
        others = list(notes)
        cite = lf.unit.citation
        what = "行为" if F.reward_list(lf.lead) or "行为" in lf.category else "各项"
        fact = f"{lf.unit.id}#list:{lf.lead[:8]}"
        members = list(lf.options)

        def extra_of(wrong: list[str]) -> str:
            return "".join(notes.get(o, "") for o in wrong)

        right = rng.sample(list(lf.options), min(len(lf.options), 4))
        wrong = rng.sample(others, min(len(others), 6 - len(right), 2))
        options = right + wrong
        rng.shuffle(options)
        answer = ",".join(LETTERS[i] for i, o in enumerate(options) if o in right)
        stem = f"根据{cite}，{F.list_question(lf.lead, lf.category, what=what)}"
        items = (
            []
            if len(wrong) < 2
            else [
                # (a 多选 with one wrong option is a search for the odd one, which the 不属于 单选
                # below asks plainly: 细则 第十六条's one plausible breach)
                self._listed("多选", lf, stem, options, answer, fact, members, others, extra_of)
            ]
        )
        odd = others[rng.randrange(len(others))]
        options, answer, _ = self._choice(odd, rng.sample(list(lf.options), 3), rng)
        stem = f"根据{cite}，{F.list_question(lf.lead, lf.category, negative=True, what=what)}"
        items.append(
            self._listed(
                "单选", lf, stem, options, answer, fact + ":not", members, others, extra_of
            )
        )
        return items

    def _division_items(self, rule: F.Rule, rng: random.Random) -> list[Item]:
        """ "文物保护单位分为全国重点文物保护单位、自治区级文物保护单位和县级文物保护单位" (办法
        第十条): the levels a trainee must know, asked by the last level (a 单选 whose distractors
        are levels the text does not have: 地区级 is the mistake of a trainee in 阿里地区) and by
        a false statement with that one level changed."""
        m = DIVISION_RE.match(rule.text)
        if not m:
            return []
        members = re.split(r"、|和|及", m.group("members"))
        suffix = members[-1][-6:]
        if len(members) < 3 or not all(x.endswith(suffix) for x in members):
            return []
        levels = [x[: -len(suffix)] for x in members]
        said = "".join(self.articles)
        wrong = [lv for lv in OTHER_LEVELS if lv not in levels and lv + suffix not in said]
        if len(wrong) < 3:
            return []
        rng = random.Random(f"{rng.getstate()[1][:8]}:{rule.unit.id}")  # other draws unchanged
        last = members[-1]
        at = m.start("members") + len(m.group("members")) - len(last)
        key = atom_key(f"{rule.unit.id}#{rule.index}", last)
        detail = (last, "level", len(members))
        cite = rule.unit.citation
        title = self.full_titles[rule.unit.doc_id]
        options, answer, _ = self._choice(last, [lv + suffix for lv in wrong[:3]], rng)
        asked = rule.text[:at] + CHOICE + rule.text[at + len(last) :]
        false = rule.text[:at] + wrong[0] + suffix + rule.text[at + len(last) :]
        items = [
            self._item(
                "单选",
                rule.unit,
                f"根据{cite}，{asked}",
                options,
                answer,
                rule.quote,
                key,
                rule.topic,
                detail,
                shown=rule.text,
            ),
            self._item(
                "判断",
                rule.unit,
                f"《{title}》规定：{false}",
                ["正确", "错误"],
                "错误",
                rule.quote,
                key,
                rule.topic,
                detail,
                extra=f"。原文为“{last}”，不是“{wrong[0]}{suffix}”。",
                changed=f"{last}→{wrong[0]}{suffix}",
                shown=rule.text,
            ),
        ]
        for item in items:
            item.rule_keys = [key]
        return items

    def _party_set_items(self, rule: F.Rule, rng: random.Random) -> list[Item]:
        """多选 over the parties of a works site joined under one duty ("建设单位、施工单位要配合
        考古发掘单位……"): both are right; a distractor is a party the article never names
        (监理单位, 设计单位), so it cannot be right in substance."""
        m = party_pair(rule.text)
        if not m:
            return []
        right = [m.group("a"), m.group("b")]
        wrong = [a for a in actors() if a not in rule.unit.text]
        if len(wrong) < 2:
            return []
        options = right + rng.sample(wrong, 2)
        rng.shuffle(options)
        answer = ",".join(LETTERS[i] for i, o in enumerate(options) if o in right)
        text, _, _ = self._local(rule, F.Slot("actor", m.group(0), m.start()))
        if "；" in text or m.group(0) not in text:
            return []
        stem = f"根据{rule.unit.citation}，" + text.replace(m.group(0), CHOICE, 1)
        return [
            self._item(
                "多选",
                rule.unit,
                stem,
                options,
                answer,
                rule.quote,
                f"{rule.unit.id}#{rule.index}",
                rule.topic,
                (m.group(0), "actor", len(rule.slots)),
                extra=f"。“{m.group(0)}”缺一不可。",
                shown=text if text != rule.text else "",
            )
        ]

    def _body_set_items(self, rule: F.Rule, rng: random.Random) -> list[Item]:
        """多选 over bodies joined in one rule ("应向当地人民政府和上级文物行政主管部门报告"):
        every body named is a right option; a distractor is a body of the sentence's domain
        that the article names nowhere, in no role and at no open level
        (terms.right_in_substance), so that it cannot be right in substance."""
        slots = [s for s in rule.slots if s.kind == "body"]
        for first, second in zip(slots, slots[1:], strict=False):
            between = rule.text[first.start + len(first.text) : second.start]
            if not re.fullmatch(r"和|及|与|、", between):
                continue
            after = rule.text[second.start + len(second.text) :]
            before = rule.text[: first.start]
            if OPEN_AFTER.match(after) or HINT_BEFORE.search(before) or before.endswith("其他"):
                continue
            if rule.text.count(first.text) != 1 or rule.text.count(second.text) != 1:
                continue
            right = [first.text, second.text]
            per_slot: list[list[str]] = []
            for slot in (first, second):
                values = []
                for value in self._wrong_values(slot, rule.text, rng, article=rule.unit.text):
                    if right_in_substance(value, rule.unit.text) or any(
                        same_meaning(value, r) for r in right
                    ):
                        continue
                    values.append(value)
                per_slot.append(values)
            # one distractor changed from each body where possible: two of one kind would point
            # at the other two options
            wrong = []
            for values in per_slot:
                kinds = {(canonical_body(w) or ("", ""))[1] for w in wrong}
                fresh = [v for v in values if (canonical_body(v) or ("", ""))[1] not in kinds]
                if fresh:
                    wrong.append(fresh[0])
            if len(wrong) < 2:
                pool = [v for values in per_slot for v in values]
                wrong = list(dict.fromkeys(pool))[:2]
            if len(wrong) < 2:
                continue
            options = right + wrong
            rng.shuffle(options)
            answer = ",".join(LETTERS[i] for i, o in enumerate(options) if o in right)
            span = rule.text[first.start : second.start + len(second.text)]
            stem = f"根据{rule.unit.citation}，" + rule.text.replace(span, CHOICE, 1)
            return [
                self._item(
                    "多选",
                    rule.unit,
                    stem,
                    options,
                    answer,
                    rule.quote,
                    f"{rule.unit.id}#{rule.index}",
                    rule.topic,
                    (first.text, "body", len(rule.slots)),
                    extra=f"。“{span}”缺一不可。",
                )
            ]
        return []

    def _duty_items(self, duty: F.DutyFact, rng: random.Random) -> list[Item]:
        wrong = [d for d in duty.siblings if d != duty.duty]
        if len(wrong) < 3 or duty.clause.count(duty.duty) != 1:
            return []
        fact = f"{duty.unit.id}#duty:{duty.duty}"
        stem = f"根据{duty.unit.citation}，{duty.clause.replace(duty.duty, CHOICE, 1)}。"
        options, answer, _ = self._choice(duty.duty, wrong, rng)
        items = [
            self._item(
                "单选",
                duty.unit,
                stem,
                options,
                answer,
                duty.quote,
                fact,
                "responsibility",
                (duty.duty, "term", len(duty.siblings)),
            ),
        ]
        # the blank prints the whole series ("各级人民政府……负主体责任，各级文物行政管理部门负
        # 综合监管责任，各级有文物安全法定责任的部门负______责任，……负直接责任。"): one clause
        # alone takes any of the series' duties (seed-5151 review 41), and the marking note's
        # "其他几类责任" are then on the paper; no item when the series is no sentence of its own
        series = F.duty_series(duty.quote)
        at = series.find(duty.clause)
        if at >= 0 and series.count(duty.clause) == 1:
            own = duty.clause.replace(f"负{duty.duty}责任", f"负{BLANK}责任", 1)
            others = "、".join(f"“{d}”" for d in duty.siblings if d != duty.duty)
            items.append(
                self._item(
                    "填空",
                    duty.unit,
                    f"根据{duty.unit.citation}，{series[:at]}{own}{series[at + len(duty.clause) :]}",
                    [],
                    duty.duty,
                    duty.quote,
                    fact,
                    "responsibility",
                    (duty.duty, "series", len(duty.siblings)),
                    marking=f"评分：答“{duty.duty}”给分；写成题中已列的其他几类责任（{others}）"
                    "不给分。",
                    shown=series,
                )
            )
        return items

    def _term_items(self, term: F.TermFact, rng: random.Random) -> list[Item]:
        title = self.full_titles[term.unit.doc_id]
        wrong = [t for t in term.siblings if t != term.term and t not in term.clue]
        fact = f"term:{term.group}"
        quote = f"{term.term}。{term.clue}"
        items = []
        stem = f"根据《{title}》“{term.group}”的规定，“{term.clue}”体现的是{CHOICE}原则。"
        if len(wrong) >= 3:
            rng.shuffle(wrong)
            options, answer, _ = self._choice(term.term, wrong, rng)
            items.append(
                self._item(
                    "单选",
                    term.unit,
                    stem,
                    options,
                    answer,
                    quote,
                    fact,
                    "principle",
                    (term.term, "term", len(term.siblings)),
                )
            )
        items.append(
            self._item(
                "填空",
                term.unit,
                stem.replace(CHOICE, BLANK),
                [],
                term.term,
                quote,
                fact,
                "principle",
                (term.term, "term", len(term.siblings)),
                marking=f"评分：答“{term.term}”给分。",
            )
        )
        return items


def opposite_distractor(item: Item) -> bool:
    """A choice item with a distractor of the opposite standing to the options the text states
    (a breach punished among deeds rewarded: difficulty.opposite_kinds)."""
    if item.type not in ("单选", "多选"):
        return False
    keyed = keyed_options(item.type, item.options, item.answer)
    wrong = [o for o in item.options if o not in keyed]
    stated, unstated = (wrong, keyed) if "不属于" in item.stem else (keyed, wrong)
    return bool(D.opposite_kinds(stated, unstated))


def _statement_of(item: Item) -> str:
    """The sentence a stem states or asks, without "根据《……》第X条，" or "《……》规定："."""
    return re.sub(r"^(根据《[^》]+》[^，]{0,16}，|《[^》]+》规定：)", "", item.stem)


# a paragraph (款) short enough to quote whole in an explanation
PARAGRAPH_QUOTE = 200


def explained(unit: Unit, quote: str) -> str:
    """What an explanation quotes: the whole paragraph holding the quoted sentence when it is
    short (离任移交 read with "文物行政管理部门监督清点交接过程，并签字"), and an exception ("但因
    特殊情况……") always with the ban before it (seed-1919 review: two explanations quoted a rule
    without its main clause). A list is quoted as the list quotes itself."""
    paragraphs = [p.text for p in unit.parts if p.kind == "paragraph"] or [unit.text]
    held = next((p for p in paragraphs if quote and quote in p), "")
    if not held or held == quote or unit.parts and any(p.kind == "item" for p in unit.parts):
        return quote
    if len(held) <= PARAGRAPH_QUOTE:
        return held
    if F.EXCEPTION_RE.match(quote):
        return held[: held.index(quote) + len(quote)]
    return quote


def _rule_base(key: str) -> str:
    """The rule a key belongs to, without its clause or atom ("…#3@20~2名" → "…#3")."""
    return key.split(ATOM)[0].split("@")[0]


def _scenario_key(key: str) -> bool:
    """A rule key of a trigger → action rule ("…#4:一旦发现盗掘……，"), not of a list."""
    return ":" in key.split(ATOM)[0] and "#list:" not in key


def _trigger_keys(item: Item) -> set[str]:
    """The trigger → action rules an item asks, without their atoms ("…#0:未按要求……的，")."""
    return {k.split(ATOM)[0] for k in item.rule_keys if _scenario_key(k)}


def atom_key(clause_key: str, detail: str) -> str:
    """The key of one checkable fact of a clause (checker.ATOM): the detail an item asks."""
    return f"{clause_key}{ATOM}{detail}"


def _with_exception(item: Item, unit: Unit) -> bool:
    """A blank over the banned act ("……考古发掘现场不得______。") printed with the article's
    next sentence when that sentence is the ban's exception and does not name the act ("确因特殊
    需要，经……批准，可以由文物保护单位提供照片。"): the exception tells which act is meant, as
    the seed-909 review proposed. Changes the item in place; False when there is none."""
    text = "".join(unit.text.split())
    stem = "".join(item.stem.split())
    gap = BLANK if BLANK in stem else "（）"
    head = stem.split("，", 1)[-1].split(gap)[0] if gap in stem else ""
    at = text.find(head) if len(head) >= 6 else -1
    if at < 0:
        return False
    end = text.find("。", at)
    nxt = text[end + 1 :].split("。")[0] if end >= 0 else ""
    if not nxt or item.answer_text() in nxt or not re.search(r"批准|同意|特殊需要", nxt):
        return False
    item.stem = item.stem.rstrip() + nxt + "。"
    item.id = _id(item.type, item.unit_id, item.stem, ",".join(item.options))
    return True


def _shares_duty_words(option: str, members: tuple[str, ...]) -> bool:
    """A distractor that restates part of a member ("提出建议" beside "汇报工作") could be argued
    right: it must share no six-character stretch with the asked list."""
    return any(option[i : i + 6] in m for m in members for i in range(len(option) - 5))


def _compound_name(text: str) -> bool:
    """A department named under its government ("县级人民政府文物行政部门")."""
    body = parse_body(text)
    return bool(body and body.gov and body.kind != "人民政府")


def _action_named_in(action: str, sc: F.Scenario) -> bool:
    """A changed action whose new body the same article names in another role."""
    return kind_named_elsewhere(sc.action, action, sc.unit.text)


def _named_in(value: str, slot: F.Slot, rule: F.Rule) -> bool:
    """Another kind of body that the same article names ("各级人民政府" → "文物行政管理部门" in an
    article where the relic department also receives reports): the false statement may be
    right in substance."""
    new, old = canonical_body(value), canonical_body(slot.text)
    if not new or not old or new[1] == old[1]:
        return False
    return any(
        (canonical_body(m.group(0)) or ("", ""))[1] == new[1]
        for m in BODY_RE.finditer(rule.unit.text)
    )


def _every_occurrence(rule: F.Rule, slot: F.Slot) -> bool:
    """The slot is asked at its first occurrence, and every occurrence of its words is the same
    detail (not part of a longer name): a gap or a change then covers all of them."""
    same = [s for s in rule.slots if s.text == slot.text]
    return same[0].start == slot.start and rule.text.count(slot.text) == len(same)


def _shares_a_word(option: str, texts: list[str]) -> bool:
    """A short option whose two-character words stand in the list or in a sentence on the same
    topic ("讨论" in "培训方式上把讲授、讨论……") could be argued right: not a fair distractor."""
    if len(option) > 6:
        return False
    words = {option[i : i + 2] for i in range(len(option) - 1)}
    return any(w in t for w in words for t in texts)


def one_stretch(right: str, wrong: list[str], mutated: set[str]) -> list[str]:
    """Distractors made by changing the right answer may change one stretch only: when one
    changes the first body and another the second, the right answer is the option the others
    share most with, and a trainee picks it without knowing the rule. The stretch most
    distractors change is kept; other distractors (not mutations) stay."""
    stretches = Counter(_diff(right, w)[0] for w in wrong if w in mutated)
    if len(stretches) <= 1:
        return wrong
    keep = stretches.most_common(1)[0][0]
    return [w for w in wrong if w not in mutated or _diff(right, w)[0] == keep]


def _diff(true: str, shown: str) -> tuple[str, str]:
    """The one stretch that differs, widened to whole words of at least two characters."""
    i = 0
    while i < min(len(true), len(shown)) and true[i] == shown[i]:
        i += 1
    j = 0
    while j < min(len(true), len(shown)) - i and true[-1 - j] == shown[-1 - j]:
        j += 1
    i, j = max(0, i - 1), max(0, j - 1)
    return true[i : len(true) - j], shown[i : len(shown) - j]


# a duty joined to the clause before it ("……报告，并及时组织人员保护好现场"), up to its
# sentence's end
JOINED_DUTY_RE = re.compile(r"，并[^。；]*(?=[。；])")


def without_joined_duty(stem: str, word: str) -> str:
    """The stem without the duty joined by "，并" that prints `word`, when the gap stands
    elsewhere and `word` is printed nowhere else ("" otherwise)."""
    for m in JOINED_DUTY_RE.finditer(stem):
        piece = m.group(0)
        # (a statement to judge ends at a full stop of the text: its last duty stays)
        last = JUDGED.match(stem) and not stem[m.end() + 1 :].strip("（　 ）")
        if word in piece and BLANK not in piece and CHOICE not in piece and not last:
            cut = stem[: m.start()] + stem[m.end() :]
            return cut if word not in cut else ""
    return ""


def _cut_printed_answers(found: list[Candidate]) -> None:
    """An item whose stem prints another item's answer in a duty joined to a sentence before
    the one it asks leaves that duty out (checker.answer_printed; seed-5252 review 32: "……报告，
    并及时组织人员保护好现场。调查核实后，以______向上一级……报告" beside 第二十一条's "应当立即
    ______" whose key is 保护现场, 保护好现场 accepted: the trainer struck "并及时组织人员保护好
    现场"). A duty the item asks stays, and so does the last duty of a statement to judge."""
    keys = {
        (_key_text(c.item), tuple(c.item.alternatives), c.item.detail_kind)
        for c in found
        if c.item.type in ("单选", "填空")
    }
    for c in found:
        item = c.item
        if listed_stem(item.stem) or item.type == "多选":
            continue
        for key, accepted, kind in sorted(keys):
            word = answer_printed(key, accepted, kind, item.stem)
            cut = without_joined_duty(item.stem, word) if word else ""
            if cut:
                item.stem = cut


def _gap_words(slot: F.Slot, text: str) -> F.Slot | None:
    """The words a 填空 blanks for a detail: a body under a qualifier loses the qualifier (printed
    before the blank), and is no item when its kind alone is guessable ("本行政区域______").
    Other details are blanked whole."""
    if slot.kind != "body":
        return slot
    body = parse_body(slot.text)
    if body is None or body.level not in QUALIFIERS:
        return slot
    kind = slot.text[len(body.level) + len(body.gov) :]
    if not kind or obvious_body(kind, text) or kind in ("文物行政管理部门", "文物行政主管部门"):
        return None  # the relic department with no level: the default answer to every "who"
    return F.Slot("body", kind, slot.start + len(slot.text) - len(kind))


def _members(slot: F.Slot) -> list[F.Slot]:
    """Each member of a principle of several ("保护为主、______、合理利用、加强管理"): forms of
    the one atom, so that seeds ask the principle in different words (the others printed).
    Only members of four characters or more: "合理、______、可持续" asks a word, not a rule."""
    if slot.kind != "principle" or any(len(m) < 4 for m in slot.text.split("、")):
        return []
    found, at = [], slot.start
    for member in slot.text.split("、"):
        found.append(F.Slot("principle", member, at))
        at += len(member) + 1
    return found


def _alternatives(slot: F.Slot, text: str = "") -> list[str]:
    """Other spellings a marker accepts for a blank: 两名 for 2名, 省级 for 自治区, 文物部门 for
    文物行政管理部门, 纪检监察机关 for 监察机关, 政府 for 人民政府 — every spelling the equivalence
    table gives the level and the kind, combined; and the other wordings the text supports
    (terms.written_forms; text: the document, for a body it names in other words)."""
    out: list[str] = []
    if slot.kind == "figure":
        m = re.fullmatch(r"(\d+)(\D+)", slot.text)
        cn = "零一二三四五六七八九十"
        if m and int(m.group(1)) <= 10:
            word = cn[int(m.group(1))]
            out.append(("两" if word == "二" else word) + m.group(2))
            if word == "二":
                out.append(word + m.group(2))  # "二名" as well as "两名" (seed-1515 review)
            if m.group(2) == "名":
                out += [f"{m.group(1)}人", ("两" if word == "二" else word) + "人"]
                out += [word + "人"] if word == "二" else []
        m = re.fullmatch(r"([一二两三四五六七八九十])(\D+)", slot.text)
        if m:
            out.append(
                str("一二三四五六七八九十".index(m.group(1).replace("两", "二")) + 1) + m.group(2)
            )
        m = re.fullmatch(r"(\d+)元", slot.text)
        if m:
            out.append(m.group(1))  # "1200" for 1200元: the unit is in the stem's sense
        m = re.fullmatch(r"(\d+)(\D+)", slot.text)
        if m and 10 < int(m.group(1)) < 10000:
            # "一千二百元", "1,200元" for 1200元: the number as people write it (the 4747 review)
            out.append(int_to_cn(int(m.group(1))) + m.group(2))
            if int(m.group(1)) >= 1000:
                out.append(f"{int(m.group(1)):,}{m.group(2)}")
        m = re.fullmatch(r"(\d+)-(\d+)(\D+)", slot.text)
        if m:  # "25—50岁", "25至50岁", "25到50周岁": a range written the ways people write it
            low, high, unit = m.groups()
            out += [f"{low}{sep}{high}{unit}" for sep in ("—", "至", "到")]
            out += [f"{low}{sep}{high}周{unit}" for sep in ("-", "至")] if unit == "岁" else []
        m = FIGURE_RE.fullmatch(slot.text)
        if m and m.group(2) in MEASURES and len(MEASURES[m.group(2)]) > 1:
            # a count of people: the number in any spelling, with any measure word or none
            # ("2个", "两位", "2" for 2名: seed-5151 review 33)
            out += [n + w for n in _numerals(m.group(1)) for w in (*MEASURES[m.group(2)], "")]
        # "半年" for 六个月, "一年" for 十二个月 (seed-2323 review)
        months = {"六个月": "半年", "6个月": "半年", "十二个月": "一年", "12个月": "一年"}
        if slot.text in months:
            out.append(months[slot.text])
    if slot.kind == "body":
        body = parse_body(slot.text)
        words = equivalents()
        if body is not None:
            relative = body.level in ("当地", "同级", "本行政区域", "所在地", "各级", "上级")
            levels = [body.level] + [
                w
                for w in words
                if body.level and not relative and w != "当地" and canon(w) == canon(body.level)
            ]
            if body.level in ("上级", "上一级"):
                levels += ["上级", "上一级"]  # the same body in a report up the line
            kinds = [body.kind] + [w for w in words if canon(w) == canon(body.kind)]
            if body.kind == "人民政府" and body.level not in ("地区", "阿里地区") and not body.gov:
                # "县政府", "西藏自治区政府" for a level's 人民政府, under every spelling of the
                # level (seed-5151 review 38, 45: only the key's own level was given 政府)
                kinds.append("政府")
            for level in dict.fromkeys(levels):
                for kind in dict.fromkeys(kinds):
                    if level == "地区" and kind in ("人民政府", "政府") and not body.gov:
                        out.append("地区行署")
                    out.append(level + body.gov + kind)
                    if level == "地区":  # "阿里地区文物局": the 地区 is Ngari's
                        out.append("阿里" + level + body.gov + kind)
    if slot.kind == "funder" and slot.text.endswith("财政"):
        # "地区财政部门", "地区财政局" for 地区财政: the purse named by its office (the 4747 review)
        out += [slot.text + "部门", slot.text + "局"]
    if slot.kind in ("body", "funder") and slot.text.startswith("地区"):
        # "阿里地区财政" for 地区财政 (seed-2323 review), its office too
        out += ["阿里" + o for o in [slot.text, *out] if o.startswith("地区")]
    if slot.kind == "timing":
        # never 及时 for a report due at once: the article says 第一时间 where it means more
        # than 及时 (细则 第七条（四）, seed-2627 review 2627-30); 立即 and 第一时间 stand for
        # each other
        out += [
            w
            for w in equivalents()
            if canon(w) == canon(slot.text) and (w in IMMEDIATE or slot.text not in IMMEDIATE)
        ]
    if slot.kind == "form":
        out.append(slot.text.removesuffix("形式"))  # "书面" for 书面形式
    if slot.kind == "record":
        out += record_forms(slot.text)
    if slot.kind == "urgent":
        out += result_forms(slot.text)  # "保护好现场" for 保护现场
    if slot.kind == "principle" and "、" not in slot.text:
        out.append(short_form(slot.text))  # "不改变原状" for 不改变文物原状
    if slot.kind == "recipient":
        # two bodies before one kind ("当地______部门" → 文物、公安): either order, any joint
        # (、和与及), each member by any of its names (文物行政, 文物管理 for 文物): seed-5252
        # review 37
        out += joint_forms(slot.text)
    # everyday words for the text's own (每天/天天 for 每日, 拍照/照相/摄影 for 拍摄): a class of
    # words in data/word_equivalents.tsv, whatever the kind of detail
    out += same_word(slot.text)[1:]
    out += written_forms(slot.text, text)
    return list(dict.fromkeys(o for o in out if o != slot.text and same_answer(o, slot.text, text)))


# the everyday names of a body's kind a true statement may say for the text's (equivalents.tsv)
RESTATED_KINDS = ("文物部门", "文物行政部门", "文物主管部门", "公安机关", "监察部门")
# slots a true statement may say in other words: a level or a kind of body, a count
RESTATED_SLOTS = ("body", "figure")


def restate(text: str, document: str = "") -> tuple[str, str]:
    """A true statement with one detail said in other words a marker takes as the same (a kind
    of body by its everyday name, a count in words or figures, 每日 as 每天), and "原文→改写";
    the text itself and "" when no detail can be said otherwise (seed-5353 review, class 4: all
    eleven true statements copied word for word, all eight false ones edited)."""
    for slot in F.find_slots(text):
        if slot.kind not in RESTATED_SLOTS or text.count(slot.text) != 1:
            continue
        if text[slot.start + len(slot.text) :].startswith("（以下简称"):
            continue
        found = [
            a
            for a in _alternatives(slot, document)
            if normalize(a) == normalize(slot.text) or a in same_word(slot.text)
        ]
        if slot.kind == "body":
            body = parse_body(slot.text)
            found = [
                a
                for a in found
                if body is not None
                and a.startswith(body.level + body.gov)
                and a[len(body.level + body.gov) :] in RESTATED_KINDS
            ]
        elif slot.kind == "figure":
            found = [a for a in found if re.search(r"[\d一二两三四五六七八九十半]", a[:1])]
            found = [a for a in found if FIGURE_RE.fullmatch(a) or "至" in a]
        if found:
            new = found[0]
            return _replace_at(text, slot.start, slot.text, new), f"{slot.text}→{new}"
    for word, new in RESTATED_WORDS.items():
        # a word said once (a ban's "不得" wherever it stands), never inside a name ("应当" of
        # "相应当地" is none), never into words the text already holds
        at = text.find(word)
        if at < 0 or new in text or (word == "应当" and text[at - 1 : at] == "相"):
            continue
        if text.count(word) != 1 and word != "不得":
            continue
        return text.replace(word, new), f"{word}→{new}"
    return text, ""


def _numerals(number: str) -> list[str]:
    """A small whole number in the spellings people write it: "2" → 2, 两, 二."""
    try:
        value = cn_to_int(number)
    except ValueError:
        return [number]
    if not 0 < value <= 10:
        return [number]
    word = "一二三四五六七八九十"[value - 1]
    return list(dict.fromkeys([str(value), "两" if value == 2 else word, word]))


def _body_parts(text: str) -> tuple[str, str] | None:
    """A body's wording split into its level and its office ("西藏自治区" + "文物局", "县" +
    "政府"), or None when it is not one level word followed by one office word."""
    for level in sorted({"", *LEVELS}, key=len, reverse=True):
        rest = text.removeprefix(level) if level else text
        if (rest != text or not level) and (rest in KINDS or rest == "政府"):
            return level, rest
    return None


def marking_principle(slot: F.Slot, accepted: list[str]) -> str:
    """The principle a 填空's accepted wordings follow, as a marker applies it (terms.
    principle_note): a body with a level by its level word and its office word, a count of
    people by its number. "" when the wordings are not every combination of such parts (a list
    is printed instead). The seed-5151 review (33, 35, 38, 43, 45): a list of wordings always
    missed the one a trainee writes, and the paper said only what the list held counted."""
    if slot.kind == "recipient":
        members = re.split(r"、|和|与|及", slot.text)
        if len(members) != 2 or set(joint_forms(slot.text)) != set(accepted) - {slot.text}:
            return ""
        return joint_note(*(member_forms(m) for m in members))
    if slot.kind == "body":
        parts = [_body_parts(a) for a in accepted]
        if None in parts or not parse_body(slot.text) or not parse_body(slot.text).level:
            return ""
        first = list(dict.fromkeys(p[0] for p in parts))
        second = list(dict.fromkeys(p[1] for p in parts))
        count = False
    elif slot.kind == "figure" and FIGURE_RE.fullmatch(slot.text):
        unit = FIGURE_RE.fullmatch(slot.text).group(2)
        if len(MEASURES.get(unit, ())) < 2:
            return ""
        found = [re.fullmatch(r"(\d+|[一二两三四五六七八九十]+)(\D?)", a) for a in accepted]
        if None in found:
            return ""
        first = list(dict.fromkeys(m.group(1) for m in found))
        second = list(dict.fromkeys(m.group(2) for m in found if m.group(2)))
        count = True
    else:
        return ""
    tails = [*second, ""] if count else second
    if len(first) * len(tails) < 3 or {x + y for x in first for y in tails} != set(accepted):
        return ""
    return principle_note(first, second, count)


def required_levels(answer: str, alternatives: list[str]) -> list[str]:
    """The level words a marker asks for, such that every accepted answer holds one of them
    (the seed-4949 review, items 35, 36, 39, 41: "未写出‘上一级’不给分" beside an accepted
    "上级文物行政管理部门", "未写出‘各县’" beside "县级人民政府", "未写出‘自治区’" beside
    "省级人民政府"): the answer's level, then the level of each accepted wording that holds none
    of those already named; a word holding another one named is dropped (各县 and 县级 both hold
    县). [] when some accepted wording names no level (nothing can be required of them all)."""
    words: list[str] = []
    for accepted in [answer, *alternatives]:
        if any(w in accepted for w in words):
            continue
        body = parse_body(accepted)
        if body is None or not body.level or body.level not in accepted:
            return []
        words.append(body.level)
    # (a short name of a level, "区" of "区文物局", never stands for the longer words it ends:
    # "自治区" stays named beside it)
    return [w for w in words if not any(o != w and o in w and o not in SHORT_LEVELS for o in words)]


# the levels said short ("区文物局", "西藏文物局": terms.LEVELS)
SHORT_LEVELS = ("区", "西藏")


def marking_note(slot: F.Slot, alternatives: list[str]) -> str:
    """The marking rule a grader needs: every accepted wording, and what earns nothing. A level
    a blank requires is named in every form the accepted answers write it ("未写出‘上一级’或
    ‘上级’不给分"), never one an accepted answer leaves out."""
    principle = marking_principle(slot, [slot.text, *alternatives])
    accepted = "、".join(f"“{a}”" for a in [slot.text, *alternatives])
    note = "评分：" + (
        f"答“{slot.text}”给分；其他写法{principle}"
        if principle
        else f"答{accepted}" + ("均给分" if alternatives else "给分")
    )
    if slot.kind == "body":
        body = parse_body(slot.text)
        levels = required_levels(slot.text, alternatives)
        if body and levels and not slot.text.endswith("行署"):  # 行署 names its level
            named = "或".join(f"“{w}”" for w in levels)
            note += f"；只写“{body.kind}”、未写出{named}不给分"
    elif slot.kind == "figure":
        note += "；数字不同不给分" if principle else "；数字或单位不同不给分"
    elif slot.kind == "principle" and "、" in slot.text:
        note += "；各项须写全，少写或写错一项不给分"
    elif slot.kind == "recipient":
        note += "；只写其中一个部门不给分"
    return note + "。"


# --- request checking and the coverage plan -----------------------------------------------------


def resolve_documents(corpus: Corpus, names: list[str] | None) -> list[Document]:
    """ "文物" → every document whose title contains it; ids, short names (医保办法) and any part
    of a short name that points at one document (医保) work too. None or [] → the relic
    documents."""
    if not names:  # nothing chosen (the CLI's and the page's default): the relic documents
        return [corpus.document(d) for d in DEFAULT_DOCS]
    found: dict[str, Document] = {}
    for name in names:
        name = name.strip()
        matches = [d for d in corpus.documents if name and (name in d.title or name == d.id)]
        if not matches:
            try:
                matches = [corpus.document(name)]
            except NotFoundError:
                ids = {doc_id for alias, doc_id in doc_aliases() if name and name in alias}
                matches = [d for d in corpus.documents if d.id in ids]
        if not matches:
            raise QuizError(f"找不到文件“{name}”。" + _choices(corpus))
        for doc in matches:
            found[doc.id] = doc
    return list(found.values())


def _choices(corpus: Corpus) -> str:
    aliases: dict[str, list[str]] = {}
    for alias, doc_id in doc_aliases():
        aliases.setdefault(doc_id, []).append(alias)
    names = "；".join(
        f"{d.id}（{short_title(d.title)}"
        + (f"，简称{aliases[d.id][-1]}" if d.id in aliases else "")
        + "）"
        for d in corpus.documents
    )
    return f"可选的文件（可写编号、标题片段或简称）：{names}。"


def normalize_types(types: list[str] | None) -> list[str]:
    if types is None:
        return list(TYPES)
    wanted = [str(t).strip().removesuffix("题") for t in types if str(t).strip()]
    if not wanted:
        raise QuizError(f"没有选择题型。请至少选择一种：{'、'.join(TYPES)}。")
    bad = [t for t in wanted if t not in TYPES]
    if bad:
        raise QuizError(f"不认识的题型：{'、'.join(bad)}。可选题型：{'、'.join(TYPES)}。")
    return list(dict.fromkeys(wanted))


def _quotas(n: int, types: list[str]) -> dict[str, int]:
    total = sum(TYPE_SHARE[t] for t in types)
    raw = {t: n * TYPE_SHARE[t] / total for t in types}
    quotas = {t: int(raw[t]) for t in types}
    for t in sorted(types, key=lambda t: raw[t] - quotas[t], reverse=True)[
        : n - sum(quotas.values())
    ]:
        quotas[t] += 1
    return quotas


# at most this many items of one article in a bank, and at most this share of 判断: a paper that
# asks one article three times, or is mostly true/false, is not one a trainer prints


def swap_class(item: Item) -> str:
    """checker.swap_kind of an item: "body" for a swap between bodies."""
    return swap_kind(item.to_dict())


# a type is asked from at most this share of its pool: a bank that takes nearly every 单选 the
# material allows repeats them under every seed (two seeds then share most of their stems)
POOL_SHARE = 0.3


def fit_quotas(quotas: dict[str, int], available: Counter) -> dict[str, int]:
    """The requested mix, with a type whose pool is small capped at POOL_SHARE of it and its
    places given to the types with the most spare items (never below one item of a type
    asked for and present)."""
    caps = {t: max(1, math.ceil(POOL_SHARE * available[t])) if available[t] else 0 for t in quotas}
    fitted = {t: min(q, caps[t]) for t, q in quotas.items()}
    spare = sum(quotas.values()) - sum(fitted.values())
    while spare > 0:
        room = {t: caps[t] - fitted[t] for t in fitted if caps[t] > fitted[t]}
        if not room:  # the material is too small for the cap: fill as requested
            for t in sorted(quotas, key=lambda t: available[t] - fitted[t], reverse=True):
                take = min(spare, max(available[t] - fitted[t], 0))
                fitted[t] += take
                spare -= take
            fitted[max(fitted, key=lambda t: available[t])] += spare
            break
        best = max(room, key=lambda t: (room[t] / max(caps[t], 1), room[t]))
        fitted[best] += 1
        spare -= 1
    return fitted


def _form(item: Item) -> int:
    """Scenario and detail items before asking who is responsible: 0 best."""
    if item.fact.count(":") and "#list" not in item.fact and "#duty" not in item.fact:
        return 0  # a trigger → action scenario
    if item.type == "判断":
        return 1 if item.answer == "错误" else 2
    if item.type == "多选" or any(
        re.search(r"\d|[一二两三四五六]|每|时|后", o) for o in item.options
    ):
        return 1
    return 2


def _balance_keys(items: list[Item], rng: random.Random) -> None:
    """A printed paper whose 单选 keys are mostly "B" gives itself away: move each key to a
    position from a shuffled, balanced sequence of A–D (the distractors keep their order)."""
    singles = [i for i in items if i.type == "单选"]
    targets = [n % 4 for n in range(len(singles))]
    rng.shuffle(targets)
    for item, target in zip(singles, targets, strict=True):
        right = item.options[LETTERS.index(item.answer)]
        others = [o for o in item.options if o != right]
        item.options = [*others[:target], right, *others[target:]]
        item.answer = LETTERS[target]
        item.id = _id(item.type, item.unit_id, item.stem, ",".join(item.options))


def without_runs(
    items: list[Item], longest: int = 2, rng: random.Random | None = None
) -> list[Item]:
    """The 判断 items in the paper's order, but never more than `longest` with one key in a
    row where the other key is left to break the run (the seed-2929 reviews: 错误 five and
    正确 seven times running, a pattern a trainee answers by). The other items keep their
    places; a 判断 takes the place of a 判断. With `rng`, the next key is drawn (by the items
    each has left) wherever either keeps the rest placeable: the seed-3333 review found
    正确/错误 strictly alternating, a pattern too."""
    places = [n for n, i in enumerate(items) if i.type == "判断"]
    queues: dict[str, list[Item]] = {}
    for n in places:
        queues.setdefault(items[n].answer, []).append(items[n])
    rank = {id(items[n]): k for k, n in enumerate(places)}
    ordered: list[Item] = []
    while any(queues.values()):
        run = ordered[-longest:]
        barred = (
            run[0].answer if len(run) == longest and len({i.answer for i in run}) == 1 else None
        )
        keys = [k for k, q in queues.items() if q and k != barred] or [
            k for k, q in queues.items() if q
        ]
        # the key with more items left goes first (it needs the most separating), each key's
        # items in the paper's order; on a tie, the item the paper puts first
        key = max(keys, key=lambda k: (len(queues[k]), -rank[id(queues[k][0])]))
        if rng is not None and len(keys) == 2:
            drawn = rng.choices(keys, weights=[len(queues[k]) for k in keys])[0]
            left = {k: len(q) - (k == drawn) for k, q in queues.items()}
            # (the rest must still fit: the larger share at most `longest` per gap of the other)
            if max(left.values()) <= longest * (min(left.values()) + 1):
                key = drawn
        ordered.append(queues[key].pop(0))
    placed = list(items)
    for n, item in zip(places, ordered, strict=True):
        placed[n] = item
    return placed


def _pairs(item: Item) -> tuple[str, ...]:
    return body_pairs(item.type, item.stem, tuple(item.options), item.answer)


def clashes(keys: list[str], used: set[str]) -> bool:
    """An item asks a rule already asked: the same key, or a whole rule ("…#3") beside one of its
    clauses ("…#3@20") or atoms ("…#3@20~2名") either way; two clauses of one rule ("…#3@0",
    "…#3@20") or two atoms of one clause do not clash."""
    return any(keys_clash(k, u) for k in keys for u in used)


def _view(item: Item) -> dict[str, str]:
    """The fields the pair rules of the checker read, without copying the whole item."""
    return {
        "type": item.type,
        "answer": item.answer,
        "changed": item.changed,
        "stem": item.stem,
        "options": item.options,
        "explanation": item.explanation,
    }


def _printed(item: Item) -> str:
    """What a paper prints for an item: the stem and its options (an option can give another
    item's answer away as much as a stem)."""
    return " ".join([item.stem, *(item.options if item.type != "判断" else [])])


def _key_text(item: Item) -> str:
    """The words of a gap item's key (a letter means nothing across items); "" for others."""
    if item.type == "填空":
        return item.answer
    if item.type == "单选" and not listed_stem(item.stem):
        return item.options[LETTERS.index(item.answer)]
    return ""


def _asked_key(item: Item) -> str:
    """checker.asked_key of an item (the changed detail of a false statement too)."""
    return asked_key(_view(item) | {"options": item.options})


def _key_meaning(item: Item) -> str:
    """The key in canonical words: "文物部门" and "文物行政管理部门" are one answer."""
    text = _key_text(item)
    return normalize(text) if text else ""


# what a trainer asks before administrative detail (who selects, who drafts the plan): a
# penalty, a ban, a report owed (REPORT_OWED_RE: by its words, since the topic "report" also
# holds filings, 备案/报批), or a rule for the relics' own safety (fire, theft, 文物安全)
SAFETY_TOPICS = ("penalty", "prohibition")
# a ban anywhere in the statement (第十七条's topic is its 报批 duty, its point the ban that
# follows), never a limit ("不得超过一年")
BAN_RE = re.compile(r"不得(?!超过|少于|低于)|禁止|严禁")
SAFETY_WEIGHT = 2.0
# a ban on everyone, or on acting on one's own (任何单位和个人不得……, 严禁……, 不得擅自/私自……):
# the rules a relic-safety trainer expects in every paper (seed-2425 review: 第十六、十七、
# 二十八、三十八条), before a ban bound to one situation (……进行旅游开发的，不得转让、抵押)
BAN_ON_ALL_RE = re.compile(r"任何(单位|人)[^。；]{0,12}不得|严禁|不得(私自|擅自)")
BAN_ON_ALL_WEIGHT = 2.0
# a report owed ("……不及时报告的，……解聘"): a custodian's red line (seed-2425 review: 细则
# 第十七条（一）（二） never asked while （三）（四） were) is a safety rule (safety_rule)
REPORT_OWED_RE = re.compile(r"报告|上报")


def safety_rule(item: Item) -> bool:
    """A penalty, a report owed, a ban, or a rule for the relics' own safety (SAFETY_TOPICS,
    facts.SAFETY_RE): what a trainer asks before who selects or who drafts the plan."""
    return (
        item.topic in SAFETY_TOPICS
        or bool(BAN_RE.search(_statement_of(item)))
        or bool(REPORT_OWED_RE.search(_statement_of(item)))
        or bool(F.SAFETY_RE.search(item.stem))
    )


# what happens on site: fire, theft and looting, unauthorised digging, secrets, what to report
# and what a breach costs (seed-2527 review 四.1–4, 2.5: half of 60 items asked which body
# approves or how long, few asked fire or theft); weighed above administrative detail
# (and a custodian's daily patrol, 细则 第七条（三）: seed-2627 review 四.5, asked only as a
# member of the duty list)
ON_SITE_RE = re.compile(
    r"防火|消防|火灾|易燃|易爆|盗掘|盗窃|哄抢|私分|擅自发掘|检举|控告|机密|对外提供|敛取|解聘|保护现场"
    r"|每日巡查"
)
ON_SITE_WEIGHT = 2.0
# who approves or registers, who runs a task: asked after the rules above, never left out
ADMIN_TOPICS = ("approval", "assignment")
ADMIN_WEIGHT = 0.5


def _weight(c: Candidate, truths: int, judged) -> float:
    """Duties before principle names, safety rules before administrative detail (on-site rules
    first of all); a false statement when true ones are ahead."""
    weight = 1.0 if c.tier < 3 else 0.3
    statement = _statement_of(c.item)
    if safety_rule(c.item):
        weight *= SAFETY_WEIGHT
    if BAN_ON_ALL_RE.search(statement):
        weight *= BAN_ON_ALL_WEIGHT
    if ON_SITE_RE.search(statement + "".join(c.item.options)):
        weight *= ON_SITE_WEIGHT
    elif c.item.topic in ADMIN_TOPICS and not safety_rule(c.item):
        weight *= ADMIN_WEIGHT
    if c.item.type == "判断" and truths * 2 > judged():
        weight *= 3.0 if c.item.answer == "错误" else 0.3
    return weight


# within one difficulty label the 判断 keys differ by at most this many items (checker
# label_tells_key): a trainee must not read the key off the label
LABEL_LEAD = 1


def _label_ahead(item: Item, chosen: list[Item]) -> int:
    """How many more 判断 under item's label have item's key than the other key (item itself
    counted when it is among chosen)."""
    same = [i.answer for i in chosen if i.type == "判断" and i.difficulty == item.difficulty]
    mine = same.count(item.answer)
    return mine - (len(same) - mine)


def label_keeps_balance(
    item: Item, chosen: list[Item], leaders: dict[str, str] | None = None
) -> bool:
    """Adding this 判断 keeps its label's keys within LABEL_LEAD of each other. leaders: the key
    that may be ahead under each label, drawn per bank (plan). Without it the key the material
    offers most under a label would take the lead in nearly every bank (the long procedures
    asked only false are 难), and pooled over papers the label would tell the key."""
    lead = LABEL_LEAD if leaders is None or leaders.get(item.difficulty) == item.answer else 0
    return _label_ahead(item, chosen) + 1 <= lead


def label_within_share(item: Item, chosen: list[Item]) -> bool:
    """The late fill's label rule: a 判断 key may lead its label while it holds at most three
    fifths of the label's 判断 (checker.label_tells_key refuses beyond three quarters). The
    strict lead of one (label_keeps_balance) left ~6 facts only a statement asks out of every
    bank of 50 (quiz29 diagnosis); two thirds gave two items more but made 65 % of the 易 判断
    over 50 banks 正确, so that the label told the key when pooled over papers."""
    same = [i.answer for i in chosen if i.type == "判断" and i.difficulty == item.difficulty]
    mine, total = same.count(item.answer) + 1, len(same) + 1
    return 5 * mine <= 3 * total


def _label_weight(item: Item, chosen: list[Item]) -> float:
    """A 判断 whose key is behind under its label weighs more, one ahead less."""
    if item.type != "判断":
        return 1.0
    ahead = _label_ahead(item, chosen)
    return 0.2 if ahead > 0 else (3.0 if ahead < 0 else 1.0)


# how much more the seed's own form of a rule weighs than its other forms (favoured_forms)
FAVOURED = 8.0


def _place_key(c: Candidate) -> tuple[str, ...]:
    """The place of a bank an item fills: its rule keys (its forms share them)."""
    return tuple(sorted(c.item.rule_keys))


def favoured_forms(pool: list[Candidate], rng: random.Random, seed: int | None = None) -> set[str]:
    """One form of each rule (its 单选, 填空, true or false statement, scenario), picked by the
    seed: that form weighs FAVOURED times the others, so that two seeds asking the same rules
    mostly ask them in different forms (issue 13: two seeds share at most a third of their
    stems). The forms are ordered by a hash of their stems, so the choice does not depend on
    the pool's order. With `seed`, the pick rotates one form per seed: two consecutive seeds
    (a trainer's paper and its make-up) never favour the same form of a rule that has two
    (seed-2627 review: 8 of 2628's first 22 items had 2627's stem and key)."""
    salt = rng.random()
    places: dict[tuple[str, ...], list[Candidate]] = {}
    for c in pool:
        places.setdefault(_place_key(c), []).append(c)
    favoured = set()
    for key, forms in places.items():
        forms.sort(key=lambda c: _id(c.item.type, c.item.stem))
        if seed is None:
            at = int(_id(str(salt), *key), 16) % len(forms)
            favoured.add(forms[at].item.id)
            continue
        # the seed's form class (单选, 填空, true or false statement …), turning one class per
        # seed; every form of that class is the seed's (a false statement with either wrong
        # value), so that the next seed asks the rule in another class where it has one
        classes = sorted({_form_class(c.item) for c in forms})
        mine = classes[(int(_id(*key), 16) + seed) % len(classes)]
        favoured.update(c.item.id for c in forms if _form_class(c.item) == mine)
    return favoured


def _form_class(item: Item) -> str:
    """The kind of question an item puts: its type, a 判断 by its key."""
    return item.type + (item.answer if item.type == "判断" else "")


# seeds take turns over the facts (source sentences): each seed prefers the half of them its
# turn points at, and the next seed's turn is TURN_STEP further round, so that two consecutive
# seeds (a trainer's 2323 and 2324) prefer nearly complementary halves (seed-2323 review: 15 of
# 2324's first 22 items test 2323's facts); 1/√5 keeps seeds further apart from repeating turns
TURN_STEP = 0.4472135955


# an absolute ban (licence items): the ban word, and what a body could be thought to license
LICENCE_BAN_RE = re.compile(r"(?:不得|禁止|严禁)(?!超过|少于|低于|擅自|私自)")
# an article where approval already stands in the rule: a licence is no mistake there
LICENSED_RE = re.compile(r"擅自|私自|未经|批准|同意|许可|审批|但|因特殊|确因|除[^。]{1,12}外")
# harm no body licenses: "经批准可以破坏" is nonsense, not a mistake (issue 13, 3)
HARM_RE = re.compile(r"破坏|损毁|毁坏|拆毁|盗|哄抢|私分|倒卖|走私|敛取|变卖")
LICENSING_BODY = "文物行政管理部门"


def seed_number(seed: int | str) -> int:
    """A seed as a whole number (a text seed by its hash)."""
    return seed if isinstance(seed, int) else int(_id(str(seed)), 16)


def turn_of(seed: int | str) -> float:
    """Where a seed's half of the facts starts, on a circle of circumference one."""
    return (seed_number(seed) * TURN_STEP) % 1.0


def _place(item: Item) -> float:
    """Where an item's fact (its sentence) lies on the circle of turns (in_turn)."""
    return int(_id("turn", _sentence(item)), 16) / 16**10


def paper_order(
    items: list[Item],
    turn: float,
    alike: frozenset[tuple[str, ...]] = frozenset(),
    earlier: frozenset[str] = frozenset(),
) -> list[Item]:
    """Items grouped by type (TYPES order); within a type, the items whose rule has one kind of
    form only (`alike`: every paper asking it prints the same stem) last, and otherwise the
    facts of the seed's turn first, nearest the turn first. Two consecutive seeds have nearly
    complementary turns, so what one paper asks early the other asks late or not at all: a
    trainer comparing the first twenty items of a paper and its make-up finds few facts, and
    fewer stems, in both (seed-2627 review: 14 of 2628's first 22 items tested a 2627 fact, 8
    with its stem). The key units every bank asks stay in both papers. `earlier`: the facts
    of the previous seed's paper; within a type the facts it did not test come first of all
    (seed-2727 review: 16 of 2728's first 22 items tested a 2727 fact)."""
    rank = {t: i for i, t in enumerate(TYPES)}
    return sorted(
        items,
        key=lambda i: (
            rank[i.type],
            bool(item_facts(i) & earlier),
            tuple(sorted(i.rule_keys)) in alike,
            (_place(i) - turn) % 1.0,
        ),
    )


def item_facts(item: Item) -> set[str]:
    """The source sentences an item tests (checker.sentence_of of each rule key): a bank asks
    each sentence once (seed-2425 review: two items on the one sentence of 细则 第十一条, two on
    第十二条's, in one paper)."""
    return {sentence_of(k) for k in item.rule_keys} or {item.fact}


# a 判断 stem: a statement the rule is said of ("…规定：…。（　　）"), not a gap to fill
JUDGED = re.compile(r"^《[^》]*》规定：")
# what a stem states, without the document it cites, the bracket and the punctuation
STEM_FRAME = re.compile(
    r"^(?:根据)?《[^》]*》(?:[^，：:]{0,12})?[，：:]|（[\s　]*）|[，。；、：:“”\s]"
)


def _core(stem: str) -> str:
    return STEM_FRAME.sub("", stem)


def _near(one: str, other: str) -> bool:
    """Two statements a trainer reads as one: either holds the other, or they differ in a detail
    only (a changed word in a long sentence)."""
    if len(one) < 12 or len(other) < 12:
        return one == other
    if one in other or other in one:
        return True
    matcher = SequenceMatcher(None, one, other, autojunk=False)
    return matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


def _sentence(item: Item) -> str:
    """The fact an item tests: the sentence of its first rule key (checker.sentence_of)."""
    return sentence_of(item.rule_keys[0]) if item.rule_keys else item.fact


def in_turn(item: Item, turn: float) -> bool:
    """The item's fact (its sentence) lies in the half of the facts the turn points at; the
    facts are placed on the circle by a hash of their sentence, whatever the pool."""
    return (_place(item) - turn) % 1.0 < 0.5


@lru_cache(maxsize=100_000)
def _held(rule_keys: tuple[str, ...], states: tuple[str, ...]) -> tuple[frozenset, frozenset]:
    return frozenset(states), S.asked_of(rule_keys)


def _clash(a: Item, b: Item) -> bool:
    """statements.clash on two items' rule keys and stated clauses."""
    if not a.states and not b.states:
        return False  # (most pairs: nothing printed of another rule)
    said_a, asks_a = _held(tuple(a.rule_keys), tuple(a.states))
    said_b, asks_b = _held(tuple(b.rule_keys), tuple(b.states))
    return S.clash_of(said_a, asks_a, said_b, asks_b)


def repaired(
    c: Candidate,
    against: list[Item],
    material: S.Material | None,
    avoid: frozenset[str] = frozenset(),
) -> bool:
    """A list item whose options state a rule of `against` (the paper so far, or paper A), or a
    sentence in `avoid` (the other paper's facts), printed with other members or distractors
    of its list in their places (the key letters follow); True when it then states none. Which
    member goes in is drawn by the item's id, so a paper is the same whatever order its
    candidates are tried in."""
    variant = c.variant
    if variant is None or material is None:
        return False
    item = c.item
    asks = S.asked_of(item.rule_keys)
    taken = [S.asked_of(o.rule_keys) | frozenset(o.states) for o in against] + [avoid]

    def states_one(option: str) -> bool:
        said = S.restated(option, material) - asks if len(option) >= S.LONG_OPTION else frozenset()
        return any(said & held for held in taken)

    options = list(item.options)
    draw = random.Random(f"repair:{item.id}")
    for n, option in enumerate(options):
        if not states_one(option):
            continue
        member = option in variant.members
        spare = list(variant.members if member else variant.others)
        draw.shuffle(spare)
        if item.type == "多选" and member:
            # a 多选 out of members to spare takes a distractor in the member's place, while two
            # members and no more than half distractors are left (the key letters follow)
            rest = [x for x in variant.others if x not in spare]
            draw.shuffle(rest)
            keyed = sum(x in variant.members for x in options) - 1
            if keyed >= 2 and 2 * (len(options) - keyed) <= len(options):
                spare += rest
        swap = next((x for x in spare if x not in options and not states_one(x)), None)
        if swap is None:
            return False
        options[n] = swap
    if options == item.options:
        return False
    new = variant.build(options)
    new.id, new.rule_keys = item.id, list(item.rule_keys)
    new.states = sorted(S.states(new.to_dict(), material))
    if any(_clash(new, o) for o in against) or set(new.states) & avoid:
        return False
    c.item = new
    return True


def recipients_asked(item: Item) -> bool:
    """An item whose asked detail is whom a report goes to (Generator._recipient_items), or a
    false statement that tells one of two recipients only (_joint_report_items)."""
    return item.detail_kind == "recipient" or item.changed.partition("→")[2].startswith("只向")


def base_pay_asked(item: Item) -> bool:
    """An item asking the first sum of money its article states ("1200元" of 细则 第十二条, the
    county sites' pay) as it is: its 单选 or blank, or the true statement printing it."""
    found = re.search(r"\d+元", item.quote or "")
    if not found or (item.type == "判断" and item.answer == "错误"):
        return False
    if item.type == "判断":
        return not item.detail and found.group(0) in item.stem
    return item.detail == found.group(0)


# the bank size from which a key article's sentence is asked by more than one clause (phase 1c):
# a short paper spends its places on other rules
KEY_CLAUSES_FROM = 40


def plan(
    candidates: list[Candidate],
    n: int,
    types: list[str],
    rng: random.Random,
    avoid: frozenset[str] = frozenset(),
    turn: float | None = None,
    tested: frozenset[str] = frozenset(),
    seed: int | None = None,
    refusals: Counter | None = None,
    paper_a: tuple[Item, ...] = (),
    shape: dict[str, int] | None = None,
    material: S.Material | None = None,
) -> list[Item]:
    """Every unit with a strong rule (tier 1) asked once first, in whatever type is furthest behind
    its share; then other rules once; then other forms of the same rules. A principle group or a
    list is asked twice only after that."""
    # paper B never prints a stem of paper A: a rule whose every form paper A printed is left
    # out of B (the A/B pair of issue 13 shares nothing)
    # (nor one that re-prints A's statement cut or stretched, or with one detail changed: the
    # seed-3333 review dropped four such 判断 of B as copies of A)
    cores = [_core(stem) for stem in avoid if JUDGED.search(stem)]
    # (nor one that asks a fact of A in another form, makes A's false-statement change or
    # mirrors A's list: pairing.repeats, the seed-3838 review)
    a_rows = [i.to_dict() for i in paper_a]
    a_keys = {i.id: _key_text(i) for i in paper_a}

    def repeats_a(c: Candidate) -> bool:
        """c re-asks paper A; a list item first prints other options if that is why."""
        if not paper_a or not pairing.repeats(c.item.to_dict(), a_rows, _key_text(c.item), a_keys):
            return False
        return not (
            repaired(c, list(paper_a), material)
            and not pairing.repeats(c.item.to_dict(), a_rows, _key_text(c.item), a_keys)
        )

    pool = [
        c
        for c in candidates
        if c.item.type in types
        and c.item.stem not in avoid
        and not (c.item.type == "判断" and any(_near(_core(c.item.stem), k) for k in cores))
        and not repeats_a(c)
    ]
    # which 判断 key may be one ahead under each label in this bank (label_keeps_balance)
    leaders = {label: rng.choice(("正确", "错误")) for label in ("易", "中", "难")}
    for label in leaders:
        # a label only false statements reach (难: a true one as the text has it is never 难)
        # lets its one key lead by one, or no such statement could be printed at all
        found = {
            c.item.answer for c in pool if c.item.type == "判断" and c.item.difficulty == label
        }
        if len(found) == 1:
            leaders[label] = found.pop()
    first_phase = [True]
    quotas = fit_quotas(_quotas(n, types), Counter(c.item.type for c in pool))
    judge_cap = max(1, int(JUDGE_SHARE * n)) if len(types) > 1 else n
    if quotas.get("判断", 0) > judge_cap:
        # the places 判断 may not take go to the gap types (a paper mostly true/false is not
        # one a trainer prints), even beyond their share of the pool
        spare, quotas["判断"] = quotas["判断"] - judge_cap, judge_cap
        gaps = [t for t in ("单选", "填空", "多选") if t in quotas] or ["判断"]
        for k in range(spare):
            quotas[gaps[k % len(gaps)]] += 1
    if shape is not None:
        # the other paper of an A/B pair holds this many of each type: no more are printed
        quotas = {t: shape.get(t, 0) for t in quotas}
    share = {t: max(q, 1) for t, q in quotas.items()}
    # rules that a gap type can ask: their 判断 forms weigh little, so that the rules only a
    # true/false statement can ask fill the 判断 part
    gap_rules = {_rule_base(k) for c in pool if c.item.type != "判断" for k in c.item.rule_keys}
    # a paper asking at most half the material's rules can afford every form of a rule: its
    # true/false statement as much as its gap, so that two seeds ask a rule in different forms
    # (issue 13: two seeds share at most a third of their stems when the pool allows)
    short = n * 2 <= len({_rule_base(k) for c in pool for k in c.item.rule_keys})
    if short:
        gap_rules = set()
    rng.shuffle(pool)
    favoured = favoured_forms(pool, rng, seed)
    chosen: list[Item] = []
    used_stems: set[str] = set()
    used_forms: set[tuple[str, str]] = set()
    answers: Counter = Counter()
    typed_answers: set[tuple[str, str]] = set()
    asked: dict[str, int] = {}
    truths = [0]
    max_truths = max(1, round(0.6 * quotas.get("判断", 0)))

    def judged() -> int:
        return sum(1 for i in chosen if i.type == "判断")

    def key(c: Candidate) -> str:
        return c.item.fact.split(":not")[0]

    def fresh_key(c: Candidate) -> bool:
        # the same words as the key of a third item ("各级人民政府") make a pattern, not a test;
        # two blanks of one type with one answer ("各级______" twice) read as one item twice
        key_text = _key_meaning(c.item)
        return not key_text or (
            answers[key_text] < 2 and (c.item.type, key_text) not in typed_answers
        )

    used_rules: set[str] = set()
    used_facts: set[str] = set()  # the source sentences asked (item_facts): one item each
    unit_keys: dict[str, list[list[str]]] = {}  # the rule keys of each article's items
    third = [False]  # a third item of a long article: only once nothing else is left
    # a key article's other clauses of one sentence (checker.own_clauses): from phase 1c on, in
    # a bank large enough (KEY_CLAUSES_FROM)
    key_extra = [False]
    # the late fill (after every other pass, the bank still short): a second item on a long
    # sentence and a looser 判断 label balance (procedural rules stay in the seed's turn: out of
    # it they made seeds share stems, and reviews found them of little safety value)
    fill = [False]
    cap = [True]
    swaps: set[tuple[str, str]] = set()  # (unit, "body"): one body swap per article
    replaced: Counter = Counter()  # the wrong values 判断 false statements used

    def few_minor(c: Candidate) -> bool:
        """Procedural rules ("last") fill at most a fifteenth of a bank."""
        return not c.low or sum(1 for i in chosen if i.id in minor) + 1 <= max(1, n // 15)

    minor = {c.item.id for c in pool if c.low}
    by_id = {c.item.id: c for c in pool}  # a chosen item's candidate (its variant)

    def variety(c: Candidate) -> bool:
        """At most PER_UNIT items per article, one body swap per article, 判断 within its
        share, and no wrong kind of body (住房城乡建设部门) in more than BROUGHT false
        statements."""
        return not variety_refusal(c)

    def variety_refusal(c: Candidate) -> str:
        """The name of the variety guard that refuses c ("" when none does): named so that a
        bank's lost places can be counted by guard (evaluation.quiz_refusals)."""
        item = c.item
        held = unit_keys.get(item.unit_id, [])
        if len(held) >= PER_UNIT and not (
            (third[0] or (key_extra[0] and c.key_unit))
            and unit_limit([*held, item.rule_keys], key_extra[0] and c.key_unit)
            and not third_shares(
                [i.to_dict() for i in chosen if i.unit_id == item.unit_id] + [item.to_dict()]
            )
        ):
            return "per_unit"
        if swap_class(item) == "body" and (item.unit_id, "body") in swaps:
            return "body_swap"
        if c.low and item_facts(item) & used_facts:
            # a procedural detail of a sentence the bank asks already (细则 第十二条's 地区财政
            # beside its pay and 2名, 办法 第二十六条's power to designate a keeper beside its
            # yearly check: seed-5151 review 44, 48) is never the second item on it, however
            # short the bank (the late fill and a key article's other clauses ask rules)
            return "minor_repeat"
        if item.type == "判断" and (
            judged() >= judge_cap
            # the fill keeps 判断 within its share of what the bank holds (a short bank's share
            # is trimmed in _choose: a 判断 beyond it would only be taken out again)
            or (fill[0] and judged() + 1 > JUDGE_SHARE * (len(chosen) + 1))
        ):
            return "judge_cap"
        # key units (phase 1) may take either key's lead: they are asked in every bank
        if item.type == "判断" and not (
            label_within_share(item, chosen)
            if fill[0]
            else label_keeps_balance(item, chosen, None if first_phase[0] else leaders)
        ):
            return "label_balance"
        if any(replaced[k] >= BROUGHT for k in new_kinds(item.to_dict())):
            return "brought"
        return ""

    def separate(c: Candidate) -> bool:
        """One item per rule, and no item whose stem prints another item's answer."""
        return not separate_refusal(c)

    def separate_refusal(c: Candidate) -> str:
        """The name of the separation guard that refuses c ("" when none does)."""
        if clashes(c.item.rule_keys, used_rules):
            return "same_rule"
        shared = item_facts(c.item) & used_facts
        own = key_extra[0] and c.key_unit
        if shared and not ((fill[0] or own) and second_on_sentence(c.item, shared, own)):
            return "same_sentence"
        for n, other in enumerate(chosen):
            name = leak(c, other)
            if name == "states_rule" and reprinted(n, c.item):
                name = leak(c, chosen[n])
            if name and _clash(c.item, other) and yields(other, c):
                continue  # the list goes when c is taken (take): nothing of it stays to leak
            if name:
                return name
        return ""

    def yields(other: Item, c: Candidate) -> bool:
        """A chosen list item that states the rule c asks, and cannot print other options,
        gives its place to c when c is a safety rule or a key article's (a ban, a report, a
        penalty): the rule itself is worth more than a list repeating it (seed-4141 review 库14:
        第五十条's 多选 repeated four bans the bank asked). An administrative rule (第二十二条's
        payer) is the later item and goes instead (the list's distractor rests on it: B2/B20).
        Never the one item of a key article, and never for another list."""
        held = by_id.get(other.id)
        if held is None or held.variant is None or c.variant is not None:
            return False
        if not (c.key_unit or safety_rule(c.item)):
            return False
        alone = sum(i.unit_id == other.unit_id for i in chosen) == 1
        return not (held.key_unit and alone)

    def untake(item: Item) -> None:
        """take() undone for a chosen item (a list that yields its place)."""
        chosen.remove(item)
        truths[0] -= item.type == "判断" and item.answer == "正确"
        used_stems.discard(item.stem)
        used_forms.discard((item.type, item.fact))
        used_rules.difference_update(item.rule_keys)
        used_facts.difference_update(item_facts(item))
        meaning = _key_meaning(item)
        answers[meaning] -= 1
        if meaning:
            typed_answers.discard((item.type, meaning))
        quotas[item.type] += 1
        asked[item.fact.split(":not")[0]] -= 1
        asked[item.unit_id] -= 1
        unit_keys[item.unit_id].remove(list(item.rule_keys))

    def reprinted(n: int, item: Item) -> bool:
        """The chosen list item chosen[n] prints other options so that it no longer states a
        rule `item` asks (seed-4141 review: 第五十条's 多选 with "私自拍摄壁画……" beside 第三十七条's
        填空; the list has members to spare, the ban has no other form): True when swapped."""
        held = by_id.get(chosen[n].id)
        if held is None or held.variant is None:
            return False
        before = held.item
        others = [i for k, i in enumerate(chosen) if k != n]
        if not repaired(held, [*others, item, *paper_a], material):
            return False
        probe = Candidate(held.item, held.tier, held.doc_id)
        if any(leak(probe, o) for o in others):
            held.item = before  # the new options give another item away: kept as it was
            return False
        chosen[n] = held.item
        return True

    def second_on_sentence(item: Item, shared: set[str], key: bool = False) -> bool:
        """The late fill may put a second item on a long sentence (checker.sentence_twice: its
        own clause, another kind of detail, neither a 判断), never a third; a key article's
        sentence a third, each on its own clause (checker.own_clauses)."""
        held = [i for i in chosen if item_facts(i) & shared]
        return len(held) < (PER_LONG_UNIT if key else 2) and all(
            sentence_twice(h.to_dict(), item.to_dict(), key) for h in held
        )

    # leak() of two items, by their identities (the items are held with it, so that an id is
    # never reused while its result is kept): a pair's guards depend on the two items alone
    leaks: dict[tuple[int, int], tuple[Item, Item, str]] = {}

    def leak(c: Candidate, other: Item) -> str:
        """The guard by which c and an item already chosen give each other away ("" if none)."""
        held = leaks.get((id(c.item), id(other)))
        if held is None:
            held = leaks[id(c.item), id(other)] = (c.item, other, pair_leak_of(c, other))
        return held[2]

    def pair_leak_of(c: Candidate, other: Item) -> str:
        key_text = _key_text(c.item)
        pairs = _pairs(c.item)
        listed = listed_stem(c.item.stem)
        tests = (
            # an option printed in another stem: that stem tells what the option is
            (
                "option_in_stem",
                lambda: (
                    any(o in other.stem for o in telling_options(c.item.type, c.item.options))
                    or any(o in c.item.stem for o in telling_options(other.type, other.options))
                ),
            ),
            # two lists asked with each other's members as options (职责 and 权利, 表彰 and
            # 解聘): mirrors; one shared member already reads as one question asked twice
            (
                "list_mirror",
                lambda: (
                    listed
                    and listed_stem(other.stem)
                    and len(set(c.item.options) & set(other.options)) >= 1
                ),
            ),
            # one article, one answer twice ("法定代表人" for two of its clauses), or one detail
            # asked by a gap and by a false statement's change (第二十七条's 自治区文物行政管理
            # 部门 in two sentences: seed-4343 self-review)
            (
                "same_answer_in_article",
                lambda: (
                    other.unit_id == c.item.unit_id
                    and (
                        (bool(key_text) and _key_meaning(other) == _key_meaning(c.item))
                        or (bool(asked := _asked_key(c.item)) and asked == _asked_key(other))
                    )
                ),
            ),
            (
                "same_fact_judge",
                lambda: (
                    c.item.type == other.type == "判断"
                    and other.unit_id != c.item.unit_id
                    and same_fact(c.item.stem, other.stem)
                ),
            ),
            ("statement_within", lambda: statement_within(_view(c.item), _view(other))),
            # an option or a stem that states the other's rule (第五十条's "私自拍摄壁画……" beside
            # 第三十七条's "不得______"; seed-4141 review A4/A22, B2/B20): one gives the other away,
            # or the paper asks the rule twice
            ("states_rule", lambda: _clash(c.item, other)),
            # two false statements made by one change ("书面形式→电话形式" on two articles): the
            # second is the first trick again (seed-3939 self-review); or one word changed into
            # words of one kind (口头形式, 电话形式: seed-5151 review 15, 29)
            ("same_change", lambda: pairing.same_change(c.item.changed, other.changed)),
            # a copied true statement with no checkable detail beside another 判断 of its
            # article (checker.vague_truth: seed-5151 review 16)
            (
                "true_beside",
                lambda: true_beside(
                    _view(c.item) | {"unit_id": c.item.unit_id},
                    _view(other) | {"unit_id": other.unit_id},
                ),
            ),
            (
                "truth_printed",
                lambda: (
                    truth_printed(_view(c.item), _printed(other))
                    or truth_printed(_view(other), _printed(c.item))
                ),
            ),
            # one item's 解析 quoting the words that decide another of its article (seed-5353
            # review 15 beside 21: the paragraph quoted under both)
            (
                "explained_away",
                lambda: (
                    other.unit_id == c.item.unit_id
                    and (
                        explained_away(_view(c.item), _view(other))
                        or explained_away(_view(other), _view(c.item))
                    )
                ),
            ),
            # a false statement's new words stated as another item's rule (seed-5353 review 14,
            # 20: "适当扣除当月野外看管补助" put on a 第十七条 breach beside 第十一条's own)
            (
                "change_printed",
                lambda: bool(
                    change_printed(_view(c.item), other.stem)
                    or change_printed(_view(other), c.item.stem)
                ),
            ),
            # a false statement's short new word drawn from the sibling sentence another item
            # of the article prints (seed-6161 review 27 beside 14: 当月→当年)
            (
                "sibling_change",
                lambda: (
                    other.unit_id == c.item.unit_id
                    and bool(
                        sibling_change(_view(c.item), _printed(other))
                        or sibling_change(_view(other), _printed(c.item))
                    )
                ),
            ),
            (
                "offered_in_article",
                lambda: (
                    other.unit_id == c.item.unit_id
                    and (
                        offered(_key_text(other), c.item.options)
                        or offered(key_text, other.options)
                    )
                ),
            ),
            (
                "pair_leak",
                lambda: (
                    pair_leak(pairs, other.stem, _key_text(other))
                    or pair_leak(_pairs(other), c.item.stem, key_text)
                ),
            ),
            (
                "gives_away",
                lambda: (
                    gives_away(c.item.stem, key_text, _printed(other))
                    or gives_away(other.stem, _key_text(other), _printed(c.item))
                ),
            ),
            # an act, a form, a principle … one item asks, printed by the other in any wording a
            # marker accepts (seed-5252 review 32, 39: "……并及时组织人员保护好现场" in one stem
            # beside the blank "应当立即______" whose key is 保护现场)
            (
                "answer_printed",
                lambda: bool(
                    answer_printed(
                        key_text, tuple(c.item.alternatives), c.item.detail_kind, _printed(other)
                    )
                    or answer_printed(
                        _key_text(other),
                        tuple(other.alternatives),
                        other.detail_kind,
                        _printed(c.item),
                    )
                ),
            ),
            (
                "same_unit_leak",
                lambda: (
                    other.unit_id == c.item.unit_id
                    and (
                        same_unit_leak(key_text, _printed(other))
                        or same_unit_leak(_key_text(other), _printed(c.item))
                    )
                ),
            ),
            # a copied true statement beside the other sentence of its approval pair ("由自治区
            # 文物行政管理部门统一管理" / "未经批准……不得进行文物的复制和修复": seed-4949 1, 20)
            (
                "approval_pair",
                lambda: (
                    other.unit_id == c.item.unit_id
                    and approval_pair(
                        _view(c.item) | {"unit_id": c.item.unit_id},
                        _view(other) | {"unit_id": other.unit_id},
                    )
                ),
            ),
        )
        return next((name for name, test in tests if test()), "")

    own_form = [False]  # the first passes take only the seed's own form of each rule

    def fits(c: Candidate, relaxed: bool) -> bool:
        if c.item.stem in used_stems or (c.item.type, c.item.fact) in used_forms:
            return False
        if shape is not None and quotas[c.item.type] <= 0:
            return False  # an A/B paper's type is full at the other paper's count
        if own_form[0] and c.item.id not in favoured:
            return False
        if c.item.stem in avoid:
            return False  # paper B never repeats a stem of paper A: it is shorter instead
        if not variety(c) or not separate(c):
            return False
        if relaxed:
            if c.item.type == "判断" and c.item.answer == "正确":
                # never a 判断 part a trainee passes by answering 正确 throughout
                # beyond half only when the material has nothing else, and never beyond two
                # thirds: a trainee answering 正确 throughout must not pass the 判断 part
                within = 3 * (truths[0] + 1) <= 2 * (judged() + 1)
                return (truths[0] * 2 <= judged() + 2 if cap[0] else within) and fresh_key(c)
            return fresh_key(c)
        if quotas[c.item.type] <= 0:
            return False
        if c.item.type == "判断" and c.item.answer == "正确":
            return truths[0] < max_truths and truths[0] * 2 <= judged()
        return fresh_key(c)

    def take(options: list[Candidate], weights: list[float] | None = None) -> None:
        weights = weights or [1.0 + (0.5 if _form(c.item) < 2 else 0) for c in options]
        weights = [
            w
            * (
                0.1
                if c.item.type == "判断"
                and c.item.answer == "正确"
                and gap_rules & {_rule_base(k) for k in c.item.rule_keys}
                else 1.0
            )
            for w, c in zip(weights, options, strict=True)
        ]
        weights = [
            w * _label_weight(c.item, chosen) * (FAVOURED if c.item.id in favoured else 1.0)
            for w, c in zip(weights, options, strict=True)
        ]
        choice = rng.choices(options, weights=weights)[0]
        for other in list(chosen):
            if _clash(choice.item, other) and yields(other, choice):
                untake(other)
        chosen.append(choice.item)
        truths[0] += choice.item.type == "判断" and choice.item.answer == "正确"
        used_stems.add(choice.item.stem)
        used_forms.add((choice.item.type, choice.item.fact))
        used_rules.update(choice.item.rule_keys)
        used_facts.update(item_facts(choice.item))
        answers[_key_meaning(choice.item)] += 1
        typed_answers.add((choice.item.type, _key_meaning(choice.item)))
        if swap_class(choice.item) == "body":
            swaps.add((choice.item.unit_id, "body"))
        replaced.update(new_kinds(choice.item.to_dict()))
        quotas[choice.item.type] -= 1
        for c in pool:
            # a list item that now prints a rule of the paper prints other options instead
            # (never one that paper A asks: the swap is made against both)
            if c.variant and c is not choice and _clash(c.item, choice.item):
                repaired(c, [*chosen, *paper_a], material)
        asked[key(choice)] = asked.get(key(choice), 0) + 1
        asked[choice.item.unit_id] = asked.get(choice.item.unit_id, 0) + 1
        unit_keys.setdefault(choice.item.unit_id, []).append(list(choice.item.rule_keys))

    def refusal(c: Candidate) -> str:
        """The first guard that refuses c at the end of the plan, in the order fits() and the
        last pass ask them ("" when c would fit)."""
        if c.item.stem in used_stems:
            return "same_stem"
        if (c.item.type, c.item.fact) in used_forms:
            return "same_form"
        if c.item.stem in avoid:
            return "paper_a"
        found = variety_refusal(c) or separate_refusal(c)
        if found:
            return found
        if c.low and turn is not None and not in_turn(c.item, turn):
            return "minor_turn"
        if not few_minor(c):
            return "minor_cap"
        if (
            c.item.type == "判断"
            and c.item.answer == "正确"
            and 3 * (truths[0] + 1) > 2 * (judged() + 1)
        ):
            return "truth_cap"
        if not fresh_key(c):
            return "fresh_key"
        return "rounds" if asked.get(key(c), 0) >= 3 else ""

    def finish() -> list[Item]:
        """The plan; with `refusals`, each unchosen item counted under the guard that refuses
        it ("item", guard), and each sentence no item asks under every guard that refuses one
        of its items ("sentence", guard): where a bank loses its places (quiz29 diagnosis)."""
        if refusals is None or len(chosen) >= n:
            return chosen
        taken = {i.id for i in chosen}
        third[0] = True
        by_sentence: dict[str, set[str]] = {}
        for c in pool:
            if c.item.id in taken:
                continue
            why = refusal(c) or "none"
            refusals["item", why] += 1
            if not item_facts(c.item) & used_facts:
                by_sentence.setdefault(_sentence(c.item), set()).add(why)
                refusals[
                    "form", why, c.item.type, c.item.answer if c.item.type == "判断" else ""
                ] += 1
        for found in by_sentence.values():
            for why in found:
                refusals["sentence", why] += 1
            refusals["only", "+".join(sorted(found))] += 1
        refusals["sentences", "unasked"] += len(by_sentence)
        return chosen

    units: dict[str, list[Candidate]] = {}
    for c in pool:
        units.setdefault(c.item.unit_id, []).append(c)
    order = [u for u in units if any(c.key_unit for c in units[u])]
    rng.shuffle(order)
    # the units with fewest forms first: a unit asked only by one true statement must not find
    # its label's keys already unbalanced by units that had other forms to offer; a ban from the
    # first word (asked only as true statements, however many narrower ones) counts as such
    # an article asked only by true/false statements (细则 第十七条's breaches) counts as such
    # too: asked after another key article's statement of the same event (第七条's 发现盗掘…
    # as a 判断) it is refused as the same fact and left out of the paper
    order.sort(
        key=lambda u: (
            len(units[u]) > 2
            and not any(F.LEAD_BAN_RE.match(_statement_of(c.item)) for c in units[u])
            and any(c.item.type != "判断" for c in units[u])
        )
    )
    # phase 1: each key unit once (facts.is_key_unit: what to do when something happens, what
    # a breach costs, what a custodian is paid), even outside the type mix; the other core units
    # are asked in phase 2 before anything is asked twice, each in rotation among its forms, so
    # that two seeds share few stems
    cap[0] = False

    def ask_key_unit(unit_id: str, retry: bool) -> None:
        """One item of a key unit. A ban the 判断 balance refuses now (it is asked only as a
        true statement) waits for the retry, after the other key units and the breaches are
        in, and then for the first moment of phase 2 when the balance allows it."""
        tier = min(c.tier for c in units[unit_id])
        best = [c for c in units[unit_id] if c.tier == tier]
        best = [c for c in best if not c.low] or best
        # what a custodian is paid, or how many guard a site (每处2名): the figures of the
        # article, whichever the seed favours (the seed-2425 review: pay asked twice, 2名 never)
        money = [
            c
            for c in best
            if c.item.detail_kind == "figure" and c.item.detail.endswith(("元", "名"))
        ]
        # asked as it is: the base pay (the first the article states, 1200元 of the county
        # sites most custodians keep) or the head count, never first a false statement that
        # prints 1200元 only as a wrong value (seed-5151 review 四.1: "县级 1200 元只出现在第 14
        # 题的错误陈述里，没有正面考到"); the article's other figures follow in phase 1c
        money = [
            c for c in money if base_pay_asked(c.item) or c.item.detail.endswith("名")
        ] or money
        # what to do when something happens (a trigger → action rule of the article: 发现盗掘
        # → 第一时间向文物、公安部门报告) is what a field custodian must know: asked first
        # (paper B: only when the rule has a form paper A did not print)
        scene = [
            c
            for c in best
            if any(_scenario_key(k) for k in c.item.rule_keys) and c.item.stem not in avoid
        ]
        # a report owed to two bodies is asked by whom it goes to (its 单选 or blank over
        # "当地文物、公安部门", or the false statement that tells one of them only): the seed-5151
        # review (50, 四.1) found the custodian's recipients never asked on their own
        scene = [c for c in scene if recipients_asked(c.item)] or scene
        # a ban from the sentence's first word ("禁止……赠与、出租或者出售") before the article's
        # approval levels (facts.lead_ban)
        # (paper B: only when paper A did not print it)
        ban = [
            c
            for c in best
            if F.LEAD_BAN_RE.match(_statement_of(c.item)) and c.item.stem not in avoid
        ]
        if ban and not any(
            fits(c, True) or (variety(c) and separate(c) and fresh_key(c)) for c in ban
        ):
            # refused now: the article waits for its ban (asked as soon as it fits, phase 2)
            (pending if retry else deferred).append(unit_id)
            return
        best = money or scene or ban or best  # the pay of a custodian is asked as its own item
        # among a penalty list's breaches, the reports not made first (细则 第十七条（一）（二）:
        # a custodian's red line, seed-2425 review)
        owed = [c for c in best if REPORT_OWED_RE.search(_statement_of(c.item))]
        listed = all("#list:" in k for c in best for k in c.item.rule_keys)
        if listed and seed is not None and seed % 2 and 0 < len(owed) < len(best):
            # every other seed asks a penalty list by its other breaches (细则 第十七条（三）–
            # （五）: 敛取钱财, 擅自对外提供…; seed-2727 review 四.4 found only the reports asked),
            # so that a paper and its make-up ask different 解聘 cases
            best = [c for c in best if c.item.id not in {o.item.id for o in owed}]
        else:
            best = owed or best
        if turn is not None:
            # an article of several sentences is asked by the sentence of this seed's turn, so
            # that two seeds ask the key article by different facts where it has them
            best = [c for c in best if in_turn(c.item, turn)] or best
        spare = [c for c in best if c.item.stem not in used_stems and variety(c) and separate(c)]
        # a core rule is asked even when its only forms repeat a key; a form with a fresh key
        # first (paper A's stems are out of paper B's pool)
        # never two items of one type with one answer (check_bank reads them as one item twice)
        own_form[0] = True
        options = [c for c in best if fits(c, True)]
        own_form[0] = False
        options = (
            options
            or [c for c in best if fits(c, True)]
            or [c for c in spare if fresh_key(c)]
            or [c for c in spare if (c.item.type, _key_meaning(c.item)) not in typed_answers]
        )
        if not options:  # every form refused for now: tried again later
            (pending if retry else deferred).append(unit_id)
            return
        take_by_type(options)

    def take_by_type(options: list) -> None:
        """Any form of the rule; a type behind its share weighs more, whatever the number of
        forms the unit has in that type."""
        per_type = Counter(c.item.type for c in options)
        take(
            options,
            [
                max(quotas[c.item.type] / share[c.item.type], 0.02)
                * _weight(c, truths[0], judged)
                / per_type[c.item.type]
                for c in options
            ],
        )

    deferred: list[str] = []
    pending: list[str] = []
    late_extra: list[Candidate] = []  # phase 1c's key clauses refused at the time

    def asked_triggers() -> set[str]:
        return {t for i in chosen for t in _trigger_keys(i)}

    def waits_for_ban(unit_id: str) -> bool:
        """A key article whose ban phase 1 could not ask yet (paper B: one paper A did not
        print)."""
        return any(
            F.LEAD_BAN_RE.match(_statement_of(c.item)) and c.item.stem not in avoid
            for c in units[unit_id]
        ) and not any(F.LEAD_BAN_RE.match(_statement_of(i)) for i in chosen if i.unit_id == unit_id)

    for unit_id in order:
        if len(chosen) >= n:
            return finish()
        ask_key_unit(unit_id, retry=False)
    # phase 1b: each breach → consequence rule of a key article once, up to PER_UNIT items of
    # the article (细则 第十一条: an unfilled patrol log costs the month's allowance, a serious
    # accident the post; the seed-1919 review found the log's deduction never asked head-on)
    for unit_id in order:
        if len(chosen) >= n:
            return finish()
        if len(unit_keys.get(unit_id, [])) >= PER_UNIT:
            continue
        breaches = [
            c
            for c in units[unit_id]
            if c.item.topic == "penalty"
            and any(_scenario_key(k) for k in c.item.rule_keys)
            and not c.low
        ]
        options = [c for c in breaches if fits(c, True)] or [
            c
            for c in breaches
            if c.item.stem not in used_stems and variety(c) and separate(c) and fresh_key(c)
        ]
        if options:
            take_by_type(options)
    for unit_id in deferred:
        if len(chosen) >= n:
            return finish()
        ask_key_unit(unit_id, retry=True)
    # phase 1c: a bank large enough asks a key article's other breaches and figures of the same
    # sentence, each on its own clause, before any lower-value rule (seed-4141 review: 细则
    # 第十一条's major accident → 立即解聘、扣除当年补助, 第十二条's 地区财政 and pay)
    if n >= KEY_CLAUSES_FROM and not paper_a:
        key_extra[0] = True
        for unit_id in order:
            extra = [
                c
                for c in units[unit_id]
                if not c.low
                and (
                    (c.item.topic == "penalty" and any(_scenario_key(k) for k in c.item.rule_keys))
                    or c.item.detail_kind in ("figure", "funder")
                )
            ]
            while len(chosen) < n:
                options = [c for c in extra if fits(c, True)]
                if not options:
                    break
                # the base pay asked as it is before the article's other figures (a false
                # statement on 1400元 prints 1200元 as its wrong value: seed-5151 review 四.1)
                held = [i for i in chosen if i.unit_id == unit_id]
                if not any(base_pay_asked(i) for i in held):
                    options = [c for c in options if base_pay_asked(c.item)] or options
                take_by_type(options)
            # a clause none of whose items fits yet (a true statement over the truth cap while
            # few false ones are chosen) waits for phase 2 like a key article (seed 3: 第十一条's
            # patrol log, once paper order put 第十七条's brought statement first)
            late_extra.extend(
                c
                for c in extra
                if _trigger_keys(c.item) and not _trigger_keys(c.item) & asked_triggers()
            )
    first_phase[0] = False
    # the core rules asked as true statements outnumber the false ones: move places from 单选
    # to 判断 so that the key of the 判断 part comes out near half 正确, half 错误
    if "判断" in quotas and shape is None:
        falses = judged() - truths[0]
        move = min(max(truths[0] - falses - max(quotas["判断"], 0), 0), quotas.get("单选", 0) // 2)
        quotas["判断"] += move
        if "单选" in quotas:
            quotas["单选"] -= move
    # phase 2: any rule not yet asked (the whole pool, so that seeds differ), then other forms of
    # asked rules; principle names and lists weigh less than duties
    passes = [
        (own, relaxed, capped, low, long_, False)
        for own in (False,)
        for long_ in (False, True)
        for low in (False, True)
        for relaxed, capped in ((False, True), (True, True), (True, False))
    ]
    # quiz29: a bank of 50 ended at ~41 of the 53 places; the fill asks what the strict forms of
    # two guards left out, only for a bank still short after every other pass
    passes.append((False, True, False, True, True, True))
    for own, relaxed, capped, low, long_, filling in passes:
        if filling and len(chosen) >= n:
            break
        own_form[0] = own
        third[0] = long_
        fill[0] = filling
        # last pass: true statements beyond half the 判断 part only when the material has
        # nothing else left to ask (a long bank from little material); low-value rules
        # (facts.low_value) only after every pass over the others
        cap[0] = capped
        for round_ in (1, 2, 3):
            while len(chosen) < n:
                options = [
                    c
                    for c in pool
                    if (low or not c.low)
                    # a procedural rule ("last") only in the seed's turn: asked by every bank
                    # that has room, it made two seeds share its one or two stems
                    and not (c.low and turn is not None and not in_turn(c.item, turn))
                    and few_minor(c)
                    and fits(c, relaxed)
                    and asked.get(key(c), 0) < round_
                ]
                waiting = [
                    c
                    for u in pending
                    if u not in unit_keys or waits_for_ban(u)
                    for c in units[u]
                    if (not waits_for_ban(u) or F.LEAD_BAN_RE.match(_statement_of(c.item)))
                    and fits(c, True)
                ]
                if waiting:  # a key article the balance refused in phase 1, or its ban
                    pending.remove(waiting[0].item.unit_id)
                    take(waiting[:1])
                    continue
                done = asked_triggers()
                late = [c for c in late_extra if not _trigger_keys(c.item) & done and fits(c, True)]
                if late:  # a key article's other clause phase 1c could not yet take
                    take(late[:1])
                    continue
                if not options:
                    break
                # a rule that a gap type can still ask is not spent on a true/false statement
                # (the 判断 part is for the rules nothing else can ask)
                open_gaps = {
                    _rule_base(k)
                    for c in options
                    if c.item.type != "判断"
                    for k in c.item.rule_keys
                }
                # (a false statement asks a changed detail as much as a gap does: it stays, and
                # balances the verbatim true ones)
                options = [
                    c
                    for c in options
                    if c.item.type != "判断"
                    or c.item.answer == "错误"
                    or short
                    or not open_gaps & {_rule_base(k) for k in c.item.rule_keys}
                ] or options
                if seed is not None:
                    # a place whose seed's form (favoured_forms) is still open is asked by that
                    # form only, whatever type is behind: two consecutive seeds then ask a
                    # rule both papers hold by different stems (seed-2627 review: 8 of 2628's
                    # first 22 items had 2627's stem and key)
                    open_own = {_place_key(c) for c in options if c.item.id in favoured}
                    options = [
                        c for c in options if c.item.id in favoured or _place_key(c) not in open_own
                    ] or options
                # the type furthest behind its share first, so the requested mix holds
                # furthest behind in proportion to its share: a large 判断 quota taken first
                # would use up the rules that the 单选 could have asked
                behind = max(quotas[c.item.type] / share[c.item.type] for c in options)
                options = [c for c in options if quotas[c.item.type] / share[c.item.type] == behind]
                # paper B: the facts paper A did not test before any other; then the facts of
                # this seed's turn (turn_of)
                options = [c for c in options if _sentence(c.item) not in tested] or options
                if turn is not None:
                    # safety rules (a ban, a penalty, a report owed, the relics' own safety)
                    # are every seed's: the seeds take turns over the administrative facts,
                    # and ask a safety rule in the form the seed favours (seed-2425 review:
                    # 第十六、十七、二十八、三十八条 missing from a paper out of their turn)
                    options = [c for c in options if in_turn(c.item, turn)] or options
                take(options, [_weight(c, truths[0], judged) for c in options])
    return finish()


# why a paper prints no 多选 when the material has lists: said to a trainer
MULTI_REPEATS = (
    "能出多选题的几条列举，其选项都是本卷（或另一卷）已经单独考到的规定，"
    "为避免同一规定考两次，这次不出。"
)


def generate(
    corpus: Corpus,
    n: int,
    types: list[str] | None = None,
    documents: list[str] | None = None,
    chapters: list[str] | None = None,
    seed: int = 0,
    avoid: Bank | None = None,
    facts: frozenset[str] | None = None,
    shape: dict[str, int] | None = None,
) -> Bank:
    """A bank of n items; raises QuizError (a Chinese message) for a request it cannot meet.
    `avoid`: paper A, when this is paper B; none of its stems is printed again (a rule asked
    by a stem of A is asked in B by another form, or not at all). `facts`: the clause keys this
    paper may ask (pairing.split: the facts of A/B papers are split between them); `shape`: at
    most this many items of each type (the other paper's counts)."""
    kinds = normalize_types(types)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_ITEMS:
        raise QuizError(f"题目数量应为 1 到 {MAX_ITEMS} 之间的整数，收到“{n}”。")
    docs = resolve_documents(corpus, documents)
    generator = Generator(corpus, docs, chapters)
    if not generator.units:
        raise QuizError(
            f"所选文件中没有“{'、'.join(chapters or [])}”这样的章节。"
            f"可选章节如：{'、'.join(c for d in docs for c in d.chapters[:3]) or '（该文件不分章）'}。"
        )
    chosen, candidates, rng = _choose(generator, n, kinds, seed, avoid, facts, shape)
    # paper B prints the facts paper A did not test first (seed-2727 review: 16 of 2728's first
    # 22 items tested a 2727 fact). A lone seed's predecessor is not planned again to know its
    # facts: that doubled the time of a bank for two points of that share (quiz28)
    earlier = frozenset(_sentence(i) for i in avoid.items) if avoid else frozenset()
    classes: dict[tuple[str, ...], set[str]] = {}
    for c in candidates:
        classes.setdefault(_place_key(c), set()).add(_form_class(c.item))
    alike = frozenset(k for k, found in classes.items() if len(found) == 1)
    chosen = paper_order(chosen, turn_of(seed), alike, earlier)
    chosen = without_runs(chosen, rng=rng)
    _balance_keys(chosen, rng)
    scores = item_points([i.type for i in chosen], difficulties=[i.difficulty for i in chosen])
    for item, points in zip(chosen, scores, strict=True):
        item.points = points  # every paper totals 100 (points.py)
    notices = []
    # said to a trainer: what happened and what to do, in plain words
    no_multi = "所选文件里没有适合出多选题的条文（多选题要从一条规定里完整列出的几项内容来出）。"
    if not chosen:
        if kinds == ["多选"]:
            raise QuizError(no_multi + "请再勾选其他题型，或换选文件。")
        raise QuizError("所选文件和题型出不了合格的题。请换一种题型或多选几份文件。")
    if "多选" in kinds and not any(i.type == "多选" for i in chosen):
        # (the material has lists, but each repeats a rule this paper asks, or the other paper's)
        why = no_multi if not any(c.item.type == "多选" for c in candidates) else MULTI_REPEATS
        notices.append("这次没有出多选题：" + why + "原本给多选题的题量已由其他题型补足。")
    requested = _quotas(n, kinds)
    fitted = fit_quotas(requested, Counter(c.item.type for c in candidates if c.item.type in kinds))
    has_multi = any(i.type == "多选" for i in chosen)  # else the notice above says why
    fewer = [t for t in kinds if fitted[t] < requested[t] and (t != "多选" or has_multi)]
    if fewer and len(chosen) >= n:
        notices.append(
            "、".join(f"{t}题" for t in fewer)
            + "的合格题目不多：为了让不同编号的试卷少有重复，每种题型只取其中一部分，"
            "不足的题量由其他题型补足。"
        )
    if len(chosen) < n:
        notices.append(
            f"所选文件只够出 {len(chosen)} 道合格的题（您要的是 {n} 道）。为保证质量，没有用"
            "不合格的题凑数；想要更多题，可以多选几份文件或多勾几种题型。"
        )
    return Bank(
        chosen,
        seed,
        [d.id for d in docs],
        notices,
        [short_title(d.title) for d in docs],
        [d.title for d in docs],
    )


def _choose(
    generator: Generator,
    n: int,
    kinds: list[str],
    seed: int | str,
    avoid: Bank | None,
    facts: frozenset[str] | None = None,
    shape: dict[str, int] | None = None,
) -> tuple[list[Item], list[Candidate], random.Random]:
    """The items of a bank, before their order and points: the pool the seed draws (an A/B
    paper's own facts only), the plan, and the 判断 share kept (the facts a paper tests depend
    on nothing else)."""
    rng = random.Random(f"quiz:{seed}")
    candidates = generator.candidates(rng)
    if facts is not None:
        # an A/B paper never prints the sentences the other paper holds: a list that would
        # (细则 第七条's duties in its 不属于 单选, the other paper's 每日巡查) prints other
        # options or is left out (seed-3131 pair: B lost 第七条 to A's list)
        mine = {sentence_of(k) for k in facts}
        theirs = frozenset(
            s for c in candidates for k in c.item.rule_keys if (s := sentence_of(k)) not in mine
        )
        candidates = [
            c
            for c in candidates
            if pairing.on_side(c.item.rule_keys, facts)
            and (not set(c.item.states) & theirs or repaired(c, [], generator.material, theirs))
        ]
    avoided = frozenset(i.stem for i in avoid.items) if avoid else frozenset()
    tested = frozenset(_sentence(i) for i in avoid.items) if avoid else frozenset()
    chosen = plan(
        candidates,
        n,
        kinds,
        rng,
        avoided,
        # (an A/B paper's facts are its own already: no turn among seeds keeps a procedural
        # rule out of it)
        turn_of(seed) if facts is None else None,
        tested,
        seed=seed_number(seed),
        paper_a=tuple(avoid.items) if avoid else (),
        shape=shape,
        material=generator.material,
    )
    if len(set(kinds)) > 1:
        # a bank the material leaves short keeps 判断 within its share of what is printed: the
        # last 判断 taken (the weakest) go
        # (never the one item of a key unit: what a custodian must know stays on the paper)
        key_ids = {c.item.unit_id for c in candidates if c.key_unit}
        while sum(i.type == "判断" for i in chosen) > JUDGE_SHARE * len(chosen):
            judges = [i for i in reversed(chosen) if i.type == "判断"]
            held = Counter(i.unit_id for i in chosen)
            judges = [
                i for i in judges if i.unit_id not in key_ids or held[i.unit_id] > 1
            ] or judges
            # the last one whose key is the more common one under its label, so that the
            # label keeps telling nothing of the key
            chosen.remove(next((i for i in judges if _label_ahead(i, chosen) > 0), judges[0]))
    return chosen, candidates, rng


def split_facts(corpus: Corpus, seed: int = 0, **request) -> list[pairing.Fact]:
    """The facts of the pool the request allows (pairing.facts_of), for A/B papers that share
    none (seed-3838 review: 11 of B's 36 items re-asked a fact of A as another type, a moved
    gap or a mirrored list)."""
    kinds = normalize_types(request.get("types"))
    docs = resolve_documents(corpus, request.get("documents"))
    generator = Generator(corpus, docs, request.get("chapters"))
    rows = [
        pairing.Row(
            c.item.rule_keys,
            c.item.unit_id,
            0 if c.key_unit else 3 if c.low else min(c.tier, 2),
            c.item.type + (c.item.answer if c.item.type == "判断" else ""),
            c.item.shown,
            _asked_key(c.item),
            () if c.variant else tuple(c.item.states),
            c.key_unit
            and c.item.topic == "report"
            and any(_scenario_key(k) for k in c.item.rule_keys),
        )
        for c in generator.candidates(random.Random(f"quiz:{seed}"))
        if c.item.type in kinds
    ]
    return pairing.facts_of(rows)


# what papers() gives up in items for a key article both papers ask, or a type both print
KEY_BOTH = 3
TYPE_BOTH = 2


def splits(seed: int) -> tuple[str, ...]:
    """The splits of the facts papers() tries: a pair that shares nothing depends on which
    paper holds which fact (a third split gave no more items over the benchmark's pairs)."""
    return (str(seed), f"{seed}:again")


def papers(corpus: Corpus, n: int, seed: int = 0, **request) -> tuple[Bank, Bank]:
    """Paper A and paper B for the same request, sharing no fact. The material's facts are
    split between them first (pairing.split: each paper half of every kind of rule); each
    paper then takes the facts the other could not use, and is planned against the other, so
    that it never makes the other's false-statement change or mirrors its list
    (pairing.repeats). Both print the same number of items of each type, so an item of a type
    is worth the same in both (the seed-3131 review: 判断 at 1 point in one paper and 2 in the
    other, so the two groups' marks could not be compared)."""
    facts = split_facts(corpus, seed, **request)
    every = frozenset(k for f in facts for k in f.keys)

    def free(other: Bank) -> frozenset[str]:
        return every - pairing.used([i.rule_keys for i in other.items], facts)

    # a split leaves one paper short of a type now and then (its false statements spent as
    # gaps, its true ones then held back by the 判断 balance): two splits are tried
    # (paper A is first planned at the size half the facts allow, so that its share of each
    # type is that of a paper of that size, not of n: a paper planned for 50 from 35 facts
    # spends most of its false statements, and B's true ones are then held back)
    half = min(n, math.ceil(len(facts) / 2))
    generator = Generator(corpus, resolve_documents(corpus, request.get("documents")))
    keys = {u.id for u in generator.units if F.is_key_unit(u)}

    def score(pair: tuple[Bank, Bank]) -> int:
        """The items both papers keep when cut to one shape, and KEY_BOTH for each key article
        both ask (seed-4141 review: each paper a custodian's key rules), TYPE_BOTH for each
        type both print (a pair cut to one shape prints no 多选 when one paper has none): a
        pair of 21 with every key article but one lost to a pair of 25 (seed 4343)."""
        asked = [{i.unit_id for i in paper.items} for paper in pair]
        types = sum(min(_count(pair[0], t), _count(pair[1], t)) > 0 for t in TYPES)
        both = len(keys & asked[0] & asked[1])
        return _common(pair) + KEY_BOTH * both + TYPE_BOTH * types

    made: list[tuple[Bank, Bank]] = []
    for split_seed in splits(seed):
        side_a, _ = pairing.split(facts, split_seed)
        first = generate(corpus, half, seed=seed, facts=side_a, **request)
        second = generate(corpus, n, seed=seed + 1, avoid=first, facts=free(first), **request)
        made.append((first, second))
        # each paper planned again against the other, on the facts the other left, with or
        # without the other's counts of each type (a type one paper holds more of then gives
        # its places to another type); B planned once more against each new A when their
        # shapes differ or A asks a key article B lacks (seed 4343: the split that kept 细则
        # 第七条 in both papers showed only after that step)
        for shape in (None, _counts(second)):
            again = generate(
                corpus, n, seed=seed, avoid=second, facts=free(second), shape=shape, **request
            )
            made.append((again, second))
            missing = {i.unit_id for i in again.items} - {i.unit_id for i in second.items}
            if _counts(again) != _counts(second) or keys & missing:
                other = generate(
                    corpus,
                    n,
                    seed=seed + 1,
                    avoid=again,
                    facts=free(again),
                    shape=_counts(again),
                    **request,
                )
                made.append((again, other))
    # of the pairs so made, each paper planned against the other, the best scored is printed
    best = max(made, key=score)
    first, second = best

    def shape() -> dict[str, int]:
        return {t: min(_count(first, t), _count(second, t)) for t in TYPES}

    common = shape()

    # two papers cut to the smaller count of each type may keep more 判断 than their share of
    # what is left (B 12 of 26 when the other types were cut): the 判断 beyond it go as well
    def judged_over() -> bool:
        kinds = [t for t in common if common[t]]
        return len(kinds) > 1 and common.get("判断", 0) > JUDGE_SHARE * sum(common.values())

    while judged_over():
        common["判断"] -= 1
    for bank, label in ((first, "A卷"), (second, "B卷")):
        had_multi = any(i.type == "多选" for i in bank.items)
        bank.items = _shaped(bank.items, common, keys)
        if had_multi and not common.get("多选"):
            # cut to the other paper's shape: the other's lists repeated its own rules
            bank.notices.append(
                "这次没有出多选题：" + MULTI_REPEATS + "原本给多选题的题量已由其他题型补足。"
            )
        if bank is first:
            scores = item_points(
                [i.type for i in bank.items], difficulties=[i.difficulty for i in bank.items]
            )
            for item, points in zip(bank.items, scores, strict=True):
                item.points = points
        else:
            _same_points(bank.items, first.items)
        bank.paper = label
        size = len(bank.items)
        bank.notices = [m for m in bank.notices if not m.startswith("所选文件只够出")]
        bank.notices.append(
            f"A、B 两卷各 {size} 道题，题型、题量和分值相同；两卷考的知识点互不重复"
            "（同一条文的不同规定可能分在两卷）。"
        )
        if size < n:
            bank.notices.append(
                f"所选文件只够出两卷各 {size} 道合格的题（您要的是 {n} 道）：两卷的知识点互不"
                "重复，每一卷只能用到所选文件大约一半的规定。为保证质量，没有用不合格的题凑数；"
                "想要更多题，可以多选几份文件或多勾几种题型，或只出一卷。"
            )
    return first, second


def _same_points(items: list[Item], like: list[Item]) -> None:
    """Paper B's points: each type the very points paper A gives it, the most to the hardest
    (a paper's remainder goes by difficulty, and the two papers' labels differ: an item of a
    type must be worth the same in both, seed-3131 review)."""
    rank = {"易": 0, "中": 1, "难": 2}
    for kind in TYPES:
        points = sorted((i.points for i in like if i.type == kind), reverse=True)
        mine = sorted(
            (i for i in items if i.type == kind), key=lambda i: -rank.get(i.difficulty, 1)
        )
        for item, value in zip(mine, points, strict=True):
            item.points = value


def _common(pair: tuple[Bank, Bank]) -> int:
    """The items both papers keep when cut to one shape."""
    return sum(min(_count(pair[0], t), _count(pair[1], t)) for t in TYPES)


def _counts(bank: Bank) -> dict[str, int]:
    return {t: _count(bank, t) for t in TYPES}


def _count(bank: Bank, kind: str) -> int:
    return sum(i.type == kind for i in bank.items)


def _shaped(items: list[Item], shape: dict[str, int], keys: set[str]) -> list[Item]:
    """The paper cut to `shape` items of each type: the last of a type go first (the paper
    order puts a type's weakest last), never the one item of a key unit (what a custodian must
    know stays on both papers). Removing items keeps the order: paper B's new facts first,
    and the 判断 keys as out of runs as the removal leaves them."""
    kept = list(items)
    for kind, count in shape.items():
        while sum(i.type == kind for i in kept) > count:
            held = Counter(i.unit_id for i in kept)
            of_kind = [i for i in reversed(kept) if i.type == kind]
            spare = [i for i in of_kind if i.unit_id not in keys or held[i.unit_id] > 1]
            kept.remove((spare or of_kind)[0])
    return kept


def pool(corpus: Corpus, documents: list[str] | None = None, seed: int = 0) -> list[Item]:
    """Every distinct usable item for the documents (the size of the material)."""
    generator = Generator(corpus, resolve_documents(corpus, documents))
    return [c.item for c in generator.candidates(random.Random(f"quiz:{seed}"))]


def atoms(items: list[Item]) -> set[str]:
    """The distinct facts a pool asks: each rule key no other key of the pool holds (an atom
    "…#3@20~1200元", or a clause or rule asked only whole). Two items on one atom are two forms
    of one fact; A/B papers that share nothing need twice a paper's size of these."""
    keys = {k for i in items for k in i.rule_keys}
    return {k for k in keys if not any(o != k and covers(k, o) for o in keys)}


def places(corpus: Corpus, documents: list[str] | None = None, n: int = 60) -> int:
    """The most items a bank of n can hold under the rules a paper keeps: each sentence
    asked once (twice when checker.sentence_twice allows), at most PER_UNIT items of one article (a third on a third clause that shares
    no detail with the other two), procedural rules ("last") at most a
    fifteenth of the bank. Counted per article over its items with the fewest rule keys first:
    the size a bank cannot exceed, whatever the seed."""
    generator = Generator(corpus, resolve_documents(corpus, documents))
    by_unit: dict[str, list[Candidate]] = {}
    for c in generator.candidates(random.Random("quiz:0")):
        by_unit.setdefault(c.item.unit_id, []).append(c)
    total, minor = 0, 0
    for found in by_unit.values():
        used: set[str] = set()
        sentences: set[str] = set()
        held: list[Item] = []
        for c in sorted(found, key=lambda c: (bool(c.low), len(c.item.rule_keys))):
            shared = item_facts(c.item) & sentences
            # a second item on a long sentence (the plan's late fill, checker.sentence_twice)
            twice = [i for i in held if item_facts(i) & shared]
            if (
                not clashes(c.item.rule_keys, used)
                and (
                    not shared
                    or (len(twice) == 1 and sentence_twice(twice[0].to_dict(), c.item.to_dict()))
                )
                and unit_limit([i.rule_keys for i in held] + [c.item.rule_keys])
                and not third_shares([i.to_dict() for i in [*held, c.item]])
            ):
                used.update(c.item.rule_keys)
                sentences.update(item_facts(c.item))
                held.append(c.item)
        taken = len(held)
        if all(c.low for c in found):
            minor += taken
        else:
            total += taken
    return total + min(minor, max(1, n // 15))
