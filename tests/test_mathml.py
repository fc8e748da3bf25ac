"""Equations become MathML at export time (rnncourse/nbgrader_plugins/mathml.py), safely for student text."""

import nbformat
import pytest
from nbconvert.filters.markdown_mistune import MarkdownWithMath

from rnncourse.common.coursedir import Course
from rnncourse.nbgrader_plugins.mathml import MathMLRenderer, to_mathml

COURSE = Course()


class Recorder(MathMLRenderer):
    """Notes every equation that stays LaTeX."""

    def __init__(self):
        super().__init__(escape=False)
        self.unconverted = []

    def inline_math(self, body):
        if to_mathml(body) is None:
            self.unconverted.append(body)
        return super().inline_math(body)

    def block_math(self, body):
        if to_mathml(body, display=True) is None:
            self.unconverted.append(body)
        return super().block_math(body)


@pytest.mark.parametrize("assignment", COURSE.assignments)
def test_every_equation_of_the_masters_becomes_mathml(assignment):
    recorder = Recorder()
    for cell in nbformat.read(COURSE.master(assignment), 4).cells:
        if cell.cell_type == "markdown":
            MarkdownWithMath(renderer=recorder).render(cell.source)
    assert not recorder.unconverted, (
        f"{assignment}: these equations would show as raw LaTeX in feedback read offline; "
        f"write them with commands latex2mathml knows: {recorder.unconverted}")


def test_markdown_keeps_code_and_converts_math():
    html = MarkdownWithMath(renderer=MathMLRenderer(escape=False)).render(
        "The loss $L(z, y)$ and `$not math$`:\n\n$$\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}$$")
    assert html.count("<math ") == 2 and "<mtable" in html, html
    assert "<code>$not math$</code>" in html, html


@pytest.mark.parametrize("latex", [
    r"\text{<script>alert(1)</script>}",
    r"\text{<img src=x onerror=alert(1)>}",
    r"\href{javascript:alert(1)}{x}",
])
def test_markup_in_an_equation_stays_escaped_latex(latex):
    assert to_mathml(latex) is None
    html = MarkdownWithMath(renderer=MathMLRenderer(escape=False)).render(f"answer: ${latex}$")
    assert "<script" not in html and "<img" not in html and "<math" not in html, html
