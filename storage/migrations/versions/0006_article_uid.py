"""Articles remember the uid of their first block: statuses are kept by the article, not by its position.

Before, a status was filed by the article's position on the page, so an article inserted, split or
merged above it moved the status to its neighbour.  Rows filed before this migration have no uid;
their statuses are read by position (as they were written) until the page is filed again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("first_block_uid", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("first_block_uid")
