"""Blood test levels: reading a typed 25(OH)D result and finding its status band.

Pure functions over plain values and the records of ``serum_levels.csv``. Units are the
strings in :data:`UNITS`; conversions go through :mod:`vitd.units`.

How a result is banded: a result in nmol/L is compared with the nmol/L limits. A result in
ng/mL is compared with the limits the guideline publishes in ng/mL (``ng_ml_min`` /
``ng_ml_max``) when it publishes them, and otherwise with its nmol/L conversion. Published
limits in the two units are rounded separately (the IOM's 12 ng/mL is 29.95 nmol/L, not 30),
so comparing like with like keeps a result on a published limit in the band the guideline
names for it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from vitd.citations import source_links
from vitd.models.blood_test import ClinicianTexts, GuidelineTexts, InputTexts, Sourced
from vitd.models.serum_levels import SerumBand
from vitd.models.units import Units
from vitd.text import escape_markdown, parse_number
from vitd.units import ng_ml_to_nmol_l, nmol_l_to_ng_ml

NMOL_L, NG_ML = "nmol/L", "ng/mL"
UNITS = (NMOL_L, NG_ML)
"""Units a result can be entered in; the first is the default."""

InputProblem = Literal["empty", "not_a_number", "not_positive", "too_high"]
"""Why a typed result can't be banded; each names a message in ``blood_test.json`` ``input``."""


@dataclass(frozen=True)
class Reading:
    """A typed result: the number (if any), its unit, both scales, and any problem with it."""

    value: float | None
    unit: str
    nmol_l: float | None
    ng_ml: float | None
    problem: InputProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def read_result(text: str, unit: str, units: Units, plausible_max_nmol_l: float) -> Reading:
    """Check a typed result (as it stands in the link) and put it on both scales.

    Empty text, text that is not a number, zero and negative results, and results above
    ``plausible_max_nmol_l`` once converted are problems, never errors.
    """
    if not text.strip():
        return Reading(None, unit, None, None, "empty")
    value = parse_number(text)
    if value is None:
        return Reading(None, unit, None, None, "not_a_number")
    nmol_l = to_nmol_l(value, unit, units)
    ng_ml = nmol_l_to_ng_ml(nmol_l, units)
    problem: InputProblem | None = None
    if value <= 0:
        problem = "not_positive"
    elif nmol_l > plausible_max_nmol_l:
        problem = "too_high"
    return Reading(value, unit, nmol_l, ng_ml, problem)


def to_nmol_l(value: float, unit: str, units: Units) -> float:
    """A result in ``unit`` on the nmol/L scale."""
    return ng_ml_to_nmol_l(value, units) if unit == NG_ML else value


def other_unit(unit: str) -> str:
    """The unit a result is converted to for display: ng/mL for nmol/L and the other way round."""
    return NMOL_L if unit == NG_ML else NG_ML


def guidelines(bands: Sequence[SerumBand]) -> dict[str, str]:
    """Guideline ids and names in file order; the first is the default."""
    found: dict[str, str] = {}
    for band in bands:
        found.setdefault(band.guideline_id, band.guideline)
    return found


def bands_of(guideline_id: str, bands: Sequence[SerumBand]) -> list[SerumBand]:
    """One guideline's bands, lowest first."""
    return sorted((b for b in bands if b.guideline_id == guideline_id), key=lambda b: b.nmol_l_min)


def _uses_ng_ml_limits(unit: str, own: Sequence[SerumBand]) -> bool:
    return unit == NG_ML and all(b.ng_ml_min is not None for b in own)


def band_for(value: float, unit: str, guideline_id: str, bands: Sequence[SerumBand], units: Units) -> SerumBand:
    """The band of ``guideline_id`` that a result of ``value`` ``unit`` falls in.

    A value on a boundary belongs to the upper band unless that band excludes its minimum
    (``includes_min``). Values at or below zero fall in the lowest band; callers check input
    with :func:`read_result` first. Raises KeyError for an unknown guideline.
    """
    own = bands_of(guideline_id, bands)
    if not own:
        raise KeyError(guideline_id)
    if _uses_ng_ml_limits(unit, own):
        x, low = value, [b.ng_ml_min for b in own]
    else:
        x, low = to_nmol_l(value, unit, units), [b.nmol_l_min for b in own]
    found = own[0]
    for band, start in zip(own, low, strict=True):
        if start is not None and (x > start or (x == start and band.includes_min)):
            found = band
    return found


