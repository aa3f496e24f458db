"""The reporter roster.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reporters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("pinyin", sa.String(length=400), nullable=False),
        sa.Column("initials", sa.String(length=100), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporters")),
        sa.UniqueConstraint("name", name=op.f("uq_reporters_name")),
    )
    op.create_index(op.f("ix_reporters_pinyin"), "reporters", ["pinyin"])
    op.create_index(op.f("ix_reporters_initials"), "reporters", ["initials"])


def downgrade() -> None:
    op.drop_index(op.f("ix_reporters_initials"), table_name="reporters")
    op.drop_index(op.f("ix_reporters_pinyin"), table_name="reporters")
    op.drop_table("reporters")
