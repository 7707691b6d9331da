"""Figures of several things a question names, added up ("乡镇兽医加上检测员一共多少岗位").

The plans state their figures one thing at a time, each in its own piece of a sentence or in a
row of a task table; a question that names the things and asks their total is answered with
each figure, its clause cited, and their sum. A thing whose figure the text does not give is
said to be missing, and no total is made up without it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.citations import Citation, of_clauses, of_unit
from assistant.response import Response
from corpus import Corpus, Unit
from corpus.clauses import Clause, clauses

# a total asked ("一共多少", "加起来多少", "合计几个")
TOTAL_WORD = re.compile(r"一共|总共|合计|加起来|加在一起|共计|总计")
TOTAL_ASKED = re.compile(rf"({TOTAL_WORD.pattern})[^，。？?]{{0,8}}(多少|几)")
# what separates the things named ("A、B和C", "A加上B", "A跟B")
BETWEEN = re.compile(r"[、，,和跟与及]|加上|以及|还有|再加")
# what is said after a thing's name and is not it ("急诊楼那一揽子项目", "民营企业每年")
AFTER_NAME = re.compile(
    r"(那|这)[^、，,]*$|[一二两三四五六七八九十几]+[个项类种块笔年][^、，,]*$"
    r"|(的)?(项目|工程|岗位)?(每年|一年|今年|年内|每年度|各|分别)?(的)?(投资|资金|经费|补贴)?$"
)
# where the things are, said first ("四好农村路方案里，…"): a setting, none of them
SETTING_PIECE = re.compile(r"(?:方案|规划|文件|办法|细则|计划|公报|表)(?:里|中|里面|当中|上)$")
# a piece naming a count of the things, not one of them ("三个投资", "两项")
COUNT_PIECE = re.compile(r"^[\d一二两三四五六七八九十几]+[个项类种块笔]")
# what the sum is counted in, as asked and as the text writes it
UNITS = (
    (re.compile(r"投资|资金|经费|补贴|钱|多少元|万元|预算"), r"万元|元"),
    (re.compile(r"岗位|个岗|多少个|几个"), r"个"),
    (re.compile(r"人|名"), r"人|名"),
    (re.compile(r"公里|里程"), r"公里"),
)
NUMBER = r"(\d+(?:\.\d+)?)"
AT_LEAST = re.compile(r"(不少于|不低于|至少|不得少于)\s*$")
ABOUT_AFTER = re.compile(r"^\s*(左右|以上)")
THINGS_MIN = 2
# a thing listed as one member of a group whose figure is given whole ("…、护理等医护岗位")
MEMBER_OF = re.compile(r"等([\u4e00-\u9fff]{2,8}?)(?=不少于|不低于|至少|\s*\d)")
SHORTENED_MIN = 4  # a name this long may be said with a few characters left out
# a total the text states itself ("同时患高血压和糖尿病的合并支付限额每人每年2000元")
COMBINED = re.compile(r"合并|合计|共计|总计|总共|一共")
NOUN = {"万元": "金额", "元": "金额", "个": "数量", "人": "人数", "名": "人数", "公里": "里程"}
SEARCHED = 6  # articles looked through for each thing named


@dataclass
class Figure:
    """One thing's figure as the text states it, with the clause that states it."""

    thing: str
    value: Decimal
    unit: str
    said: str  # as written ("不少于 70 个")
    qualifier: str  # 不少于 | 左右 | ""
    unit_of: Unit
    clause: Clause
    # the group the figure is given for, the thing being one of its members ("全科医生、公共
    # 卫生、医师、护理等医护岗位不少于100个": 医护岗位), "" when it is the thing's own
    group: str = ""


# things added to what was said before ("加上村道…和…，三个一共"): the first is not named here
ADDED_TO_BEFORE = re.compile(r"^(?:那|那么)?(?:再)?(?:加上|加|还有|连同)")
# how many things the question says it adds ("三个一共", "这三项加起来")
COUNT_SAID = re.compile(r"([一二两三四五六七八九十\d]+)\s*[个项样处笔]")


