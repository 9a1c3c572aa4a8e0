"""The merge log: one row for every two contacts merged into one.

It names the survivor (id and UUID) and the merged contact (its UUID survives only here),
keeps a snapshot of the merged contact's own column values, which value won for each field
that differed, how many references moved, and what was folded into the survivor's own
records (a second participation in the same exchange, a second host profile …). Passport
numbers and health data are never copied into it. Rows are written once and never changed;
they keep plain ids and UUIDs, no foreign keys, so the log outlives both contacts.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from partnerdesk.domain.base import Base, Record, utcnow
from partnerdesk.domain.types import UTCDateTime


class MergeLog(Record, Base):
    """Two contacts merged into one: who survived, what the other one was, what moved."""

    __tablename__ = "merge_log"

    merged_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    survivor_id: Mapped[int] = mapped_column(sa.Integer, index=True)
    survivor_uuid: Mapped[uuid.UUID] = mapped_column(sa.Uuid, index=True)
    merged_id: Mapped[int] = mapped_column(sa.Integer)
    merged_uuid: Mapped[uuid.UUID] = mapped_column(sa.Uuid, index=True)
    merged_name: Mapped[str] = mapped_column(sa.String(250), default="")
    # the merged contact's columns (JSON-safe: dates as ISO text, enums as their values)
    snapshot: Mapped[dict] = mapped_column(sa.JSON)
    # field → "survivor" | "other", for every field whose values differed
    choices: Mapped[dict] = mapped_column(sa.JSON)
    # reference kind → number of rows moved to the survivor (see services.merge)
    moved: Mapped[dict] = mapped_column(sa.JSON)
    # rows of the merged contact folded into the survivor's own, with their values
    folded: Mapped[dict] = mapped_column(sa.JSON)
