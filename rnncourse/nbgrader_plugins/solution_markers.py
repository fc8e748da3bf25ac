"""Solutions show written model answers without nbgrader's solution markers.

nbgrader's GenerateSolution keeps the `### BEGIN SOLUTION` / `### END SOLUTION` lines. In code
they are comments; in a Markdown answer they render as headings. `StripSolutionMarkers` removes
those lines from Markdown solution cells (the delimiters are ClearSolutions', as configured).
Imports nothing of rnncourse.
"""

from nbgrader import utils
from nbgrader.preprocessors import ClearSolutions, NbGraderPreprocessor


class StripSolutionMarkers(NbGraderPreprocessor):
    def preprocess(self, nb, resources):
        clear = ClearSolutions(parent=self)
        markers = (clear.begin_solution_delimeter, clear.end_solution_delimeter)
        for cell in nb.cells:
            if cell.cell_type == "markdown" and utils.is_solution(cell):
                cell.source = "\n".join(line for line in cell.source.splitlines()
                                        if not any(marker in line for marker in markers))
        return nb, resources
