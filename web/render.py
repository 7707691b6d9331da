"""The assistant's JSON object as people see it in the web page (Markdown, escaped)."""

from __future__ import annotations

import html
import re
from typing import Any


def esc(text: object) -> str:
    """User and document text is shown as text, never as markup."""
    return html.escape(str(text), quote=False)


def citation_title(n: int, cite: dict[str, Any]) -> str:
    label = cite.get("citation") or f"《{cite.get('doc_title', '')}》{cite.get('article', '')}"
    return f"[{n}] {label}"


def steps_table(calculation: dict[str, Any]) -> str:
    """The calculation as a two-column table, amount last (kept on one line by the page's CSS).

    The article goes with the step's text; when every step cites one document its title is
    said once above the table, so a phone has room for the figures.
    """
    steps = calculation.get("steps", [])
    split = [_split_citation(step.get("citation", "")) for step in steps]
    documents = {doc for doc, _ in split if doc}
    common = next(iter(documents)) if len(documents) == 1 else ""
    lines = [f"依据{esc(common)}：", ""] if common else []
    lines += ["| 计算步骤 | 金额 |", "|---|--:|"]
    for step, (doc, article) in zip(steps, split, strict=True):
        where = article if common and doc == common else (doc + article)
        basis = f"（{esc(where)}）" if where else ""
        lines.append(f"| {esc(step['rule'])}{basis} | {esc(step['amount'])} |")
    return "\n".join(lines)


def _split_citation(citation: str) -> tuple[str, str]:
    match = re.match(r"^(《[^》]+》)(.*)$", citation or "")
    return (match.group(1), match.group(2)) if match else ("", citation or "")


def chat_messages(response: dict[str, Any]) -> list[dict[str, Any]]:
    """One answer bubble, then one collapsible bubble per citation with the article's full text."""
    answer = esc(response.get("answer", "")).replace("\n", "  \n")
    if response.get("calculation"):
        head, *rest = response.get("answer", "").split("\n")
        notes = response["calculation"].get("notes", [])
        answer = esc(head) + "\n\n" + steps_table(response["calculation"])
        if notes:
            answer += "\n\n" + "  \n".join(f"说明：{esc(n)}" for n in notes)
        # what the answer says beside the result (a later part's answer, what the cap leaves):
        # the steps and notes are in the table above, the rest is shown after it
        shown = {f"说明：{n}" for n in notes}
        beside = [line for line in rest if line.strip() and not line.startswith("· ")]
        beside = [line for line in beside if line not in shown]
        if beside:
            answer += "\n\n" + "  \n".join(esc(line) for line in beside)
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
