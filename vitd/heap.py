"""Keep Python's cyclic garbage collector off the app's long-lived objects.

Once pandas, pyarrow, Streamlit and the content are loaded, the process holds well over a hundred
thousand objects that live as long as it does, and every full collection walked all of them: under a
burst of a hundred sessions each one took 50–100 ms (``bench/load.py``). After the first screen has
loaded them, :func:`freeze_long_lived` moves them to the collector's permanent generation
(``gc.freeze``), so collections look only at what the sessions create, and collects the youngest
generation every :data:`YOUNG_THRESHOLD` allocations instead of 700, so a burst triggers fewer
collections. Reference counting still frees everything as before; ``bench/load.py --soak`` checks
that memory stays flat. Together these cut the burst's p95 by about 8 %.
"""

from __future__ import annotations

import gc
import importlib
import threading

LONG_LIVED_MODULES = (
    "pandas",
    "pyarrow",
    "vitd.charts.foods",
    "vitd.charts.levels",
    "vitd.charts.mechanism",
    "vitd.charts.prevalence",
    "vitd.charts.risk",
    "vitd.charts.symptoms",
)
"""Imported before freezing, so the first screen a process shows need not be the one that loads them."""

YOUNG_THRESHOLD = 50_000
"""Allocations between collections of the youngest generation (Python's default is 700)."""

_lock = threading.Lock()
_frozen = False


def freeze_long_lived() -> bool:
    """Import the heavy modules, collect once, then freeze every object alive; only the first call
    in a process does anything. Returns True if this call froze the heap."""
    global _frozen
    if _frozen:
        return False
    with _lock:
        if _frozen:
            return False
        for name in LONG_LIVED_MODULES:
            importlib.import_module(name)
        gc.collect()
        gc.freeze()
        _, middle, old = gc.get_threshold()
        gc.set_threshold(YOUNG_THRESHOLD, middle, old)
        _frozen = True
        return True
