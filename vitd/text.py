"""Making content text safe to show: Markdown escaping for values that come from files or URLs."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

import pandas as pd

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$:])")


def escape_markdown(text: str, *, code: bool = False) -> str:
    """Escape text so Markdown shows it literally.

    With ``code=True`` the text is meant to go inside single backticks, where only
    backticks need handling.
    """
    if code:
        return text.replace("`", "'")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def parse_number(text: str | None) -> float | None:
    """A finite number from typed text (``20``, `` 20.5 ``, ``20,5``), else None."""
    if text is None:
        return None
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def number_for_url(value: float) -> str:
    """A typed number as it goes in the link: ``20``, ``20.5`` (no exponent, no separators)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in {"", "-0"} else text


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table; cells are written as they are (escape text that is not Markdown first).

    A Markdown table wraps its cells on a narrow screen instead of scrolling sideways.
    """

    def cell(value: object) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def frame_markdown(frame: pd.DataFrame) -> str:
    """A small DataFrame as a Markdown table (its cells escaped, so they show as typed)."""
    rows = ([escape_markdown(str(cell)) for cell in row] for row in frame.itertuples(index=False))
    return markdown_table([escape_markdown(str(c)) for c in frame.columns], rows)
