"""Shared fixtures. `demo_portal`: the bundled demo portal (crawler/demo_portal) served on 127.0.0.1:<free port>
in a thread for one test; `.base_url`, `.hit_paths()` (every request's path, in order) and `.site` (pages and the
ground truth: `.reports`, `.lookalikes`) are what tests use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crawler.demo_portal.server import DemoPortal, serve


@pytest.fixture
def demo_portal() -> Iterator[DemoPortal]:
    server = serve("127.0.0.1", 0)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
