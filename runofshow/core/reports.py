"""Reports from run history: CSV and Markdown (one run or a comparison), YouTube chapters.

Durations are shown as m:ss (h:mm:ss past an hour), over/under signed ("+1:12", "-0:40"),
times of day in the show's time zone, all in whole seconds cut the same way, so every
row adds up: actual − plan = over/under (runofshow.core.run_analysis.whole). Reports are
plain text; callers write them out. CSV starts with a UTF-8 byte order mark: without it
Excel reads the file as the system code page and breaks Japanese titles.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from runofshow.core.durations import format_clock, format_duration
from runofshow.core.question_report import AnsweredQuestion
from runofshow.core.run_analysis import (
    Comparison,
    PlannedSegment,
    RunAnalysis,
    describe,
    projected_start,
    signed,
)
from runofshow.core.runs import RunInfo, SceneSwitch

MIN_CHAPTERS = 3
MIN_CHAPTER_S = 10
INTRO_TITLE_JA = "配信開始"
INTRO_TITLE_EN = "Stream start"
BOM = "\ufeff"


def _dur(ms: int | None) -> str:
    return "" if ms is None else format_duration(ms)


def _clock(when: datetime | None, tz: tzinfo) -> str:
    if when is None:
        return ""
    return when.astimezone(tz).strftime("%H:%M:%S")


def _csv(rows: Sequence[Sequence[object]]) -> str:
    """CSV text with the UTF-8 byte order mark first (spreadsheets then read Japanese)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(rows)
    return out.getvalue()


def projected_label(title: str) -> str:
    return f"Projected start of {title}"


# ---------------------------------------------------------------- one run

RUN_CSV_HEADER = (
    "row",
    "index",
    "segment_id",
    "title",
    "speakers",
    "planned",
    "actual",
    "over_under",
    "added",
    "pauses",
    "paused",
    "started",
    "ended",
)


def run_csv(info: RunInfo, run: RunAnalysis, questions: Sequence[AnsweredQuestion] = ()) -> str:
    """One row per segment, then its cue cards (time on card), a total and the projection;
    then the panel questions answered, in order (time on air; asker in "speakers")."""
    tz = run.plan.tz
    rows: list[Sequence[object]] = [RUN_CSV_HEADER]
    for s in run.segments:
        seg = s.segment
        rows.append(
            (
                "segment", s.index + 1, seg.id, seg.title, ", ".join(seg.speakers),
                _dur(seg.duration_ms), _dur(s.duration_ms), signed(s.delta_ms),
                signed(s.added_ms) if s.added_ms else "", s.pauses if s.ran else "",
                _dur(s.paused_ms) if s.pauses else "", _clock(s.started, tz), _clock(s.ended, tz),
            )
        )  # fmt: skip
        for c in s.cues:
            on_card = c.on_card_ms if c.reached_ms is not None else None
            rows.append(
                (
                    "cue", f"{s.index + 1}.{c.index + 1}", seg.id, c.title, "",
                    _dur(c.planned_on_card_ms), _dur(on_card), signed(c.delta_ms),
                    "", "", "", _dur(c.reached_ms), "",
                )
            )  # fmt: skip
    rows.append(
        (
            "total", "", "", "Total", "", _dur(run.planned_ms_of_ran), _dur(run.total_ms),
            signed(run.total_delta_ms), "", "", "", "", "",
        )
    )  # fmt: skip
    projected = projected_start(run.plan, [run])
    if projected is not None:
        rows.append(
            (
                "projected", "", projected.segment.id, projected_label(projected.segment.title),
                "", _clock(projected.planned, tz), _clock(projected.projected[0], tz),
                signed(projected.delta_ms(0)), "", "", "", "", "",
            )
        )  # fmt: skip
    for q in questions:
        rows.append(
            (
                "question", q.order, q.segment_id, q.text, q.asker, "", _dur(q.on_air_ms), "",
                "", "", "", _clock(q.first_on_air, tz), _clock(q.answered, tz),
            )
        )  # fmt: skip
    return _csv(rows)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines


