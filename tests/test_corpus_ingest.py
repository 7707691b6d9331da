"""Ingest never touches the bundled gazette, refuses silent replacements, and can be undone."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from pathlib import Path

import pytest

from corpus import load_corpus
from corpus.__main__ import main
from tests.conftest import SEED
from tests.gazettes import gazette

INSURANCE = "阿里地区城乡居民基本医疗保险实施办法（试行）"


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library in a temp dir: a read-only copy of the bundled gazette; ingests beside it."""
    root = tmp_path / "data"
    root.mkdir()
    shutil.copy(SEED, root / SEED.name)
    (root / SEED.name).chmod(0o444)
    monkeypatch.setenv("NGARI_GAZETTE_DIR", str(root))
    monkeypatch.delenv("NGARI_INGEST_DIR", raising=False)
    return root


def _library_module():
    from corpus import library

    return library


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ingests(lib: Path) -> list[Path]:
    folder = lib / "ingested"
    return (
        sorted(p for p in folder.iterdir() if not p.name.startswith(".")) if folder.exists() else []
    )


def test_same_file_name_never_overwrites_the_bundled_gazette(lib, tmp_path, capsys) -> None:
    before = _sha(lib / SEED.name)
    other = _write(tmp_path / "other" / SEED.name, gazette("阿里地区测试管理办法"))
    assert main(["ingest", str(other)]) == 0
    assert _sha(lib / SEED.name) == before
    assert len(load_corpus().documents) == 13
    (folder,) = _ingests(lib)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["source_name"] == SEED.name and manifest["sha256"] == _sha(other)
    assert [d["title"] for d in manifest["documents"]] == ["阿里地区测试管理办法"]
    assert manifest["ingested_at"] and manifest["ingest_id"] == folder.name
    assert folder.name in capsys.readouterr().out


def test_a_clashing_title_is_refused_and_nothing_changes(lib, tmp_path, capsys) -> None:
    fake = _write(tmp_path / "fake.txt", gazette(INSURANCE))
    assert main(["ingest", str(fake)]) == 2
    err = capsys.readouterr().err
    assert "同名" in err and "--replace" in err and INSURANCE in err
    assert _ingests(lib) == []
    corpus = load_corpus()
    assert len(corpus.document("医保办法").units) == 49
    assert "测试" not in corpus.unit("医保办法", "第一条").text


def test_replace_keeps_the_old_one_and_remove_restores_it(lib, tmp_path, capsys) -> None:
    fake = _write(tmp_path / "fake.txt", gazette(INSURANCE, "阿里地区测试管理办法"))
    assert main(["ingest", str(fake), "--replace"]) == 0
    corpus = load_corpus()
    assert "测试" in corpus.unit("医保办法", "第一条").text
    assert [d.title for d in corpus.superseded] == [INSURANCE]
    assert len(corpus.superseded[0].units) == 49  # the real one is kept, only out of force
    (folder,) = _ingests(lib)
    capsys.readouterr()
    assert main(["list", "--ingests"]) == 0
    assert folder.name in capsys.readouterr().out
    assert main(["remove", folder.name]) == 0
    assert "恢复" in capsys.readouterr().out
    corpus = load_corpus()
    assert len(corpus.documents) == 12 and len(corpus.document("医保办法").units) == 49
    assert _ingests(lib) == []


def test_size_limit_has_a_clear_message(lib, tmp_path, capsys) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(_library_module().MAX_FILE_BYTES + 1)
    assert main(["ingest", str(big)]) == 2
    assert "文件过大" in capsys.readouterr().err and _ingests(lib) == []


def test_document_count_limit_has_a_clear_message(lib, tmp_path, capsys) -> None:
    titles = [f"阿里地区第{i}号测试管理办法" for i in range(_library_module().MAX_DOCUMENTS + 1)]
    many = _write(tmp_path / "many.txt", gazette(*titles))
    assert main(["ingest", str(many)]) == 2
    err = capsys.readouterr().err
    assert f"上限 {_library_module().MAX_DOCUMENTS} 份" in err and _ingests(lib) == []


