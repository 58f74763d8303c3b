"""Seed CSV reader: portal_id,name,region_code,level,homepage[,start_urls]. A bad row gives an error naming the row;
the good rows are still returned so the rest of the crawl runs."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REQUIRED = ("portal_id", "name", "region_code", "level", "homepage")
_PORTAL_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_REGION = re.compile(r"^(?:\d{6})?$")


@dataclass(frozen=True, slots=True)
class Seed:
    portal_id: str
    name: str
    region_code: str
    level: str
    homepage: str
    start_urls: tuple[str, ...] = field(default_factory=tuple)

    def as_row(self) -> dict[str, str]:
        """The `portals` table row."""
        return {"portal_id": self.portal_id, "name": self.name, "region_code": self.region_code or None,
                "level": self.level, "homepage": self.homepage, "start_urls": " ".join(self.start_urls) or None}


def _is_http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _seed_from_row(row: dict[str, str | None]) -> Seed:
    values = {k: (row.get(k) or "").strip() for k in REQUIRED}
    missing = [k for k in ("portal_id", "homepage") if not values[k]]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    if not _PORTAL_ID.match(values["portal_id"]):
        raise ValueError(f"portal_id {values['portal_id']!r} must be letters, digits, '_', '-' or '.'")
    if not _REGION.match(values["region_code"]):
        raise ValueError(f"region_code {values['region_code']!r} is not six digits")
    if not _is_http_url(values["homepage"]):
        raise ValueError(f"homepage {values['homepage']!r} is not an http(s) URL")
    starts = tuple(u for u in re.split(r"[\s;|]+", (row.get("start_urls") or "").strip()) if u)
    bad = [u for u in starts if not _is_http_url(u)]
    if bad:
        raise ValueError(f"start_urls entry {bad[0]!r} is not an http(s) URL")
    return Seed(start_urls=starts, **values)


def read_seeds(path: str | Path) -> tuple[list[Seed], list[str]]:
    """(good seeds, one error message per bad row naming the file, line and portal)."""
    seeds: list[Seed] = []
    errors: list[str] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.lstrip().startswith("#"))
        reader = csv.DictReader(lines)
        absent = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if absent:
            return [], [f"{path}: header lacks column(s) {', '.join(absent)}; expected {','.join(REQUIRED)}[,start_urls]"]
        for number, row in enumerate(reader, start=2):
            label = f"{path}: row {number} ({(row.get('portal_id') or '').strip() or 'no portal_id'})"
            if None in row:
                errors.append(f"{label}: too many fields")
                continue
            try:
                seed = _seed_from_row(row)
            except ValueError as exc:
                errors.append(f"{label}: {exc}")
                continue
            if seed.portal_id in seen:
                errors.append(f"{label}: duplicate portal_id")
                continue
            seen.add(seed.portal_id)
            seeds.append(seed)
    return seeds, errors
