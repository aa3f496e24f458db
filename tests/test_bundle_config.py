"""The packaging files agree with the tree and each other (.ci/run builds and self-tests the bundle itself)."""

from __future__ import annotations

import re
import struct
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = (REPO / "build.spec").read_text(encoding="utf-8")
INSTALLER = REPO / "installer" / "proofsheet.iss"
WORKFLOW = (REPO / ".github" / "workflows" / "windows-installer.yml").read_text(encoding="utf-8")
ICON = REPO / "resources" / "icons" / "proofsheet.ico"


def _iss_text() -> str:
    return INSTALLER.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")


def _iss_define(name: str) -> str:
    found = re.search(rf'^\s*#define {name} "([^"]+)"', _iss_text(), re.MULTILINE)
    assert found, f"no #define {name} in {INSTALLER.name}"
    return found.group(1)


def test_every_path_the_spec_names_exists():
    named = re.findall(r'ROOT((?: / "[^"]+")+)', SPEC)
    assert len(named) >= 6
    for parts in named:
        path = REPO.joinpath(*re.findall(r'"([^"]+)"', parts))
        matches = list(path.parent.glob(path.name)) if "*" in path.name else [path]
        assert matches and all(match.exists() for match in matches), f"build.spec names {path}, which is missing"


def test_icon_holds_the_sizes_windows_asks_for_as_png_images():
    data = ICON.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _height, _colours, _zero, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_installer_installs_the_bundle_the_spec_builds():
    app_name = re.search(r'^APP_NAME = "([^"]+)"', SPEC, re.MULTILINE).group(1)
    text = _iss_text()
    assert INSTALLER.read_bytes().startswith(b"\xef\xbb\xbf"), "Inno Setup reads the Chinese text only with a BOM"
    assert _iss_define("AppExe") == f"{app_name}.exe"
    assert _iss_define("BundleDir") == rf"..\dist\{app_name}"
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", text, re.MULTILINE)
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    for suffix in (".txt", ".docx"):
        assert rf"Software\Classes\{suffix}\OpenWithProgids" in text
    assert "usPostUninstall" in text and _iss_define("UserDataDir") == r"{localappdata}\Proofsheet"


def test_installer_speaks_our_chinese_first_and_english_second():
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', _iss_text(), re.MULTILINE)
    assert languages == [("chinesesimplified", "ChineseSimplified.isl"), ("english", "compiler:Default.isl")]
    ours = INSTALLER.parent / "ChineseSimplified.isl"
    assert ours.read_bytes().startswith(b"\xef\xbb\xbf"), "Inno Setup reads a messages file as UTF-8 only with a BOM"
    text = ours.read_text(encoding="utf-8-sig")
    assert re.search(r"^LanguageID=\$0804$", text, re.MULTILINE)
    assert re.search(r"^ConfirmUninstall=.*[\u4e00-\u9fff]", text, re.MULTILINE)
    for name in ("OpenWithName", "DeleteUserData"):  # our own messages exist in both languages
        assert re.search(rf"^chinesesimplified\.{name}=.*[\u4e00-\u9fff]", _iss_text(), re.MULTILINE)
        assert re.search(rf"^english\.{name}=", _iss_text(), re.MULTILINE)


def test_a_silent_uninstall_never_asks_about_the_editors_data():
    code = _iss_text().split("procedure CurUninstallStepChanged", 1)[1]
    assert code.index("if UninstallSilent then") < code.index("MsgBox(")


def test_workflow_self_tests_the_bundle_and_versions_the_installer_from_pyproject():
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version
    assert "PyInstaller build.spec" in WORKFLOW
    assert r'"dist\Proofsheet\Proofsheet.exe"' in WORKFLOW and '"--self-test --report' in WORKFLOW
    assert "/DAppVersion=${{ steps.version.outputs.version }}" in WORKFLOW
    assert r"installer\proofsheet.iss" in WORKFLOW
    assert "actions/upload-artifact" in WORKFLOW and "dist/installer/*.exe" in WORKFLOW
    assert _iss_define("OutputDir") == r"..\dist\installer"


def test_ci_builds_and_self_tests_the_bundle_after_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    test_command = 'python -m pip install -e ".[test]" && python -m pytest'
    assert test_command in readme and test_command in ci
    assert ci.index(test_command) < ci.index("PyInstaller build.spec") < ci.index("--self-test")
    assert ci.index("--self-test") < ci.index('bash .ci/installer.bash "$BUNDLE_DIR/dist/Proofsheet"')


def test_ci_lints_and_checks_the_formatting_as_the_readme_says_before_the_tests():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    lint_command = "ruff check . && ruff format --check ."
    assert lint_command in readme and lint_command in ci
    assert ci.index(lint_command) < ci.index('python -m pip install -e ".[test]" && python -m pytest')


def test_the_bundle_takes_keyring_backends_and_the_self_test_proves_them():
    """keyring discovers its backends from its package metadata, then imports them by name: both must be bundled,
    and the bundle's self-test (run by .ci/run and the Windows workflow) imports this platform's backend."""
    from desktop.self_test import CHECKS, PLATFORM_KEYRING

    assert 'copy_metadata("keyring")' in SPEC
    assert 'collect_submodules("keyring.backends")' in SPEC
    assert "win32ctypes.pywin32.win32cred" in SPEC and '"secretstorage"' in SPEC
    assert PLATFORM_KEYRING["win32"][1] in SPEC and PLATFORM_KEYRING["linux"][1] in SPEC
    assert "keyring" in dict(CHECKS)
