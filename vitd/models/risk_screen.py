"""``risk_screen.json``: the Risk check screen's own words (buttons, result, chart sentence, summary).

Sentences with ``{placeholders}`` are filled in by :mod:`vitd.risk`; each may use only the
placeholders listed in :data:`PLACEHOLDERS`, so a typo shows up in ``python -m vitd validate``.
"""

from __future__ import annotations

from collections.abc import Iterable

from vitd.models.base import ContentModel, DocSpec, Text, check_templates

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


class RiskScreen(ContentModel):
    """Texts of the Risk check screen and of the summary a reader downloads."""

    predict: Text
    reveal: Text
    start_again: Text
    prediction: Text
    matches: Text
    differs: Text
    reasoning: Text
    pick_first: Text
    metric_label: Text
    next_step: Text
    points_table: Text
    factor: Text
    answer: Text
    points: Text
    unsure: Text
    flags_heading: Text
    no_flags: Text
    tick_flags: Text
    why_we_ask: Text
    download: Text
    reset: Text
    about_heading: Text
    one_point: Text
    many_points: Text
    chart_unscored: Text
    chart_total: Text
    chart_total_zero: Text
    chart_cutoffs: Text
    summary_title: Text
    summary_score: Text
    summary_unsure: Text
    summary_flags: Text
    summary_no_flags: Text
    summary_about: Text
    summary_reference: Text
    sun_link: Text


def _check(doc: RiskScreen) -> Iterable[tuple[str, str | None, str]]:
    return check_templates(doc, PLACEHOLDERS)


RISK_SCREEN = DocSpec("risk_screen.json", RiskScreen, check=_check, used_on=("risk_check",))
