"""Domain words typed with a homophone ("报消" → 报销, "起附线" → 起付线, "低宝" → 低保): people
type by pinyin and pick the wrong character. A word is corrected only when it is not in the
gazette, sounds exactly like one known term (tones ignored) and differs from it in one character,
so real words are never changed; every correction is said with the answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from index.lexical import is_common_word, word_spans

DATA = Path(__file__).resolve().parent.parent / "index" / "data"
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# words people type about the rules that are not regulation terms themselves
EVERYDAY = [
    "报销",
    "医保",
    "低保",
    "封顶",
    "门特",
    "门特病",
    "门诊",
    "住院",
    "残疾",
    "缴费",
    "档次",
    "看管员",
    "文物",
    "起付线",
    "参保",
    "补缴",
    "报销比例",
    "新农合",
    "合作医疗",
    "建档立卡",
    "特殊病",
    "慢性病",
    "统筹",
    "定点医院",
    "卫生院",
    "三甲",
    "养护",
    "毕业生",
    "就业",
    "培训",
]


@dataclass
class Typos:
    """The known terms by their sound, and the gazette's text to keep real words untouched."""

    text: str
    by_sound: dict[tuple[str, ...], str] = field(default_factory=dict)

    @classmethod
    def build(cls, corpus_text: str) -> Typos:
        typos = cls(corpus_text)
        sounding: dict[tuple[str, ...], set[str]] = {}
        for term in _terms():
            sounding.setdefault(_sound(term), set()).add(term)
        for key, terms in sounding.items():
            # two terms of one sound (交费, 缴费): the gazette's own usual spelling, when it uses
            # one far more than the others; else the sound is ambiguous and nothing is fixed
            uses = sorted(((corpus_text.count(t), t) for t in terms), reverse=True)
            if len(uses) == 1 or uses[0][0] >= 3 * max(uses[1][0], 1):
                typos.by_sound[key] = uses[0][1]
        return typos

    def correct(self, question: str) -> tuple[str, list[tuple[str, str]]]:
        """The question with mistyped terms replaced, and (typed, meant) for each."""
        fixes: list[tuple[str, str]] = []
        for found in CJK_RUN.finditer(question):
            run = found.group(0)
            # "120当次": a word right after a figure is the figure's measure, which a common
            # word that sounds like it ("当次" for 档次) is not
            measured = found.start() > 0 and question[found.start() - 1].isdigit()
            spans = word_spans(run)
            bounds = {0} | {end for _, end, _ in spans}
            # a position inside a real word ("小" of "生小孩") may not end a typed word; inside
            # a word jieba does not know (the "立卡户" of a mistyped "建挡立卡户") it may
            firm = {at for b, e, w in spans if is_common_word(w) for at in range(b + 1, e)}
            for size in (4, 3, 2):
                for start in range(len(run) - size + 1):
                    if start not in bounds or start + size in firm:
                        continue  # "生小孩" holds no word "生小": real words are not cut
                    typed = run[start : start + size]
                    meant = self.by_sound.get(_sound(typed))
                    if (
                        meant
                        and meant != typed
                        and typed not in self.text
                        # 外甥 is a relative, not 外省
                        and (not is_common_word(typed) or (measured and start == 0))
                        and _one_wrong(typed, meant)
                        and all(typed not in t for t, _ in fixes)
                        # ("我同事交60": a person named is never a mistyped term, 同时交)
                        and not _names_a_person(typed)
                        and not _verb_and_object(typed)
                        and not _function_word_differs(typed, meant)
                    ):
                        fixes.append((typed, meant))
        for typed, meant in fixes:
            question = question.replace(typed, meant)
        # "120挡的": a figure's measure typed with a one-character homophone (a word of one
        # character is too short for the terms above, but after a figure its meaning is plain)
        for typed, meant in MEASURES.items():
            if re.search(rf"\d\s*{typed}", question):
                question = re.sub(rf"(\d\s*){typed}", rf"\g<1>{meant}", question)
                fixes.append((typed, meant))
        return question, fixes


