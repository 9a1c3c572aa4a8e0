"""Languages: choosing one, installing Qt's and PartnerDesk's catalogues, translating messages.

Qt's own `qtbase_xx.qm` is installed first, then `partnerdesk_xx.qm`, both parented to the
application so they live as long as it does. QtCore only: the CLI uses this too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from partnerdesk import paths
from partnerdesk.messages import Label, UserError

LANGUAGES = ("de", "ru", "en")
DEFAULT_LANGUAGE = "de"


def system_language() -> str:
    """The system locale's language if PartnerDesk speaks it, else German."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(requested: str | None) -> str:
    """`requested` when it is one of ours, else the system's language (fallback German)."""
    if requested and requested in LANGUAGES:
        return requested
    return system_language()


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the installed catalogues by those of `language`; returns the translators."""
    for old in app.findChildren(QTranslator, "partnerdesk-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("partnerdesk", str(paths.translations_dir()))):
        translator = QTranslator(app)
        translator.setObjectName("partnerdesk-translator")
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    QLocale.setDefault(QLocale(language))
    return installed


def translate_message(error: UserError) -> str:
    """A UserError in the installed language, its placeholders filled (`Label`s translated)."""
    text = QCoreApplication.translate(error.context, error.message)
    params = {
        key: ", ".join(QCoreApplication.translate(value.context, t) for t in value.texts)
        if isinstance(value, Label) else value
        for key, value in error.params.items()
    }
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return error.english()


def translate(context: str, text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in `context`) in the installed language."""
    return QCoreApplication.translate(context, text)


def install_for_cli(language: str | None) -> str:
    """Install the catalogues for a command-line run (no GUI); returns the language used."""
    app = QCoreApplication.instance() or QCoreApplication(["partnerdesk"])
    chosen = choose_language(language)
    install(app, chosen)
    return chosen


_REPORT_TRANSLATORS: dict[str, QTranslator] = {}


def translator_for(language: str):
    """A function (context, English source) → text in `language`, independent of the
    installed UI language (reports in another language than the UI)."""
    translator = _REPORT_TRANSLATORS.get(language)
    if translator is None:
        translator = QTranslator()
        translator.load(f"partnerdesk_{language}", str(paths.translations_dir()))
        _REPORT_TRANSLATORS[language] = translator

    def translate_in(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate_in
