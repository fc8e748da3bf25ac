"""The package keeps its rooms (rnncourse/tooling/architecture.py): no import cycle, lazy imports
included; no import pointing up a room; every module short and opening with a docstring."""

from rnncourse.tooling import architecture

SHAPE = architecture.read()


def test_no_import_cycle():
    assert SHAPE.cycles() == [], "import cycles (lazy imports counted):\n" + "\n".join(
        " -> ".join(cycle) for cycle in SHAPE.cycles())


def test_imports_point_down_the_rooms():
    assert SHAPE.upward() == [], f"imports that point up ({' < '.join(architecture.ROOMS)}):\n" + "\n".join(
        f"{a} imports {b}" for a, b in SHAPE.upward())


def test_every_module_belongs_to_a_room():
    strays = [m for m in SHAPE.modules if m != "rnncourse.__init__" and SHAPE.room(m) not in architecture.ROOMS]
    assert strays == [], f"modules outside the rooms {architecture.ROOMS}: {strays}"


def test_modules_are_short_and_say_their_job():
    assert SHAPE.too_long() == [], f"modules longer than {architecture.MAX_LINES} lines: {SHAPE.too_long()}"
    assert SHAPE.undocumented() == [], f"modules without a docstring: {SHAPE.undocumented()}"


def test_a_cycle_and_an_upward_import_are_found(tmp_path):
    package = tmp_path / "rnncourse"
    for module, source in {"__init__.py": '"""p"""', "common/__init__.py": '"""c"""',
                           "common/a.py": '"""a"""\ndef f():\n    from ..tooling import b\n',
                           "tooling/__init__.py": '"""t"""', "tooling/b.py": '"""b"""\nfrom ..common import a\n'}.items():
        (package / module).parent.mkdir(parents=True, exist_ok=True)
        (package / module).write_text(source)
    shape = architecture.read(package)
    assert shape.cycles() == [["rnncourse.common.a", "rnncourse.tooling.b"]], shape.imports
    assert ("rnncourse.common.a", "rnncourse.tooling.b") in shape.upward(), shape.upward()
