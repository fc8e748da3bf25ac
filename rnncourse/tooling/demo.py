"""The demo class: fictional students whose submissions are corpus entries. Imports the tooling's corpus."""

import json

import nbformat

from . import corpus

# student id -> corpus entry handed in for every assignment
DEMO_CLASS = {
    "ada_lovelace": "complete",
    "alan_turing": "typical_mistakes",
    "grace_hopper": "unchanged_release",
}
SUBMITTED_AT = "2026-11-20 17:00:00.000000 UTC"


def write_demo_class(course):
    write_class(course, {student: dict.fromkeys(course.assignments, entry) for student, entry in DEMO_CLASS.items()})
    print(f"demo class: {', '.join(DEMO_CLASS)} in submitted/ ({json.dumps(course.assignments)})")


def write_class(course, handed_in):
    """submitted/ for a class given as {student: {assignment: name of a corpus entry}}."""
    for assignment in course.assignments:
        write_submissions(course, assignment, {
            student: corpus.load(corpus.CORPUS / assignment / f"{entries[assignment]}.py")
            for student, entries in handed_in.items() if assignment in entries})


def write_submissions(course, assignment, submissions):
    """submitted/<student>/<assignment>/ for {student: corpus.Submission}."""
    name = course.notebook_name(assignment)
    release = nbformat.read(course.root / "release" / assignment / f"{name}.ipynb", 4)
    master = nbformat.read(course.master(assignment), 4)
    for student, submission in submissions.items():
        folder = course.root / "submitted" / student / assignment
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(corpus.build(submission, release, master), folder / f"{name}.ipynb")
        (folder / "timestamp.txt").write_text(SUBMITTED_AT)
