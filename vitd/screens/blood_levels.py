"""Blood test (``/blood_levels``): a 25(OH)D result in, its band under each guideline out.

The result a reader types is theirs: :func:`result_view` is built on each run and never kept
in a cache shared by other sessions. The bands, their chart and table (:func:`bands_view`)
depend only on the chart's axis, so they are built once and shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from vitd import levels, params
from vitd.charts import ChartWithTwin
from vitd.charts.levels import band_chart, with_marker
from vitd.choices import Choice, Declaration, Options
from vitd.citations import sources_line
from vitd.content import Content, per_content
from vitd.models.blood_test import BLOOD_TEST, BloodTest
from vitd.models.serum_levels import SERUM_LEVELS, SerumBand
from vitd.models.units import UNITS
from vitd.text import frame_markdown


@dataclass(frozen=True)
class BloodChoices:
    value: str = ""
    unit: str = levels.NMOL_L
    guideline: str = ""


def _guidelines(content: Content) -> Options:
    return tuple(levels.guidelines(content.table(SERUM_LEVELS)).items())


CHOICES = Declaration(
    "blood_levels",
    BloodChoices,
    (
        Choice(
            "value", params.BLOOD_VALUE, "Your 25(OH)D result", "number", max_chars=40, examples=("20", "60.5", "130")
        ),
        Choice("unit", params.BLOOD_UNIT, "Unit", "one", options=tuple((u, u) for u in levels.UNITS)),
        Choice("guideline", params.GUIDELINE, "Guideline", "one", options=_guidelines),
    ),
)


@dataclass(frozen=True)
class ResultView:
    """What the screen says about the reader's own result (built on each run, never shared)."""

    texts: BloodTest
    axis_max: float
    message: str
    message_kind: Literal["info", "warning"] | None
    conversion: str = ""
    harmful: tuple[str, ...] = ()
    chosen: SerumBand | None = None
    chosen_sources: str = ""
    comparison: str = ""
    comparison_table: pd.DataFrame | None = None
    unit_note: str = ""
    marker_nmol_l: float | None = None
    marker_label: str = ""


def result_view(content: Content, choices: BloodChoices) -> ResultView:
    """The reader's result read, converted and banded under every guideline."""
    bands = content.table(SERUM_LEVELS)
    units = content.doc(UNITS)
    texts = content.doc(BLOOD_TEST)
    reading = levels.read_result(choices.value, choices.unit, units, texts.input.plausible_max_nmol_l)
    axis_max = levels.axis_max_nmol_l(bands, reading.nmol_l if reading.ok else None)
    message = levels.input_message(reading, choices.value, texts.input, units)
    if reading.problem is not None or reading.value is None or reading.nmol_l is None:
        kind: Literal["info", "warning"] = "info" if reading.problem == "empty" else "warning"
        return ResultView(texts, axis_max, message, kind)
    found = levels.bands_for_all(reading.value, choices.unit, bands, units)
    chosen = levels.band_for(reading.value, choices.unit, choices.guideline, bands, units)
    shown_value = levels.format_number(reading.value, 2)
    comparison = texts.result.differs if levels.guidelines_differ(found) else texts.result.same
    return ResultView(
        texts,
        axis_max,
        message,
        None,
        conversion=levels.conversion_text(reading, texts.result.conversion, units),
        harmful=tuple(
            levels.fill(texts.result.harmful, band=band.band, guideline=band.guideline, meaning=band.meaning)
            for band in levels.harmful_bands(reading.value, choices.unit, bands, units)
        ),
        chosen=chosen,
        chosen_sources=sources_line(chosen.source_ids),
        comparison=levels.fill(comparison, value=shown_value, unit=choices.unit),
        comparison_table=levels.comparison_frame(found),
        unit_note=levels.unit_note(choices.unit, texts.result.ng_ml_rule),
        marker_nmol_l=reading.nmol_l,
        marker_label=levels.marker_label(reading, texts.chart.marker),
    )


@per_content
def bands_view(content: Content, axis_max: float) -> ChartWithTwin:
    """Every guideline's bands on one axis ending at ``axis_max`` nmol/L (shared by every session).

    The table twin is a Markdown table: it wraps on a phone instead of scrolling.
    """
    bands = content.table(SERUM_LEVELS)
    texts = content.doc(BLOOD_TEST)
    rows = levels.bands_frame(bands, axis_max)
    return ChartWithTwin(
        chart=band_chart(rows, axis_max, content.doc(UNITS).nmol_l_per_ng_ml.value),
        alt=levels.chart_description(bands, texts.chart.alt, axis_max),
        twin=frame_markdown(levels.table_twin(rows)),
        sources=sources_line(dict.fromkeys(sid for b in bands for sid in b.source_ids)),
    )


def chart_with_result(bands: ChartWithTwin, result: ResultView) -> dict[str, Any]:
    """The shared band chart with the reader's result marked (a new spec; the shared one is unchanged)."""
    if result.marker_nmol_l is None:
        return bands.chart
    return with_marker(bands.chart, result.axis_max, result.marker_nmol_l, result.marker_label)
