"""Blood test (`/blood_levels`)."""

from vitd.frame import coming_soon, page_frame
from vitd.models.serum_levels import SERUM_LEVELS

frame = page_frame("blood_levels")
bands = frame.table(SERUM_LEVELS)
coming_soon(frame)
