"""English questions read through a glossary of the gazette's vocabulary.

The multilingual embedding model places an English question near the wrong articles and cannot
tell a relevant one from an irrelevant one (cosines 0.76–0.81 for both), so an English question
is first turned into the Chinese words the documents use, and then read, routed and answered
like a Chinese one. The Chinese pipeline reads keywords, so what matters is having the right
words, not a translation; three things are kept with care because the pipeline reads them:

- figures: "20,000 yuan", "1.5w", "15k", "20 thousand", "five months", "250 tier", "66-year-old"
  become 20000元, 15000, 15000, 20000, 5个月, 250档, 66岁 (exact, Decimal);
- places (`data/english_places.tsv`): after a treatment word ("hospitalised in Chengdu") a place
  is where a resident is treated (在成都), otherwise it is the subject (成都的…), so the scope
  rules apply as to a Chinese question;
- what is asked (how much, who, when, which, what happens if…): the glossary's Chinese for it is
  put at the end, as Chinese asks.

Words the glossary (`data/english_glossary.tsv`) does not hold are dropped; a question with none
of its words is left as it was (and is then judged like any other). A question read too thinly
(`understood`: several of its content words unknown and at most one of the documents' words
known) is left as it was too, so it is declined rather than answered from the wrong article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table

DATA = Path(__file__).parent / "data"
GLOSSARY = DATA / "english_glossary.tsv"
PLACES = DATA / "english_places.tsv"

# Chinese that asks: put at the end of the sentence
ASKING = re.compile(r"多少|几|什么|哪|谁|怎|多久|多长|多大|吗")
# what "What is the …?" asks when the thing named is a figure
AMOUNT_NOUN = re.compile(r"起付线|限额|工资|补贴|补助|比例|费|标准|金额|投资|经费|缴费|年龄")
YES_NO_OPENING = re.compile(
    r"\s*(is|are|can|could|does|do|did|should|must|will|would|may|might|am|was|were|has|have)\b",
    re.I,
)
# asked in place, as Chinese does: 谁负责…, 哪个部门…, 哪些县…
IN_PLACE = re.compile(r"^(由?谁|哪个|哪些)")
# the thing a wh-question asks the value of, named first in English and last in Chinese
FACT_HEAD = re.compile(
    r"起付线|比例|限额|工资|补贴|补助|标准|期限|年龄要求|职责|权利|条件|缴费期|缴费档次|费用|金额|经费|投资|待遇|"
    r"办法|方式|内容"
)
# what a yes/no question about payment turns on: put before 吗 as 能报销
# a word that already says what is asked of the subject ("Is construction allowed…")
PREDICATE = re.compile(
    r"报销|支付|允许|可以|能|算|属于|交|缴|批准|需要|要|必须|应当|不得|禁止|拍摄|出售|发现|报告|"
    r"参保|享受|鼓励|备案|解聘|重建|修建|移交|登记|流通|有|设立|经营|处理|管理|组织"
)
CLAIM_VERBS = {"报销", "能报", "支付", "医保支付", "医保报销"}
ALREADY_YES_NO = re.compile(r"能不能|要不要|有没有|是否|吗")
# a place is where a resident is treated when one of these is near it
TREATED_NEAR = re.compile(
    r"hospital|treat|admit|stay|surgery|operation|birth|deliver|doctor|clinic|dialysis|"
    r"chemo|work|living|live|stud|visit|travel|ill|sick|injur|emergenc|medical care",
    re.I,
)
PREPOSITIONS = "in|at|on|for|of|by|from|to|with|under|since|until|about|and|or"
# a rule's noun: "the deductible in Qinghai" asks about Qinghai's rule
POLICY_NOUN = re.compile(
    r"deductibles?|thresholds?|rates?|ratios?|caps?|limits?|insurance|polic(?:y|ies)|rules?|"
    r"standards?|subsid(?:y|ies)|wages?|salar(?:y|ies)|premiums?|contributions?|benefits?|same|"
    r"regulations?|measures?|scheme|system|price|prices"
)
PLACE_SUFFIX = r"(?:\s+(?:province|city|county|prefecture|region|municipality))?"

UNITS = {
    "yuan": "元",
    "rmb": "元",
    "cny": "元",
    "kuai": "元",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "year old": "岁",
    "years old": "岁",
    "month": "个月",
    "months": "个月",
    "day": "天",
    "days": "天",
    "week": "周",
    "weeks": "周",
    "year": "年",
    "years": "年",
    "time": "次",
    "times": "次",
    "site": "处",
    "sites": "处",
    "people": "人",
    "person": "人",
    "persons": "人",
    "county": "个县",
    "counties": "个县",
    "stays": "次住院",
}
SCALES = {
    "k": Decimal(1000),
    "thousand": Decimal(1000),
    "w": Decimal(10000),
    "wan": Decimal(10000),
    "million": Decimal(1_000_000),
}
NUMBER = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TIER_WORD = r"tier|level|band|bracket|grade|option|category|class"

SMALL = {
    word: n
    for n, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * n
    for n, word in enumerate(
        ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        start=0,
    )
    if word != "_"
}
NUMBER_WORD = "|".join([*SMALL, *TENS, "hundred", "thousand"])
# "one" is a number only before what it counts ("one year", not "which one")
COUNTED = r"\s+(?:years?|months?|days?|weeks?|times?|sites?|stays?|persons?|people|count(?:y|ies)|guards?|custodians?)\b"


@dataclass(frozen=True)
class Piece:
    """One part of the Chinese sentence: a word, a figure, a place, or what is asked."""

    chinese: str
    asks: bool = False
    subject: bool = False  # a place that is the subject: put first, as "X的"


def normalise(text: str) -> str:
    """Lower case, one apostrophe, hyphens as spaces, possessive 's dropped."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", " ")
    text = text.lower()
    text = re.sub(r"(?<=[a-z])-(?=[a-z\d])|(?<=\d)-(?=[a-z])", " ", text)
    text = re.sub(r"(?<=[a-z])'s\b", "", text)
    text = re.sub(r"(?<=s)'(?=\s|$)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _word_numbers(text: str) -> str:
    """Spelled-out numbers as digits: "five months" → "5 months", "twenty thousand" → "20000"."""

    def value(words: str) -> str:
        total, current = 0, 0
        for w in re.split(r"[\s-]+", words):
            if w in SMALL:
                current += SMALL[w]
            elif w in TENS:
                current += TENS[w]
            elif w == "hundred":
                current = max(current, 1) * 100
            elif w == "thousand":
                total, current = total + max(current, 1) * 1000, 0
        return str(total + current)

    pattern = rf"\b(?:{NUMBER_WORD})(?:[\s-]+(?:{NUMBER_WORD}))*\b"
    # a glossary phrase that holds a number word is a name, not a figure ("two diseases")
    named = _numbered_phrases()
    kept = [(m.start(), m.end()) for m in named.finditer(text)] if named else []

    def replace(m: re.Match[str]) -> str:
        if any(s <= m.start() < e for s, e in kept):
            return m.group(0)
        if m.group(0) in ("hundred", "thousand") and re.search(r"\d\s*$", text[: m.start()]):
            return m.group(0)  # "8 thousand": the scale of a figure, read with it
        if m.group(0) == "one" and not re.match(COUNTED, text[m.end() :]):
            return m.group(0)
        return value(m.group(0))

    return re.sub(pattern, replace, text)


@lru_cache(maxsize=1)
def _numbered_phrases() -> re.Pattern[str] | None:
    glossary, _places, _pattern = _tables()
    words = re.compile(rf"\b(?:{NUMBER_WORD})\b")
    keys = sorted((k for k in glossary if words.search(k)), key=len, reverse=True)
    if not keys:
        return None
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![a-z])")


