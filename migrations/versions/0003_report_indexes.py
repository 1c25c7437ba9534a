"""Indexes on answers for counting survey results in SQL.

Each covers one report query, so the answers are read from the index alone:
- (question_id, choice, response_id): counts per option, also when responses are filtered;
  it replaces (question_id, choice), which it starts with.
- (question_id, response_id): how many responses answered each question.
- (question_id, number, response_id): mean, median, minimum and maximum of number answers.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 16:10:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index('ix_answer_question_choice_response', ['question_id', 'choice', 'response_id'], unique=False)
        batch_op.create_index('ix_answer_question_response', ['question_id', 'response_id'], unique=False)
        batch_op.create_index('ix_answer_question_number', ['question_id', 'number', 'response_id'], unique=False)
        batch_op.drop_index('ix_answer_question_choice')


def downgrade():
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index('ix_answer_question_choice', ['question_id', 'choice'], unique=False)
        batch_op.drop_index('ix_answer_question_number')
        batch_op.drop_index('ix_answer_question_response')
        batch_op.drop_index('ix_answer_question_choice_response')
