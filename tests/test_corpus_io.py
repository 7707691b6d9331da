"""PDF ingestion, malformed input, label lookup and the command line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus import GazetteError, NotFoundError, ingest, normalize_label, parse_gazette
from corpus.store import parse_file
from tests.conftest import ROOT, SEED
from tests.pdf_fixture import write_pdf


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "gazette.pdf"
    write_pdf(SEED.read_text(encoding="utf-8"), path)
    return path


def test_pdf_parses_to_same_documents_and_articles(seed_pdf: Path) -> None:
    from_text = parse_gazette(SEED.read_text(encoding="utf-8"))
    from_pdf = parse_file(seed_pdf)
    assert [(d.id, d.title, d.parent_title, d.number) for d in from_pdf] == [
        (d.id, d.title, d.parent_title, d.number) for d in from_text
    ]
    for text_doc, pdf_doc in zip(from_text, from_pdf, strict=True):
        if text_doc.kind != "articles":
            continue
        assert pdf_doc.chapters == text_doc.chapters
        text_units = {u.id: _flat(u.text) for u in text_doc.units}
        pdf_units = {u.id: _flat(u.text) for u in pdf_doc.units}
        assert pdf_units == text_units


def test_pdf_sections_match_text(seed_pdf: Path) -> None:
    from_text = {d.id: d for d in parse_gazette(SEED.read_text(encoding="utf-8"))}
    from_pdf = {d.id: d for d in parse_file(seed_pdf)}
    for doc_id in ("relic-training", "hospital-plan"):
        assert [u.label for u in from_pdf[doc_id].units] == [
            u.label for u in from_text[doc_id].units
        ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "为空"),
        (b"   \n\n  ", "为空"),
        (b"\x00\x01\x02binary\x00", "二进制"),
        ("今天天气很好。\n我们去公园散步。\n".encode(), "没有识别出"),
    ],
)
def test_malformed_files_rejected_and_nothing_written(
    tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(content)
    target_dir = tmp_path / "library"
    target_dir.mkdir()
    with pytest.raises(GazetteError, match=message):
        ingest(source, target_dir)
    assert list(target_dir.iterdir()) == []


def test_broken_pdf_rejected(tmp_path: Path) -> None:
    source = tmp_path / "bad.pdf"
    source.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    target_dir = tmp_path / "library"
    target_dir.mkdir()
    with pytest.raises(GazetteError):
        ingest(source, target_dir)
    assert list(target_dir.iterdir()) == []


def test_ingest_pdf_adds_documents(tmp_path: Path, seed_pdf: Path) -> None:
    result = ingest(seed_pdf, tmp_path)
    assert len(result.documents) == 12
    folder = tmp_path / "ingested" / result.record.ingest_id
    assert (folder / "source.pdf").read_bytes() == seed_pdf.read_bytes()
    assert result.record.source_name == "gazette.pdf"


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("22", "第二十二条"),
        ("第22条", "第二十二条"),
        ("第二十二条", "第二十二条"),
        ("五、(四)", "五、（四）"),
        ("(36)", "（36）"),
        ("十", "第十条"),
    ],
)
def test_label_normalization(raw: str, label: str) -> None:
    assert normalize_label(raw) == label


def test_lookup_errors_name_what_exists(corpus) -> None:
    with pytest.raises(NotFoundError, match="可用的文件"):
        corpus.document("拉萨市")
    with pytest.raises(NotFoundError, match="第一条"):
        corpus.unit("医疗保险", "第九十九条")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "corpus", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_cli_list_and_show() -> None:
    listing = json.loads(_cli("list", "--json").stdout)
    insurance = next(d for d in listing if d["id"] == "medical-insurance")
    assert insurance["counts"] == {"article": 49} and insurance["date"] == "2020-04-22"
    assert {"id", "title", "parent_title", "number", "date", "counts"} <= insurance.keys()
    shown = json.loads(_cli("show", "医疗保险", "22", "--json").stdout)
    assert shown["label"] == "第二十二条" and "起付线" in shown["text"]
    assert shown["citation"].endswith("第二十二条")


def test_cli_unknown_is_exit_2() -> None:
    result = _cli("show", "不存在的文件", "1")
    assert result.returncode == 2 and "找不到文件" in result.stderr
    result = _cli("show", "医疗保险", "第九十九条")
    assert result.returncode == 2
