"""The log file never receives sensitive data (passport numbers, health data), even at DEBUG."""

from __future__ import annotations

import logging

import sqlalchemy as sa

from partnerdesk.cli import main
from partnerdesk.domain import ParticipationHealth, PassportRecord
from partnerdesk.logs import log_file, setup_logging
from partnerdesk.storage.database import open_database


def test_no_passport_or_health_data_in_the_log_even_at_debug(tmp_path):
    root = logging.getLogger()
    old_level, old_handlers = root.level, list(root.handlers)
    try:
        setup_logging(logging.DEBUG)
        db_path = tmp_path / "demo.sqlite"
        assert main(["demo", "--db", str(db_path)]) == 0
        assert main(["ls", "contacts", "--db", str(db_path), "--json"]) == 0
        db = open_database(db_path)
        with db.unit() as session:
            numbers = session.execute(sa.select(PassportRecord.number)).scalars().all()
            health = session.execute(
                sa.select(ParticipationHealth.allergies, ParticipationHealth.medication)
            ).all()
            session.execute(sa.select(PassportRecord)).all()  # a query that loads them
        db.close()
        for handler in root.handlers:
            handler.flush()
        text = log_file().read_text(encoding="utf-8")
        assert text.strip(), "the log file should have received something"
        secrets = set(numbers) | {value for row in health for value in row if value}
        assert numbers and secrets
        leaked = [secret for secret in secrets if secret in text]
        assert not leaked
    finally:
        for handler in root.handlers[:]:
            if handler not in old_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(old_level)
