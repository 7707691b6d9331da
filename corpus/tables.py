"""Tab-separated annex tables to one citable unit per row (or per scoring line).

Page breaks split rows: the continuation starts with empty cells, and its cells
mostly keep their columns, so they are merged cell by cell into the row above.
"""

from __future__ import annotations

import re

from corpus.lines import Line
from corpus.model import Part, Unit
from corpus.structure import citation, unique_id

ROW_NO_RE = re.compile(r"^(\d{1,3})(?:[.．、]|$|\s)")
SCORE_RE = re.compile(r"[（(](\d{1,3})[)）]\s*(?=[^\d分-])")
ITEM_RE = re.compile(r"(\d{1,2})[.．]\s*(.+?)[（(](\d+(?:\.\d+)?)分[)）]\s*[（(](\d+)-(\d+)[)）]")
GROUP_RE = re.compile(r"([一二三四五六七八九十]+、.+?)[（(](\d+)分[)）]\s*[（(](\d+)-(\d+)[)）]")


def is_table(lines: list[Line]) -> bool:
    head = lines[:3]
    return any(line.text.count("\t") >= 3 for line in head)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _header(cells: list[str]) -> list[str]:
    names = [re.sub(r"\s+", "", c) for c in cells]
    # The extractor garbled the first header of one table to a Latin letter.
    if names and (not names[0] or re.fullmatch(r"[A-Za-z]", names[0])):
        names[0] = "序号"
    return names


def _glue(left: str, right: str) -> str:
    if not left:
        return right
    if not right:
        return left
    return left + ("" if not re.search(r"[。；;，,）)]$", left) else " ") + right


def table_rows(lines: list[Line]) -> tuple[list[str], list[list[str]], list[str]]:
    """Header, merged rows, and the free text around the table."""
    header: list[str] = []
    rows: list[list[str]] = []
    notes: list[str] = []
    for line in lines:
        if "\t" not in line.text:
            notes.append(line.text)
            continue
        cells = _cells(line.text)
        if not header:
            header = _header(cells)
            continue
        if _starts_row(cells) or not rows:
            rows.append(cells + [""] * max(0, len(header) - len(cells)))
        else:
            row = rows[-1]
            for k, cell in enumerate(cells):
                if k >= len(row):
                    row.append("")
                row[k] = _glue(row[k], cell)
    return header, rows, notes


def _starts_row(cells: list[str]) -> bool:
    return any(ROW_NO_RE.match(cell) for cell in cells[:2])


def _row_number(cells: list[str]) -> str | None:
    for cell in cells[:2]:
        m = ROW_NO_RE.match(cell)
        if m:
            return m.group(1)
    return None


def row_units(doc_id: str, title: str, lines: list[Line]) -> list[Unit]:
    """One unit per task row: "列名：内容" pairs so the row reads on its own."""
    header, rows, _ = table_rows(lines)
    units: list[Unit] = []
    seen: set[str] = set()
    for k, cells in enumerate(rows, 1):
        number = _row_number(cells) or str(k)
        parts = []
        for name, cell in zip(header + [""] * len(cells), cells, strict=False):
            if cell:
                parts.append(Part("paragraph", name or "备注", cell))
        label = f"第{number}项"
        units.append(
            Unit(
                id=unique_id(doc_id, f"row-{number}", seen),
                doc_id=doc_id,
                kind="table_row",
                label=label,
                title="",
                text="\n".join(f"{p.label}：{p.text}" for p in parts),
                headings=(title,),
                citation=citation(title, label),
                parts=tuple(parts),
            )
        )
    return units


def scoring_units(doc_id: str, title: str, lines: list[Line]) -> list[Unit]:
    """An assessment table is cited by its numbered scoring lines (1)…(N).

    Columns drift across page breaks, so each scoring line is tied to the item
    printed on the same raw line, else to the item whose printed range covers it.
    """
    raw = [_cells(line.text) for line in lines if "\t" in line.text]
    header, raw = _header(raw[0]), raw[1:]
    cells = [c for row in raw for c in row if c]
    flat = "".join(line.text.replace("\t", " ") for line in lines)
    groups = [
        (g.group(1).strip(), int(g.group(3)), int(g.group(4))) for g in GROUP_RE.finditer(flat)
    ]
    ranged = [(m, int(m.group(4)), int(m.group(5))) for c in cells for m in ITEM_RE.finditer(c)]
    column = header[2] if len(header) > 2 else "评分标准"
    units: list[Unit] = []
    seen: set[str] = set()
    for row in raw:
        same_line = [c for c in row if re.match(r"^\d{1,2}[.．]", c)]
        same_line += [
            m.group(0)
            for c in row
            if not re.match(r"^\d{1,2}[.．]", c)
            for m in ITEM_RE.finditer(c)
        ]
        for cell in row:
            if not re.match(r"^[（(]\d{1,3}[)）]", cell):
                continue
            pieces = SCORE_RE.split(cell)  # ["", n1, text1, n2, text2, ...]
            for n, text in zip(pieces[1::2], pieces[2::2], strict=False):
                number = int(n)
                item = _item_for(number, same_line, ranged)
                units.append(
                    _scoring_unit(
                        doc_id,
                        title,
                        column,
                        number,
                        ITEM_RE.sub("", text).strip(),
                        item,
                        _group_for(item, groups),
                        seen,
                    )
                )
    return units


def _item_for(number: int, same_line: list[str], ranged: list) -> str:
    """Printed ranges win; an item printed without a range owns the lines beside it."""
    covering = [(hi - lo, m.group(0)) for m, lo, hi in ranged if lo <= number <= hi]
    for text in same_line:
        if not ITEM_RE.search(text) or any(text.startswith(c[:12]) for _, c in covering):
            return _item_text(text)
    if covering:
        return _item_text(min(covering)[1])
    return _item_text(same_line[0]) if len(same_line) == 1 else ""


def _item_text(text: str) -> str:
    m = ITEM_RE.match(text)
    if m:
        return f"{m.group(1)}.{m.group(2).strip()}（{m.group(3)}分）"
    return text.strip()


def _group_for(item: str, groups: list[tuple[str, int, int]]) -> str:
    m = re.match(r"^(\d{1,2})[.．]", item)
    if not m:
        return ""
    k = int(m.group(1))
    return next((g for g, lo, hi in groups if lo <= k <= hi), "")


def _scoring_unit(
    doc_id: str,
    title: str,
    column: str,
    number: int,
    text: str,
    item: str,
    group: str,
    seen: set[str],
) -> Unit:
    label = f"（{number}）"
    parts = [
        Part("paragraph", name, value)
        for name, value in (("项目", group), ("督导/考核内容", item), (column, text))
        if value
    ]
    return Unit(
        id=unique_id(doc_id, f"score-{number}", seen),
        doc_id=doc_id,
        kind="table_row",
        label=label,
        title="",
        text="\n".join(f"{p.label}：{p.text}" for p in parts),
        headings=tuple(h for h in (title, group, item) if h),
        citation=citation(title, f"评分标准{label}"),
        parts=tuple(parts),
    )


def is_scoring_table(lines: list[Line]) -> bool:
    header, _, _ = table_rows(lines)
    return any("评分" in h for h in header)
