"""Question banks: the rules of issues 6 and 13, each enforced by the checker and tested here."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from assistant.quiz import Practice, QuizError, check_bank, export, generate, load_bank
from assistant.quiz import facts as F
from assistant.quiz import statements as S
from assistant.quiz.checker import (
    MODALS,
    _bounded,
    _contract,
    _list_statement,
    check_item,
    core_units,
    coverage_problems,
    key_units,
    licence_change,
    stem_overlap,
)
from assistant.quiz.exporters import XLSX_COLUMNS, read_aiken, read_xlsx
from assistant.quiz.generator import (
    DEFAULT_DOCS,
    LETTERS,
    fit_quotas,
    papers,
    pool,
    resolve_documents,
)
from assistant.quiz.practice import AnswerError
from assistant.quiz.statements import listed_stem
from corpus import Corpus
from tests.test_quiz_review import _list_item


@pytest.fixture(scope="module")
def bank(corpus: Corpus):
    return generate(corpus, 50, seed=7)


@pytest.fixture(scope="module")
def material(corpus: Corpus):
    """Every candidate item of the three relic documents (built once: it is the slow part)."""
    return pool(corpus)


def test_fifty_items_without_violations(corpus: Corpus) -> None:
    # (its speed is measured by `python -m evaluation quiz`, not by a timed test)
    bank = generate(corpus, 50, seed=11)
    # two items per article, 判断 at most 45% and no rule that is not about relic safety leave
    # the relic material about 40 clean items: the bank says so rather than pad
    assert len(bank.items) >= 35
    assert len(bank.items) == 50 or any("只够出" in n for n in bank.notices)
    assert check_bank([i.to_dict() for i in bank.items], corpus, bank.documents) == []


@pytest.mark.parametrize("seed", range(8))
def test_every_seed_follows_the_rules(corpus: Corpus, seed: int) -> None:
    bank = generate(corpus, 50, seed=seed)
    assert check_bank([i.to_dict() for i in bank.items], corpus, bank.documents) == []


def test_all_four_types_with_their_fields(bank) -> None:
    assert {"单选", "判断", "填空"} <= {i.type for i in bank.items}
    if not any(i.type == "多选" for i in bank.items):
        # the relic documents hold no enumeration with a same-category sibling: said, not padded
        assert any("多选" in n for n in bank.notices)
    for item in bank.items:
        assert item.stem and item.answer and item.source.startswith("《")
        assert item.explanation.startswith("依据《") and item.difficulty in ("易", "中", "难")
        assert item.knowledge_point and item.points > 0
        if item.type == "单选":
            assert len(item.options) == 4 and item.answer in "ABCD"
        if item.type == "多选":
            assert len(item.answer.split(",")) >= 2 and len(item.options) <= 6


def test_same_seed_same_quiz_other_seed_other_quiz(corpus: Corpus) -> None:
    a, b, c = (generate(corpus, 30, seed=s) for s in (5, 5, 6))
    assert [i.to_dict() for i in a.items] == [i.to_dict() for i in b.items]
    assert [i.id for i in a.items] != [i.id for i in c.items]


def test_no_fact_asked_twice_in_one_form(corpus: Corpus) -> None:
    bank = generate(corpus, 200, seed=3)
    keys = [(i.type, i.fact) for i in bank.items]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("seed", [0, 7, 101])
def test_a_fifty_item_bank_asks_the_rules_that_matter(corpus: Corpus, seed: int) -> None:
    asked = {i.unit_id for i in generate(corpus, 50, seed=seed).items}
    for unit_id in ("relic-protection/art-21", "relic-custodians/art-7"):
        assert unit_id in asked
    assert {"relic-custodians/art-11", "relic-custodians/art-12"} <= asked
    assert {u.id for u in key_units(corpus, list(DEFAULT_DOCS))} <= asked
    # the other core units rotate between seeds, most of them in any one bank
    core = {u.id for u in core_units(corpus, list(DEFAULT_DOCS))}
    assert len(core & asked) >= 0.6 * len(core)


def test_pool_is_large_enough_for_two_papers(corpus: Corpus, material) -> None:
    items = material
    usable = [i for i in items if not check_item(i.to_dict(), corpus)]
    assert len({i.stem for i in usable}) >= 150
    assert {i.unit_id.split("/")[0] for i in usable} == set(DEFAULT_DOCS)


def test_scenarios_and_figures_are_asked(corpus: Corpus, material) -> None:
    stems = " ".join(i.stem for i in material)
    assert "发现盗掘、盗窃、破坏等违法犯罪现象" in stems  # 细则 第七条（四）as a scenario
    assert "未按要求如实填写巡逻日志的，要适当扣除______" in stems  # 第十一条 consequence
    assert (
        "每处安排（  ）看管人员" in stems
        and "发现文物或者疑似文物的，应当立即保护现场，并向（  ）报告" in stems
    )


def test_false_statements_change_one_detail_never_a_modal(corpus: Corpus, material) -> None:
    false = [i for i in material if i.type == "判断" and i.answer == "错误"]
    assert len(false) >= 30
    for item in false:
        was, now = item.changed.split("→")
        unit = corpus.unit_by_id(item.unit_id)
        shown = _contract(item.stem, unit, corpus)  # full names printed for "办公室"
        restored = shown.replace(_contract(now, unit, corpus), was).split("规定：", 1)[1]
        # the one modal change allowed: an absolute ban said to yield to an approval the
        # article never names (quiz28; checker.licence_change)
        assert was and now
        assert not MODALS.search(was + now) or licence_change(was, now, restored, unit)
        # (a sentence may leave out a joined duty that prints another item's answer, and a
        # shared role is said with its body as the one actor: the seed-5252 review, 30 and 32)
        # (and since the seed-5353 review: one act of a ban on everyone said licensed, "……经
        # ……批准后，可以占用", restores to that act's narrower truth; a stricter floor, "每年
        # 不得少于两次", to the clause before "，且")
        assert (
            _bounded(restored, unit, strict_end=True, cut=True)
            or _list_statement(restored, unit)
            or S.rephrased_clause(restored, [unit.text])
            or restored in F.narrowings(unit.text.strip())
            or restored.rstrip("。") + "，且" in unit.text
        ), item.stem


def test_list_explanations_quote_the_whole_list(corpus: Corpus, material) -> None:
    lists = [i for i in material if listed_stem(i.stem)]
    assert lists
    for item in lists:
        assert "…" not in item.explanation
        unit = corpus.unit_by_id(item.unit_id)
        for part in (p for p in unit.parts if p.kind == "item"):
            assert part.text[:10] in item.explanation


def test_difficulty_follows_features_not_type(corpus: Corpus, material) -> None:
    items = material
    for kind in ("单选", "判断", "填空"):
        assert len({i.difficulty for i in items if i.type == kind}) >= 2, kind


def test_blank_answers_are_verbatim_spans_with_alternatives(bank, corpus: Corpus, material) -> None:
    for item in (i for i in bank.items if i.type == "填空"):
        unit = corpus.unit_by_id(item.unit_id)
        assert item.answer in unit.text and item.answer not in item.stem
    alternatives = {a for i in material if i.type == "填空" for a in i.alternatives}
    assert (
        "两名" in alternatives or "两年" in alternatives or "省级文物行政管理部门" in alternatives
    )


def test_multiple_choice_correct_set_is_one_list(bank, corpus: Corpus) -> None:
    for item in (i for i in bank.items if i.type == "多选"):
        unit = corpus.unit_by_id(item.unit_id)
        letters = item.answer.split(",")
        for n, option in enumerate(item.options):
            assert (option in unit.text) == ("ABCDEF"[n] in letters)


def _one(bank, kind: str, **where):
    return next(
        i.to_dict()
        for i in bank.items
        if i.type == kind and all(getattr(i, k) == v for k, v in where.items())
    )


def test_checker_catches_what_a_trainer_sees(bank, corpus: Corpus, material) -> None:
    judge = next(i.to_dict() for i in material if i.type == "判断" and i.answer == "正确")
    # a statement cut at "；" whose article goes on with an exception (第十四条)
    cut = dict(
        judge,
        unit_id="relic-protection/art-14",
        source=corpus.unit_by_id("relic-protection/art-14").citation,
        quote="",
        stem="《文物保护管理办法》规定：纪念建筑物、古建筑等文物已经全部毁坏的，不得重新修建；",
    )
    assert check_item(cut, corpus)
    # a subjectless clause is no statement
    subjectless = dict(
        cut, stem="《文物保护管理办法》规定：因特殊需要，必须在另地复建或者在原址重建的。"
    )
    assert any("完整" in p for p in check_item(subjectless, corpus))
    # a modal flip
    art17 = corpus.unit_by_id("relic-protection/art-17")
    flip = dict(
        judge,
        unit_id=art17.id,
        source=art17.citation,
        quote="",
        answer="错误",
        changed="",
        stem="《文物保护管理办法》规定：未经批准，任何单位或者个人可以擅自发掘。",
    )
    assert any("情态词" in p for p in check_item(flip, corpus))
    # a stem cut at a fixed length
    choice = next(
        i.to_dict()
        for i in material
        if i.type == "单选" and i.stem.startswith("根据") and "如何" not in i.stem
    )
    cut_choice = dict(choice, stem=choice["stem"][:18] + choice["stem"][24:])
    assert check_item(cut_choice, corpus)
    # twin options through the equivalence table, and a catch-all option
    twins = dict(
        choice, options=["自治区文物行政管理部门", "省级文物行政管理部门", "宗教部门", "公安部门"]
    )
    assert any("意思相同" in p for p in check_item(twins, corpus))
    catch_all = dict(choice, options=[*choice["options"][:3], "其他破坏文物安全行为"])
    assert any("兜底" in p for p in check_item(catch_all, corpus))
    # an elided list explanation
    listed = _list_item(corpus, "relic-protection/art-6", [], [])
    elided = dict(listed, explanation=listed["explanation"][:40] + "……”")
    assert any("省略" in p or "完整引用" in p for p in check_item(elided, corpus))
    # the old checks still hold
    right = "ABCD".index(choice["answer"])
    assert any(
        "重复" in p
        for p in check_item(dict(choice, options=[choice["options"][right]] * 4), corpus)
    )
    blank = _one(bank, "填空")
    assert check_item(dict(blank, answer="不存在的说法"), corpus)
    assert check_item(dict(choice, unit_id="nowhere/art-1"), corpus)
    assert any("重复" in p for p in check_bank([choice, choice], corpus))


def test_checker_sees_missing_core_rules_and_seed_overlap(corpus: Corpus) -> None:
    bank = [i.to_dict() for i in generate(corpus, 50, seed=4).items]
    without = [i for i in bank if i["unit_id"] != "relic-custodians/art-12"]
    padded = without + [without[0]] * (50 - len(without))
    assert any("必考条文" in p for p in coverage_problems(padded, corpus, list(DEFAULT_DOCS)))
    assert stem_overlap(bank, bank) == 1.0


@pytest.mark.xfail(
    strict=True,
    reason="quiz7/quiz8/quiz11: one item per rule, two per article (three on a long one) and "
    "判断 at most 45% let a bank hold at most 49 items of this material (generator.places) and "
    "a bank takes about 39 of them, so seeds share more stems (quiz11 measured over 66 pairs: "
    "mean 45%, max 62%; quiz8 53%, max 67%; quiz13, with 51 places and each rule's form "
    "favoured by the seed, still about 45%: too few rules have more than one form; quiz19: "
    "a fuller bank from the same pool shares more: 44% over seeds 0–11, 45% over 435 pairs of "
    "seeds 100–129, and one extra random draw moves the 66-pair mean by 3 points; quiz23, "
    "narrower truths as forms of a rule: 43% over 66 pairs, 40.5% over 435, max 59%/64%; "
    "quiz24, banks of ~42 items from 55 sentences, 27 of them in every bank, seeds taking turns "
    "over the facts: 42% over 66 pairs, 43.2% over 435; quiz25, one item per sentence and safety "
    "rules first: 43% over 66 pairs, 42.8% over 435; quiz42, each clause's forms ranked by the "
    "seed: 44.0% over 435 (43.8% before), and a fact with one stem only in the seed's turn: "
    "40.0% but 46.5 items a bank; evaluation.quiz_overlap: 20 facts with one stem alone hold "
    "two seeds at ~12%, the 判断 share and truth balance decide the rest's forms)",
)
def test_seeds_share_few_stems(corpus: Corpus) -> None:
    """Issue 13's target: any two seeds share at most a third of their stems (four seeds, six
    pairs; `python -m evaluation quiz` measures 66 pairs). quiz17 measured four seeds at mean
    39%, max 47%: a looser bound passed by chance, so the test asks the target itself."""
    banks = [[i.to_dict() for i in generate(corpus, 50, seed=s).items] for s in (11, 12, 13, 14)]
    shares = [stem_overlap(a, b) for n, a in enumerate(banks) for b in banks[n + 1 :]]
    assert max(shares) <= 1 / 3


def test_fit_quotas_caps_a_small_pool() -> None:
    fitted = fit_quotas(
        {"单选": 22, "多选": 5, "判断": 15, "填空": 8},
        Counter({"单选": 30, "多选": 5, "判断": 100, "填空": 70}),
    )
    assert fitted["单选"] == 9 and fitted["多选"] == 2 and sum(fitted.values()) == 50
    # a material too small for the cap is asked as requested
    assert fit_quotas({"多选": 5}, Counter({"多选": 5})) == {"多选": 5}


def test_relic_banks_hold_sound_multiple_choice(corpus: Corpus) -> None:
    """多选 from the relic documents: every right option a whole list member (or a body the
    clause names), each distractor from the contrasting list of the same subject (a right
    beside duties) or a body the article never names, the explanation quoting the whole list."""
    multi = [i for i in pool(corpus) if i.type == "多选"]
    assert len(multi) >= 4
    assert all(check_item(i.to_dict(), corpus) == [] for i in multi)
    duties = next(i for i in multi if "主要工作职责" in i.stem)
    right = [duties.options[LETTERS.index(a)] for a in duties.answer.split(",")]
    wrong = [o for o in duties.options if o not in right]
    assert all(o in duties.quote for o in right) and wrong
    rights = corpus.unit_by_id("relic-custodians/art-8").text
    assert all(o in rights and o not in duties.quote for o in wrong)
    assert all(m in duties.explanation for m in ("严格遵守", "每日巡查", "第一时间", "严守国家"))


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
        ({"n": 0}, "1 到 200"),
        ({"n": 201}, "1 到 200"),
        ({"n": 5, "types": []}, "没有选择题型"),
        ({"n": 5, "types": ["问答"]}, "题型"),
        ({"n": 5, "documents": ["拉萨"]}, "找不到文件"),
        ({"n": 5, "chapters": ["第九十章"]}, "章节"),
    ],
)
def test_bad_requests_get_clear_messages(corpus: Corpus, kwargs: dict, message: str) -> None:
    with pytest.raises(QuizError, match=message):
        generate(corpus, **kwargs)


def test_short_names_select_documents(corpus: Corpus) -> None:
    assert [d.id for d in resolve_documents(corpus, [])] == list(DEFAULT_DOCS)
    for name in ("医保", "医保办法", "看管细则", "medical-insurance"):
        docs = resolve_documents(corpus, [name])
        assert len(docs) == 1, name
    assert resolve_documents(corpus, ["医保"])[0].id == "medical-insurance"
    assert generate(corpus, 5, types=["判断题"], documents=["医保"], seed=1).items


def test_too_many_reports_the_largest_bank_without_padding(corpus: Corpus) -> None:
    bank = generate(corpus, 200, types=["单选"], seed=1)
    assert 1 <= len(bank.items) < 200 and "只够出" in bank.notices[0] and "凑数" in bank.notices[0]
    assert check_bank([i.to_dict() for i in bank.items], corpus) == []
    with pytest.raises(QuizError, match="没有适合出多选题的条文.*完整列出"):
        generate(corpus, 10, types=["多选"], documents=["文物安全培训办法"], seed=1)


def test_exports_round_trip(bank, tmp_path: Path) -> None:
    written = []
    for name in ("q.xlsx", "q.docx", "q.json", "q.gift", "q.txt"):
        written += export(bank, tmp_path / name)
    assert (tmp_path / "q-答案.docx") in written
    rows = read_xlsx(tmp_path / "q.xlsx")
    assert list(rows[0]) == XLSX_COLUMNS and len(rows) == len(bank.items) >= 35
    assert {"单选题", "判断题", "填空题"} <= {r["题型"] for r in rows}
    for row, item in zip(rows, bank.items, strict=True):
        if row["题型"] == "多选题":
            assert re.fullmatch(r"[A-F]{2,6}", row["答案"])
        if row["题型"] == "判断题":
            assert row["答案"] in ("正确", "错误") and not row["选项A"]
        if row["题型"] == "单选题":
            assert row["答案"] in "ABCD" and row["选项D"]
        if row["题型"] == "填空题":
            assert row["答案"].split("|")[0] == item.answer
        assert int(row["分值"]) == item.points and row["出处"].startswith("《")
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
    paper_doc = Document(str(tmp_path / "paper.docx"))
    paper = "\n".join(p.text for p in paper_doc.paragraphs)
    key = "\n".join(p.text for p in Document(str(tmp_path / "paper-答案.docx")).paragraphs)
    section = paper_doc.sections[0]
    assert abs(section.page_width.cm - 21.0) < 0.1 and abs(section.page_height.cm - 29.7) < 0.1
    assert "PAGE" in section.footer._element.xml
    assert paper.startswith(
        "《文物保护管理办法》《野外文物看管人员管理细则》《文物工作人员文物安全培训办法》"
    )
    assert "单选题" in paper and "答案：" not in paper and "解析" not in paper
    assert (
        "\n1. " in paper
        and f"\n{len(bank.items)}. " in paper
        and "分）" in paper
        and re.search(r"（　　）（\d+分）", paper)
        and "满分 100 分" in paper
    )
    assert all(p.style.name != "List Bullet" for p in paper_doc.paragraphs)
    assert "答案：" in key and "依据《" in key
    # the heading's short titles are defined once on the paper
    assert "《阿里地区文物保护管理办法（暂行）》（以下简称《文物保护管理办法》）" in paper


def test_docx_title_names_the_documents_chosen(corpus: Corpus, tmp_path: Path) -> None:
    from docx import Document

    export(generate(corpus, 5, documents=["医保"], seed=2), tmp_path / "m.docx")
    title = Document(str(tmp_path / "m.docx")).paragraphs[0].text
    assert "城乡居民基本医疗保险实施办法" in title and "文物" not in title


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
    wrong = "B" if bank.items[1].answer != "B" else "A"
    assert not practice.answer(2, wrong).correct
    assert practice.score() == (1, 4) and "答错的题：2" in practice.summary()
    assert "第3题" in practice.question(3)
    with pytest.raises(ValueError):
        practice.answer(9, "A")


def test_practice_asks_again_for_an_empty_or_unreadable_answer(bank) -> None:
    choice = next(i for i in bank.items if i.type == "单选")
    judge = next(i for i in bank.items if i.type == "判断")
    practice = Practice([choice, judge])
    for given in ("", "  ", "Z", "AB"):
        with pytest.raises(AnswerError):
            practice.answer(1, given)
    with pytest.raises(AnswerError):
        practice.answer(2, "也许")
    assert practice.results == {}
    answers = iter(["", choice.answer, "对"])
    said: list[str] = []
    practice.run(lambda _: next(answers), said.append)
    assert "还没有作答" in " ".join(said) and len(practice.results) == 2


def test_blank_alternatives_are_accepted(corpus: Corpus, material) -> None:
    item = next(i for i in material if i.type == "填空" and i.alternatives)
    practice = Practice([item])
    assert practice.answer(1, item.alternatives[0]).correct


def test_quiz_cli_and_evaluation(tmp_path: Path, capsys, monkeypatch) -> None:
    """In process (no model is loaded): the quiz, evaluation quiz and practice commands."""
    from assistant.__main__ import main as assistant_main
    from evaluation.__main__ import main as evaluation_main

    code = assistant_main(
        [
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
        ]
    )
    assert code == 0 and "已生成 20 道题" in capsys.readouterr().out
    assert evaluation_main(["quiz", str(tmp_path / "quiz.json")]) == 0
    assert "违反规则 0 处" in capsys.readouterr().out
    data = json.loads((tmp_path / "quiz.json").read_text(encoding="utf-8"))
    data["items"][0]["answer"] = "不存在"
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert evaluation_main(["quiz", str(tmp_path / "bad.json")]) == 2
    assert assistant_main(["quiz", "--n", "0"]) == 2
    assert assistant_main(["quiz", "--types", ""]) == 2
    assert "没有选择题型" in capsys.readouterr().err
    answers = iter(["A"] * 20)
    monkeypatch.setattr("assistant.__main__._read_line", lambda _="": next(answers, None))
    assert assistant_main(["practice", str(tmp_path / "quiz.json")]) == 0
    assert "得分：" in capsys.readouterr().out


def test_ab_papers_share_few_stems_and_both_cover_the_core(corpus: Corpus) -> None:
    first, second = papers(corpus, 50, seed=12)
    rows_a = [i.to_dict() for i in first.items]
    rows_b = [i.to_dict() for i in second.items]
    assert stem_overlap(rows_a, rows_b) <= 1 / 3
    assert check_bank(rows_b, corpus, second.documents) == []


def _choice_on(corpus: Corpus, unit_id: str, sentence: str, answer: str, wrong: list[str]) -> dict:
    unit = corpus.unit_by_id(unit_id)
    return {
        "type": "单选",
        "stem": f"根据{unit.citation}，{sentence}",
        "options": [answer, *wrong],
        "answer": "A",
        "explanation": f"依据{unit.citation}：“{sentence}”",
        "source": unit.citation,
        "unit_id": unit_id,
        "quote": "",
    }


def test_checker_catches_gaps_a_trainer_would_drop(corpus: Corpus) -> None:
    part_of_name = _choice_on(
        corpus,
        "relic-protection/art-54",
        "本办法由阿里地区文物保护工作（  ）负责解释。",
        "联席会议办公室",
        ["宗教部门", "公安部门", "住房城乡建设部门"],
    )
    assert any("一部分" in p for p in check_item(part_of_name, corpus))
    open_list = _choice_on(
        corpus,
        "relic-protection/art-51",
        "（  ）或者其他行政管理部的工作人员因失职、渎职造成文物损失的，由上级行政机关或监察机关"
        "追究主管人员和直接责任人责任；构成犯罪的，依法追究刑事责任。",
        "文物行政管理部门",
        ["宗教部门", "公安部门", "住房城乡建设部门"],
    )
    assert any("开放列举" in p for p in check_item(open_list, corpus))
    joined = _choice_on(
        corpus,
        "relic-custodians/art-10",
        "（  ）和文物行政管理部门选聘野外文物看管人员时应注重选聘人员的年龄结构、文化层次等的构成，"
        "在符合选拔条件的基础上要优先考虑当地已脱贫群众和贫困边缘户，巩固好脱贫攻坚成果。",
        "各县人民政府",
        ["各县文物行政管理部门", "地区行署", "国务院"],
    )
    assert any("同一类机关" in p for p in check_item(joined, corpus))


def test_checker_rejects_a_false_statement_that_only_swaps_the_actor(corpus: Corpus) -> None:
    unit = corpus.unit_by_id("relic-protection/art-36")
    swapped = {
        "type": "判断",
        "stem": "《文物保护管理办法》规定：各级文物行政管理部门利用国有不可移动文物进行旅游开发的，"
        "不得改变原有人文生态和历史环境风貌，不得转让、抵押，不得作为企业资产经营。",
        "options": ["正确", "错误"],
        "answer": "错误",
        "explanation": f"依据{unit.citation}：“…”",
        "source": unit.citation,
        "unit_id": unit.id,
        "changed": "各级人民政府→各级文物行政管理部门",
    }
    assert any("主体" in p for p in check_item(swapped, corpus))


def test_checker_rejects_a_distractor_that_contains_a_listed_member(
    corpus: Corpus, material
) -> None:
    listed = _list_item(corpus, "relic-training/sec-6-3", ["文物安全应急演练"], [])
    assert any("包含了所列" in p for p in check_item(listed, corpus))


def test_checker_sees_one_key_repeated_into_a_pattern(bank, corpus: Corpus) -> None:
    blanks = [i.to_dict() for i in bank.items if i.type == "填空"][:3]
    same = [dict(b, answer=blanks[0]["answer"]) for b in blanks]
    assert any("反复出现" in p for p in check_bank(same, corpus))


def test_single_choice_keys_are_balanced(corpus: Corpus, bank) -> None:
    letters = [i.answer for i in bank.items if i.type == "单选"]
    assert max(letters.count(x) for x in "ABCD") - min(letters.count(x) for x in "ABCD") <= 1
    # enough 单选 for the checker's count (a mixed bank holds only a share of the 单选 pool)
    rows = [i.to_dict() for i in generate(corpus, 12, types=["单选"], seed=3).items]
    skewed = []
    for row in rows:
        if row["type"] == "单选":
            right = row["options"][LETTERS.index(row["answer"])]
            others = [o for o in row["options"] if o != right]
            row = dict(row, options=[others[0], right, *others[1:]], answer="B")
        skewed.append(row)
    assert any("可以猜" in p for p in check_bank(skewed, corpus))


def test_every_document_gives_a_clean_bank(corpus: Corpus) -> None:
    """The rules hold beyond the relic documents: no date asked as a period ("2020年" → "两年"),
    no false statement whose wrong value already stands in the sentence."""
    for doc in corpus.documents:
        for seed in (1, 2):
            try:
                bank = generate(corpus, 30, documents=[doc.id], seed=seed)
            except QuizError:
                break  # a document with nothing to ask says so
            rows = [i.to_dict() for i in bank.items]
            assert check_bank(rows, corpus, bank.documents) == [], (doc.id, seed)


def test_a_pair_of_bodies_is_not_hinted_by_another_item(corpus: Corpus) -> None:
    """The 多选 "（  ）选聘看管人员" (answer: 各县人民政府 and 文物行政管理部门) beside a gap item whose
    stem with its answer prints the same pair ("经______和文物行政管理部门……选拔"): each gives the
    other away, the checker says so and no bank holds both."""
    items = pool(corpus)
    multi = next(i for i in items if i.type == "多选" and i.unit_id == "relic-custodians/art-9")
    gap = next(
        i
        for i in items
        if i.type == "填空" and i.unit_id == "relic-custodians/art-9" and i.answer == "各县人民政府"
    )
    problems = check_bank([multi.to_dict(), gap.to_dict()], corpus)
    assert any("同一组机关" in p for p in problems)
    for seed in (1, 2, 3):
        bank = generate(corpus, 50, seed=seed)
        stems = {i.stem for i in bank.items}
        assert not (multi.stem in stems and gap.stem in stems)