def run_markdown(
    info: RunInfo,
    run: RunAnalysis,
    scenes: Sequence[SceneSwitch] = (),
    questions: Sequence[AnsweredQuestion] = (),
) -> str:
    """A readable report: summary, segment table, cue-card laps, the OBS scenes that went
    on air (when OBS followed the show), the panel questions answered and the action log."""
    tz = run.plan.tz
    title = info.name or f"Run #{info.id}"
    lines = [
        f"# {_md(run.plan.title)} — {_md(title)}",
        "",
        f"- Kind: {info.kind}" + (f" (segment {info.scope})" if info.scope else ""),
        f"- Started: {info.started.astimezone(tz).strftime('%Y-%m-%d %H:%M:%S %Z')}",
        f"- Status: {info.status}",
    ]
    if info.note:
        lines.append(f"- Note: {_md(info.note)}")
    lines += ["", "## Segments", ""]
    rows = [
        [
            str(s.index + 1), s.segment.title, _dur(s.segment.duration_ms), _dur(s.duration_ms),
            signed(s.delta_ms), signed(s.added_ms) if s.added_ms else "",
            f"{s.pauses} ({_dur(s.paused_ms)})" if s.pauses else "",
            _clock(s.started, tz), _clock(s.ended, tz),
        ]
        for s in run.segments
    ]  # fmt: skip
    rows.append(
        ["", "**Total**", _dur(run.planned_ms_of_ran), _dur(run.total_ms),
         signed(run.total_delta_ms), "", "", "", ""]
    )  # fmt: skip
    lines += _table(
        ["#", "Segment", "Plan", "Actual", "±", "Added", "Pauses", "Start", "End"], rows
    )
    projected = projected_start(run.plan, [run])
    if projected is not None and projected.projected[0] is not None:
        lines += [
            "",
            f"{projected_label(_md(projected.segment.title))}: planned "
            f"{_clock(projected.planned, tz)}, projected {_clock(projected.projected[0], tz)} "
            f"({signed(projected.delta_ms(0))})",
        ]
    with_cues = [s for s in run.segments if s.ran and s.cues]
    if with_cues:
        lines += ["", "## Cue cards", ""]
        for s in with_cues:
            lines += [f"### {_md(s.segment.title)}", ""]
            lines += _table(
                ["Card", "Target", "Reached", "Time on card", "Planned", "±"],
                [
                    [
                        f"{c.index + 1}. {c.title}", _dur(c.target_ms), _dur(c.reached_ms),
                        _dur(c.on_card_ms) if c.reached_ms is not None else "",
                        _dur(c.planned_on_card_ms), signed(c.delta_ms),
                    ]
                    for c in s.cues
                ],
            )  # fmt: skip
            lines.append("")
        lines.pop()
    titles = {s.segment.id: s.segment.title for s in run.segments}
    if scenes:
        lines += ["", "## OBS scenes", ""]
        lines += _table(
            ["Time", "Scene", "Segment"],
            [[_clock(s.wall, tz), s.scene,
              titles.get(s.segment_id, s.segment_id) if s.segment_id else "—"]
             for s in scenes],
        )  # fmt: skip
    if questions:
        lines += ["", "## Questions answered", ""]
        lines += _table(
            ["#", "Question", "Asker", "Source", "On air", "From", "To", "Segment"],
            [
                [
                    str(q.order), q.text, q.asker, q.source, _dur(q.on_air_ms),
                    _clock(q.first_on_air, tz), _clock(q.answered, tz),
                    titles.get(q.segment_id, q.segment_id),
                ]
                for q in questions
            ],
        )  # fmt: skip
    lines += ["", "## Action log", ""]
    lines += _table(
        ["Time", "Run time", "Action", "Segment", "Detail"],
        [
            [
                _clock(e.wall, tz), format_duration(t), e.action,
                titles.get(e.segment_id, e.segment_id), describe(e),
            ]
            for e, t in zip(run.events, run.event_run_ms, strict=True)
        ],
    )  # fmt: skip
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- comparisons


def comparison_csv(comparison: Comparison) -> str:
    """Rows = segments (then cue cards), columns = plan and each run with its over/under."""
    header: list[str] = ["row", "segment_id", "title", "plan"]
    for label in comparison.labels:
        header += [label, f"{label} ±"]
    rows: list[Sequence[object]] = [header]
    n = len(comparison.labels)
    for r in comparison.rows:
        cells: list[object] = ["segment", r.segment.id, r.segment.title, _dur(r.planned_ms)]
        for i in range(n):
            cells += [_dur(r.actual_ms[i]), signed(r.delta_ms(i))]
        rows.append(cells)
    total: list[object] = ["total", "", "Total", _dur(comparison.planned_total_ms)]
    for i in range(n):
        total += [_dur(comparison.total_ms(i)), signed(comparison.total_delta_ms(i))]
    rows.append(total)
    p = comparison.projected
    if p is not None:
        tz = comparison.plan.tz
        cells = ["projected", p.segment.id, projected_label(p.segment.title), _clock(p.planned, tz)]
        for i in range(n):
            cells += [_clock(p.projected[i], tz), signed(p.delta_ms(i))]
        rows.append(cells)
    for c in comparison.cue_rows:
        cells = ["cue", c.segment.id, f"{c.segment.title} / {c.title}", _dur(c.planned_ms)]
        for i in range(n):
            cells += [_dur(c.actual_ms[i]), signed(c.delta_ms(i))]
        rows.append(cells)
    return _csv(rows)


