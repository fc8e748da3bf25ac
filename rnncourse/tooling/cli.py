"""rnn-course: build, hand out and grade the course.

    rnn-course release [ASSIGNMENT ...]    release/ and solutions/ from source/
    rnn-course demo-class                  submitted/ for the fictional demo class
    rnn-course grade [ASSIGNMENT ...]      grade every submission, export grades and feedback
    rnn-course all                         all of the above, in order

Options of every command: --course FOLDER, --db URL (the gradebook: any SQLAlchemy URL, e.g.
postgresql+psycopg://user:password@host:5432/gradebook; default CourseDirectory.db_url).
Options of grade and all: --scheduler tcp://HOST:8786 grades on a Dask cluster (default:
DASK_SCHEDULER_ADDRESS, or this machine when unset).
Course tooling: imports rnncourse.class_grading and rnncourse.common.
"""

import argparse
import sys

from ..class_grading import grade_class, student_folders
from ..common.coursedir import Course
from ..common.errors import CourseError
from . import demo
from .release import clean_master, ensure_released
from .release import release as release_assignment


def release(course, assignments):
    for assignment in course.check_assignments(assignments):
        cleared = clean_master(course, assignment)
        if cleared:
            what = ", ".join(f"{kind} of {n} cell{'s' * (n > 1)}" if kind != "notebook metadata" else kind
                             for kind, n in cleared.items())
            print(f"cleared {what} in {course.master(assignment).relative_to(course.root)} "
                  "(masters are stored without them)")
        print(f"releasing {assignment}: release/{assignment}/ and solutions/{assignment}/")
        release_assignment(course, assignment)


def grade(course, assignments, **options):
    """grade_class on the assignments (all when none are named), releasing first those the
    gradebook does not know yet; the ClassGrades."""
    assignments = course.check_assignments(assignments)
    student_folders(course)  # no submitted/ folder: say so before releasing anything
    ensure_released(course, assignments)
    return grade_class(course, assignments, **options)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="rnn-course", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    common = argparse.ArgumentParser(add_help=False)
    for owner, default in ((parser, None), (common, argparse.SUPPRESS)):
        owner.add_argument("--course", default=default, help="course directory (default: this repository)")
        owner.add_argument("--db", default=default, metavar="URL",
                           help="the gradebook's SQLAlchemy URL (default: CourseDirectory.db_url)")
    grading = argparse.ArgumentParser(add_help=False)
    grading.add_argument("--scheduler", default=None, metavar="ADDRESS",
                         help="a Dask scheduler to grade on, e.g. tcp://HOST:8786 (default: "
                              "DASK_SCHEDULER_ADDRESS; unset: this machine)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("release", parents=[common]).add_argument("assignments", nargs="*", metavar="ASSIGNMENT")
    commands.add_parser("grade", parents=[common, grading]).add_argument("assignments", nargs="*", metavar="ASSIGNMENT")
    commands.add_parser("demo-class", parents=[common])
    commands.add_parser("all", parents=[common, grading])
    args = parser.parse_args(argv)
    try:
        course = Course(args.course or Course.root, db_url=args.db or "")
        if args.command in ("release", "all"):
            release(course, getattr(args, "assignments", []))
        if args.command in ("demo-class", "all"):
            demo.write_demo_class(course)
        if args.command in ("grade", "all"):
            grade(course, getattr(args, "assignments", []), scheduler=args.scheduler)
    except CourseError as error:
        sys.exit(f"rnn-course: {error}")


if __name__ == "__main__":
    main()
