"""scripts/check_architecture.py on small synthetic packages written to a temporary directory."""

import importlib.util
import json
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_architecture.py"


@pytest.fixture(scope="module")
def arch():
    spec = importlib.util.spec_from_file_location("check_architecture", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def run(arch, root: Path, capsys, *args: str) -> tuple[int, str]:
    code = arch.main(["--root", str(root), "--package", "pkg", *args])
    return code, capsys.readouterr().out


def complex_function(name: str, branches: int) -> str:
    """A function of cyclomatic complexity ``branches + 1``."""
    body = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(branches))
    return f"def {name}(x):\n{body}    return -1\n"


CLEAN = {
    "pkg/__init__.py": "",
    "pkg/models.py": "SLUGS = frozenset()\n",
    "pkg/urls.py": "from pkg.models import SLUGS\n",
    "pkg/views.py": "from . import models, urls\n",
}


def test_a_clean_tree_passes(arch, tmp_path, capsys):
    code, out = run(arch, write(tmp_path, CLEAN), capsys)
    assert code == 0, out
    assert "NEW" not in out
    assert "passed" in out


def test_a_cycle_through_an_import_inside_a_function_is_found(arch, tmp_path, capsys):
    root = write(
        tmp_path,
        {
            **CLEAN,
            "pkg/models.py": """\
                def validate(value):
                    from pkg.urls import SLUGS

                    return value in SLUGS
            """,
            "pkg/urls.py": "from pkg import views\nSLUGS = frozenset()\n",
            "pkg/views.py": "from .models import validate\n",
        },
    )
    code, out = run(arch, root, capsys)
    assert code == 1
    lines = [line for line in out.splitlines() if "import cycle" in line]
    assert len(lines) == 1, out
    assert lines[0].startswith("NEW")
    assert "pkg.models → pkg.urls → pkg.views → pkg.models" in lines[0]
    assert "break the cycle" in out


def test_imports_are_resolved_relative_and_from_packages(arch, tmp_path):
    root = write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "",
            "pkg/sub/__init__.py": "from . import inner\n",
            "pkg/sub/inner.py": "from ..a import thing\nfrom .. import a\n",
            "pkg/sub/other.py": "import pkg.sub.inner as i\nfrom pkg.sub import name\nimport os\n",
        },
    )
    modules = arch.find_modules(root, ["pkg"])
    graph = arch.import_graph(root, modules)
    assert graph["pkg.sub"] == {"pkg.sub.inner"}
    assert graph["pkg.sub.inner"] == {"pkg.a"}
    assert graph["pkg.sub.other"] == {"pkg.sub.inner", "pkg.sub"}


def test_tests_migrations_and_other_packages_are_not_measured(arch, tmp_path, capsys):
    root = write(
        tmp_path,
        {
            **CLEAN,
            "pkg/migrations/0001_initial.py": "x = 1\n" * 900,
            "pkg/tests/test_big.py": complex_function("huge", 40),
            "bench/run.py": "x = 1\n" * 900,
        },
    )
    assert run(arch, root, capsys)[0] == 0


def test_a_long_module_is_found(arch, tmp_path, capsys):
    root = write(
        tmp_path, {**CLEAN, "pkg/long.py": "x = 1\n" * 501, "pkg/just.py": "x = 1\n" * 500}
    )
    code, out = run(arch, root, capsys)
    assert code == 1
    assert "NEW    pkg/long.py: 501 lines (limit 500)" in out.splitlines()
    assert "just.py" not in out
    assert "split the module" in out


def test_a_complex_function_is_found(arch, tmp_path, capsys):
    method = textwrap.indent(complex_function("clean", 21), "    ")
    root = write(
        tmp_path,
        {
            **CLEAN,
            "pkg/forms.py": complex_function("tangled", 20)
            + complex_function("fine", 19)
            + f"\n\nclass Form:\n{method}",
        },
    )
    code, out = run(arch, root, capsys)
    assert code == 1
    found = [line for line in out.splitlines() if "complexity" in line]
    assert found == [
        "NEW    pkg/forms.py:86 Form.clean: cyclomatic complexity 22 (limit 20)",
        "NEW    pkg/forms.py:1 tangled: cyclomatic complexity 21 (limit 20)",
    ]
    assert "named steps" in out


def test_known_problems_pass_and_the_baseline_is_written_by_update(arch, tmp_path, capsys):
    root = write(
        tmp_path,
        {**CLEAN, "pkg/long.py": "x = 1\n" * 600, "pkg/forms.py": complex_function("f", 30)},
    )
    code, out = run(arch, root, capsys, "--update-baseline")
    assert code == 0
    baseline = json.loads((root / "scripts" / "architecture-baseline.json").read_text())
    assert baseline["long_modules"] == ["pkg/long.py"]
    assert baseline["complex_functions"] == ["pkg/forms.py::f"]
    assert baseline["import_cycles"] == []

    code, out = run(arch, root, capsys)
    assert code == 0, out
    assert "known  pkg/long.py: 600 lines (limit 500)" in out.splitlines()

    (root / "pkg" / "more.py").write_text("x = 1\n" * 501)
    code, out = run(arch, root, capsys)
    assert code == 1
    assert "NEW    pkg/more.py: 501 lines (limit 500)" in out.splitlines()
    assert "do not add to it" in out


def test_a_stale_baseline_entry_fails(arch, tmp_path, capsys):
    root = write(tmp_path, CLEAN)
    baseline = root / "debt.json"
    baseline.write_text(
        json.dumps(
            {
                "long_modules": ["pkg/parsing.py"],
                "complex_functions": [],
                "import_cycles": [["pkg.models", "pkg.urls"]],
            }
        )
    )
    code, out = run(arch, root, capsys, "--baseline", str(baseline))
    assert code == 1
    assert "STALE  baseline long_modules: pkg/parsing.py: no longer occurs" in out
    assert "STALE  baseline import_cycles: import cycle of pkg.models, pkg.urls" in out
    assert "2 baseline entries paid off: delete them from" in out


def test_a_shrunken_cycle_is_known_but_its_old_entry_is_stale(arch, tmp_path, capsys):
    root = write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg import b\n",
            "pkg/b.py": "from pkg import a\n",
            "pkg/c.py": "",
        },
    )
    baseline = root / "debt.json"
    baseline.write_text(json.dumps({"import_cycles": [["pkg.a", "pkg.b", "pkg.c"]]}))
    code, out = run(arch, root, capsys, "--baseline", str(baseline))
    assert code == 1
    assert "known  import cycle of 2 modules: pkg.a → pkg.b → pkg.a" in out
    assert "STALE  baseline import_cycles: import cycle of pkg.a, pkg.b, pkg.c" in out
    assert "NEW" not in out
