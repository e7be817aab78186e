"""Cyclic garbage is collected on the Qt thread, never on the web server's thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from runofshow.qt.gc_guard import CHECK_EVERY_MS, MainThreadGarbageCollector


class Cyclic(QObject):
    destroyed_on: list[str] = []  # noqa: RUF012 - shared record of where deletion ran

    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cyclic collector can free it

    def __del__(self) -> None:
        Cyclic.destroyed_on.append(threading.current_thread().name)


def test_automatic_collection_is_off_and_checks_collect_on_this_thread(qtbot: QtBot) -> None:
    gc.enable()
    guard = MainThreadGarbageCollector()
    try:
        assert not gc.isenabled()
        assert guard._timer.interval() == CHECK_EVERY_MS and guard._timer.isActive()
        Cyclic.destroyed_on.clear()
        ref = weakref.ref(Cyclic())
        # Another thread allocating plenty of objects must not collect it.
        worker = threading.Thread(target=lambda: [[] for _ in range(50_000)], name="server")
        worker.start()
        worker.join()
        assert ref() is not None
        allocated = [[] for _ in range(gc.get_threshold()[0] + 1)]  # over generation 0's threshold
        assert guard.check() is not None
        del allocated
        gc.collect()  # older generations too, as later checks would
        assert ref() is None
        assert Cyclic.destroyed_on == [threading.current_thread().name]
    finally:
        guard.stop()
    assert gc.isenabled()


def test_settling_freezes_what_start_up_left_and_stopping_thaws_it(qtbot: QtBot) -> None:
    guard = MainThreadGarbageCollector()
    try:
        Cyclic.destroyed_on.clear()
        garbage = weakref.ref(Cyclic())  # start-up's garbage: collected, not frozen
        kept = [object() for _ in range(1000)]  # start-up's survivors: frozen
        tracked = [[] for _ in range(1000)]
        guard.settle()
        assert garbage() is None
        frozen = gc.get_freeze_count()
        assert frozen >= len(tracked)
        in_generations = {id(o) for g in (0, 1, 2) for o in gc.get_objects(generation=g)}
        assert not any(id(o) in in_generations for o in tracked)  # no collection scans them
        later = [[] for _ in range(gc.get_threshold()[0] + 1)]
        gc.collect(2)
        assert gc.get_freeze_count() == frozen
        assert {id(o) for o in later} <= {id(o) for o in gc.get_objects(generation=2)}
        del later, kept
    finally:
        guard.stop()
    assert gc.get_freeze_count() == 0
