"""The settings window, driven like a person would: invalid entries block Save with a reason,
valid changes save atomically and are announced, the preview runs the real planner."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from movebreak.domain.clock import FakeClock
from movebreak.domain.settings import DEFAULTS, BlockRule, Settings
from movebreak.errors import Problem
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.config_file import load_config
from movebreak.ui.settings_window import SettingsWindow

BERLIN = ZoneInfo("Europe/Berlin")
# Monday 10 June 2024, 08:00 in Berlin
CLOCK_START = datetime(2024, 6, 10, 8, 0, tzinfo=BERLIN)
WRITING = BlockRule((0, 1, 2, 3, 4), time(9), time(11), "Writing")
ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//movebreak settings test//EN
BEGIN:VEVENT
UID:a@test
DTSTAMP:20240101T000000Z
DTSTART;TZID=Europe/Berlin:20240610T140000
DTEND;TZID=Europe/Berlin:20240610T150000
SUMMARY:Focus: design doc
END:VEVENT
BEGIN:VEVENT
UID:b@test
DTSTAMP:20240101T000000Z
DTSTART;TZID=Europe/Berlin:20240611T100000
DTEND;TZID=Europe/Berlin:20240611T103000
SUMMARY:Standup
END:VEVENT
BEGIN:VEVENT
UID:c@test
DTSTAMP:20240101T000000Z
DTSTART;TZID=Europe/Berlin:20240612T130000
DTEND;TZID=Europe/Berlin:20240612T160000
SUMMARY:Focus: coding
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator:
    made: list[SettingsWindow] = []

    def make(settings: Settings = DEFAULTS, **kw: object) -> SettingsWindow:
        kw.setdefault("clock", FakeClock(CLOCK_START, BERLIN))
        w = SettingsWindow(settings, kw.pop("path", tmp_path / "config.toml"), **kw)  # type: ignore[arg-type]
        w.show()
        made.append(w)
        return w

    yield make
    for w in made:  # the window deletes itself on close; only close those still alive
        if shiboken6.isValid(w):
            w.close_discarding()


def activate(qtbot: QtBot, w: SettingsWindow) -> None:
    """Shortcuts (Ctrl+S, Esc) act only in the active window."""
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)


def test_invalid_working_hours_block_save_with_the_reason(make_window, qtbot: QtBot) -> None:
    w = make_window()
    w.schedule.hours[0].setText("17:00-09:00")
    assert not w.save_button.isEnabled()
    assert w.schedule.hour_errors[0].text() == "'17:00-09:00': end must be after start"
    assert w.schedule.hour_errors[0].isVisible()
    assert "end must be after start" in w.status.text()
    assert w.save() is False
    assert not w.config_path.exists()


def test_invalid_block_marks_the_cell(make_window) -> None:
    w = make_window(DEFAULTS.with_changes(blocks=(WRITING,)))
    w.schedule.blocks.item(0, 2).setText("08:00")
    assert not w.save_button.isEnabled()
    assert w.schedule.blocks.item(0, 2).toolTip() == "end must be after start"
    assert "Block 1: end must be after start" in w.schedule.block_error.text()
    w.schedule.blocks.item(0, 2).setText("12:00")
    assert w.save_button.isEnabled()


def test_routine_max_below_min_blocks_save(make_window) -> None:
    w = make_window()
    w.show_page("Breaks")
    w.breaks.spins["routine_min"].setValue(10)
    w.breaks.spins["routine_max"].setValue(4)
    assert not w.save_button.isEnabled()
    assert "at least the shortest routine (10 min)" in w.breaks.range_error.text()


def test_unknown_time_zone_blocks_save(make_window) -> None:
    w = make_window()
    w.general.timezone.setText("Europe/Berlni")
    assert not w.save_button.isEnabled()
    assert "Unknown time zone 'Europe/Berlni'" in w.general.timezone_error.text()
    w.general.timezone.setText("Europe/Berlin")
    assert w.save_button.isEnabled()


def test_save_is_off_until_something_changes(make_window) -> None:
    w = make_window()
    assert not w.save_button.isEnabled()
    assert w.status.text() == ""


def test_valid_change_saves_keeps_comments_and_emits_saved(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# mine\n[planning]\nmin_gap = 6  # keep\n\n[my_notes]\nx = 1\n", encoding="utf-8")
    w = make_window(load_config(path).settings, path=path)
    w.show_page("Breaks")
    w.breaks.spins["max_sitting"].setValue(40)
    w.schedule.add_block.click()
    activate(qtbot, w)
    with qtbot.waitSignal(w.saved, timeout=2000) as signal:
        qtbot.keyClick(w.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    new: Settings = signal.args[0]
    assert new.max_sitting == 40 and new.min_gap == 6 and len(new.blocks) == 1
    text = path.read_text(encoding="utf-8")
    assert "# mine" in text and "# keep" in text and "[my_notes]" in text
    assert (tmp_path / "config.toml.bak").exists()
    assert load_config(path).settings == new
    assert not w.save_button.isEnabled()  # saved: nothing left to save


def test_unparseable_file_is_not_overwritten_and_the_window_says_why(make_window, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[planning\n", encoding="utf-8")
    w = make_window(path=path)
    w.breaks.spins["snooze"].setValue(9)
    assert w.save() is False
    assert "not valid TOML" in w.banner_text.text() and w.banner.isVisible()
    assert path.read_text(encoding="utf-8") == "[planning\n"


def test_load_problems_are_shown_in_a_banner(make_window) -> None:
    problem = Problem("/x/config.toml", "Unknown key 'snoze'; did you mean 'snooze'?", key="breaks.snoze", line=3)
    w = make_window(problems=[problem])
    assert w.banner.isVisible()
    assert "/x/config.toml:3: breaks.snoze" in w.banner_text.text()


def test_a_banner_of_unknown_keys_only_does_not_speak_of_defaults(make_window) -> None:
    unknown = Problem("/x/config.toml", "Unknown section 'mystery', ignored", key="mystery", line=1, warning=True)
    w = make_window(problems=[unknown])
    text = w.banner_text.text()
    assert text.startswith("1 unknown key or section in your config file: kept there, and ignored")
    assert "use their defaults" not in text
    wrong = Problem("/x/config.toml", "Invalid value 0", key="breaks.snooze", line=2)
    w = make_window(problems=[unknown, wrong])
    assert w.banner_text.text().startswith("1 problem in your config file. Those values use their defaults")


def test_preview_uses_the_real_planner(make_window, qtbot: QtBot) -> None:
    w = make_window(DEFAULTS.with_changes(blocks=(WRITING,)))
    preview = w.schedule.preview
    preview.refresh()
    today, tomorrow = preview.days
    assert today.breaks and tomorrow.breaks, preview.summary.text()
    for d in preview.days:
        for s in d.breaks:
            local = s.start.astimezone(BERLIN)
            assert not (time(9) <= local.time() < time(11)), "a break inside the block"
            assert time(9) <= local.time() < time(17, 30)
    first = today.breaks[0].start.astimezone(BERLIN)
    assert first.time() == time(11, 2)  # after_block_delay after the 11:00 block
    # an edit re-plans: no working hours on Monday -> no breaks today
    with qtbot.waitSignal(preview.updated, timeout=3000):
        w.schedule.hours[0].setText("")
    assert preview.days[0].breaks == ()
    assert "Today: not a working day." in preview.summary.text()


def test_calendar_test_counts_the_fixture_events(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    ics = tmp_path / "work.ics"
    ics.write_text(ICS, encoding="utf-8")
    w = make_window()
    from movebreak.domain.settings import CalendarSource

    w.schedule.add_calendar(CalendarSource(str(ics), keywords=("Focus",)))
    w.schedule.test_selected()
    qtbot.waitUntil(lambda: w.schedule.test_cal.isEnabled(), timeout=10000)
    text = w.schedule.test_result.text()
    assert text.startswith("2 events count as blocks in the tested period."), text
    assert "Focus: design doc" in text and "Standup" not in text
    assert w.save_button.isEnabled()


def test_calendar_test_shows_the_exact_error(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    w = make_window()
    from movebreak.domain.settings import CalendarSource

    w.schedule.add_calendar(CalendarSource(str(tmp_path / "missing.ics")))
    w.schedule.test_selected()
    qtbot.waitUntil(lambda: w.schedule.test_cal.isEnabled(), timeout=10000)
    assert "missing.ics" in w.schedule.test_result.text()


def test_unsupported_calendar_scheme_is_marked(make_window) -> None:
    w = make_window()
    from movebreak.domain.settings import CalendarSource

    w.schedule.add_calendar(CalendarSource("webcal://example.com/cal.ics"))
    assert not w.save_button.isEnabled()
    assert "https://" in w.schedule.cal_error.text()


def test_exercises_page_saves_disabled_exercises_and_areas(make_window, qtbot: QtBot) -> None:
    catalogue, _ = load_catalogue(None)
    w = make_window(catalogue=catalogue)
    page = w.exercises
    page.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    page.areas["eyes"].setChecked(False)
    page.play.click()
    assert page.figure.is_playing()
    with qtbot.waitSignal(w.saved, timeout=2000) as signal:
        w.save_button.click()
    assert signal.args[0].disabled_exercises == (catalogue[0].id,)
    assert signal.args[0].disabled_areas == ("eyes",)


def test_likes_saved_by_a_prompt_join_the_users_unsaved_ticks(make_window, qtbot: QtBot) -> None:
    catalogue, _ = load_catalogue(None)
    w = make_window(catalogue=catalogue)
    page = w.exercises
    first = page.list.item(0).data(Qt.ItemDataRole.UserRole)
    hidden = next(e.id for e in catalogue if e.id != first)
    page.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # the user's edit, not saved yet
    w.take_likes(DEFAULTS.with_changes(favourite_exercises=("chin-tuck",), disabled_exercises=(hidden,)))
    assert w.has_unsaved_edits()  # the user's untick is still to save
    hearts = [page.list.item(i).text() for i in range(page.list.count())]
    assert sum(text.startswith("♥ ") for text in hearts) == 1
    with qtbot.waitSignal(w.saved, timeout=2000) as signal:
        w.save_button.click()
    assert signal.args[0].favourite_exercises == ("chin-tuck",)
    assert set(signal.args[0].disabled_exercises) == {first, hidden}


def test_likes_saved_by_a_prompt_are_no_edit_to_save(make_window) -> None:
    catalogue, _ = load_catalogue(None)
    w = make_window(catalogue=catalogue)
    w.take_likes(DEFAULTS.with_changes(favourite_exercises=("chin-tuck",), disabled_exercises=("squat", "chin-tuck")))
    assert not w.has_unsaved_edits() and not w.save_button.isEnabled()


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_folder_buttons_open_the_real_folders(make_window, isolated_dirs: tuple[Path, Path]) -> None:
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        w = make_window(catalogue=load_catalogue(None)[0])
        w.exercises.open_folder_button.click()
        data = isolated_dirs[1]
        assert [u.toLocalFile() for u in catcher.urls] == [str(data / "exercises")]
        assert (data / "exercises").is_dir()
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_start_at_login_writes_the_autostart_entry(
    make_window, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    w = make_window()
    w.show_page("General")
    w.general.autostart.setChecked(True)
    assert w.save_button.isEnabled()
    with qtbot.waitSignal(w.saved, timeout=2000):
        w.save_button.click()
    assert (tmp_path / "xdg" / "autostart" / "movebreak.desktop").is_file()


def test_escape_closes(make_window, qtbot: QtBot) -> None:
    w = make_window()
    activate(qtbot, w)
    qtbot.keyClick(w.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(w) or not w.isVisible(), timeout=2000)


def _answer_unsaved(qtbot: QtBot, w: SettingsWindow, button: QMessageBox.StandardButton) -> None:
    """Close the window as a person would (Esc), then answer the question it asks."""
    activate(qtbot, w)
    qtbot.keyClick(w.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.unsaved_box is not None and w.unsaved_box.isVisible(), timeout=2000)
    box = w.unsaved_box
    assert box is not None
    box.button(button).click()


def test_closing_with_a_valid_change_asks_and_save_saves(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    w = make_window()
    w.show_page("Breaks")
    w.breaks.spins["max_sitting"].setValue(40)
    with qtbot.waitSignal(w.saved, timeout=2000):
        _answer_unsaved(qtbot, w, QMessageBox.StandardButton.Save)
    assert load_config(tmp_path / "config.toml").settings.max_sitting == 40
    qtbot.waitUntil(lambda: not shiboken6.isValid(w) or not w.isVisible(), timeout=2000)


def test_closing_with_a_change_and_keep_editing_stays_open(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    w = make_window()
    w.general.timezone.setText("Europe/Berlni")  # invalid: only Discard or keep editing
    _answer_unsaved(qtbot, w, QMessageBox.StandardButton.Cancel)
    qtbot.wait(100)
    assert shiboken6.isValid(w) and w.isVisible()
    assert w.general.timezone.text() == "Europe/Berlni"
    assert not (tmp_path / "config.toml").exists()


def test_closing_with_an_invalid_change_names_it_and_discard_closes(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    w = make_window()
    w.general.timezone.setText("Europe/Berlni")
    activate(qtbot, w)
    qtbot.keyClick(w.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.unsaved_box is not None and w.unsaved_box.isVisible(), timeout=2000)
    box = w.unsaved_box
    assert box is not None
    assert box.button(QMessageBox.StandardButton.Save) is None  # nothing valid to save
    assert "Unknown time zone 'Europe/Berlni'" in box.informativeText()
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(w) or not w.isVisible(), timeout=2000)
    assert not (tmp_path / "config.toml").exists()


def test_closing_without_changes_asks_nothing(make_window, qtbot: QtBot) -> None:
    w = make_window()
    assert not w.has_unsaved_edits()
    w.close()
    assert w.unsaved_box is None


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_every_page(make_window, tmp_path: Path, theme: str) -> None:
    from movebreak.ui.theme import dark_palette, light_palette

    app = QApplication.instance()
    old = app.palette()
    app.setPalette(light_palette() if theme == "light" else dark_palette())
    try:
        out = Path(os.environ.get("MOVEBREAK_SCREENSHOTS") or tmp_path)
        out.mkdir(parents=True, exist_ok=True)
        w = make_window(DEFAULTS.with_changes(blocks=(WRITING,)), catalogue=load_catalogue(None)[0])
        w.resize(880, 680)  # the usual size; the offscreen screen is only 800 px wide
        w.schedule.preview.refresh()
        for title in ("Schedule", "Breaks", "Exercises", "General"):
            w.show_page(title)
            QApplication.processEvents()
            image = w.grab().toImage()
            assert image.width() >= 800
            assert image.save(str(out / f"settings-{title.lower()}-{theme}.png"))
        welcome = make_window(first_run=True)
        QApplication.processEvents()
        assert welcome.grab().save(str(out / f"settings-welcome-{theme}.png"))
    finally:
        app.setPalette(old)


def test_calendar_test_result_is_scrolled_into_view(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    # The result lands below the calendars, past the visible part of the page at the
    # window's usual size: it must be brought into view, not left for the person to find.
    ics = tmp_path / "work.ics"
    ics.write_text(ICS, encoding="utf-8")
    w = make_window()
    w.resize(880, 680)
    from movebreak.domain.settings import CalendarSource

    w.schedule.add_calendar(CalendarSource(str(ics), keywords=("Focus",)))
    w.schedule.test_selected()
    qtbot.waitUntil(lambda: w.schedule.test_cal.isEnabled(), timeout=10000)
    label = w.schedule.test_result
    # its first line is on screen (the whole label once the scroll settles; at least its start)
    qtbot.waitUntil(lambda: label.visibleRegion().contains(QPoint(4, 4)), timeout=10000)
    assert label.text().startswith("2 events count as blocks")


@pytest.mark.parametrize(
    ("original", "said"),
    [
        (b"\xff\xfe[planning]\nmin_gap = 6\n", "cannot be read"),
        (b"[planning]\nmin_gap = 1\nmin_gap = 3\n", "not valid TOML"),
        (b"[planning\n", "not valid TOML"),
    ],
)
def test_an_unreadable_file_is_kept_and_a_fresh_one_saved_on_request(
    make_window, qtbot: QtBot, tmp_path: Path, original: bytes, said: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(original)
    w = make_window(path=path)
    w.show_page("Breaks")
    w.breaks.spins["snooze"].setValue(9)
    assert w.save() is False
    assert said in w.banner_text.text() and w.banner.isVisible()
    assert w.fresh_button.isVisible()
    assert path.read_bytes() == original  # nothing written yet
    with qtbot.waitSignal(w.saved, timeout=2000):
        w.fresh_button.click()
    assert (tmp_path / "config.toml.bak").read_bytes() == original
    loaded = load_config(path)
    assert loaded.problems == [] and loaded.settings.snooze == 9
    assert not w.fresh_button.isVisible()


def test_exercises_page_marks_favourites_and_undoes_dont_show_again(make_window, qtbot: QtBot) -> None:
    catalogue, _ = load_catalogue(None)
    liked, hidden = catalogue[1], catalogue[2]
    settings = DEFAULTS.with_changes(favourite_exercises=(liked.id,), disabled_exercises=(hidden.id,))
    w = make_window(settings, catalogue=catalogue)
    page = w.exercises
    assert page.list.item(1).text() == f"♥ {liked.name}" and page.list.item(0).text() == catalogue[0].name
    assert page.list.item(2).checkState() == Qt.CheckState.Unchecked  # hidden from the prompt
    page.list.item(2).setCheckState(Qt.CheckState.Checked)  # shown again
    with qtbot.waitSignal(w.saved, timeout=2000) as signal:
        w.save_button.click()
    assert signal.args[0].disabled_exercises == ()
    assert signal.args[0].favourite_exercises == (liked.id,)


def test_the_calendar_test_speaks_the_users_language(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    from movebreak import i18n
    from movebreak.domain.settings import CalendarSource

    ics = tmp_path / "work.ics"
    ics.write_text(ICS, encoding="utf-8")
    i18n.install("de")
    try:
        w = make_window()
        w.schedule.add_calendar(CalendarSource(str(ics), keywords=("Focus",)))
        w.schedule.add_calendar(CalendarSource(str(tmp_path / "missing.ics")))
        w.schedule.calendars.selectRow(0)
        w.schedule.test_selected()
        qtbot.waitUntil(lambda: w.schedule.test_cal.isEnabled(), timeout=10000)
        counted = w.schedule.test_result.text()
        assert counted.startswith("2 Termine zählen im getesteten Zeitraum als Block."), counted
        w.schedule.calendars.selectRow(1)
        w.schedule.test_selected()
        qtbot.waitUntil(lambda: w.schedule.test_cal.isEnabled(), timeout=10000)
        missing = w.schedule.test_result.text()
        assert (
            "missing.ics: kann nicht gelesen werden: Datei nicht gefunden (gültig: ein Pfad zu einer .ics-Datei"
            in missing
        )
    finally:
        i18n.reset()
