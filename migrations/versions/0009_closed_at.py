"""When each survey closed, so retention counts from its closing and not from its last edit

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 01:20:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_at', sa.DateTime(), nullable=True))
    # Until now a survey closed without a closing date counted from its last change.
    op.execute(
        "UPDATE survey SET closed_at = updated_at WHERE status IN ('closed', 'archived')"
    )


def downgrade():
    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
