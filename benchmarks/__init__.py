"""Benchmarks: each module prints its figures when run and exposes a function the quality-gate test calls."""
