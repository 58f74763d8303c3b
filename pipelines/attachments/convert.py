"""Legacy office formats (DOC, WPS, RTF, ET) → DOCX/XLSX through LibreOffice headless.

Each conversion runs in its own temporary directory with a private LibreOffice profile
(-env:UserInstallation), so parallel conversions never fight over the user profile lock, and it is
killed (the whole process group) when it exceeds the timeout.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

DEFAULT_TIMEOUT = 120.0


class ConversionError(Exception):
    """LibreOffice is missing, failed, timed out or produced nothing."""


def soffice_path() -> str | None:
    return os.environ.get("XXGK_SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_soffice(body: bytes, source_ext: str, target_ext: str, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """The converted file's bytes, e.g. convert_with_soffice(doc_bytes, "doc", "docx")."""
    binary = soffice_path()
    if not binary:
        raise ConversionError("LibreOffice (soffice) is not installed; run scripts/install.sh")
    with tempfile.TemporaryDirectory(prefix="xxgk-soffice-") as tmp:
        work = Path(tmp)
        source = work / f"input.{source_ext}"
        source.write_bytes(body)
        out_dir = work / "out"
        command = [binary, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--nodefault", "--convert-to", target_ext, "--outdir", str(out_dir), str(source)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                   env={**os.environ, "HOME": tmp})
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise ConversionError(f"LibreOffice timed out after {timeout:.0f} s converting {source_ext}") from None
        result = out_dir / f"input.{target_ext}"
        if not result.exists():
            detail = stderr.decode("utf-8", "replace").strip().splitlines()
            raise ConversionError(f"LibreOffice could not convert {source_ext} to {target_ext} "
                                  f"(exit {process.returncode}){': ' + detail[-1] if detail else ''}")
        return result.read_bytes()