def _amount(digits: str, scale: str | None) -> str:
    """The exact figure: "20,000" → "20000", "1.5" + "w" → "15000"."""
    try:
        number = Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return digits
    if scale:
        number *= SCALES[scale]
    text = format(number.normalize(), "f")
    return text


def phrase_key(phrase: str) -> str:
    """A glossary phrase read as the question is ("what must I do" → "what i do")."""
    return _after_asking(normalise(phrase))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    glossary = {phrase_key(p): zh for p, zh in read_table(GLOSSARY)}
    places = {phrase_key(p): zh for p, zh in read_table(PLACES)}

    def alternation(keys, inflect: bool) -> str:
        parts = []
        for key in sorted(keys, key=len, reverse=True):
            word = re.escape(key)
            # a plain inflection of a phrase of four letters or more: fees, filed, reporting
            parts.append(word + ("(?:s|es|ed|d|ing)?" if inflect and len(key) >= 4 else ""))
        return "|".join(parts)

    units = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    scales = "|".join(sorted(SCALES, key=len, reverse=True))
    pattern = re.compile(
        # "tier 3", "grade 3a", "level 2": a hospital's level, not a contribution tier (those are
        # 60, 120 and 250 yuan), unless a contribution word follows ("tier 3 premium")
        rf"(?P<level>\b(?:{TIER_WORD})\s+(?P<l1>[123])(?P<a1>a)?\b|\b(?P<l2>[123])(?P<a2>a)?\s+(?:{TIER_WORD})\b)"
        r"(?!\s+(?:yuan|rmb|contribution|premium|payment))"
        # "tier 250", "the tier of 120 yuan" (not "tier 3 hospital")
        rf"|(?P<tier_after>\b(?:(?:contribution|premium|payment)\s+)?(?:{TIER_WORD})\s+(?:of\s+)?(?:rmb\s*|¥\s*)?(?P<t1>\d+)(?:\s*(?:yuan|rmb))?"
        rf"(?!\d|\s*(?:level\s+)?(?:hospital|clinic|health)))"
        # "250 tier", "the 60 yuan tier", "120 yuan contribution level"
        rf"|(?P<tier_before>(?<![\d.,])(?P<t2>\d+)\s*(?:yuan\s*|rmb\s*)?(?:contribution\s+|premium\s+|payment\s+)?"
        rf"(?:{TIER_WORD})\b(?!\s*(?:hospital|clinic)))"
        # "the 120 yuan plan": one of the three tiers' sums named as a plan or package
        r"|(?P<tier_plan>(?<![\d.,])(?P<t3>60|120|250)\s*(?:yuan\s*|rmb\s*)?"
        r"(?:contribution\s+|premium\s+)?(?:plan|package|scheme)\b)"
        # a year: "in 2018", "between 2020 and 2025"
        r"|(?P<year>\b(?:in|since|from|by|before|after|until|between|for|of|year|and|to)\s+"
        r"(?P<y>(?:19|20)\d\d)\b(?!\s*(?:yuan|rmb|%|people|persons)))"
        # an amount with its scale and unit: "20,000 yuan", "1.5w", "15k", "20 thousand", "5 months"
        rf"|(?P<amount>(?:(?:¥|rmb|cny)\s*)?(?P<digits>{NUMBER})\s*(?P<scale>{scales})?\b\s*(?P<unit>{units})?(?![a-z]))"
        rf"|(?P<place>\b(?:(?P<prep>in|at|to|from|of|for)\s+)?(?:the\s+)?(?P<name>{alternation(places, False)}){PLACE_SUFFIX}(?![a-z]))"
        rf"|(?P<word>(?<![a-z])(?:{alternation(glossary, True)})(?![a-z]))"
        r"|(?P<chinese>[\u3400-\u9fff（）〔〕、]+)",
        re.I,
    )
    return glossary, places, pattern


