"""What the hidden tests decided about one test cell: each test's outcome, the points the cell
earns, and the report a student reads (names, outcomes, messages; never test code).
Imports nothing of rnncourse."""

from dataclasses import dataclass, field


@dataclass
class Outcome:
    name: str
    passed: bool
    message: str = ""
    points: float | None = None  # from @pytest.mark.points; None: the cell is all or nothing
    visible: bool = False        # the cell's visible tests, as they ran in the student's kernel


@dataclass
class CellVerdict:
    grade_id: str
    results: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # lines shown above the results

    @property
    def hidden(self):
        return [r for r in self.results if not r.visible]

    @property
    def partial(self):
        """Whether the instructor gave points per test."""
        return any(r.points is not None for r in self.results)

    @property
    def passed(self):
        return bool(self.hidden) and all(r.passed for r in self.hidden)

    def score(self, points):
        """Points earned of the cell's `points`: the sum over passed tests with points
        (visible tests earn nothing then), else all or nothing. Visible tests never cost points."""
        if not self.hidden:
            return 0.0
        if self.partial:
            return min(float(points), sum(r.points or 0.0 for r in self.hidden if r.passed))
        return float(points) if self.passed else 0.0

    def report(self, points=None):
        """What the student sees: each test's name, outcome, points and message; never test code."""
        hidden = self.hidden
        header = f"{self.grade_id}: {sum(r.passed for r in hidden)} of {len(hidden)} hidden tests passed"
        if any(r.visible and not r.passed for r in self.results):
            header += "; the visible tests failed (they count for nothing: the hidden tests decide)"
        if points is not None:
            header += f", {self.score(points):g} of {float(points):g} points"
        lines = [header, *("  " + note for note in self.notes)]
        if not hidden:
            lines.append("  no hidden test reported a result for this cell")
        for r in self.results:
            worth = f" ({r.points if r.passed else 0:g} of {r.points:g} points)" if r.points is not None else ""
            lines.append(f"  {'PASSED' if r.passed else 'FAILED'} {r.name}{worth}")
            if r.message:
                lines.extend("      " + line for line in r.message.splitlines())
        return "\n".join(lines)
