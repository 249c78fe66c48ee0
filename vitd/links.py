"""Links to a screen in an exact state: what the lesson plan and the lesson-link builder hand out.

Two kinds: a link *on a page* (:func:`screen_query`, :func:`screen_link`, :func:`in_page`) carries
the parameters the reader's view keeps on every screen (``present=1`` in presenter view, set by the
page frame with :func:`carry`), so a click keeps that view; a link *handed out* (:func:`shared_query`,
:func:`absolute_link`) carries only the state it names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextvars import ContextVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from vitd.screens import SCREENS, SCREENS_BY_ID

_CARRIED: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("vitd_links_carried", default=())

_SCREEN_PATHS = {s.url_path.lstrip("/") for s in SCREENS} | {"./"}
_MARKDOWN_LINK = re.compile(r"\]\(([^()<>\s]+)\)")
"""A Markdown link's target written plainly, ``[label](target)`` (``(<...>)`` targets are addresses)."""


def carry(params: Mapping[str, str]) -> None:
    """Make every link on a page built from now on, in this script run, carry ``params``.

    The page frame calls it first on every run, with ``{"present": "1"}`` in presenter view and
    ``{}`` otherwise. It is a context variable: each session's script runs in a thread of its own,
    so one reader's view never reaches another's links.
    """
    _CARRIED.set(tuple(params.items()))


def carried() -> tuple[tuple[str, str], ...]:
    """The parameters links on this page carry; part of the key of every cached view (its links)."""
    return _CARRIED.get()


def in_page(href: str) -> str:
    """A relative link within the app, with the carried parameters added (those it names win)."""
    extra = carried()
    if not extra:
        return href
    href, hash_mark, fragment = href.partition("#")
    _, _, query = href.partition("?")
    named = {name for name, _ in parse_qsl(query, keep_blank_values=True)}
    missing = [(name, value) for name, value in extra if name not in named]
    if missing:
        href += ("&" if query else "?") + urlencode(missing, safe=",/:")
    return href + hash_mark + fragment


def carry_into(markdown: str) -> str:
    """Markdown written in the content with its links to screens (``[Symptoms](symptoms)``) on this page."""
    if not carried():
        return markdown

    def link(found: re.Match[str]) -> str:
        target = found.group(1)
        if target.partition("#")[0].partition("?")[0] not in _SCREEN_PATHS:
            return found.group(0)
        return f"]({in_page(target)})"

    return _MARKDOWN_LINK.sub(link, markdown)


def shared_query(screen_id: str, query: Mapping[str, str] | None = None) -> str:
    """The relative link to a screen with its query string, to hand out: ``symptoms?compare=a,b``.

    Relative links work wherever the app is hosted, also under a base path.
    """
    path = SCREENS_BY_ID[screen_id].url_path.lstrip("/")
    clean = {k: v for k, v in (query or {}).items() if v not in ("", None)}
    text = urlencode(clean, safe=",/:")
    if not path:
        return f"./?{text}" if text else "./"
    return f"{path}?{text}" if text else path


def screen_query(screen_id: str, query: Mapping[str, str] | None = None) -> str:
    """The relative link to a screen with its query string, on a page: :func:`shared_query` that
    carries the view's parameters (``symptoms?compare=a,b&present=1`` in presenter view)."""
    return in_page(shared_query(screen_id, query))


def screen_link(screen_id: str, label: str, query: Mapping[str, str] | None = None) -> str:
    """A Markdown link to a screen: ``screen_link("symptoms", "Compare")`` is ``[Compare](symptoms)``."""
    return f"[{label}]({screen_query(screen_id, query)})"


def app_base(url: str | None) -> str:
    """The app's base address from the address of any of its screens.

    ``https://host/vitd/teach`` gives ``https://host/vitd/``; query and fragment are dropped.
    """
    if not url:
        return ""
    parts = urlsplit(url)
    path = parts.path
    for screen in SCREENS_BY_ID.values():
        suffix = screen.url_path.lstrip("/")
        if suffix and path.rstrip("/").endswith("/" + suffix):
            path = path.rstrip("/")[: -len(suffix)]
            break
    if not path.endswith("/"):
        path += "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def absolute_link(base: str, screen_id: str, query: Mapping[str, str] | None = None) -> str:
    """A full address to share, e.g. ``https://host/symptoms?compare=osteomalacia,myopathy``."""
    relative = shared_query(screen_id, query).removeprefix("./")
    return (base if base.endswith("/") else base + "/") + relative


def hosted_base(text: str | None) -> str | None:
    """A teacher's hosted address (``https://example.org/vitd``) as a base, or None if it isn't one."""
    if not text:
        return None
    parts = urlsplit(text.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc or any(c.isspace() for c in text.strip()):
        return None
    return app_base(urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")))