def _lookup(table: dict[str, str], said: str) -> str | None:
    said = said.lower()
    if said in table:
        return table[said]
    for suffix in ("ing", "es", "ed", "s", "d"):
        if said.endswith(suffix) and said[: -len(suffix)] in table:
            return table[said[: -len(suffix)]]
    return None


def _treated_there(text: str, start: int, end: int) -> bool:
    """ "hospitalised in Chengdu", "a hospital in Beijing while working there": a treatment word
    among the three words before the place or after it; "the deductible in Qinghai", "the rate
    in Sichuan": a rule's noun right before it makes the place the subject."""
    before = re.findall(r"[a-z']+", text[:start])[-3:]
    after = re.findall(r"[a-z']+", text[end:])[:3]
    if before and POLICY_NOUN.fullmatch(before[-1]):
        return False
    return any(TREATED_NEAR.search(w) for w in before + after)


def _pieces(text: str) -> list[Piece]:
    glossary, places, pattern = _tables()
    pieces: list[Piece] = []
    for m in pattern.finditer(text):
        if m.group("level"):
            rank = "一二三"[int(m.group("l1") or m.group("l2")) - 1]
            pieces.append(Piece(f"{rank}级甲等" if m.group("a1") or m.group("a2") else f"{rank}级"))
        elif m.group("tier_after") or m.group("tier_before") or m.group("tier_plan"):
            pieces.append(Piece(f"{m.group('t1') or m.group('t2') or m.group('t3')}档"))
        elif m.group("year"):
            pieces.append(Piece(f"{m.group('y')}年"))
        elif m.group("amount"):
            figure = _amount(m.group("digits"), (m.group("scale") or "").lower() or None)
            unit = UNITS.get((m.group("unit") or "").lower(), "")
            if not unit and re.match(r"(?:¥|rmb|cny)", m.group("amount"), re.I):
                unit = "元"
            pieces.append(Piece(figure + unit))
        elif m.group("place"):
            name = places[m.group("name").lower()]
            if m.group("prep") in ("in", "at", "to") and _treated_there(text, m.start(), m.end()):
                pieces.append(Piece(f"在{name}"))
            elif m.group("prep") == "from":
                pieces.append(Piece(f"户籍在{name}"))
            else:
                pieces.append(Piece(f"{name}的", subject=True))
        elif m.group("word"):
            chinese = _lookup(glossary, m.group("word"))
            if chinese:
                pieces.append(Piece(chinese, asks=bool(ASKING.search(chinese))))
        elif m.group("chinese"):
            pieces.append(Piece(m.group("chinese")))
    return pieces


