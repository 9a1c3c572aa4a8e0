"""merge log and contact match keys

Adds `merge_log` (one row per merge of two contacts) and `contact_match_key` (the keys
duplicate detection looks contacts up by), computes the keys of the contacts already stored
and refreshes their search text (now with spelling- and script-independent name keys).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa

from partnerdesk.domain.match_key import refresh_match_keys
from partnerdesk.storage.search_index import refresh_search_texts


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('merge_log',
    sa.Column('merged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('survivor_id', sa.Integer(), nullable=False),
    sa.Column('survivor_uuid', sa.Uuid(), nullable=False),
    sa.Column('merged_id', sa.Integer(), nullable=False),
    sa.Column('merged_uuid', sa.Uuid(), nullable=False),
    sa.Column('merged_name', sa.String(length=250), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('choices', sa.JSON(), nullable=False),
    sa.Column('moved', sa.JSON(), nullable=False),
    sa.Column('folded', sa.JSON(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_log')),
    sa.UniqueConstraint('uuid', name=op.f('uq_merge_log_uuid'))
    )
    with op.batch_alter_table('merge_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_log_merged_uuid'), ['merged_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_merge_log_survivor_id'), ['survivor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_merge_log_survivor_uuid'), ['survivor_uuid'], unique=False)

    op.create_table('contact_match_key',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_match_key_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('kind', 'value', 'contact_id', name=op.f('pk_contact_match_key'))
    )
    with op.batch_alter_table('contact_match_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_match_key_contact_id'), ['contact_id'], unique=False)

    # the search text gained name skeletons (cross-script search), and the duplicate keys
    # are new: compute both for the contacts stored so far
    refresh_search_texts(op.get_bind())
    refresh_match_keys(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('contact_match_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_match_key_contact_id'))

    op.drop_table('contact_match_key')
    with op.batch_alter_table('merge_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_log_survivor_uuid'))
        batch_op.drop_index(batch_op.f('ix_merge_log_survivor_id'))
        batch_op.drop_index(batch_op.f('ix_merge_log_merged_uuid'))

    op.drop_table('merge_log')
