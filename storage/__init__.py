"""Storage: the only package that talks to a database.

Modules (import the one you need; nothing heavy is imported here):

- ``storage.db``: which database to use, engine and session set-up, first-start migration.
- ``storage.models``: the SQLAlchemy tables (Edition → Page → Article → FindingDecision, Revision;
  Reporter; the headline archive and its character-pair index).
- ``storage.migrate``: Alembic migrations, runnable from code (``upgrade(url)``).
- ``storage.pages``: import a page, autosave every edit, undo/redo bookkeeping, crash recovery.
- ``storage.roster``: the reporter roster (pinyin search, CSV import).
- ``storage.roster_check``: the ``unknown-reporter`` finding.
- ``storage.archive``: the archive of published headlines (``HeadlineArchive`` for the engine).
- ``storage.errors``: ``StorageError`` and the conflict errors.
"""
