"""Whether a thing is one of the members of the list the last answer quoted.

"门特有哪些病" is answered with 第二十四条（一）'s list; "高血压算吗" or "那痛风呢" next asks whether
one thing is on it. The list quoted last decides: the member that names it is quoted, or the
answer says the list does not name it — never another article found by the thing's words alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answers import display
from assistant.citations import Citation
from assistant.frame import QUESTION_WORD
from assistant.lists import enumerates
from assistant.places import ngari_counties

# "高血压算吗", "糖尿病也算不算", "尿毒症在里面吗", "喝酒属于吗": a thing, then a membership cue
MEMBER_AFTER = re.compile(
    r"^(?:那么?|还有|请问|那要是|要是)?(?P<thing>[\u4e00-\u9fffA-Za-z0-9（）()/]{2,14}?)"
    r"(?:也|又|还)?(?:算吗|算么|算嘛|算不算|算不|算在里面吗|算在内吗|算进去吗|在里面吗|在里头吗|"
    r"在不在里面|在内吗|在不在|属于吗|属不属于|包括吗|包括在内吗|包不包括|有吗|能算吗)"
    r"[？?。！!\s]*$"
)
# "包括肺结核吗", "有没有痛风", "里面有白内障吗": the cue first, then the thing
MEMBER_BEFORE = re.compile(
    r"^(?:那么?|还有|请问)?(?:里面|里头|这里面|这些里)?(?:包括|包含|包不包括|有没有|有)"
    r"(?P<thing>[\u4e00-\u9fffA-Za-z0-9（）()/]{2,14}?)(?:吗|么|嘛|没有?|不)?[？?。！!\s]*$"
)
# "那痛风呢": a bare thing; asked of the list only when the list names it (else it is a new
# question of its own, "那大病保险呢")
BARE_THING = re.compile(
    r"^(?:那么?|还有|那要是|要是)?(?P<thing>[\u4e00-\u9fffA-Za-z0-9（）()/]{2,12}?)(?:的话)?呢[？?。！!\s]*$"
)
# what a rule says of a thing (its deductible, ratio, cap, time, payer), not a thing listed
ASPECT = re.compile(r"起付|比例|限额|封顶|标准|多少|时间|期限|档|谁|哪|怎么|手续|材料|条件|钱")
ATTRIBUTE_ONLY = re.compile(
    r"起付线?|起付标准|门槛费?|(报销)?比例|(支付)?限额|封顶线?|上限|标准|床位费标准"
)
# the counties a plan speaks of together, or the whole prefecture
OTHER_SCOPE = re.compile(r"其他县|其余县|其他各县|其余各县|其他几个县|别的县|全地区|全区|各县")
MEMBER_SPLIT = re.compile(r"[；;。\n]|(?<=[：:])")
MIN_MEMBERS = 3
BARE_MEMBERS = 5  # a bare "那X呢" is about a list only when the list is a real one
# the lead-in saying what the list is of ("参保人员有下列情形之一的，…不予支付：")
LEAD = re.compile(r"^([^：:。]{6,100})[：:]")


@dataclass(frozen=True)
class Membership:
    thing: str
    member: str | None  # the member naming the thing, None when the list names none
    members: int  # how many members the list has
    citation: Citation


def asked_thing(text: str) -> tuple[str, bool] | None:
    """The thing whose membership a short turn asks, and whether it asks outright (a cue) or
    only by naming it ("那痛风呢")."""
    for pattern, outright in ((MEMBER_AFTER, True), (MEMBER_BEFORE, True), (BARE_THING, False)):
        m = pattern.match(text.strip())
        if m:
            thing = re.sub(r"^(这个|那个|这种|那种)|的$", "", m.group("thing"))
            if (
                len(thing) < 2
                or QUESTION_WORD.search(thing)
                or (not outright and ASPECT.search(thing))
                # "有起付线吗" after the 门特 list: an attribute of the rule, never a member
                or ATTRIBUTE_ONLY.fullmatch(thing)
                # "其他县呢" after a county's date: the same asked of the other counties
                or (not outright and OTHER_SCOPE.fullmatch(thing))
            ):
                return None  # "起付线呢" asks the same of another aspect, not a member
            return thing, outright
    return None


def members(text: str) -> list[str]:
    """The members of a quoted list: its items or the parts of an enumerating sentence."""
    parts = [p.strip(" ，,、") for p in MEMBER_SPLIT.split(text)]
    return [p for p in parts if len(p) >= 2 and not p.endswith(("：", ":"))]


def check(text: str, last: list[Citation], outright: bool = False) -> Membership | None:
    """A membership question about the list the last answer quoted, decided by that list;
    `outright`: a bare "那X呢" asks it too (right after another membership question)."""
    asked = asked_thing(text)
    if asked is None or not last:
        return None
    thing, cued = asked
    outright = outright or cued
    listed = members(last[0].text)
    if len(listed) < MIN_MEMBERS:
        return None
    if (
        not outright
        and (last[0].clause or len(listed) < BARE_MEMBERS)
        and not enumerates(last[0].text)
    ):
        return None  # "那二级医院呢" after a rule of a few clauses asks the same of another case
    member = _best(listed, thing, text)
    if member is None and not outright:
        return None
    return Membership(thing, member, len(listed), last[0])


COVERED_ENOUGH = 0.5  # share of the thing's words a member must speak of


def _names(member: str, thing: str, question: str) -> bool:
    """A member names the thing: its very words, a condition it falls under by the rule table's
    aliases (尿毒症 → 慢性肾功能衰竭), or most of its words ("打架受伤" → 因打架斗殴…)."""
    from assistant.calculators.medical import find_disease
    from index.lexical import covered_by, tokenize

    if thing in member:
        return True
    disease = find_disease(thing)
    if disease is not None and disease["name"] in member:
        return True
    words = [t for t in dict.fromkeys(tokenize(thing)) if len(t) >= 2]
    if not words:
        return False
    spoken = sum(1 for t in words if t in member or covered_by(t, question, member))
    return spoken / len(words) >= COVERED_ENOUGH


def _best(listed: list[str], thing: str, question: str) -> str | None:
    """The member naming the thing; of several, the one that holds most of its characters."""
    named = [m for m in listed if _names(m, thing, question)]
    return max(named, key=lambda m: sum(c in m for c in thing), default=None)


def answer(found: Membership) -> str:
    cite = found.citation
    lead = LEAD.match(cite.text)
    listed = f"所列（{display(lead.group(1))}）" if lead else "所列"
    if found.member is not None:
        return f"是的，{cite.display}{listed}包括：“{display(found.member)}”[1]"
    return (
        f"{cite.display}{listed}的各项中没有“{found.thing}”[1]。"
        "这一条没有把它列进去；如需确认，请咨询主管部门。"
    )


# "普兰县多少？", "那日土县呢", "革吉县有几个": one item's figure asked right after a passage
# that gives a figure for each item ("其中噶尔县95人、札达县78人、普兰县235人…")
ITEM_FIGURE_ASKED = re.compile(
    r"^(?:那么?|那要是)?(?P<item>[\u4e00-\u9fff]{2,8}?|\d{4}年?)(?:的话)?"
    r"(?:呢|多少|有多少|是多少|几个|有几个|多少人|多少个|多少钱)[？?。！!\s]*$"
)
FIGURE_AFTER = (
    r"[^，,。；;、（(]{0,3}?(\d+(?:\.\d+)?\s*(?:万元|元|人|名|个|处|公里|千米|%|户|家|辆|所|条))"
)


@dataclass(frozen=True)
class ItemFigure:
    item: str
    figure: str  # "" when the passage gives figures item by item but none for this one
    sentence: str
    citation: Citation
    listed: tuple[str, ...] = ()  # the items it does give, when it names none for this one


def item_figure(text: str, last: list[Citation]) -> ItemFigure | None:
    """One item's figure read from the passage the last answer quoted, when it gives each
    item's own ("普兰县235人"); None when the passage names no figure after that item."""
    m = ITEM_FIGURE_ASKED.match(text.strip())
    if m is None or not last:
        return None
    item = m.group("item")
    passage = last[0].text
    # (a passage that gives figures item by item: at least three of them)
    found = re.search(re.escape(item) + FIGURE_AFTER, passage)
    if found is None or len(re.findall(r"[\u4e00-\u9fff]{2,6}" + FIGURE_AFTER, passage)) < 3:
        return _respective(item, last[0]) or _county_unlisted(item, last[0])
    start = max(passage.rfind(c, 0, found.start()) for c in "。；;") + 1
    ends = [i for i in (passage.find(c, found.end()) for c in "。；;") if i >= 0]
    sentence = passage[start : min(ends) + 1 if ends else len(passage)].strip()
    return ItemFigure(item, re.sub(r"\s+", "", found.group(1)), sentence, last[0])


