"""The unit of work: one session per user action, committed whole or not at all."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """`with uow as session: …; session.commit()` — rolled back if the block fails.

    Objects stay readable after commit (`expire_on_commit=False`) so services can turn them
    into DTOs; no session outlives the `with` block.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self.session: Session | None = None

    def __enter__(self) -> Session:
        if self.session is not None:
            raise RuntimeError("a unit of work is not re-entrant")
        self.session = self._factory()
        return self.session

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self.session is not None
        try:
            if exc_type is not None:
                self.session.rollback()
        finally:
            self.session.close()
            self.session = None
