"""``risk_screen.json``: the Risk check screen's own words (buttons, result, chart sentence, summary).

Sentences with ``{placeholders}`` are filled in by :mod:`vitd.risk`; each may use only the
placeholders listed in :data:`PLACEHOLDERS`, so a typo shows up in ``python -m vitd validate``.
"""

from __future__ import annotations

from vitd.models.base import DocSpec, wording

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "prediction": frozenset({"prediction", "verdict", "actual"}),
    "metric_label": frozenset({"max"}),
    "unsure": frozenset({"count"}),
    "one_point": frozenset({"value"}),
    "many_points": frozenset({"value"}),
    "chart_total": frozenset({"total", "max", "parts"}),
    "chart_total_zero": frozenset({"total", "max"}),
    "chart_cutoffs": frozenset({"cutoffs"}),
    "summary_score": frozenset({"total", "max", "band"}),
    "summary_unsure": frozenset({"count"}),
    "summary_about": frozenset({"name", "population", "outcome", "accuracy"}),
    "summary_reference": frozenset({"reference"}),
    "sun_link": frozenset({"place"}),
}


RiskScreen = wording(
    "RiskScreen",
    (
        "predict reveal start_again prediction matches differs reasoning pick_first metric_label next_step "
        "points_table factor answer points unsure flags_heading no_flags tick_flags why_we_ask download reset "
        "about_heading one_point many_points chart_unscored chart_total chart_total_zero chart_cutoffs "
        "summary_title summary_score summary_unsure summary_flags summary_no_flags summary_about "
        "summary_reference sun_link"
    ),
    "Texts of the Risk check screen and of the summary a reader downloads.",
)


RISK_SCREEN = DocSpec("risk_screen.json", RiskScreen, placeholders=PLACEHOLDERS, used_on=("risk_check",))
