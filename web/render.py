"""The assistant's JSON object as people see it in the web page (Markdown, escaped)."""

from __future__ import annotations

import html
from typing import Any


def esc(text: object) -> str:
    """User and document text is shown as text, never as markup."""
    return html.escape(str(text), quote=False)


def citation_title(n: int, cite: dict[str, Any]) -> str:
    label = cite.get("citation") or f"《{cite.get('doc_title', '')}》{cite.get('article', '')}"
    return f"[{n}] {label}"


def steps_table(calculation: dict[str, Any]) -> str:
    """The calculation as a small table: rule, amount, article."""
    rows = ["| 步骤 | 金额 | 依据 |", "|---|---|---|"]
    for step in calculation.get("steps", []):
        rows.append(f"| {esc(step['rule'])} | {esc(step['amount'])} | {esc(step['citation'])} |")
    return "\n".join(rows)


def chat_messages(response: dict[str, Any]) -> list[dict[str, Any]]:
    """One answer bubble, then one collapsible bubble per citation with the article's full text."""
    answer = esc(response.get("answer", "")).replace("\n", "  \n")
    if response.get("calculation"):
        answer = answer.split("  \n", 1)[0] + "\n\n" + steps_table(response["calculation"])
        notes = response["calculation"].get("notes", [])
        if notes:
            answer += "\n\n" + "  \n".join(f"说明：{esc(n)}" for n in notes)
    messages = [{"role": "assistant", "content": answer}]
    for n, cite in enumerate(response.get("citations", []), 1):
        messages.append(
            {
                "role": "assistant",
                "content": esc(cite.get("text") or "（原文见文件库）").replace("\n", "  \n"),
                "metadata": {"title": citation_title(n, cite), "status": "done"},
            }
        )
    return messages


def result_markdown(data: dict[str, Any]) -> str:
    """A calculator result for the clerk's forms (the same structure as in the chat)."""
    if data.get("status") == "error":
        return f"**输入有误**：{esc(data['error'])}"
    if data.get("status") == "follow_up":
        return f"**还缺少信息**：{esc(data['follow_up']['question'])}"
    lines = [f"### {esc(data.get('title', '计算结果'))}", "", "| 项目 | 金额 |", "|---|---|"]
    from assistant.presentation import RESULT_NAMES

    for key, value in data["result"].items():
        lines.append(f"| {esc(RESULT_NAMES.get(key, key))} | {esc(value)} |")
    lines += ["", steps_table(data)]
    for note in data.get("notes", []):
        lines.append(f"\n说明：{esc(note)}")
    lines.append("\n**依据**：" + "；".join(esc(c["citation"]) for c in data.get("citations", [])))
    return "\n".join(lines)


def unit_markdown(unit, doc) -> str:
    heads = " › ".join(esc(h) for h in unit.headings)
    body = esc(unit.text).replace("\n", "  \n")
    meta = f"{esc(doc.issuer)} {esc(doc.number)}（{esc(doc.date)}）" if doc.number else ""
    return f"#### {esc(unit.citation)}\n\n{heads}\n\n{body}\n\n<small>{meta}</small>"
