"""Symptom comparison (`/symptoms`)."""

from vitd.frame import coming_soon, page_frame

frame = page_frame("symptoms")
coming_soon(frame)
