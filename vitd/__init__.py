"""Vitamin D Explorer: content loading, domain logic and the page frame.

Pages in ``pages/`` only lay out widgets; everything they show is computed here
from the content files in ``data/``.
"""
