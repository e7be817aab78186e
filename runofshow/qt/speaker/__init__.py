"""The speaker display (a full-screen countdown for the person on stage)."""

from runofshow.qt.speaker.window import SpeakerWindow

__all__ = ["SpeakerWindow"]
