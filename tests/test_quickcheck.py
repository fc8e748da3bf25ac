"""`python -m rnncourse.tooling.quickcheck`: one line for every mistake on the command line, and an
ok/BAD line for every corpus entry it checks."""

import pytest

from rnncourse.tooling import corpus, quickcheck

ENTRIES = corpus.CORPUS / "rnn_introduction"


def write_corpus(folder, entries):
    """A corpus folder for rnn_introduction holding the given {name: text} entries."""
    (folder / "rnn_introduction").mkdir(parents=True)
    for name, text in entries.items():
        (folder / "rnn_introduction" / f"{name}.py").write_text(text)
    return str(folder)


@pytest.mark.parametrize("args, expected", [
    ((), "name an assignment: rnn_introduction, rnn_training"),
    (("rnn_intro",), "unknown assignment rnn_intro: choose from rnn_introduction, rnn_training"),
    (("rnn_introduction", "stable_bce_logadexp"), "did you mean stable_bce_logaddexp"),
    (("rnn_introduction", "hostile_fork_bomb"), "run only with --hostile"),
    (("rnn_introduction", "--hostil"), "unrecognized arguments: --hostil"),  # no abbreviations
], ids=["no arguments", "unknown assignment", "unknown entry", "hostile entry without --hostile",
        "unknown option"])
def test_a_mistake_gets_one_line_saying_what_to_do(args, expected, command):
    result = command(quickcheck.main, *args)
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and len(lines) == 1 and expected in lines[0], \
        f"quickcheck {' '.join(args)} should fail with one line containing {expected!r}, got {result.stderr!r}"


def test_hostile_entries_are_skipped_unless_asked(tmp_path, command):
    folder = write_corpus(tmp_path, {"hostile_fork_bomb": (ENTRIES / "hostile_fork_bomb.py").read_text()})
    result = command(quickcheck.main, "rnn_introduction", "--corpus", folder)
    assert result.returncode != 0 and "1 hostile entries need --hostile" in result.stderr, result.stderr
    assert result.stdout == "", f"nothing should have run:\n{result.stdout}"


def test_every_entry_is_listed_ok_or_bad_with_the_reason(tmp_path, command):
    right = (ENTRIES / "stable_bce_logaddexp.py").read_text()
    folder = write_corpus(tmp_path, {
        "right": right,
        "wrong_expectation": right.replace("# base: solution", "# base: solution\n# expect: test_stable_bce=0"),
        "broken": "# Edits a cell that does not exist.\n# %% no_such_cell\npass\n",
        "unreadable": "# A malformed expectation.\n# expect: test_stable_bce\n",
        "hostile_exit_kernel": (ENTRIES / "hostile_exit_kernel.py").read_text(),
    })
    result = command(quickcheck.main, "rnn_introduction", "--hostile", "--corpus", folder)
    out = result.stdout
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    for line in ["ok  right", "BAD wrong_expectation", "    test_stable_bce: got 2, expected 0",
                 "BAD broken", "cannot be built: rnn_introduction/broken: no cell with grade id 'no_such_cell'",
                 "BAD unreadable", "expect takes items grade_id=points, not 'test_stable_bce'",
                 "SKIP hostile_exit_kernel", "the grader runs such a notebook again", "3 of 5 entries BAD"]:
        assert line in out, f"quickcheck's report lacks {line!r}:\n{out}"
