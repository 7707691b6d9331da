"""The corpus as the rest of the product sees it: load, find a document, find a unit, ingest."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table
from corpus.model import Document, Unit
from corpus.numerals import cn_to_int, int_to_cn
from corpus.parser import DATA_DIR, GazetteError, parse_gazette
from corpus.pdf import read_pdf_text

GAZETTE_DIR = DATA_DIR  # bundled and ingested gazettes live side by side
GAZETTE_SUFFIXES = (".txt", ".pdf")


class NotFoundError(LookupError):
    """Unknown document or label; the message is shown to the user as is."""


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


def parse_file(path: Path) -> list[Document]:
    return parse_gazette(read_gazette_text(path), source=path.name)


@dataclass
class Corpus:
    documents: list[Document]

    def units(self) -> list[Unit]:
        return [unit for doc in self.documents for unit in doc.units]

    def fingerprint(self) -> str:
        """Changes whenever any unit's id or text changes (the index manifest uses it)."""
        digest = hashlib.sha256()
        for unit in self.units():
            digest.update(unit.id.encode())
            digest.update(unit.text.encode())
        return digest.hexdigest()

    def document(self, query: str) -> Document:
        """By id, exact title, or any substring of a title (shortest title wins)."""
        query = query.strip()
        for doc in self.documents:
            if query in (doc.id, doc.title):
                return doc
        normalized = _normalize(query)
        matches = [d for d in self.documents if normalized and normalized in _normalize(d.title)]
        if not matches:
            matches = [
                d for d in self.documents if d.id in {i for a, i in doc_aliases() if a == query}
            ]
        if not matches:
            names = "、".join(f"{d.id}（{d.title}）" for d in self.documents)
            raise NotFoundError(f"找不到文件“{query}”。可用的文件：{names}")
        return min(matches, key=lambda d: len(d.title))

    def unit(self, doc_query: str, label: str) -> Unit:
        doc = self.document(doc_query)
        wanted = normalize_label(label)
        for unit in doc.units:
            if wanted in (unit.label, unit.id, unit.id.split("/", 1)[1]):
                return unit
        sample = "、".join(u.label for u in doc.units[:6])
        raise NotFoundError(f"《{doc.title}》中没有“{label}”。可用的编号如：{sample} 等。")

    def unit_by_id(self, unit_id: str) -> Unit | None:
        for unit in self.units():
            if unit.id == unit_id:
                return unit
        return None

    def document_by_id(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.id == doc_id), None)


@lru_cache(maxsize=1)
def doc_aliases() -> tuple[tuple[str, ...], ...]:
    """Short names people use for documents (医保办法, 看管细则), longest first."""
    return tuple(sorted(read_table(DATA_DIR / "doc_aliases.tsv"), key=lambda r: -len(r[0])))


def _normalize(text: str) -> str:
    return re.sub(r"[\s《》“”\"（）()]", "", text)


def normalize_label(label: str) -> str:
    """ "22", "第22条", "二十二" → 第二十二条; "五、(四)" → 五、（四）; "(36)" → （36）."""
    text = re.sub(r"\s+", "", label).replace("(", "（").replace(")", "）")
    if re.fullmatch(r"\d+", text):
        return f"第{int_to_cn(int(text))}条"
    m = re.fullmatch(r"第(\d+)条", text)
    if m:
        return f"第{int_to_cn(int(m.group(1)))}条"
    if re.fullmatch(r"[一二三四五六七八九十百零]+", text):
        return f"第{int_to_cn(cn_to_int(text))}条"
    m = re.fullmatch(r"第(\d+)项", text)
    if m:
        return f"第{int(m.group(1))}项"
    return text


def gazette_files(directory: Path = GAZETTE_DIR) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix.lower() in GAZETTE_SUFFIXES)


def load_corpus(directory: Path | None = None) -> Corpus:
    """Every gazette in the data folder; ids stay unique across gazettes."""
    directory = directory or Path(os.environ.get("NGARI_GAZETTE_DIR", GAZETTE_DIR))
    documents: list[Document] = []
    seen: set[str] = set()
    for path in gazette_files(directory):
        for doc in parse_file(path):
            if doc.id in seen:
                continue  # the same document ingested twice is kept once
            seen.add(doc.id)
            documents.append(doc)
    return Corpus(documents)


def ingest(path: Path, directory: Path | None = None) -> list[Document]:
    """Parse first, copy only on success: a failed ingest leaves nothing behind."""
    directory = directory or Path(os.environ.get("NGARI_GAZETTE_DIR", GAZETTE_DIR))
    if not path.is_file():
        raise GazetteError(f"找不到文件：{path}")
    if path.suffix.lower() not in GAZETTE_SUFFIXES:
        raise GazetteError(f"不支持的文件类型“{path.suffix}”。支持 .txt 文本和 .pdf。")
    documents = parse_file(path)
    target = directory / path.name
    with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".part") as tmp:
        shutil.copyfileobj(path.open("rb"), tmp)
    os.replace(tmp.name, target)
    return documents
