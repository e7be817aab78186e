"""The benchmarks stay runnable: `python -m bench --smoke` finishes and reports every row.

Not a timed test: nothing here looks at how fast anything was; benchmarks only measure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import EXPECTED_ROWS

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_smoke_run_reports_every_row(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--json", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(out.read_text())
    rows = {row["measure"]: row for row in data["rows"]}
    expected = [name for names in EXPECTED_ROWS.values() for name in names]
    missing = [name for name in expected if name not in rows]
    assert not missing, (missing, proc.stdout, proc.stderr[-3000:])
    broken = [name for name in expected if rows[name]["verdict"] == "error"]
    assert not broken, (broken, proc.stdout)
    valueless = [name for name in expected if rows[name]["value"] is None]
    assert not valueless, (valueless, proc.stdout)
    assert data["smoke"] is True
    assert data["machine"]["cpus"] >= 1
    for name in expected:  # the printed table has the same rows as the JSON
        assert name in proc.stdout


def test_table_lists_baseline_and_verdict_columns() -> None:
    from bench.__main__ import table
    from bench.common import Row

    text = table([Row("x.time", 30.0, 10.0, "ms", "<= 1.5x bare", "MISSED")])
    header, _rule, line = text.splitlines()
    assert header.split() == ["measure", "value", "baseline", "ratio/target", "verdict"]
    assert "30.0 ms" in line and "10.0 ms" in line and "3.00x" in line and "MISSED" in line
