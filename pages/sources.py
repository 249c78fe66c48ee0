"""Sources and glossary (`/sources`)."""

from vitd.frame import coming_soon, page_frame

frame = page_frame("sources")
coming_soon(frame)
