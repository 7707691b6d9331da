"""Gazette text or PDF in, a citable document tree out.

Public API (everything later stages need):
    load_corpus() -> Corpus        the bundled gazette plus any ingested ones
    Corpus.documents / .units()    Document and Unit objects (corpus.model)
    Corpus.document(query)         by id or title substring
    Corpus.unit(doc, label)        by label: 第二十二条, 22, 五、（四）, （36）
    parse_gazette(text)
    ingest(path, replace=False) -> IngestResult   a new ingest folder with its manifest
    remove_ingest(ingest_id) -> IngestRecord     undo one ingest (what it replaced returns)
"""

from corpus.library import IngestRecord, IngestRefused, IngestResult, Library
from corpus.library import remove as remove_ingest
from corpus.model import Document, Part, Unit
from corpus.parser import GazetteError, parse_gazette
from corpus.store import Corpus, NotFoundError, ingest, load_corpus, normalize_label

__all__ = [
    "Corpus",
    "Document",
    "GazetteError",
    "IngestRecord",
    "IngestRefused",
    "IngestResult",
    "Library",
    "NotFoundError",
    "Part",
    "Unit",
    "ingest",
    "load_corpus",
    "normalize_label",
    "parse_gazette",
    "remove_ingest",
]
