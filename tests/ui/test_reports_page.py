"""The Reports page on the demo database: choose, generate in the background, preview,
switch language, save (confidential ones only after a warning), print, show user errors."""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from partnerdesk.messages import UserError
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, reports
from partnerdesk.services import association, exchanges, report_files
from partnerdesk.ui.pages.factory import PAGE_KEYS
from partnerdesk.ui.pages.reports.parameters import ContactsView
from partnerdesk.ui.pages.reports.report_list import INFO_ROLE
from partnerdesk.ui.pages.reports_page import ReportsPage

TIMEOUT = 30_000


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def page(qtbot, window) -> ReportsPage:
    """The Reports page of the main window, its first report generated."""
    window.resize(1280, 800)
    with qtbot.waitSignal(window.page("reports").sig_generated, timeout=TIMEOUT):
        window.show_page(PAGE_KEYS.index("reports"))
    return window.page("reports")


def _choose(qtbot, page: ReportsPage, name: str) -> None:
    with qtbot.waitSignal(page.sig_generated, timeout=TIMEOUT):
        assert page.reports.choose(name)


def _youth_exchange(page: ReportsPage):
    return next(row for row in exchanges.list_exchanges(page.workspace.db)
                if row.kind == "youth_exchange")


def _set_combo(qtbot, page: ReportsPage, combo, value) -> None:
    if combo.currentData() == value:
        return
    with qtbot.waitSignal(page.sig_generated, timeout=TIMEOUT):
        combo.setCurrentIndex(combo.findData(value))


def test_programme_of_the_youth_exchange_in_the_preview_then_bilingual(qtbot, page):
    youth = _youth_exchange(page)
    _choose(qtbot, page, "programme")
    _set_combo(qtbot, page, page.parameters.exchange, youth.id)
    report = page.report
    assert (report.request.name, report.request.exchange_id) == ("programme", youth.id)
    assert report.request.language == "de"  # the demo association's default
    assert page.right.currentWidget() is page.preview
    pages = _page_count(report.data)
    assert page.preview.page_count() == pages >= 1
    assert page.preview.of_pages.text() == f"of {pages}"
    with qtbot.waitSignal(page.preview.sig_page_rendered, timeout=TIMEOUT):
        page.preview.pages.repaint()
    image = page.preview._images[0]
    assert image.width() > 300 and image.pixelColor(5, 5).name() == "#ffffff"
    assert page.print_action.isEnabled() and page.save_action.isEnabled()

    languages = [page.parameters.language.itemData(i)
                 for i in range(page.parameters.language.count())]
    assert languages == ["de", "ru", "en", "de+ru"]
    _set_combo(qtbot, page, page.parameters.language, "de+ru")
    assert page.report.request.language == "de+ru"
    text = _text(page.report.data)
    assert youth.title in text
    assert any("\u0400" <= char <= "\u04ff" for char in text)  # the items' Russian titles


def test_preview_navigation_and_zoom(qtbot, page):
    preview = page.preview
    assert preview.page_count() >= 2  # the participant list of the coming exchange
    assert preview.fit_width and preview.current_page() == 1
    assert not preview.previous.isEnabled() and preview.next.isEnabled()
    preview.next.click()
    assert preview.current_page() == 2
    assert preview.scroll.verticalScrollBar().value() > 0
    width = preview.scale
    preview.zoom_in.click()
    assert preview.scale > width and not preview.fit_width
    assert preview.zoom_label.text() != ""
    preview.fit.click()
    assert preview.fit_width and preview.scale == pytest.approx(width)


def test_save_as_pdf_in_the_documents_folder_under_the_reports_name(qtbot, page, tmp_path,
                                                                   monkeypatch):
    youth = _youth_exchange(page)
    _choose(qtbot, page, "programme")
    _set_combo(qtbot, page, page.parameters.exchange, youth.id)
    asked = []
    target = tmp_path / "out" / "programm"

    def save_name(_parent, _title, start, _filter):
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("not confidential"))
    page.save_action.trigger()
    written = target.with_name("programm.pdf")
    assert written.read_bytes() == page.report.data
    assert Path(asked[0]).name == report_files.file_name("Programme", youth.title)
    page.save_action.trigger()
    assert Path(asked[1]).parent == written.parent  # the folder used last


