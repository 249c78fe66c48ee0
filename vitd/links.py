"""Links to a screen in an exact state: what the lesson plan and the lesson-link builder hand out."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode, urlsplit, urlunsplit

from vitd.screens import SCREENS_BY_ID


def screen_query(screen_id: str, query: Mapping[str, str] | None = None) -> str:
    """The relative link to a screen with its query string, e.g. ``symptoms?compare=a%2Cb``.

    Relative links work wherever the app is hosted, also under a base path.
    """
    path = SCREENS_BY_ID[screen_id].url_path.lstrip("/")
    clean = {k: v for k, v in (query or {}).items() if v not in ("", None)}
    text = urlencode(clean, safe=",/:")
    if not path:
        return f"./?{text}" if text else "./"
    return f"{path}?{text}" if text else path


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
    relative = screen_query(screen_id, query).removeprefix("./")
    return (base if base.endswith("/") else base + "/") + relative


def hosted_base(text: str | None) -> str | None:
    """A teacher's hosted address (``https://example.org/vitd``) as a base, or None if it isn't one."""
    if not text:
        return None
    parts = urlsplit(text.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc or any(c.isspace() for c in text.strip()):
        return None
    return app_base(urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")))
