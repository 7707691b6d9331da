"""The project's small data tables: tab-separated, one row a line, "#" lines are comments."""

from __future__ import annotations

from pathlib import Path


def read_table(path: Path, columns: int = 2) -> list[tuple[str, ...]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = tuple(cell.strip() for cell in line.split("\t", columns - 1))
            rows.append(cells)
    return rows