def test_a_confidential_report_says_so_and_asks_before_saving(qtbot, page, tmp_path,
                                                             monkeypatch):
    _choose(qtbot, page, "emergency-sheet")
    item = page.reports.currentItem()
    assert "confidential" in item.text(0) and "health" in item.toolTip(0)
    assert page.confidential.isVisible() and "sensitive" in page.confidential.text()
    answers, dialogs = [QMessageBox.StandardButton.No], []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers[0])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: dialogs.append(1) or (str(tmp_path / "n.pdf"), ""))
    page.save_action.trigger()
    assert dialogs == [] and not (tmp_path / "n.pdf").exists()
    answers[0] = QMessageBox.StandardButton.Yes
    page.save_action.trigger()
    assert (tmp_path / "n.pdf").read_bytes() == page.report.data
    _choose(qtbot, page, "programme")
    assert not page.confidential.isVisible()


def test_print_to_a_pdf_printer_in_the_background(qtbot, page, tmp_path):
    pages = page.preview.page_count()
    assert pages >= 2
    for first_last, expected in (((0, 0), pages), ((2, 2), 1)):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target = tmp_path / f"printed-{expected}.pdf"
        printer.setOutputFileName(str(target))
        printer.setFromTo(*first_last)
        page.output.print_to(printer)
        assert page.busy_message and not page.print_action.isEnabled()
        qtbot.waitUntil(lambda: page.output.task is None, timeout=TIMEOUT)
        assert page.busy_message == "" and page.print_action.isEnabled()
        assert _page_count(target.read_bytes()) == expected
    assert "sent to the printer" in page.window().statusBar().currentMessage()


def test_a_user_error_shows_its_message_in_the_page(qtbot, page):
    _choose(qtbot, page, "programme")
    with qtbot.waitSignal(page.sig_generated, timeout=TIMEOUT):
        page.parameters.exchange.setCurrentIndex(-1)  # no exchange chosen
    assert page.report is None
    assert page.right.currentWidget() is page.message
    assert page.message.text() == "Choose the exchange for this report."
    assert "Traceback" not in page.message.text()
    assert not page.print_action.isEnabled() and not page.save_action.isEnabled()
    with qtbot.waitSignal(page.sig_generated, timeout=TIMEOUT):
        page.parameters.exchange.setCurrentIndex(0)
    assert page.report is not None and page.right.currentWidget() is page.preview


def test_the_newest_request_wins(qtbot, page):
    _choose(qtbot, page, "programme")
    outcomes = []
    page.sig_generated.connect(lambda: outcomes.append(page.report.request.language))
    page.parameters.language.setCurrentIndex(page.parameters.language.findData("ru"))
    page.regenerate()  # at once, while a moment later …
    page.parameters.language.setCurrentIndex(page.parameters.language.findData("en"))
    page.regenerate()  # … the newer one supersedes it
    qtbot.waitUntil(lambda: not page.generating and not page.workspace.runner.busy(),
                    timeout=TIMEOUT)
    assert outcomes == ["en"] and page.report.request.language == "en"


def test_language_defaults_to_the_associations_report_language(qtbot, page):
    db = page.workspace.db
    profile = association.get_profile(db)
    association.save_profile(db, dataclasses.replace(profile, default_report_language="ru"))
    page.parameters.language.clear()  # forget the choice made before
    page.parameters.refresh()
    _choose(qtbot, page, "emergency-sheet")
    assert page.parameters.language.currentData() == "ru"
    association.save_profile(db, dataclasses.replace(association.get_profile(db),
                                                     default_report_language="de+ru"))
    page.parameters.language.clear()
    page.parameters.refresh()
    _choose(qtbot, page, "programme")
    assert page.parameters.language.currentData() == "de"  # not offered: the first


def test_parameters_follow_the_scope_of_any_report(qtbot, page):
    params = page.parameters
    contacts = ReportInfo("labels", "Labels", "contacts", ONE_LANGUAGE)
    params.set_report(contacts)
    assert params.search.isVisibleTo(page) and not params.exchange.isVisibleTo(page)
    assert params.options["labels"].sheet.isVisibleTo(page)
    params.take_contacts(ContactsView("Müller", (3, 5)))
    assert "2 contact" in params.only_selected.text() and params.only_selected.isEnabled()
    request = params.request()
    assert (request.search, request.contact_ids, request.exchange_id) == ("Müller", (), None)
    params.only_selected.setChecked(True)
    labels = params.options["labels"]
    labels.sheet.setCurrentIndex(labels.sheet.findData("3490"))
    assert labels.first_label.maximum() == 24
    labels.first_label.setValue(7)
    labels.offset_x.setValue(-1.5)
    request = params.request()
    assert (request.search, request.contact_ids) == ("", (3, 5))
    assert dict(request.options) == {"sheet": "3490", "first_label": 7,
                                     "offset_x_mm": Decimal("-1.5"),
                                     "offset_y_mm": Decimal("0.0"), "outline": False}
    params.take_contacts(ContactsView("Müller", ()))
    assert not params.only_selected.isEnabled() and params.request().search == "Müller"

    params.set_report(ReportInfo("data-disclosure", "x", "contact", ONE_LANGUAGE))
    assert params.person.isVisibleTo(page) and not params.search.isVisibleTo(page)
    params.person.choose_contact(42, "Somebody")
    assert params.request().contact_id == 42 and params.subject_text() == "Somebody"
    params.set_report(ReportInfo("annual-report", "x", "year", ONE_LANGUAGE))
    assert params.request().year == page.workspace.today().year


