import pytest

from rnncourse.course import Course


@pytest.fixture
def scratch_course(tmp_path):
    """A throw-away copy of the course (masters, releases, config) with its own gradebook."""
    return Course().scratch_copy(tmp_path / "course")
