"""Who did what: the editor who made a page's current version, who exported a page and each article, who
archived each headline (revisions already kept their author).

Existing rows: ``pages.updated_by`` is filled with the author of the page's last revision (else the editor of
its last session, else ""), so a conflict on an older page still names someone; ``exported_by`` and
``archived_by`` stay NULL, shown as 未记录: nobody wrote down who did it then, and guessing would mislead.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("updated_by", sa.String(length=200), nullable=False, server_default=""))
        batch.add_column(sa.Column("exported_by", sa.String(length=200), nullable=True))
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("exported_by", sa.String(length=200), nullable=True))
    with op.batch_alter_table("archived_headlines") as batch:
        batch.add_column(sa.Column("archived_by", sa.String(length=200), nullable=True))
    op.execute(
        "UPDATE pages SET updated_by = COALESCE("
        "(SELECT revisions.author FROM revisions WHERE revisions.page_id = pages.id"
        " ORDER BY revisions.seq DESC LIMIT 1), pages.session_author, '')"
    )


def downgrade() -> None:
    with op.batch_alter_table("archived_headlines") as batch:
        batch.drop_column("archived_by")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("exported_by")
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("exported_by")
        batch.drop_column("updated_by")
