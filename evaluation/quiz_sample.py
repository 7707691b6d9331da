"""Write a bank as Markdown for a blind review: stem, options, key, explanation, source."""

from __future__ import annotations

from assistant.quiz.generator import LETTERS, Bank


def sample_markdown(bank: Bank) -> str:
    lines = [
        f"# 题目样本（种子 {bank.seed}，{len(bank.items)} 题，文件：{'、'.join(bank.titles)}）",
        "",
        "供盲审：每题的题干、选项、答案、解析与出处。",
        "",
    ]
    for n, item in enumerate(bank.items, 1):
        lines.append(f"## {n}. {item.type}题（{item.points}分，难度{item.difficulty}）")
        lines.append("")
        lines.append(item.stem + ("（　　）" if item.type == "判断" else ""))
        lines.append("")
        if item.type in ("单选", "多选"):
            lines += [f"- {LETTERS[i]}. {o}" for i, o in enumerate(item.options)]
            lines.append("")
        answer = item.answer.replace(",", "")
        if item.alternatives:
            answer += "（也可答：" + "、".join(item.alternatives) + "）"
        lines += [
            f"**答案**：{answer}",
            "",
            f"**解析**：{item.explanation}",
            "",
            f"**出处**：{item.source}",
            "",
        ]
    return "\n".join(lines)
