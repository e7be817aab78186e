"""What went wrong with OBS, in words: English for the API, the log and the command line;
the console translates the same templates (context "ObsMessages"). ``%1`` is the subject
(an address, a scene, a source), ``%2`` what OBS or the system said."""

from __future__ import annotations

from runofshow.app.catalog import QT_TRANSLATE_NOOP
from runofshow.obs.client import ErrorKind, ObsError

CONTEXT = "ObsMessages"

TEMPLATES: dict[ErrorKind, str] = {
    ErrorKind.UNREACHABLE: QT_TRANSLATE_NOOP(
        "ObsMessages",
        "OBS is not answering at %1: is it running, with its WebSocket server on? (%2)",
    ),
    ErrorKind.TIMEOUT: QT_TRANSLATE_NOOP("ObsMessages", "OBS at %1 did not answer in time."),
    ErrorKind.PASSWORD_NEEDED: QT_TRANSLATE_NOOP(
        "ObsMessages", "OBS at %1 asks for a password: set it in Preferences."
    ),
    ErrorKind.PASSWORD_WRONG: QT_TRANSLATE_NOOP(
        "ObsMessages",
        "OBS at %1 refused the password: check it in Preferences and in OBS "
        "(Tools > WebSocket Server Settings).",
    ),
    ErrorKind.NOT_OBS: QT_TRANSLATE_NOOP(
        "ObsMessages", "What answers at %1 is not OBS with obs-websocket 5 (%2)."
    ),
    ErrorKind.DROPPED: QT_TRANSLATE_NOOP("ObsMessages", "The connection to OBS at %1 was lost."),
    ErrorKind.REQUEST: QT_TRANSLATE_NOOP("ObsMessages", "OBS refused “%1”: %2"),
}
NOT_SWITCHED = QT_TRANSLATE_NOOP("ObsMessages", "Not switched to “%1”.")
STREAMING_IN_REHEARSAL = QT_TRANSLATE_NOOP(
    "ObsMessages", "OBS went on air during the rehearsal: the rehearsal no longer drives it."
)


def fill(template: str, subject: str, detail: str) -> str:
    return template.replace("%1", subject).replace("%2", detail)


def error_text(error: ObsError, address: str = "") -> str:
    """The English sentence for ``error`` (``address`` when the error has no subject)."""
    return fill(TEMPLATES[error.kind], error.subject or address, error.detail)
