"""python -m evaluation.phrasings [--table phrasings|phrasings2|…|phrasings38] [--split S] [--category C] [--report R]

Answers the phrasing table (or a held-out table, evaluation/phrasings2, phrasings3, phrasings5,
phrasings7, phrasings10, phrasings12, phrasings14, phrasings16, phrasings18, phrasings20, phrasings22, phrasings24, phrasings26, phrasings28, phrasings30, phrasings32, phrasings34, phrasings36 or phrasings38, or a
tuning table, phrasings4, phrasings6, phrasings8, phrasings9, phrasings11, phrasings13,
phrasings15, phrasings17, phrasings19, phrasings21, phrasings23, phrasings25, phrasings27, phrasings29,
phrasings31, phrasings33, phrasings35 or phrasings37)
with the real Assistant (loaded once) and prints, per
category, the share of rows right and of each check; writes every failure to a report.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from evaluation.phrasings.runner import (
    HERE,
    headline_table,
    load_rows,
    report,
    run,
    select,
    summary_table,
    tally,
)

# the tables this runner answers: name -> folder of *.jsonl rows
TABLES = {
    "phrasings": HERE,
    "phrasings2": HERE.parent / "phrasings2",
    "phrasings3": HERE.parent / "phrasings3",
    "phrasings4": HERE.parent / "phrasings4",
    "phrasings5": HERE.parent / "phrasings5",
    "phrasings6": HERE.parent / "phrasings6",
    "phrasings7": HERE.parent / "phrasings7",
    "phrasings8": HERE.parent / "phrasings8",
    "phrasings9": HERE.parent / "phrasings9",
    "phrasings10": HERE.parent / "phrasings10",
    "phrasings11": HERE.parent / "phrasings11",
    "phrasings12": HERE.parent / "phrasings12",
    "phrasings13": HERE.parent / "phrasings13",
    "phrasings14": HERE.parent / "phrasings14",
    "phrasings15": HERE.parent / "phrasings15",
    "phrasings16": HERE.parent / "phrasings16",
    "phrasings17": HERE.parent / "phrasings17",
    "phrasings18": HERE.parent / "phrasings18",
    "phrasings19": HERE.parent / "phrasings19",
    "phrasings20": HERE.parent / "phrasings20",
    "phrasings21": HERE.parent / "phrasings21",
    "phrasings22": HERE.parent / "phrasings22",
    "phrasings23": HERE.parent / "phrasings23",
    "phrasings24": HERE.parent / "phrasings24",
    "phrasings25": HERE.parent / "phrasings25",
    "phrasings26": HERE.parent / "phrasings26",
    "phrasings27": HERE.parent / "phrasings27",
    "phrasings28": HERE.parent / "phrasings28",
    "phrasings29": HERE.parent / "phrasings29",
    "phrasings30": HERE.parent / "phrasings30",
    "phrasings31": HERE.parent / "phrasings31",
    "phrasings32": HERE.parent / "phrasings32",
    "phrasings33": HERE.parent / "phrasings33",
    "phrasings34": HERE.parent / "phrasings34",
    "phrasings35": HERE.parent / "phrasings35",
    "phrasings36": HERE.parent / "phrasings36",
    "phrasings37": HERE.parent / "phrasings37",
    "phrasings38": HERE.parent / "phrasings38",
    # the twenty-eighth session's classes: tune39 and heldout39 by sentence frame
    "phrasings39": HERE.parent / "phrasings39",
    # the twenty-ninth session's classes: tune40 and heldout40 by sentence frame
    "phrasings40": HERE.parent / "phrasings40",
    # the thirtieth session's classes: tune41 and heldout41 by sentence frame
    "phrasings41": HERE.parent / "phrasings41",
    # the thirty-first session's classes: tune42 and heldout42 by sentence frame
    "phrasings42": HERE.parent / "phrasings42",
    # the thirty-eighth session's classes: tune43 and heldout43 by sentence frame
    "phrasings43": HERE.parent / "phrasings43",
    # the thirty-ninth session's classes: tune44 and heldout44 by sentence frame
    "phrasings44": HERE.parent / "phrasings44",
    # the fortieth session's classes: tune45 and heldout45 by sentence frame
    "phrasings45": HERE.parent / "phrasings45",
    # the forty-first session's classes: tune46 and heldout46 by sentence frame
    "phrasings46": HERE.parent / "phrasings46",
    # the forty-second session's classes: tune47 and heldout47 by sentence frame
    "phrasings47": HERE.parent / "phrasings47",
    # the forty-third session's classes: tune48 and heldout48 by sentence frame
    "phrasings48": HERE.parent / "phrasings48",
    # the forty-fourth session's classes: tune49 and heldout49 by sentence frame
    "phrasings49": HERE.parent / "phrasings49",
    # the forty-fifth session's classes: tune50 and heldout50 by sentence frame
    "phrasings50": HERE.parent / "phrasings50",
    # the forty-sixth session's classes: tune51 and heldout51 by sentence frame
    "phrasings51": HERE.parent / "phrasings51",
    # the forty-seventh session's classes: tune52 and heldout52 by sentence frame
    "phrasings52": HERE.parent / "phrasings52",
    # the forty-eighth session's classes: tune53 and heldout53 by sentence frame
    "phrasings53": HERE.parent / "phrasings53",
    # the forty-ninth session's classes: tune54 and heldout54 by sentence frame
    "phrasings54": HERE.parent / "phrasings54",
    # the fiftieth session's classes: tune55 and heldout55 by sentence frame
    "phrasings55": HERE.parent / "phrasings55",
    # the fifty-first session's classes: tune56 and heldout56 by sentence frame
    "phrasings56": HERE.parent / "phrasings56",
    # the fifty-second session's classes: tune57 and heldout57 by sentence frame
    "phrasings57": HERE.parent / "phrasings57",
    # the fifty-third session's classes: tune58 and heldout58 by sentence frame
    "phrasings58": HERE.parent / "phrasings58",
    # the fifty-fourth session's classes: tune59 and heldout59 by sentence frame
    "phrasings59": HERE.parent / "phrasings59",
    # the fifty-fifth session's classes: tune60 and heldout60 by sentence frame
    "phrasings60": HERE.parent / "phrasings60",
    # the fifty-sixth session's classes: tune61 and heldout61 by sentence frame
    "phrasings61": HERE.parent / "phrasings61",
}


def main(argv: list[str] | None = None, prog: str = "python -m evaluation.phrasings") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="措辞表评测")
    parser.add_argument(
        "--table",
        choices=sorted(TABLES),
        default="phrasings",
        help="phrasings：第一张表（tune/heldout）；phrasings2、phrasings3、phrasings5、phrasings7、phrasings10、phrasings12、phrasings14、phrasings16、phrasings18、phrasings20、phrasings22、phrasings24、phrasings26、phrasings28、phrasings30、phrasings32、phrasings34、phrasings36、phrasings38：留出表（heldout2、heldout3、heldout5、heldout7、heldout10、heldout12、heldout14、heldout16、heldout18、heldout20、heldout22、heldout24、heldout26、heldout28、heldout30、heldout32、heldout34、heldout36、heldout38）；phrasings4、phrasings6、phrasings8、phrasings9、phrasings11、phrasings13、phrasings15、phrasings17、phrasings19、phrasings21、phrasings23、phrasings25、phrasings27、phrasings29、phrasings31、phrasings33、phrasings35、phrasings37：调试表（tune4、tune6、tune8、tune9、tune11、tune13、tune15、tune17、tune19、tune21、tune23、tune25、tune27、tune29、tune31、tune33、tune35、tune37）",
    )
    parser.add_argument(
        "--split",
        choices=[
            "tune",
            "heldout",
            "heldout2",
            "heldout3",
            "tune4",
            "heldout5",
            "tune6",
            "heldout7",
            "tune8",
            "tune9",
            "heldout10",
            "tune11",
            "heldout12",
            "tune13",
            "heldout14",
            "tune15",
            "heldout16",
            "tune17",
            "heldout18",
            "tune19",
            "heldout20",
            "tune21",
            "heldout22",
            "tune23",
            "heldout24",
            "tune25",
            "heldout26",
            "tune27",
            "heldout28",
            "tune29",
            "heldout30",
            "tune31",
            "heldout32",
            "tune33",
            "tune35",
            "tune37",
            "heldout34",
            "heldout36",
            "heldout38",
            "tune39",
            "heldout39",
            "tune40",
            "heldout40",
            "tune41",
            "heldout41",
            "tune42",
            "heldout42",
            "tune43",
            "heldout43",
            "tune44",
            "heldout44",
            "tune45",
            "heldout45",
            "tune46",
            "heldout46",
            "tune47",
            "heldout47",
            "tune48",
            "heldout48",
            "tune49",
            "heldout49",
            "tune50",
            "heldout50",
            "tune51",
            "heldout51",
            "tune52",
            "heldout52",
            "tune53",
            "heldout53",
            "tune54",
            "heldout54",
            "tune55",
            "heldout55",
            "tune56",
            "heldout56",
            "tune57",
            "heldout57",
            "tune58",
            "heldout58",
            "tune59",
            "heldout59",
            "tune60",
            "heldout60",
            "tune61",
            "heldout61",
            "all",
        ],
        default="all",
    )
    parser.add_argument(
        "--category", help="只评这一类（如 calculation、out_of_scope_place、dialogue）"
    )
    parser.add_argument("--report", type=Path, help="Markdown 报告写到此文件（列出每条不符）")
    args = parser.parse_args(argv)

    rows = select(load_rows(TABLES[args.table]), args.split, args.category)
    if not rows:
        print("没有符合条件的行。", file=sys.stderr)
        return 2
    from assistant.engine import Assistant
    from assistant.state import State

    started = time.perf_counter()
    assistant = Assistant()
    load_seconds = time.perf_counter() - started
    outcomes = run(rows, lambda text, state: assistant.ask(text, state).to_dict(), State)
    print(headline_table(outcomes) + "\n")
    print(summary_table(tally(outcomes)))
    print(f"\n{len(rows)} 行，{len(outcomes)} 个回答；模型加载 {load_seconds:.1f} 秒。")
    if args.report:
        command = f"{prog} " + " ".join(argv if argv is not None else sys.argv[1:])
        title = f"措辞表评测（{args.table}，{args.split}{'，' + args.category if args.category else ''}）"
        args.report.write_text(report(outcomes, title, command.strip()), encoding="utf-8")
        print(f"报告：{args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
