"""The main window: navigation on the left, one page per area, menus, status bar.

The window shows before any database is open (an "Opening database…" indicator stands in
for the pages); each page is created, its module imported, the first time it is shown
after a database was opened (`pages.factory`). So the window itself loads without the
services and SQLAlchemy, and start-up runs only the overview's queries.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from partnerdesk import settings as cfg
from partnerdesk.i18n import LANGUAGES, install
from partnerdesk.ui.file_actions import FileActions
from partnerdesk.ui.icons import icon
from partnerdesk.ui.pages.factory import PAGE_KEYS, create_page
from partnerdesk.ui.tasks import run_with_progress
from partnerdesk.ui.widgets.opening_state import OpeningState
from partnerdesk.ui.workspace import Workspace

STYLE = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; padding: 2px 0 6px 0; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; padding-top: 8px; }
QLabel#countCard { font-size: 12pt; padding: 8px; }
QListWidget#navigation { font-size: 11pt; border: none; background: palette(window); }
QListWidget#navigation::item { padding: 8px 6px; }
"""


class MainWindow(QMainWindow):
    """Navigation, pages, File/View/Help menus and the open database in the status bar."""

    sig_language_changed = Signal(str)
    """The UI language was switched (de, ru or en)."""

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.language = language
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("partnerdesk"))
        self.setStyleSheet(STYLE)
        self.pages: dict[str, Any] = {}
        """The pages created so far, by key (see `page`)."""
        self._stale = set(PAGE_KEYS)
        self._ready = False  # a database was opened: the pages may be created
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setFixedWidth(190)
        self.navigation.setUniformItemSizes(True)
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            QListWidgetItem(icon(key), "", self.navigation)
            self.stack.addWidget(QWidget())  # stands in for the page until it is created
        self.opening = OpeningState()
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions_ = FileActions(self, workspace)
        self.page_actions = self._page_actions()
        self._build_menus()
        self.database_label = QLabel(objectName="databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar(maximumWidth=120, maximum=0, textVisible=False)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.database_label)

        self.navigation.setCurrentRow(0)
        self.navigation.currentRowChanged.connect(self.show_page)
        self.actions_.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.actions_.sig_busy.connect(self.set_busy)
        workspace.sig_database_changed.connect(self._database_changed)
        workspace.sig_data_changed.connect(self._data_changed)
        workspace.sig_backup_finished.connect(self._backup_finished)
        self.retranslate_ui()
        self.restore_geometry()
        self._set_navigable(False)
        self._database_changed()

    def _page_actions(self) -> list[QAction]:
        actions = []
        for row, _key in enumerate(PAGE_KEYS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _c=False, r=row: self._go_to(r))
            self.addAction(action)  # works even while the menu bar is hidden
            actions.append(action)
        return actions

    def _build_menus(self) -> None:
        bar = self.menuBar()
        a = self.actions_
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([a.new, a.open])
        self.file_menu.addMenu(a.recent)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.backup, a.backup_to, a.restore])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.profile)
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.quit)
        self.view_menu: QMenu = bar.addMenu("")
        self.view_menu.addActions(self.page_actions)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.about)

    # -- pages ---------------------------------------------------------------------------

    def page(self, key: str) -> Any:
        """The page of `key`, created (and its module imported) on first use."""
        page = self.pages.get(key)
        if page is None:
            page = create_page(key, self.workspace, self.language)
            row = PAGE_KEYS.index(key)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages[key] = page
            if key == "settings":
                page.sig_language_requested.connect(self.change_language)
        return page

    def show_page(self, row: int) -> None:
        """Show the page in `row` of the navigation, refreshing it when stale."""
        if not 0 <= row < len(PAGE_KEYS) or not self._ready:
            return
        key = PAGE_KEYS[row]
        page = self.page(key)
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()
        self.stack.setCurrentWidget(page)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)

    def _go_to(self, row: int) -> None:
        """Ctrl+1…: show the page and put the keyboard into it (its search field first)."""
        self.navigation.setCurrentRow(row)
        page = self.stack.currentWidget()
        if self.navigation.currentRow() == row and page is not None:
            target = getattr(page, "search", None) or page
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_opening(self, opening: bool) -> None:
        """A database is being opened in the background (True) or not any more (False)."""
        self.actions_.set_opening(opening)
        if not self._ready:
            self.opening.set_active(opening)

    def _set_navigable(self, navigable: bool) -> None:
        self.navigation.setEnabled(navigable)
        for action in self.page_actions:
            action.setEnabled(navigable)

    def _refresh_all(self) -> None:
        """Every page is stale; the one shown is refreshed now, the others when shown."""
        self._stale = set(PAGE_KEYS)
        self.show_page(self.navigation.currentRow())

    def _database_changed(self) -> None:
        db = self.workspace.db
        self.database_label.setText(db.label if db is not None else "")
        self._update_title()
        if db is not None and not self._ready:
            self._ready = True
            self._set_navigable(True)
            self.opening.set_active(False)
        if self._ready:
            self._refresh_all()

    def _data_changed(self) -> None:
        self._refresh_all()

    def _update_title(self) -> None:
        db = self.workspace.db
        if db is None:
            self.setWindowTitle("PartnerDesk")
        else:
            name = Path(db.path).name if getattr(db, "path", None) else db.label
            self.setWindowTitle(f"{name} – PartnerDesk")

    def set_busy(self, text: str) -> None:
        """Show (text) or hide (empty) the busy indicator in the status bar."""
        self.busy.setVisible(bool(text))
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _backup_finished(self, result: object) -> None:
        if isinstance(result, BaseException):
            self.statusBar().showMessage(self.tr("The automatic backup failed; see the log."))
        else:
            self.statusBar().showMessage(self.tr("Automatic backup written."), 5000)

    # -- texts ---------------------------------------------------------------------------

    def change_language(self, language: str) -> None:
        """Switch the UI language at once and remember it; every widget re-translates."""
        app = QApplication.instance()
        if app is None or language not in LANGUAGES:
            return
        install(app, language)
        self.language = language
        self.workspace.settings.set(cfg.LANGUAGE, language)
        self.sig_language_changed.emit(language)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        names = (self.tr("Overview"), self.tr("Contacts"), self.tr("Exchanges"),
                 self.tr("Grants"), self.tr("Reports"), self.tr("Settings"))
        for row, name in enumerate(names):
            item = self.navigation.item(row)
            item.setText(name)
            shortcut = QKeySequence(f"Ctrl+{row + 1}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
            item.setToolTip(f"{name} ({shortcut})")
            self.page_actions[row].setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.actions_.retranslate_ui()
        self.database_label.setToolTip(self.tr("The open database"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- geometry and closing ------------------------------------------------------------

    def restore_geometry(self) -> None:
        """The remembered geometry, or a size that fits the screen."""
        geometry = self.workspace.settings.get(cfg.WINDOW_GEOMETRY)
        if geometry and not geometry.isEmpty() and self.restoreGeometry(geometry):
            self.restoreState(self.workspace.settings.get(cfg.WINDOW_STATE))
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1320, 800
        if available is not None:
            width = min(width, int(available.width() * 0.97))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Remember the geometry; back up pending changes; close the database."""
        settings = self.workspace.settings
        settings.set(cfg.WINDOW_GEOMETRY, self.saveGeometry())
        settings.set(cfg.WINDOW_STATE, self.saveState())
        self.workspace.idle_timer.stop()
        self.workspace.runner.wait()
        if self.workspace.dirty and self.workspace.can_back_up():
            run_with_progress(
                self.workspace.runner, self, self.tr("Backing up before closing…"),
                lambda _progress: self.workspace.backup_now_blocking(), cancellable=False,
            )
        self.workspace.shutdown()
        super().closeEvent(event)
