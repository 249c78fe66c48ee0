"""The shared page frame: page config, navigation, disclaimer and content access.

Every page starts with ``frame = page_frame("screen_id")``. Content files are loaded once
per process and reloaded only when a file in the content folder changes.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import streamlit as st

from vitd.content import Content, ContentUnavailable, Problem, default_data_dir, fingerprint, load_content
from vitd.heap import freeze_long_lived
from vitd.models.base import ContentModel, DocSpec, TableSpec
from vitd.models.references import REFERENCES
from vitd.models.site import SITE, Site
from vitd.params import PRESENT
from vitd.screens import SCREENS_BY_ID, Screen, groups
from vitd.text import escape_markdown
from vitd.urlstate import UrlState

M = TypeVar("M", bound=ContentModel)

MAX_PROBLEMS_SHOWN = 8

APP_ICON = "☀️"
"""Browser-tab icon. An emoji is drawn locally; a Material icon would be fetched from Google's servers."""


_LOADED: dict[tuple[str, tuple[tuple[str, int, int], ...]], Content] = {}
_LOADED_LOCK = threading.Lock()
MAX_LOADED = 4


def current_content() -> Content:
    """The loaded content folder, shared by every session of this process.

    It is loaded once and loaded again only when a file in the folder changes (its name, size
    or modification time). A plain dictionary keyed on that signature does what
    ``st.cache_resource`` would, without hashing the key on every run of every session; the
    records are immutable, so every session shares one copy.
    """
    directory = default_data_dir()
    key = (str(directory), fingerprint(directory))
    content = _LOADED.get(key)
    if content is None:
        with _LOADED_LOCK:
            content = _LOADED.get(key)
            if content is None:
                content = load_content(directory)
                while len(_LOADED) >= MAX_LOADED:
                    _LOADED.pop(next(iter(_LOADED)))
                _LOADED[key] = content
    return content


def forget_content() -> None:
    """Drop every loaded content folder (tests use it to start from the files)."""
    with _LOADED_LOCK:
        _LOADED.clear()


@dataclass(frozen=True)
class Frame:
    """What a page gets back from :func:`page_frame`: its screen, the content and the URL state."""

    screen: Screen
    content: Content
    url: UrlState
    presenting: bool = False
    """True in presenter view (``?present=1``); pages may show fewer controls then."""

    def url_notices(self) -> None:
        """Show, quietly, which query values were ignored. Call it after reading the URL state."""
        for notice in dict.fromkeys(self.url.notices):
            st.caption(f":material/link_off: {notice}")

    def table(self, spec: TableSpec[M]) -> tuple[M, ...]:
        """Records of a CSV file, or an error panel and the end of the page if it is broken."""
        return self._get(spec)

    def doc(self, spec: DocSpec[M]) -> M:
        """The record of a JSON file, or an error panel and the end of the page if it is broken."""
        return self._get(spec)

    def _get(self, spec: TableSpec[Any] | DocSpec[Any]) -> Any:
        problems = self.content.problems_in(spec.filename, REFERENCES.filename)
        if problems:
            content_error(problems)
        try:
            return self.content.table(spec) if isinstance(spec, TableSpec) else self.content.doc(spec)
        except ContentUnavailable as exc:
            content_error(exc.problems)


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


def set_query_param(name: str, value: str | Sequence[str] | None, default: str | Sequence[str] | None = None) -> None:
    """Put a widget's value in the URL so the link reproduces the view; defaults are left out."""
    if value is None or value == default or (not isinstance(value, str) and list(value) == list(default or [])):
        if name in st.query_params:
            del st.query_params[name]
        return
    text = value if isinstance(value, str) else ",".join(value)
    if st.query_params.get(name) != text:
        st.query_params[name] = text


def _navigation(app_name: str, keep: dict[str, str]) -> None:
    """Our sidebar navigation; ``keep`` holds query parameters every link carries (presenter view)."""
    with st.sidebar:
        st.markdown(f"**{escape_markdown(app_name)}**")
        for group, screens in groups():
            st.caption(group)
            for s in screens:
                st.page_link(s.script, label=s.label, icon=s.icon, width="stretch", query_params=keep or None)


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
    if presenting:
        _presenter_view()
    _navigation(app_name, {PRESENT: "1"} if presenting else {})
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
    return Frame(screen, content, url, presenting)


def coming_soon(frame: Frame) -> None:
    """Placeholder body for a screen whose content has not been built yet."""
    site = _site(frame.content)
    if site is not None:
        st.info(site.coming_soon, icon=":material/construction:")
