"""A bank in the formats exam platforms import: xlsx, docx (paper and key), JSON, GIFT, Aiken.

xlsx follows the common import template (题型 单选题/多选题/判断题/填空题, 选项A–F, 答案 A / ABD /
正确·错误 / the blank with alternatives separated by "|", 分值); the docx paper is A4 with numbered
questions, points, a bracket after each 判断 statement, page numbers and a title naming the
documents; its key is a separate file. GIFT and Aiken are as before.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.quiz.generator import LETTERS, Bank, Item
from assistant.quiz.terms import principle_forms

XLSX_COLUMNS = [
    "题型",
    "题干",
    "选项A",
    "选项B",
    "选项C",
    "选项D",
    "选项E",
    "选项F",
    "答案",
    "解析",
    "分值",
    "难度",
    "出处",
]
TYPE_NAMES = {"单选": "单选题", "多选": "多选题", "判断": "判断题", "填空": "填空题"}
# how each part is answered and marked, printed under its heading (the seed-2929 reviews: no
# paper said how a 多选 with a missed or a wrong option is marked)
ANSWERING = {
    "单选": "每题只有一个正确答案，将其字母填入括号内。",
    "多选": "每题有两个或两个以上正确答案；全部选对得满分，少选、多选或错选均不得分。",
    "判断": "正确的在括号内打“√”，错误的打“×”。",
    "填空": "按条文原文填写；同一意思的其他写法（机关的通行叫法、数字的写法）是否给分，以答案卷的评分说明为准。",
}
ALTERNATIVE_SEPARATOR = "|"
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


def xlsx_answer(item: Item) -> str:
    """A / ABD / 正确·错误 / the blank's words with accepted alternatives separated by "|" (the
    import template's separator, which no wording holds: a platform splits on it and marks each
    wording whole; the 解析 column prints them for a reader, each in quotes)."""
    if item.type == "多选":
        return item.answer.replace(",", "")
    if item.type == "填空":
        accepted = [item.answer, *item.alternatives]
        if any(ALTERNATIVE_SEPARATOR in a for a in accepted):
            raise ExportError(f"填空答案的写法含有分隔符“{ALTERNATIVE_SEPARATOR}”：{accepted}")
        return ALTERNATIVE_SEPARATOR.join(accepted)
    return item.answer


def quoted(wordings: list[str]) -> str:
    """Accepted wordings as a printed key lists them: each in quotes, so that a wording holding
    "、" ("公安、文物", "馆藏、寺藏文物档案") never reads as two half-answers (seed-5252 review 37,
    43)."""
    return "、".join(f"“{w}”" for w in wordings)


def key_text(item: Item) -> str:
    """The answer as the printed key says it: 判断 by the marks the paper asks for (√/×), a
    blank's accepted wordings joined by 或."""
    if item.type == "判断":
        return "√（正确）" if item.answer == "正确" else "×（错误）"
    if item.type == "填空" and item.alternatives:
        if principle_forms(item.marking):
            # the note states the rule (level and office, or the number): the key does not list
            # the dozens of wordings it takes in (seed-5151 review)
            return f"{item.answer}（{PRINCIPLED}）"
        return f"{item.answer}（或：{quoted(item.alternatives)}）"
    return xlsx_answer(item)


# what a key prints beside a blank whose marking note states its principle
PRINCIPLED = "其他写法按评分说明给分"


def explained_with_marking(item: Item) -> str:
    """The explanation, with a blank's marking rule after it (which wordings earn the points,
    each in quotes, or the principle that takes them in)."""
    return f"{item.explanation}{item.marking}" if item.marking else item.explanation


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
        options = (item.options if item.type in ("单选", "多选") else []) + [""] * 6
        sheet.append(
            [
                TYPE_NAMES[item.type],
                item.stem,
                *options[:6],
                xlsx_answer(item),
                explained_with_marking(item),
                item.points,
                item.difficulty,
                item.source,
            ]
        )
    widths = (8, 60, 24, 24, 24, 24, 20, 20, 10, 60, 6, 6, 36)
    for column, width in zip("ABCDEFGHIJKLM", widths, strict=True):
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


def paper_title(bank: Bank) -> str:
    """ "《文物保护管理办法》《野外文物看管人员管理细则》培训考核试卷": the documents chosen."""
    names = "".join(f"《{t}》" for t in (bank.titles or bank.documents))
    paper = f"（{bank.paper}）" if bank.paper else ""
    return f"{names}培训考核试卷{paper}" if names else f"培训考核试卷{paper}"


