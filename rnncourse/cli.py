"""rnn-course: build, hand out and grade the course.

    rnn-course release [ASSIGNMENT ...]    release/ and solutions/ from source/
    rnn-course demo-class                  submitted/ for the fictional demo class
    rnn-course grade [ASSIGNMENT ...]      grade every submission, export grades and feedback
    rnn-course all                         all of the above, in order
"""

import argparse
import sys

from . import demo
from .course import Course, CourseError


def release(course, assignments):
    for assignment in course.check_assignments(assignments):
        cleared = course.clean_master(assignment)
        if cleared:
            what = ", ".join(f"{kind} of {n} cell{'s' * (n > 1)}" if kind != "notebook metadata" else kind
                             for kind, n in cleared.items())
            print(f"cleared {what} in {course.master(assignment).relative_to(course.root)} "
                  "(masters are stored without them)")
        print(f"releasing {assignment}: release/{assignment}/ and solutions/{assignment}/")
        course.release(assignment)


def grade(course, assignments):
    from .grading import grade_class
    grade_class(course, course.check_assignments(assignments))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="rnn-course", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--course", default=None, help="course directory (default: this repository)")
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("release", "grade"):
        commands.add_parser(name).add_argument("assignments", nargs="*", metavar="ASSIGNMENT")
    commands.add_parser("demo-class")
    commands.add_parser("all")
    args = parser.parse_args(argv)
    try:
        course = Course(args.course) if args.course else Course()
        if args.command in ("release", "all"):
            release(course, getattr(args, "assignments", []))
        if args.command in ("demo-class", "all"):
            demo.write_demo_class(course)
        if args.command in ("grade", "all"):
            grade(course, getattr(args, "assignments", []))
    except CourseError as error:
        sys.exit(f"rnn-course: {error}")


if __name__ == "__main__":
    main()
