"""`make bench` end to end on a few committed articles: rounds, medians and verdicts print."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_bench_reports_the_median_of_its_rounds():
    sample = ROOT / "corpus" / "sample" / "dantri_sample.jsonl"
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "bench.py"), "--input", str(sample),
                          "--docs", "4", "--repeats", "2"], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-2000:]
    out = run.stdout
    assert "round 1:" in out and "round 2:" in out
    assert "median of 2 rounds" in out
    for ratio in ("per-core throughput", "speed-up 1 → 2 workers", "peak RSS per worker"):
        line = next(ln for ln in out.splitlines() if ln.startswith(ratio))
        assert ("ok" in line.split()) != ("MISSED" in line.split())  # one verdict, then each round's value
        assert all(float(x) > 0 for x in line.split()[-2:])
    assert "documents: ok 4" in out
