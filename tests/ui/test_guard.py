"""A dialog with unsaved input asks once before its window's close button drops it."""

from __future__ import annotations

from partnerdesk.ui.dialogs.guard import GuardedDialog


class _Dialog(GuardedDialog):
    def __init__(self) -> None:
        super().__init__()
        self.dirty = True
        self.asked = 0
        self.answer = True

    def has_changes(self) -> bool:
        return self.dirty

    def confirm_discard(self) -> bool:
        self.asked += 1
        return self.answer


def test_close_button_asks_once_and_closes_on_discard(qtbot):
    dialog = _Dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()
    assert dialog.asked == 1 and not dialog.isVisible()


def test_cancel_keeps_the_dialog_open_and_escape_asks_again(qtbot):
    dialog = _Dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.answer = False
    dialog.close()
    assert dialog.asked == 1 and dialog.isVisible()
    dialog.reject()
    assert dialog.asked == 2 and dialog.isVisible()
    dialog.answer = True
    dialog.reject()
    assert dialog.asked == 3 and not dialog.isVisible()
