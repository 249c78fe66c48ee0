"""Quiz (`/quiz`)."""

from vitd.frame import coming_soon, page_frame

frame = page_frame("quiz")
coming_soon(frame)
