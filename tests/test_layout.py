"""The layout shows the architecture: the text-to-figures pipeline stands alone; store and intake build on it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "extractors"
# The pipeline: every module of extractors/ outside these (the CLI ties all three halves together).
# The package's __init__ is the public facade: it may hand out `figures_frame` (imported on first use).
NOT_PIPELINE = ("store", "intake", "cli.py", "__main__.py", "__init__.py")
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _pipeline_modules() -> list[Path]:
    return [path for path in sorted(PACKAGE.rglob("*.py")) if path.relative_to(PACKAGE).parts[0] not in NOT_PIPELINE]


def _imported_modules(path: Path) -> set[str]:
    """Absolute names of the project modules one file imports (relative imports resolved)."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("path", _pipeline_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pipeline_never_imports_store_or_intake(path: Path) -> None:
    imported = _imported_modules(path)
    wrong = sorted(n for n in imported if n.startswith(("extractors.store", "extractors.intake", "extractors.cli")))
    assert not wrong, f"{path.relative_to(ROOT)} imports {wrong}"


def test_import_extractors_does_not_load_pandas() -> None:
    code = "import sys, extractors; extractors.extract_figures('Two soldiers died.'); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_figures_frame_still_importable_from_the_package() -> None:
    from extractors import figures_frame

    assert callable(figures_frame)


def _code_modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "lexicon" not in p.relative_to(PACKAGE).parts]


def test_no_module_over_the_line_limit() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in _code_modules()
        if (n := len(p.read_text().splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines (lexicon data aside): {long}"


def _long_functions() -> dict[str, int]:
    long = {}
    for path in _code_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(ROOT)}:{node.name}"] = lines
    return long


def test_no_function_over_the_line_limit() -> None:
    long = _long_functions()
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"
