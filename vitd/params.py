"""Query-parameter names: one constant per shareable choice.

Each screen's declaration (``vitd/screens/<screen>.py``) says what a parameter's values, default
and label are; here only its name is spelled, once, for the declarations, the lesson plan and the
tests. Once teachers have shared links, never rename one.
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
"""``view=cards``: stacked cards per condition (for phones): ``table`` or ``cards``."""

# --- Risk check (/risk_check) ---
MODE = "mode"
"""``mode=persona`` (a fictional person, the default) or ``mode=myself``. Answers never go in the URL."""
PERSONA = "persona"
"""``persona=edith``: the fictional person's id in ``personas.json``."""

# --- Food sources (/food_sources) ---
DIET = "diet"
"""``diet=vegan``: only foods that fit a diet (``all``, the default, filters nothing)."""
FOOD_GROUP = "group"
"""``group=fish,mushrooms``: only these food groups; ids are the ``food_group`` names of foods.csv in lower
case with words joined by hyphens (``Dairy & eggs`` is ``dairy-eggs``). Default: every group."""
FORTIFIED = "fortified"
"""``fortified=no``: fortified foods only (``yes``), unfortified only (``no``) or both (``any``, the default)."""
FOOD_SEARCH = "q"
"""``q=salmon``: only foods whose name or group contains every word."""
LIFE_STAGE = "stage"
"""``stage=adults-over-70``: whose daily target and upper limit are shown; an ``id`` from intake.csv
(default: adults 19–50)."""
FOOD_UNIT = "unit"
"""``unit=iu``: the unit of every amount: ``mcg``, ``IU`` or ``DV`` (matched case-insensitively)."""
BASIS = "basis"
"""``basis=100g``: amounts per serving (the default) or per 100 g."""
PLAN = "plan"
"""``plan=trout:1,egg:2``: the day planner's foods (``id`` from foods.csv) and servings, comma-separated."""

# --- Sun and seasons (/sun) ---
PLACE = "place"
"""``place=edinburgh``: the place whose sun is shown, an ``id`` from places.csv (default: the place
marked ``default``)."""
LATITUDE = "lat"
"""``lat=-33.9``: any latitude in degrees, -90 (south pole) to 90 (north pole); wins over ``place``."""
SUN_DATE = "date"
"""``date=12-21``: the day shown, as month-day ``MM-DD`` (default: today)."""
SUN_COMPARE = "compare"
"""``compare=singapore``: a second place drawn beside the first, an ``id`` from places.csv."""

# --- Blood test (/blood_levels) ---
BLOOD_VALUE = "value"
"""``value=20``: the 25(OH)D result as typed on the lab report (any text; checked by ``vitd.levels``)."""
BLOOD_UNIT = "unit"
"""``unit=ng/mL``: the result's unit: ``nmol/L`` or ``ng/mL`` (matched case-insensitively)."""
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
"""``section=glossary``: which part of the Sources screen is open: ``references``, ``glossary`` or ``numbers``."""

# --- For educators (/teach) ---