# "2017、2018、2019三年分别提供…142个、115个、225个": items, then what each has in turn
RESPECTIVE_ITEMS = re.compile(r"((?:[\u4e00-\u9fff\d]{1,8}、)+[\u4e00-\u9fff\d]{1,8})分别")
COUNT_AFTER = re.compile(r"[一二三四五六七八九十两]+[个年县项类种档级][\u4e00-\u9fff]{0,2}$")
RESPECTIVE_FIGURES = re.compile(
    r"([\u4e00-\u9fff]{0,12}?)分别(?:为|是|按|提供)?([\u4e00-\u9fff]{0,12}?)"
    r"((?:\d+(?:\.\d+)?\s*[\u4e00-\u9fff%]?、)+\d+(?:\.\d+)?\s*[\u4e00-\u9fff%]?)"
)


def _respective(item: str, cite: Citation) -> ItemFigure | None:
    """ "2018年呢" after "2017、2018、2019三年分别提供…142个、115个、225个，…分别为27人、0人、
    15人": the item's place in the list named, and the figure at that place in each list of
    figures its sentence goes on to give in turn."""
    key = item.removesuffix("年") if item[:1].isdigit() else item
    for listed in RESPECTIVE_ITEMS.finditer(cite.text):
        # ("…2019三年分别提供": the count said after the last item is not part of it)
        items = COUNT_AFTER.sub("", listed.group(1)).split("、")
        at = next((n for n, i in enumerate(items) if i.removesuffix("年") == key), None)
        if at is None:
            continue
        end = (
            min(i for i in (cite.text.find(c, listed.end()) for c in "。；") if i >= 0)
            if any(c in cite.text[listed.end() :] for c in "。；")
            else len(cite.text)
        )
        sentence = cite.text[listed.start() : end + 1]
        said = []
        for m in RESPECTIVE_FIGURES.finditer(cite.text, listed.end() - 2, end + 1):
            figures = m.group(3).split("、")
            if len(figures) == len(items):
                what = f"{m.group(1)}{m.group(2)}".lstrip("，,三两四五年") or "数"
                said.append(f"{what}{figures[at].strip()}")
        if said:
            return ItemFigure(item, "，".join(said), sentence, cite)
    return None


