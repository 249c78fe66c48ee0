"""``site.json``: texts every screen shares (disclaimer, screen introductions, review dates)."""

from __future__ import annotations

import datetime as dt

from vitd.models.base import ContentModel, DocSpec, Text


class Site(ContentModel):
    """Shared wording. ``intros`` maps a screen id (see ``vitd/screens.py``) to its opening line."""

    app_name: Text
    tagline: Text
    disclaimer: Text
    intros: dict[str, Text]
    reviewed_on: dt.date
    next_review_on: dt.date


def _check_site(site: Site):
    from vitd.screens import SCREENS

    known = {s.id for s in SCREENS}
    for screen_id in site.intros:
        if screen_id not in known:
            yield "intros", screen_id, f"unknown screen id; use one of: {', '.join(sorted(known))}"
    if site.next_review_on <= site.reviewed_on:
        yield "top", "next_review_on", "must be after reviewed_on"


SITE = DocSpec("site.json", Site, check=_check_site)
