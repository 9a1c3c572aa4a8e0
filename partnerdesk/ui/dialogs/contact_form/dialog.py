"""The person and organisation form: every field of a contact on tabs, saved as a whole.

The dialog holds DTOs only (`ContactForm`, `PassportData`); all database work goes through
`services.contact_editing`, one unit of work per action, and every write calls
`workspace.note_write()`. Problems are shown in red under their field as soon as they
arise and keep Save disabled; unsaved changes are never thrown away without asking; a
contact changed elsewhere meanwhile is reported and the input kept; a new contact that may
already exist shows the candidates and asks before it is saved. Works with `open()` and
`show()` (no `exec()` needed).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from partnerdesk.dto.contact_form import ContactForm, FieldProblem, PossibleDuplicates
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import contact_editing
from partnerdesk.ui.dialogs.contact_form.address_tab import AddressTab
from partnerdesk.ui.dialogs.contact_form.consents_tab import ConsentsTab
from partnerdesk.ui.dialogs.contact_form.correspondence_tab import CorrespondenceTab
from partnerdesk.ui.dialogs.contact_form.duplicates_panel import DuplicatesPanel
from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.dialogs.contact_form.host_tab import HostTab
from partnerdesk.ui.dialogs.contact_form.links_tab import LinksTab
from partnerdesk.ui.dialogs.contact_form.organisation_tab import OrganisationTab
from partnerdesk.ui.dialogs.contact_form.passport_tab import PassportTab
from partnerdesk.ui.dialogs.contact_form.person_tab import PersonTab
from partnerdesk.ui.dialogs.contact_form.record_editor import PROBLEM_COLOUR
from partnerdesk.ui.dialogs.contact_form.roles_tab import RolesTab
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab
from partnerdesk.ui.dialogs.guard import GuardedDialog

NAME_FIELDS = ("given_name", "family_name", "family_name_native", "organisation_name")
"""A new form does not complain about the missing name before the user typed one."""


class ContactFormDialog(GuardedDialog):
    """Edit a person or organisation (`contact_id`), or enter a new one of `kind`.

    Raises UserError when the contact no longer exists.
    """

    sig_saved = Signal(int)
    """The contact was saved (its id)."""

    def __init__(self, workspace: Any, contact_id: int | None, kind: str = "person",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self.workspace = workspace
        db = workspace.db
        self.original: ContactForm = (contact_editing.new_contact(kind) if contact_id is None
                                      else contact_editing.load_contact(db, contact_id))
        self.problems: list[FieldProblem] = []
        self.touched: set[str] = set()
        self.banner = error_label("banner")
        self.duplicates = DuplicatesPanel(self)
        self.duplicates.hide()
        self.tabs = QTabWidget(objectName="tabs")
        self.pages: dict[str, FormTab] = self._build_tabs(contact_editing.partner_town_choices(db))
        for page in self.pages.values():
            self.tabs.addTab(page, "")
            page.sig_changed.connect(self.refresh)
            page.sig_changed.connect(self.duplicates.hide)  # its candidates may be stale now
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.duplicates.sig_save_anyway.connect(self.save_anyway)
        self.duplicates.sig_back.connect(self.back_to_form)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.shortcut.activated.connect(self.save)
        self.set_form(self.original)
        self.retranslate_ui()
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(980, screen.width() - 40) if screen else 980,
                    min(640, int(screen.height() * 0.9)) if screen else 640)

    def _build_tabs(self, towns: tuple) -> dict[str, FormTab]:
        db = self.workspace.db
        kind = self.original.kind
        people = lambda text: contact_editing.search_people(db, text)  # noqa: E731
        organisations = lambda text: contact_editing.search_organisations(db, text)  # noqa: E731
        pages: dict[str, FormTab] = {}
        if kind == "person":
            pages["person"] = PersonTab(towns)
        else:
            pages["organisation"] = OrganisationTab(towns)
        pages["address"] = AddressTab()
        pages["roles"] = RolesTab()
        pages["links"] = LinksTab(kind, people, organisations)
        if kind == "person":
            pages["host"] = HostTab()
            pages["consents"] = ConsentsTab()
        pages["correspondence"] = CorrespondenceTab()
        if kind == "person":
            pages["passport"] = PassportTab(self._load_passports)
            pages["links"].guardians.sig_changed.connect(self._offer_guardians)
        return pages

    # -- the form ---------------------------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        """The id of the contact edited (None until a new one is saved)."""
        return self.original.id

    def set_form(self, form: ContactForm) -> None:
        """Show `form` on every tab."""
        for page in self.pages.values():
            page.set_form(form)
        self.refresh()

    def form(self) -> ContactForm:
        """The contact as currently edited."""
        values: dict[str, Any] = {}
        for page in self.pages.values():
            values.update(page.values())
        return dataclasses.replace(self.original, **values)

    def has_changes(self) -> bool:
        """True when something differs from what was loaded (passports included)."""
        passports = self.pages.get("passport")
        return self.form() != self.original or (
            isinstance(passports, PassportTab) and passports.edited() is not None)

    def _load_passports(self) -> tuple:
        if self.contact_id is None:
            return ()
        return contact_editing.load_passports(self.workspace.db, self.contact_id)

    def _offer_guardians(self) -> None:
        self.pages["consents"].consents.set_guardians(  # type: ignore[attr-defined]
            tuple(self.pages["links"].guardians.rows))  # type: ignore[attr-defined]

    # -- validation -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Validate the form; show every problem under its field; Save only when valid."""
        form = self.form()
        self.touched |= {key for key in NAME_FIELDS
                         if getattr(form, key) != getattr(self.original, key)}
        self.problems = contact_editing.validate_contact(form)
        passports = self.pages.get("passport")
        if isinstance(passports, PassportTab) and passports.loaded is not None:
            self.problems += contact_editing.validate_passports(passports.passports.rows)
        messages: dict[str, str] = {}
        rows: dict[str, dict[int, str]] = {}
        for problem in self.problems:
            if self._hidden(problem):
                continue
            text = translate_message(problem.error)
            if problem.row is None:
                messages.setdefault(problem.field, text)
            else:
                rows.setdefault(problem.field, {}).setdefault(problem.row, text)
        for index, page in enumerate(self.pages.values()):  # red titles: no extra width
            self.tabs.tabBar().setTabTextColor(
                index, PROBLEM_COLOUR if page.show_problems(messages, rows) else QColor())
        self.save_button.setEnabled(not self.problems)
        self.save_button.setToolTip(translate_message(self.problems[0].error) if self.problems
                                    else self.tr("Save the contact (Ctrl+S)"))

    def _hidden(self, problem: FieldProblem) -> bool:
        """A missing name in a new form waits until the user typed one (or tried to save)."""
        return (self.contact_id is None and problem.field in NAME_FIELDS
                and not self.touched)

    def focus_first_problem(self) -> None:
        """Show the tab of the first problem and put the focus on its field."""
        if not self.problems:
            return
        first = self.problems[0]
        for index, page in enumerate(self.pages.values()):
            if page.focus_field(first.field, first.row):
                self.tabs.setCurrentIndex(index)  # then again: a hidden tab takes no focus
                page.focus_field(first.field, first.row)
                return

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Save the contact (and passports shown and changed), then close."""
        if not self.save_button.isEnabled():
            self.touched |= set(NAME_FIELDS)
            self.refresh()
            self.focus_first_problem()
            return
        self._save(self.form())

    def save_anyway(self) -> None:
        """Save a new contact the user says is not one of the possible duplicates."""
        self._save(dataclasses.replace(self.form(), confirmed_not_duplicate=True))

    def back_to_form(self) -> None:
        """Leave the duplicates panel without saving."""
        self.duplicates.hide()
        self.tabs.setCurrentIndex(0)
        self.tabs.currentWidget().setFocus()

    def _save(self, form: ContactForm) -> None:
        show_message(self.banner, "")
        self.duplicates.hide()
        db = self.workspace.db
        try:
            result = contact_editing.save_contact(db, form)
        except PossibleDuplicates as exc:
            self.duplicates.show_matches(exc.matches)
            return
        except UserError as exc:
            show_message(self.banner, translate_message(exc))
            return
        self.workspace.note_write()
        passports = self.pages.get("passport")
        edited = passports.edited() if isinstance(passports, PassportTab) else None
        if edited is not None:
            try:
                passports.set_loaded(  # type: ignore[union-attr]
                    contact_editing.save_passports(db, result.contact_id, edited))
            except UserError as exc:  # the contact is saved; the passports are not
                self.original = contact_editing.load_contact(db, result.contact_id)
                self.set_form(self.original)
                show_message(self.banner, translate_message(exc))
                self.sig_saved.emit(result.contact_id)
                return
            self.workspace.note_write()
        self.original = dataclasses.replace(form, id=result.contact_id, version=result.version)
        self.sig_saved.emit(result.contact_id)
        self.accept()

    # -- closing ----------------------------------------------------------------------------

    def discard_texts(self) -> tuple[str, str]:
        """The title and the question asked before unsaved changes are dropped (Esc, the
        Cancel button, closing the window)."""
        return (self.tr("Unsaved changes"),
                self.tr("This contact has unsaved changes. Discard them?"))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Return in a field moves on instead of saving by accident; Ctrl+S saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    # -- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        titles = {
            "person": self.tr("&Person"), "organisation": self.tr("&Organisation"),
            "address": self.tr("&Address && contact"), "roles": self.tr("&Roles && membership"),
            "links": (self.tr("Re&lations") if "person" in self.pages
                      else self.tr("Peop&le")),
            "host": self.tr("&Host profile"), "consents": self.tr("Co&nsents"),
            "correspondence": self.tr("Corre&spondence"), "passport": self.tr("Pass&port"),
        }
        for index, key in enumerate(self.pages):
            self.tabs.setTabText(index, titles[key])
        if self.contact_id is None:
            self.setWindowTitle(self.tr("New person") if self.original.kind == "person"
                                else self.tr("New organisation"))
        else:
            self.setWindowTitle(self.tr("{name} – contact").format(
                name=self.original.display_name))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
