"""The converted model cache: verified at load, rebuilt on any damage, one builder at a time."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import time
from pathlib import Path

import pytest

from index import model_builder
from index.model_builder import ModelBuildError

WEIGHTS = bytes(range(256)) * 4096  # 1 MB of non-zero bytes: above SMALL_FILE below


def fake_build(work: Path, log: Path | None = None, delay: float = 0.0) -> None:
    """The same file layout as the real conversion, small; counts builds in `log`."""
    if log is not None:
        with log.open("a") as handle:
            handle.write(f"{os.getpid()}\n")
    time.sleep(delay)
    (work / "model.safetensors").write_bytes(WEIGHTS)
    (work / "config.json").write_text(json.dumps({"model_type": "bert"}), encoding="utf-8")
    (work / "tokenizer.json").write_text(json.dumps({"model": "Unigram"}), encoding="utf-8")
    (work / "1_Pooling").mkdir()
    (work / "1_Pooling" / "config.json").write_text(
        json.dumps({"pooling_mode_mean_tokens": True, "pooling_mode_cls_token": False}),
        encoding="utf-8",
    )


@pytest.fixture(autouse=True)
def small_files(monkeypatch: pytest.MonkeyPatch) -> None:
    # the fake weights count as large (raising=False: the test must also run, and fail, without it)
    monkeypatch.setattr(model_builder, "SMALL_FILE", 64 << 10, raising=False)


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    target, log = tmp_path / "models" / "m", tmp_path / "builds.log"
    model_builder.ensure_model(target, lambda work: fake_build(work, log))
    return target, log


def _builds(log: Path) -> int:
    return len(log.read_text().split()) if log.exists() else 0


def _reload(target: Path, log: Path) -> Path:
    return model_builder.ensure_model(target, lambda work: fake_build(work, log))


def _zero(path: Path, keep_mtime: bool) -> None:
    stat = path.stat()
    path.write_bytes(b"\0" * stat.st_size)
    if keep_mtime:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_built_once_then_reused(built) -> None:
    target, log = built
    assert model_builder.verify(target) is None and _builds(log) == 1
    _reload(target, log)
    assert _builds(log) == 1


DAMAGE = {
    "truncated weights": lambda t: os.truncate(t / "model.safetensors", 1000),
    "zeroed weights": lambda t: _zero(t / "model.safetensors", keep_mtime=False),
    "zeroed weights, mtime kept": lambda t: _zero(t / "model.safetensors", keep_mtime=True),
    "missing weights": lambda t: (t / "model.safetensors").unlink(),
    "damaged tokenizer": lambda t: (t / "tokenizer.json").write_text("{", encoding="utf-8"),
    "damaged config": lambda t: (t / "config.json").write_text("{}", encoding="utf-8"),
    "pooling switched to CLS": lambda t: (t / "1_Pooling" / "config.json").write_text(
        json.dumps({"pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}),
        encoding="utf-8",
    ),
    "manifest deleted": lambda t: (t / "manifest.json").unlink(),
    "manifest damaged": lambda t: (t / "manifest.json").write_bytes(b"\0\0"),
    "older build format": lambda t: (t / "manifest.json").write_text(
        json.dumps({**json.loads((t / "manifest.json").read_text()), "format": 1})
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_any_damage_is_detected_and_rebuilt(built, damage: str) -> None:
    target, log = built
    DAMAGE[damage](target)
    assert model_builder.verify(target) is not None
    _reload(target, log)
    assert _builds(log) == 2 and model_builder.verify(target) is None
    assert (target / "model.safetensors").read_bytes() == WEIGHTS


def test_a_failed_rebuild_keeps_the_last_copy_and_leaves_no_leftovers(built) -> None:
    target, log = built
    before = {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()}

    def broken(work: Path) -> None:
        fake_build(work)
        raise ModelBuildError("磁盘已满")

    model_builder_format = model_builder.BUILD_FORMAT
    try:
        model_builder.BUILD_FORMAT += 1  # a new version wants a rebuild
        with pytest.raises(ModelBuildError):
            model_builder.ensure_model(target, broken)
    finally:
        model_builder.BUILD_FORMAT = model_builder_format
    assert {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()} == before
    assert model_builder.verify(target) is None
    assert {p.name for p in target.parent.iterdir()} == {"m", ".lock"}


def test_a_build_that_does_not_verify_is_not_swapped_in(built, monkeypatch) -> None:
    target, log = built
    (target / "config.json").write_text("{}", encoding="utf-8")  # damaged: wants a rebuild
    damaged = (target / "config.json").read_bytes()
    real_manifest = model_builder.write_manifest

    def manifest_then_corrupt(folder: Path, seconds: float) -> None:
        real_manifest(folder, seconds)
        (folder / "tokenizer.json").write_text("changed after the manifest", encoding="utf-8")

    monkeypatch.setattr(model_builder, "write_manifest", manifest_then_corrupt)
    with pytest.raises(ModelBuildError, match="未通过校验"):
        _reload(target, log)
    assert (target / "config.json").read_bytes() == damaged  # nothing half-replaced


def test_leftovers_of_interrupted_builds_are_cleaned(built) -> None:
    target, log = built
    for name in (".building-abc123", ".retired-xyz"):
        (target.parent / name / "sub").mkdir(parents=True)
        (target.parent / name / "sub" / "model.safetensors").write_bytes(b"x" * 1000)
    _reload(target, log)
    assert {p.name for p in target.parent.iterdir()} == {"m", ".lock"}
    assert _builds(log) == 1


def _race(target: str, log: str, barrier) -> None:
    barrier.wait()
    model_builder.ensure_model(Path(target), lambda work: fake_build(work, Path(log), delay=0.2))


@pytest.mark.parametrize("damaged_first", [False, True])
def test_concurrent_processes_build_once_without_errors(tmp_path, damaged_first: bool) -> None:
    target, log = tmp_path / "models" / "m", tmp_path / "builds.log"
    if damaged_first:
        model_builder.ensure_model(target, fake_build)
        os.truncate(target / "model.safetensors", 10)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(4)
    workers = [ctx.Process(target=_race, args=(str(target), str(log), barrier)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert _builds(log) == 1
    assert model_builder.verify(target) is None
    assert {p.name for p in target.parent.iterdir()} == {"m", ".lock"}


def test_weights_checksum_failure_leaves_no_model(tmp_path, monkeypatch) -> None:
    fake = tmp_path / "e5-small-q4.bin"
    fake.write_bytes(b"E5S1" + b"\0" * 64)
    monkeypatch.setattr(model_builder, "weights_path", lambda: fake)
    monkeypatch.setenv("NGARI_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(ModelBuildError, match="校验失败"):
        model_builder.default_model_dir()
    models = tmp_path / "cache" / "models"
    assert {p.name for p in models.iterdir()} == {".lock"}


@pytest.mark.slow
def test_real_cache_switched_to_cls_is_rebuilt(tmp_path, monkeypatch, real_embedder) -> None:
    """End to end on the real converted model: the damage the probe found is repaired."""
    source = model_builder.default_model_dir()
    cache = tmp_path / "cache"
    target = cache / "models" / model_builder.MODEL_NAME
    shutil.copytree(source, target)
    monkeypatch.setenv("NGARI_CACHE_DIR", str(cache))
    assert model_builder.default_model_dir() == target  # a verified copy is used as is
    pooling = target / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text(encoding="utf-8"))
    pooling.write_text(
        json.dumps({**config, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}),
        encoding="utf-8",
    )
    model_builder.default_model_dir()
    assert json.loads(pooling.read_text(encoding="utf-8"))["pooling_mode_mean_tokens"] is True
    assert model_builder.verify(target) is None


def test_any_atomic_build_removes_leftovers_of_dead_builders_only(tmp_path) -> None:
    """The index uses the same helper: a killed build's folder goes, a live one's stays."""
    from index.folders import replaced_atomically

    dead = tmp_path / ".building-999999999-abc"
    alive = tmp_path / f".building-{os.getpid()}-def"
    for folder in (dead, alive):
        folder.mkdir()
        (folder / "vectors.faiss").write_bytes(b"x" * 100)
    with replaced_atomically(tmp_path / "index") as work:
        (work / "manifest.json").write_text("{}", encoding="utf-8")
    assert not dead.exists() and alive.exists()
    assert (tmp_path / "index" / "manifest.json").exists()
