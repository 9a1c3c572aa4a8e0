"""Translatable messages for code below the UI, which must not import Qt.

`QT_TRANSLATE_NOOP` marks a literal for `lupdate` and returns it unchanged; the UI and the
CLI translate it later with `partnerdesk.i18n.translate_message`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation in `context`; return it unchanged."""
    return text


class Label:
    """A message parameter that is translated too: vocabulary labels (English source texts
    marked with QT_TRANSLATE_NOOP in `context`), shown joined by ", ".

    `UserError.english()` shows the English texts; `i18n.translate_message` translates each.
    """

    __slots__ = ("context", "texts")

    def __init__(self, context: str, *texts: str) -> None:
        self.context = context
        self.texts = texts

    def __str__(self) -> str:
        return ", ".join(self.texts)

    def __repr__(self) -> str:
        return f"Label({self.context!r}, {', '.join(map(repr, self.texts))})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Label) and (self.context, self.texts) == (
            other.context, other.texts)

    def __hash__(self) -> int:
        return hash((self.context, self.texts))


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
