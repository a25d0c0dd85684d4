"""The architecture check: no import cycles, no long modules, no tangled functions.

Run by ``scripts/test`` (step ``architecture``); on its own::

    python scripts/check_architecture.py                    # or: bash scripts/check-architecture
    python scripts/check_architecture.py --update-baseline  # rewrite the baseline (see below)

It measures the project's modules (``articles/``, ``search/``, ``newsroom/``; never tests,
migrations, bench or ``.venv``) for three things:

* **Import cycles**, counting every ``import`` anywhere in a module: inside functions, under
  ``if TYPE_CHECKING:``, in ``try`` blocks. An import inside a function hides a cycle from
  Python at start-up, not from the reader: the two modules still cannot be understood (or
  moved) apart. Relative imports are resolved and ``from package import module`` counts as an
  import of that module. Each strongly connected group of modules is one finding, printed as a
  chain (``a → b → c → a``) and its members.
* **Modules over 500 lines.**
* **Functions above cyclomatic complexity 20**, measured with radon (methods as
  ``Class.method``, nested functions as ``outer.inner``).

It is a ratchet. ``scripts/architecture-baseline.json`` lists the violations that existed when
the check arrived; they are reported as ``known`` and pass. Anything else fails the build
(``NEW``), and so does a baseline entry that no longer occurs (``STALE``): paying off a debt
means deleting its entry, so it cannot come back unnoticed. A cycle that lost some of its
modules counts as known (nothing new is tangled) but its old entry is stale. The baseline holds
names only, not line counts or scores, so that everyday edits do not touch it.

Exit status: 0 when nothing is new or stale, 1 otherwise, 2 when the check cannot run.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("articles", "search", "newsroom")
EXCLUDED_DIRS = frozenset(
    {"tests", "migrations", "bench", ".venv", "venv", "__pycache__", "node_modules"}
)
BASELINE = ROOT / "scripts" / "architecture-baseline.json"
MAX_LINES = 500
MAX_COMPLEXITY = 20

CYCLES, LONG_MODULES, COMPLEX_FUNCTIONS = "import_cycles", "long_modules", "complex_functions"
KINDS = (CYCLES, LONG_MODULES, COMPLEX_FUNCTIONS)

HOW_TO_FIX = {
    CYCLES: (
        "break the cycle: move what both sides need into the lower module (models never import "
        "urls or views), or pass it in as an argument; an import inside a function still counts"
    ),
    LONG_MODULES: (
        "split the module by concept (one concept per module, a package once it holds several)"
    ),
    COMPLEX_FUNCTIONS: "split the function into named steps",
}


@dataclass(frozen=True)
class Module:
    name: str  # dotted: articles.admin.stories
    path: Path  # relative to the root: articles/admin/stories.py

    @property
    def is_package(self) -> bool:
        return self.path.name == "__init__.py"


@dataclass(frozen=True)
class Finding:
    kind: str
    key: str  # what the baseline stores: module path, path::function, or the cycle's members
    text: str  # the line printed for it
    members: frozenset[str] = frozenset()  # an import cycle's modules


# --- the project's modules -------------------------------------------------------------------


def find_modules(root: Path, packages: Iterable[str] = PACKAGES) -> dict[str, Module]:
    """Every ``.py`` file under the given top-level packages, by dotted module name."""
    modules: dict[str, Module] = {}
    for package in packages:
        top = root / package
        if not top.is_dir():
            continue
        for path in sorted(top.rglob("*.py")):
            relative = path.relative_to(root)
            if EXCLUDED_DIRS.intersection(relative.parts[:-1]):
                continue
            parts = list(relative.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            module = Module(".".join(parts), relative)
            modules[module.name] = module
    return modules


def parse(root: Path, module: Module) -> ast.Module:
    return ast.parse((root / module.path).read_text(encoding="utf-8"), str(module.path))


# --- import cycles ---------------------------------------------------------------------------


def _resolve(name: str, modules: dict[str, Module]) -> str | None:
    """The most specific project module ``name`` refers to (``a.b.C`` → ``a.b``), or None."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def imported_modules(module: Module, tree: ast.AST, modules: dict[str, Module]) -> set[str]:
    """The project modules ``module`` imports anywhere in its code (not itself)."""
    package = module.name if module.is_package else module.name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [_resolve(alias.name, modules) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                if node.level > 1:
                    base_parts = base_parts[: -(node.level - 1)]
                base = ".".join(p for p in [*base_parts, node.module or ""] if p)
            else:
                base = node.module or ""
            targets = []
            for alias in node.names:
                submodule = f"{base}.{alias.name}" if base else alias.name
                if alias.name != "*" and submodule in modules:
                    targets.append(submodule)  # from package import module
                else:
                    targets.append(_resolve(base, modules))
        else:
            continue
        found.update(t for t in targets if t is not None)
    found.discard(module.name)
    return found


def import_graph(root: Path, modules: dict[str, Module]) -> dict[str, set[str]]:
    return {name: imported_modules(m, parse(root, m), modules) for name, m in modules.items()}


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iteratively: the groups of modules that all reach each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in graph:
                    continue
                if succ not in index:
                    index[succ] = low[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph[succ]))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    groups.append(sorted(group))
    return groups


