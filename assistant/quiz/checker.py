"""The quality rules of a question bank, checked against the corpus (tests and `evaluation quiz`).

What a trainer sees and the old checker did not: stems and options cut mid-sentence, subjectless
statements, elided explanations, two right options (through the equivalence table), catch-all
options, false statements made by flipping a modal, core rules left out, and two seeds that ask
the same stems.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.quiz import facts as F
from assistant.quiz.terms import BODY_RE, canonical_body, is_catch_all, is_complete, same_meaning
from corpus import Corpus, Unit

LETTERS = "ABCDEF"
# modal words, not the same characters inside other words (主要, 需要, 应用, 可持续)
MODALS = re.compile(
    r"不得|禁止|严禁|必须|应当|应(?!用)|可以|(?<!许)可(?!持续)|(?<![主需重])要(?!求)|须|允许|无需|不必"
)
BOUNDARY_BEFORE = "。；：，）"
BOUNDARY_AFTER = "。；，"


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _unit_text(unit: Unit) -> str:
    return _flat(unit.text)


def _bounded(text: str, unit: Unit, strict_end: bool = False) -> bool:
    """`text` stands in the unit as a whole clause: it starts after a clause boundary and ends
    at one (a full stop or the end of an item when strict_end). A subject carried over from the
    sub-rule before ("野外看管人员" + "对……的") may prefix it."""
    body = _flat(text).rstrip("。；")
    whole = _unit_text(unit)
    for cut in range(0, min(13, len(body) - 4)):
        prefix, rest = body[:cut], body[cut:]
        if cut and prefix not in whole:
            continue
        start = whole.find(rest)
        while start >= 0:
            before = whole[start - 1] if start else "。"
            end = start + len(rest)
            after = whole[end] if end < len(whole) else "。"
            enders = "。；" if strict_end else BOUNDARY_AFTER
            if (before in BOUNDARY_BEFORE or not start) and (after in enders or end == len(whole)):
                return True
            start = whole.find(rest, start + 1)
    return False


def _statement(stem: str) -> str:
    """The sentence a stem asks about, without the "根据《…》第N条，" lead."""
    return re.sub(r"^根据《[^》]+》[^，]{0,16}，", "", stem)


def _one_change(true: str, shown: str) -> tuple[str, str]:
    """The single differing stretch between the article and a false statement."""
    i = 0
    while i < min(len(true), len(shown)) and true[i] == shown[i]:
        i += 1
    j = 0
    while j < min(len(true), len(shown)) - i and true[-1 - j] == shown[-1 - j]:
        j += 1
    return true[i : len(true) - j], shown[i : len(shown) - j]


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


def _judge_problems(item: dict[str, Any], unit: Unit) -> list[str]:
    problems = []
    statement = item["stem"].split("规定：", 1)[-1]
    if not is_complete(statement):
        problems.append("判断题的陈述不是完整的句子（缺主语、括号不配对或没有句末标点）")
    flat = _flat(statement).rstrip("。")
    text = _unit_text(unit)
    if item["answer"] == "正确":
        if not _bounded(statement, unit, strict_end=True):
            problems.append("判为正确的陈述不是条文中的完整句子")
        else:
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
            if now not in statement or not _bounded(restored, unit, strict_end=True):
                problems.append("错误陈述改回原文后不是条文中的完整句子")
            elif same_meaning(was, now):
                problems.append(f"错误陈述的改动“{was}”→“{now}”意思不变，其实是对的")
            elif now + "（以下简称" in statement:
                problems.append(f"错误陈述改动了就地定义的名称（“{now}（以下简称……）”）")
            elif canonical_body(was) and re.search(f"(^|[，、]){re.escape(now)}", statement):
                problems.append(f"错误陈述只换了句子的主体（“{was}”→“{now}”），换来的说法未必不对")
        else:
            was, now = _one_change(_closest_clause(statement, unit), flat)
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
    if re.match(r"(或者|或|和|及)其他|等", after) or before.endswith("其他"):
        problems.append("空处在“……或者其他……”“……等”的开放列举中，同类选项都说得通")
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


def _members(item: dict[str, Any], unit: Unit) -> tuple[str, ...]:
    for listed in F.lists(unit):
        if _flat(listed.lead.rstrip("：:")) in _flat(item["stem"]):
            return listed.members
    return ()


def _list_problems(item: dict[str, Any], unit: Unit) -> list[str]:
    problems = []
    lists = [lf for lf in F.lists(unit) if _flat(lf.lead.rstrip("：:")) in _flat(item["stem"])]
    if not lists:
        return ["列举题的引导语不在所引条文中"]
    listed = lists[0]
    explanation = _flat(item.get("explanation", ""))
    missing = [m for m in listed.members if _flat(m)[:12] not in explanation]
    if missing:
        problems.append(f"解析没有完整引用所列内容（缺“{missing[0][:12]}”等 {len(missing)} 项）")
    return problems


def check_item(item: dict[str, Any], corpus: Corpus) -> list[str]:
    """Violations of one item; empty when it follows every rule."""
    problems: list[str] = []
    unit = corpus.unit_by_id(item.get("unit_id", ""))
    if unit is None:
        return [f"出处 {item.get('unit_id')} 不存在"]
    text = _unit_text(unit)
    if item.get("source") != unit.citation:
        problems.append("出处与条文不一致")
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
    if quote and _flat(quote) not in text:
        problems.append("解析引用的原文不在所引条文中")
    elif quote and not _bounded(quote, unit):
        problems.append("解析引用的原文不是完整的句子")
    is_list = "所列内容" in stem
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
        if kind == "多选" and (len(letters) < 2 or not wrong or len(options) > 6):
            problems.append("多选题应至少2个正确答案、1个干扰项，最多6个选项")
        for a_index, a in enumerate(options):
            if re.search(r"[，；、：]$|^[，；、的）]", a) or a.count("（") != a.count("）"):
                problems.append(f"选项“{a}”是残句")
            if is_catch_all(a):
                problems.append(f"选项“{a}”是兜底项（“其他……”），会覆盖其他选项")
            for b in options[a_index + 1 :]:
                if same_meaning(a, b):
                    problems.append(f"选项“{a}”与“{b}”意思相同（见等同表），会出现两个正确答案")
        negative = "不属于" in stem
        stated, unstated = (wrong, right) if negative else (right, wrong)
        if is_list:
            problems += _list_problems(item, unit)
            for option in stated:
                if _flat(option) not in text:
                    problems.append(f"正确选项“{option}”不在所列内容中")
            for option in unstated:
                if _flat(option) in text:
                    problems.append(f"干扰项“{option}”也是条文所列，出现第二个正确答案")
                elif any(_flat(m) in _flat(option) for m in _members(item, unit)):
                    problems.append(f"干扰项“{option}”包含了所列的一项，说它不属于并不成立")
        elif not is_term:
            filled = _statement(stem).replace("（  ）", right[0] if right else "")
            if "如何处理" in stem:
                filled = quote
            printed = filled.replace(
                "应当" + (right[0] if right else ""), right[0] if right else ""
            )
            if not is_complete(filled) and "如何处理" not in stem:
                problems.append("题干不是完整的句子（缺主语或被截断）")
            elif not any(_flat(f) in text or _bounded(f, unit) for f in (filled, printed)):
                problems.append("题干填入答案后与条文原文不一致（被截断或改写）")
            for option in wrong:
                if _flat(_statement(stem).replace("（  ）", option)).rstrip("。") in text:
                    problems.append(f"干扰项“{option}”填入后也是条文原文，出现第二个正确答案")
            problems += _gap_problems(_statement(stem), "（  ）", right[0] if right else "", wrong)
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
            filled = _statement(stem).replace("______", answer)
            if not is_complete(filled):
                problems.append("题干不是完整的句子（缺主语或被截断）")
            elif not _bounded(filled, unit):
                problems.append("填空句子与条文原文不一致（被截断或改写）")
        for alternative in item.get("alternatives", []):
            if not same_meaning(alternative, answer):
                problems.append(f"填空的备选答案“{alternative}”与答案意思不同")
    elif kind == "判断":
        if options != ["正确", "错误"] or answer not in ("正确", "错误"):
            problems.append("判断题选项应为 正确/错误")
        else:
            problems += _judge_problems(item, unit)
    else:
        problems.append(f"未知题型 {kind}")
    return problems


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
    """A bank of `size` items or more asks every core rule, and asks no principle group or list
    twice while a core rule is left out."""
    asked = {i.get("unit_id") for i in items}
    missing = [u for u in core_units(corpus, documents) if u.id not in asked]
    if not missing:
        return []
    problems = []
    if len(items) >= size:
        names = "、".join(u.citation for u in missing[:6])
        problems.append(f"题库有 {len(items)} 题却没有考到核心条文：{names}等 {len(missing)} 条")
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


def stem_overlap(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> float:
    """Share of the smaller bank's stems that the other bank also asks."""
    stems_a = {_flat(i["stem"]) for i in a}
    stems_b = {_flat(i["stem"]) for i in b}
    return len(stems_a & stems_b) / max(1, min(len(stems_a), len(stems_b)))


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
    keys: dict[str, list[int]] = {}
    for n, item in enumerate(items, 1):
        text = _key_words(item)
        if text:
            keys.setdefault(text, []).append(n)
    for text, where in keys.items():
        if len(where) > 2:
            numbers = "、".join(map(str, where))
            problems.append(f"第{numbers}题的答案都是“{text}”：同一答案反复出现，成了套路")
    letters = [i["answer"] for i in items if i["type"] == "单选"]
    if len(letters) >= 8:
        letter, count = max(((x, letters.count(x)) for x in set(letters)), key=lambda p: p[1])
        if count * 2 > len(letters):
            problems.append(f"单选题答案一半以上是 {letter}（{count}/{len(letters)}），考生可以猜")
    if documents:
        problems += coverage_problems(items, corpus, documents)
    return problems


def _key_words(item: dict[str, Any]) -> str:
    """The words of a gap item's key; "" for lists, principles and 判断."""
    options = item.get("options", [])
    if item["type"] == "填空" and "体现的是" not in item["stem"]:
        return item["answer"]
    if item["type"] == "单选" and "所列内容" not in item["stem"] and "体现的是" not in item["stem"]:
        letters = [a for a in item["answer"].split(",") if a in LETTERS[: len(options)]]
        return options[LETTERS.index(letters[0])] if letters else ""
    return ""
