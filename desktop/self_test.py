"""``proofsheet --self-test``: prove that this installation has everything it needs, then exit.

Runs the same code paths as the app, from source or from the frozen bundle: the
bundled resources are present, the engine's segmenter reads jieba's own
``dict.txt`` (and memoises what it segmented in the user's cache folder), pypinyin reads its data,
charset-normalizer, psycopg's binary driver and the credential store's backends (``keyring``)
import, the engine proofs the
bundled sample page, one Word file is exported with python-docx's and our
templates and read back, the Alembic migrations run, the translations load and
the main window opens with the sample page.  Everything runs in throwaway user
folders, so the editor's database and settings are never touched.

Prints one line per check and exits 0 when all pass; otherwise the lines say
what is missing or broken and the exit code is 1.  Windowed Windows builds have
no stdout, so ``--report FILE`` also writes the report to a file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop import APP_TITLE, __version__, paths

EXIT_PASSED = 0
EXIT_FAILED = 1
WINDOW_TIMEOUT_S = 60.0
# Set by a launcher (bench/bundle.py) to time.time() just before starting the process, so the
# window check can say when the window and the findings appeared after launch.
LAUNCHED_AT_ENV = "PROOFSHEET_LAUNCHED_AT"

# Files under resources/ the UI reads by name (the others are asked from their owners below).
UI_RESOURCES = ("styles/proofsheet.qss", "icons/proofsheet.svg")
# The translation desktop.ui.translations loads; every other *.qm shipped must load too.
REQUIRED_TRANSLATION = "proofsheet_en.qm"


class Missing(Exception):
    """A file or module the app needs is not there."""


@dataclass(slots=True)
class Outcome:
    name: str
    status: str  # "ok", "MISSING" or "FAILED"
    detail: str

    def line(self) -> str:
        return f"{self.status:<8} {self.name:<12} {self.detail}"


@dataclass(slots=True)
class Run:
    """State shared between checks (the sample document is proofed once, then exported and shown)."""

    home: Path
    document: Any = None
    findings: tuple[Any, ...] = ()
    outcomes: list[Outcome] = field(default_factory=list)


def _bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root).resolve() if root else None


def _where(path: Path | str) -> str:
    """``path``, shown relative to the bundle when frozen, to prove a file came from inside it."""
    resolved = Path(path).resolve()
    root = _bundle_root()
    if root is not None:
        return f"<bundle>/{resolved.relative_to(root).as_posix()}" if resolved.is_relative_to(root) else str(resolved)
    return str(resolved)


def _require_inside_bundle(path: Path | str, what: str) -> None:
    root = _bundle_root()
    if root is not None and not Path(path).resolve().is_relative_to(root):
        raise Missing(f"{what} was read from {path}, outside the bundle {root}")


# --- checks ---------------------------------------------------------------------------------------


def required_resources() -> list[str]:
    """Every file the app reads from resources/, relative to it."""
    from desktop.export.styles import default_template
    from desktop.proofing.calibration import weights_path
    from desktop.proofing.lexicon import desk_dictionary_path
    from desktop.proofing.start_model import weights_path as start_weights_path

    folder = paths.resources_dir()
    from desktop.proofing.checks.term_match import list_paths
    from desktop.proofing.lookalikes import table_path

    owned = (
        paths.sample_page(),
        desk_dictionary_path(),
        default_template(),
        weights_path(),
        start_weights_path(),
        *list_paths(),
        table_path(),
    )
    return [path.relative_to(folder).as_posix() for path in owned] + list(UI_RESOURCES)


def check_resources(run: Run) -> str:
    folder = paths.resources_dir()
    required = required_resources()
    missing = [name for name in required if not (folder / name).is_file()]
    if missing:
        raise Missing(f"{', '.join(missing)} (in {folder})")
    for name in required:
        if (folder / name).stat().st_size == 0:
            raise Missing(f"{name} is empty (in {folder})")
    return f"{len(required)} files in {_where(folder)}"


def check_jieba(run: Run) -> str:
    from importlib.resources import as_file, files

    from desktop.proofing import lexicon

    with as_file(files("jieba").joinpath("dict.txt")) as dictionary:
        _require_inside_bundle(dictionary, "jieba's dict.txt")
        if not dictionary.is_file() or dictionary.stat().st_size == 0:
            raise Missing(f"jieba's dict.txt is missing or empty at {dictionary}")
    cache = paths.user_cache_dir()
    before = set(cache.iterdir())
    lexicon.tokenizer()  # reads dict.txt
    words = lexicon.cut("聊城市政务公开研讨会")
    if len(words) < 3 or "".join(words) != "聊城市政务公开研讨会":
        raise Missing(f"jieba's dictionary did not load: a test sentence was cut as {words!r}")
    lexicon.junction("聊城市政务", "公开研讨会")  # the user folders are fresh: a new window for the memo
    lexicon.save_memo()
    written = sorted(path.name for path in set(cache.iterdir()) - before)
    if not written:
        raise Missing(f"the segmenter wrote no memo to the user's cache folder {cache}")
    return f"{_where(dictionary)} → {words}, cached as {', '.join(written)} in the user's cache folder"


def check_pypinyin(run: Run) -> str:
    from pypinyin import Style, lazy_pinyin

    single = lazy_pinyin("校样", style=Style.NORMAL)
    phrase = lazy_pinyin("银行", style=Style.NORMAL)  # 行 reads hang only through the phrase data
    if single != ["jiao", "yang"] or phrase != ["yin", "hang"]:
        raise Missing(f"pypinyin's data did not load (校样 → {single}, 银行 → {phrase})")
    import pypinyin.phrases_dict

    data = Path(pypinyin.phrases_dict.__file__).with_name("phrases_dict.json")
    _require_inside_bundle(data, "pypinyin's phrases_dict.json")
    return f"校样 → {' '.join(single)}, 银行 → {' '.join(phrase)} ({_where(data)})"


def check_charset_normalizer(run: Run) -> str:
    from charset_normalizer import from_bytes

    sample = "本报讯（记者 赵静）聊城市召开全市政务公开工作会议。" * 4
    best = from_bytes(sample.encode("gb18030")).best()
    if best is None or str(best) != sample:
        raise Missing("charset-normalizer could not decode a GB18030 sample")
    return f"GB18030 sample decoded as {best.encoding}"


def check_psycopg(run: Run) -> str:
    import psycopg

    implementation = psycopg.pq.__impl__
    if implementation != "binary":
        raise Missing(f"psycopg uses its {implementation} implementation, not the bundled binary one")
    return f"psycopg {psycopg.__version__}, {implementation} driver, libpq {psycopg.pq.version()}"


# The module of keyring's backend for this platform and the package it needs to talk to the system's store.
PLATFORM_KEYRING = {
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
    "linux": ("keyring.backends.SecretService", "secretstorage"),
    "darwin": ("keyring.backends.macOS", "keyring.backends.macOS.api"),
}


def check_keyring(run: Run) -> str:
    """keyring finds its backends through its package metadata (entry points), then imports them by name."""
    import importlib
    from importlib.metadata import entry_points

    from storage.credentials import credential_store_available

    names = sorted(entry.name for entry in entry_points(group="keyring.backends"))
    if not names:
        raise Missing("keyring lists no backends: its package metadata (entry points) is not installed")
    backend, needs = PLATFORM_KEYRING.get(sys.platform, PLATFORM_KEYRING["linux"])
    for module in (backend, needs):
        _require_inside_bundle(importlib.import_module(module).__file__ or "", module)
    store = "usable" if credential_store_available() else "none reachable here (libpq's pgpass applies)"
    return f"backends {', '.join(names)}; {backend} with {needs}; credential store: {store}"


def check_engine(run: Run) -> str:
    from desktop.proofing import pipeline

    page = paths.sample_page()
    run.document = pipeline.open_document(page)
    run.findings = tuple(pipeline.analyse(run.document))
    articles = run.document.articles()
    if not articles or not run.findings:
        raise Missing(f"the sample page gave {len(articles)} articles and {len(run.findings)} findings")
    return f"{page.name}: {len(articles)} articles, {len(run.findings)} findings"


def check_python_docx(run: Run) -> str:
    """python-docx builds new parts from its own templates: the document, comments, header, footer."""
    import docx

    document = docx.Document()  # templates/default.docx
    paragraph = document.add_paragraph("校样")
    document.add_comment(paragraph.runs, text="自检", author="Proofsheet")  # templates/default-comments.xml
    section = document.sections[0]
    section.header.is_linked_to_previous = False  # templates/default-header.xml
    section.footer.is_linked_to_previous = False  # templates/default-footer.xml
    folder = Path(docx.__file__).parent / "templates"
    return f"default document, comments, header and footer parts from {_where(folder)}"


def check_export(run: Run) -> str:
    if run.document is None:
        raise Missing("no proofed sample page to export (see the engine check)")
    from desktop.export.batch import export_document
    from desktop.export.options import ExportOptions
    from desktop.export.readback import read_paragraphs

    folder = run.home / "export"
    folder.mkdir()
    written = export_document(
        run.document, folder, ExportOptions(comments=True), per_article=False, findings=run.findings
    )
    if len(written) != 1 or not written[0].is_file():
        raise Missing(f"the export wrote {written} instead of one file")
    import docx

    comments = len(list(docx.Document(str(written[0])).comments))
    paragraphs = read_paragraphs(written[0])
    headline = run.document.articles()[0].headline.strip()
    if not any(headline and headline in paragraph.text for paragraph in paragraphs):
        raise Missing(f"the exported file does not contain the first headline {headline!r}")
    if run.findings and comments == 0:
        raise Missing("the exported file has no comments (python-docx's comments template?)")
    return f"{written[0].name}: {len(paragraphs)} paragraphs, {comments} comments read back"


def check_storage(run: Run) -> str:
    from storage import migrate
    from storage.db import open_database, sqlite_url

    scripts = migrate.MIGRATIONS_DIR
    if not (scripts / "env.py").is_file() or not any((scripts / "versions").glob("*.py")):
        raise Missing(f"the Alembic scripts (env.py, versions/*.py) are not in {scripts}")
    database = open_database(sqlite_url(run.home / "self-test.sqlite3"))
    try:
        with database.engine.connect() as connection:
            revision = migrate.current_revision_of(connection)
    finally:
        database.close()
    if revision != migrate.head_revision():
        raise Missing(f"migrations stopped at {revision}, head is {migrate.head_revision()}")
    return f"SQLite migrated to {revision} from {_where(migrate.MIGRATIONS_DIR)}"


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def check_translations(run: Run) -> str:
    from PySide6.QtCore import QTranslator

    app = _application()
    folder = paths.resource("translations")
    if not (folder / REQUIRED_TRANSLATION).is_file():
        raise Missing(f"translations/{REQUIRED_TRANSLATION} (in {folder.parent})")
    files = sorted(folder.glob("*.qm"))
    for file in files:
        translator = QTranslator(app)
        if not translator.load(str(file)) or translator.isEmpty():
            raise Missing(f"{file.name} does not load as a Qt translation")
    return ", ".join(file.name for file in files)


def check_main_window(run: Run) -> str:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from desktop.app import create_main_window

    app = _application()
    page = paths.sample_page()
    window = create_main_window([page], install_hooks=False)
    window_at = _seconds_since_launch()
    failures: list[str] = []
    window.open_failed.connect(failures.append)
    try:
        deadline = time.monotonic() + WINDOW_TIMEOUT_S

        def page_shown() -> bool:  # the window may build its views after it first appears
            controller = getattr(window, "controller", None)
            return controller is not None and controller.analysed_once and controller.path is not None

        while not page_shown():
            if failures:
                raise Missing(f"the main window could not open the sample page: {failures[0]}")
            if time.monotonic() > deadline:
                raise Missing(f"the main window did not show the sample page within {WINDOW_TIMEOUT_S:.0f} s")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        title = window.windowTitle()
        if page.name not in title or not title.startswith(APP_TITLE):
            raise Missing(f"unexpected window title {title!r}")
        rows = window.article_model.rowCount()
        if rows == 0:
            raise Missing("the main window shows no articles")
        if window.windowIcon().isNull():
            raise Missing("the window icon did not load (Qt's SVG image plugin?)")
        platform = app.platformName()
        findings_at = _seconds_since_launch()
    finally:
        from desktop.ui.workers import settle_before_exit

        window.close()
        QCoreApplication.processEvents()
        settle_before_exit(10000)  # (what the window started must not run on while the process exits)
    timing = f"; window at {window_at:.2f} s, findings at {findings_at:.2f} s after launch" if findings_at else ""
    return f"{title!r} with {rows} articles ({platform} platform{timing})"


def _seconds_since_launch() -> float | None:
    launched = os.environ.get(LAUNCHED_AT_ENV, "")
    try:
        return time.time() - float(launched) if launched else None
    except ValueError:
        return None


CHECKS: tuple[tuple[str, Callable[[Run], str]], ...] = (
    ("resources", check_resources),
    ("jieba", check_jieba),
    ("pypinyin", check_pypinyin),
    ("charset", check_charset_normalizer),
    ("psycopg", check_psycopg),
    ("keyring", check_keyring),
    ("engine", check_engine),
    ("docx", check_python_docx),
    ("export", check_export),
    ("storage", check_storage),
    ("translations", check_translations),
    ("window", check_main_window),
)


# --- running --------------------------------------------------------------------------------------


def _has_display() -> bool:
    if sys.platform.startswith("win") or sys.platform == "darwin":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@contextmanager
def _throwaway_user_folders() -> Iterator[Path]:
    """Point every user folder (and the database) at a temporary directory for the run."""
    saved = {name: os.environ.get(name) for name in ("PROOFSHEET_HOME", "PROOFSHEET_DATABASE_URL")}
    with tempfile.TemporaryDirectory(prefix="proofsheet-self-test-", ignore_cleanup_errors=True) as folder:
        os.environ["PROOFSHEET_HOME"] = folder
        os.environ.pop("PROOFSHEET_DATABASE_URL", None)
        try:
            yield Path(folder)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _describe(error: BaseException) -> str:
    text = str(error).strip()
    if not text:
        return type(error).__name__
    if isinstance(error, ModuleNotFoundError):
        return f"module {error.name} is missing"
    if isinstance(error, Missing | FileNotFoundError):
        return text
    return f"{type(error).__name__}: {text}"


def run_checks(emit: Callable[[str], None], only: Sequence[str] = ()) -> list[Outcome]:
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with _throwaway_user_folders() as home:
        run = Run(home)
        for name, check in CHECKS:
            if only and name not in only:
                continue
            try:
                outcome = Outcome(name, "ok", check(run))
            except (Missing, ImportError, FileNotFoundError) as error:
                outcome = Outcome(name, "MISSING", _describe(error))
            except Exception as error:
                outcome = Outcome(name, "FAILED", _describe(error))
                if os.environ.get("PROOFSHEET_SELF_TEST_TRACEBACK"):
                    emit(traceback.format_exc())
            run.outcomes.append(outcome)
            emit(outcome.line())
        from desktop.proofing import lexicon

        lexicon.save_memo()
    return run.outcomes


def _origin() -> str:
    root = _bundle_root()
    if root is not None:
        return f"frozen bundle {Path(sys.executable).resolve()}"
    return f"source {Path(__file__).resolve().parent.parent}"


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(prog="proofsheet --self-test", description="检查安装是否完整 (self-test)")
    parser.add_argument("--report", type=Path, help="also write the report to this file")
    names = [name for name, _ in CHECKS]
    parser.add_argument(
        "--only", type=lambda text: text.split(","), default=[], help=f"run only these checks ({','.join(names)})"
    )
    args = parser.parse_args(list(argv))
    unknown = sorted(set(args.only) - set(names))
    if unknown:
        parser.error(f"unknown checks: {', '.join(unknown)}")
    report: TextIO | None = args.report.open("w", encoding="utf-8") if args.report else None
    console = sys.stdout  # None in a windowed Windows build: use --report there
    if console is not None and not console.isatty() and hasattr(console, "reconfigure"):
        console.reconfigure(encoding="utf-8", errors="replace")  # Windows pipes default to the ANSI code page

    def emit(line: str) -> None:
        for stream in (console, report):
            if stream is not None:
                stream.write(line + "\n")
                stream.flush()

    started = time.perf_counter()
    try:
        emit(f"proofsheet {__version__} self-test: {_origin()}, Python {sys.version.split()[0]}, {sys.platform}")
        outcomes = run_checks(emit, args.only)
        failed = [outcome for outcome in outcomes if outcome.status != "ok"]
        elapsed = time.perf_counter() - started
        if failed:
            emit(f"self-test FAILED: {len(failed)} of {len(outcomes)} checks ({elapsed:.1f} s)")
            return EXIT_FAILED
        emit(f"self-test passed: {len(outcomes)} check{'s' if len(outcomes) != 1 else ''} ({elapsed:.1f} s)")
        return EXIT_PASSED
    finally:
        if report is not None:
            report.close()
