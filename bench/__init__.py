"""Benchmarks: what the operator feels, against a bare Qt baseline measured in the same run.

`python -m bench` prints the table; see the README, Performance. Not tests: nothing here
fails on speed. Child programs are started as `python -m bench.<module> ...`, so this
package imports nothing heavy.
"""
