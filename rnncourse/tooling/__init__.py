"""Course tooling for instructors and teaching assistants: the `rnn-course` command, releasing
assignments, the demo class, the corpus of submissions and its quick checks. The top room:
imports rnncourse.class_grading, the grading core, rnncourse.sandbox and rnncourse.common."""
