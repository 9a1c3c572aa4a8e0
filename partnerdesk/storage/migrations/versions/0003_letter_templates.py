"""letter templates

Adds `letter_template` (the texts of letters with fields, edited by the user) and puts the
examples PartnerDesk ships into it: the invitation a partner needs for a visa and a general
letter, in German, Russian and English (the invitation also in German and Russian at once).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa

from partnerdesk.domain.letters import EXAMPLE_TEMPLATES, example_uuid
from partnerdesk.domain.types import UTCDateTime


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('letter_template',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('is_example', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("language IN ('de', 'ru', 'en', 'de+ru')", name=op.f('ck_letter_template_language_code')),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_letter_template_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_template')),
    sa.UniqueConstraint('name', 'language', name=op.f('uq_letter_template_name_language')),
    sa.UniqueConstraint('uuid', name=op.f('uq_letter_template_uuid'))
    )

    # the examples, written with the columns of this revision (not the model's, which may
    # gain columns in later revisions)
    table = sa.table(
        'letter_template', sa.column('name', sa.String), sa.column('language', sa.String),
        sa.column('subject', sa.String), sa.column('body', sa.Text),
        sa.column('is_example', sa.Boolean), sa.column('uuid', sa.Uuid),
        sa.column('created_at', UTCDateTime()), sa.column('updated_at', UTCDateTime()),
        sa.column('version', sa.Integer))
    # the same UUIDs and time stamp in every database: databases made alike are alike
    shipped = datetime(2026, 11, 21, tzinfo=UTC)
    op.bulk_insert(table, [
        {**example, 'uuid': example_uuid(example['name'], example['language']),
         'created_at': shipped, 'updated_at': shipped, 'version': 1}
        for example in EXAMPLE_TEMPLATES
    ])


def downgrade() -> None:
    op.drop_table('letter_template')
