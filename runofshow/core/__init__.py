"""The Qt-free core: show model, loader, timing engine, run records, reports.

Nothing below this package may import PySide6 (tests/core/test_no_qt.py enforces it).
"""
