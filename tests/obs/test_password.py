"""The OBS password: in the system keyring where there is one, else in a file of the data
folder only its owner can read (0600), written atomically; never in the settings."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import keyring
import pytest

from runofshow.obs.client import Address
from runofshow.obs.password import ENV, SERVICE, PasswordStore, usable_keyring

HOME = Address("127.0.0.1", 4455)
STUDIO = Address("studio.local", 4460)


class MemoryKeyring:
    """Stands in for a keyring backend (a KeyringBackend subclass would be picked up by
    keyring's own discovery for every later test)."""

    priority = 5

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def test_without_a_keyring_daemon_the_file_is_used(isolated_data_dir: Path) -> None:
    assert usable_keyring() is None  # this machine (and CI) has no Secret Service running
    store = PasswordStore()
    assert store.where() == f"file {isolated_data_dir / 'obs-passwords.json'} (mode 0600)"
    store.set(HOME, "s3cret パス")
    store.set(STUDIO, "other")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    again = PasswordStore()
    assert again.get(HOME) == "s3cret パス" and again.get(STUDIO) == "other"
    assert again.get(Address("elsewhere", 1)) == ""
    store.set(HOME, "")  # forget it
    assert PasswordStore().get(HOME) == "" and PasswordStore().get(STUDIO) == "other"
    assert not list(isolated_data_dir.glob(".obs-passwords*"))  # no temporary file left


def test_a_widened_file_is_taken_back_to_0600(isolated_data_dir: Path) -> None:
    store = PasswordStore()
    store.set(HOME, "pw")
    store.path.chmod(0o644)
    assert store.get(HOME) == "pw"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_a_broken_file_reads_as_no_password(isolated_data_dir: Path) -> None:
    store = PasswordStore()
    store.path.write_text("{not json", encoding="utf-8")
    assert store.get(HOME) == ""
    store.set(HOME, "fresh")
    assert PasswordStore().get(HOME) == "fresh"


def test_the_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    PasswordStore().set(HOME, "from-file")
    monkeypatch.setenv(ENV, "from-env")
    assert PasswordStore().get(HOME) == "from-env"


def test_a_real_keyring_is_used_when_there_is_one(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    store = PasswordStore()
    assert store.where() == "keyring (MemoryKeyring)"
    store.set(HOME, "in-keyring")
    assert memory.items == {(SERVICE, "127.0.0.1:4455"): "in-keyring"}
    assert not store.path.exists()
    assert PasswordStore().get(HOME) == "in-keyring"
    assert os.environ.get(ENV) is None
