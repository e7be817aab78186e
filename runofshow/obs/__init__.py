"""OBS Studio follows the show: a service of the session (``runofshow.obs.service``), its
connection on a worker thread of its own (``connection``), the texts it fills in
(``placeholders``), the show-day check (``preflight``) and where the password is kept
(``password``). Qt-free and web-free (an import-linter contract says so)."""