def things_named(question: str) -> list[str]:
    """The things whose figures a total is asked of, in the order named ("" when none, or when
    the question adds them to something said before, or counts more or fewer than it names)."""
    total = TOTAL_WORD.search(question)
    if total is None or not TOTAL_ASKED.search(question) or ADDED_TO_BEFORE.match(question):
        return []
    head = question[: total.start()]
    listed = re.search(r"[（(]([^）)]+)[）)]", head)
    if listed and BETWEEN.search(listed.group(1)):
        head = listed.group(1)  # "那几个大项目（油返砂、村道生命安全防护、多仁村公路）"
    said = re.split(r"[：:]", head)[-1]
    if BETWEEN.search(said):
        head = said  # ("帮我按文件算个数：2020、2021、2022三年…": the things follow the colon)
    head = re.sub(r"^(那|那么|要是|如果|今年|这|把)", "", head)
    pieces = [p.strip(" ：:（）()") for p in BETWEEN.split(head)]
    names = []
    for piece in pieces:
        if not piece or COUNT_PIECE.match(piece) or SETTING_PIECE.search(piece):
            continue
        name = AFTER_NAME.sub("", piece)
        if len(name) >= 2:
            names.append(name)
    counted = COUNT_SAID.search(question[: total.end() + 2])
    if counted is not None:
        from assistant.calculators.amounts import small_count

        if small_count(counted.group(1)) not in (None, len(names)):
            return []  # ("…和…，三个一共": one of the three is not named here)
    return names if len(names) >= THINGS_MIN else []


def _unit_pattern(question: str) -> str:
    asked = question[TOTAL_WORD.search(question).start() :] if TOTAL_WORD.search(question) else ""
    for words, written in UNITS:
        if words.search(asked) or words.search(question):
            return written
    return r"万元|元|个|人|名|公里|处|所|家|辆|条"


# a task table's cells that say what the task is, and those that say how it is done
TASK_CELLS = ("重点内容", "任务内容", "督导/考核内容")
MEASURE_CELLS = ("责任分工及完成时限", "备注", "评分标准")
PIECE_END = r"[，；。、：,;:]"


def _row_figure(thing: str, unit: Unit, units: str, measure: str) -> tuple[Clause, tuple] | None:
    """A task table row's figure for a thing its task names: in the task's own words, or
    else the one sum of its measures ("落实5000万元投资" of 新建精神病福利院项目)."""
    rows = clauses(unit)
    for task in (c for c in rows if c.label in TASK_CELLS):
        if _named_in(thing, task.text) < 0:
            continue
        for piece in re.split(PIECE_END, task.text):
            got = _figure_in(thing, piece, units)
            if got is not None:
                return task, got
        # (only a sum said as what is asked: "落实5000万元投资", not the yearly funds a rule
        # requires of every city, "每年投入…资金不低于2000万元的要求")
        measures = "".join(c.text for c in rows if c.label in MEASURE_CELLS)
        sums = [
            p
            for p in re.split(PIECE_END, measures)
            if re.search(rf"{NUMBER}\s*({units})", p) and measure and measure in p
        ]
        got = _figure_in(thing, f"{thing}{sums[0]}", units) if len(sums) == 1 else None
        if got is not None:
            return task, got
    return None