# an example said after the question ("…abroad, e.g. in Nepal?"): no clause that asks
EXAMPLE_ASIDE = re.compile(
    r",?\s*\b(?:e\.g\.|i\.e\.|for example|for instance|such as)\s[^,;:?!]*(?=[?!]?\s*$)", re.I
)


def _yes_no_opening(question: str) -> str | None:
    """The auxiliary that opens the asking clause ("Can I…?", "…, will I be reimbursed?")."""
    clause = re.split(r"[,;:.?!]\s+", EXAMPLE_ASIDE.sub("", question.strip()))
    last = next((c for c in reversed(clause) if c.strip(" ?!.")), "")
    m = YES_NO_OPENING.match(last)
    return m.group(1).lower() if m else None


def _without_inverted_auxiliary(text: str) -> str:
    """The auxiliary of English question order dropped: at the start of a clause ("Can a
    museum sell…") and right after what is asked ("How often must relics be checked")."""
    aux = r"(?:is|are|was|were|can|could|may|might|must|should|will|would|does|do|did|has|have|am)"
    text = re.sub(rf"(^|[,;:.?!]\s+){aux}\s+(?!to\b|there\b)", r"\1", text)
    return _after_asking(text)


def _after_asking(text: str) -> str:
    """ "how often must relics…" → "how often relics…", "what date should…" → "what date…"."""
    aux = r"(?:is|are|was|were|can|could|may|might|must|should|will|would|does|do|did|has|have|am)"
    wh = r"(?:how(?:\s+(?:much|many|often|long|soon|old|quickly))?|what|which|when|where|why)"
    return re.sub(rf"\b({wh}(?:\s+[a-z]+)?)\s+{aux}\s+(?!to\b|there\b)", r"\1 ", text)


# "when" opening a condition: a subject follows, and the question is asked after a pause
CONDITION_WHEN = (
    r"\s*(?:a|an|the|i|my|we|our|you|your|he|she|his|her|they|their|someone|somebody|it)\b"
    r"[^,;?]*[,;]\s*\S"
)


def _without_relative_words(text: str) -> str:
    """ "when", "where", "which", "who" inside a clause join it ("… tell the office when
    someone dies", "someone who builds"); they ask only at a clause's start or after a
    preposition ("in which months", "since when")."""

    def keep(m: re.Match[str]) -> str:
        before = text[: m.start()].rstrip()
        after = text[m.end() :]
        if m.group(0).startswith("when") and re.match(CONDITION_WHEN, after):
            return ""  # "when a project needs digging first, whose budget…": a condition
        if not before or before[-1] in ",;:.?!" or re.search(rf"\b(?:{PREPOSITIONS})$", before):
            return m.group(0)
        return ""

    return re.sub(r"\b(?:when|where|which|who)\b\s*", keep, text)


