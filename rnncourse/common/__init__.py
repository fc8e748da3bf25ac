"""Helpers every room of the package may use: the course directory, errors for the user,
digests, and the record of one graded submission. Imports nothing of rnncourse above it."""
