"""Storage: the only package that talks to a database.

Modules (import the one you need; nothing heavy is imported here):

- ``storage.db``: which database to use, engine and session set-up, first-start migration (SQLite only).
- ``storage.models``: the SQLAlchemy tables (Edition → Page → Article → FindingDecision, Revision;
  Reporter; the headline archive and its character-pair index).
- ``storage.migrate``: Alembic migrations, runnable from code (``upgrade(url)``).
- ``storage.schema_state``: the sentence for a server schema older or newer than the app (who must act).
- ``storage.roles``: the owner and editor roles of a newsroom's server and their rights (``db init-roles``).
- ``storage.pages``: import a page, autosave every edit, undo/redo bookkeeping, crash recovery.
- ``storage.roster``: the reporter roster (pinyin search, CSV import).
- ``storage.roster_check``: the ``unknown-reporter`` finding.
- ``storage.archive``: the archive of published headlines (``HeadlineArchive`` for the engine).
- ``storage.errors``: ``StorageError`` and the conflict errors.
"""
