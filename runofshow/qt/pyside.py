"""PySide6 without its source scan of every module imported after it.

PySide6 hooks the import statement. For each module imported after PySide6 it reads the
module's whole source (``inspect.getsource``) to see whether the text mentions "PySide6"
(modules that do take part in ``from __feature__ import ...`` switching), and
``linecache`` then keeps every line of every module for the life of the process: about
12 MiB of the running desktop app (its own modules, aiohttp's) and 3 % of its start-up.

``lean_import_hook`` keeps the hook and its answer but looks at what the module holds
instead of reading its file: a module that imported anything from PySide6 uses it. The
app never uses ``__feature__``; a module that does is still switched by PySide6's own
``from __feature__ import`` handling.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "PySide6.support.feature"  # where PySide6 keeps its import hook's check


def lean_import_hook() -> bool:
    """Replace the source scan (True), or leave PySide6 alone if it has no such hook."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` holds anything from PySide6 (a class, a function, a module)."""
    for value in list(vars(module).values()):
        is_module = isinstance(value, ModuleType)
        name = value.__name__ if is_module else getattr(value, "__module__", None)
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False