# "一共有多少种", "总共几项" right after a member of a list was asked: the list's own count
COUNT_ASKED = re.compile(
    r"^(?:那|那么)?(?:这个|这些|它们?)?(?:一共|总共|共|总计|加起来)?(?:有|是)?"
    r"(?:多少|几)(?P<kind>种|类|项|个)(?:病|疾病)?(?:呀|啊|呢|吗)?[？?。！!\s]*$"
)


def list_count(text: str, last: list[Citation], before: str = "") -> ItemFigure | None:
    """ "一共有多少种" after "痛风算特殊病吗": the count the quoted list states ("…等30种"), with
    the sentence that states it; None when the list states no count of that kind. After a
    county's members were asked ("改则还有哪些村没通硬化路"), that county's count ("改则县9个")."""
    asked = COUNT_ASKED.match(text.strip())
    if asked is None or not last:
        return None
    kind = asked.group("kind")
    kinds = "种类项个" if kind == "个" else kind
    counties = [c.removesuffix("县") for c in ngari_counties() if c.removesuffix("县") in before]
    number = rf"\s*(\d+|[一二三四五六七八九十]+)\s*([{kinds}])"
    stated = next(
        (m for c in counties if (m := re.search(rf"{re.escape(c)}县?{number}", last[0].text))),
        None,
    ) or re.search(rf"(?:等|共|共计|合计)?{number}", last[0].text)
    if stated is None:
        return None
    text = last[0].text
    start = max(text.rfind(c, 0, stated.start()) for c in "。；;：:") + 1
    sentence = text[start : stated.end() + 1].strip()
    if counties and text[stated.end() : stated.end() + 1] in "：:":
        # (the county's members with its count: "改则县9个：次吾嘎木村、…察布村")
        stops = [i for i in (text.find(c, stated.end()) for c in "；;）)。") if i >= 0]
        sentence = text[start : min(stops, default=len(text))].strip()
    return ItemFigure("共", f"{stated.group(1)}{stated.group(2)}", sentence, last[0])


def _county_unlisted(item: str, cite: Citation) -> ItemFigure | None:
    """ "普兰呢" after villages listed county by county ("札达县4个…；日土县2个…"): a county the
    passage gives no figure for, when it gives one for at least three others."""
    asked = next((c for c in ngari_counties() if item in (c, c.removesuffix("县"))), None)
    if asked is None or asked.removesuffix("县") in cite.text:
        return None
    listed = tuple(c for c in ngari_counties() if re.search(re.escape(c) + FIGURE_AFTER, cite.text))
    if len(listed) < 3:
        return None
    return ItemFigure(asked, "", "", cite, listed)


def item_answer(found: ItemFigure) -> str:
    cite = found.citation
    if not found.figure:
        return (
            f"{found.item}：没有列出。{cite.display}按县列出的是{'、'.join(found.listed)}，"
            f"其中没有{found.item}[1]。"
        )
    return (
        f"{found.item}{found.figure if found.item == '共' else '：' + found.figure}（{cite.label}）[1]\n"
        f"原文：{cite.display}“{display(found.sentence)}”[1]"
    )
