"""Checks .ci/installer.bash runs on the Inno Setup installer and what it leaves under Wine.

    python .ci/installer_check.py isl DEFAULT.isl installer/ChineseSimplified.isl
    python .ci/installer_check.py version SETUP.exe APP_VERSION FILE_VERSION
    python .ci/installer_check.py files BUNDLE_DIR INSTALLED_DIR [--gone RELATIVE_PATH ...]
    python .ci/installer_check.py shortcut LINK.lnk EXPECTED_TARGET
    python .ci/installer_check.py contains FILE TEXT [--not OTHER_TEXT ...] [--utf16]

Each prints what it checked and exits 1 with the reason when the check fails.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import struct
import sys
from pathlib import Path

# What Inno Setup adds to the application folder beside the bundle.
UNINSTALLER_FILES = re.compile(r"unins\d{3}\.(exe|dat|msg)")
# Parts of a message Setup fills in; a translation must keep each one.
PLACEHOLDER = re.compile(r"%\d|%n|\[(?:name|name/ver|gb|mb|kb)\]")


class CheckFailed(Exception):
    pass


def isl_entries(path: Path) -> dict[tuple[str, str], str]:
    """(section, key) -> value of an Inno Setup messages file, in file order."""
    entries: dict[tuple[str, str], str] = {}
    section = ""
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        key, _, value = line.partition("=")
        entries[(section, key)] = value
    return entries


def check_isl(default: Path, ours: Path) -> str:
    """Our translation has every message of the compiler's Default.isl, no other, with the same placeholders."""
    if not ours.read_bytes().startswith(b"\xef\xbb\xbf"):
        raise CheckFailed(f"{ours} has no UTF-8 byte-order mark: Inno Setup would read it as ANSI")
    english, chinese = isl_entries(default), isl_entries(ours)
    missing = [key for key in english if key not in chinese]
    extra = [key for key in chinese if key not in english]
    if missing or extra:
        raise CheckFailed(f"{ours.name}: missing {missing}, not in {default.name}: {extra}")
    for key, value in english.items():
        if key[0] == "LangOptions":
            continue
        wanted, found = sorted(PLACEHOLDER.findall(value)), sorted(PLACEHOLDER.findall(chinese[key]))
        if wanted != found:
            raise CheckFailed(f"{ours.name} {key[1]}: placeholders {found}, {default.name} has {wanted}")
    untranslated = [key[1] for key, value in chinese.items() if value and value == english[key] and _has_words(value)]
    if untranslated:
        raise CheckFailed(f"{ours.name}: still English: {untranslated}")
    options = {key[1]: value for key, value in chinese.items() if key[0] == "LangOptions"}
    if options.get("LanguageID") != "$0804":
        raise CheckFailed(f"{ours.name}: LanguageID {options.get('LanguageID')}, not $0804 (zh-CN)")
    return f"{ours.name}: all {len(english)} entries of {default.name}, placeholders kept, LanguageID $0804"


