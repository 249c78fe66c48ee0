"""Query-parameter names: one constant per shareable choice.

Pages, the lesson-link builder and the tests all use these constants, so a parameter is
spelled in exactly one place. Once teachers have shared links, never rename a value here.
"""

from __future__ import annotations

# --- every screen ---
PRESENT = "present"
"""``present=1``: presenter view (large type, high contrast) for a projector."""

# --- Key points (/) ---
LEVEL = "level"
"""``level=advanced``: reading level of the texts, ``student`` (the default) or ``advanced``."""
STEP = "step"
"""``step=osteomalacia``: the step of the cause-and-effect diagram whose explanation is shown (a node id
from mechanism.json; default: the first step)."""

# --- Symptom comparison (/symptoms) ---
CONDITIONS = "conditions"
"""``conditions=osteomalacia,myopathy``: the table's columns, ids from conditions.csv (default: the
conditions marked ``shown_by_default``; ``conditions=`` chooses none)."""
ASPECTS = "aspects"
"""``aspects=location,nature``: the table's rows, ids from symptom_aspects.csv (default: every aspect)."""
SYMPTOM_SEARCH = "q"
"""``q=calf``: show only the aspects whose cells mention the words, with the matches highlighted."""
RED_FLAGS = "red_flags"
"""``red_flags=1``: show only red-flag cells."""
COMPARE = "compare"
"""``compare=osteomalacia,myopathy``: compare two conditions, showing only the aspects where they differ
(wins over ``conditions``)."""
SYMPTOM_VIEW = "view"
"""``view=cards``: stacked cards per condition (for phones), one of :data:`SYMPTOM_VIEWS`."""
SYMPTOM_VIEWS = ("table", "cards")
"""Ways to show the comparison; the first is the default."""

# --- Risk check (/risk_check) ---
MODE = "mode"
"""``mode=persona`` (a fictional person, the default) or ``mode=myself``. Answers never go in the URL."""
PERSONA = "persona"
"""``persona=edith``: the fictional person's id in ``personas.json``."""

# --- Food sources (/food_sources) ---

# --- Blood test (/blood_levels) ---
BLOOD_VALUE = "value"
"""``value=20``: the 25(OH)D result as typed on the lab report (any text; checked by ``vitd.levels``)."""
BLOOD_UNIT = "unit"
"""``unit=ng/mL``: the result's unit, one of :data:`BLOOD_UNITS` (matched case-insensitively)."""
BLOOD_UNITS = ("nmol/L", "ng/mL")
"""Units a result can be entered in; the first is the default."""
GUIDELINE = "guideline"
"""``guideline=es2011``: whose bands to use; a ``guideline_id`` from serum_levels.csv (default: the first, ``iom``)."""

# --- Quiz (/quiz) ---
TOPIC = "topic"
"""``topic=foods``: only the questions on one topic; a topic ``id`` from quiz.json (default: every question)."""
QUESTION = "q"
"""``q=foods-units``: one question only; a question ``id`` from quiz.json (wins over ``topic``)."""

# --- Sources (/sources) ---
REF = "ref"
"""``ref=S1``: highlight one reference (used by source links on every screen)."""
TERM = "term"
"""``term=osteomalacia``: search the glossary (used by glossary links on every screen)."""
SECTION = "section"
"""``section=glossary``: which part of the Sources screen is open, one of :data:`SOURCES_SECTIONS`."""
SOURCES_SECTIONS = ("references", "glossary", "numbers")
"""Parts of the Sources screen; the first is the default (``term`` opens the glossary)."""

# --- For educators (/teach) ---
