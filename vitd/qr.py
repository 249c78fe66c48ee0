"""QR codes for lesson links, drawn locally (no web service) and cached per link."""

from __future__ import annotations

import io

import segno
import streamlit as st


@st.cache_data(max_entries=512, show_spinner=False)
def qr_png(text: str, scale: int = 8) -> bytes:
    """A PNG image of a QR code for ``text`` with a quiet zone, dark on white."""
    code = segno.make(text, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff")
    return buffer.getvalue()


@st.cache_data(max_entries=512, show_spinner=False)
def qr_svg(text: str, scale: int = 8) -> bytes:
    """The same QR code as SVG, for printing at any size."""
    code = segno.make(text, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", scale=scale, border=4, dark="#000000", light="#ffffff", xmldecl=True)
    return buffer.getvalue()