def _has_words(value: str) -> bool:
    words = re.search(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", value)) is not None
    return words and not re.search(r"[\u4e00-\u9fff]", value)


def file_version(exe: Path) -> tuple[str, str]:
    """The fixed file version (a.b.c.d) and the ProductVersion string of a Windows executable."""
    data = exe.read_bytes()
    start = data.find(struct.pack("<I", 0xFEEF04BD))  # VS_FIXEDFILEINFO's signature
    if start < 0:
        raise CheckFailed(f"{exe.name} has no version resource")
    most, least = struct.unpack_from("<II", data, start + 8)
    numbers = f"{most >> 16}.{most & 0xFFFF}.{least >> 16}.{least & 0xFFFF}"
    text = data[start : start + 4096].decode("utf-16-le", errors="replace")
    product = re.search(r"ProductVersion\x00+([^\x00]+)", text)
    return numbers, product.group(1).strip() if product else ""


def check_version(exe: Path, app_version: str, numbers: str) -> str:
    found_numbers, product = file_version(exe)
    if (found_numbers, product) != (numbers, app_version):
        raise CheckFailed(f"{exe.name}: version {found_numbers}, product {product!r}; want {numbers}, {app_version!r}")
    return f"{exe.name}: file version {found_numbers}, product version {product}"


def check_files(bundle: Path, installed: Path, gone: list[str]) -> str:
    """Every bundle file is installed with the same bytes, nothing else is there but the uninstaller."""
    wanted = {path.relative_to(bundle) for path in bundle.rglob("*") if path.is_file()}
    present = {path.relative_to(installed) for path in installed.rglob("*") if path.is_file()}
    missing = sorted(str(path) for path in wanted - present)
    extra = sorted(str(path) for path in present - wanted if not UNINSTALLER_FILES.fullmatch(str(path)))
    if missing:
        raise CheckFailed(f"{len(missing)} bundle files not installed in {installed}, e.g. {missing[:5]}")
    stale = [name for name in gone if (installed / name).exists()]
    if stale:
        raise CheckFailed(f"left over from the previous version: {stale}")
    if extra:
        raise CheckFailed(f"{len(extra)} files in {installed} not in the bundle, e.g. {extra[:5]}")
    differing = [str(path) for path in sorted(wanted) if not filecmp.cmp(bundle / path, installed / path, False)]
    if differing:
        raise CheckFailed(f"{len(differing)} installed files differ from the bundle, e.g. {differing[:5]}")
    if not any(UNINSTALLER_FILES.fullmatch(str(path)) for path in present):
        raise CheckFailed(f"no uninstaller in {installed}")
    size = sum((bundle / path).stat().st_size for path in wanted)
    return f"{len(wanted)} bundle files ({size / 1e6:.1f} MB) installed byte for byte, nothing else but the uninstaller"


def shortcut_target(link: Path) -> tuple[str, str]:
    """The target path and working folder of a Windows .lnk file (MS-SHLLINK)."""
    data = link.read_bytes()
    if struct.unpack_from("<I", data)[0] != 0x4C:
        raise CheckFailed(f"{link} is not a shell link")
    flags = struct.unpack_from("<I", data, 20)[0]
    position = 0x4C
    if flags & 0x1:  # HasLinkTargetIDList
        position += 2 + struct.unpack_from("<H", data, position)[0]
    target = ""
    if flags & 0x2:  # HasLinkInfo
        info = data[position:]
        size, header_size, _info_flags, _volume, base_offset, _network, suffix_offset = struct.unpack_from("<7I", info)
        if header_size >= 0x24:
            base_offset, suffix_offset = struct.unpack_from("<2I", info, 28)
            target = _utf16z(info, base_offset) + _utf16z(info, suffix_offset)
        else:
            target = _ansiz(info, base_offset) + _ansiz(info, suffix_offset)
        position += size
    unicode = bool(flags & 0x80)
    strings = {}
    for flag, name in ((0x4, "name"), (0x8, "relative"), (0x10, "working_dir"), (0x20, "arguments"), (0x40, "icon")):
        if flags & flag:
            count = struct.unpack_from("<H", data, position)[0]
            width = 2 if unicode else 1
            raw = data[position + 2 : position + 2 + count * width]
            strings[name] = raw.decode("utf-16-le" if unicode else "ascii").rstrip("\x00")
            position += 2 + count * width
    return target, strings.get("working_dir", "")


def _utf16z(data: bytes, offset: int) -> str:
    end = offset
    while data[end : end + 2] != b"\x00\x00":
        end += 2
    return data[offset:end].decode("utf-16-le")


def _ansiz(data: bytes, offset: int) -> str:
    return data[offset : data.index(b"\x00", offset)].decode("ascii")


def check_shortcut(link: Path, expected: str) -> str:
    if not link.is_file():
        raise CheckFailed(f"no shortcut {link}")
    target, working_dir = shortcut_target(link)
    if target.lower() != expected.lower():
        raise CheckFailed(f"{link.name} points to {target!r}, not {expected!r}")
    folder = expected.rsplit("\\", 1)[0]
    if working_dir.lower() != folder.lower():
        raise CheckFailed(f"{link.name} starts in {working_dir!r}, not {folder!r}")
    return f"{link.name} -> {target} (starts in {working_dir})"


def check_contains(path: Path, text: str, absent: list[str], utf16: bool) -> str:
    if not path.is_file():
        raise CheckFailed(f"no {path}")
    data = path.read_bytes()
    encoding = "utf-16-le" if utf16 else "utf-8"
    if text.encode(encoding) not in data:
        raise CheckFailed(f"{path.name} does not contain {text!r}")
    found = [other for other in absent if other.encode(encoding) in data]
    if found:
        raise CheckFailed(f"{path.name} contains {found}")
    return f"{path.name} contains {text!r}" + (f", not {absent}" if absent else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    isl = commands.add_parser("isl")
    isl.add_argument("default", type=Path)
    isl.add_argument("ours", type=Path)
    version = commands.add_parser("version")
    version.add_argument("exe", type=Path)
    version.add_argument("app_version")
    version.add_argument("numbers")
    files = commands.add_parser("files")
    files.add_argument("bundle", type=Path)
    files.add_argument("installed", type=Path)
    files.add_argument("--gone", action="append", default=[])
    shortcut = commands.add_parser("shortcut")
    shortcut.add_argument("link", type=Path)
    shortcut.add_argument("target")
    contains = commands.add_parser("contains")
    contains.add_argument("path", type=Path)
    contains.add_argument("text")
    contains.add_argument("--not", dest="absent", action="append", default=[], help="text that must not be there")
    contains.add_argument("--utf16", action="store_true", help="look for the text in UTF-16 (Windows' strings)")
    args = parser.parse_args(argv)
    try:
        if args.command == "isl":
            result = check_isl(args.default, args.ours)
        elif args.command == "version":
            result = check_version(args.exe, args.app_version, args.numbers)
        elif args.command == "files":
            result = check_files(args.bundle, args.installed, args.gone)
        elif args.command == "shortcut":
            result = check_shortcut(args.link, args.target)
        else:
            result = check_contains(args.path, args.text, args.absent, args.utf16)
    except CheckFailed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"ok: {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
