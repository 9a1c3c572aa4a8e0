"""The preview of a PDF inside the app: its pages one below the other in a scroll area,
page navigation and zoom (fit width by default).

Pages are rendered on the worker thread (`pdf.render_page`) when they come into view, at
the size they are shown, so the preview stays sharp at every zoom and a long report costs
only the pages looked at; a page waiting for its picture shows blank paper meanwhile.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.pages.reports.pdf import render_page

log = logging.getLogger(__name__)
GAP = 12  # pixels around and between pages
ACTUAL_SIZE = 96 / 72  # pixels per point at 100 %
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.25, 4.0, 1.25
CACHE_PAGES = 12  # rendered pages kept; the ones farthest from view go first


class _Pages(QWidget):
    """The canvas: every page at the preview's scale, pictures as they arrive."""

    def __init__(self, preview: PdfPreview) -> None:
        super().__init__(preview)
        self.preview = preview

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Paint the pages in view; ask for the pictures that are missing."""
        painter = QPainter(self)
        visible = self.visibleRegion().boundingRect()
        in_view = [index for index, rect in self.preview.page_rects()
                   if rect.intersects(visible)]
        self.preview.in_view = (min(in_view), max(in_view)) if in_view else (0, -1)
        for index, rect in self.preview.page_rects():
            if not rect.intersects(event.rect()):
                continue
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))
            painter.fillRect(rect, Qt.GlobalColor.white)
            image = self.preview.image(index)
            if image is not None:
                painter.drawImage(rect, image)

    def wheelEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Ctrl+wheel zooms; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.preview.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)


class PdfPreview(QWidget):
    """A PDF's pages with page navigation and zoom; rendering runs on `runner`."""

    sig_page_rendered = Signal(int)
    """A page's picture arrived (its index; tests wait for it)."""

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data = b""
        self.sizes: tuple[tuple[float, float], ...] = ()
        self.scale = ACTUAL_SIZE  # pixels per point
        self.fit_width = True
        self._token = 0  # pictures of an older document are dropped
        self._images: dict[int, QImage] = {}
        self._pending: set[tuple[int, int]] = set()
        self._tops: list[int] = []
        self.in_view = (0, -1)
        """The first and last page in view (the worker skips pictures scrolled past)."""

        self.pages = _Pages(self)
        self.scroll = QScrollArea(objectName="previewScroll")
        self.scroll.setWidget(self.pages)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setStyleSheet("QScrollArea#previewScroll { background: #8a9099; }")
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.page = QSpinBox(objectName="previewPage", minimum=1, maximum=1)
        self.page.valueChanged.connect(self.go_to_page)
        self.of_pages = QLabel()
        self.zoom_label = QLabel(objectName="previewZoom")
        self.previous = self._button("go-previous", "Ctrl+PgUp",
                                     lambda: self.go_to_page(self.page.value() - 1))
        self.next = self._button("go-next", "Ctrl+PgDown",
                                 lambda: self.go_to_page(self.page.value() + 1))
        self.zoom_out = self._button("zoom-out", QKeySequence.StandardKey.ZoomOut,
                                     lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in = self._button("zoom-in", QKeySequence.StandardKey.ZoomIn,
                                    lambda: self.zoom_by(ZOOM_STEP))
        self.fit = self._button("zoom-fit-width", "Ctrl+0", self.set_fit_width)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.page, self.of_pages, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.scroll.viewport().installEventFilter(self)
        self.retranslate_ui()

    def _button(self, icon_name: str, shortcut: Any, slot: Any) -> QToolButton:
        action = QAction(QIcon.fromTheme(icon_name), "", self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        return button

    # -- the document --------------------------------------------------------------------

    def set_document(self, data: bytes, sizes: tuple[tuple[float, float], ...]) -> None:
        """Show the PDF `data` whose pages have `sizes` (points), from its first page."""
        self._token += 1
        self.data, self.sizes = data, sizes
        self._images.clear()
        self._pending.clear()
        self.page.setMaximum(max(1, len(sizes)))
        self._relayout()
        self.scroll.verticalScrollBar().setValue(0)
        self._update_controls()
        self.pages.update()

    def clear(self) -> None:
        """Show no document."""
        self.set_document(b"", ())

    def page_count(self) -> int:
        """The number of pages of the document shown."""
        return len(self.sizes)

    def current_page(self) -> int:
        """The page in view (1-based; 0 without a document)."""
        return self.page.value() if self.sizes else 0

    # -- geometry ------------------------------------------------------------------------

    def page_rects(self) -> list[tuple[int, QRect]]:
        """Each page's index and rectangle on the canvas."""
        width = self.pages.width()
        rects = []
        for index, (top, (w, h)) in enumerate(zip(self._tops, self.sizes, strict=True)):
            pw, ph = round(w * self.scale), round(h * self.scale)
            rects.append((index, QRect((width - pw) // 2, top, pw, ph)))
        return rects

    def _relayout(self) -> None:
        if self.fit_width and self.sizes:
            room = self.scroll.viewport().width() - 2 * GAP
            self.scale = max(0.05, room / max(w for w, _h in self.sizes))
        top, self._tops = GAP, []
        for _w, h in self.sizes:
            self._tops.append(top)
            top += round(h * self.scale) + GAP
        widest = max((round(w * self.scale) for w, _h in self.sizes), default=0)
        self.pages.resize(max(widest + 2 * GAP, self.scroll.viewport().width()), top)
        self.pages.update()
        self.zoom_label.setText(f"{round(100 * self.scale / ACTUAL_SIZE)} %")

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Fit the width again when the viewport is resized."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._relayout()
        return super().eventFilter(watched, event)

    # -- navigation and zoom -------------------------------------------------------------

    def go_to_page(self, number: int) -> None:
        """Scroll to page `number` (1-based)."""
        if not self.sizes:
            return
        number = min(max(number, 1), len(self.sizes))
        self.scroll.verticalScrollBar().setValue(self._tops[number - 1] - GAP)
        self._set_page_number(number)

    def _scrolled(self, value: int) -> None:
        reading_line = value + self.scroll.viewport().height() // 3
        number = sum(1 for top in self._tops if top <= reading_line)
        self._set_page_number(max(1, number))

    def _set_page_number(self, number: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(number)
        self.page.blockSignals(False)
        self._update_controls()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, keeping the page in view."""
        self.set_scale(self.scale * factor)

    def set_scale(self, scale: float) -> None:
        """Show the pages at `scale` pixels per point (leaves fit width)."""
        bar = self.scroll.verticalScrollBar()
        share = bar.value() / max(1, self.pages.height())
        self.fit_width = False
        self.scale = min(max(scale, ZOOM_MIN * ACTUAL_SIZE), ZOOM_MAX * ACTUAL_SIZE)
        self._relayout()
        bar.setValue(round(share * self.pages.height()))
        self._update_controls()

    def set_fit_width(self) -> None:
        """Fit the pages to the width of the preview (the default)."""
        self.fit_width = True
        self._relayout()
        self._update_controls()

    def _update_controls(self) -> None:
        has_pages = bool(self.sizes)
        number = self.page.value()
        self.page.setEnabled(has_pages)
        self.previous.setEnabled(has_pages and number > 1)
        self.next.setEnabled(has_pages and number < len(self.sizes))
        for button in (self.zoom_in, self.zoom_out, self.fit):
            button.setEnabled(has_pages)
        self.of_pages.setText(self.tr("of %n", "", len(self.sizes)))

    # -- pictures ------------------------------------------------------------------------

    def _wanted_width(self, index: int) -> int:
        """The width in device pixels page `index` is shown at."""
        return round(self.sizes[index][0] * self.scale * self.devicePixelRatioF())

    def image(self, index: int) -> QImage | None:
        """The picture of page `index` (an older one, scaled, while the sharp one is
        rendered); asks the worker for it when needed."""
        wanted = self._wanted_width(index)
        image = self._images.get(index)
        if (image is None or image.width() != wanted) and (index, wanted) not in self._pending:
            self._request(index, wanted)
        return image

    def _request(self, index: int, width_px: int) -> None:
        token, data = self._token, self.data
        self._pending.add((index, width_px))
        self.runner.submit(
            lambda _progress: (token, index, width_px, self._render(token, data, index,
                                                                    width_px)),
            self._rendered,
            lambda exc: log.error("preview of page %d failed", index + 1, exc_info=exc))

    def _render(self, token: int, data: bytes, index: int, width_px: int) -> QImage | None:
        """On the worker: the picture, unless its page was scrolled past (or the document
        replaced) before its turn came."""
        first, last = self.in_view
        if token != self._token or not first - 1 <= index <= last + 1:
            return None
        return render_page(data, index, width_px)

    def _rendered(self, result: tuple[int, int, int, QImage | None]) -> None:
        token, index, width_px, image = result
        if token != self._token:
            return
        self._pending.discard((index, width_px))
        if image is None:  # skipped: asked for again when it comes into view
            return
        shown = self._images.get(index)
        if shown is not None and shown.width() == self._wanted_width(index) != width_px:
            return  # a picture for an older zoom arrived after the right one
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._images[index] = image
        current = self.page.value() - 1
        while len(self._images) > CACHE_PAGES:
            del self._images[max(self._images, key=lambda i: abs(i - current))]
        self.pages.update()
        self.sig_page_rendered.emit(index)

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = ((self.previous, self.tr("Previous page"), "‹"),
                 (self.next, self.tr("Next page"), "›"),
                 (self.zoom_out, self.tr("Zoom out"), "−"),
                 (self.zoom_in, self.tr("Zoom in"), "+"),
                 (self.fit, self.tr("Fit to width"), self.tr("Fit width")))
        for button, tip, text in texts:
            action = button.defaultAction()
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})")
        self.page.setToolTip(self.tr("The page shown; type a number to go there"))
        self.page.setAccessibleName(self.tr("Page"))
        self._update_controls()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
