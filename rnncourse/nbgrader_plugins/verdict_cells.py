"""A test cell's outputs as the grader's verdict, written so that nbgrader's `SaveAutoGrades`
gives the points the grader decided, with the grader's own paths replaced by neutral names in
every output that reaches autograded/ and feedback. Imports rnncourse.judging.
"""

import sys
from pathlib import Path

import nbformat

from ..judging import runner
from ..judging.verdicts import CellVerdict, Outcome

VERDICT_ERROR = "HiddenTestsFailed"


def with_visible_tests(verdict, executed_cell, skipped=None):
    """The verdict with a failed visible-test outcome when the cell's visible tests raised
    in the kernel (or the grader had to skip the cell)."""
    errors = [o for o in executed_cell.get("outputs", []) if o.output_type == "error"]
    if skipped is not None:
        message = f"not run: {skipped}"
    elif errors:
        message = f"{errors[0].ename}: {errors[0].evalue}".strip()
    else:
        return verdict
    return CellVerdict(verdict.grade_id, [*verdict.results, Outcome("visible tests", False, message, visible=True)],
                       list(verdict.notes))


def verdict_outputs(verdict, points):
    """The outputs of a test cell, as nbgrader's determine_grade scores them: an error output
    for 0 points; the report on stdout for full points; for partial credit the report and
    then an execute_result holding the score (the first execute_result is read as the score)."""
    report, score = verdict.report(points), verdict.score(points)
    if score <= 0:
        return [nbformat.v4.new_output("error", ename=VERDICT_ERROR, evalue=report.splitlines()[0],
                                       traceback=report.splitlines())]
    outputs = [nbformat.v4.new_output("stream", name="stdout", text=report + "\n")]
    if score < points:
        outputs.append(nbformat.v4.new_output("execute_result", data={"text/plain": repr(score)},
                                              execution_count=None))
    return outputs


def neutral_names(working_copy):
    """{grader path: name shown instead} for the outputs that reach autograded/ and feedback."""
    names = {str(working_copy): ".", str(Path(working_copy).parent): "<sandbox>",
             str(runner.COURSE_ROOT): "<course>"}
    if sys.prefix != sys.base_prefix:
        names[sys.prefix] = "<python>"
    return dict(sorted(names.items(), key=lambda item: -len(item[0])))


def neutral_output(output, names):
    """The output with the grader's own paths replaced by neutral names."""
    def clean(text):
        for path, name in names.items():
            text = text.replace(path, name)
        return text
    output = nbformat.from_dict(output)
    for key in ("text", "evalue"):
        if isinstance(output.get(key), str):
            output[key] = clean(output[key])
    if "traceback" in output:
        output.traceback = [clean(line) for line in output.traceback]
    if isinstance(output.get("data", {}).get("text/plain"), str):
        output.data["text/plain"] = clean(output.data["text/plain"])
    return output


def describe_cell(cell, index):
    """How the feedback names a cell: its position, grade id or first line."""
    grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
    first_line = next((line.strip() for line in cell.source.splitlines() if line.strip()), "")
    label = f"'{grade_id}'" if grade_id else f"starting {first_line[:60]!r}"
    return f"cell {index + 1} ({label})"
