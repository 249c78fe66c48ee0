"""The app's screens: the one list navigation, page titles and link builders are made from.

A screen's URL comes from its script's file name (``pages/symptoms.py`` is ``/symptoms``),
so ``script`` must never change once teachers have shared links to it.

Each screen with choices is declared once in a module of this package named after its id
(``vitd/screens/food_sources.py``): its ``CHOICES`` (what the link and the widgets carry) and its
``view`` (everything the page shows, built once per set of choices and shared).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vitd.choices import Declaration


@dataclass(frozen=True)
class Screen:
    id: str
    script: str
    """Path of the script from the project root; also what ``st.page_link`` takes."""
    label: str
    """Short label in the navigation."""
    title: str
    """Heading of the screen and the browser tab title."""
    icon: str
    """A Material Symbols icon, as ``:material/name:``."""
    group: str

    @property
    def url_path(self) -> str:
        """The path part of the screen's URL: ``/`` for the home screen, else ``/name``."""
        if self.script == "app.py":
            return "/"
        return "/" + self.script.removeprefix("pages/").removesuffix(".py")


SCREENS: tuple[Screen, ...] = (
    Screen("key_points", "app.py", "Key points", "Vitamin D and leg pain: key points", ":material/home:", "Learn"),
    Screen("symptoms", "pages/symptoms.py", "Symptoms", "Symptom comparison", ":material/compare_arrows:", "Learn"),
    Screen("food_sources", "pages/food_sources.py", "Food sources", "Food sources", ":material/restaurant:", "Learn"),
    Screen("sun", "pages/sun.py", "Sun and seasons", "Sun and seasons", ":material/wb_sunny:", "Learn"),
    Screen("blood_levels", "pages/blood_levels.py", "Blood test", "Blood test levels", ":material/bloodtype:", "Learn"),
    Screen("risk_check", "pages/risk_check.py", "Risk check", "Risk check", ":material/checklist:", "Check yourself"),
    Screen("quiz", "pages/quiz.py", "Quiz", "Quiz", ":material/quiz:", "Check yourself"),
    Screen("sources", "pages/sources.py", "Sources", "Sources and glossary", ":material/menu_book:", "About"),
    Screen("teach", "pages/teach.py", "For educators", "For educators", ":material/school:", "About"),
)

SCREENS_BY_ID: dict[str, Screen] = {s.id: s for s in SCREENS}


def screen(screen_id: str) -> Screen:
    """The screen with this id; raises KeyError for an unknown id (a programming error)."""
    return SCREENS_BY_ID[screen_id]


def groups() -> list[tuple[str, list[Screen]]]:
    """Screens grouped for the navigation, in the order they are listed."""
    result: dict[str, list[Screen]] = {}
    for s in SCREENS:
        result.setdefault(s.group, []).append(s)
    return list(result.items())


def declaration(screen_id: str) -> Declaration[Any] | None:
    """The declared choices of a screen (``vitd/screens/<id>.py``), or None for a screen without any."""
    try:
        module = importlib.import_module(f"{__name__}.{screen_id}")
    except ModuleNotFoundError:
        return None
    return getattr(module, "CHOICES", None)
