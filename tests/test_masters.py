"""Master notebooks are clean single sources; release/ and solutions/ are what they generate."""

import re

import nbformat
import pytest
from nbgrader import utils

from rnncourse.common.coursedir import Course
from rnncourse.judging import runner
from rnncourse.tooling import release
from rnncourse.tooling.release import MASTER_METADATA, master_problems

COURSE = Course()
ASSIGNMENTS = COURSE.assignments
HIDDEN_REGION = re.compile(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS", re.S)
SOLUTION_REGION = "### BEGIN SOLUTION"


def nbgrader_meta(cell):
    return cell.metadata.get("nbgrader", {})


def master(assignment):
    return nbformat.read(COURSE.master(assignment), as_version=4)


def generated(folder, assignment):
    return nbformat.read(COURSE.root / folder / assignment / COURSE.master(assignment).name, 4)


def autograded_test_cells(nb):
    return [c for c in nb.cells if nbgrader_meta(c).get("grade") and not nbgrader_meta(c).get("solution")
            and c.cell_type == "code"]


def test_there_are_two_assignments():
    assert ASSIGNMENTS == ["rnn_introduction", "rnn_training"], f"source/ holds {ASSIGNMENTS}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
class TestMaster:
    def test_nbgrader_accepts_the_metadata_grade_ids_points_and_regions(self, assignment):
        problems = master_problems(master(assignment))
        assert not problems, f"source/{assignment} cannot be released:\n" + "\n".join(problems)

    def test_stored_without_outputs_and_with_only_nbgrader_metadata(self, assignment):
        nb = master(assignment)
        fix = f"Clear All Outputs in Jupyter and save, or run `rnn-course release {assignment}`, which clears them"
        for cell in nb.cells:
            where = f"source/{assignment}: cell {cell.get('id')}"
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, f"{where} has outputs: {fix}"
            assert set(cell.metadata) <= {"nbgrader"}, f"{where} has metadata {sorted(cell.metadata)}: {fix}"
        assert set(nb.metadata) <= MASTER_METADATA, f"source/{assignment} has notebook metadata {sorted(nb.metadata)}: {fix}"

    def test_every_autograded_cell_has_hidden_tests_and_no_module_is_orphaned(self, assignment):
        cells = {nbgrader_meta(c)["grade_id"]: c for c in autograded_test_cells(master(assignment))}
        modules = {f.stem for f in runner.test_files(assignment)}
        assert set(cells) == modules, f"test cells {sorted(cells)} vs hidden test modules {sorted(modules)}"
        for grade_id, cell in cells.items():
            region = HIDDEN_REGION.search(cell.source)
            assert region and f'"{assignment}", "{grade_id}"' in region.group(), \
                f"{grade_id} lacks the hidden-test region that runs its own tests"

    def test_manual_answers_hold_a_model_answer(self, assignment):
        for cell in master(assignment).cells:
            meta = nbgrader_meta(cell)
            if meta.get("grade") and meta.get("solution"):
                assert SOLUTION_REGION in cell.source, f"{meta['grade_id']} has no model answer"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
class TestGenerated:
    def test_release_is_what_source_generates(self, assignment, scratch_course):
        release.generate_release(scratch_course, assignment)
        fresh = generated_in(scratch_course, "release", assignment)
        assert fresh == generated("release", assignment), \
            f"release/{assignment} is stale: run `rnn-course release {assignment}`"

    def test_release_holds_no_solution_and_no_hidden_test(self, assignment):
        nb = generated("release", assignment)
        answers = [c.source for c in master(assignment).cells if SOLUTION_REGION in c.source]
        for cell in nb.cells:
            assert "### BEGIN" not in cell.source, f"release cell {cell.get('id')} keeps a marked region"
            assert "run_in_notebook" not in cell.source, f"release cell {cell.get('id')} runs hidden tests"
            assert cell.source not in answers, f"release cell {cell.get('id')} holds a solution"

    def test_solutions_are_what_source_generates_and_ran_cleanly(self, assignment, scratch_course):
        release.generate_release(scratch_course, assignment)  # registers the assignment in the gradebook
        release.generate_solution(scratch_course, assignment, execute=False)
        fresh = generated_in(scratch_course, "solutions", assignment)
        committed = generated("solutions", assignment)
        assert [c.source for c in fresh.cells] == [c.source for c in committed.cells], \
            f"solutions/{assignment} is stale: run `rnn-course release {assignment}`"
        for cell in committed.cells:
            assert "run_in_notebook" not in cell.source, f"solution cell {cell.get('id')} runs hidden tests"
            if cell.cell_type == "code":
                assert cell.execution_count, f"solution cell {cell.get('id')} was not executed"
                errors = [o for o in cell.outputs if o.output_type == "error"]
                assert not errors, f"solution cell {cell.get('id')} failed: {errors[0].get('evalue')}"

    def test_release_stubs_say_what_to_do_as_the_notebook_tells(self, assignment):
        stub = COURSE.config().ClearSolutions.code_stub["python"].splitlines()[-1]
        for cell in generated("release", assignment).cells:
            if cell.cell_type == "code" and utils.is_solution(cell):
                assert stub in cell.source, \
                    f"release/{assignment} cell {cell.get('id')} lacks {stub!r}: run `rnn-course release {assignment}`"
        quoted = [c.get("id") for c in master(assignment).cells
                  if c.cell_type == "markdown" and "NotImplementedError" in c.source and stub not in c.source]
        assert not quoted, f"source/{assignment} cells {quoted} quote another stub than the release's {stub!r}"

    def test_written_answers_in_solutions_show_no_solution_markers(self, assignment):
        for cell in generated("solutions", assignment).cells:
            if cell.cell_type == "markdown" and utils.is_solution(cell):
                assert not re.search(r"(BEGIN|END) SOLUTION", cell.source) and cell.source.strip(), \
                    f"solutions/{assignment} cell {cell.get('id')} shows solution markers or nothing: " \
                    f"run `rnn-course release {assignment}`"

    def test_solutions_show_figures(self, assignment):
        images = [o for c in generated("solutions", assignment).cells if c.cell_type == "code"
                  for o in c.outputs if "image/png" in o.get("data", {})]
        assert images, f"solutions/{assignment} shows no figure"


def generated_in(course, folder, assignment):
    return nbformat.read(course.root / folder / assignment / COURSE.master(assignment).name, 4)
