"""python -m assistant calc NAME --json '{...}' — run a calculator from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal

from assistant.calculators import CALCULATORS
from assistant.calculators.service import calculate
from corpus import load_corpus


def _print(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="阿里地区政策问答助手")
    sub = parser.add_subparsers(dest="command", required=True)
    p_calc = sub.add_parser("calc", help="运行计算器")
    p_calc.add_argument("name", help="计算器：" + "、".join(CALCULATORS))
    p_calc.add_argument("--json", dest="inputs", default="{}", help="输入，JSON 对象")
    args = parser.parse_args(argv)

    if args.command == "calc":
        if args.name not in CALCULATORS:
            _print(
                {
                    "status": "error",
                    "error": f"没有名为“{args.name}”的计算器，可用：{'、'.join(CALCULATORS)}。",
                }
            )
            return 2
        try:
            inputs = json.loads(args.inputs, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            _print(
                {
                    "status": "error",
                    "error": f"输入不是有效的 JSON：{exc.msg}（第 {exc.pos} 个字符）。",
                }
            )
            return 2
        if not isinstance(inputs, dict):
            _print({"status": "error", "error": '输入应为 JSON 对象，例如 {"tier": 250}。'})
            return 2
        inputs = {k: (str(v) if isinstance(v, Decimal) else v) for k, v in inputs.items()}
        data = calculate(args.name, inputs, load_corpus())
        _print(data)
        return 0 if data["status"] != "error" else 2
    return 2


if __name__ == "__main__":
    sys.exit(main())