def test_ingesting_what_is_already_there_is_an_error_not_success(lib, tmp_path, capsys) -> None:
    assert main(["ingest", str(SEED)]) == 2
    assert "完全相同" in capsys.readouterr().err
    new = _write(tmp_path / "new.txt", gazette("阿里地区测试管理办法"))
    assert main(["ingest", str(new)]) == 0
    assert main(["ingest", str(new)]) == 2
    assert "已于" in capsys.readouterr().err
    same_text = _write(tmp_path / "again.txt", gazette("阿里地区测试管理办法") + "\n\n")
    assert main(["ingest", str(same_text), "--replace"]) == 2
    assert "完全相同" in capsys.readouterr().err
    assert len(_ingests(lib)) == 1


@pytest.mark.parametrize("ingest_id", ["20990101T000000Z-deadbeef", "../..", "", "x" * 5000])
def test_removing_an_unknown_ingest_is_a_user_error(lib, capsys, ingest_id: str) -> None:
    assert main(["remove", ingest_id]) == 2
    assert "没有导入编号" in capsys.readouterr().err
    assert len(load_corpus().documents) == 12


def test_a_failed_write_leaves_nothing_and_exits_1(lib, tmp_path, monkeypatch, capsys) -> None:
    def disk_full(path: Path, data: bytes) -> None:
        path.write_bytes(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_library_module(), "_write_synced", disk_full)
    new = _write(tmp_path / "new.txt", gazette("阿里地区测试管理办法"))
    assert main(["ingest", str(new)]) == 1
    assert "内部错误" in capsys.readouterr().err
    assert [p.name for p in (lib / "ingested").iterdir()] == [".lock"]
    assert len(load_corpus().documents) == 12


def test_leftovers_of_an_interrupted_ingest_are_cleaned(lib, tmp_path) -> None:
    dead = lib / "ingested" / ".building-dead"
    _write(dead / "source.txt", "half")
    new = _write(tmp_path / "new.txt", gazette("阿里地区测试管理办法"))
    assert main(["ingest", str(new)]) == 0
    assert not dead.exists()


def test_a_damaged_ingest_is_skipped_not_trusted(lib, tmp_path) -> None:
    new = _write(tmp_path / "new.txt", gazette(INSURANCE))
    assert main(["ingest", str(new), "--replace"]) == 0
    (folder,) = _ingests(lib)
    (folder / "source.txt").write_text(gazette(INSURANCE).replace("9999", "1"), encoding="utf-8")
    corpus = load_corpus()
    assert len(corpus.document("医保办法").units) == 49 and corpus.superseded == []


def test_concurrent_ingests_of_one_title_let_exactly_one_in(lib, tmp_path) -> None:
    files = [
        _write(
            tmp_path / f"racer{i}.txt",
            gazette("阿里地区测试管理办法", number=f"阿行发〔202{i}〕9号"),
        )
        for i in range(4)
    ]
    library_module = _library_module()
    library = library_module.Library.default()
    outcomes: list[str] = []
    start = threading.Barrier(len(files))

    def run(path: Path) -> None:
        start.wait()
        try:
            library_module.ingest(path, library)
            outcomes.append("ok")
        except library_module.IngestRefused:
            outcomes.append("refused")

    threads = [threading.Thread(target=run, args=(f,)) for f in files]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["ok", "refused", "refused", "refused"]
    assert len(_ingests(lib)) == 1
    assert [d.title for d in load_corpus().documents].count("阿里地区测试管理办法") == 1


@pytest.mark.parametrize(
    ("doc", "label"), [("医保办法", "1" * 5000), ("医保办法", "\udcff"), ("x" * 5000, "1")]
)
def test_show_with_absurd_arguments_is_a_user_error(lib, capsys, doc: str, label: str) -> None:
    assert main(["show", doc, label]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and len(err) < 2000
