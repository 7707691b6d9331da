"""Where gazettes live: the bundled one is read-only; each ingest is a folder with a manifest.

Layout (the store chooses every name; nothing a user supplies becomes a path):

    corpus/data/gazette-2020.txt                   bundled, never written
    corpus/data/ingested/<ingest-id>/source.txt    a copy of what was ingested
    corpus/data/ingested/<ingest-id>/manifest.json source name, sha256, documents, time, replaces

A document whose title is already in the corpus is refused unless the ingest says it replaces
it; the replaced one stays on disk and comes back when that ingest is removed. Ingests are
serialised by a lock file and appear whole (a folder renamed into place) or not at all.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from corpus.model import Document
from corpus.parser import DATA_DIR, GazetteError, parse_gazette
from corpus.pdf import read_pdf_text

log = logging.getLogger(__name__)

GAZETTE_SUFFIXES = (".txt", ".pdf")
INGESTED = "ingested"
MANIFEST = "manifest.json"
LOCK = ".lock"
MAX_FILE_BYTES = 20 * 1024 * 1024  # a year's gazette is well under 1 MB of text, a PDF a few MB
MAX_DOCUMENTS = 100  # a prefecture's yearly gazette carries a few dozen documents
INGEST_ID_RE = re.compile(r"\d{8}T\d{6}Z-[0-9a-f]{8}")


class IngestRefused(GazetteError):
    """The file parses but may not be added as it is; the message says why and what to do."""


def read_gazette_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix.lower() == ".pdf" or data[:5] == b"%PDF-":
        return read_pdf_text(path)
    if b"\x00" in data[:4096]:
        raise GazetteError(f"{path.name} 不是文本文件（含二进制内容）。支持 UTF-8 文本或 PDF。")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise GazetteError(f"{path.name} 的编码无法识别。请另存为 UTF-8 文本或 PDF。") from exc


def parse_file(path: Path, source: str | None = None) -> list[Document]:
    return parse_gazette(read_gazette_text(path), source=source or path.name)


@dataclass(frozen=True)
class Library:
    """The bundled gazettes (read-only) and the folder of ingests beside them."""

    bundled: Path
    ingested: Path

    @classmethod
    def at(cls, directory: Path) -> Library:
        return cls(directory, directory / INGESTED)

    @classmethod
    def default(cls) -> Library:
        bundled = Path(os.environ.get("NGARI_GAZETTE_DIR") or DATA_DIR)
        ingested = os.environ.get("NGARI_INGEST_DIR")
        return cls(bundled, Path(ingested) if ingested else bundled / INGESTED)

    def bundled_files(self) -> list[Path]:
        if not self.bundled.is_dir():
            return []
        return sorted(
            p
            for p in self.bundled.iterdir()
            if p.is_file() and p.suffix.lower() in GAZETTE_SUFFIXES
        )


@dataclass(frozen=True)
class IngestedDocument:
    id: str
    title: str
    units: int


@dataclass(frozen=True)
class Replacement:
    """A document this ingest supersedes, and where the superseded one still lives."""

    title: str
    doc_id: str
    origin: str  # "bundled:gazette-2020.txt" or an ingest id


@dataclass(frozen=True)
class IngestRecord:
    ingest_id: str
    source_name: str
    source_file: str  # the copy's name inside the ingest folder
    sha256: str
    size: int
    ingested_at: str  # ISO 8601, UTC
    documents: tuple[IngestedDocument, ...]
    replaces: tuple[Replacement, ...] = ()

    def to_json(self) -> dict:
        return {
            "ingest_id": self.ingest_id,
            "source_name": self.source_name,
            "source_file": self.source_file,
            "sha256": self.sha256,
            "size": self.size,
            "ingested_at": self.ingested_at,
            "documents": [vars(d) for d in self.documents],
            "replaces": [vars(r) for r in self.replaces],
        }

    @classmethod
    def from_json(cls, data: dict) -> IngestRecord:
        return cls(
            ingest_id=str(data["ingest_id"]),
            source_name=str(data["source_name"]),
            source_file=str(data["source_file"]),
            sha256=str(data["sha256"]),
            size=int(data["size"]),
            ingested_at=str(data["ingested_at"]),
            documents=tuple(IngestedDocument(**d) for d in data["documents"]),
            replaces=tuple(Replacement(**r) for r in data.get("replaces", [])),
        )


@dataclass
class Shelf:
    """What is in force: active documents in order, and what ingests superseded."""

    documents: list[Document] = field(default_factory=list)
    superseded: list[Document] = field(default_factory=list)
    origin: dict[str, str] = field(default_factory=dict)  # doc id -> origin
    records: list[IngestRecord] = field(default_factory=list)
    bundled_sha256: dict[str, str] = field(default_factory=dict)  # sha -> file name

    def by_title(self, title: str) -> Document | None:
        key = title_key(title)
        return next((d for d in self.documents if title_key(d.title) == key), None)


def title_key(title: str) -> str:
    """Titles compare without spaces, book-title marks, quotes and bracket styles."""
    return re.sub(r"[\s《》“”\"'‘’（）()]", "", title)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_records(library: Library) -> list[IngestRecord]:
    """Every complete ingest, oldest first; a damaged one is logged and left out."""
    if not library.ingested.is_dir():
        return []
    records = []
    for folder in sorted(library.ingested.iterdir()):
        if not folder.is_dir() or not INGEST_ID_RE.fullmatch(folder.name):
            continue
        try:
            record = IngestRecord.from_json(
                json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            )
            data = (folder / record.source_file).read_bytes()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("导入 %s 的清单或文件损坏，已跳过：%s", folder.name, exc)
            continue
        if record.ingest_id != folder.name or sha256_bytes(data) != record.sha256:
            log.warning("导入 %s 的文件与清单不符（sha256），已跳过", folder.name)
            continue
        records.append(record)
    return sorted(records, key=lambda r: (r.ingested_at, r.ingest_id))


def load_shelf(library: Library) -> Shelf:
    """Bundled gazettes first, then each ingest in order, applying the replacements it declared."""
    shelf = Shelf()
    for path in library.bundled_files():
        shelf.bundled_sha256[sha256_bytes(path.read_bytes())] = path.name
        for doc in parse_file(path):
            if any(d.id == doc.id for d in shelf.documents):
                continue  # the same document twice in the bundled files is kept once
            shelf.documents.append(doc)
            shelf.origin[doc.id] = f"bundled:{path.name}"
    for record in read_records(library):
        folder = library.ingested / record.ingest_id
        try:
            parsed = parse_file(folder / record.source_file, record.source_name)
        except GazetteError as exc:
            log.warning("导入 %s 无法解析，已跳过：%s", record.ingest_id, exc)
            continue
        if len(parsed) != len(record.documents):
            log.warning("导入 %s 的文件数与清单不符，已跳过", record.ingest_id)
            continue
        shelf.records.append(record)
        replaced = {title_key(r.title) for r in record.replaces}
        for doc, listed in zip(parsed, record.documents, strict=True):
            doc = _with_id(doc, listed.id)
            old = shelf.by_title(doc.title)
            if old is not None and title_key(doc.title) not in replaced:
                log.warning(
                    "导入 %s 的《%s》与现有文件同名且未声明取代，已跳过",
                    record.ingest_id,
                    doc.title,
                )
                continue
            if old is not None:
                shelf.documents[shelf.documents.index(old)] = doc
                shelf.superseded.append(old)
            elif any(d.id == doc.id for d in shelf.documents):
                log.warning("导入 %s 的文件编号 %s 已被占用，已跳过", record.ingest_id, doc.id)
                continue
            else:
                shelf.documents.append(doc)
            shelf.origin[doc.id] = record.ingest_id
    return shelf


def _with_id(doc: Document, doc_id: str) -> Document:
    """The id the manifest recorded; unit ids follow it."""
    if doc.id == doc_id:
        return doc
    old = doc.id
    doc.id = doc_id
    doc.units = [replace(u, id=doc_id + u.id[len(old) :], doc_id=doc_id) for u in doc.units]
    return doc


@contextmanager
def locked(library: Library) -> Iterator[None]:
    """One ingest or removal at a time (fcntl lock, released if the process dies)."""
    library.ingested.mkdir(parents=True, exist_ok=True)
    with open(library.ingested / LOCK, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _clean_leftovers(library: Library) -> None:
    """Folders of ingests or removals a killed process left half done (we hold the lock)."""
    for folder in library.ingested.glob(".building-*"):
        shutil.rmtree(folder, ignore_errors=True)
    for folder in library.ingested.glob(".removing-*"):
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class IngestResult:
    record: IngestRecord
    documents: list[Document]  # as they now are in the corpus (ids as assigned)


def check_source(path: Path, max_bytes: int = MAX_FILE_BYTES) -> None:
    if not path.is_file():
        raise GazetteError(f"找不到文件：{path}")
    if path.suffix.lower() not in GAZETTE_SUFFIXES:
        raise GazetteError(f"不支持的文件类型“{path.suffix}”。支持 .txt 文本和 .pdf。")
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestRefused(
            f"文件过大：{path.name} 有 {size / 1048576:.1f} MB，上限 {max_bytes / 1048576:.0f} MB。"
            "一份公报的文字通常不到 1 MB；请确认选对了文件，或把公报按期拆开导入。"
        )


def ingest(
    path: Path,
    library: Library | None = None,
    replace_existing: bool = False,
    max_bytes: int = MAX_FILE_BYTES,
    max_documents: int = MAX_DOCUMENTS,
) -> IngestResult:
    """Parse, check, then add the gazette as one new ingest folder — or raise and change nothing."""
    library = library or Library.default()
    check_source(path, max_bytes)
    data = path.read_bytes()
    digest = sha256_bytes(data)
    documents = parse_file(path)
    if len(documents) > max_documents:
        raise IngestRefused(
            f"{path.name} 解析出 {len(documents)} 份文件，超过一次导入的上限 {max_documents} 份。"
            "请确认这是一份公报，或分批导入。"
        )
    with locked(library):
        _clean_leftovers(library)
        shelf = load_shelf(library)
        _refuse_duplicates(path, digest, shelf)
        replaces = _replacements(documents, shelf, replace_existing)
        taken = {d.id for d in shelf.documents} - {r.doc_id for r in replaces}
        assigned = [_with_id(doc, _free_id(doc, shelf, taken)) for doc in documents]
        now = datetime.now(UTC)
        record = IngestRecord(
            ingest_id=f"{now:%Y%m%dT%H%M%SZ}-{digest[:8]}",
            source_name=path.name,
            source_file="source" + path.suffix.lower(),
            sha256=digest,
            size=len(data),
            ingested_at=now.isoformat(timespec="microseconds"),
            documents=tuple(IngestedDocument(d.id, d.title, len(d.units)) for d in assigned),
            replaces=tuple(replaces),
        )
        target = library.ingested / record.ingest_id
        if target.exists():
            raise IngestRefused(f"导入编号 {record.ingest_id} 已存在，请稍后再试。")
        _write_folder(target, data, record)
        _confirm(library, record, target)
    return IngestResult(record, assigned)


def _refuse_duplicates(path: Path, digest: str, shelf: Shelf) -> None:
    if digest in shelf.bundled_sha256:
        raise IngestRefused(
            f"{path.name} 与自带的公报 {shelf.bundled_sha256[digest]} 完全相同，无需导入。"
        )
    for record in shelf.records:
        if record.sha256 == digest:
            raise IngestRefused(
                f"{path.name} 已于 {record.ingested_at[:19]} 导入过（导入编号 {record.ingest_id}），"
                "没有再次导入。"
            )


def _replacements(documents: list[Document], shelf: Shelf, allowed: bool) -> list[Replacement]:
    clashes = [(doc, shelf.by_title(doc.title)) for doc in documents]
    clashes = [(new, old) for new, old in clashes if old is not None]
    if not clashes:
        return []
    titles = "、".join(f"《{old.title}》" for _, old in clashes)
    if not allowed:
        raise IngestRefused(
            f"文件库中已有同名文件：{titles}。没有导入任何内容。"
            "如果新文件确实取代旧文件，请加 --replace 重新导入（旧文件会保留，可用 remove 恢复）。"
        )
    unchanged = [new for new, old in clashes if _same_text(new, old)]
    if len(unchanged) == len(documents):
        raise IngestRefused(f"{titles} 的内容与现有文件完全相同，导入不会改变任何内容。")
    return [Replacement(old.title, old.id, shelf.origin[old.id]) for _, old in clashes]


def _same_text(a: Document, b: Document) -> bool:
    return [(u.label, u.text) for u in a.units] == [(u.label, u.text) for u in b.units]


def _free_id(doc: Document, shelf: Shelf, taken: set[str]) -> str:
    """The parser's id, unless another document already holds it (then -2, -3, …)."""
    old = shelf.by_title(doc.title)
    if old is not None:
        taken.add(old.id)
        return old.id  # a replacement takes over its id, so references keep working
    base, candidate, n = doc.id, doc.id, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _write_folder(target: Path, data: bytes, record: IngestRecord) -> None:
    work = target.parent / f".building-{secrets.token_hex(4)}"
    work.mkdir()
    try:
        _write_synced(work / record.source_file, data)
        manifest = json.dumps(record.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
        _write_synced(work / MANIFEST, manifest)
        os.rename(work, target)
        _sync_dir(target.parent)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _confirm(library: Library, record: IngestRecord, target: Path) -> None:
    """Never report what did not happen: every listed document must now be in force."""
    shelf = load_shelf(library)
    active = {(d.id, d.title) for d in shelf.documents}
    missing = [d for d in record.documents if (d.id, d.title) not in active]
    if missing:
        shutil.rmtree(target, ignore_errors=True)
        raise RuntimeError(
            f"ingest {record.ingest_id} written but {len(missing)} documents are not in force"
        )


def remove(ingest_id: str, library: Library | None = None) -> IngestRecord:
    """Undo one ingest: its folder goes, and whatever it replaced is in force again."""
    library = library or Library.default()
    with locked(library):
        _clean_leftovers(library)
        records = {r.ingest_id: r for r in read_records(library)}
        if ingest_id not in records:
            known = "、".join(records) or "（目前没有任何导入）"
            raise IngestRefused(f"没有导入编号“{ingest_id[:60]}”。现有的导入：{known}")
        folder = library.ingested / ingest_id
        trash = library.ingested / f".removing-{secrets.token_hex(4)}"
        os.rename(folder, trash)
        _sync_dir(library.ingested)
        shutil.rmtree(trash, ignore_errors=True)
    return records[ingest_id]
