"""Money and rates are exact `Decimal`s: stored without loss, summed exactly, never float."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import StatementError
from sqlalchemy.schema import CreateTable

from partnerdesk.domain import Base, Payment, Receipt
from partnerdesk.domain.types import Money, Rate, ScaledDecimal

SQLITE = sqlite.dialect()
POSTGRES = postgresql.dialect()


def _store_payment(db, sample, amount) -> int:
    with db.unit() as session:
        payment = Payment(grant_id=sample["grant"], received_on=date(2025, 1, 1), amount=amount)
        session.add(payment)
        session.commit()
        return payment.id


def _load_payment_amount(db, payment_id: int) -> Decimal:
    with db.unit() as session:  # a new session: the value comes from the database
        return session.get(Payment, payment_id).amount


@pytest.mark.parametrize("amount", ["1234567890.12", "0.01", "0.10", "9999999999.99", "5"])
def test_money_round_trips_exactly(db, sample, amount):
    payment_id = _store_payment(db, sample, Decimal(amount))
    loaded = _load_payment_amount(db, payment_id)
    assert isinstance(loaded, Decimal)
    assert loaded == Decimal(amount)
    assert loaded.as_tuple().exponent == -2  # always two places, e.g. 5 -> 5.00


def test_money_is_an_integer_of_cents_in_sqlite(db, sample):
    payment_id = _store_payment(db, sample, Decimal("1234567890.12"))
    with db.engine.connect() as connection:
        stored = connection.execute(
            sa.text("SELECT typeof(amount), amount FROM payment WHERE id = :id"), {"id": payment_id}
        ).one()
    assert tuple(stored) == ("integer", 123456789012)


def test_sql_sum_of_cents_stays_exact(db, sample):
    with db.unit() as session:
        session.add_all(
            Payment(grant_id=sample["grant"], received_on=date(2025, 1, 1), amount=Decimal("0.01"))
            for _ in range(1000)
        )
        session.add(Payment(grant_id=sample["grant"], received_on=date(2025, 1, 1),
                            amount=Decimal("0.10")))
        session.commit()
    with db.unit() as session:
        total = session.execute(
            sa.select(sa.func.sum(Payment.amount)).where(Payment.amount < Decimal("1.00"))
        ).scalar_one()
    assert isinstance(total, Decimal)
    assert total == Decimal("10.10")
    assert float(sum([0.01] * 1000) + 0.1) != 10.1  # what float would have given


def test_comparisons_in_sql_use_the_same_scale(db, sample):
    with db.unit() as session:
        big = session.execute(
            sa.select(Payment.amount).where(Payment.amount >= Decimal("999.99"))
        ).scalars().all()
    assert big == [Decimal("1000.00")]


@pytest.mark.parametrize("value", [0.1, 1.0, float("nan")])
def test_float_is_refused(db, sample, value):
    with db.unit() as session:
        session.add(Payment(grant_id=sample["grant"], received_on=date(2025, 1, 1), amount=value))
        with pytest.raises(StatementError) as error:
            session.flush()
    assert isinstance(error.value.orig, TypeError)


@pytest.mark.parametrize("amount", ["0.001", "10.005", "1E-3"])
def test_more_than_two_places_is_refused(db, sample, amount):
    with db.unit() as session:
        session.add(Payment(grant_id=sample["grant"], received_on=date(2025, 1, 1),
                            amount=Decimal(amount)))
        with pytest.raises(StatementError) as error:
            session.flush()
    assert isinstance(error.value.orig, ValueError)


@pytest.mark.parametrize("amount", ["10000000000.00", "NaN", "Infinity"])
def test_values_that_do_not_fit_are_refused(db, sample, amount):
    """More than 10 digits before the point would overflow NUMERIC(12, 2) on PostgreSQL."""
    with db.unit() as session:
        session.add(Payment(grant_id=sample["grant"], received_on=date(2025, 1, 1),
                            amount=Decimal(amount)))
        with pytest.raises(StatementError) as error:
            session.flush()
    assert isinstance(error.value.orig, ValueError)


def test_rate_keeps_six_places(db, sample):
    with db.unit() as session:
        receipt = Receipt(grant_id=sample["grant"], budget_line_id=sample["budget_line"],
                          number=7, issued_on=date(2025, 7, 1), amount=Decimal("12.35"),
                          original_amount=Decimal("1234.56"), original_currency="RUB",
                          exchange_rate=Decimal("0.010003"), rate_date=date(2025, 7, 1))
        session.add(receipt)
        session.commit()
    with db.unit() as session:
        rate = session.get(Receipt, receipt.id).exchange_rate
    assert rate == Decimal("0.010003")
    assert rate.as_tuple().exponent == -6


def test_rate_with_seven_places_is_refused(db, sample):
    with db.unit() as session:
        session.add(Receipt(grant_id=sample["grant"], budget_line_id=sample["budget_line"],
                            number=7, issued_on=date(2025, 7, 1), amount=Decimal("12.35"),
                            original_amount=Decimal("1234.56"), original_currency="RUB",
                            exchange_rate=Decimal("0.0100031"), rate_date=date(2025, 7, 1)))
        with pytest.raises(StatementError) as error:
            session.flush()
    assert isinstance(error.value.orig, ValueError)


@given(st.decimals(min_value=Decimal("-9999999999.99"), max_value=Decimal("9999999999.99"),
                   places=2, allow_nan=False, allow_infinity=False))
def test_bind_and_result_are_inverse_on_sqlite(value):
    money = Money()
    stored = money.process_bind_param(value, SQLITE)
    assert isinstance(stored, int)
    assert money.process_result_value(stored, SQLITE) == value


@given(st.decimals(min_value=Decimal("-999999999999.999999"),
                   max_value=Decimal("999999999999.999999"),
                   places=6, allow_nan=False, allow_infinity=False))
def test_rate_bind_and_result_are_inverse_on_sqlite(value):
    rate = Rate()
    assert rate.process_result_value(rate.process_bind_param(value, SQLITE), SQLITE) == value


def test_postgresql_gets_numeric_columns_and_decimals():
    money = ScaledDecimal(12, 2)
    assert money.process_bind_param(Decimal("12.30"), POSTGRES) == Decimal("12.30")
    assert isinstance(money.process_bind_param(Decimal("12.30"), POSTGRES), Decimal)
    ddl = str(CreateTable(Receipt.__table__).compile(dialect=POSTGRES))
    assert "amount NUMERIC(12, 2) NOT NULL" in ddl
    assert "exchange_rate NUMERIC(18, 6)" in ddl


def test_the_whole_schema_compiles_for_postgresql():
    """No SQLite-only column types in the model (DESIGN §3.11): every amount is NUMERIC there."""
    scaled = 0
    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=POSTGRES))
        for column in table.columns:
            if isinstance(column.type, ScaledDecimal):
                scaled += 1
                assert f"{column.name} NUMERIC({column.type.precision}, {column.type.scale})" in ddl
    assert scaled >= 10
