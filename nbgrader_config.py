"""nbgrader configuration for the course on fully recurrent networks.

Layout: source/ (masters) -> release/ (students) and solutions/ (executed, with plots);
submitted/ -> autograded/ -> feedback/ for the demo class. The gradebook (gradebook.db)
stays out of git; it is rebuilt by `rnn-course all`.
"""

c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = "rnn-course"
c.CourseDirectory.solution_directory = "solutions"
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]

# Cells may train small networks: give each cell two minutes, interrupt beyond that.
c.Execute.timeout = 120
c.Execute.interrupt_on_timeout = True

# Students' deleted grade cells come back (scored zero) instead of vanishing.
c.OverwriteCells.add_missing_cells = True

# Warnings and other stderr noise never cost an honest student points.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"(?s).*"
c.LimitOutput.max_lines = 500

# Solutions are executed with their plots, without the hidden tests.
c.GenerateSolution.preprocessors = [
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.LockCells",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbgrader.preprocessors.Execute",
]
