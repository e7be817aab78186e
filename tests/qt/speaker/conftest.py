"""Fixtures for the speaker display: a real X server (Xvfb)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.x_servers import xvfb


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """Xvfb (1920x1080) on a display it picks, ready; stopped afterwards (tests/x_servers.py).

    Xvfb missing is a failure, never a skip: CI must have it (scripts/setup-system).
    """
    with xvfb() as display:
        yield display
