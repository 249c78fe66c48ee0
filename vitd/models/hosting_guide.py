"""``hosting_guide.md``: how to host the app and edit its content, shown on the educators' screen."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec


class HostingGuide(ContentModel):
    markdown: Annotated[str, Field(min_length=20)]


HOSTING_GUIDE = DocSpec("hosting_guide.md", HostingGuide, used_on=("teach",))
