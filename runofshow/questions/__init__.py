"""Panel questions: a moderator's queue per segment, fed by the show file's prepared
questions, a survey CSV and live additions (the chat).

Qt-free: ``model`` (questions and the pure queue operations), ``store`` (the per-show files
in the data folder), ``survey`` (the CSV import), ``service`` (the session service with its
commands and queries) and ``cli`` (``runofshow questions``). The console panel lives in
``runofshow.qt.console.questions``; the pages in ``resources/web``.
"""
