"""Roster entries remember the editor who last changed them, so a roster conflict names them (as a page
conflict has since 0007).

Existing rows: ``reporters.updated_by`` stays "" (nobody wrote down who added or changed them; a conflict on
such an entry says 别人, someone else).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reporters") as batch:
        batch.add_column(sa.Column("updated_by", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("reporters") as batch:
        batch.drop_column("updated_by")
