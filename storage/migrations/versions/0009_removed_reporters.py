"""Removed roster entries leave a note of who removed them, so a change to an entry someone else removed
names that editor (as a conflict on a changed entry has since 0008).

Entries removed before this migration left no note: a change to one still just says it is gone.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "removed_reporters",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("removed_by", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("removed_reporters")
