"""The scale benchmark's protocol: which runs it makes, in what order, and which it reports (no timing here)."""
from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import scale


def test_the_smallest_size_is_run_around_the_larger_ones_and_reported_by_its_median(monkeypatch: pytest.MonkeyPatch,
                                                                                      tmp_path: Path) -> None:
    calls: list[int] = []
    costs = {1000: iter([1.4, 0.9, 1.0, 1.1, 0.8]), 10000: iter([1.5, 1.3, 1.6, 1.2, 1.4]), 100000: iter([2.0])}

    def fake_run(size: int, workdir: Path) -> dict[str, float]:
        calls.append(size)
        return {"articles": size, "store_dup_assign_ms_per_article": next(costs[size])}

    monkeypatch.setattr(scale, "_in_subprocess", fake_run)
    results = scale.run([10000, 1000, 100000], tmp_path, pipeline_articles=0)
    assert calls == [1000] * 3 + [10000] * 5 + [100000] + [1000] * 2
    assert [(s["articles"], s["store_dup_assign_ms_per_article"], s["runs"]) for s in results["sizes"]] == [
        (1000, 1.0, 5), (10000, 1.4, 5), (100000, 2.0, 1)]
    assert results["cost_ratio_largest_to_smallest"] == 2.0
    assert "pipeline" not in results
