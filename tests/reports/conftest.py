"""Reports are tested on the demo data, with invariant PDFs and their extracted text."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from partnerdesk.services.demo import build_demo
from partnerdesk.storage.database import Database, create_database, open_database


@pytest.fixture(autouse=True)
def invariant_pdfs(monkeypatch):
    """Same input, same bytes (no timestamps or random ids)."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF uses → whether it is embedded."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2",
                                                           "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


TODAY = date(2026, 11, 21)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reports-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTNERDESK_DATA_DIR", str(folder / "data"))
        database = create_database(folder / "demo.sqlite")
        build_demo(database, contacts=150, today=TODAY)
        database.close()
    return folder / "demo.sqlite"


@pytest.fixture
def demo(data_dir: Path, tmp_path: Path, _demo_template: Path) -> Iterator[Database]:
    """A copy of the demo association's database, open."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()
