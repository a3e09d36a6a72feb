"""Quality gate: recall of ECB+ gold time mentions must not fall below the floors in quality_gates.json."""
import pytest

from benchmarks._shared import quality_floors
from benchmarks.time_expressions import measure


@pytest.mark.slow
def test_time_expression_recall_on_ecbplus_meets_floors(shared, resources):
    floors = quality_floors("time_expressions")
    figures = measure(every=int(floors["every"]), resources=resources)
    for name, floor in floors.items():
        if name != "every":
            assert figures[name] >= floor, f"{name} {figures[name]} < floor {floor}"
