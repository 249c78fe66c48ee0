"""Key points: the home screen (``/``)."""

from vitd.frame import coming_soon, page_frame

frame = page_frame("key_points")
coming_soon(frame)
