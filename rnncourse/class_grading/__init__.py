"""Class grading: planning and caching a class run, the executors that grade (a local process
pool or a Dask cluster), and the merge of results into the gradebook, then feedback and the
export. Imports the grading core (rnncourse.nbgrader_plugins, rnncourse.judging) and
rnncourse.common; never the course tooling."""

from .plan import student_folders
from .run import grade_class, summary

__all__ = ["grade_class", "student_folders", "summary"]
