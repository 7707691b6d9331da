"""Question banks from the relic documents: 单选, 多选, 判断, 填空, every key citing its article.

The same seed gives the same bank. Items are built only from facts whose wording
is in the cited unit; distractors come from sibling facts of the same documents
(another period, another department, another list) or from changed numbers.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import asdict, dataclass, field

from assistant.quiz import facts as F
from corpus import Corpus, Document, NotFoundError, Unit

TYPES = ("单选", "多选", "判断", "填空")
DEFAULT_DOCS = ("relic-protection", "relic-custodians", "relic-training")
LETTERS = "ABCDE"
BLANK = "______"
CHOICE = "（  ）"
NUMBER_VARIANTS = {
    "个月": ["三个月", "六个月", "一年", "两年"],
    "年": ["半年", "一年", "两年", "三年", "五年"],
    "次": ["一次", "两次", "三次", "四次"],
    "名": ["1名", "2名", "3名", "4名"],
    "元": ["1000元", "1200元", "1400元", "1600元"],
    "岁": ["18-45岁", "25-50岁", "20-55岁", "30-60岁"],
    "日": ["3日", "5日", "7日", "15日"],
    "天": ["3天", "7天", "15天", "30天"],
}


class QuizError(ValueError):
    """A request that cannot be met; the message (Chinese) says what is allowed."""


@dataclass
class Item:
    id: str
    type: str
    stem: str
    options: list[str]
    answer: str  # "B" | "A,C" | "正确"/"错误" | the words of the blank
    explanation: str  # 解析, quoting the article
    source: str  # the citation
    unit_id: str
    difficulty: str  # 易 | 中 | 难
    knowledge_point: str
    fact: str  # what is tested, for de-duplication
    quote: str = ""  # the exact wording of the unit the answer rests on

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Bank:
    items: list[Item]
    seed: int
    documents: list[str]
    notices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "seed": self.seed,
            "documents": self.documents,
            "notices": self.notices,
            "items": [i.to_dict() for i in self.items],
        }


def _id(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]


def _knowledge(unit: Unit) -> str:
    if unit.title:
        return unit.title
    heading = unit.headings[-1] if len(unit.headings) > 1 else unit.headings[0]
    return re.sub(r"^第[一二三四五六七八九十]+章\s*|^[一二三四五六七八九十]+、", "", heading)


def _short_title(doc_title: str) -> str:
    return re.sub(r"^阿里地区", "", doc_title)


def _explain(unit: Unit, quote: str, extra: str = "") -> str:
    return f"依据{unit.citation}：“{quote}”" + (f"。{extra}" if extra else "")


def _unlabel(sentence: str) -> str:
    """ "（八）文物的认定工作……；" reads as a sentence: no item label, a full stop at the end."""
    sentence = re.sub(r"^[（(][一二三四五六七八九十]+[)）]\s*", "", sentence)
    return re.sub(r"[；;]$", "。", sentence)


def _lettered(options: list[str], correct: set[str], rng: random.Random) -> tuple[list[str], str]:
    order = options[:]
    rng.shuffle(order)
    letters = ",".join(LETTERS[i] for i, o in enumerate(order) if o in correct)
    return order, letters


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
        relic_units = [u for d in documents for u in d.units]
        self.departments = F.departments(relic_units)
        self.numbers = [f for u in units for f in F.number_facts(u)]
        self.modals = [f for u in units for f in F.modal_facts(u)]
        self.enums = [f for u in units for f in F.enum_facts(u)]
        self.all_enums = [f for u in relic_units for f in F.enum_facts(u)]
        self.terms = [f for f in F.term_facts(relic_units) if f.unit in units]
        self.authorities = [f for u in units for f in F.authority_facts(u)]
        self.duties = [f for u in units for f in F.duty_facts(u)]

    # --- candidates by type ---------------------------------------------------------

    def candidates(self, kind: str, rng: random.Random) -> list[Item]:
        builders = {
            "单选": [
                self._choice_number,
                self._choice_authority,
                self._choice_term,
                self._choice_not_listed,
                self._choice_duty,
            ],
            "多选": [self._multi],
            "判断": [self._judge, self._judge_number],
            "填空": [self._blank_number, self._blank_authority, self._blank_term, self._blank_duty],
        }[kind]
        items: list[Item] = []
        for build in builders:
            items.extend(i for i in build(rng) if i is not None)
        return items

    def _number_distractors(self, fact: F.NumberFact, rng: random.Random) -> list[str]:
        unit_word = re.sub(r"^[\d一二三四五六七八九十两\-]+\s*", "", fact.span)
        siblings = [
            f.span for f in self.numbers if f.span.endswith(unit_word) and f.span != fact.span
        ]
        pool = list(dict.fromkeys(siblings + NUMBER_VARIANTS.get(unit_word, [])))
        pool = [p for p in pool if p != fact.span and p not in fact.sentence]
        rng.shuffle(pool)
        return pool[:3]

    def _choice(
        self,
        unit: Unit,
        sentence: str,
        span: str,
        wrong: list[str],
        difficulty: str,
        fact: str,
        rng: random.Random,
        quote: str = "",
    ) -> Item:
        """A sentence of the unit with one span turned into the choice gap."""
        stem = f"根据{unit.citation}，" + _unlabel(sentence).replace(span, CHOICE, 1)
        options, answer = _lettered([span, *wrong[:3]], {span}, rng)
        return self._item("单选", stem, options, answer, unit, quote or sentence, difficulty, fact)

    def _blank(
        self, unit: Unit, sentence: str, span: str, difficulty: str, fact: str, quote: str = ""
    ) -> Item:
        """The same sentence with the span to be written in."""
        stem = f"根据{unit.citation}，" + _unlabel(sentence).replace(span, BLANK, 1)
        return self._item("填空", stem, [], span, unit, quote or sentence, difficulty, fact)

    @staticmethod
    def _number_key(fact: F.NumberFact) -> str:
        return f"number:{fact.unit.id}:{fact.span}:{fact.sentence[:12]}"

    def _choice_number(self, rng: random.Random) -> list[Item]:
        items = []
        for fact in self.numbers:
            wrong = self._number_distractors(fact, rng)
            if fact.sentence.count(fact.span) == 1 and len(wrong) >= 3:
                items.append(
                    self._choice(
                        fact.unit,
                        fact.sentence,
                        fact.span,
                        wrong,
                        "中",
                        self._number_key(fact),
                        rng,
                    )
                )
        return items

    def _blank_number(self, rng: random.Random) -> list[Item]:
        return [
            self._blank(f.unit, f.sentence, f.span, "中", self._number_key(f))
            for f in self.numbers
            if f.sentence.count(f.span) == 1
        ]

    def _choice_authority(self, rng: random.Random) -> list[Item]:
        items = []
        for fact in self.authorities:
            wrong = [d for d in self.departments if d != fact.who and d not in fact.sentence]
            rng.shuffle(wrong)
            if fact.sentence.count(fact.who) == 1 and len(wrong) >= 3:
                key = f"authority:{fact.unit.id}:{fact.who}"
                items.append(
                    self._choice(fact.unit, fact.sentence, fact.who, wrong, "中", key, rng)
                )
        return items

    def _blank_authority(self, rng: random.Random) -> list[Item]:
        return [
            self._blank(f.unit, f.sentence, f.who, "难", f"authority:{f.unit.id}:{f.who}")
            for f in self.authorities
            if f.sentence.count(f.who) == 1
        ]

    def _term_stem(self, fact: F.TermFact, gap: str) -> str:
        doc = self.corpus.document_by_id(fact.unit.doc_id)
        return f"根据《{_short_title(doc.title)}》“{fact.group}”的规定，“{fact.clue}”体现的是{gap}原则。"

    def _choice_term(self, rng: random.Random) -> list[Item]:
        items = []
        for fact in self.terms:
            wrong = [t for t in fact.siblings if t != fact.term and t not in fact.clue]
            rng.shuffle(wrong)
            if len(wrong) < 3:
                continue
            options, answer = _lettered([fact.term, *wrong[:3]], {fact.term}, rng)
            items.append(
                self._item(
                    "单选",
                    self._term_stem(fact, CHOICE),
                    options,
                    answer,
                    fact.unit,
                    f"{fact.term}。{fact.clue}",
                    "中",
                    f"term:{fact.unit.id}",
                )
            )
        return items

    def _blank_term(self, rng: random.Random) -> list[Item]:
        return [
            self._item(
                "填空",
                self._term_stem(f, BLANK),
                [],
                f.term,
                f.unit,
                f"{f.term}。{f.clue}",
                "难",
                f"term:{f.unit.id}",
            )
            for f in self.terms
        ]

    def _foreign_items(self, fact: F.EnumFact, rng: random.Random, count: int) -> list[str]:
        """Items of another list, not in this unit: from the same document and of a like length
        first, so that a distractor reads like a member of the list."""
        typical = sum(len(o) for o in fact.items) / len(fact.items)
        pool = {
            o: (other.unit.doc_id != fact.unit.doc_id, abs(len(o) - typical) / max(typical, 1))
            for other in self.all_enums
            if other.unit.id != fact.unit.id
            for o in other.items
            if o not in fact.unit.text and len(o) >= 2
        }
        ranked = sorted(pool, key=lambda o: pool[o])[: max(5, count)]
        rng.shuffle(ranked)
        return ranked[:count]

    def _enum_stem(self, fact: F.EnumFact, negative: bool) -> str:
        ask = "不属于该条所列内容的是" if negative else "属于该条所列内容的有"
        return f"{fact.unit.citation}规定：“{fact.lead}”下列各项中，{ask}{CHOICE}。"

    def _multi(self, rng: random.Random) -> list[Item]:
        items = []
        for fact in self.enums:
            wrong = self._foreign_items(fact, rng, 1 if len(fact.items) >= 3 else 0)
            if not wrong:
                continue
            right = rng.sample(list(fact.items), min(3, len(fact.items)))
            options, answer = _lettered([*right, *wrong], set(right), rng)
            items.append(
                self._item(
                    "多选",
                    self._enum_stem(fact, False),
                    options,
                    answer,
                    fact.unit,
                    fact.lead + "……",
                    "难",
                    f"enum:{fact.unit.id}:{fact.lead[:10]}",
                )
            )
        return items

    def _choice_not_listed(self, rng: random.Random) -> list[Item]:
        items = []
        for fact in self.enums:
            wrong = self._foreign_items(fact, rng, 1)
            if not wrong or len(fact.items) < 3:
                continue
            right = rng.sample(list(fact.items), 3)
            options, answer = _lettered([*right, wrong[0]], {wrong[0]}, rng)
            items.append(
                self._item(
                    "单选",
                    self._enum_stem(fact, True),
                    options,
                    answer,
                    fact.unit,
                    fact.lead + "……",
                    "中",
                    f"enum-not:{fact.unit.id}:{fact.lead[:10]}",
                )
            )
        return items

    def _judge(self, rng: random.Random) -> list[Item]:
        items = []
        for fact in self.modals:
            doc = self.corpus.document_by_id(fact.unit.doc_id)
            truthful = rng.random() < 0.5
            statement = (
                fact.sentence if truthful else fact.sentence.replace(fact.modal, fact.swap, 1)
            )
            stem = f"《{_short_title(doc.title)}》规定：{statement}"
            extra = "" if truthful else f"题干把“{fact.modal}”改成了“{fact.swap}”，与原文不符"
            item = self._item(
                "判断",
                stem,
                ["正确", "错误"],
                "正确" if truthful else "错误",
                fact.unit,
                fact.sentence,
                "易",
                f"modal:{fact.unit.id}:{fact.sentence[:16]}",
                extra,
            )
            items.append(item)
        return items

    def _choice_duty(self, rng: random.Random) -> list[Item]:
        items = []
        for fact in self.duties:
            wrong = [d for d in fact.siblings if d != fact.duty]
            if len(wrong) >= 3 and fact.clause.count(fact.duty) == 1:
                key = f"duty:{fact.unit.id}:{fact.duty}"
                items.append(
                    self._choice(
                        fact.unit, fact.clause + "。", fact.duty, wrong, "中", key, rng, fact.clause
                    )
                )
        return items

    def _blank_duty(self, rng: random.Random) -> list[Item]:
        return [
            self._blank(
                f.unit, f.clause + "。", f.duty, "中", f"duty:{f.unit.id}:{f.duty}", f.clause
            )
            for f in self.duties
            if f.clause.count(f.duty) == 1
        ]

    def _judge_number(self, rng: random.Random) -> list[Item]:
        """A stated figure, kept or changed to a sibling value: true or false."""
        items = []
        for fact in self.numbers:
            if fact.sentence.count(fact.span) != 1 or not 12 <= len(fact.sentence) <= 90:
                continue
            doc = self.corpus.document_by_id(fact.unit.doc_id)
            wrong = self._number_distractors(fact, rng)
            truthful = rng.random() < 0.5 or not wrong
            sentence = _unlabel(fact.sentence)
            statement = sentence if truthful else sentence.replace(fact.span, wrong[0])
            extra = "" if truthful else f"原文为“{fact.span}”，题干改成了“{wrong[0]}”"
            items.append(
                self._item(
                    "判断",
                    f"《{_short_title(doc.title)}》规定：{statement}",
                    ["正确", "错误"],
                    "正确" if truthful else "错误",
                    fact.unit,
                    fact.sentence,
                    "易",
                    f"number:{fact.unit.id}:{fact.span}:{fact.sentence[:12]}",
                    extra,
                )
            )
        return items

    def _item(
        self,
        kind: str,
        stem: str,
        options: list[str],
        answer: str,
        unit: Unit,
        quote: str,
        difficulty: str,
        fact: str,
        extra: str = "",
    ) -> Item:
        return Item(
            id=_id(kind, unit.id, stem),
            type=kind,
            stem=stem,
            options=options,
            answer=answer,
            explanation=_explain(unit, quote, extra),
            source=unit.citation,
            unit_id=unit.id,
            difficulty=difficulty,
            knowledge_point=_knowledge(unit),
            fact=fact,
            quote=quote,
        )


def resolve_documents(corpus: Corpus, names: list[str] | None) -> list[Document]:
    """ "文物" → every document whose title contains it; ids and short names work too."""
    if not names:
        return [corpus.document(d) for d in DEFAULT_DOCS]
    found: dict[str, Document] = {}
    for name in names:
        matches = [d for d in corpus.documents if name in d.title or name == d.id]
        if not matches:
            try:
                matches = [corpus.document(name)]
            except NotFoundError as exc:
                raise QuizError(
                    f"找不到文件“{name}”。可选：{'、'.join(d.id for d in corpus.documents)}。"
                ) from exc
        for doc in matches:
            found[doc.id] = doc
    return list(found.values())


def generate(
    corpus: Corpus,
    n: int,
    types: list[str] | None = None,
    documents: list[str] | None = None,
    chapters: list[str] | None = None,
    seed: int = 0,
) -> Bank:
    types = types or list(TYPES)
    bad = [t for t in types if t not in TYPES]
    if bad:
        raise QuizError(f"不认识的题型：{'、'.join(bad)}。可选题型：{'、'.join(TYPES)}。")
    if n < 1:
        raise QuizError(f"题目数量应为正整数，收到 {n}。")
    docs = resolve_documents(corpus, documents)
    generator = Generator(corpus, docs, chapters)
    if not generator.units:
        raise QuizError(f"所选文件中没有“{'、'.join(chapters or [])}”这样的章节。")
    rng = random.Random(seed)
    pools: dict[str, list[Item]] = {}
    for kind in types:
        items = generator.candidates(kind, random.Random(f"{seed}:{kind}"))
        unique: dict[str, Item] = {}
        for item in items:
            unique.setdefault(item.fact, item)  # one item per fact and form
        pool = list(unique.values())
        rng.shuffle(pool)
        pools[kind] = pool
    chosen: list[Item] = []
    used_facts: set[str] = set()
    while len(chosen) < n and any(pools.values()):
        for kind in types:  # round robin keeps the requested mix
            while pools[kind]:
                item = pools[kind].pop()
                core = item.fact.split(":", 2)[1]
                if (item.type, core) in used_facts and any(pools[k] for k in types if k != kind):
                    continue  # prefer a fact not yet asked in this form
                used_facts.add((item.type, core))
                chosen.append(item)
                break
            if len(chosen) >= n:
                break
    notices = []
    if len(chosen) < n:
        notices.append(
            f"所选材料最多只能出 {len(chosen)} 道合格的题（要求 {n} 道），没有用低质量题目凑数。"
        )
    return Bank(chosen, seed, [d.id for d in docs], notices)
