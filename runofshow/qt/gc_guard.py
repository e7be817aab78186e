"""Python's cyclic garbage collection, run on the Qt thread only.

The web server runs on its own thread. Left to itself, Python collects cyclic garbage on
whichever thread happens to allocate, so a QObject caught in a reference cycle could be
destroyed on the server thread; Qt then cannot unregister its timers and the next timer
event crashes the app. This guard turns automatic collection off and collects from a timer
on the thread that owns the Qt objects, with the same thresholds Python would use.

Once start-up is over (``settle``) what survived it (modules, Qt wrappers, the show) goes
into the permanent generation: a collection of the oldest generation then scans only what
the show itself made since, a millisecond or two rather than some 50 ms of the GUI thread
in the middle of a show (issue 18: no stall over 50 ms).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation whose threshold is exceeded; returns it, or None."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return None

    def settle(self) -> None:
        """Start-up is over: collect once, then freeze what survived (``gc.freeze``)."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        if self._was_enabled:
            gc.enable()
