# A perfect submission: every solution cell as in the master, nothing else changed.
# base: solution
