"""The seed-4747 review (a trainer, blind, 47 items of a bank of 60): 填空 keys too narrow for the
paper's "以答案卷所列为准" (1200元 written 一千二百元; 地区财政 written 地区财政局), a .docx whose East
Asian text was set in the template's Japanese fonts with blue headings, a key that said 正确/错误
where the paper asks for √/×, alternatives joined by "|", and marking notes printed nowhere."""

from __future__ import annotations

import re
import zipfile

from assistant.quiz import facts as F
from assistant.quiz.exporters import export, key_text, read_xlsx
from assistant.quiz.generator import Bank, Item, _alternatives
from assistant.quiz.terms import same_answer


def test_a_sum_written_as_people_write_it_earns_the_points() -> None:
    found = _alternatives(F.Slot("figure", "1400元", 0))
    assert {"一千四百元", "1,400元", "1400"} <= set(found)
    assert same_answer("一千二百元", "1200元") and not same_answer("一千四百元", "1200元")


def test_a_purse_named_by_its_office_earns_the_points() -> None:
    found = _alternatives(F.Slot("funder", "地区财政", 0))
    assert {"地区财政局", "阿里地区财政", "阿里地区财政部门"} <= set(found)
    assert not same_answer("县财政局", "地区财政")


def _item(kind: str, answer: str, **more) -> Item:
    return Item(
        id=f"x-{kind}",
        type=kind,
        stem="《阿里地区野外文物看管人员管理细则（暂行）》规定：……"
        + ("______" if kind == "填空" else ""),
        options=["正确", "错误"] if kind == "判断" else [],
        answer=answer,
        explanation="依据……",
        source="《阿里地区野外文物看管人员管理细则（暂行）》第十二条",
        unit_id="relic-custodians/art-12",
        difficulty="中",
        knowledge_point="",
        fact="relic-custodians/art-12#0",
        points=2,
        **more,
    )


def test_the_key_says_what_the_paper_asks_for(tmp_path) -> None:
    blank = _item(
        "填空", "1200元", alternatives=["1200", "一千二百元"], marking="评分：答“1200元”给分。"
    )
    judged = _item("判断", "错误")
    assert key_text(judged) == "×（错误）" and key_text(_item("判断", "正确")) == "√（正确）"
    # (each wording in quotes since the seed-5252 review, 37 and 43)
    assert key_text(blank) == "1200元（或：“1200”、“一千二百元”）"
    bank = Bank(items=[judged, blank], seed=1, documents=["relic-custodians"])
    (row_judged, row_blank) = read_xlsx(export(bank, tmp_path / "b.xlsx")[0])
    assert row_judged["答案"] == "错误"  # (the import template's own words)
    assert row_blank["答案"] == "1200元|1200|一千二百元" and "评分" in row_blank["解析"]
    paper, key = export(bank, tmp_path / "b.docx")
    from docx import Document

    said = [p.text for p in Document(key).paragraphs]
    assert any(t.startswith("一、") for t in said) and "评分：答“1200元”给分。" in said
    styles = zipfile.ZipFile(paper).read("word/styles.xml").decode()
    assert 'w:eastAsia="zh-CN"' in styles and 'w:eastAsia="宋体"' in styles
    assert "majorEastAsia" not in styles.split("<w:style ")[0]  # (the defaults name no theme)
    heading = re.search(r'w:styleId="Heading1".*?</w:style>', styles, re.S).group(0)
    assert 'w:val="000000"' in heading and "themeColor" not in heading
