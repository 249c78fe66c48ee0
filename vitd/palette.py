"""Colours: one colour-blind-safe palette (Okabe & Ito) for every chart.

Colour never carries meaning alone: charts also use labels, patterns or order.
"""

from __future__ import annotations

OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)

SEVERITY: dict[str, str] = {
    "low": "#D55E00",  # vermillion: too low / at risk
    "borderline": "#E69F00",  # orange
    "ok": "#009E73",  # bluish green
    "high": "#CC79A7",  # reddish purple: potentially harmful
}
"""Status colours, from worst-low to too-high; always shown with a text label."""
