"""Render gazette text to a PDF the way a printer would: wrapped lines, real pages."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
CHARS_PER_LINE = 52
LINES_PER_PAGE = 60


def write_pdf(text: str, path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path))
    pages = text.split("\n\n\n\n")
    for page in pages:
        y = 0
        pdf.setFont(FONT, 9)
        for paragraph in page.split("\n"):
            paragraph = paragraph.replace("\t", "    ").rstrip()
            chunks = [
                paragraph[i : i + CHARS_PER_LINE] for i in range(0, len(paragraph), CHARS_PER_LINE)
            ]
            for chunk in chunks or [""]:
                if not chunk:
                    continue  # blank lines vanish in PDF text extraction anyway
                if y >= LINES_PER_PAGE:
                    pdf.showPage()
                    pdf.setFont(FONT, 9)
                    y = 0
                pdf.drawString(40, 800 - 12 * y, chunk)
                y += 1
        pdf.showPage()
    pdf.save()