# English words that carry no subject of their own: a question's content words are the rest
FUNCTION_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        """a an the and or but if of in on at to for from by with about into onto over under after
    before during while since until than then so as that this these those there here it its
    i me my mine we us our you your he him his she her they them their who whom whose which what
    when where why how much many often long soon is are was were be been being am do does did
    doing have has had having can could may might must shall should will would not no yes any
    some all each every both either neither other another such own same just also too very
    really still again ever only please tell know want need get got go going say said think
    thing things way ok okay hello hi thanks thank one ones something anything someone anyone
    let like make made put take given give keep kept come came""",
    )
)
UNKNOWN_LIMIT = 3  # content words the glossary lacks, at or above which a thin reading is unsure
# read words that name no subject of the documents: a period, a person, a verb of having
GENERIC = re.compile(
    r"[\d.]+|我|我们|你|他|她|有|要|需要|可以|能|允许|每月|每年|每天|每周|一年|年度|时间|人员|人|"
    r"规定|问题|什么时候|多长时间|费用|钱"
)


def unknown_words(question: str) -> list[str]:
    """The question's content words that neither the glossary, the places nor the figures read."""
    text = _word_numbers(
        _without_relative_words(_without_inverted_auxiliary(_paid_as_pay(normalise(question))))
    )
    _glossary, _places, pattern = _tables()
    covered = [(m.start(), m.end()) for m in pattern.finditer(text)]
    unknown = []
    for m in re.finditer(r"[a-z]+(?:'[a-z]+)?", text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        word = m.group(0)
        if len(word) >= 3 and word not in FUNCTION_WORDS:
            unknown.append(word)
    return unknown


def understood(question: str) -> bool:
    """Whether enough of the question was read to answer it: a reading that keeps at most one
    of the documents' words while several content words are unknown would be answered from
    whatever article that one word finds, so it is declined instead."""
    pieces = [p for p in _pieces(_word_numbers(normalise(question))) if not p.asks]
    known = {p.chinese for p in pieces if not GENERIC.fullmatch(p.chinese)}
    return len(known) >= 2 or len(unknown_words(question)) < UNKNOWN_LIMIT


# "Which article says that?", "Where is that written?", "What's the source?": the last answer's
# source asked, with nothing of its own
EN_SOURCE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:(?:which|what)\s+(?:article|document|regulation|rule|clause|"
    r"law|file|section|paragraph|provision)s?\b[^?]*|where(?:'s|\s+is|\s+does|\s+do|\s+was)\b[^?]*"
    r"\b(?:say|said|written|stated|come|from)\b[^?]*|what(?:'s|\s+is)\s+the\s+(?:source|basis|legal basis)"
    r"[^?]*|(?:source|reference)s?\W*(?:please)?)\W*$",
    re.I,
)
EN_SOURCE_SUBJECT = re.compile(
    r"^[^?]*\b(?:that|this|it|those|these)\b|source|basis|reference", re.I
)


# "How many (special outpatient) diseases …": kinds counted, which Chinese asks as 多少种
COUNTED_KINDS = re.compile(
    r"\bhow\s+many\s+(?:[a-z-]+\s+){0,3}?(?:diseases|illnesses|conditions|kinds|types|sorts|"
    r"categories)\b",
    re.I,
)


# "How much is a custodian paid", "do guards get paid monthly": being paid is one's pay (工资),
# not the fund's payment (支付) of "paid for by…", "paid back"
PASSIVE_PAID = re.compile(
    r"\b(?:is|are|was|were|be|get|gets|got|getting)\b(?:\s+[a-z]+){0,4}?\s+(paid)\b"
    r"(?!\s+(?:back|for|by|out|in|to|into)\b)"
)


# pay as a noun ("the monthly pay of a custodian", "their pay"): a wage, not paying in
PAY_NOUN = re.compile(
    r"\b((?:the|a|their|his|her|its|my|our|your|monthly|annual|yearly|daily|basic)\s+)pay\b"
    r"(?!\s+(?:for|in|into|to|back)\b)"
)


# paying refused in any of English's ways ("refuse to pay", "won't be reimbursed", "does not
# cover", "can't be claimed"): what the fund does not pay (不予支付, 第三十条)
REFUSED_PAYMENT = re.compile(
    r"\b(?P<who>(?:i|we|you|he|she|they|(?:my|his|her|our|their)\s+\w+)\s+(?:\w+\s+)?)?"
    r"(?:refuses?\s+to|refused\s+to|wont|[a-z]+n't|not|cannot|never)"
    # (question order puts the payer between: "won't the residents' medical insurance cover")
    r"(?:\s+(?:be|get|getting|being)|(?:\s+(?:the|[a-z']+'|[a-z]+)){0,5}?"
    r"\s+(?:fund|insurance|scheme|plan))*\s+"
    r"(?P<verb>pay|paid|covers?|covered|reimburs\w*|claim(?:ed)?)\b"
    r"(?!\s+(?:in|into|my|our|his|her|their|the\s+contribution)\b)"
)


# what a person pays in ("the premium is not paid", "people don't pay contributions"): unpaid,
# never the fund's refusal; nor is pay said of a person ("cannot pay", "never paid the fee")
PAID_IN = re.compile(r"premium|contribution|\bfees?\b|dues|someone|people|student|person")


def _refusal_as_not_covered(m: re.Match[str]) -> str:
    # (a person who does not pay is a contribution unpaid, not the fund's refusal)
    if m.group("who") or (m.group("verb").startswith("pa") and PAID_IN.search(m.string)):
        return m.group(0)
    return "not covered"


def _paid_as_pay(text: str) -> str:
    text = REFUSED_PAYMENT.sub(_refusal_as_not_covered, text)
    text = PAY_NOUN.sub(lambda m: f"{m.group(1)}wage", text)
    return PASSIVE_PAID.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + "wage", text)