@lru_cache(maxsize=1)
def _person_words() -> re.Pattern[str]:
    from assistant.frame import KIN_BARE, OTHER_PERSON

    return re.compile(rf"{OTHER_PERSON}|{KIN_BARE}")


def _names_a_person(typed: str) -> bool:
    return bool(_person_words().search(typed))


def _verb_and_object(typed: str) -> bool:
    """Two characters that are a verb and what it is done to ("找人修" is finding someone, no
    mistyped 招人): a phrase of two words, never a term typed by sound."""
    import jieba.posseg

    if len(typed) != 2:
        return False
    from index.lexical import _jieba

    words = jieba.posseg.lcut(typed)
    freq = _jieba().dt.FREQ
    # (each an everyday word of its own: "培驯" is no phrase, 培 and 驯 are rare alone)
    return (
        len(words) == 2
        and words[0].flag.startswith("v")
        and words[1].flag[:1] in ("n", "r")
        and all(freq.get(w.word, 0) >= COMMON_WORD for w in words)
    )


# the passive and disposal markers and the progressive 在 (被人砸, 把它, 让人, 在盖): one of them
# where the term has another character is a word boundary ("玛尼石被人砸坏了" holds no mistyped
# 石碑, "医院在盖新楼" no 再盖); other function characters are typed for terms (和作医疗, 看管是故)
FUNCTION_CHARS = set("被把让在")
# conjunctions, which a two-character term typed by sound never holds: "油返砂和多仁村公路"
# holds no mistyped 喝多 (a longer term shows itself: "和作医疗" is 合作医疗)
CONJUNCTION_CHARS = set("和与跟及或")


def _function_word_differs(typed: str, meant: str) -> bool:
    # (a word of two ending on the copula is an adverb or "X is": "日志老是不写" holds no
    # mistyped 老师, nor "就是" any 就事)
    copula = len(typed) == 2 and typed[-1] == "是" != meant[-1]
    return copula or any(
        a != b and (a in FUNCTION_CHARS or (len(typed) == 2 and a in CONJUNCTION_CHARS))
        for a, b in zip(typed, meant, strict=True)
    )


COMMON_WORD = 1000  # jieba's count for a character used as a word of its own every day


# a figure's measure and the characters typed for it by sound
MEASURES = {"挡": "档", "裆": "档"}


# aspect and result complements that follow a verb
COMPLEMENTS = set("上下起来去到住好完了着过出")


# measure words that follow a verb ("盖个", "搭个")
MEASURE_WORDS = set("个座栋间")


@lru_cache(maxsize=1)
def _terms() -> tuple[str, ...]:
    terms = set(EVERYDAY)
    for line in (DATA / "domain_terms.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            terms.add(line.strip())
    for line in (DATA / "colloquial.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key = line.split("\t", 1)[0].strip()
            # a verb with its complement ("垫上", "捡到", "交了") is a phrase, not a term: any verb
            # takes it, so "点上" is a place ("文物点上"), never a mistyped "垫上"
            # (nor is a verb with a measure word, "盖个", "搭个": "打个电话" is no mistyped 搭个)
            if not (len(key) == 2 and key[-1] in COMPLEMENTS | MEASURE_WORDS):
                terms.add(key)
    return tuple(t for t in terms if 2 <= len(t) <= 4 and CJK_RUN.fullmatch(t))


# characters people use for one another in these words: 交费 and 缴费 are both right
INTERCHANGEABLE = ({"交", "缴"},)


def _one_wrong(typed: str, meant: str) -> bool:
    """One character wrong, not counting the ones people use for each other ("交废" is a
    mistyped 缴费: 交 for 缴 is right, 废 for 费 is the typo)."""
    diff = [
        (a, b)
        for a, b in zip(typed, meant, strict=True)
        if a != b and not any({a, b} <= pair for pair in INTERCHANGEABLE)
    ]
    return len(diff) == 1


def _sound(word: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(word))
