"""For educators (`/teach`)."""

from vitd.frame import coming_soon, page_frame

frame = page_frame("teach")
coming_soon(frame)
