"""`xxgk replay`: browse the WARC archive in a local pywb.

pywb lives in its own venv (.venv-pywb, see notes/toolchain.md: it pins redis 2.x, which breaks scrapy-redis), so it
is driven through its command-line tools, found in <repo>/.venv-pywb/bin or on PATH.

    prepare_collection(archive_dir, collection="xxgk") -> Path   create/refresh <archive>/../pywb (wb-manager init,
                                                                 then wb-manager add for completed WARCs not yet in it)
    wayback_command(port) -> list[str]                          the server command, to run in that directory
    replay(archive_dir, port=8080, collection="xxgk") -> int      both, serving on 127.0.0.1 until interrupted
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PYWB_VENV_BIN = Path(__file__).resolve().parents[1] / ".venv-pywb" / "bin"


class PywbMissing(RuntimeError):
    pass


def pywb_tool(name: str) -> str:
    local = PYWB_VENV_BIN / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise PywbMissing(f"{name} not found in {PYWB_VENV_BIN} or on PATH (install pywb: scripts/install.sh)")
    return found


def prepare_collection(archive_dir: str | Path, collection: str = "xxgk") -> Path:
    """The pywb root next to the archive, with every completed WARC of the archive added to `collection`."""
    archive = Path(archive_dir).resolve()
    root = archive.parent / "pywb"
    root.mkdir(parents=True, exist_ok=True)
    stored = root / "collections" / collection / "archive"
    if not stored.exists():
        subprocess.run([pywb_tool("wb-manager"), "init", collection], cwd=root, check=True, capture_output=True)
    present = {p.name for p in stored.iterdir()}
    # `.open` files are still being written (or await repair): only completed files are added
    new = [str(p) for p in sorted(archive.glob("*.warc.gz")) if p.name not in present]
    if new:
        subprocess.run([pywb_tool("wb-manager"), "add", collection, *new], cwd=root, check=True,
                       capture_output=True)
    return root


def wayback_command(port: int) -> list[str]:
    return [pywb_tool("wayback"), "-b", "127.0.0.1", "-p", str(port)]


def replay(archive_dir: str | Path, port: int = 8080, collection: str = "xxgk") -> int:
    if not Path(archive_dir).is_dir():
        print(f"no archive directory at {archive_dir}", file=sys.stderr)
        return 1
    try:
        root = prepare_collection(archive_dir, collection)
        command = wayback_command(port)
    except (PywbMissing, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        print(f"pywb setup failed: {exc} {detail.decode(errors='replace')}", file=sys.stderr)
        return 1
    count = len(list((root / "collections" / collection / "archive").glob("*.warc.gz")))
    print(f"replaying {count} WARC files from {root}\n"
          f"  browse: http://127.0.0.1:{port}/{collection}/*/<url>\n"
          f"  raw:    http://127.0.0.1:{port}/{collection}/id_/<url>\n(Ctrl-C to stop)", flush=True)
    try:
        return subprocess.call(command, cwd=root)
    except KeyboardInterrupt:
        return 0
