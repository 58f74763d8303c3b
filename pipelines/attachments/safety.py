"""Guards that run before a file is opened: size limit, zip bombs, encrypted PDFs.

Each returns a clear error string (or None) instead of raising, so one bad file never stops a crawl or
a re-parse.
"""

from __future__ import annotations

import io
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


def declares_encryption(body: bytes) -> bool:
    """A PDF whose trailer (or cross-reference stream dictionary) names an /Encrypt dictionary."""
    return b"/Encrypt" in body
