"""The QR image of a pass code: a PNG the resident forwards to the visitor."""

from __future__ import annotations

import io

import segno


def qr_png(code: str) -> bytes:
    """The code as a QR code in a PNG (medium error correction, a quiet border)."""
    buffer = io.BytesIO()
    segno.make(code, error="m", micro=False).save(buffer, kind="png", scale=10, border=4)
    return buffer.getvalue()