def bands_for_all(value: float, unit: str, bands: Sequence[SerumBand], units: Units) -> list[SerumBand]:
    """The band a result falls in under each guideline, in file order."""
    return [band_for(value, unit, gid, bands, units) for gid in guidelines(bands)]


def harmful_bands(value: float, unit: str, bands: Sequence[SerumBand], units: Units) -> list[SerumBand]:
    """Bands of severity ``high`` (potentially harmful) that the result falls in, under any guideline."""
    return [b for b in bands_for_all(value, unit, bands, units) if b.severity == "high"]


def guidelines_differ(found: Sequence[SerumBand]) -> bool:
    """True when the guidelines give a result bands of different severity."""
    return len({b.severity for b in found}) > 1


def format_number(value: float, decimals: int = 1) -> str:
    """A number for reading: at most ``decimals`` places, no trailing zeros, thousands separated."""
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def range_label(band: SerumBand, unit: str, includes_max: bool = False) -> str:
    """The band's limits as text in ``unit``: ``< 30``, ``30 to < 50``, ``> 125``, ``≥ 75`` (with the unit).

    ``includes_max`` says the band keeps its upper limit because the next band starts just
    above it (the IOM's ``50 to 125``). For ng/mL the guideline's published limits are used;
    without them nothing is shown here (the chart's ng/mL axis covers that case).
    """
    if unit == NG_ML:
        low, high = band.ng_ml_min, band.ng_ml_max
        if low is None:
            return ""
    else:
        low, high = band.nmol_l_min, band.nmol_l_max
    if high is None:
        text = f"{'≥' if band.includes_min else '>'} {format_number(low)}"
    elif low == 0:
        text = f"{'≤' if includes_max else '<'} {format_number(high)}"
    else:
        text = f"{format_number(low)} to {'' if includes_max else '< '}{format_number(high)}"
    return f"{text} {unit}"


def _includes_max(band: SerumBand, bands: Sequence[SerumBand]) -> bool:
    """True when the band above this one excludes its minimum, so this band keeps the limit."""
    own = bands_of(band.guideline_id, bands)
    index = own.index(band)
    return index + 1 < len(own) and not own[index + 1].includes_min


def bands_frame(bands: Sequence[SerumBand], axis_max_nmol_l: float) -> pd.DataFrame:
    """One row per band for the chart and its table twin, in file order.

    ``end_nmol_l`` is the drawn end of the band: its maximum, or ``axis_max_nmol_l`` for the
    open-ended top band.
    """
    rows = [
        {
            "guideline_id": b.guideline_id,
            "guideline": b.guideline,
            "band": b.band,
            "severity": b.severity,
            "start_nmol_l": b.nmol_l_min,
            "end_nmol_l": b.nmol_l_max if b.nmol_l_max is not None else axis_max_nmol_l,
            "range_nmol_l": range_label(b, NMOL_L, _includes_max(b, bands)),
            "range_ng_ml": range_label(b, NG_ML, _includes_max(b, bands)),
            "meaning": b.meaning,
            "order": i,
        }
        for i, b in enumerate(bands)
    ]
    return pd.DataFrame(rows)


def axis_max_nmol_l(bands: Sequence[SerumBand], result_nmol_l: float | None = None) -> float:
    """Where the chart's nmol/L axis ends: past the highest band limit, and past the result."""
    limits = [b.nmol_l_max or b.nmol_l_min for b in bands]
    top = max([*limits, result_nmol_l or 0.0])
    return float(math.ceil(top * 1.2 / 25) * 25)


