"""The corpus as the rest of the product sees it: load, find a document, find a unit."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from corpus.datafiles import read_table
from corpus.library import GAZETTE_SUFFIXES, IngestResult, Library, load_shelf, parse_file  # noqa: F401  (re-exported)
from corpus.library import ingest as ingest_into
from corpus.model import Document, Unit
from corpus.numerals import cn_to_int, int_to_cn
from corpus.parser import DATA_DIR

GAZETTE_DIR = DATA_DIR  # the bundled gazette; ingests live in its "ingested" folder


class NotFoundError(LookupError):
    """Unknown document or label; the message is shown to the user as is."""


@dataclass
class Corpus:
    documents: list[Document]
    superseded: list[Document] = field(default_factory=list)  # replaced by an ingest, kept
    origin: dict[str, str] = field(default_factory=dict)  # doc id -> bundled file or ingest id

    def units(self) -> list[Unit]:
        return [unit for doc in self.documents for unit in doc.units]

    @cached_property
    def words(self) -> str:
        """Every unit's heading, text and parent headings in one string: whether the gazette
        names a word anywhere."""
        return "\n".join(f"{u.title}{u.text}{''.join(u.headings)}" for u in self.units())

    @cached_property
    def _using(self) -> dict[str, list[Unit]]:
        return {}

    def units_using(self, word: str) -> list[Unit]:
        """The units whose text holds a word: how few articles speak of it (asked per turn, so
        each word's answer is kept)."""
        if word not in self._using:
            self._using[word] = [u for u in self.units() if word in u.text]
        return self._using[word]

    @cached_property
    def clause_texts(self) -> tuple[str, ...]:
        """Every clause of every unit, in reading order: whether the gazette says something of a
        word anywhere with a value. A clause that continues the one before it is read with that
        one ("一是新建高压氧舱…" then "下一步，…前完成"): the thing its value is of is named there."""
        from corpus.clauses import LEANS_BACK, clauses

        read = []
        for unit in self.units():
            before = ""
            for clause in clauses(unit):
                text = clause.text
                read.append(before + text if before and LEANS_BACK.match(text) else text)
                before = text
        return tuple(read)

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
            raise NotFoundError(f"找不到文件“{_shown(query)}”。可用的文件：{names}")
        return min(matches, key=lambda d: len(d.title))

    def unit(self, doc_query: str, label: str) -> Unit:
        doc = self.document(doc_query)
        wanted = normalize_label(label)
        for unit in doc.units:
            if wanted in (unit.label, unit.id, unit.id.split("/", 1)[1]):
                return unit
        sample = "、".join(u.label for u in doc.units[:6])
        raise NotFoundError(f"《{doc.title}》中没有“{_shown(label)}”。可用的编号如：{sample} 等。")

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


def _shown(text: str) -> str:
    """What the user typed, as much of it as fits in a message."""
    return text if len(text) <= 40 else text[:40] + "…"


def _normalize(text: str) -> str:
    return re.sub(r"[\s《》“”\"（）()]", "", text)


def _article(number: int, text: str) -> str:
    """第N条 for an article number the gazette can print (1..9999); any other number ("0")
    names no article, so it is kept as typed and simply not found."""
    return f"第{int_to_cn(number)}条" if 0 < number < 10000 else text


def normalize_label(label: str) -> str:
    """ "22", "第22条", "二十二" → 第二十二条; "五、(四)" → 五、（四）; "(36)" → （36）."""
    text = re.sub(r"\s+", "", label).replace("(", "（").replace(")", "）")
    if len(text) > 40:
        return text  # no label is this long; it is simply not found
    if re.fullmatch(r"\d+", text):
        return _article(int(text), text)
    m = re.fullmatch(r"第(\d+)条", text)
    if m:
        return _article(int(m.group(1)), text)
    if re.fullmatch(r"[一二三四五六七八九十百零]+", text):
        return _article(cn_to_int(text), text)
    m = re.fullmatch(r"第(\d+)项", text)
    if m:
        return f"第{int(m.group(1))}项"
    return text


def gazette_files(directory: Path = GAZETTE_DIR) -> list[Path]:
    return Library.at(directory).bundled_files()


def load_corpus(directory: Path | None = None, library: Library | None = None) -> Corpus:
    """The bundled gazettes plus every ingest, replacements applied; ids unique."""
    if library is None:
        library = Library.at(directory) if directory is not None else Library.default()
    shelf = load_shelf(library)
    return Corpus(shelf.documents, shelf.superseded, shelf.origin)


def ingest(
    path: Path, directory: Path | None = None, replace: bool = False, **limits: int
) -> IngestResult:
    """Add a gazette as a new ingest of the library at `directory` (default: corpus/data)."""
    library = Library.at(directory) if directory is not None else Library.default()
    return ingest_into(path, library, replace_existing=replace, **limits)
