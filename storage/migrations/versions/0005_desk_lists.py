"""The desk's lists: people (names, titles, protocol order), rule-book word lists, whitelist.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_people")),
        sa.UniqueConstraint("name", "title", name="uq_desk_people_name_title"),
    )
    op.create_index(op.f("ix_desk_people_name"), "desk_people", ["name"])
    op.create_table(
        "rulebook_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_name", sa.String(length=40), nullable=False),
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.Column("right", sa.String(length=400), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=400), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rulebook_terms")),
        sa.UniqueConstraint("list_name", "term", name="uq_rulebook_terms_list_term"),
    )
    op.create_table(
        "whitelist_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.Column("check_name", sa.String(length=80), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_whitelist_terms")),
        sa.UniqueConstraint("term", name=op.f("uq_whitelist_terms_term")),
    )


def downgrade() -> None:
    op.drop_table("whitelist_terms")
    op.drop_table("rulebook_terms")
    op.drop_index(op.f("ix_desk_people_name"), table_name="desk_people")
    op.drop_table("desk_people")
