"""Response rates (targets, invitations, the funnel), the KPI register, response imports,
API tokens and published results.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 16:59:52.294474

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=12), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_used_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_api_token_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_token_token_hash'))
    )
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_token_user_id'), ['user_id'], unique=False)

    op.create_table('funnel_count',
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('stage', sa.Enum('visited', 'started', 'submitted', name='funnelstage', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_funnel_count_survey_id_survey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('survey_id', 'day', 'stage', name=op.f('pk_funnel_count'))
    )
    op.create_table('invitation_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('invited', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=40), nullable=False),
    sa.Column('audience_id', sa.Integer(), nullable=True),
    sa.Column('locality_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['audience_id'], ['audience.id'], name=op.f('fk_invitation_batch_audience_id_audience'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['locality_id'], ['locality.id'], name=op.f('fk_invitation_batch_locality_id_locality'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_invitation_batch_survey_id_survey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invitation_batch'))
    )
    with op.batch_alter_table('invitation_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitation_batch_survey_id'), ['survey_id'], unique=False)

    op.create_table('kpi',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.Enum('percent', 'count', 'days', name='kpiunit', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('direction', sa.Enum('up', 'down', name='kpidirection', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('period', sa.Enum('month', 'quarter', 'year', name='kpiperiod', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('source', sa.Enum('answers', 'response_rate', 'entered', name='kpisource', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('target', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('amber_threshold', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('comparator', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('comparator_label', sa.String(length=200), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=True),
    sa.Column('question_key', sa.String(length=60), nullable=True),
    sa.Column('positive_values', sa.JSON(), nullable=False),
    sa.Column('audience_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_kpi_area_id_area'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['audience_id'], ['audience.id'], name=op.f('fk_kpi_audience_id_audience'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kpi')),
    sa.UniqueConstraint('slug', name=op.f('uq_kpi_slug'))
    )
    op.create_table('response_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['imported_by_id'], ['user.id'], name=op.f('fk_response_import_imported_by_id_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_response_import_survey_id_survey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response_import')),
    sa.UniqueConstraint('survey_id', 'file_sha256', name=op.f('uq_response_import_survey_id'))
    )
    op.create_table('target_population',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('audience_id', sa.Integer(), nullable=False),
    sa.Column('locality_id', sa.Integer(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['audience_id'], ['audience.id'], name=op.f('fk_target_population_audience_id_audience'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['locality_id'], ['locality.id'], name=op.f('fk_target_population_locality_id_locality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_target_population_survey_id_survey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_population')),
    sa.UniqueConstraint('survey_id', 'audience_id', 'locality_id', name=op.f('uq_target_population_survey_id'))
    )
    with op.batch_alter_table('target_population', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_population_survey_id'), ['survey_id'], unique=False)

    op.create_table('kpi_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kpi_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('value', sa.Numeric(precision=14, scale=4), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('entered_by_id', sa.Integer(), nullable=True),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entered_by_id'], ['user.id'], name=op.f('fk_kpi_value_entered_by_id_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['kpi_id'], ['kpi.id'], name=op.f('fk_kpi_value_kpi_id_kpi'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kpi_value')),
    sa.UniqueConstraint('kpi_id', 'period_start', name=op.f('uq_kpi_value_kpi_id'))
    )
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_response_import_id'), ['import_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_response_import_id_response_import'), 'response_import', ['import_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.add_column(sa.Column('results_published_at', sa.DateTime(), nullable=True))



def downgrade():
    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.drop_column('results_published_at')

    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_response_import_id_response_import'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_response_import_id'))
        batch_op.drop_column('import_id')

    op.drop_table('kpi_value')
    with op.batch_alter_table('target_population', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_population_survey_id'))

    op.drop_table('target_population')
    op.drop_table('response_import')
    op.drop_table('kpi')
    with op.batch_alter_table('invitation_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitation_batch_survey_id'))

    op.drop_table('invitation_batch')
    op.drop_table('funnel_count')
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_token_user_id'))

    op.drop_table('api_token')
