"""Training time of the rnn_training reference experiment: vectorized against one model at a time.

    .venv/bin/python benchmarks/training_speed.py

Runs the master notebook's full experiment (NBGRADER_EXECUTION unset), which trains all models
of one sequence length at once and records (T, models, updates, seconds) per length. The same
training done sequentially, one model and one sequence at a time with the notebook's `train`
(forward, backward, update of the class), is timed on SAMPLE updates per length and scaled to
the experiment's numbers of models and updates.
"""

import contextlib
import io
import os
import time
from pathlib import Path

import matplotlib
import nbformat

matplotlib.use("Agg")

MASTER = Path(__file__).resolve().parent.parent / "source" / "rnn_training" / "rnn_training.ipynb"
CELLS = ["imports", "stable_loss", "model", "generate_data", "backward", "update", "train", "experiment"]
SAMPLE = 200  # sequential updates timed per sequence length


def notebook_namespace():
    """The master's code cells named in CELLS, executed in order (the experiment included)."""
    os.environ.pop("NBGRADER_EXECUTION", None)
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c.source for c in nbformat.read(MASTER, 4).cells}
    namespace = {}
    with contextlib.redirect_stdout(io.StringIO()):
        for grade_id in CELLS:
            exec(compile(cells[grade_id], f"<cell {grade_id}>", "exec"), namespace)
    return namespace


def sequential_seconds(namespace, T, updates):
    """Seconds for one model to take `updates` updates at length T, timed on SAMPLE of them."""
    model = namespace["FullyRecurrentNetwork"](1, namespace["HIDDEN_UNITS"], 1)
    start = time.perf_counter()
    namespace["train"](model, T, 1.0, SAMPLE)
    return (time.perf_counter() - start) * updates / SAMPLE


def main():
    start = time.perf_counter()
    namespace = notebook_namespace()
    print(f"full experiment cell (training, evaluation, plots): {time.perf_counter() - start:.1f} s\n")
    print(f"{'T':>4} {'models':>6} {'updates':>7} {'vectorized':>11} {'sequential':>11} {'ratio':>6}")
    totals = [0.0, 0.0]
    for T, models, updates, seconds in namespace["timings"]:
        sequential = models * sequential_seconds(namespace, T, updates)
        totals = [totals[0] + seconds, totals[1] + sequential]
        print(f"{T:4d} {models:6d} {updates:7d} {seconds:10.2f}s {sequential:10.1f}s {sequential / seconds:6.1f}")
    print(f"\ntraining, all lengths: vectorized {totals[0]:.1f} s, sequential {totals[1]:.0f} s "
          f"(estimated from {SAMPLE} updates per length), ratio {totals[1] / totals[0]:.1f}")


if __name__ == "__main__":
    main()
