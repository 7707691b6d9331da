"""Deciding that the documents do not answer: other places, other years, facts never published."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table

DATA = Path(__file__).parent / "data"
OTHER_PLACES = "拉萨|日喀则|林芝|山南|那曲|昌都|北京|上海|天津|重庆|四川|成都|新疆|青海|甘肃|云南|陕西|西安|全国|外省|其他地区|别的地区|内地"
OTHER_REGION = re.compile(
    rf"({OTHER_PLACES})(市|地区|省|县)?(本地|当地|户籍|的)?\s*(参保|居民|户口|人|政策|规定|标准|办法|文物|医院创|高校|毕业生|农村公路)"
)
TREATED_THERE = re.compile(
    rf"(在|去|到)({OTHER_PLACES})[^，。？]{{0,8}}(住院|就医|看病|治疗|打工|上学|读书)"
)
YEAR = re.compile(r"(19|20)\d{2}(?=\s*年)")


@lru_cache(maxsize=1)
def never_published() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(pattern), message) for pattern, message in read_table(DATA / "out_of_scope.tsv")
    )


def check_question(question: str) -> str | None:
    """A reason the question is out of scope, judged from its wording alone."""
    for pattern, message in never_published():
        if pattern.search(question):
            return message
    if OTHER_REGION.search(question) and not TREATED_THERE.search(question):
        return "公报只包含阿里地区的规定，没有其他地区的政策。"
    return None


# Under the relevance cut-off a question is still answered when the best passages contain
# most of its telling words (idf-weighted): "我是易地搬迁的，在哪里参保？" (0.65) is covered,
# "考公务员的笔试是哪天？" (0.43) and "今天天气怎么样？" (0.0) are not.
MIN_COVERAGE = 0.5


def check_hits(
    question: str,
    hits: list,
    documents_text: dict[str, str],
    min_relevance: float | None = None,
    coverage: float = 0.0,
) -> str | None:
    """A reason judged from what retrieval found: a year the documents never mention, or nothing close."""
    years = {m.group(0) for m in YEAR.finditer(question)}
    if hits and years:
        text = documents_text.get(hits[0].unit.doc_id, "")
        missing = sorted(y for y in years if y not in text and y != "2020")
        if missing:
            return "公报是2020年印发的，相关文件没有您所问年份的规定。"
    dense = [h.dense for h in hits if h.dense is not None]
    weak = min_relevance is not None and dense and max(dense) < min_relevance
    if not hits or (weak and coverage < MIN_COVERAGE):
        return "公报所含文件没有涉及这个问题。"
    return None