def cycle_chain(graph: dict[str, set[str]], members: Iterable[str]) -> list[str]:
    """One readable loop through a group: the shortest way from its first module back to it."""
    inside = set(members)
    start = min(inside)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for succ in sorted(graph[node] & inside):
            if succ == start:
                chain = [node]
                while chain[-1] != start:
                    chain.append(came_from[chain[-1]])
                return [*reversed(chain), start]
            if succ not in came_from:
                came_from[succ] = node
                queue.append(succ)
    raise ValueError(f"{sorted(inside)} is not a cycle")


def import_cycles(root: Path, modules: dict[str, Module]) -> list[Finding]:
    graph = import_graph(root, modules)
    findings = []
    for group in strongly_connected(graph):
        if len(group) < 2:
            continue
        chain = " → ".join(cycle_chain(graph, group))
        text = f"import cycle of {len(group)} modules: {chain} (all: {', '.join(group)})"
        findings.append(Finding(CYCLES, ", ".join(group), text, frozenset(group)))
    return findings


# --- size and complexity ---------------------------------------------------------------------


def long_modules(root: Path, modules: dict[str, Module], limit: int = MAX_LINES) -> list[Finding]:
    findings = []
    for module in modules.values():
        lines = len((root / module.path).read_text(encoding="utf-8").splitlines())
        if lines > limit:
            key = module.path.as_posix()
            findings.append(Finding(LONG_MODULES, key, f"{key}: {lines} lines (limit {limit})"))
    return findings


def complex_functions(
    root: Path, modules: dict[str, Module], limit: int = MAX_COMPLEXITY
) -> list[Finding]:
    from radon.complexity import add_inner_blocks, cc_visit_ast
    from radon.visitors import Function

    findings = {}
    for module in modules.values():
        for block in add_inner_blocks(cc_visit_ast(parse(root, module))):
            if not isinstance(block, Function) or block.complexity <= limit:
                continue
            key = f"{module.path.as_posix()}::{block.fullname}"
            text = (
                f"{module.path.as_posix()}:{block.lineno} {block.fullname}: "
                f"cyclomatic complexity {block.complexity} (limit {limit})"
            )
            findings.setdefault(key, Finding(COMPLEX_FUNCTIONS, key, text))
    return list(findings.values())


def measure(root: Path, packages: Iterable[str] = PACKAGES) -> list[Finding]:
    modules = find_modules(root, packages)
    return [
        *import_cycles(root, modules),
        *long_modules(root, modules),
        *complex_functions(root, modules),
    ]


# --- the baseline ----------------------------------------------------------------------------


def read_baseline(path: Path) -> dict[str, list]:
    if not path.exists():
        return {kind: [] for kind in KINDS}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {kind: data.get(kind, []) for kind in KINDS}


