"""Submissions described as small edits of a notebook, with the scores they must earn.

A corpus entry is a Python file `tests/corpus/<assignment>/<name>.py` in percent format:

    # Uses np.logaddexp instead of the softplus identity.       <- description
    # base: solution                                            <- or: release
    # expect: test_stable_bce=0                                 <- or: *=0
    # %% stable_bce
    def stable_bce(z, y):
        return np.logaddexp(0, -z) * y + np.logaddexp(0, z) * (1 - y)

The base `solution` is what a perfect student hands in (the release with every solution
cell filled in from the master); `release` is the unchanged student version. Each
`# %% <action> <grade_id>` header edits the cell with that grade id:

    # %% <grade_id>             replace its source with the lines below
    # %% after <grade_id>       insert a new code cell with the lines below after it
    # %% delete <grade_id>      remove it
    # %% duplicate <grade_id>   insert an identical copy right after it

Expected scores: every autograded test cell earns full points unless `expect:` names it
(`*` stands for all of them). Imports rnncourse.common.
"""

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..common.coursedir import ROOT

CORPUS = ROOT / "tests" / "corpus"
HEADER = re.compile(r"^# %%\s*(?:(after|delete|duplicate)\s+)?([A-Za-z0-9_-]+)\s*$")
SOLUTION_MARKERS = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$")


@dataclass
class Submission:
    assignment: str
    name: str
    description: str = ""
    base: str = "solution"
    expect: dict = field(default_factory=dict)
    edits: list = field(default_factory=list)  # (action, grade_id, source)

    @property
    def hostile(self):
        """An attack on the grader (tests/test_hostile.py grades these)."""
        return self.name.startswith("hostile_")

    def expected_scores(self, max_points):
        """{grade_id: points} for the autograded test cells given as {grade_id: max points}."""
        everything = self.expect.get("*")
        return {g: self.expect.get(g, everything if everything is not None else p)
                for g, p in max_points.items()}


def load(path):
    path = Path(path)
    submission = Submission(assignment=path.parent.name, name=path.stem)
    description, current = [], None
    for line in path.read_text().splitlines():
        header = HEADER.match(line)
        if header:
            current = [header.group(1) or "replace", header.group(2), []]
            submission.edits.append(current)
        elif current is not None:
            current[2].append(line)
        elif line.startswith("# base:"):
            submission.base = line.split(":", 1)[1].strip()
        elif line.startswith("# expect:"):
            for item in line.split(":", 1)[1].split():
                grade_id, _, score = item.partition("=")
                try:
                    submission.expect[grade_id] = float(score)
                except ValueError:
                    raise ValueError(f"{path}: expect takes items grade_id=points, not {item!r}") from None
        elif line.startswith("#"):
            description.append(line.lstrip("# ").rstrip())
    submission.description = " ".join(d for d in description if d)
    submission.edits = [(a, g, "\n".join(src).strip("\n") + "\n") for a, g, src in submission.edits]
    if submission.base not in ("solution", "release"):
        raise ValueError(f"{path}: base must be 'solution' or 'release', not {submission.base!r}")
    return submission


def entries(assignment=None):
    pattern = f"{assignment}/*.py" if assignment else "*/*.py"
    return [load(p) for p in sorted(CORPUS.glob(pattern))]


def grade_id(cell):
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def solved(release_nb, master_nb):
    """The release with every solution cell filled in from the master."""
    answers = {grade_id(c): c.source for c in master_nb.cells if grade_id(c)}
    nb = copy.deepcopy(release_nb)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("solution") and grade_id(cell) in answers:
            cell.source = "\n".join(line for line in answers[grade_id(cell)].splitlines()
                                    if not SOLUTION_MARKERS.match(line))
    return nb


def build(submission, release_nb, master_nb):
    """The notebook this submission hands in."""
    nb = solved(release_nb, master_nb) if submission.base == "solution" else copy.deepcopy(release_nb)
    for action, target, source in submission.edits:
        index = next((i for i, c in enumerate(nb.cells) if grade_id(c) == target), None)
        if index is None:
            raise KeyError(f"{submission.assignment}/{submission.name}: no cell with grade id {target!r}")
        if action == "replace":
            nb.cells[index].source = source
        elif action == "after":
            nb.cells.insert(index + 1, nbformat.v4.new_code_cell(source))
        elif action == "delete":
            del nb.cells[index]
        elif action == "duplicate":
            nb.cells.insert(index + 1, copy.deepcopy(nb.cells[index]))
    seen = set()
    for number, cell in enumerate(nb.cells):  # a pasted copy gets a new id in Jupyter too
        if cell.get("id") in seen or "id" not in cell:
            cell["id"] = f"{submission.name[:40]}-{number}"
        seen.add(cell["id"])
    return nb
