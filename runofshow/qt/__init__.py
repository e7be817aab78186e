"""The Qt face of the app: windows and widgets over the application layer.

Importing it imports PySide6 and turns off PySide6's source scan of every later import
(``runofshow.qt.pyside``), so the Qt-free layers imported before it are never scanned
and the modules imported after it are not either."""

from PySide6 import QtCore as _QtCore  # noqa: F401 - PySide6 installs its import hook here

from runofshow.qt.pyside import lean_import_hook

lean_import_hook()
