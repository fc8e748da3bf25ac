"""The command line: one-line messages for mistakes, and the README's commands are CI's."""

from pathlib import Path

from rnncourse.tooling import cli

ROOT = Path(__file__).resolve().parent.parent


def test_unknown_assignment_is_one_line_naming_the_valid_ones(command):
    result = command(cli.main, "release", "rnn_intro")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "rnn_introduction" in lines[0], f"got {result.stderr!r}"


def test_not_a_course_directory_is_one_line(tmp_path, command):
    result = command(cli.main, "--course", tmp_path, "grade")
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and len(lines) == 1 and "nbgrader_config.py" in lines[0], result.stderr


def test_readme_starts_with_the_two_commands_and_ci_runs_the_test_command():
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert len(commands) == 2, f"README should open with two commands, has {commands}"
    assert commands[1] in (ROOT / ".ci" / "run").read_text(), f"CI does not run {commands[1]!r}"
