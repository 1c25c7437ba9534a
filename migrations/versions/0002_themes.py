"""Theming free-text comments: the codebook, comment analyses, themes on comments, the audit.

The codebook starts empty: `feedback.analysis.codebook.ensure_codebook()` fills it from
`theming.codebook.DEFAULT_CODEBOOK` the first time it is needed, so nothing else is required.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 15:08:09.651609

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('codebook_theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('phrases', sa.JSON(), nullable=False),
    sa.Column('examples', sa.JSON(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_codebook_theme_area_id_area')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['codebook_theme.id'], name=op.f('fk_codebook_theme_merged_into_id_codebook_theme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_codebook_theme')),
    sa.UniqueConstraint('slug', name=op.f('uq_codebook_theme_slug'))
    )
    with op.batch_alter_table('codebook_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_codebook_theme_area_id'), ['area_id'], unique=False)

    op.create_table('theme_audit',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('answer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_theme_audit_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme_audit'))
    )
    with op.batch_alter_table('theme_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_audit_answer_id'), ['answer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_theme_audit_theme_id'), ['theme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_theme_audit_user_id'), ['user_id'], unique=False)

    op.create_table('comment_analysis',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('answer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('polarity', sa.Float(), nullable=False),
    sa.Column('sentiment', sa.Enum('negative', 'mixed', 'neutral', 'positive', name='sentimentlabel', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('sentences', sa.JSON(), nullable=False),
    sa.Column('noun_phrases', sa.JSON(), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('is_english', sa.Boolean(), nullable=False),
    sa.Column('truncated', sa.Boolean(), nullable=False),
    sa.Column('analysed_at', sa.DateTime(), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['answer_id'], ['answer.id'], name=op.f('fk_comment_analysis_answer_id_answer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['user.id'], name=op.f('fk_comment_analysis_reviewed_by_id_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comment_analysis')),
    sa.UniqueConstraint('answer_id', name=op.f('uq_comment_analysis_answer_id'))
    )
    with op.batch_alter_table('comment_analysis', schema=None) as batch_op:
        batch_op.create_index('ix_comment_analysis_reviewed_english', ['reviewed_at', 'is_english'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_analysis_sentiment'), ['sentiment'], unique=False)

    op.create_table('comment_theme',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('answer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('machine', 'human', name='themesource', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('decision', sa.Enum('suggested', 'accepted', 'rejected', name='decision', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['answer_id'], ['answer.id'], name=op.f('fk_comment_theme_answer_id_answer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user.id'], name=op.f('fk_comment_theme_decided_by_id_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['codebook_theme.id'], name=op.f('fk_comment_theme_theme_id_codebook_theme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comment_theme')),
    sa.UniqueConstraint('answer_id', 'theme_id', name=op.f('uq_comment_theme_answer_id'))
    )
    with op.batch_alter_table('comment_theme', schema=None) as batch_op:
        batch_op.create_index('ix_comment_theme_theme_decision', ['theme_id', 'decision'], unique=False)



def downgrade():
    with op.batch_alter_table('comment_theme', schema=None) as batch_op:
        batch_op.drop_index('ix_comment_theme_theme_decision')

    op.drop_table('comment_theme')
    with op.batch_alter_table('comment_analysis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comment_analysis_sentiment'))
        batch_op.drop_index('ix_comment_analysis_reviewed_english')

    op.drop_table('comment_analysis')
    with op.batch_alter_table('theme_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_audit_user_id'))
        batch_op.drop_index(batch_op.f('ix_theme_audit_theme_id'))
        batch_op.drop_index(batch_op.f('ix_theme_audit_answer_id'))

    op.drop_table('theme_audit')
    with op.batch_alter_table('codebook_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_codebook_theme_area_id'))

    op.drop_table('codebook_theme')