def test_the_list_holds_every_report_of_the_catalogue_grouped_by_scope(page):
    names = [item.data(0, INFO_ROLE).name for item in page.reports.items()]
    assert sorted(names) == sorted(info.name for info in reports())
    assert page.reports.groups["exchange"].text(0) == "For an exchange"


def test_without_a_database_the_page_says_what_to_do(qtbot, workspace):
    empty = ReportsPage(workspace)
    qtbot.addWidget(empty)
    empty.refresh()
    assert empty.stack.currentWidget() is empty.empty
    assert "Open or create a database" in empty.empty.text()


def test_report_files_name_and_atomic_save(tmp_path):
    assert report_files.file_name("Teilnehmerliste", 'Jugend: "Wasser"/2026 ') == (
        "Teilnehmerliste-Jugend Wasser 2026.pdf")
    assert report_files.file_name("Programm", "") == "Programm.pdf"
    target = tmp_path / "a.pdf"
    target.write_bytes(b"%PDF-old")
    with pytest.raises(UserError):
        report_files.save_pdf(target, b"not a pdf")
    assert target.read_bytes() == b"%PDF-old"
    assert report_files.save_pdf(tmp_path / "b", b"%PDF-1.4") == tmp_path / "b.pdf"


def test_every_report_of_the_catalogue_is_made_or_says_what_it_needs(qtbot, page):
    unexpected = "Something unexpected went wrong"
    for info in reports():
        page.reports.choose(info.name)
        qtbot.waitUntil(lambda: not page.generating, timeout=TIMEOUT)
        assert unexpected not in page.message_text, info.name
        assert (page.report is not None and page.preview.page_count() >= 1
                and page.report.info == info) or page.message_text, info.name


def test_contact_reports_take_the_contacts_pages_search_filters_and_selection(qtbot, window):
    window.show_page(PAGE_KEYS.index("contacts"))
    contacts = window.page("contacts")
    contacts.search.setText("a")
    contacts.filters.set_filter("side", "home")
    contacts.request_reload()
    qtbot.waitUntil(lambda: contacts.model.rowCount() > 3 and contacts.model.search == "a",
                    timeout=TIMEOUT)
    chosen = contacts.model.row_ids([0, 2])
    contacts.select_contacts(chosen)
    page = window.page("reports")
    window.show_page(PAGE_KEYS.index("reports"))
    params = page.parameters
    _choose(qtbot, page, "contact-list")
    assert params.search.text() == "a" and params.use_filters.isChecked()
    assert contacts.filters.combos["side"].currentText() in params.use_filters.text()
    request = page.report.request
    assert (request.search, request.contact_ids) == ("a", ())
    assert ("side", "home") in request.options
    with qtbot.waitSignal(page.sig_generated, timeout=TIMEOUT):
        params.only_selected.setChecked(True)
    request = page.report.request
    assert request.contact_ids == tuple(chosen) and request.search == ""
    assert ("side", "home") not in request.options  # the selection is what it is


def test_f5_makes_the_report_again_and_cancel_stops_waiting(qtbot, page):
    page.setFocus()
    with qtbot.waitSignal(page.sig_generated, timeout=TIMEOUT):
        qtbot.keyClick(page, Qt.Key.Key_F5)
    assert page.report is not None
    outcomes = []
    page.sig_generated.connect(lambda: outcomes.append(page.report))
    page.regenerate()
    assert page.generating and page.cancel.isVisibleTo(page)
    page.cancel.click()
    assert not page.generating and page.report is None
    assert "F5" in page.message.text() and page.right.currentWidget() is page.message
    qtbot.waitUntil(lambda: not page.workspace.runner.busy(), timeout=TIMEOUT)
    qtbot.wait(50)
    assert outcomes == [] and page.report is None  # the cancelled result was dropped
