"""Errors the user can fix, and how their messages are shortened. Imports nothing of rnncourse."""


class CourseError(Exception):
    """A problem the user can fix; its message says how."""


def first_line(error):
    """The first line of an error's message (a database driver's own, not SQLAlchemy's wrapping)."""
    error = getattr(error, "orig", None) or error  # the driver's own message, not SQLAlchemy's wrapping
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]
