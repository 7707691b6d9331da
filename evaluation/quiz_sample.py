"""Write a bank as Markdown for a blind review: the printed paper with each key, explanation and source."""

from __future__ import annotations

from assistant.quiz.generator import LETTERS, Bank


def sample_markdown(bank: Bank) -> str:
    """The paper as a trainer prints it, with its key under each item. The bank's notices
    ("所选文件只够出 41 道……") are said to whoever asked for the bank (the command line, the web
    page), never printed on the paper: the seed-1919 review had to strike them out."""
    from assistant.quiz.exporters import paper_title, short_names_note

    lines = [f"# {paper_title(bank)}（编号 {bank.seed}，共 {len(bank.items)} 题）", ""]
    if short_names_note(bank):
        lines += [short_names_note(bank), ""]
    from assistant.quiz.exporters import ANSWERING, PRINCIPLED, key_text, quoted
    from assistant.quiz.terms import principle_forms

    for n, item in enumerate(bank.items, 1):
        if n == 1 or bank.items[n - 2].type != item.type:
            lines += [f"**{item.type}题作答说明**：{ANSWERING[item.type]}", ""]
        lines.append(f"## {n}. {item.type}题（{item.points}分，难度{item.difficulty}）")
        lines.append("")
        lines.append(item.stem + ("（　　）" if item.type == "判断" else ""))
        lines.append("")
        if item.type in ("单选", "多选"):
            lines += [f"- {LETTERS[i]}. {o}" for i, o in enumerate(item.options)]
            lines.append("")
        answer = item.answer.replace(",", "")
        if item.type == "判断":
            answer = key_text(item)  # √/×, as the answering note asks (seed-5151 review 四.6)
        elif item.alternatives and principle_forms(item.marking):
            answer += f"（{PRINCIPLED}）"  # the note says which wordings count
        elif item.alternatives:
            # each wording in quotes: "公安、文物" is one answer, not two halves (seed-5252
            # review 37, 43)
            answer += "（也可答：" + quoted(item.alternatives) + "）"
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
