"""Translatable messages for code below the UI, which must not import Qt.

`QT_TRANSLATE_NOOP` marks a literal for `lupdate` and returns it unchanged; the UI and the
CLI translate it later with `partnerdesk.i18n.translate_message`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation in `context`; return it unchanged."""
    return text


class UserError(Exception):
    """A problem the user can understand and fix; shown as one translated line.

    `message` is an English source string marked with QT_TRANSLATE_NOOP in context
    `context`; `params` fill its `{placeholders}` after translation.
    """

    def __init__(self, message: str, context: str = "Errors", **params: object) -> None:
        self.message = message
        self.context = context
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        """The message in English, the source language (for logs and tests)."""
        return self.message.format(**self.params)
