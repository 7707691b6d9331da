"""Write a bank as Markdown for a blind review: stem, options, key, explanation, source."""

from __future__ import annotations

from assistant.quiz.generator import LETTERS, Bank


def sample_markdown(bank: Bank) -> str:
    lines = [
        f"# 题目样本（种子 {bank.seed}，{len(bank.items)} 题，文件：{'、'.join(bank.titles)}）",
        "",
        "供盲审：每题的题干、选项、答案、解析与出处。题干中的文件名一律用全称。",
        "",
    ]
    from assistant.quiz.exporters import short_names_note

    if short_names_note(bank):
        lines += [short_names_note(bank), ""]
    if bank.notices:
        lines += [f"> {n}" for n in bank.notices] + [""]
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
        lines += [f"**答案**：{answer}", ""]
        if item.marking:
            lines += [f"**评分说明**：{item.marking}", ""]
        lines += [
            f"**解析**：{item.explanation}",
            "",
            f"**出处**：{item.source}",
            "",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """python -m evaluation.quiz_sample [SEED [N]] → evaluation/reports/quiz-sample-seedSEED.md"""
    import argparse
    from pathlib import Path

    from assistant.quiz import generate
    from corpus import load_corpus

    parser = argparse.ArgumentParser(
        prog="python -m evaluation.quiz_sample",
        description="一份供审题的试卷样本（三个文物文件），写到 evaluation/reports/",
    )
    parser.add_argument("seed", nargs="?", type=int, default=101, help="试卷编号（随机种子）")
    parser.add_argument("size", nargs="?", type=int, default=60, help="题数")
    parser.add_argument(
        "--tag", default="", help="文件名后缀，如分支名：quiz-sample-seed808-TAG.md"
    )
    args = parser.parse_args(argv)
    seed, size = args.seed, args.size
    bank = generate(load_corpus(), size, seed=seed)
    tag = f"-{args.tag}" if args.tag else ""
    out = Path(__file__).with_name("reports") / f"quiz-sample-seed{seed}{tag}.md"
    out.write_text(sample_markdown(bank), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
