"""The archive of published headlines and its character-pair index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "archived_headlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("normalized", sa.Text(), nullable=False),
        sa.Column("edition_date", sa.Date(), nullable=False),
        sa.Column("page_label", sa.String(length=40), nullable=False),
        sa.Column("paper", sa.String(length=200), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=True),
        sa.Column("source_sha256", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"], ["pages.id"], name=op.f("fk_archived_headlines_page_id_pages"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archived_headlines")),
    )
    op.create_index(op.f("ix_archived_headlines_normalized"), "archived_headlines", ["normalized"])
    op.create_index(op.f("ix_archived_headlines_page_id"), "archived_headlines", ["page_id"])
    op.create_index(op.f("ix_archived_headlines_source_sha256"), "archived_headlines", ["source_sha256"])
    op.create_index("ix_archived_headlines_date_page", "archived_headlines", ["edition_date", "page_label"])
    op.create_table(
        "headline_grams",
        sa.Column("gram", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("headline_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("gram", "headline_id", name=op.f("pk_headline_grams")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "gram_frequencies",
        sa.Column("gram", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("headlines", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gram", name=op.f("pk_gram_frequencies")),
    )


def downgrade() -> None:
    op.drop_table("gram_frequencies")
    op.drop_table("headline_grams")
    op.drop_index("ix_archived_headlines_date_page", table_name="archived_headlines")
    op.drop_index(op.f("ix_archived_headlines_source_sha256"), table_name="archived_headlines")
    op.drop_index(op.f("ix_archived_headlines_page_id"), table_name="archived_headlines")
    op.drop_index(op.f("ix_archived_headlines_normalized"), table_name="archived_headlines")
    op.drop_table("archived_headlines")
