"""The operator console: the main window the stream operator runs the show from."""