def write_baseline(path: Path, findings: list[Finding]) -> None:
    data: dict[str, object] = {
        "about": (
            "Known architecture debt, checked by scripts/check_architecture.py: delete an "
            "entry once it is paid off; never add one by hand."
        ),
        CYCLES: sorted(sorted(f.members) for f in findings if f.kind == CYCLES),
        LONG_MODULES: sorted(f.key for f in findings if f.kind == LONG_MODULES),
        COMPLEX_FUNCTIONS: sorted(f.key for f in findings if f.kind == COMPLEX_FUNCTIONS),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass
class Verdict:
    known: list[Finding]
    new: list[Finding]
    stale: list[tuple[str, str]]  # (kind, the baseline entry as printed)

    @property
    def ok(self) -> bool:
        return not self.new and not self.stale


def compare(findings: list[Finding], baseline: dict[str, list]) -> Verdict:
    """Sort the findings into known and new, and find the baseline entries that are gone."""
    known_cycles = [frozenset(members) for members in baseline[CYCLES]]
    known_keys = set(baseline[LONG_MODULES]) | set(baseline[COMPLEX_FUNCTIONS])
    verdict = Verdict([], [], [])
    for finding in findings:
        if finding.kind == CYCLES:
            is_known = any(finding.members <= members for members in known_cycles)
        else:
            is_known = finding.key in known_keys
        (verdict.known if is_known else verdict.new).append(finding)

    current_cycles = {f.members for f in findings if f.kind == CYCLES}
    current_keys = {f.key for f in findings if f.kind != CYCLES}
    for members in known_cycles:
        if members not in current_cycles:
            verdict.stale.append((CYCLES, "import cycle of " + ", ".join(sorted(members))))
    for kind in (LONG_MODULES, COMPLEX_FUNCTIONS):
        for key in baseline[kind]:
            if key not in current_keys:
                verdict.stale.append((kind, key))
    return verdict


def report(verdict: Verdict, baseline_path: Path, out=None) -> None:
    """One line per finding, then what to do about the failures."""
    out = out or sys.stdout
    for finding in sorted(verdict.new + verdict.known, key=lambda f: (KINDS.index(f.kind), f.key)):
        status = "NEW  " if finding in verdict.new else "known"
        print(f"{status}  {finding.text}", file=out)
    for kind, entry in verdict.stale:
        print(f"STALE  baseline {kind}: {entry}: no longer occurs", file=out)

    try:
        shown = baseline_path.resolve().relative_to(ROOT)
    except ValueError:
        shown = baseline_path
    if verdict.new:
        print(f"\n{len(verdict.new)} new architecture problem(s). How to fix:", file=out)
        for kind in KINDS:
            if any(f.kind == kind for f in verdict.new):
                print(f"  {kind}: {HOW_TO_FIX[kind]}.", file=out)
        print(
            f"  {shown} lists only the debt that existed before this check; do not add to it.",
            file=out,
        )
    if verdict.stale:
        print(
            f"\n{len(verdict.stale)} baseline entr{'y' if len(verdict.stale) == 1 else 'ies'} "
            f"paid off: delete {'it' if len(verdict.stale) == 1 else 'them'} from {shown} "
            "(or run: python scripts/check_architecture.py --update-baseline).",
            file=out,
        )
    if verdict.ok:
        print(
            f"\nArchitecture check passed: nothing new; {len(verdict.known)} known "
            f"problem(s) left in {shown}.",
            file=out,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this)")
    parser.add_argument(
        "--package",
        action="append",
        dest="packages",
        help=f"a top-level package to measure (repeatable; default: {', '.join(PACKAGES)})",
    )
    parser.add_argument("--baseline", type=Path, help=f"default: {BASELINE.relative_to(ROOT)}")
    parser.add_argument(
        "--update-baseline",
        action="store_true",
        help="rewrite the baseline to today's findings (review the diff before committing)",
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    baseline_path = args.baseline or root / BASELINE.relative_to(ROOT)
    try:
        findings = measure(root, args.packages or PACKAGES)
    except ImportError as error:
        print(
            f"cannot run the architecture check: {error} (pip install -e '.[dev]')", file=sys.stderr
        )
        return 2
    if args.update_baseline:
        write_baseline(baseline_path, findings)
        print(f"wrote {len(findings)} known problem(s) to {baseline_path}")
        return 0
    verdict = compare(findings, read_baseline(baseline_path))
    report(verdict, baseline_path)
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
