"""Fixtures for the question queue: a manual scheduler on the fake clocks."""

from __future__ import annotations

import pytest

from runofshow.app.scheduler import ManualScheduler
from runofshow.core.clock import FakeClocks


@pytest.fixture
def scheduler(clocks: FakeClocks) -> ManualScheduler:
    return ManualScheduler(clocks)
