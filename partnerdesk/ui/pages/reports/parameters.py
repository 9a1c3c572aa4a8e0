"""What the chosen report needs: its subject (an exchange, a grant application, a year, a
person, or contacts by search or selection), its language and its own options; together
a `ReportRequest`.

Which rows show follows the report's `ReportInfo.scope` and `languages`, so reports that
arrive later in the catalogue need nothing here (unless they have options of their own:
`OPTION_WIDGETS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from partnerdesk.dto import ExchangeRow, GrantRow
from partnerdesk.reports.catalogue import ReportInfo, ReportRequest
from partnerdesk.services import association, exchanges, grants
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace.contact_field import ContactField
from partnerdesk.ui.formatting import format_period
from partnerdesk.ui.pages.reports.options import OPTION_WIDGETS
from partnerdesk.ui.widgets.contact_filters import FILTER_NAMES
from partnerdesk.ui.widgets.search_field import SearchField

OPTIONAL_EXCHANGE = frozenset({"letter"})
"""Reports of another scope that may be about an exchange (letters: its dates, hosts)."""
NO_EXCHANGE = 0  # the "no exchange" entry of the exchange combo (ids start at 1)


@dataclass(frozen=True)
class ContactsView:
    """What the Contacts page shows: its search, selection and filters (as report options,
    with a text naming them)."""

    search: str = ""
    selected_ids: tuple[int, ...] = ()
    filters: tuple[tuple[str, Any], ...] = ()
    filters_text: str = ""


def contacts_view(page: Any) -> ContactsView:
    """The search, selection and filters of the Contacts page `page`."""
    chosen = page.filters.filters()
    filters = tuple((name, getattr(chosen, name)) for name in FILTER_NAMES
                    if getattr(chosen, name) is not None)
    return ContactsView(page.search.text().strip(), tuple(page.selected_ids()), filters,
                        ", ".join(page.filters.combos[name].currentText() for name, _ in filters))


def default_exchange(rows: list[ExchangeRow], today: date) -> int | None:
    """The exchange a report is most likely for: the next one not over yet, else the
    latest."""
    coming = [row for row in rows if row.end_date >= today and row.status != "cancelled"]
    if coming:
        return min(coming, key=lambda row: (row.start_date, row.id)).id
    return rows[0].id if rows else None


class ReportParameters(QWidget):
    """The form of a report's subject, language and options."""

    sig_changed = Signal()
    """The user changed something the report depends on."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.info: ReportInfo | None = None
        self.default_language = "de"
        self.contacts = ContactsView()  # what the Contacts page showed last
        self._taken_search: str | None = None
        self.titles: dict[str, dict[int, str]] = {"exchange": {}, "grant": {}}
        self.exchange_rows: list[ExchangeRow] = []
        self.exchange = QComboBox(objectName="reportExchange")
        self.grant = QComboBox(objectName="reportGrant")
        for combo in (self.exchange, self.grant):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        self.year = QSpinBox(objectName="reportYear", minimum=1950, maximum=2100)
        self.year.setValue(workspace.today().year)
        self.year.valueChanged.connect(lambda _v: self.sig_changed.emit())
        self.person = ContactField(workspace, self)
        self.person.sig_changed.connect(self.sig_changed)
        self.search = SearchField(self, delay_ms=400)
        self.search.setObjectName("reportSearch")
        self.search.sig_search.connect(lambda _text: self.sig_changed.emit())
        self.only_selected = QCheckBox(objectName="reportOnlySelected")
        self.use_filters = QCheckBox(objectName="reportUseFilters")
        for box in (self.only_selected, self.use_filters):
            box.toggled.connect(lambda _on: self.sig_changed.emit())
        self.language = QComboBox(objectName="reportLanguage")
        self.language.currentIndexChanged.connect(self._language_changed)
        self.options = {name: make(workspace, self) for name, make in OPTION_WIDGETS.items()}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.rows = {"exchange": self.exchange, "grant": self.grant, "year": self.year,
                     "contact": self.person, "contacts": self.search}
        self.captions = {widget: QLabel(buddy=widget) for widget in
                         (*self.rows.values(), self.language)}
        for widget, caption in self.captions.items():
            self.form.addRow(caption, widget)
            if widget is self.search:  # the check boxes below it, the full width
                self.form.addRow(self.use_filters)
                self.form.addRow(self.only_selected)
        for options in self.options.values():
            for caption, field in options.rows():
                self.form.addRow(caption, field)
            options.sig_changed.connect(self.sig_changed)
        self.retranslate_ui()
        self.set_report(None)

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the exchanges, grant applications and the default report language."""
        db = self.workspace.db
        rows = self.exchange_rows = exchanges.list_exchanges(db) if db is not None else []
        self._fill_exchanges()
        grant_rows = grants.list_grants(db) if db is not None else []
        self.titles = {"exchange": {row.id: row.title for row in rows},
                       "grant": {row.id: row.title for row in grant_rows}}
        self._fill(self.grant, [(_grant_text(row), row.id) for row in grant_rows],
                   self.grant.currentData())
        self.default_language = (association.get_profile(db).default_report_language
                                 if db is not None else "de")
        for options in self.options.values():
            options.refresh()
        if self.person.contact_id is not None:
            self.person.set_value(self.person.contact_id)  # renamed or deleted meanwhile
        self._fill_languages()

    def _fill_exchanges(self) -> None:
        """The exchanges (with "no exchange" first for a report that may be about one)."""
        rows = self.exchange_rows
        choice = self.exchange.currentData()
        if choice not in {row.id for row in rows}:
            choice = default_exchange(rows, self.workspace.today())
        items = [(_exchange_text(row), row.id) for row in rows]
        if self.info is not None and self.info.name in OPTIONAL_EXCHANGE:
            items.insert(0, (self.tr("(no exchange)"), NO_EXCHANGE))
        self._fill(self.exchange, items, choice)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, Any]], current: Any) -> None:
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        combo.blockSignals(False)

    def take_contacts(self, view: ContactsView) -> None:
        """What the Contacts page shows: its search and filters (taken over when they
        changed there) and its selection (offered as "only the selected contacts")."""
        if view.search != self._taken_search:
            self._taken_search = view.search
            self.search.blockSignals(True)
            self.search.setText(view.search)
            self.search.timer.stop()
            self.search.blockSignals(False)
        for box in (self.only_selected, self.use_filters):
            box.blockSignals(True)
        # the selection is offered while there is one; the filters apply whenever they
        # changed there
        self.only_selected.setEnabled(bool(view.selected_ids))
        if not view.selected_ids:
            self.only_selected.setChecked(False)
        self.use_filters.setEnabled(bool(view.filters))
        if view.filters != self.contacts.filters:
            self.use_filters.setChecked(bool(view.filters))
        for box in (self.only_selected, self.use_filters):
            box.blockSignals(False)
        self.contacts = view
        self.retranslate_ui()

    # -- the report ----------------------------------------------------------------------

    def set_report(self, info: ReportInfo | None) -> None:
        """Show the rows `info` needs (none without a report)."""
        self.info = info
        scope = info.scope if info is not None else None
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, key == scope)
        if info is not None and info.name in OPTIONAL_EXCHANGE:
            self.form.setRowVisible(self.exchange, True)
        self._fill_exchanges()
        self.form.setRowVisible(self.only_selected, scope == "contacts")
        self.form.setRowVisible(self.use_filters, scope == "contacts")
        self.form.setRowVisible(self.language, info is not None)
        for name, options in self.options.items():
            for _caption, field in options.rows():
                self.form.setRowVisible(field, info is not None and info.name == name)
        self._fill_languages()

    def _fill_languages(self) -> None:
        offered = self.info.languages if self.info is not None else ()
        current = self.language.currentData()
        if current not in offered:
            current = self.default_language if self.default_language in offered else (
                offered[0] if offered else None)
        self._fill(self.language,
                   [(labels.label(labels.REPORT_LANGUAGE, code), code) for code in offered],
                   current)
        self._tell_language()

    def _tell_language(self) -> None:
        for options in self.options.values():
            options.set_language(self.language.currentData())

    def _language_changed(self, *_args: object) -> None:
        self._tell_language()
        self.sig_changed.emit()

    def request(self) -> ReportRequest | None:
        """The request for the chosen report with the values in the form."""
        info = self.info
        if info is None:
            return None
        scope = info.scope
        options = self.options.get(info.name)
        chosen = options.options() if options is not None else ()
        selected = ()
        if scope == "contacts":
            selected = self.contacts.selected_ids if self.only_selected.isChecked() else ()
            if self.use_filters.isChecked() and not selected:
                chosen = (*self.contacts.filters, *chosen)
        return ReportRequest(
            info.name, self.language.currentData() or info.languages[0],
            exchange_id=(self.exchange.currentData() or None) if (
                scope == "exchange" or info.name in OPTIONAL_EXCHANGE) else None,
            grant_id=self.grant.currentData() if scope == "grant" else None,
            contact_id=self.person.contact_id if scope == "contact" else None,
            year=self.year.value() if scope == "year" else None,
            contact_ids=selected if scope == "contacts" else (),
            search=self.search.text().strip() if scope == "contacts" and not selected else "",
            options=chosen)

    def subject_text(self) -> str:
        """What the report is about, for a file name: the exchange's or application's title,
        the year, the person's name (empty for contacts)."""
        scope = self.info.scope if self.info is not None else ""
        if scope in ("exchange", "grant"):
            combo = self.exchange if scope == "exchange" else self.grant
            return self.titles[scope].get(combo.currentData(), "")
        if scope == "year":
            return str(self.year.value())
        if scope == "contact":
            return self.person.name.text()
        return ""

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        captions = {self.exchange: self.tr("E&xchange:"), self.grant: self.tr("&Grant:"),
                    self.year: self.tr("&Year:"), self.person: self.tr("&Person:"),
                    self.search: self.tr("Conta&cts:"),
                    self.language: self.tr("&Language:")}
        for widget, caption in captions.items():
            self.captions[widget].setText(caption)
        self.exchange.setToolTip(self.tr("The exchange the report is about"))
        self.grant.setToolTip(self.tr("The grant application the report is about"))
        self.year.setToolTip(self.tr("The year the report covers"))
        self.search.setPlaceholderText(self.tr("All contacts — or search by name, town…"))
        self.search.setToolTip(self.tr(
            "The contacts in the report: those matching this search (like on the Contacts "
            "page), all when empty"))
        view = self.contacts
        self.only_selected.setText(
            self.tr("Only the %n contact(s) selected on the Contacts page", "",
                    len(view.selected_ids)) if view.selected_ids
            else self.tr("Only the contacts selected on the Contacts page"))
        self.only_selected.setToolTip(self.tr(
            "Select contacts on the Contacts page (Ctrl+click, Shift+click) to make the "
            "report for just them"))
        self.use_filters.setText(
            self.tr("Filtered as on the Contacts page: {filters}").format(
                filters=view.filters_text) if view.filters
            else self.tr("Filtered as on the Contacts page (no filter set)"))
        self.use_filters.setToolTip(self.tr(
            "Only the contacts the filters on the Contacts page let through (role, side, "
            "partner town, membership, consent)"))
        self.language.setToolTip(self.tr(
            "The language the report is written in; the association's default report "
            "language is set in File → Association profile"))
        for options in self.options.values():
            options.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fill_exchanges()
            self._fill_languages()
        super().changeEvent(event)


def _exchange_text(row: ExchangeRow) -> str:
    return f"{row.title} ({format_period(row.start_date, row.end_date)})"


def _grant_text(row: GrantRow) -> str:
    return f"{row.title} — {row.funder}" if row.funder else row.title
