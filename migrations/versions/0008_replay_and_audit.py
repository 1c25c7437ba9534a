"""Two-factor codes refused on replay by every app server (the last step accepted is kept per
user), and the audit log made append-only in the database itself

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 00:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

REFUSAL = "the audit log is append-only: its entries cannot be changed or deleted"

POSTGRESQL_UP = (
    f"""
    CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{REFUSAL}';
    END
    $$
    """,
    """
    CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()
    """,
)
POSTGRESQL_DOWN = (
    "DROP TRIGGER audit_event_append_only ON audit_event",
    "DROP FUNCTION audit_event_append_only()",
)
SQLITE_UP = tuple(
    f"""
    CREATE TRIGGER audit_event_no_{action.lower()} BEFORE {action} ON audit_event
    BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END
    """
    for action in ("UPDATE", "DELETE")
)
SQLITE_DOWN = ("DROP TRIGGER audit_event_no_update", "DROP TRIGGER audit_event_no_delete")


def _statements(up: bool) -> tuple[str, ...]:
    if op.get_bind().dialect.name == "postgresql":
        return POSTGRESQL_UP if up else POSTGRESQL_DOWN
    return SQLITE_UP if up else SQLITE_DOWN


def upgrade():
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('totp_last_step', sa.BigInteger(), nullable=True))
    for statement in _statements(up=True):
        op.execute(statement)


def downgrade():
    for statement in _statements(up=False):
        op.execute(statement)
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('totp_last_step')
