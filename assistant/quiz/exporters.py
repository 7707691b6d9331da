"""A bank in the formats exam platforms import: xlsx, docx (paper and key), JSON, GIFT, Aiken."""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.quiz.generator import LETTERS, Bank, Item

XLSX_COLUMNS = [
    "题型",
    "题干",
    "选项A",
    "选项B",
    "选项C",
    "选项D",
    "答案",
    "解析",
    "出处",
    "难度",
    "知识点",
]
FORMATS = {
    ".xlsx": "xlsx",
    ".docx": "docx",
    ".json": "json",
    ".gift": "gift",
    ".txt": "aiken",
    ".aiken": "aiken",
}


class ExportError(ValueError):
    pass


def export(bank: Bank, path: Path) -> list[Path]:
    """Write the bank to `path` in the format its extension names; returns the files written."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ExportError(
            f"不支持的导出格式“{path.suffix}”。支持：{'、'.join(FORMATS)}（.txt 为 Aiken 格式）。"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "docx":
        key = path.with_name(path.stem + "-答案" + path.suffix)
        write_docx_paper(bank, path)
        write_docx_key(bank, key)
        return [path, key]
    {"xlsx": write_xlsx, "json": write_json, "gift": write_gift, "aiken": write_aiken}[kind](
        bank, path
    )
    return [path]


def write_json(bank: Bank, path: Path) -> None:
    path.write_text(json.dumps(bank.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")


def write_xlsx(bank: Bank, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "题库"
    sheet.append(XLSX_COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for item in bank.items:
        options = (
            (item.options + ["", "", "", ""])[:4]
            if item.type != "判断"
            else ["正确", "错误", "", ""]
        )
        answer = item.answer
        if item.type == "判断":
            answer = "A" if item.answer == "正确" else "B"
        sheet.append(
            [
                item.type,
                item.stem,
                *options,
                answer,
                item.explanation,
                item.source,
                item.difficulty,
                item.knowledge_point,
            ]
        )
    for column, width in zip("ABCDEFGHIJK", (6, 60, 28, 28, 28, 28, 8, 60, 36, 6, 16), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)


def read_xlsx(path: Path) -> list[dict[str, str]]:
    """Re-import, as a platform would: one dict per row keyed by the column headers."""
    from openpyxl import load_workbook

    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    return [
        {h: ("" if v is None else str(v)) for h, v in zip(header, row, strict=False)}
        for row in rows[1:]
    ]


def _question_lines(item: Item) -> list[str]:
    if item.type in ("单选", "多选"):
        return [f"{LETTERS[i]}. {o}" for i, o in enumerate(item.options)]
    if item.type == "判断":
        return ["（正确 / 错误）"]
    return []


def write_docx_paper(bank: Bank, path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("文物安全培训考核试卷", level=1)
    doc.add_paragraph("姓名：__________  单位：__________  得分：__________")
    for section, kind in enumerate(("单选", "多选", "判断", "填空"), 1):
        items = [i for i in bank.items if i.type == kind]
        if not items:
            continue
        doc.add_heading(f"{'一二三四'[section - 1]}、{kind}题（共{len(items)}题）", level=2)
        for n, item in enumerate(items, 1):
            doc.add_paragraph(f"{n}. {item.stem}")
            for line in _question_lines(item):
                doc.add_paragraph(line, style="List Bullet")
    doc.save(path)


def write_docx_key(bank: Bank, path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("文物安全培训考核试卷　答案与解析", level=1)
    for kind in ("单选", "多选", "判断", "填空"):
        items = [i for i in bank.items if i.type == kind]
        if not items:
            continue
        doc.add_heading(f"{kind}题", level=2)
        for n, item in enumerate(items, 1):
            doc.add_paragraph(f"{n}. 答案：{item.answer}")
            doc.add_paragraph(f"解析：{item.explanation}")
            doc.add_paragraph(
                f"出处：{item.source}（难度：{item.difficulty}；知识点：{item.knowledge_point}）"
            )
    doc.save(path)


GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")


def _gift(text: str) -> str:
    return GIFT_SPECIAL.sub(r"\\\1", text)


def write_gift(bank: Bank, path: Path) -> None:
    """Moodle GIFT: multiple choice, multiple answers with weights, true/false, short answer."""
    blocks = []
    for n, item in enumerate(bank.items, 1):
        title = f"::{item.type}{n}::"
        feedback = f"####{_gift(item.explanation)}"
        if item.type == "单选":
            right = LETTERS.index(item.answer)
            choices = " ".join(
                ("=" if i == right else "~") + _gift(o) for i, o in enumerate(item.options)
            )
            blocks.append(f"{title}{_gift(item.stem)} {{{choices} {feedback}}}")
        elif item.type == "多选":
            rights = {LETTERS.index(a) for a in item.answer.split(",")}
            share, penalty = 100 / len(rights), 100 / (len(item.options) - len(rights))
            marks = [
                f"%{share:g}%" if i in rights else f"%-{penalty:g}%"
                for i in range(len(item.options))
            ]
            choices = " ".join(f"~{marks[i]}{_gift(o)}" for i, o in enumerate(item.options))
            blocks.append(f"{title}{_gift(item.stem)} {{{choices} {feedback}}}")
        elif item.type == "判断":
            blocks.append(
                f"{title}{_gift(item.stem)} {{{'TRUE' if item.answer == '正确' else 'FALSE'}{feedback}}}"
            )
        else:
            stem = _gift(item.stem).replace(
                "______", "{=" + _gift(item.answer) + " " + feedback + "}"
            )
            blocks.append(f"{title}{stem}")
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def write_aiken(bank: Bank, path: Path) -> None:
    """Aiken holds single-answer choice questions only; true/false become A/B, others are left out."""
    blocks = []
    for item in bank.items:
        if item.type == "单选":
            options, answer = item.options, item.answer
        elif item.type == "判断":
            options, answer = ["正确", "错误"], "A" if item.answer == "正确" else "B"
        else:
            continue
        lines = [item.stem.replace("\n", " ")]
        lines += [f"{LETTERS[i]}. {o}" for i, o in enumerate(options)]
        lines.append(f"ANSWER: {answer}")
        blocks.append("\n".join(lines))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def read_aiken(path: Path) -> list[dict[str, object]]:
    questions = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        lines = block.splitlines()
        options = [re.sub(r"^[A-E]\. ", "", line) for line in lines[1:-1]]
        questions.append(
            {"stem": lines[0], "options": options, "answer": lines[-1].removeprefix("ANSWER: ")}
        )
    return questions
