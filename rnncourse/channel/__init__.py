"""The judging channel between the grader and a student's kernel: only plain data (numbers,
numeric arrays, lists, graphs) and the names of the notebook's functions cross it, so nothing
made by student code runs in the grader. Imports nothing of rnncourse outside it."""

from .student import (
                      Remote,
                      Student,
                      StudentError,
                      StudentTimeout,
                      attribute_setter,
                      course_function,
                      iterator_factory,
                      replaced,
                      take,
)
from .transport import in_kernel, in_process

__all__ = ["Remote", "Student", "StudentError", "StudentTimeout", "attribute_setter", "course_function",
           "in_kernel", "in_process", "iterator_factory", "replaced", "take"]
