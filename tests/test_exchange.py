"""The hand-out, hand-in and hand-back round trip through nbgrader's exchange, as README says
(tests/round_trip.py): students receive only the release and get back feedback that shows the
hidden tests' verdicts, never their code, with equations that render offline.
"""

import re

import pytest

from tests.round_trip import ASSIGNMENT
from tests.round_trip import round_trip as make_round_trip


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory):
    return make_round_trip(tmp_path_factory)


def test_collect_leaves_the_submission_with_its_timestamp_and_secret(round_trip):
    submitted = round_trip.submitted
    names = {p.name for p in submitted.iterdir()}
    assert {f"{ASSIGNMENT}.ipynb", "timestamp.txt", "submission_secret.txt"} <= names, names


def test_the_student_gets_only_the_release(round_trip):
    course, work = round_trip.course, round_trip.work
    fetched = {p.relative_to(work / ASSIGNMENT).as_posix() for p in (work / ASSIGNMENT).rglob("*")
               if p.is_file() and "feedback" not in p.parts and ".ipynb_checkpoints" not in p.parts}
    released = {p.relative_to(course.root / "release" / ASSIGNMENT).as_posix()
                for p in (course.root / "release" / ASSIGNMENT).rglob("*") if p.is_file()}
    assert fetched == released, f"the student received {sorted(fetched)}, the release has {sorted(released)}"


def test_the_student_fetches_feedback_with_verdicts_and_equations(round_trip):
    work = round_trip.work
    feedback = sorted((work / ASSIGNMENT / "feedback").glob(f"*/{ASSIGNMENT}.html"))
    assert len(feedback) == 1, f"fetch_feedback brought {feedback} into {work / ASSIGNMENT / 'feedback'}"
    html = feedback[0].read_text()
    assert re.search(r"test_forward: (\d+) of \1 hidden tests passed, 3 of 3 points", html), \
        "the feedback lacks the verdict of the hidden tests of forward"
    assert "def test_" not in html, "the feedback shows the code of hidden tests"
    assert html.count("<math ") > 50, "the feedback's equations are not MathML"
    prose = re.sub(r"(?s)<(script|code)\b.*?</\1>", "", html)
    assert "$" not in prose, "the feedback has LaTeX left for MathJax, which offline readers see raw"
