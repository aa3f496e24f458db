"""The Windows bundle's size, estimated on Linux from measured parts (PyInstaller cannot cross-build).

    python bench/windows_bundle.py --bundle dist/Proofsheet --wheels WHEEL_DIR
    # WHEEL_DIR: the Windows wheels of the installed versions of every package with native code, e.g.
    #   pip download --no-deps --only-binary=:all: --platform win_amd64 --python-version 3.11 -d WHEEL_DIR \
    #     PySide6-Essentials==X shiboken6==X rapidfuzz==X lxml==X psycopg-binary==X ...

What is measured, and how it adds up:

- the Linux bundle's files that are the same on Windows: everything that is not a native library
  (the executable's Python archive, base_library.zip, jieba's and pypinyin's data, docx templates,
  resources, Qt's translations); the executable counts twice, as Windows has a second, console
  exe (proofsheet-cli.exe) carrying the same archive;
- for each package with native code, the Windows wheel's files PyInstaller would take: the
  extension modules the Linux bundle holds (same folder and module name), the Qt libraries of the Qt
  modules it holds, the plugins of the plugin folders it holds (and Qt Widgets' styles), the
  wheel's own DLL folders and Microsoft's C++ runtime, all filtered by build.spec's own exclusion
  patterns;
- CPython's own libraries (libpython, lib-dynload, libcrypto, libssl, libsqlite3, libffi, zlib...) stand in
  for python311.dll, the DLLs folder and its OpenSSL and SQLite, which no package index carries;
- the other Linux libraries (X11/xcb, GLib, ICU, freetype, krb5, libstdc++...) have no counterpart:
  Windows provides them, or Qt does not use them there.
"""

from __future__ import annotations

import argparse
import ast
import re
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
TARGET_MB = 150.0
CPYTHON_LIBRARIES = re.compile(
    r"^(libpython3|python3\.\d+/lib-dynload/|lib(crypto|ssl|sqlite3|ffi|z|lzma|bz2|expat|uuid|mpdec)\.so)"
)
MSVC_RUNTIME = re.compile(r"^(msvcp140(_\d)?|vcruntime140(_1)?)\.dll$", re.IGNORECASE)


def spec_patterns() -> list[re.Pattern[str]]:
    """build.spec's UNUSED_QT_FILES and QT_TRANSLATION patterns, read from the spec itself."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    patterns = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("UNUSED_QT_FILES", "QT_TRANSLATION"):
            patterns.append(eval(compile(ast.Expression(node.value), "build.spec", "eval"), {"re": re}))
    if len(patterns) != 2:
        raise SystemExit("build.spec no longer defines UNUSED_QT_FILES and QT_TRANSLATION")
    return patterns


def is_native(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def module_key(relative: str) -> str:
    """Folder and module name, the same on both systems: rapidfuzz/fuzz_cpp for fuzz_cpp.cp311-win_amd64.pyd."""
    folder, _, name = relative.rpartition("/")
    return f"{folder}/{name.split('.')[0]}".lower()


def qt_library_key(name: str) -> str:
    """libQt6Core.so.6 and Qt6Core.dll -> qt6core."""
    return re.sub(r"^lib", "", name).split(".")[0].lower()


def linux_parts(bundle: Path) -> tuple[Counter[str], dict[str, set[str]], int]:
    """Sizes by kind, the native keys per package, and the executable's size."""
    internal = bundle / "_internal"
    sizes: Counter[str] = Counter()
    natives: dict[str, set[str]] = {}
    executable = 0
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        size = path.stat().st_size
        if path.parent == bundle:
            executable += size
            continue
        relative = path.relative_to(internal).as_posix()
        if not is_native(path):
            sizes["same on Windows (data, Python archive, translations)"] += size
        elif CPYTHON_LIBRARIES.search(relative):
            sizes["CPython's libraries (stand-in for its Windows DLLs)"] += size
        elif "/" in relative:
            package = relative.split("/")[0].removesuffix(".libs")
            natives.setdefault(package, set()).add(relative)
            sizes[f"Linux only: {package} native"] += size
        else:
            natives.setdefault("", set()).add(relative)
            sizes["Linux only: system libraries"] += size
    return sizes, natives, executable


def windows_files(wheel: Path, linux: dict[str, set[str]], patterns: list[re.Pattern[str]]) -> dict[str, int]:
    """The wheel's files PyInstaller would collect for what the Linux bundle holds, by build.spec's filters."""
    all_linux = set().union(*linux.values())
    module_keys = {module_key(name) for name in all_linux}
    qt_libraries = {qt_library_key(Path(name).name) for name in all_linux if "/Qt/lib/" in name}
    plugin_folders = {name.split("/")[3] for name in all_linux if "/Qt/plugins/" in name} | {"styles"}
    chosen: dict[str, int] = {}
    for info in zipfile.ZipFile(wheel).infolist():
        name = info.filename
        parts = name.split("/")
        if not name.lower().endswith((".pyd", ".dll")) or ".dist-info/" in name:
            continue
        take = (
            module_key(name) in module_keys
            or (len(parts) == 2 and qt_library_key(parts[1]) in qt_libraries)
            or (len(parts) == 2 and re.fullmatch(r"(pyside6|shiboken6)\.abi3\.dll", parts[1], re.IGNORECASE))
            or (len(parts) == 4 and parts[1] == "plugins" and parts[2] in plugin_folders)
            or parts[0].endswith(".libs")
            or MSVC_RUNTIME.match(parts[-1])
        )
        if take and not any(pattern.search(name) for pattern in patterns):
            chosen[name] = info.file_size
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Proofsheet", help="the Linux bundle")
    parser.add_argument("--wheels", type=Path, required=True, help="folder of the Windows wheels")
    args = parser.parse_args()
    sizes, natives, executable = linux_parts(args.bundle)
    linux_total = sum(sizes.values()) + executable
    patterns = spec_patterns()
    windows: Counter[str] = Counter()
    runtime_seen: set[str] = set()
    for wheel in sorted(args.wheels.glob("*win_amd64.whl")):
        for name, size in windows_files(wheel, natives, patterns).items():
            if MSVC_RUNTIME.match(name.rsplit("/", 1)[-1]):
                runtime = name.rsplit("/", 1)[-1].lower()
                if runtime in runtime_seen:  # one copy of each runtime DLL in the bundle
                    continue
                runtime_seen.add(runtime)
                windows["Microsoft C++ runtime (from the wheels)"] += size
            else:
                windows[f"Windows wheel: {wheel.name.split('-')[0].lower()}"] += size
    print(f"Linux bundle {args.bundle}: {linux_total / MB:.1f} MB")
    print(f"    {executable / MB:6.1f} MB  the executable (Python archive inside)")
    for kind, size in sorted(sizes.items(), key=lambda item: -item[1]):
        print(f"    {size / MB:6.1f} MB  {kind}")
    kept = {kind: size for kind, size in sizes.items() if not kind.startswith("Linux only")}
    estimate = 2 * executable + sum(kept.values()) + sum(windows.values())
    print(
        f"Windows bundle, estimated: {estimate / MB:.1f} MB ({'meets' if estimate / MB <= TARGET_MB else 'MISSES'}"
        f" the {TARGET_MB:.0f} MB target)"
    )
    print(f"    {2 * executable / MB:6.1f} MB  Proofsheet.exe, proofsheet-cli.exe (the Linux executable's size each)")
    for kind, size in sorted({**kept, **windows}.items(), key=lambda item: -item[1]):
        print(f"    {size / MB:6.1f} MB  {kind}")


if __name__ == "__main__":
    main()
