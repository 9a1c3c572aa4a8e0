"""No float anywhere in money paths: a scan of the money modules' source, and the service
results of the demo checked value by value (every amount a Decimal to the cent).

`tests/domain/test_money.py` shows the column type itself (exact storage, a float refused
for one column); here every money column of the schema and the grant services' results.
"""

from __future__ import annotations

import ast
import dataclasses
import typing
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from partnerdesk import dto
from partnerdesk.domain import Base, GrantApplication
from partnerdesk.domain.types import ScaledDecimal
from partnerdesk.dto import grants as grant_dtos
from partnerdesk.services import budget, day_rate, grants, receipts
from partnerdesk.services.demo import build_demo
from partnerdesk.storage.database import Database, create_database

PACKAGE = Path(__file__).resolve().parents[2] / "partnerdesk"
MONEY_MODULES = (
    "services/budget.py", "services/day_rate.py", "services/receipts.py", "services/grants.py",
    "services/grant_editing.py", "services/demo_grants.py", "ui/formatting.py",
    "ui/widgets/money.py", "cli/output.py",
)
FLOAT_MODULES = {"math", "statistics", "numpy"}  # their results are floats
RATE_FIELDS = {"exchange_rate"}  # six places; every other Decimal is money or a percentage


def float_uses(source: str) -> list[str]:
    """Where `source` lets a float in: `float` named (a call, `map(float, …)`, an
    annotation) other than in an `isinstance` check, a float literal, a float module."""
    tree = ast.parse(source)
    checks = {id(arg) for node in ast.walk(tree)
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "isinstance"
              for arg in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Name) and node.id == "float" and id(node) not in checks:
            found.append(f"line {line}: float")
        elif isinstance(node, ast.Constant) and isinstance(node.value, float | complex):
            found.append(f"line {line}: literal {node.value!r}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [
                alias.name for alias in node.names]
            found += [f"line {line}: import {name}" for name in names
                      if name.split(".")[0] in FLOAT_MODULES]
    return found


@pytest.mark.parametrize("module", MONEY_MODULES)
def test_no_float_in_the_money_modules(module):
    path = PACKAGE / module
    assert path.is_file(), f"{module} moved: update MONEY_MODULES"
    assert float_uses(path.read_text(encoding="utf-8")) == [], module


@pytest.mark.parametrize("snippet", [
    "total = float(amount)",
    "totals = list(map(float, amounts))",
    "gross = net * 1.19",
    "share = Decimal(0.1)",
    "def rate() -> float: ...",
    "RATE = 98.45",
    "import math",
    "from statistics import mean",
])
def test_the_scan_finds_a_float(snippet):
    assert float_uses(snippet)


def test_the_scan_would_catch_float_in_a_real_module():
    source = (PACKAGE / "services/budget.py").read_text(encoding="utf-8")
    planted = source + "\n\ndef _share(amount):\n    return float(amount) / 3\n"
    assert float_uses(planted) and not float_uses(source)


def test_the_scan_lets_exact_code_pass():
    clean = ("from decimal import Decimal\n"
             "if isinstance(value, (float, int)):\n    raise TypeError\n"
             "total = sum(amounts, Decimal('0.00')) * 100 / Decimal('3')\n")
    assert float_uses(clean) == []


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Database:
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTNERDESK_DATA_DIR", str(folder / "data"))
        database = create_database(folder / "demo.sqlite")
        build_demo(database, today=date(2026, 11, 21))
    yield database
    database.close()


def _decimal_fields(instance: object) -> list[tuple[str, object]]:
    """(name, value) of every field declared as Decimal (or Decimal | None), recursively."""
    found = []
    hints = typing.get_type_hints(type(instance), vars(grant_dtos) | vars(dto))
    for field in dataclasses.fields(instance):  # type: ignore[arg-type]
        value = getattr(instance, field.name)
        if Decimal in (hints[field.name], *typing.get_args(hints[field.name])):
            found.append((f"{type(instance).__name__}.{field.name}", value))
        for item in value if isinstance(value, tuple | list) else (value,):
            if dataclasses.is_dataclass(item):
                found += _decimal_fields(item)
    return found


def test_every_amount_the_grant_services_return_is_a_decimal_to_the_cent(demo):
    with demo.unit() as session:
        grant_ids = session.execute(sa.select(GrantApplication.id)).scalars().all()
    results: list[object] = list(grants.list_grants(demo))
    for grant_id in grant_ids:
        results += [budget.budget_plan(demo, grant_id), budget.grant_result(demo, grant_id),
                    day_rate.suggest_day_rate(demo, grant_id)]
        results += receipts.list_receipts(demo, grant_id) + receipts.list_payments(demo, grant_id)
    checked = [pair for result in results for pair in _decimal_fields(result)]
    values = [(name, value) for name, value in checked if value is not None]
    assert len(values) > 100 and {name.split(".")[0] for name, _ in values} >= {
        "GrantRow", "BudgetPlan", "BudgetTotals", "BudgetLineRow", "ReceiptRow", "PaymentForm",
        "GrantResult", "DayRateInput"}
    for name, value in values:
        assert type(value) is Decimal, name
        places = -6 if name.split(".")[1] in RATE_FIELDS else -2
        assert value.as_tuple().exponent == places, (name, value)


def test_every_money_column_refuses_float():
    columns = [f"{table.name}.{column.name}" for table in Base.metadata.sorted_tables
               for column in table.columns if isinstance(column.type, ScaledDecimal)]
    assert set(columns) >= {
        "budget_line.planned", "budget_line.approved", "receipt.amount",
        "receipt.original_amount", "receipt.exchange_rate", "payment.amount",
        "grant_application.amount_requested", "grant_application.amount_approved",
        "funder_profile.daily_rate"}
    for name in columns:
        table, column = name.split(".")
        money = Base.metadata.tables[table].columns[column].type
        for dialect in (sqlite.dialect(), postgresql.dialect()):
            with pytest.raises(TypeError, match="never float"):
                money.process_bind_param(0.1, dialect)
            assert money.process_bind_param(Decimal("0.10"), dialect) is not None


def test_conversion_refuses_float():
    with pytest.raises(TypeError):
        receipts.convert(Decimal("1000.00"), 98.45)
    with pytest.raises(TypeError):
        receipts.convert(1000.0, Decimal("98.45"))
