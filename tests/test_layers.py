"""The layer rule of DESIGN.md §2: imports point down only, and only a few modules use Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "partnerdesk"

# what each layer may import from partnerdesk (besides itself and the shared leaf modules)
LEAVES = {
    "partnerdesk",
    "partnerdesk.messages",
    "partnerdesk.vocabulary",
    "partnerdesk.paths",
    "partnerdesk.logs",
    "partnerdesk.dto",
}
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "services": {"domain", "storage"},
    "reports": {"services"},
    "cli": {"services", "storage", "i18n", "reports", "app", "domain"},
    "ui": {"services", "reports", "i18n", "settings", "domain"},
    "app": {"ui", "services", "storage", "i18n", "settings", "domain", "cli"},
    "i18n": set(),
    "settings": set(),
}
QT_ALLOWED = {"app", "ui", "settings", "i18n"}
QT_CORE_ONLY = {"settings", "i18n"}


def _layer(module: str) -> str | None:
    """The layer a module belongs to (None for third-party names and package attributes)."""
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "partnerdesk":
        return None
    exists = (PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").is_file()
    return parts[1] if exists else None


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        layer = _layer(module)
        if layer and layer in ALLOWED:
            yield path, module, layer


def test_imports_point_down_only():
    problems = []
    for path, _module, layer in _modules():
        for name in _imports(path):
            target = _layer(name)
            if (
                target is None
                or target == layer
                or name in LEAVES
                or target in {"messages", "paths", "logs", "dto", "vocabulary", "__init__"}
            ):
                continue
            if target not in ALLOWED[layer]:
                problems.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert not problems, "layer rule broken:\n" + "\n".join(problems)


def test_only_ui_app_settings_i18n_use_qt():
    problems = []
    for path, _module, layer in _modules():
        for name in _imports(path):
            if not name.startswith("PySide6"):
                continue
            if layer not in QT_ALLOWED:
                problems.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
            elif layer in QT_CORE_ONLY and not name.startswith("PySide6.QtCore"):
                problems.append(f"{path.relative_to(PACKAGE.parent)} imports {name} (QtCore only)")
    assert not problems, "Qt outside its layers:\n" + "\n".join(problems)


def test_the_check_itself_notices_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from partnerdesk.ui.main_window import MainWindow\nimport PySide6.QtWidgets\n")
    names = _imports(bad)
    assert "partnerdesk.ui.main_window" in names and "PySide6.QtWidgets" in names
    assert "ui" not in ALLOWED["services"]
