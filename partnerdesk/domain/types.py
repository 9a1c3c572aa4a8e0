"""Column types shared by the entities: exact decimals and money that never become floats,
and timestamps that are always timezone-aware UTC.

On PostgreSQL a decimal is a NUMERIC column. SQLite has no exact decimal type (it would
store NUMERIC values as REAL), so there the value is kept as a scaled integer: 1234.50 is
stored as 123450. `SUM()` stays exact in SQL on both, and Python only ever sees `Decimal`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator):
    """An exact `Decimal` with a fixed number of places (NUMERIC, or a scaled integer on SQLite)."""

    impl = sa.Numeric
    cache_ok = True

    def __init__(self, precision: int = 12, scale: int = 2) -> None:
        super().__init__()
        self.precision = precision
        self.scale = scale
        self._quantum = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.BigInteger())
        return dialect.type_descriptor(sa.Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and rates must be Decimal, never float")
        value = Decimal(value)
        if not value.is_finite():
            raise ValueError(f"{value} is not an amount")
        if value != value.quantize(self._quantum):
            raise ValueError(f"{value} has more than {self.scale} decimal places")
        if value.adjusted() >= self.precision - self.scale:
            # NUMERIC(p, s) on PostgreSQL refuses it too: both databases behave alike
            raise ValueError(f"{value} has more than {self.precision - self.scale} digits "
                             "before the decimal point")
        if dialect.name == "sqlite":
            return int(value.scaleb(self.scale))
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)).scaleb(-self.scale)).quantize(self._quantum)
        return Decimal(value).quantize(self._quantum)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.precision}, {self.scale})"

    @property
    def python_type(self):
        return Decimal


def Money() -> ScaledDecimal:  # noqa: N802 - reads like a type in column declarations
    """An amount of money: 12 digits, 2 of them after the point."""
    return ScaledDecimal(12, 2)


def Rate() -> ScaledDecimal:  # noqa: N802
    """An exchange rate: 18 digits, 6 after the point."""
    return ScaledDecimal(18, 6)


class UTCDateTime(TypeDecorator):
    """A point in time, always returned as an aware UTC `datetime`.

    SQLite keeps no time zone: a plain `DateTime(timezone=True)` comes back naive there but
    aware from PostgreSQL, and naive and aware values cannot be compared. Values are stored
    as UTC (a naive value is taken to be UTC already) and always come back aware.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    @property
    def python_type(self):
        return datetime
