"""Question banks: the rules of issue 6, each enforced by the checker and tested here."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.quiz import Practice, QuizError, check_bank, export, generate, load_bank
from assistant.quiz.checker import check_item
from assistant.quiz.exporters import XLSX_COLUMNS, read_aiken, read_xlsx
from corpus import Corpus
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def bank(corpus: Corpus):
    return generate(corpus, 50, seed=7)


def test_fifty_items_fast_and_without_violations(corpus: Corpus) -> None:
    started = time.perf_counter()
    bank = generate(corpus, 50, seed=11)
    assert time.perf_counter() - started < 5
    assert len(bank.items) == 50
    assert check_bank([i.to_dict() for i in bank.items], corpus) == []


@pytest.mark.parametrize("seed", range(10))
def test_every_seed_follows_the_rules(corpus: Corpus, seed: int) -> None:
    bank = generate(corpus, 200, seed=seed)  # the whole material
    assert check_bank([i.to_dict() for i in bank.items], corpus) == []


def test_all_four_types_with_their_fields(bank) -> None:
    assert {i.type for i in bank.items} == {"单选", "多选", "判断", "填空"}
    for item in bank.items:
        assert item.stem and item.answer and item.source.startswith("《")
        assert item.explanation.startswith("依据《") and item.difficulty in ("易", "中", "难")
        assert item.knowledge_point
        if item.type == "单选":
            assert len(item.options) == 4 and item.answer in "ABCD"
        if item.type == "多选":
            assert len(item.answer.split(",")) >= 2


def test_same_seed_same_quiz_other_seed_other_quiz(corpus: Corpus) -> None:
    a, b, c = (generate(corpus, 30, seed=s) for s in (5, 5, 6))
    assert [i.to_dict() for i in a.items] == [i.to_dict() for i in b.items]
    assert [i.id for i in a.items] != [i.id for i in c.items]


def test_no_fact_asked_twice_in_one_form(corpus: Corpus) -> None:
    bank = generate(corpus, 200, seed=3)
    keys = [(i.type, i.fact) for i in bank.items]
    assert len(keys) == len(set(keys))


def test_blank_answers_are_verbatim_spans(bank, corpus: Corpus) -> None:
    for item in (i for i in bank.items if i.type == "填空"):
        unit = corpus.unit_by_id(item.unit_id)
        assert item.answer in unit.text and item.answer not in item.stem


def test_multiple_choice_correct_set_is_one_list(bank, corpus: Corpus) -> None:
    for item in (i for i in bank.items if i.type == "多选"):
        unit = corpus.unit_by_id(item.unit_id)
        letters = item.answer.split(",")
        for n, option in enumerate(item.options):
            assert (option in unit.text) == ("ABCDE"[n] in letters)


def test_false_statements_swap_a_modal_or_a_figure(bank, corpus: Corpus) -> None:
    for item in (i for i in bank.items if i.type == "判断"):
        statement = item.stem.split("规定：", 1)[1].rstrip("。；")
        in_text = statement in corpus.unit_by_id(item.unit_id).text
        assert in_text == (item.answer == "正确")


def test_checker_catches_broken_items(bank, corpus: Corpus) -> None:
    choice = next(i.to_dict() for i in bank.items if i.type == "单选" and "不属于" not in i.stem)
    right = "ABCD".index(choice["answer"])
    second = dict(choice, options=[choice["options"][right]] * 4)
    assert any("重复" in p for p in check_item(second, corpus))
    leaked = dict(choice, stem=choice["stem"] + choice["options"][right])
    assert any("泄露" in p for p in check_item(leaked, corpus))
    blank = next(i.to_dict() for i in bank.items if i.type == "填空")
    assert check_item(dict(blank, answer="不存在的说法"), corpus)
    judge = next(i.to_dict() for i in bank.items if i.type == "判断")
    flipped = dict(judge, answer="错误" if judge["answer"] == "正确" else "正确")
    assert check_item(flipped, corpus)
    assert check_item(dict(choice, unit_id="nowhere/art-1"), corpus)
    dup = check_bank([choice, choice], corpus)
    assert any("重复" in p for p in dup)


def test_documents_and_chapters_can_be_chosen(corpus: Corpus) -> None:
    only = generate(corpus, 10, documents=["野外文物看管人员管理细则"], seed=1)
    assert {i.unit_id.split("/")[0] for i in only.items} == {"relic-custodians"}
    chapter = generate(corpus, 5, chapters=["第七章"], seed=1)
    assert chapter.items and all(
        corpus.unit_by_id(i.unit_id).headings[1].startswith("第七章") for i in chapter.items
    )
    other = generate(corpus, 5, documents=["medical-insurance"], seed=1)
    assert other.items and all(i.unit_id.startswith("medical-insurance/") for i in other.items)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n": 0}, "正整数"),
        ({"n": 5, "types": ["问答"]}, "题型"),
        ({"n": 5, "documents": ["拉萨"]}, "找不到文件"),
        ({"n": 5, "chapters": ["第九十章"]}, "章节"),
    ],
)
def test_bad_requests_get_clear_messages(corpus: Corpus, kwargs: dict, message: str) -> None:
    with pytest.raises(QuizError, match=message):
        generate(corpus, **kwargs)


def test_too_many_reports_the_largest_bank_without_padding(corpus: Corpus) -> None:
    bank = generate(corpus, 1000, seed=1)
    assert 50 <= len(bank.items) < 1000 and "最多只能出" in bank.notices[0]
    assert check_bank([i.to_dict() for i in bank.items], corpus) == []


def test_exports_round_trip(bank, tmp_path: Path) -> None:
    written = []
    for name in ("q.xlsx", "q.docx", "q.json", "q.gift", "q.txt"):
        written += export(bank, tmp_path / name)
    assert (tmp_path / "q-答案.docx") in written
    rows = read_xlsx(tmp_path / "q.xlsx")
    assert list(rows[0]) == XLSX_COLUMNS and len(rows) == 50
    multi = next(r for r in rows if r["题型"] == "多选")
    assert "," in multi["答案"] and multi["出处"].startswith("《")
    assert [i.to_dict() for i in load_bank(tmp_path / "q.json").items] == [
        i.to_dict() for i in bank.items
    ]
    aiken = read_aiken(tmp_path / "q.txt")
    assert len(aiken) == sum(1 for i in bank.items if i.type in ("单选", "判断"))
    assert all(q["answer"] in "ABCD" for q in aiken)
    gift = (tmp_path / "q.gift").read_text(encoding="utf-8")
    assert gift.count("::") == 2 * 50 and "{TRUE" in gift or "{FALSE" in gift


def test_docx_paper_and_key(bank, tmp_path: Path) -> None:
    from docx import Document

    export(bank, tmp_path / "paper.docx")
    paper = "\n".join(p.text for p in Document(str(tmp_path / "paper.docx")).paragraphs)
    key = "\n".join(p.text for p in Document(str(tmp_path / "paper-答案.docx")).paragraphs)
    assert "单选题" in paper and "答案：" not in paper and "解析" not in paper
    assert "答案：" in key and "依据《" in key


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_files_open_in_libreoffice(bank, tmp_path: Path) -> None:
    for name in ("q.xlsx", "q.docx"):
        export(bank, tmp_path / name)
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp_path),
                str(tmp_path / name),
            ],
            check=True,
            timeout=180,
            capture_output=True,
        )
        assert (tmp_path / name).with_suffix(".pdf").stat().st_size > 1000


def test_unknown_export_format(bank, tmp_path: Path) -> None:
    from assistant.quiz.exporters import ExportError

    with pytest.raises(ExportError, match="不支持"):
        export(bank, tmp_path / "q.pdf")


def test_practice_scores_and_explains(bank) -> None:
    practice = Practice(bank.items[:4])
    first = bank.items[0]
    feedback = practice.answer(1, first.answer.lower())
    assert feedback.correct and first.source in feedback.message
    wrong = (
        "错误"
        if bank.items[1].answer == "正确"
        else ("正确" if bank.items[1].type == "判断" else "Z")
    )
    assert not practice.answer(2, wrong).correct
    assert practice.score() == (1, 4) and "答错的题：2" in practice.summary()
    assert "第3题" in practice.question(3)
    with pytest.raises(ValueError):
        practice.answer(9, "A")


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_quiz_cli_and_evaluation(tmp_path: Path) -> None:
    out = _cli(
        "assistant",
        "quiz",
        "--n",
        "20",
        "--types",
        "单选,多选,判断,填空",
        "--docs",
        "文物",
        "--seed",
        "7",
        "--out",
        str(tmp_path / "quiz.xlsx"),
        "--out",
        str(tmp_path / "quiz.json"),
    )
    assert out.returncode == 0 and "已生成 20 道题" in out.stdout
    checked = _cli("evaluation", "quiz", str(tmp_path / "quiz.json"))
    assert checked.returncode == 0 and "违反规则 0 处" in checked.stdout
    data = json.loads((tmp_path / "quiz.json").read_text(encoding="utf-8"))
    data["items"][0]["answer"] = "不存在"
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert _cli("evaluation", "quiz", str(tmp_path / "bad.json")).returncode == 2
    assert _cli("assistant", "quiz", "--n", "0").returncode == 2
    practice = _cli("assistant", "practice", str(tmp_path / "quiz.json"), stdin="A\n" * 20)
    assert "得分：" in practice.stdout
