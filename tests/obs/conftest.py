"""Fixtures for OBS: a fake obs-websocket 5 server on a free port."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.obs.fake_obs import FakeObs


@pytest.fixture
def make_fake_obs() -> Iterator[Callable[..., FakeObs]]:
    started: list[FakeObs] = []

    def make(password: str | None = None) -> FakeObs:
        fake = FakeObs(password=password)
        for name in ("Countdown", "Lower third name", "Talk title"):
            fake.add_text_source(name)
        fake.start()
        started.append(fake)
        return fake

    yield make
    for fake in started:
        fake.stop()


@pytest.fixture
def fake_obs(make_fake_obs: Callable[..., FakeObs]) -> FakeObs:
    return make_fake_obs()
