"""Query-parameter names: one constant per shareable choice.

Pages, the lesson-link builder and the tests all use these constants, so a parameter is
spelled in exactly one place. Once teachers have shared links, never rename a value here.
"""

from __future__ import annotations

# --- every screen ---
PRESENT = "present"
"""``present=1``: presenter view (large type, high contrast) for a projector."""

# --- Key points (/) ---

# --- Symptom comparison (/symptoms) ---

# --- Risk check (/risk_check) ---

# --- Food sources (/food_sources) ---

# --- Blood test (/blood_levels) ---

# --- Quiz (/quiz) ---

# --- Sources (/sources) ---
REF = "ref"
"""``ref=S1``: highlight one reference (used by source links on every screen)."""

# --- For educators (/teach) ---
