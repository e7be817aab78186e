"""Command line: `runofshow [SHOW]` opens the app; sub-commands validate, schema, runs,
report, questions.

Heavy imports (Qt, the web server) happen only in the branch that needs them, so
`validate` and `schema` start fast and work without a display, and `--headless` never
imports Qt. The options go to ``runofshow.app.wiring``, shared by both modes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from runofshow import __version__
from runofshow.app.options import DEFAULT_PORT, RunOptions
from runofshow.paths import bundled_show, schema_path

SUBCOMMANDS = (
    "run", "validate", "schema", "runs", "report", "obs-check", "questions", "export", "import",
    "sheet",
)  # fmt: skip


def obs_address(text: str) -> str:
    """``--obs HOST:PORT``, checked (argparse prints the reason and exits 2)."""
    from runofshow.obs.client import parse_address

    try:
        return str(parse_address(text))
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runofshow",
        description=(
            "A run-of-show app for live-streamed events. "
            "`runofshow [SHOW.yaml]` opens the operator console (no argument: the bundled "
            "Kyash TechTalk #4 show); it is short for `runofshow run [SHOW.yaml]`."
        ),
    )
    parser.add_argument("--version", action="version", version=f"runofshow {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="open the app on a show (the default command)")
    run.add_argument("show", nargs="?", type=Path, help="show file (default: the bundled show)")
    run.add_argument("--rehearse", action="store_true", help="start in rehearsal mode")
    run.add_argument(
        "--segment",
        metavar="ID",
        help="with --rehearse: rehearse only this segment (laps per cue card)",
    )
    run.add_argument(
        "--speaker-screen",
        type=int,
        metavar="N",
        help="open the speaker display full screen on screen N (0 is the first)",
    )
    run.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port of the browser views and control API (default {DEFAULT_PORT}; 0 picks one)",
    )
    run.add_argument(
        "--lan",
        action="store_true",
        help="serve on all network interfaces; then every request needs the view or control link",
    )
    run.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST",
        help="with --lan: also answer requests for this host name, e.g. a tunnel's or a VPN's "
        "(repeatable)",
    )
    run.add_argument(
        "--headless", action="store_true", help="run the clock and the server without any window"
    )
    run.add_argument("--no-server", action="store_true", help="do not start the web server")
    run.add_argument("--lang", choices=("ja", "en"), help="user interface language")
    run.add_argument(
        "--obs",
        type=obs_address,
        metavar="HOST:PORT",
        help="OBS Studio's WebSocket server to drive (default: the one set in Preferences)",
    )

    validate = sub.add_parser("validate", help="check show files; print FILE:LINE:COL errors")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")

    sub.add_parser("schema", help="print the JSON Schema of the show file format")

    runs = sub.add_parser("runs", help="list the recorded runs (rehearsals and live) of a show")
    runs.add_argument("show", type=Path)

    report = sub.add_parser("report", help="plan-versus-actual report or YouTube chapters")
    report.add_argument("show", type=Path)
    report.add_argument("--run", dest="run_id", help="run id (default: the latest run)")
    report.add_argument("--format", dest="fmt", choices=("csv", "md", "chapters"), default="md")
    report.add_argument(
        "--shift",
        type=int,
        default=0,
        metavar="SECONDS",
        help="chapters: seconds between going live and the show's first segment",
    )
    report.add_argument(
        "--chapters-skip",
        action="append",
        default=[],
        metavar="KIND",
        help="chapters: no chapter for segments of this kind, e.g. break (repeat or a,b)",
    )
    report.add_argument(
        "--no-speakers",
        dest="speakers",
        action="store_false",
        help="chapters: titles only, without the speakers",
    )
    check = sub.add_parser(
        "obs-check",
        help="list the OBS scenes and text sources the show names that OBS lacks (exit 1)",
    )
    check.add_argument("show", type=Path)
    check.add_argument(
        "--obs",
        type=obs_address,
        default="127.0.0.1:4455",
        metavar="HOST:PORT",
        help="OBS's WebSocket server (default 127.0.0.1:4455); the password is the one "
        "kept by the app (Preferences) or RUNOFSHOW_OBS_PASSWORD",
    )
    questions = sub.add_parser("questions", help="panel questions: import a survey CSV, list")
    questions_sub = questions.add_subparsers(dest="questions_command", metavar="ACTION")
    questions_sub.required = True
    survey = questions_sub.add_parser(
        "import", help="add a survey's questions (CSV: UTF-8, UTF-8 with BOM or Shift_JIS)"
    )
    survey.add_argument("show", type=Path)
    survey.add_argument("csv", type=Path, metavar="FILE.csv")
    survey.add_argument("--segment", metavar="ID", help="the segment (default: the first panel)")
    survey.add_argument(
        "--map",
        metavar="text=COL,asker=COL,tags=COL",
        help="which column holds what (a header or a column number; default: guessed)",
    )
    listing = questions_sub.add_parser("list", help="the prepared and imported questions")
    listing.add_argument("show", type=Path)

    export = sub.add_parser(
        "export", help="write the rundown of a show as CSV (one row per segment)"
    )
    export.add_argument("show", type=Path)
    export.add_argument("--format", dest="fmt", choices=("csv",), default="csv")
    export.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")

    imp = sub.add_parser("import", help="make a show file from a CSV rundown")
    imp.add_argument("csv", type=Path, metavar="FILE.csv")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="SHOW.yaml")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=KEY",
        help="read COLUMN as KEY (title, duration, notes.slide, show.title, ...); COLUMN= skips it",
    )
    imp.add_argument("--force", action="store_true", help="replace SHOW.yaml if it exists")

    sheet = sub.add_parser("sheet", help="print the run sheet of a show to PDF")
    sheet.add_argument("show", type=Path)
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    sheet.add_argument("--page", choices=("a4", "letter"), default="a4")
    sheet.add_argument("--landscape", action="store_true")
    sheet.add_argument("--lang", choices=("en", "ja"), default="en", help="language of the sheet")
    parser.epilog = "The run command (the default):\n\n" + run.format_help()
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    return parser


def _with_default_command(argv: Sequence[str]) -> list[str]:
    args = list(argv)
    if not args or (args[0] not in SUBCOMMANDS and args[0] not in ("-h", "--help", "--version")):
        return ["run", *args]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_with_default_command(sys.argv[1:] if argv is None else argv))
    if args.command == "validate":
        return validate_files(args.files)
    if args.command == "schema":
        sys.stdout.write(schema_path().read_text(encoding="utf-8"))
        return 0
    if args.command == "runs":
        from runofshow.history_cli import list_runs

        return list_runs(args.show)
    if args.command == "obs-check":
        from runofshow.obs.client import parse_address
        from runofshow.obs.password import PasswordStore
        from runofshow.obs.preflight import obs_check

        address = parse_address(args.obs)
        return obs_check(args.show, address, PasswordStore().get(address))
    if args.command == "report":
        from runofshow.history_cli import report

        skip = [kind.strip() for given in args.chapters_skip for kind in given.split(",")]
        return report(
            args.show, args.run_id, args.fmt, args.shift,
            skip_kinds=[kind for kind in skip if kind], speakers=args.speakers,
        )  # fmt: skip
    if args.command == "questions":
        from runofshow.questions import cli as questions_cli

        if args.questions_command == "import":
            return questions_cli.import_survey(args.show, args.csv, args.segment, args.map)
        return questions_cli.list_questions(args.show)
    if args.command in ("export", "import", "sheet"):
        from runofshow import plan_cli

        if args.command == "export":
            return plan_cli.export(args.show, args.fmt, args.output)
        if args.command == "import":
            return plan_cli.import_rundown(args.csv, args.output, args.map, args.force)
        return plan_cli.sheet(args.show, args.output, args.page, args.landscape, args.lang)
    options = RunOptions(
        show=args.show or bundled_show(),
        rehearse=args.rehearse or args.segment is not None,
        rehearse_segment=args.segment,
        speaker_screen=args.speaker_screen,
        port=args.port,
        lan=args.lan,
        allow_hosts=tuple(args.allow_host),
        headless=args.headless,
        serve=not args.no_server,
        lang=args.lang,
        obs=args.obs,
    )
    if options.headless:
        from runofshow import headless

        return headless.run(options)
    import gc

    gc.disable()  # start-up makes long-lived objects only: desktop.run collects after the paint
    from runofshow import desktop

    return desktop.run(options)


def validate_files(files: Sequence[Path]) -> int:
    """Print every problem of every file as FILE:LINE:COL: message; 1 if any file is bad."""
    from runofshow.core.loader import validate_file

    status = 0
    for path in files:
        errors = validate_file(path)
        for error in errors:
            print(error)
        if errors:
            status = 1
        else:
            print(f"{path}: ok")
    return status
