"""Grading on this machine's process pool against grading on a Dask cluster, and how fast the
main process merges results into the gradebook.

    .venv/bin/python benchmarks/cluster_grading.py [--students 20]

The synthetic class of benchmarks/class_grading.py is graded three times with `grade_class`
(feedback left out, so only grading differs): by the local process pool (one process per
core), by a Dask cluster of one worker process, and by one of two worker processes, both on
this machine (distributed.LocalCluster: the same scheduler, workers and task code as a real
cluster, over TCP on 127.0.0.1). Prints the wall times, the cluster's overhead per submission
against the local pool, whether the three agree on every per-cell score, and how many results
per second the main process merges (rnncourse.class_grading.merge) into SQLite and into PostgreSQL
(a server started here, as in the tests). Asserts nothing.
"""

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from class_grading import cell_scores, prepared_copy, synthetic_class  # noqa: E402
from nbgrader.api import Gradebook  # noqa: E402

from rnncourse.class_grading import grade_class  # noqa: E402
from rnncourse.class_grading.merge import merge  # noqa: E402
from rnncourse.common.coursedir import Course  # noqa: E402
from rnncourse.common.results import Result  # noqa: E402
from rnncourse.tooling.release import ensure_released  # noqa: E402
from tests.services import PostgresServer  # noqa: E402

MERGES = 1000


def on_local_pool(course):
    grade_class(course, [], feedback=False)


def on_dask(workers):
    def grade(course):
        from distributed import LocalCluster
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          host="127.0.0.1") as cluster:
            grade_class(course, [], feedback=False, scheduler=cluster.scheduler_address)
    return grade


def timed(function, *args):
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def merges_per_second(template, db_url, copy_root):
    """Merge MERGES kept results (the local run's, under new student ids) into a new gradebook."""
    course = Course().scratch_copy(copy_root)
    course.db_url = db_url
    results = [Result(**r.__dict__) for r in (Result.load(template.root, a, s.name) for a in template.assignments
                                              for s in (template.root / "submitted").iterdir()) if r]
    ensure_released(course, template.assignments)
    with warnings.catch_warnings(), Gradebook(db_url, "rnn-course") as gradebook:
        warnings.simplefilter("ignore")  # nbgrader's own autoflush warnings, as in grade_class
        start = time.perf_counter()
        for i in range(MERGES):
            result = results[i % len(results)]
            result.student = f"merged_{i:05d}"
            merge(gradebook, result, None)
        return MERGES / (time.perf_counter() - start)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=20)
    args = parser.parse_args(argv)
    ways = {"local process pool": on_local_pool, "Dask, 1 worker": on_dask(1), "Dask, 2 workers": on_dask(2)}
    with tempfile.TemporaryDirectory(prefix="cluster-grading-benchmark-") as scratch:
        handed_in = synthetic_class(Course(), args.students)
        courses = {way: prepared_copy(Path(scratch) / f"way{i}", handed_in) for i, way in enumerate(ways)}
        seconds = {way: timed(grade, courses[way]) for way, grade in ways.items()}
        scores = {way: cell_scores(course) for way, course in courses.items()}
        local = courses["local process pool"]
        sqlite_rate = merges_per_second(local, f"sqlite:///{scratch}/merge.db", Path(scratch) / "merge_sqlite")
        server = PostgresServer()
        try:
            postgres_rate = merges_per_second(local, server.create_database("merge"), Path(scratch) / "merge_pg")
        finally:
            server.stop()
    submissions = sum(len(a) for a in handed_in.values())
    print(f"\n{args.students} students, {submissions} submissions, grading only (no feedback)")
    for way, taken in seconds.items():
        print(f"{way + ':':40s} {taken:7.1f} s  ({taken / submissions:5.2f} s per submission)")
    overhead = (seconds["Dask, 2 workers"] - seconds["local process pool"]) / submissions
    print(f"{'Dask (2 workers) overhead vs local pool:':40s} {overhead:+7.2f} s per submission (cluster start included)")
    agree = all(s == scores["local process pool"] for s in scores.values())
    print(f"{'per-cell scores agree (all three):':40s} {'yes' if agree else 'NO'} ({len(scores['local process pool'])} submissions)")
    print(f"{'merges into SQLite:':40s} {sqlite_rate:7.0f} results/s")
    print(f"{'merges into PostgreSQL:':40s} {postgres_rate:7.0f} results/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
