"""nbgrader configuration for the course on fully recurrent networks.

Layout: source/ (masters) -> release/ (students) and solutions/ (executed, with plots);
submitted/ -> autograded/ -> feedback/ for the demo class. The gradebook (gradebook.db)
stays out of git; it is rebuilt by `rnn-course all`.
"""

import os

c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = "rnn-course"
c.CourseDirectory.solution_directory = "solutions"
# nbgrader's exchange: the shared folder through which assignments go out and come back in
# (release_assignment, fetch_assignment, submit, collect, release_feedback, fetch_feedback).
c.Exchange.root = os.environ.get("RNN_COURSE_EXCHANGE", "/srv/nbgrader/exchange")
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]

# Cells may train small networks: give each cell two minutes, interrupt beyond that.
c.Execute.timeout = 120
c.Execute.interrupt_on_timeout = True
# Kernels that run outside the sandbox (executing the solutions, nbgrader validate) talk over
# ipc sockets in a private folder, not over TCP on localhost (ipykernel warns about that).
c.Execute.kernel_manager_class = "rnncourse.sandbox.kernels.IpcKernelManager"
c.Execute.record_timing = False  # no timestamps in executed notebooks: regenerating changes only what changed

# Students' deleted grade cells come back (scored zero) instead of vanishing.
c.OverwriteCells.add_missing_cells = True

# Warnings and other stderr noise never cost an honest student points.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"(?s).*"
c.LimitOutput.max_lines = 500

# Students find a stub that says what to do where a solution was.
c.ClearSolutions.code_stub = {"python": '# YOUR CODE HERE\nraise NotImplementedError("Replace this line with your code")'}

# Solutions are executed with their plots, without the hidden tests; written answers show
# without the solution markers (rnncourse/nbgrader_plugins/solution_markers.py).
c.GenerateSolution.preprocessors = [
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.LockCells",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "rnncourse.nbgrader_plugins.solution_markers.StripSolutionMarkers",
    "nbgrader.preprocessors.Execute",
]

# Autograding fails closed (rnncourse/nbgrader_plugins/): a pasted copy of a graded cell is dropped
# instead of aborting the class's run; the notebook runs in a bubblewrap sandbox
# (rnncourse/sandbox/) and each test cell's outputs become the hidden tests' verdict,
# decided in the grader's process. nbgrader's scoring and other steps stay as they are.
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "rnncourse.nbgrader_plugins.cells.DropDuplicateGradeCells",
    "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "nbgrader.preprocessors.OverwriteCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]
c.Autograde.autograde_preprocessors = [
    "rnncourse.nbgrader_plugins.grade_in_sandbox.GradeInSandbox",
    "rnncourse.nbgrader_plugins.submitted_outputs.RestoreSubmittedOutputs",  # cells graded by hand show the student's own run
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
# Seconds one hidden-test call into the notebook may take, and for the whole notebook
# (execution and hidden tests) before its sandbox is killed.
c.GradeInSandbox.call_timeout = 30
c.GradeInSandbox.wall_timeout = 900

# `nbgrader export` writes one column per graded cell, with each submission's grading status.
c.ExportApp.plugin_class = "rnncourse.nbgrader_plugins.export.CellScoreExportPlugin"

# Feedback files and formgrader pages draw equations as MathML made at export time, so they
# render without MathJax's CDN (rnncourse/nbgrader_plugins/mathml.py).
c.HTMLExporter.filters = {"markdown2html": "rnncourse.nbgrader_plugins.mathml.markdown2html"}
