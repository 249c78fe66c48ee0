"""Chart builders: one module per screen. Each takes a DataFrame and returns an Altair chart.

Every chart uses the palette in ``vitd.palette``, names its unit in an axis title, and is
shown with a text alternative (``alt``-style description or a table twin) by its page.
"""
