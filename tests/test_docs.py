"""The CLI reference is generated from the parsers; it must match them."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_cli_reference_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/cli_reference.py", "--check"], cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, "docs/cli.md is stale: run python scripts/cli_reference.py"
