"""The shared page frame: page config, navigation, disclaimer, the screen's choices and its view.

A page reads like a storyboard::

    frame = page_frame("food_sources")
    controls = frame.controls(CHOICES)     # the link's choices, with quiet notices
    controls.row("diet", "fortified")      # widgets, where the layout wants them
    choices = controls.done()              # the reader's choices, written back to the link
    shown = frame.view(view, choices)      # everything the screen shows, built once and shared
    ...                                     # lay it out

Content files are loaded once per process and reloaded only when a file in the folder changes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Concatenate, NoReturn, ParamSpec, TypeVar

import streamlit as st

from vitd.choices import C, Declaration
from vitd.content import Content, ContentUnavailable, Problem, current_content
from vitd.heap import freeze_long_lived
from vitd.links import carry
from vitd.models.references import REFERENCES
from vitd.models.site import SITE, Site
from vitd.params import PRESENT
from vitd.screens import SCREENS_BY_ID, Screen, groups
from vitd.text import escape_markdown
from vitd.urlstate import UrlState
from vitd.widgets import Controls

P = ParamSpec("P")
R = TypeVar("R")

MAX_PROBLEMS_SHOWN = 8

APP_ICON = "☀️"
"""Browser-tab icon. An emoji is drawn locally; a Material icon would be fetched from Google's servers."""


@dataclass(frozen=True)
class Frame:
    """What a page gets back from :func:`page_frame`: its screen, the content and the URL state."""

    screen: Screen
    content: Content
    url: UrlState
    presenting: bool = False
    """True in presenter view (``?present=1``); pages may show fewer controls then."""

    def controls(self, declaration: Declaration[C]) -> Controls[C]:
        """The screen's choices as its link carries them, ready to be drawn as widgets.

        Values the link carried but the screen could not use are named in a quiet notice.
        """
        values, notices = self.view(declaration.read, self.url.params)
        show_notices(notices)
        return Controls(declaration, self.content, values)

    def view(self, build: Callable[Concatenate[Content, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
        """``build(content, ...)``, or an error panel and the end of this screen if its content is broken."""
        problems = self.content.problems_in(REFERENCES.filename)
        if problems:
            content_error(problems)
        try:
            return build(self.content, *args, **kwargs)
        except ContentUnavailable as exc:
            content_error(exc.problems)


def show_notices(notices: Sequence[str]) -> None:
    """Say, quietly, which values of the link were ignored."""
    for notice in notices:
        st.caption(f":material/link_off: {notice}")


def content_error(problems: Sequence[Problem]) -> NoReturn:
    """Show a friendly panel naming the broken files and rows, then stop this screen only."""
    files = sorted({p.file for p in problems})
    lines = [f"- `{escape_markdown(str(p), code=True)}`" for p in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        lines.append(f"- … and {len(problems) - MAX_PROBLEMS_SHOWN} more")
    st.error(
        f"**This screen can't be shown right now** because a content file has a problem "
        f"({', '.join(files)}). The other screens still work.\n\n" + "\n".join(lines) + "\n\n"
        "If you look after this copy of the app, fix the file and run `python -m vitd validate` "
        "to check it.",
        icon=":material/error:",
    )
    st.stop()


def _site(content: Content) -> Site | None:
    try:
        return content.doc(SITE)
    except ContentUnavailable:
        return None


def _query_params() -> dict[str, list[str]]:
    return {name: st.query_params.get_all(name) for name in st.query_params}


_PAGES: dict[str, st.Page] = {}


def _page(screen: Screen) -> st.Page:
    """The screen as a Streamlit page object, made once per process.

    A link given a page object needs no look-up; given the script's path, Streamlit would resolve
    that path on the disk for every link on every run.
    """
    page = _PAGES.get(screen.id)
    if page is None:
        made = st.Page(screen.script, title=screen.label, icon=screen.icon, default=screen.script == "app.py")
        page = _PAGES.setdefault(screen.id, made)
    return page


def _navigation(app_name: str, keep: dict[str, str]) -> None:
    """Our sidebar navigation; ``keep`` holds query parameters every link carries (presenter view)."""
    with st.sidebar:
        st.markdown(f"**{escape_markdown(app_name)}**")
        for group, screens in groups():
            st.caption(group)
            for s in screens:
                st.page_link(_page(s), label=s.label, icon=s.icon, width="stretch", query_params=keep or None)


@functools.cache
def _presenter_css() -> str:
    return (Path(__file__).with_name("presenter.css")).read_text(encoding="utf-8")


def _presenter_view() -> None:
    """Large type and strong contrast for a projector; the sidebar starts collapsed."""
    st.html(f"<style>{_presenter_css()}</style>")


def page_frame(screen_id: str) -> Frame:
    """Set up a screen: tab title, navigation, heading, disclaimer. Call it first on every page."""
    screen = SCREENS_BY_ID[screen_id]
    content = current_content()
    freeze_long_lived()
    url = UrlState(_query_params())
    presenting = url.flag(PRESENT)
    site = _site(content)
    app_name = site.app_name if site else "Vitamin D Explorer"
    st.set_page_config(
        page_title=f"{screen.title} · {app_name}",
        page_icon=APP_ICON,
        layout="wide",
        initial_sidebar_state="collapsed" if presenting else "auto",
        menu_items={"Get help": None, "Report a bug": None, "About": None},
    )
    keep = {PRESENT: "1"} if presenting else {}
    carry(keep)  # links on the page keep the presenter view, like the navigation
    if presenting:
        _presenter_view()
    _navigation(app_name, keep)
    st.title(screen.title, anchor=False)
    if site is None:
        st.warning(
            "Educational only, not medical advice. (The shared texts in site.json could not be "
            "loaded; run `python -m vitd validate`.)",
            icon=":material/warning:",
        )
    else:
        st.caption(f":material/info: {site.disclaimer}")
        intro = site.intros.get(screen.id)
        if intro:
            st.markdown(intro)
    show_notices(url.notices)
    return Frame(screen, content, url, presenting)
