"""What each timer and schedule kind calls: the one place where they are wired."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.services.desk.items import KIND as DESK_REMIND
from bot.services.fees.arrears_push import PROMISE_KIND, WEEKLY_KIND
from bot.services.fees.reminders import KIND as FEE_LADDER
from bot.services.fees.reminders import OLD_KIND as OLD_FEE_STEP
from bot.services.gate.releases import KIND as RELEASE_LAPSE
from bot.services.notices.events import KIND as EVENT_REMIND
from bot.services.notices.notices import SEND_KIND as NOTICE_SEND
from bot.services.notices.outages import KIND as OUTAGE_REMIND
from bot.services.people.members import KIND as MEMBER_LEASE
from bot.services.renovation.reminders import INSPECT_KIND as RENOVATION_INSPECT
from bot.services.renovation.reminders import KIND as RENOVATION_REMIND
from bot.services.surveys.service import CLOSE_KIND as SURVEY_CLOSE
from bot.services.surveys.service import REMIND_KIND as SURVEY_REMIND
from bot.services.violations.reminders import KIND as VIOLATION_REMIND
from bot.services.votes.votes import KIND as VOTE_TIMER

if TYPE_CHECKING:
    from bot.services import Services


def wire(services: Services) -> None:
    """Register every timer and schedule handler with the timers service."""
    s = services
    timer_handlers = {
        "repair.ack.warn": s.ticket_followup.on_warn,
        "repair.ack.breach": s.ticket_followup.on_breach,
        "repair.ack.again": s.ticket_followup.on_again,
        "staff.summary": s.shift_summary.on_summary,
        "repair.resolve.warn": s.ticket_followup.on_warn,
        "repair.resolve.breach": s.ticket_followup.on_breach,
        "repair.rating.remind": s.ticket_followup.on_rating_remind,
        "repair.rating.close": s.ticket_followup.on_rating_close,
        "complaint.stage.warn": s.complaint_deadlines.on_warn,
        "complaint.stage.breach": s.complaint_deadlines.on_breach,
        "complaint.answer.close": s.complaint_deadlines.on_answer_timeout,
        "patrol.remind": s.patrol_tasks.on_remind,
        "patrol.missed": s.patrol_tasks.on_missed,
        FEE_LADDER: s.fee_reminders.on_reminder,
        OLD_FEE_STEP: s.fee_reminders.on_old_step,
        PROMISE_KIND: s.arrears_push.on_promise_due,
        RENOVATION_REMIND: s.renovation_reminders.on_timer,
        RENOVATION_INSPECT: s.renovation_reminders.on_timer,
        VIOLATION_REMIND: s.violation_reminders.on_timer,
        NOTICE_SEND: s.notices.on_send,
        OUTAGE_REMIND: s.outages.on_timer,
        EVENT_REMIND: s.events.on_timer,
        VOTE_TIMER: s.vote_closing.on_timer,
        RELEASE_LAPSE: s.goods_releases.on_timer,
        SURVEY_REMIND: s.surveys.on_remind,
        SURVEY_CLOSE: s.surveys.on_close,
        DESK_REMIND: s.desk_household.on_timer,
        MEMBER_LEASE: s.members.on_timer,
    }
    schedule_handlers = {
        "digest": s.digest.on_schedule,
        "patrol": s.patrol_tasks.on_schedule,
        WEEKLY_KIND: s.arrears_push.on_weekly,
    }
    for kind, handler in timer_handlers.items():
        s.timers.on_timer(kind, handler)
    for kind, on_schedule in schedule_handlers.items():
        s.timers.on_schedule(kind, on_schedule)
