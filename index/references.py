"""Direct references in a query: "第二十二条", "医保办法第22条", "看管细则第十二条", "五、（四）"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus import Corpus
from corpus.numerals import cn_to_int, int_to_cn
from corpus.store import doc_aliases

CN = "一二三四五六七八九十百零〇两"
ARTICLE_REF = re.compile(rf"第\s*([{CN}]+|\d+)\s*条")
SECTION_REF = re.compile(
    rf"(?<![{CN}])([一二三四五六七八九十]+)\s*、?\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]"
)


@dataclass(frozen=True)
class Reference:
    doc_id: str | None
    label: str


def core_title(title: str) -> str:
    """ "阿里地区城乡居民基本医疗保险实施办法（试行）" → "城乡居民基本医疗保险实施办法"."""
    title = re.sub(r"[（(][^）)]*[)）]$", "", title)
    return re.sub(r"^阿里地区(\d{4}年)?", "", title)


@dataclass(frozen=True)
class NamedDocument:
    doc_id: str
    name: str  # the words of the query that name it
    is_title: bool  # a document's name ("…实施办法", "看管细则"), not a topic ("城乡居民医保")


# A short name ending in one of these is the document itself, not its subject
DOCUMENT_WORDS = re.compile(r"(办法|细则|方案|规划|分解表|评分标准|条例|规定)$")


def named_document_match(query: str, corpus: Corpus) -> NamedDocument | None:
    """The document a query names, by its title or a common short name, and the words that do."""
    for doc in corpus.documents:
        core = core_title(doc.title)
        if len(core) >= 4 and core in query:
            return NamedDocument(doc.id, core, True)
    known = {d.id for d in corpus.documents}
    for alias, doc_id in doc_aliases():
        if alias in query and doc_id in known:
            # "城乡居民医保办法": a topic's name followed by a document word is the title
            after = TITLE_AFTER.match(query, query.index(alias) + len(alias))
            if after and not DOCUMENT_WORDS.search(alias):
                return NamedDocument(doc_id, alias + after.group(0), True)
            return NamedDocument(doc_id, alias, bool(DOCUMENT_WORDS.search(alias)))
    return None


TITLE_AFTER = re.compile(r"(?:实施)?(?:办法|细则|方案|规划)")


def named_document(query: str, corpus: Corpus) -> str | None:
    """The document a query names, by its title or a common short name."""
    match = named_document_match(query, corpus)
    return match.doc_id if match else None


def find_references(query: str, corpus: Corpus) -> list[Reference]:
    doc_id = named_document(query, corpus)
    refs: list[Reference] = []
    for m in ARTICLE_REF.finditer(query):
        raw = m.group(1)
        try:
            number = int(raw) if raw.isdigit() else cn_to_int(raw.replace("两", "二"))
        except ValueError:
            continue
        if 0 < number < 1000:
            refs.append(Reference(doc_id, f"第{int_to_cn(number)}条"))
    for m in SECTION_REF.finditer(query):
        refs.append(Reference(doc_id, f"{m.group(1)}、（{m.group(2)}）"))
    return refs


def resolve(refs: list[Reference], corpus: Corpus, only_doc: str | None = None) -> list:
    """Units the references point at; without a named document, every document that has the label."""
    units = []
    for ref in refs:
        for doc in corpus.documents:
            if (ref.doc_id and doc.id != ref.doc_id) or (only_doc and doc.id != only_doc):
                continue
            units.extend(u for u in doc.units if u.label == ref.label and u not in units)
    return units
