"""PDF pages as images, for the preview and for printing (pypdfium2; Qt's QtPdf is not
part of PySide6-Essentials).

Everything here runs on the worker thread. PDFium is not thread-safe: every call into it
holds `_PDFIUM`, so two threads never use it at once.
"""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from partnerdesk.messages import UserError
from partnerdesk.ui.tasks import Cancelled, Progress

_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72
PRINT_DPI_LIMIT = 300
"""Pages are printed at the printer's resolution, at most this (one A4 page: ~35 MB)."""
CANNOT_PRINT = QT_TRANSLATE_NOOP("ReportsPage", "The printer could not be started.")


def page_sizes(data: bytes) -> tuple[tuple[float, float], ...]:
    """The size of every page of the PDF `data` in points (width, height)."""
    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return tuple(tuple(document[index].get_size()) for index in range(len(document)))
        finally:
            document.close()


def _render(document: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    """Page `index` at `scale` pixels per point, as a QImage that owns its pixels."""
    with _PDFIUM:
        bitmap = document[index].render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
        try:
            return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                          QImage.Format.Format_RGBX8888).copy()
        finally:
            bitmap.close()


def render_page(data: bytes, index: int, width_px: int) -> QImage:
    """Page `index` of the PDF `data`, `width_px` pixels wide."""
    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        width = document[index].get_size()[0]
    try:
        return _render(document, index, max(1, width_px) / width)
    finally:
        with _PDFIUM:
            document.close()


def _fit(image: QImage, area: QRectF) -> QRectF:
    """The largest rectangle with the image's proportions, centred in `area`."""
    size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.left() + (area.width() - size.width()) / 2
    top = area.top() + (area.height() - size.height()) / 2
    return QRectF(left, top, size.width(), size.height())


def print_pages(data: bytes, printer: QPrinter, progress: Progress) -> int:
    """Paint the pages of the PDF `data` (all, or the range chosen in the print dialog) on
    `printer`, each rendered at the printer's resolution and fitted to the paper; the number
    of pages printed. Cancelling aborts the print job."""
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        count = len(document)
    first = max(printer.fromPage(), 1) - 1
    last = min(printer.toPage() or count, count)
    printer.setFullPage(True)  # the PDF has its own margins
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise UserError(CANNOT_PRINT, "ReportsPage")
        for number, index in enumerate(range(first, last)):
            progress(number, last - first)
            if number:
                printer.newPage()
            image = _render(document, index, dpi / POINTS_PER_INCH)
            painter.drawImage(_fit(image, QRectF(painter.viewport())), image)
    except Cancelled:
        printer.abort()
        raise
    finally:
        if painter.isActive():
            painter.end()
        with _PDFIUM:
            document.close()
    return max(0, last - first)
