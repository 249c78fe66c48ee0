"""The long-lived heap is frozen once per process, by the first screen shown.

Other tests in this process may already have shown a screen, so the check runs in a fresh
Python process of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT
from vitd.heap import YOUNG_THRESHOLD

FRESH_PROCESS = """
import gc, json

freezes = []
_freeze = gc.freeze
gc.freeze = lambda: freezes.append(1) or _freeze()

from tests.conftest import run_screen
from vitd import heap

def seen():
    return {"frozen": gc.get_freeze_count(), "threshold": gc.get_threshold()[0], "freezes": len(freezes)}

before = seen()
run_screen("quiz")
first = seen()
run_screen("sources")
again = heap.freeze_long_lived()
print(json.dumps({"before": before, "first": first, "again": again, "later": seen()}))
"""


def test_the_first_screen_freezes_the_heap_and_later_calls_do_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    before, first, later = seen["before"], seen["first"], seen["later"]
    assert (before["frozen"], before["freezes"]) == (0, 0)  # nothing frozen before a screen is shown
    assert before["threshold"] != YOUNG_THRESHOLD
    assert first["freezes"] == 1
    assert first["frozen"] > 10_000  # the loaded modules and content, at least
    assert first["threshold"] == YOUNG_THRESHOLD
    assert seen["again"] is False
    assert (later["freezes"], later["threshold"]) == (1, YOUNG_THRESHOLD)  # a second screen froze nothing more
