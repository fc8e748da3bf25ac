"""Equations that render without a network: LaTeX in Markdown becomes MathML at export time.

nbconvert's HTML (nbgrader's feedback files and the formgrader's pages) leaves `$...$` for
MathJax, which its templates load from a CDN: offline, students and graders see raw LaTeX.
`markdown2html` replaces nbconvert's filter of that name (`c.HTMLExporter.filters` in
nbgrader_config.py): Markdown is parsed by nbconvert's own math-aware parser, and each equation
is converted by latex2mathml into MathML, which every current browser draws natively. A feedback
file therefore stays one small standalone HTML file.

Student answers are untrusted: an equation is written as MathML only if the converter's output
is well-formed XML made of MathML elements without links or event handlers, re-serialized here;
anything else stays as escaped LaTeX (which MathJax still typesets where the CDN is reachable).
Imports nothing of rnncourse.
"""

import re
import xml.etree.ElementTree as ET

from jinja2 import pass_context
from latex2mathml.converter import convert
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

NAMESPACE = "http://www.w3.org/1998/Math/MathML"
ELEMENTS = {
    "math", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msub", "msup", "msubsup",
    "mfrac", "msqrt", "mroot", "mstyle", "mtable", "mtr", "mtd", "munder", "mover", "munderover",
    "mpadded", "mphantom", "menclose", "merror", "mmultiscripts", "mprescripts", "none",
    "semantics", "annotation",
}
# latex2mathml knows align* (a table of right/left column pairs) but not aligned, its
# in-display twin: both lay out the same way.
ENVIRONMENTS = {"aligned": "align*"}
ET.register_namespace("", NAMESPACE)


def to_mathml(latex, display=False):
    """The MathML of a LaTeX equation, or None if it cannot be converted safely."""
    latex = re.sub(r"\\(begin|end)\{(\w+)\}",
                   lambda m: f"\\{m[1]}{{{ENVIRONMENTS.get(m[2], m[2])}}}", latex)
    try:
        tree = ET.fromstring(convert(latex, display="block" if display else "inline"))
    except Exception:  # noqa: BLE001 (whatever latex2mathml or the XML parser say: keep the LaTeX)
        return None
    if not all(_safe(element) for element in tree.iter()):
        return None
    return ET.tostring(tree, encoding="unicode", short_empty_elements=False)


def _safe(element):
    namespace, _, name = element.tag.rpartition("}")
    return (namespace == "{" + NAMESPACE and name in ELEMENTS
            and not any(a.lower().startswith("on") or "href" in a.lower() for a in element.attrib))


class MathMLRenderer(IPythonRenderer):
    """nbconvert's Markdown renderer, with equations as MathML where they convert."""

    def inline_math(self, body):
        return to_mathml(body) or super().inline_math(body)

    def block_math(self, body):
        return to_mathml(body, display=True) or super().block_math(body)

    def latex_environment(self, name, body):
        return (to_mathml(f"\\begin{{{name}}}{body}\\end{{{name}}}", display=True)
                or super().latex_environment(name, body))


@pass_context
def markdown2html(context, source):
    """nbconvert's markdown2html filter (attachments and paths as it handles them), with MathML."""
    cell = context.get("cell", {})
    renderer = MathMLRenderer(escape=False, attachments=cell.get("attachments", {}),
                              path=context.get("resources", {}).get("metadata", {}).get("path", ""))
    return MarkdownWithMath(renderer=renderer).render(source)
