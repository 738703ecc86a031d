"""Quiet hours and recurring runs in local time, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from bot.services.scheduling.calendar import QuietHours, next_run

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")


def test_quiet_hours_across_midnight() -> None:
    quiet = QuietHours.of("21:00", "08:00", "Asia/Shanghai")
    evening = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)  # 21:00 local
    assert quiet.contains(evening)
    assert quiet.defer(evening) == datetime(2026, 11, 30, 0, 0, tzinfo=UTC).replace(
        day=1, month=12
    )
    early = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)  # 06:30 next day local
    assert quiet.defer(early) == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    day = datetime(2026, 11, 30, 4, 0, tzinfo=UTC)  # 12:00 local
    assert not quiet.contains(day) and quiet.defer(day) == day


def test_quiet_hours_within_a_day() -> None:
    quiet = QuietHours.of("12:00", "14:00", "Asia/Shanghai")
    assert quiet.contains(datetime(2026, 11, 30, 4, 30, tzinfo=UTC))
    assert not quiet.contains(datetime(2026, 11, 30, 6, 0, tzinfo=UTC))


def test_next_daily_run() -> None:
    after = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # 10:00 local
    assert next_run(after, time(8), "0123456", SHANGHAI) == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    assert next_run(after, time(11), "0123456", SHANGHAI) == datetime(2026, 11, 30, 3, tzinfo=UTC)


def test_next_run_on_chosen_weekdays() -> None:
    monday = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    assert next_run(monday, time(9), "4", SHANGHAI) == datetime(2026, 12, 4, 1, 0, tzinfo=UTC)


def test_next_run_keeps_local_time_across_daylight_saving() -> None:
    before = datetime(2026, 3, 7, 14, 0, tzinfo=UTC)  # Saturday 09:00 EST
    sunday = next_run(before, time(8), "0123456", NEW_YORK)  # DST starts Sunday 8 March
    assert sunday.astimezone(NEW_YORK).hour == 8
    assert sunday == datetime(2026, 3, 8, 12, 0, tzinfo=UTC)  # 08:00 EDT
    monday = next_run(sunday, time(8), "0123456", NEW_YORK)
    assert (monday - sunday).total_seconds() == 24 * 3600


def test_a_time_skipped_by_daylight_saving_runs_just_after_the_jump() -> None:
    before = datetime(2026, 3, 8, 0, 0, tzinfo=UTC)
    run = next_run(before, time(2, 30), "0123456", NEW_YORK)
    assert run.astimezone(NEW_YORK).hour == 3
