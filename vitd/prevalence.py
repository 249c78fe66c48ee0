"""Prevalence of low vitamin D: the figures as a table, each with its cut-off, and as a sentence."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from vitd.models.prevalence import PrevalenceRow

COLUMNS = ("population", "cutoff", "below_nmol_l", "percent", "interval", "years", "computed", "source_ids")


def cutoff_label(below_nmol_l: float) -> str:
    """``Below 30 nmol/L``."""
    return f"Below {below_nmol_l:g} nmol/L"


def _percent(value: float) -> str:
    return f"{value:.1f}%"


def prevalence_table(rows: Sequence[PrevalenceRow]) -> pd.DataFrame:
    """One row per population and cut-off, in file order, with display-ready texts.

    ``interval`` is the published 95% range, or how the figure was computed for computed rows.
    """
    records = []
    for row in rows:
        if row.computed:
            interval = f"computed: {row.computed_from}"
        elif row.interval_low is not None and row.interval_high is not None:
            interval = f"{row.interval_low:.1f}–{row.interval_high:.1f}%"
        else:
            interval = ""
        records.append(
            {
                "population": row.population,
                "cutoff": cutoff_label(row.below_nmol_l),
                "below_nmol_l": row.below_nmol_l,
                "percent": row.percent,
                "interval": interval,
                "years": row.years,
                "computed": row.computed,
                "source_ids": ", ".join(row.source_ids),
            }
        )
    return pd.DataFrame.from_records(records, columns=list(COLUMNS))


def cutoffs_in(table: pd.DataFrame) -> list[float]:
    """The cut-offs in the table, lowest first."""
    return sorted(set(table["below_nmol_l"].tolist()))


def chart_title(table: pd.DataFrame) -> list[str]:
    """A two-line title naming every cut-off: ``People with blood 25(OH)D`` / ``below 30, 50 or 75 nmol/L``."""
    values = [f"{c:g}" for c in cutoffs_in(table)]
    listed = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]
    return ["People with blood 25(OH)D", f"below {listed} nmol/L"]


def prevalence_sentence(table: pd.DataFrame) -> str:
    """The chart in words, population by population, each figure with its cut-off."""
    sentences = []
    for population, group in table.groupby("population", sort=False):
        parts = []
        for row in group.sort_values("below_nmol_l").itertuples():
            computed = " (computed)" if row.computed else ""
            parts.append(f"{_percent(row.percent)}{computed} below {row.below_nmol_l:g} nmol/L")
        years = group["years"].iloc[0]
        sentences.append(f"{population} ({years}): {', '.join(parts)}.")
    return " ".join(sentences)
