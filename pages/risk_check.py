"""Risk check (`/risk_check`)."""

from vitd.frame import coming_soon, page_frame

frame = page_frame("risk_check")
coming_soon(frame)