def _found(thing: str, unit: Unit, units: str, measure: str) -> tuple[Clause, tuple] | None:
    """The clause of a unit that gives the thing's figure, and the figure: a task table row by
    its cells, other text piece by piece (between punctuation)."""
    if unit.kind == "table_row":
        return _row_figure(thing, unit, units, measure)
    rows = clauses(unit)
    for c in rows:
        # first: a thing listed as a member of a group whose figure is given whole ("全科医生、
        # 公共卫生、医师、护理等医护岗位不少于100个": 护理's is the group's, not its own)
        for piece in re.split(r"[，；。,;]", c.text):
            at = _named_in(thing, piece)
            member = MEMBER_OF.search(piece, at) if at >= 0 else None
            if member is not None and not re.search(r"\d", piece[at : member.start()]):
                got = _figure_in(member.group(1), piece[member.start(1) :], units)
                if got is not None:
                    return c, (*got, member.group(1))
    for c in rows:
        for piece in re.split(PIECE_END, c.text):
            got = _figure_in(thing, piece, units)
            if got is not None:
                return c, got
    # (its caption: a title, a heading, or the first sentence naming the project)
    caption = unit.title or (rows[0].heading if rows else "") or unit.text.split("。")[0]
    if measure and _named_in(thing, caption) >= 0:
        # "（四）新建传染病院区建设项目。…总投资控制在6251.5万元以内": a section named after
        # the thing, its one sum said as what is asked
        said = [
            (c, p)
            for c in rows
            for p in re.split(PIECE_END, c.text)
            if measure in p and re.search(rf"{NUMBER}\s*({units})", p)
        ]
        got = _figure_in(thing, f"{thing}{said[0][1]}", units) if len(said) == 1 else None
        if got is not None:
            return said[0][0], got
    return None


def _named_in(thing: str, text: str) -> int:
    """Where `text` names the thing (its whole name, or its name without a leading place or
    region word: "区内国企" is the 地区内国企 of the text); -1 when it does not."""
    for name in (thing, re.sub(r"^(地区|区内|全地区|各)", "", thing)):
        at = text.find(name)
        if len(name) >= 2 and at >= 0:
            return at
    if len(thing) >= SHORTENED_MIN:
        # a name said short, its characters in order ("村道安全防护" of 村道生命安全防护,
        # "学前教育教师特岗" of 学前教育教师特设岗位)
        gaps = "[^，。；、：,;:]{0,2}".join(map(re.escape, thing))
        m = re.search(gaps, text)
        if m is not None:
            return m.start()
    return -1


def _figure_in(thing: str, text: str, units: str) -> tuple[Decimal, str, str, str] | None:
    """The figure nearest the thing's name in a piece, in the units asked."""
    at = _named_in(thing, text)
    if at < 0:
        return None
    found = [
        m
        for m in re.finditer(rf"{NUMBER}\s*({units})", text)
        # ("3 个“油返砂”工程项目": a count of the things is not their sum)
        if not re.match(r"\s*[“\"]?" + re.escape(thing[:2]), text[m.end() :])
    ]
    if not found:
        return None
    m = min(found, key=lambda m: abs(m.start() - at))
    each = bool(re.search(r"(?:各|每个|每家|每所)\s*$", text[:at]))
    least = AT_LEAST.search(text[: m.start()])
    about = ABOUT_AFTER.match(text[m.end() :])
    qualifier = least.group(1) if least else about.group(1) if about else ""
    if each:
        # ("各驻阿央企…不少于20个": each one's figure, which adds to no total of the named things)
        qualifier = "各"
    said = f"{least.group(1) if least else ''}{m.group(1)}{m.group(2)}{about.group(1) if about else ''}"
    return Decimal(m.group(1)), m.group(2), said, qualifier


# what a total is of, as the question names it ("三个投资加起来", "一共多少岗位")
MEASURE = re.compile(r"投资|资金|经费|补贴|岗位|人数|里程|预算")


def _measure(question: str) -> str:
    m = MEASURE.search(question)
    return m.group(0) if m else ""


