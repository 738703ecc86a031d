"""Stored files: uploads by the bot and media sent by users, addressed by file_id."""

from __future__ import annotations

import itertools
import secrets
import struct
import zlib
from dataclasses import dataclass, field

from .errors import WRONG_FILE, ApiError, bad_request
from .models import JsonDict

_PREFIX = {"photo": "AgAC", "document": "BQAC", "sticker": "CAAC", "voice": "AwAC"}
_DIRS = {"photo": "photos", "document": "documents", "sticker": "stickers", "voice": "voice"}
_EXT = {"photo": ".jpg", "sticker": ".webp", "voice": ".oga", "document": ""}
THUMB_SIDE = 90


def make_png(width: int = 2, height: int = 2, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A small valid PNG image (solid colour)."""
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)

    def chunk(tag: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(tag + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    )


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG; other formats get a nominal 800x600."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    return 800, 600


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int = 0
    height: int = 0
    sizes: list[str] = field(default_factory=list)  # photo: file ids of all sizes

    def to_api(self) -> JsonDict:
        """The Bot API object (PhotoSize, Document, Sticker or Voice) for this file."""
        data: JsonDict = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
        }
        if self.kind in ("photo", "sticker"):
            data.update(width=self.width, height=self.height)
        if self.kind == "sticker":
            data.update(type="regular", is_animated=False, is_video=False, emoji="👍")
        if self.kind == "voice":
            data["duration"] = 1
        if self.kind in ("document", "voice") and self.mime_type:
            data["mime_type"] = self.mime_type
        if self.kind == "document" and self.file_name:
            data["file_name"] = self.file_name
        return data

    def get_file_api(self) -> JsonDict:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
            "file_path": self.file_path,
        }


class FileStore:
    """All files known to the emulator, by file_id and by file_path."""

    def __init__(self) -> None:
        self.by_id: dict[str, StoredFile] = {}
        self.by_path: dict[str, StoredFile] = {}
        self._counter = itertools.count(1)

    def add(
        self,
        kind: str,
        data: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        size: tuple[int, int] = (0, 0),
    ) -> StoredFile:
        n = next(self._counter)
        file_id = f"{_PREFIX.get(kind, 'BQAC')}{n:05d}{secrets.token_urlsafe(12)}"
        unique = f"AQAD{n:05d}{secrets.token_hex(3)}"
        safe_name = (file_name or "").replace("/", "_")
        name = f"file_{n}_{safe_name}" if safe_name else f"file_{n}{_EXT.get(kind, '')}"
        path = f"{_DIRS.get(kind, 'documents')}/{name}"
        stored = StoredFile(file_id, unique, kind, data, path, file_name, mime_type, *size)
        self.by_id[file_id] = stored
        self.by_path[path] = stored
        return stored

    def add_photo(self, data: bytes) -> StoredFile:
        """Store a photo as a thumbnail plus the full size; returns the largest size."""
        width, height = image_size(data)
        sizes: list[StoredFile] = []
        if max(width, height) > THUMB_SIDE:
            scale = THUMB_SIDE / max(width, height)
            thumb_size = (max(1, round(width * scale)), max(1, round(height * scale)))
            sizes.append(self.add("photo", data, size=thumb_size))
        sizes.append(self.add("photo", data, size=(width, height)))
        for stored in sizes:
            stored.sizes = [s.file_id for s in sizes]
        return sizes[-1]

    def get(self, file_id: str) -> StoredFile:
        stored = self.by_id.get(file_id)
        if stored is None:
            raise ApiError(400, WRONG_FILE)
        return stored

    def photo_sizes(self, stored: StoredFile) -> list[JsonDict]:
        return [self.by_id[file_id].to_api() for file_id in stored.sizes or [stored.file_id]]

    def existing(self, file_id: str, kind: str) -> StoredFile:
        """A file sent again by file_id; the kind must fit (a photo is not a document)."""
        stored = self.get(file_id)
        if stored.kind != kind:
            raise bad_request(f"can't use file of type {stored.kind.title()} as {kind.title()}")
        return stored
