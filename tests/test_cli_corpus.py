"""`python -m corpus` under the shared exit-code convention (the corpus CLI has its own owner).

A 5,000-digit label is a user error (exit 2), never a traceback.
"""

from __future__ import annotations

import pytest

from corpus.__main__ import main
from tests.cli_helpers import run_main

HUGE = "9" * 5000


@pytest.mark.parametrize("label", [f"第{HUGE}条", HUGE])
def test_show_with_a_5000_digit_label_is_a_user_error(label: str) -> None:
    run = run_main(main, ["show", "医保办法", label])
    assert run.code == 2 and "Traceback" not in run.shown and run.err


def test_show_unknown_label_exits_2() -> None:
    run = run_main(main, ["show", "医保办法", "第九十九条"])
    assert run.code == 2 and "错误" in run.err