# how often, said before a verb in Chinese
PERIODS = ("每年", "一年", "年度", "每月", "一个月", "每个月")
# who a sentence is about, said first in Chinese
PRONOUNS = ("我", "我们", "你", "你们", "他", "她", "他们", "她们")


# "What are …", "What costs / expenses / items …": things in the plural asked for, a list
WHAT_MANY = (
    r"\s*what\s+(?:are\b|(?:[a-z]+\s+)?(?:costs|expenses|items|drugs|medicines|treatments|services|"
    r"fees|bills|things|cases|duties|documents|papers|materials|diseases|illnesses|conditions|kinds|"
    r"types)\b)"
)


def to_chinese(question: str) -> str:
    """The Chinese words of an English question: subject places, then its words in their
    order with their figures, then what it asks; the question as it was when it was not
    understood (the engine then declines it)."""
    if EN_SOURCE.match(question) and EN_SOURCE_SUBJECT.search(question):
        return "这条规定出自哪个文件哪一条？"
    if not understood(question):
        return question
    opening = _yes_no_opening(question)
    text = _word_numbers(
        _without_relative_words(_without_inverted_auxiliary(_paid_as_pay(normalise(question))))
    )
    pieces = _pieces(text)
    words = [p for p in pieces if not p.asks and not re.fullmatch(r"[\d.]+", p.chinese)]
    if not words:
        return question
    front = [p.chinese for p in pieces if p.subject]
    rest = [p for p in pieces if not p.subject]
    # "Who …", "Which department …", "Which counties …": Chinese asks these in place too
    lead = (
        [rest.pop(0).chinese] if rest and rest[0].asks and IN_PLACE.search(rest[0].chinese) else []
    )
    body = [p.chinese for p in rest if not p.asks]
    head = next((i for i, w in enumerate(body[:2]) if FACT_HEAD.search(w)), None)
    if head is not None and len(body) > head + 1 and any(p.asks for p in rest):
        # "What is the (monthly) wage of a guard at …?": Chinese puts the thing asked last,
        # after what narrows it (乡镇卫生院住院起付线是多少, …看管人员每月工资是多少)
        body = body[head + 1 :] + body[: head + 1]
    asks = list(dict.fromkeys(p.chinese for p in rest if p.asks))
    if asks == ["什么"] and re.match(WHAT_MANY, question, re.I):
        asks = ["有哪些"]  # "What are the duties …?", "What costs …?" ask for a list
    elif asks == ["什么"]:  # "What is the deductible?" asks a figure; "What is …?" otherwise
        asks = ["是多少" if AMOUNT_NOUN.search("".join(body)) else "是什么"]
    if "多少" in asks and COUNTED_KINDS.search(question):
        asks[asks.index("多少")] = "有多少种"  # "How many … diseases are covered": a count of kinds
    elif "多少" in asks and re.match(r"\W*how\s+many\b", question, re.I):
        # "How many subsystems does the platform have?": the thing counted, named right after
        # the asking words, is said with them (远程平台有多少个子系统)
        at = next(i for i, p in enumerate(rest) if p.asks and p.chinese == "多少")
        counted = next((p.chinese for p in rest[at + 1 : at + 2] if not p.asks), None)
        # (people counted are asked as a number: "How many graduates …" → 毕业生…多少)
        if counted and counted in body and not re.search(r"[生员人者民工]$", counted):
            body.remove(counted)
            asks[asks.index("多少")] = f"有多少个{counted}"
    if "多少" in asks and "报销" in body:  # "How much … reimbursed": the share paid back
        body.remove("报销")
        asks[asks.index("多少")] = "能报多少"
    if any("住院" in w for w in front + body) and not any(
        re.search(r"医保|医疗保险|参保", w) for w in front + body
    ):
        # "hospitalized … does she need to register": a stay is registered as 备案 (第三十三条),
        # not enrolled (登记), unless the insurance is what is registered for
        body = ["备案" if w == "登记" else w for w in body]
    yearly = [w for w in body if w in ("每年", "一年", "年度")]
    if "能报多少" in asks and yearly:  # "… reimbursed per year": the yearly most
        body = [w for w in body if w not in yearly]
        asks[asks.index("能报多少")] = "一年最多报多少"
    paying = next((i for i, w in enumerate(body) if w in ("交", "缴", "缴费")), None)
    if paying is not None and any(w in PERIODS for w in body[paying + 1 :]):
        # "pay per year for …": Chinese says how often before the paying (每年交医保)
        periods = [w for w in body[paying + 1 :] if w in PERIODS]
        body = [w for w in body if w not in periods]
        body[paying:paying] = periods
    elif len(asks) > 1 and "什么" in asks:
        asks.remove("什么")  # "what … how much": the sharper word says it
    asks = [a for a in asks if not any(a != b and a in b for b in asks)]  # 哪里 in 从哪里支出
    if (
        asks == ["什么时候"]
        and len(body) > 1
        and body[0] in PRONOUNS
        and re.match(r"要|能|可以|得|需要|应该|该|必须|交|缴|去|办", body[1])
        and not lead
    ):
        # "When do I have to pay?": Chinese asks the time before the verb (我什么时候要交)
        said = _without_repeats(front + body)
        at = said.index(body[0]) + 1
        return _join(said[:at]) + "什么时候" + _join(said[at:]) + "？"
    if lead or asks or not opening:
        return _join(_without_repeats(front + lead + body)) + "".join(asks) + "？"
    return _yes_no(opening, front + body) + "？"