def fill(template: str, **values: str) -> str:
    """A content template with its ``{placeholders}`` replaced; unknown ones are left as typed.

    Plain replacement rather than ``str.format``, so braces elsewhere in content are harmless.
    Values must already be safe to show (escape text from the URL with ``escape_markdown``).
    """
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def input_message(reading: Reading, typed: str, messages: InputTexts, units: Units) -> str:
    """What to say about a result that can't be banded (``""`` for a valid one).

    ``typed`` is the result as it stands in the link; it is escaped before it is shown.
    """
    if reading.problem is None:
        return ""
    shown = escape_markdown(typed.strip()[:30])
    return fill(
        getattr(messages, reading.problem),
        value=format_number(reading.value, 2) if reading.value is not None else shown,
        unit=reading.unit,
        max_nmol_l=format_number(messages.plausible_max_nmol_l),
        max_ng_ml=format_number(nmol_l_to_ng_ml(messages.plausible_max_nmol_l, units), 0),
    )


def unit_note(unit: str, ng_ml_rule: str) -> str:
    """How a result in this unit is banded: the ng/mL rule for ng/mL, nothing for nmol/L."""
    return ng_ml_rule if unit == NG_ML else ""


def conversion_text(reading: Reading, template: str, units: Units) -> str:
    """The result converted to the other unit, from the ``result.conversion`` template."""
    if reading.value is None or reading.nmol_l is None or reading.ng_ml is None:
        return ""
    converted = reading.ng_ml if reading.unit == NMOL_L else reading.nmol_l
    return fill(
        template,
        value=format_number(reading.value, 2),
        unit=reading.unit,
        converted=format_number(converted),
        other_unit=other_unit(reading.unit),
        factor=format_number(units.nmol_l_per_ng_ml.value, 3),
    )


def comparison_frame(found: Sequence[SerumBand]) -> pd.DataFrame:
    """The band under each guideline, for a table: guideline, band, what it means."""
    return pd.DataFrame(
        {
            "Guideline": [b.guideline for b in found],
            "Band": [b.band for b in found],
            "What it means": [b.meaning for b in found],
        }
    )


def table_twin(frame: pd.DataFrame) -> pd.DataFrame:
    """The chart's data as a reader's table (:func:`bands_frame` with readable column names)."""
    return frame[["guideline", "band", "range_nmol_l", "range_ng_ml", "meaning"]].rename(
        columns={
            "guideline": "Guideline",
            "band": "Band",
            "range_nmol_l": "nmol/L",
            "range_ng_ml": "ng/mL (as published)",
            "meaning": "What it means",
        }
    )


def chart_description(bands: Sequence[SerumBand], template: str, axis_max: float) -> str:
    """The chart's text alternative: every guideline's bands and limits in one sentence."""
    parts = []
    for guideline_id, name in guidelines(bands).items():
        own = ", ".join(
            f"{b.band} {range_label(b, NMOL_L, _includes_max(b, bands))}" for b in bands_of(guideline_id, bands)
        )
        parts.append(f"{name}: {own}")
    return fill(template, guidelines="; ".join(parts), max_nmol_l=format_number(axis_max))


def marker_label(reading: Reading, template: str) -> str:
    """The label beside the result's line on the chart (``""`` without a valid result)."""
    if not reading.ok or reading.value is None or reading.nmol_l is None:
        return ""
    return fill(
        template, value=format_number(reading.value, 2), unit=reading.unit, nmol_l=format_number(reading.nmol_l)
    )


# --- the fixed texts, as Markdown ------------------------------------------------------------


def _sourced(note: Sourced) -> str:
    return f"{note.text} ({source_links(note.source_ids)})"


def guidelines_markdown(texts: GuidelineTexts) -> str:
    """Why the guidelines disagree and what replaced the 2011 bands, each with its sources."""
    return "\n\n".join(_sourced(note) for note in (texts.disagreement, texts.es2024))


def clinician_markdown(texts: ClinicianTexts) -> str:
    """What else a clinician looks at: the intro, the tests as a list, the stages numbered, the caveats."""
    tests = "\n".join(f"- **{t.name}**: {t.text} ({source_links(t.source_ids)})" for t in texts.tests)
    stages = "\n".join(
        f"{i}. **{s.name}**: {s.text} ({source_links(s.source_ids)})" for i, s in enumerate(texts.stages, start=1)
    )
    return "\n\n".join([_sourced(texts.intro), tests, texts.stages_intro, stages, *map(_sourced, texts.often_normal)])
