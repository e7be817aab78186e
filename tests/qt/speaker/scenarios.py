"""A show with a long Japanese title and long cue cards, and every state the display has."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.model import (
    DEFAULT_THRESHOLDS,
    Cue,
    Notes,
    Segment,
    SegmentKind,
    Show,
    Speaker,
)
from tests.app.support import make_session

LONG_TITLE = (
    "ポイント付与の非同期化について〜メッセージングによるイベント伝搬の汎用化と今後の展望〜"
)
LONG_CUE = (
    "ここでデモに切り替えます。Kafka のトピック構成図を見せてから、コンシューマの"
    "リトライ戦略と冪等性の担保について、実際の障害事例を交えて三分以内で説明してください。"
    " Then hand over to the Q&A moderator."
)
MINUTE = 60_000

PHASES = (
    "standby",
    "normal",
    "warning",
    "danger",
    "overtime",
    "paused",
    "ended",
    "blackout",
    "message",
    "rehearsal",
    "far",  # opened years after its date: the planned date instead of a countdown
    "hold",  # the talk ended early; the display counts to the panel's hard start
)
FAR_AWAY = datetime(2025, 3, 1, 9, 30, tzinfo=ZoneInfo("UTC"))


def make_show(*, hard_start: bool = False) -> Show:
    """The show; with ``hard_start`` the panel is pinned at 13:25 (five minutes after
    the talk is planned to end)."""
    tz = ZoneInfo("Asia/Tokyo")
    talk = Segment(
        id="talk-points",
        kind=SegmentKind.TALK,
        title=LONG_TITLE,
        duration_ms=15 * MINUTE,
        thresholds=DEFAULT_THRESHOLDS,
        speakers=(Speaker("山田 太郎", "Kyash", "Backend"), Speaker("Jane Doe", "Kyash")),
        cues=(
            Cue("イントロ：ポイント付与の現状", "", 0),
            Cue("デモ：非同期イベント伝搬", LONG_CUE, 5 * MINUTE),
            Cue("まとめと今後の展望", "質疑応答へ", 12 * MINUTE),
        ),
        notes=Notes(slide="スライド 12 枚目でデモ", stream="カメラ 2"),
    )
    return Show(
        title="Kyash TechTalk #4",
        starts_at=datetime(2022, 9, 12, 13, 0, tzinfo=tz),
        timezone="Asia/Tokyo",
        segments=(
            Segment(
                "opening",
                SegmentKind.OPENING,
                "オープニング",
                5 * MINUTE,
                DEFAULT_THRESHOLDS,
                speakers=(Speaker("司会"),),
            ),
            talk,
            Segment(
                "panel",
                SegmentKind.PANEL,
                "パネルディスカッション：開発環境の未来",
                45 * MINUTE,
                DEFAULT_THRESHOLDS,
                hard_start=datetime(2022, 9, 12, 13, 25, tzinfo=tz) if hard_start else None,
            ),
        ),
    )


def engine_in(phase: str, clocks: FakeClocks) -> Engine:
    """An engine showing ``phase``; the talk with the long title is on air."""
    engine = Engine(make_show(hard_start=phase == "hold"), clocks, rehearsal=phase == "rehearsal")
    drive_to(phase, engine, clocks)
    return engine


def session_in(phase: str, clocks: FakeClocks) -> ShowSession:
    """A session (on a manual scheduler) whose engine shows ``phase``."""
    show = make_show(hard_start=phase == "hold")
    session = make_session(clocks, show=show, rehearsal=phase == "rehearsal")
    drive_to(phase, session.engine, clocks)
    session.tick()
    return session


def drive_to(phase: str, engine: Engine, clocks: FakeClocks) -> None:
    if phase == "standby":
        return
    if phase == "far":
        clocks.set_wall(FAR_AWAY)
        return
    engine.start()
    clocks.advance(5 * MINUTE)
    assert engine.goto("talk-points").ok
    assert engine.next_cue().ok
    into = {
        "normal": 6 * MINUTE,
        "warning": 13 * MINUTE + 30_000,
        "danger": 14 * MINUTE + 30_000,
        "overtime": 16 * MINUTE + 12_000,
        "paused": 4 * MINUTE,
        "message": 7 * MINUTE,
        "rehearsal": 6 * MINUTE,
        "blackout": 6 * MINUTE,
        "ended": 6 * MINUTE,
        "hold": 16 * MINUTE,
    }[phase]
    clocks.advance(into)
    if phase == "paused":
        assert engine.pause().ok
    elif phase == "ended":
        assert engine.end_show().ok
    elif phase == "blackout":
        assert engine.set_blackout(True).ok
    elif phase == "message":
        assert engine.set_message(
            "質問をリピートしてください — please repeat the question", flash=False
        ).ok
