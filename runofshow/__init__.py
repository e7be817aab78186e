"""runofshow: a run-of-show app for live-streamed events."""

__version__ = "0.1.0"
