"""Guards that run before a file is opened: size limit, zip bombs, corrupt OLE files, encrypted PDFs.

Each returns a clear error string (or None) instead of raising, so one bad file never stops a crawl or
a re-parse.
"""

from __future__ import annotations

import io
import struct
import zipfile

DEFAULT_MAX_BYTES = 100 * 2**20  # the crawl fetches attachments up to the same size (XXGK_ATTACHMENT_MAXSIZE)

# A real report DOCX/XLSX unpacks to a few MB; XML compresses well, but not a thousand-fold.
MAX_ZIP_TOTAL = 64 * 2**20  # openpyxl holds every cell as an object: XML beyond this would take gigabytes
MAX_ZIP_RATIO = 200
MAX_ZIP_MEMBERS = 5000
_RATIO_FLOOR = 2**20  # small members may compress extremely well (empty sheets), only large ones count


def check_size(body: bytes, max_bytes: int) -> str | None:
    if len(body) > max_bytes:
        return f"too large: {len(body)} bytes > limit {max_bytes}"
    return None


def check_zip(body: bytes, *, max_total: int = MAX_ZIP_TOTAL, max_ratio: int = MAX_ZIP_RATIO) -> str | None:
    """Zip-bomb guard from the central directory (Python's zipfile never inflates past a member's declared size)."""
    try:
        members = zipfile.ZipFile(io.BytesIO(body)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        return f"broken zip container: {exc}"
    if len(members) > MAX_ZIP_MEMBERS:
        return f"zip bomb suspected: {len(members)} members"
    total = sum(m.file_size for m in members)
    if total > max_total:
        return f"zip bomb suspected: {total} bytes uncompressed > limit {max_total}"
    for member in members:
        if member.file_size > _RATIO_FLOOR and member.file_size > max_ratio * max(member.compress_size, 1):
            return (f"zip bomb suspected: {member.filename} inflates {member.compress_size} → "
                    f"{member.file_size} bytes")
    return None


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 compound files: DOC, XLS, WPS, ET
_OLE_HEADER_SIZE = 512


def check_ole(body: bytes) -> str | None:
    """A file with the OLE2 signature whose header is corrupt (MS-CFB 2.2: byte order FFFE, 512- or 4096-byte
    sectors, 64-byte mini sectors). LibreOffice does not reject such a file: it imports its bytes as plain text."""
    if not body.startswith(OLE_MAGIC):
        return None
    if len(body) < _OLE_HEADER_SIZE:
        return f"truncated OLE file: {len(body)} bytes, shorter than its {_OLE_HEADER_SIZE}-byte header"
    byte_order, sector_shift, mini_sector_shift = struct.unpack_from("<3H", body, 28)
    if byte_order != 0xFFFE or sector_shift not in (9, 12) or mini_sector_shift != 6:
        return "corrupt OLE file (DOC/XLS/WPS/ET): its header is not valid"
    return None


def declares_encryption(body: bytes) -> bool:
    """A PDF whose trailer (or cross-reference stream dictionary) names an /Encrypt dictionary."""
    return b"/Encrypt" in body
