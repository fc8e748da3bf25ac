"""What nbgrader_config.py names: the preprocessors that grade in the sandbox and fail closed,
the one that shows handed-in outputs in cells graded by hand, the one that strips solution
markers from written model answers, the MathML filter of nbconvert's HTML, and the per-cell
grade export. Part of the grading core: imports rnncourse.judging, rnncourse.channel,
rnncourse.sandbox and rnncourse.common."""