def _figures_of(thing: str, question: str, corpus: Corpus, searcher, units: str) -> list[Figure]:
    """The thing's figure in each article found that gives one, by value (one figure when
    they agree; the task table and the plan's prose may give a project different sums)."""
    figures: list[Figure] = []
    for hit in searcher.search(f"{thing} {question}", k=SEARCHED):
        found = _found(thing, hit.unit, units, _measure(question))
        if found is not None:
            clause, (value, unit, said, qualifier, *group) = found
            if all(f.value != value or f.unit != unit for f in figures):
                figures.append(
                    Figure(thing, value, unit, said, qualifier, hit.unit, clause, *group)
                )
    return figures


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def named_added(question: str, corpus: Corpus, searcher) -> Response | None:
    """ "驻阿央企、区内国企和民营企业每年一共提供多少岗位": each thing's figure and their sum;
    None when fewer than two of the things are found with a figure (the question is then
    answered as any other)."""
    things = things_named(question)
    if not things:
        return None
    units = _unit_pattern(question)
    figures = {t: _figures_of(t, question, corpus, searcher, units) for t in things}
    found = [f for fs in figures.values() for f in fs]
    # (one thing found is enough when the others are things the text names without a figure:
    # "急诊楼和外科综合楼一共多少钱")
    unnamed = [t for t, fs in figures.items() if not fs and _named_in(t, corpus.words) < 0]
    if not found or unnamed or len({f.unit for f in found}) != 1:
        return None
    if any(
        COMBINED.search(f.clause.text) and all(_named_in(t, f.clause.text) >= 0 for t in things)
        for f in found
    ):
        return None  # the text's own total answers it, looked up as any figure
    citations: list[Citation] = []
    lines = []
    for thing, fs in figures.items():
        said = []
        for f in fs:
            # (a table row whole: its task and its sum sit in different cells)
            whole = f.unit_of.kind == "table_row"
            cite = (
                of_unit(corpus, f.unit_of) if whole else of_clauses(corpus, f.unit_of, [f.clause])
            )
            if cite not in citations:
                citations.append(cite)
            whose = (
                f"不单列，与其他岗位同属“{f.group}”，合计"
                if f.group
                else ("每一家各" if f.qualifier == "各" else "")
            )
            said.append(f"{whose}{f.said}（{cite.label}）[{citations.index(cite) + 1}]")
        if said:
            lines.append(f"· {thing}：{'；'.join(said)}")
    missing = [t for t, fs in figures.items() if not fs]
    grouped = [t for t, fs in figures.items() if any(f.group for f in fs)]
    each = [t for t, fs in figures.items() if any(f.qualifier == "各" for f in fs)]
    differing = [t for t, fs in figures.items() if len(fs) > 1]
    unit = found[0].unit
    total = sum((fs[0].value for fs in figures.values() if fs), Decimal(0))
    kinds = {f.qualifier for f in found}
    if "左右" in kinds and kinds & {"不少于", "不低于", "至少", "不得少于", "以上"}:
        shown = f"约{_plain(total)}{unit}（有的项写“不少于”，有的写“左右”）"
    elif "左右" in kinds:
        shown = f"约{_plain(total)}{unit}"
    elif kinds & {"不少于", "不低于", "至少", "不得少于", "以上"}:
        shown = f"不少于{_plain(total)}{unit}"
    else:
        shown = f"{_plain(total)}{unit}"
    noun = NOUN.get(unit, "数字")
    if missing:
        head = f"文件没有写明{'、'.join(missing)}的{noun}，合计算不出；写明的各项如下："
    elif each:
        head = (
            f"文件给的{'、'.join(each)}的{noun}是每一家各自的数（各…），不是总数，"
            "所以合计算不出；写明的各项如下："
        )
    elif grouped:
        head = (
            f"文件没有单列{'、'.join(grouped)}的{noun}，只给了所属一类的合计，"
            "所以合计算不出；写明的各项如下："
        )
    elif differing:
        head = f"文件里{'、'.join(differing)}的{noun}有不同的写法，合计没有唯一的数；各处写的如下："
    else:
        head = f"{len(things)}项相加，合计{shown}："
    quotes = [f"原文：{c.display}“{c.text}”[{n}]" for n, c in enumerate(citations, 1)]
    answer = "\n".join([head, *lines, *quotes])
    return Response(
        "answered",
        answer=answer,
        citations=citations,
        quoted=[f.clause.text for f in found],
        facts=[] if missing or differing or grouped or each else [_plain(total)],
    )