def _yes_no(opening: str, words: list[str]) -> str:
    """A yes/no question the Chinese way: the claim verb before 吗 ("…能报销吗"), "X属于Y吗"
    for "Is X a Y?", "…可以吗" for a permission asked with can or may."""
    words = _without_repeats(words)
    claim = [w for w in words if w in CLAIM_VERBS]
    if claim:
        kept = [w for w in words if w not in CLAIM_VERBS]
        return _join(kept) + "能报销吗"
    joined = _join(words)
    if ALREADY_YES_NO.search(joined):
        return joined
    content = [w for w in words if not re.fullmatch(r"[\d.，]+|我|我们", w)]
    if (
        opening in ("is", "are", "was", "were")
        and len(content) >= 2
        and not PREDICATE.search(joined)
    ):
        return _join(words[: words.index(content[-1])]) + "属于" + content[-1] + "吗"
    if opening in ("can", "could", "may", "might") and not re.search(r"能|可以|允许", joined):
        return joined + "可以吗"
    return joined + "吗"


def _join(words: list[str]) -> str:
    """Words run together, with a comma between two figures ("15000，60档", never "1500060档")."""
    out = ""
    for word in words:
        out += ("，" if out[-1:].isdigit() and word[:1].isdigit() else "") + word
    return out


def _without_repeats(words: list[str]) -> list[str]:
    """A word said twice in a row once ("医保医保" → "医保")."""
    kept: list[str] = []
    for word in words:
        if not kept or kept[-1] != word:
            kept.append(word)
    return kept
