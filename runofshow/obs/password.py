"""Where the OBS websocket password is kept: never in the show file, never in the plain
settings. The system keyring when it has a real one (macOS Keychain, Windows Credential
Locker, a Secret Service such as GNOME Keyring or KWallet); otherwise a file only its owner
may read (mode 0600) in runofshow's data folder. ``RUNOFSHOW_OBS_PASSWORD`` overrides both
(for ``--headless`` on a machine without a keyring, and scripts).

Reading may wait on the keyring (an unlock prompt): the OBS worker thread reads it, never
the GUI thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import threading
from pathlib import Path
from typing import Any

from runofshow.obs.client import Address
from runofshow.paths import data_dir

log = logging.getLogger(__name__)

SERVICE = "runofshow-obs-websocket"
FILE_NAME = "obs-passwords.json"
ENV = "RUNOFSHOW_OBS_PASSWORD"


def usable_keyring() -> Any | None:
    """The keyring backend when a real one is available, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith(
        ("keyring.backends.null", "keyring.backends.fail")
    ):
        return None
    try:
        priority = float(backend.priority)
    except Exception:
        return None
    return backend if priority > 0 else None


class PasswordStore:
    """The password of each OBS address (host:port)."""

    def __init__(self, folder: Path | None = None, *, keyring: bool = True) -> None:
        self._folder = folder
        self._want_keyring = keyring
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return (self._folder or data_dir()) / FILE_NAME

    def _backend(self) -> Any | None:
        return usable_keyring() if self._want_keyring else None

    def where(self) -> str:
        """Where a password set now goes (English, for the README's promise and the UI)."""
        backend = self._backend()
        if backend is not None:
            return f"keyring ({type(backend).__name__})"
        return f"file {self.path} (mode 0600)"

    def get(self, address: Address) -> str:
        override = os.environ.get(ENV)
        if override is not None:
            return override
        backend = self._backend()
        if backend is not None:
            try:
                value = backend.get_password(SERVICE, str(address))
            except Exception as error:
                log.warning("keyring unavailable (%s); using %s", error, self.path)
            else:
                if value is not None:
                    return str(value)
        return str(self._read().get(str(address), ""))

    def set(self, address: Address, password: str) -> None:
        """Keep ``password`` for ``address`` ("" forgets it)."""
        backend = self._backend()
        if backend is not None:
            try:
                if password:
                    backend.set_password(SERVICE, str(address), password)
                else:
                    with contextlib.suppress(Exception):
                        backend.delete_password(SERVICE, str(address))
            except Exception as error:
                log.warning("keyring unavailable (%s); using %s", error, self.path)
            else:
                self._write_entry(str(address), "")  # none left behind in the file
                return
        self._write_entry(str(address), password)

    # ------------------------------------------------------------ the file

    def _read(self) -> dict[str, str]:
        path = self.path
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                path.chmod(0o600)  # someone widened it: take it back
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("cannot read %s: %s", path, error)
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write_entry(self, key: str, password: str) -> None:
        with self._lock:
            entries = self._read()
            if password:
                entries[key] = password
            elif key in entries:
                del entries[key]
            else:
                return
            path = self.path
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(entries, handle, ensure_ascii=False, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
