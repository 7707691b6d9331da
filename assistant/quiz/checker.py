"""The quality rules of a question bank, checked against the corpus (used by tests and evaluation)."""

from __future__ import annotations

import re
from typing import Any

from corpus import Corpus

LETTERS = "ABCDE"


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_item(item: dict[str, Any], corpus: Corpus) -> list[str]:
    """Violations of one item; empty when it follows every rule."""
    problems: list[str] = []
    unit = corpus.unit_by_id(item.get("unit_id", ""))
    if unit is None:
        return [f"出处 {item.get('unit_id')} 不存在"]
    text = _flat(unit.text)
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
    quote = item.get("quote", "").rstrip("…")
    if quote and _flat(quote) not in text:
        problems.append("解析引用的原文不在所引条文中")
    if kind in ("单选", "多选"):
        if len(options) != len(set(options)):
            problems.append("选项重复")
        letters = [a for a in answer.split(",") if a]
        if any(a not in LETTERS[: len(options)] for a in letters):
            return problems + [f"答案 {answer} 不是有效选项"]
        right = [options[LETTERS.index(a)] for a in letters]
        wrong = [o for i, o in enumerate(options) if LETTERS[i] not in letters]
        negative = "不属于" in stem
        stated, unstated = (wrong, right) if negative else (right, wrong)
        if kind == "单选" and (len(options) != 4 or len(letters) != 1):
            problems.append("单选题应有4个选项、1个答案")
        if kind == "多选" and (len(letters) < 2 or not wrong):
            problems.append("多选题应至少2个正确答案和1个干扰项")
        for option in stated:
            if _flat(option) not in text:
                problems.append(f"正确选项“{option}”不在所引条文中")
        sentence = _flat(quote) if quote and not quote.endswith("……") else text
        for option in unstated:
            if _flat(option) in (sentence if not negative and kind == "单选" else text):
                problems.append(f"干扰项“{option}”也是条文所述，出现第二个正确答案")
        if kind == "单选" and not negative and any(_flat(o) in _flat(stem) for o in right):
            problems.append("题干泄露了答案")
    elif kind == "填空":
        if "______" not in stem:
            problems.append("填空题没有空")
        elif _flat(answer) not in text:
            problems.append("填空答案不是条文原文")
        elif _flat(answer) in _flat(stem):
            problems.append("题干泄露了答案")
        elif "体现的是" not in stem:
            filled = stem.split("，", 1)[-1].replace("______", answer)
            if _flat(filled).rstrip("。；") not in text:
                problems.append("填空句子与条文原文不一致")
    elif kind == "判断":
        if options != ["正确", "错误"] or answer not in ("正确", "错误"):
            problems.append("判断题选项应为 正确/错误")
        statement = _flat(stem.split("规定：", 1)[-1]).rstrip("。；")
        if answer == "正确" and statement not in text:
            problems.append("判为正确的陈述不在条文中")
        if answer == "错误" and statement in text:
            problems.append("判为错误的陈述恰是条文原文")
    else:
        problems.append(f"未知题型 {kind}")
    if not item.get("explanation", "").startswith("依据《"):
        problems.append("解析没有引用条文")
    return problems


def check_bank(items: list[dict[str, Any]], corpus: Corpus) -> list[str]:
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
    return problems