def comparison_markdown(comparison: Comparison) -> str:
    n = len(comparison.labels)
    tz = comparison.plan.tz
    header = ["Segment", "Plan"]
    for label in comparison.labels:
        header += [label, "±"]
    rows = []
    for r in comparison.rows:
        cells = [r.segment.title, _dur(r.planned_ms)]
        for i in range(n):
            cells += [_dur(r.actual_ms[i]), signed(r.delta_ms(i))]
        rows.append(cells)
    total = ["**Total**", _dur(comparison.planned_total_ms)]
    for i in range(n):
        total += [_dur(comparison.total_ms(i)), signed(comparison.total_delta_ms(i))]
    rows.append(total)
    p = comparison.projected
    if p is not None:
        cells = [projected_label(p.segment.title), _clock(p.planned, tz)]
        for i in range(n):
            cells += [_clock(p.projected[i], tz), signed(p.delta_ms(i))]
        rows.append(cells)
    lines = [f"# {_md(comparison.plan.title)} — plan vs runs", "", *_table(header, rows)]
    if comparison.cue_rows:
        lines += ["", "## Cue cards (time on card)", ""]
        cue_rows = []
        for c in comparison.cue_rows:
            cells = [f"{c.segment.title} / {c.cue_index + 1}. {c.title}", _dur(c.planned_ms)]
            for i in range(n):
                cells += [_dur(c.actual_ms[i]), signed(c.delta_ms(i))]
            cue_rows.append(cells)
        lines += _table(["Card", *header[1:]], cue_rows)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- YouTube chapters


class ChapterError(ValueError):
    """The run cannot make valid YouTube chapters; the message says why."""


@dataclass(frozen=True)
class Chapter:
    start_s: int
    title: str

    def line(self) -> str:
        return f"{format_clock(self.start_s)} {self.title}"


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


def intro_title_for(titles: Sequence[str]) -> str:
    """ "配信開始" when the show is in Japanese, else "Stream start"."""
    return INTRO_TITLE_JA if any(_CJK.search(t) for t in titles) else INTRO_TITLE_EN


def chapters_from_starts(
    starts: Sequence[tuple[int, str]], end_ms: int, shift_s: int, intro_title: str
) -> list[Chapter]:
    """YouTube chapters from (start ms on the run's timeline, title), ascending.

    The stream started ``shift_s`` seconds before the run (negative: after it). Rules
    (YouTube's): the first chapter at 0:00, at least three, each at least 10 s long,
    ascending. A chapter shorter than 10 s is merged into the one before it (the first
    one into the next, which then starts at 0:00); the last one's length runs to the end
    of the run. Raises ChapterError when fewer than three chapters remain.
    """
    items = [(ms // 1000 + shift_s, title) for ms, title in starts]
    end_s = end_ms // 1000 + shift_s
    if shift_s > 0 and items:
        items.insert(0, (0, intro_title))
    # The stream starts inside the chapter that runs at 0: it opens at 0:00.
    while len(items) > 1 and items[1][0] <= 0:
        items.pop(0)
    if items:
        items[0] = (0, items[0][1])
    chapters = [Chapter(s, t) for s, t in items]
    while len(chapters) >= MIN_CHAPTERS:
        short = next(
            (i for i in range(len(chapters)) if _length(chapters, i, end_s) < MIN_CHAPTER_S), None
        )
        if short is None:
            return chapters
        if short == 0:
            chapters.pop(0)
            chapters[0] = Chapter(0, chapters[0].title)
        else:
            chapters.pop(short)
    raise ChapterError(
        "Cannot make YouTube chapters: YouTube needs at least 3 chapters, the first at 0:00 "
        f"and each at least {MIN_CHAPTER_S} seconds long, but this run gives only "
        f"{len(chapters)} (segments shorter than {MIN_CHAPTER_S} s are merged into the one "
        "before)."
    )


def _length(chapters: Sequence[Chapter], i: int, end_s: int) -> int:
    following = chapters[i + 1].start_s if i + 1 < len(chapters) else end_s
    return following - chapters[i].start_s


_SPACES = re.compile(r"\s+")


def clean_title(text: str) -> str:
    """One line, single spaces: a chapter title as YouTube shows it."""
    return _SPACES.sub(" ", text).strip()


def chapter_title(segment: PlannedSegment, speakers: bool) -> str:
    """ "ローカル開発環境をAWSへ移行した話 / @yuu26"; every panelist too. The speakers follow
    a slash, never brackets, so names with brackets of their own do not nest."""
    title = clean_title(segment.title)
    names = [clean_title(name) for name in segment.speakers if clean_title(name)]
    return f"{title} / {', '.join(names)}" if speakers and names else title


def youtube_chapters(
    run: RunAnalysis,
    shift_s: int = 0,
    intro_title: str | None = None,
    *,
    skip_kinds: Collection[str] = (),
    speakers: bool = True,
) -> str:
    """YouTube chapter lines for a run: "0:00 Title / speakers" per segment, in the order
    they started.

    ``shift_s``: seconds the stream went live before the run started (an intro chapter
    "配信開始"/"Stream start" then opens at 0:00). Segments of a kind in ``skip_kinds``
    (``"break"``) and those with ``chapter: false`` get no chapter: their time belongs to
    the chapter before. Raises ChapterError if the rules cannot be met.
    """
    ran = sorted((s for s in run.segments if s.start_run_ms is not None),
                 key=lambda s: s.start_run_ms or 0)  # fmt: skip
    kept = [s for s in ran if s.segment.chapter and s.segment.kind not in skip_kinds]
    starts = [(s.start_run_ms or 0, chapter_title(s.segment, speakers)) for s in kept]
    intro = intro_title or intro_title_for([s.segment.title for s in run.segments])
    chapters = chapters_from_starts(starts, run.end_run_ms, shift_s, intro)
    return "\n".join(c.line() for c in chapters) + "\n"
