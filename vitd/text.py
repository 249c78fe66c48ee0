"""Making content text safe to show: Markdown escaping for values that come from files or URLs."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$:])")


def escape_markdown(text: str, *, code: bool = False) -> str:
    """Escape text so Markdown shows it literally.

    With ``code=True`` the text is meant to go inside single backticks, where only
    backticks need handling.
    """
    if code:
        return text.replace("`", "'")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
