"""Two ways of doing one job, timed side by side: rounds alternate which of them goes first,
so that a machine getting busier or quieter during the run weighs on both alike."""

import statistics


def alternating_rounds(ways, rounds):
    """Run each of `ways` ({name: function returning seconds}) once a round, the order reversed
    every other round, printing each figure; returns {name: median seconds}."""
    times = {name: [] for name in ways}
    for round_number in range(rounds):
        order = list(ways) if round_number % 2 == 0 else list(reversed(ways))
        for name in order:
            times[name].append(ways[name]())
            print(f"round {round_number + 1} {name:15s} {times[name][-1]:6.2f} s", flush=True)
    return {name: statistics.median(values) for name, values in times.items()}


def print_medians(heading, medians, unit="s per submission"):
    """The medians, and the ratio of the first to the second."""
    print(f"\n{heading}")
    for name, seconds in medians.items():
        print(f"  {name:15s} {seconds:6.2f} {unit}")
    first, second = medians
    print(f"  ratio           {medians[first] / medians[second]:6.2f} ({first} / {second})")
