"""Reading a screen's state from the URL's query string, safely.

Every value a teacher can share lives in the query string. Values are parsed here into
plain Python values; anything unknown or malformed falls back to the default and leaves a
short notice for the page to show. Nothing here raises for bad input.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from vitd.text import escape_markdown

MAX_VALUE_CHARS = 200
"""Longer query values are ignored: no honest link needs them."""


def _shown(value: str) -> str:
    """A bad value as it may be echoed in a notice: short, and Markdown-escaped."""
    short = value if len(value) <= 30 else value[:30] + "…"
    return escape_markdown(short)


@dataclass
class UrlState:
    """Typed access to query parameters, with notices for values that were ignored.

    ``params`` maps a name to all its values (a name may repeat in a URL). When it repeats,
    :meth:`choice`, :meth:`text`, :meth:`flag` and :meth:`number` read the last value (and fall
    back to the default with a notice if that one is bad, whatever came before); :meth:`choices`
    joins every value in order. One value over :data:`MAX_VALUE_CHARS` ignores the whole name.
    """

    params: Mapping[str, Sequence[str]]
    notices: list[str] = field(default_factory=list)

    def _values(self, name: str) -> list[str]:
        values = [v for v in self.params.get(name, ()) if isinstance(v, str)]
        if any(len(v) > MAX_VALUE_CHARS for v in values):
            self.notices.append(f"The link's **{name}** value was too long and was ignored.")
            return []
        return values

    def _note(self, name: str, value: str) -> None:
        self.notices.append(f"The link's **{name}** value “{_shown(value)}” isn't recognised, so the default is shown.")

    def choice(self, name: str, options: Sequence[str], default: str) -> str:
        """One value from ``options`` (matched case-insensitively), else ``default``."""
        values = self._values(name)
        if not values:
            return default
        by_fold = {o.casefold(): o for o in options}
        found = by_fold.get(values[-1].strip().casefold())
        if found is None:
            self._note(name, values[-1])
            return default
        return found

    def choices(self, name: str, options: Sequence[str], default: Sequence[str]) -> list[str]:
        """Several values from ``options``, given as ``a,b`` or as repeated ``name=a&name=b``.

        Unknown items are dropped with a notice; if none is left, ``default`` is used.
        An empty value (``name=``) means an empty selection.
        """
        values = self._values(name)
        if not values:
            return list(default)
        items = [item.strip() for v in values for item in v.split(",")]
        if all(not item for item in items):
            return []
        by_fold = {o.casefold(): o for o in options}
        chosen: list[str] = []
        for item in items:
            if not item:
                continue
            found = by_fold.get(item.casefold())
            if found is None:
                self._note(name, item)
            elif found not in chosen:
                chosen.append(found)
        return chosen if chosen else list(default)

    def number(self, name: str, default: float | None, low: float, high: float) -> float | None:
        """A finite number within ``low``..``high``, else ``default`` with a notice."""
        values = self._values(name)
        if not values:
            return default
        raw = values[-1].strip().replace(",", ".")
        try:
            value = float(raw)
        except ValueError:
            self._note(name, values[-1])
            return default
        if not math.isfinite(value) or not low <= value <= high:
            self.notices.append(
                f"The link's **{name}** value “{_shown(raw)}” is outside {low:g}–{high:g}, so the default is shown."
            )
            return default
        return value

    def flag(self, name: str) -> bool:
        """True for ``1``, ``true``, ``yes`` or ``on``; false when absent; a notice for anything else."""
        values = self._values(name)
        if not values:
            return False
        value = values[-1].strip().casefold()
        if value in {"1", "true", "yes", "on"}:
            return True
        if value not in {"0", "false", "no", "off", ""}:
            self._note(name, values[-1])
        return False

    def text(
        self, name: str, default: str = "", max_chars: int = 80, allowed: Callable[[str], bool] | None = None
    ) -> str:
        """Free text such as a search term: trimmed, control characters removed, at most ``max_chars``."""
        values = self._values(name)
        if not values:
            return default
        cleaned = "".join(ch for ch in values[-1] if ch.isprintable()).strip()[:max_chars]
        if allowed is not None and not allowed(cleaned):
            self._note(name, values[-1])
            return default
        return cleaned
