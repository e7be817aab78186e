"""Choosing the speaker screen and following it when it is unplugged and plugged back."""

from __future__ import annotations

from dataclasses import dataclass, field

from pytestqt.qtbot import QtBot

from runofshow.qt.speaker.screens import ScreenFollower, choose_screen


@dataclass(frozen=True)
class FakeScreen:
    label: str

    def name(self) -> str:
        return self.label


@dataclass
class FakeWindow:
    screen: str = ""
    fullscreen: bool = False
    visible: bool = True
    moves: list[tuple[str, bool]] = field(default_factory=list)

    def place_on(self, screen: FakeScreen, fullscreen: bool) -> None:
        self.screen, self.fullscreen, self.visible = screen.name(), fullscreen, True
        self.moves.append((screen.name(), fullscreen))

    def hide(self) -> None:
        self.visible = False
        self.moves.append(("hidden", self.fullscreen))

    def current_screen_name(self) -> str:
        return self.screen

    def isFullScreen(self) -> bool:
        return self.fullscreen

    def isVisible(self) -> bool:
        return self.visible


LAPTOP, HDMI, DP = FakeScreen("eDP-1"), FakeScreen("HDMI-1"), FakeScreen("DP-2")


def test_choose_by_index_object_memory_or_first_external() -> None:
    screens = [LAPTOP, HDMI, DP]
    assert choose_screen(screens, 2, "", LAPTOP) is DP
    assert choose_screen(screens, DP, "HDMI-1", LAPTOP) is DP
    assert choose_screen(screens, None, "DP-2", LAPTOP) is DP  # remembered by name
    assert choose_screen(screens, None, "", LAPTOP) is HDMI  # first screen that is not primary
    assert choose_screen(screens, None, "gone", LAPTOP) is HDMI
    assert choose_screen(screens, 9, "DP-2", LAPTOP) is DP  # out of range: like None
    assert choose_screen([LAPTOP], None, "", LAPTOP) is LAPTOP
    assert choose_screen([], None, "", None) is None


def follower(window: FakeWindow, screens: list[FakeScreen], remembered: str) -> ScreenFollower:
    return ScreenFollower(
        window,  # type: ignore[arg-type]
        lambda: remembered,
        screens=lambda: screens,  # type: ignore[arg-type,return-value]
        primary=lambda: screens[0] if screens else None,  # type: ignore[arg-type,return-value]
    )


def test_unplugged_hides_and_comes_back_when_plugged_in(qtbot: QtBot) -> None:
    screens = [LAPTOP, HDMI]
    window = FakeWindow(screen="HDMI-1", fullscreen=True)
    follow = follower(window, screens, "HDMI-1")
    gone: list[str] = []
    back: list[str] = []
    follow.screenGone.connect(gone.append)
    follow.screenBack.connect(back.append)
    screens.remove(HDMI)
    follow.screen_removed(HDMI)  # type: ignore[arg-type]
    assert window.moves == [("hidden", True)]  # never onto the console's screen
    assert follow.gone == "HDMI-1" and gone == ["HDMI-1"]
    follow.screen_added(DP)  # type: ignore[arg-type]  # some other screen: stay hidden
    assert len(window.moves) == 1 and not window.visible
    follow.screen_added(HDMI)  # type: ignore[arg-type]
    assert window.moves[-1] == ("HDMI-1", True)  # back, as it was before the unplug
    assert follow.gone is None and back == ["HDMI-1"]


def test_windowed_stays_windowed_and_other_screens_do_not_matter(qtbot: QtBot) -> None:
    screens = [LAPTOP, HDMI, DP]
    window = FakeWindow(screen="HDMI-1", fullscreen=False)
    follow = follower(window, screens, "HDMI-1")
    follow.screen_removed(DP)  # type: ignore[arg-type]  # not ours
    assert window.moves == []
    follow.screen_removed(HDMI)  # type: ignore[arg-type]
    follow.screen_added(HDMI)  # type: ignore[arg-type]
    assert window.moves == [("hidden", False), ("HDMI-1", False)]


def test_the_primary_screen_unplugged_hides_it_too(qtbot: QtBot) -> None:
    screens = [LAPTOP, HDMI]
    window = FakeWindow(screen="eDP-1", fullscreen=True)
    follow = follower(window, screens, "eDP-1")
    follow.screen_removed(LAPTOP)  # type: ignore[arg-type]
    assert window.moves == [("hidden", True)]


def test_placing_it_by_hand_stops_waiting(qtbot: QtBot) -> None:
    window = FakeWindow(screen="HDMI-1", fullscreen=True)
    follow = follower(window, [LAPTOP, HDMI], "HDMI-1")
    follow.screen_removed(HDMI)  # type: ignore[arg-type]
    follow.forget()  # the operator showed it on the laptop (F11)
    window.place_on(LAPTOP, False)
    follow.screen_added(HDMI)  # type: ignore[arg-type]  # the remembered screen: move there
    assert window.moves[-1] == ("HDMI-1", False)


def test_hidden_window_does_not_move(qtbot: QtBot) -> None:
    window = FakeWindow(screen="HDMI-1", visible=False)
    follow = follower(window, [LAPTOP, HDMI], "HDMI-1")
    follow.screen_removed(HDMI)  # type: ignore[arg-type]
    follow.screen_added(HDMI)  # type: ignore[arg-type]
    assert window.moves == []
