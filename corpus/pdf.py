"""PDF gazettes to the same plain text the parser reads (pages become page breaks)."""

from __future__ import annotations

from pathlib import Path

from corpus.parser import GazetteError

PAGE_BREAK = "\n\n\n\n"


def read_pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise GazetteError(f"{path.name} 不是可读取的 PDF：{exc}") from exc
    text = PAGE_BREAK.join(page.strip("\n") for page in pages)
    if not text.strip():
        raise GazetteError(f"{path.name} 中没有可提取的文字（可能是扫描图片，需要先做文字识别）。")
    return text