def short_names_note(bank: Bank) -> str:
    """The paper's heading uses short titles: say once which documents they stand for."""
    pairs = [
        f"《{full}》（以下简称《{short}》）"
        for short, full in zip(bank.titles, bank.full_titles, strict=False)
        if short != full
    ]
    return "本卷依据：" + "、".join(pairs) + "。" if pairs else ""


def _chinese_print(doc) -> None:
    """宋体 body and 黑体 headings in black, the East Asian language Chinese: python-docx's
    default template is Japanese for East Asian text (MS 明朝 glyphs) with blue headings, which
    print grey (the 4747 review)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    def set_face(fonts, face: str) -> None:
        # (a theme font attribute outranks the named one: the theme's is Japanese)
        for attribute in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{attribute}"), None)
        for attribute in ("ascii", "hAnsi", "eastAsia"):
            fonts.set(qn(f"w:{attribute}"), face)

    for name, face in (("Normal", "宋体"), ("Heading 1", "黑体"), ("Heading 2", "黑体")):
        style = doc.styles[name]
        style.font.color.rgb = RGBColor(0, 0, 0)
        color = style.element.get_or_add_rPr().find(qn("w:color"))
        for attribute in ("themeColor", "themeShade", "themeTint"):
            color.attrib.pop(qn(f"w:{attribute}"), None)
        set_face(style.element.get_or_add_rPr().get_or_add_rFonts(), face)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_face(run_defaults.find(qn("w:rFonts")), "宋体")
    lang = run_defaults.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_defaults.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _a4_with_page_numbers(doc) -> None:
    """A4 paper, 2.2 cm margins, "第 N 页" centred in the footer (a PAGE field)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.2)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("第 ")
        run = footer.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            else:
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = text
            run._r.append(element)
        footer.add_run(" 页")


def _sections(bank: Bank) -> list[tuple[str, list[Item]]]:
    out = []
    for kind in ("单选", "多选", "判断", "填空"):
        items = [i for i in bank.items if i.type == kind]
        if items:
            out.append((kind, items))
    return out


def write_docx_paper(bank: Bank, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    _chinese_print(doc)
    _a4_with_page_numbers(doc)
    heading = doc.add_heading(paper_title(bank), level=1)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    total = sum(i.points for i in bank.items)
    if short_names_note(bank):
        doc.add_paragraph(short_names_note(bank))
    doc.add_paragraph(f"共 {len(bank.items)} 题，满分 {total} 分。")
    doc.add_paragraph("姓名：__________  单位：__________  得分：__________")
    number = 0
    for section, (kind, items) in enumerate(_sections(bank)):
        points = sum(i.points for i in items)
        each = (
            f"每题{items[0].points}分，" if len({i.points for i in items}) == 1 else "分值见各题，"
        )
        doc.add_heading(
            f"{'一二三四'[section]}、{TYPE_NAMES[kind]}（共{len(items)}题，{each}共{points}分）",
            level=2,
        )
        doc.add_paragraph(ANSWERING[kind])
        for item in items:
            number += 1
            stem = item.stem + ("（　　）" if item.type == "判断" else "")
            doc.add_paragraph(f"{number}. {stem}（{item.points}分）")
            for i, option in enumerate(item.options if item.type in ("单选", "多选") else []):
                doc.add_paragraph(f"{LETTERS[i]}. {option}").paragraph_format.left_indent = 360000
    doc.save(path)


def write_docx_key(bank: Bank, path: Path) -> None:
    from docx import Document

    doc = Document()
    _chinese_print(doc)
    _a4_with_page_numbers(doc)
    doc.add_heading(paper_title(bank) + "　答案与解析", level=1)
    number = 0
    for section, (kind, items) in enumerate(_sections(bank)):
        doc.add_heading(f"{'一二三四'[section]}、{TYPE_NAMES[kind]}", level=2)
        for item in items:
            number += 1
            doc.add_paragraph(f"{number}. 答案：{key_text(item)}（{item.points}分）")
            doc.add_paragraph(f"解析：{item.explanation}")
            if item.marking:
                doc.add_paragraph(item.marking)
            doc.add_paragraph(f"出处：{item.source}（难度：{item.difficulty}）")
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
