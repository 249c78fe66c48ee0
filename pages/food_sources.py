"""Food sources (`/food_sources`)."""

from vitd.frame import coming_soon, page_frame
from vitd.models.foods import FOODS
from vitd.models.intake import INTAKE

frame = page_frame("food_sources")
foods = frame.table(FOODS)
intake = frame.table(INTAKE)
coming_soon(frame)
