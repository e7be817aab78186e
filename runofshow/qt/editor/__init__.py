"""The show editor: its own window, one module per panel (runofshow/qt/editor/)."""
