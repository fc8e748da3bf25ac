"""The package's architecture, measured: its rooms, the imports between its modules (lazy ones
inside functions included), import cycles, imports that point up, and module sizes.

    python -m rnncourse.tooling.architecture

Rooms, from the bottom up; a module may import its own room and the rooms below it only:

    common            the course directory, errors, digests, the record of a graded submission
    sandbox           bubblewrap, limits, the work folder, the kernel in it
    channel           the grader<->kernel protocol
    judging           the hidden-test runner, verdicts, executing a notebook
    nbgrader_plugins  what nbgrader_config.py names (part of the grading core, with judging)
    class_grading     planning, caching, executors (local pool, Dask), the gradebook merge
    tooling           the rnn-course command, release, demo class, corpus, quick checks

Imports only the standard library: it reads the package's files, it does not import them.
"""

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
ROOMS = ["common", "sandbox", "channel", "judging", "nbgrader_plugins", "class_grading", "tooling"]
MAX_LINES = 400


@dataclass
class Architecture:
    modules: dict  # module name -> lines
    imports: dict  # module name -> {imported module names of the package}
    docstrings: dict = field(default_factory=dict)  # module name -> has a docstring

    @property
    def subpackages(self):
        return sorted({name.rsplit(".", 1)[0] for name in self.modules if name.endswith(".__init__")} - {"rnncourse"})

    def room(self, module):
        """The room a module belongs to, or None for the package's own __init__."""
        parts = module.split(".")
        return parts[1] if len(parts) > 2 else None

    def upward(self):
        """(importer, imported) pairs where a room imports a room above it."""
        rank = {room: i for i, room in enumerate(ROOMS)}
        return sorted((a, b) for a, targets in self.imports.items() for b in targets
                      if self.room(a) and self.room(b) and rank.get(self.room(b), -1) > rank.get(self.room(a), -1))

    def cycles(self):
        """Strongly connected components of more than one module (or a module importing itself)."""
        index, low, stack, on_stack, found = {}, {}, [], set(), []

        def visit(node):
            index[node] = low[node] = len(index)
            stack.append(node)
            on_stack.add(node)
            for target in self.imports.get(node, ()):
                if target not in index:
                    visit(target)
                    low[node] = min(low[node], low[target])
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in self.imports.get(node, ()):
                    found.append(sorted(component))

        for node in sorted(self.modules):
            if node not in index:
                visit(node)
        return found

    def too_long(self):
        return sorted((name, lines) for name, lines in self.modules.items() if lines > MAX_LINES)

    def undocumented(self):
        return sorted(name for name, documented in self.docstrings.items() if not documented)


def module_name(path, root=PACKAGE):
    relative = path.relative_to(root.parent).with_suffix("")
    return ".".join(relative.parts)


def read(root=PACKAGE):
    """The Architecture of the package at root (an rnncourse folder)."""
    files = sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    modules = {module_name(p, root): len(p.read_text().splitlines()) for p in files}
    imports, docstrings = {}, {}
    for path in files:
        name = module_name(path, root)
        tree = ast.parse(path.read_text(), filename=str(path))
        docstrings[name] = ast.get_docstring(tree) is not None
        imports[name] = {target for node in ast.walk(tree) for target in _imported(node, name, modules)}
    return Architecture(modules, imports, docstrings)


def _imported(node, importer, modules):
    """The package's modules an import statement loads: the modules it names and the packages
    they are in (their __init__), but for the packages the importer itself is in."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        package = importer.split(".")[:-1]  # a module's package; for pkg.__init__, pkg itself
        base = package[:len(package) - node.level + 1] if node.level else []
        prefix = ".".join(base + ([node.module] if node.module else []))
        names = [prefix] + [f"{prefix}.{alias.name}" for alias in node.names]
    else:
        return set()
    found = set()
    for name in names:
        parts = name.split(".")
        for end in range(1, len(parts) + 1):
            candidate = ".".join(parts[:end])
            if importer.startswith(candidate + "."):
                continue  # a package the importer is in: Python has imported it already
            for module in (candidate, f"{candidate}.__init__"):
                if module in modules:
                    found.add(module)
    return found


def report(architecture):
    lines = [f"{len(architecture.modules)} modules in {len(architecture.subpackages)} subpackages "
             f"({', '.join(architecture.subpackages)})"]
    name, longest = max(architecture.modules.items(), key=lambda item: item[1])
    lines.append(f"largest module: {name} ({longest} lines; limit {MAX_LINES})")
    lines.append(f"import edges between the package's modules (lazy imports included): "
                 f"{sum(map(len, architecture.imports.values()))}")
    cycles, upward = architecture.cycles(), architecture.upward()
    lines.append(f"import cycles: {len(cycles)}")
    lines += [f"  cycle: {' -> '.join(cycle)}" for cycle in cycles]
    lines.append(f"imports that point up a room: {len(upward)}")
    lines += [f"  {a} imports {b}" for a, b in upward]
    lines += [f"  longer than {MAX_LINES} lines: {name} ({n})" for name, n in architecture.too_long()]
    lines += [f"  no docstring: {name}" for name in architecture.undocumented()]
    return "\n".join(lines)


def main():
    architecture = read()
    print(report(architecture))
    broken = architecture.cycles() or architecture.upward() or architecture.too_long() or architecture.undocumented()
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
