"""The domain services, wired together in one container."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.i18n import Translator
from bot.services import timetable
from bot.services.complaints.deadlines import ComplaintDeadlines
from bot.services.complaints.filing import ComplaintService
from bot.services.complaints.stages import ComplaintStages
from bot.services.desk.household import DeskHousehold
from bot.services.desk.items import Desk
from bot.services.digest.figures import BREACH_ACTIONS, DigestService
from bot.services.digest.items import DigestItems
from bot.services.estates.household import HouseholdService
from bot.services.estates.registry import EstateService
from bot.services.exports import ExportService
from bot.services.fees.arrears import ArrearsService
from bot.services.fees.arrears_push import ArrearsPush
from bot.services.fees.payments import PaymentService
from bot.services.fees.reminders import FeeReminders
from bot.services.fees.settle import Settlement
from bot.services.fees.statements import FeeService
from bot.services.fees.transfers import TransferService
from bot.services.flows import FlowService
from bot.services.gate.board import GateBoard
from bot.services.gate.checks import GateChecks
from bot.services.gate.passes import VisitorPasses
from bot.services.gate.releases import GoodsReleases
from bot.services.health import HealthService
from bot.services.intake.offers import IntakeService
from bot.services.movein.archive import MoveInArchive
from bot.services.movein.fees import MoveInFees
from bot.services.movein.handover import Handover
from bot.services.movein.service import MoveIns
from bot.services.notices.emergencies import Emergencies
from bot.services.notices.events import Events
from bot.services.notices.notices import Notices
from bot.services.notices.outages import Outages
from bot.services.notify.broadcast import BroadcastService
from bot.services.notify.notifier import Notifier
from bot.services.notify.outbox import OutboxService
from bot.services.patrols.plans import PatrolPlans
from bot.services.patrols.tasks import PatrolTasks
from bot.services.patrols.walk import PatrolWalk
from bot.services.people.access import AccessService
from bot.services.people.accounts import AccountService
from bot.services.people.duty import DutyService
from bot.services.people.invites import InviteService
from bot.services.people.members import Members
from bot.services.renovation.applications import Applications
from bot.services.renovation.estimate import RenovationService
from bot.services.renovation.permits import Permits
from bot.services.renovation.reminders import RenovationReminders
from bot.services.renovation.site import SiteWork
from bot.services.retention import RetentionService
from bot.services.scheduling.timers import Timers
from bot.services.surveys.service import Surveys
from bot.services.tickets.actions import TicketActions
from bot.services.tickets.followup import TicketFollowUp
from bot.services.tickets.push import TicketPush
from bot.services.tickets.repairs import TicketService
from bot.services.tickets.shifts import ShiftSummary
from bot.services.violations.ladder import Ladder
from bot.services.violations.recording import Recording
from bot.services.violations.reminders import ViolationReminders
from bot.services.votes.closing import VoteClosing
from bot.services.votes.paper import PaperBallots
from bot.services.votes.votes import Votes
from bot.services.web.board import WebBoard
from bot.services.web.complaints import WebComplaints
from bot.services.web.fees import WebFees
from bot.services.web.figures import WebFigures
from bot.services.web.logins import WebLogins
from bot.services.web.notices import WebNotices
from bot.services.web.patrols import WebPatrols
from bot.services.web.ticket import WebTicket
from bot.services.web.works import WebWorks
from bot.settings import Settings
from storage.db import Database


@dataclass
class Services:
    """Everything a handler or job may call, built once per application."""

    settings: Settings
    db: Database
    clock: Clock
    translator: Translator
    accounts: AccountService
    access: AccessService
    estates: EstateService
    invites: InviteService
    flows: FlowService
    intake: IntakeService
    retention: RetentionService
    health: HealthService
    notifier: Notifier
    outbox: OutboxService
    timers: Timers
    broadcasts: BroadcastService
    tickets: TicketService
    ticket_actions: TicketActions
    ticket_followup: TicketFollowUp
    complaints: ComplaintService
    complaint_stages: ComplaintStages
    complaint_deadlines: ComplaintDeadlines
    patrols: PatrolPlans
    patrol_tasks: PatrolTasks
    patrol_walk: PatrolWalk
    digest: DigestService
    fees: FeeService
    fee_reminders: FeeReminders
    payments: PaymentService
    transfers: TransferService
    arrears: ArrearsService
    arrears_push: ArrearsPush
    renovation: RenovationService
    renovations: Applications
    permits: Permits
    site: SiteWork
    renovation_reminders: RenovationReminders
    households: HouseholdService
    exports: ExportService
    digest_items: DigestItems
    shift_summary: ShiftSummary
    duty: DutyService
    violations: Recording
    violation_ladder: Ladder
    violation_reminders: ViolationReminders
    notices: Notices
    emergencies: Emergencies
    outages: Outages
    events: Events
    votes: Votes
    vote_closing: VoteClosing
    paper_ballots: PaperBallots
    moveins: MoveIns
    movein_handover: Handover
    movein_fees: MoveInFees
    movein_archive: MoveInArchive
    surveys: Surveys
    visitor_passes: VisitorPasses
    goods_releases: GoodsReleases
    gate: GateChecks
    gate_board: GateBoard
    desk: Desk
    desk_household: DeskHousehold
    members: Members
    web_logins: WebLogins
    web_board: WebBoard
    web_ticket: WebTicket
    web_figures: WebFigures
    web_patrols: WebPatrols
    web_works: WebWorks
    web_notices: WebNotices
    web_complaints: WebComplaints
    web_fees: WebFees

    @classmethod
    def build(cls, settings: Settings, db: Database, clock: Clock) -> Services:
        """Wire the services over one database and one clock."""
        notifier = Notifier(clock)
        translator = Translator(default=settings.default_language)
        timers = Timers(db, clock)
        push = TicketPush(notifier, clock, timers)
        stages = ComplaintStages(db, clock, push, timers)
        tickets = TicketService(db, clock, push, timers)
        fee_reminders = FeeReminders(db, clock, notifier, timers)
        arrears_push = ArrearsPush(clock, notifier, timers)
        settlement = Settlement(clock, notifier, fee_reminders)
        patrol_tasks = PatrolTasks(clock, notifier, timers)
        renovation_reminders = RenovationReminders(clock, notifier, timers)
        permits = Permits(db, clock, notifier, settlement, renovation_reminders)
        violation_reminders = ViolationReminders(clock, notifier, timers)
        notices = Notices(db, clock, notifier, timers)
        goods_releases = GoodsReleases(db, clock, notifier, timers)
        moveins = MoveIns(db, clock, notifier)
        members = Members(db, clock, notifier, timers)
        ticket_actions = TicketActions(db, clock, push, timers)
        patrol_walk = PatrolWalk(db, clock, tickets, patrol_tasks)
        renovation_list = Applications(db, clock, notifier, permits)
        violations = Recording(db, clock, notifier, violation_reminders)
        emergencies = Emergencies(db, clock, notifier, notices)
        web_board = WebBoard(db, clock)
        arrears = ArrearsService(db, clock, arrears_push)
        token = settings.bot_token.get_secret_value() if settings.bot_token else ""
        services = cls(
            settings=settings,
            db=db,
            clock=clock,
            translator=translator,
            accounts=AccountService(db, clock, settings.default_language),
            access=AccessService(db),
            estates=EstateService(db, clock, settings.timezone),
            invites=InviteService(db, clock, members),
            flows=FlowService(db, clock, notifier, timedelta(minutes=settings.flow_idle_minutes)),
            intake=IntakeService(db, clock),
            retention=RetentionService(db, clock, settings.retention),
            health=HealthService(db, clock),
            notifier=notifier,
            outbox=OutboxService(db, clock),
            timers=timers,
            broadcasts=BroadcastService(db),
            tickets=tickets,
            ticket_actions=ticket_actions,
            ticket_followup=TicketFollowUp(
                db, clock, push, timers, timedelta(minutes=settings.escalate_every_minutes)
            ),
            complaints=ComplaintService(db, clock, push, stages),
            complaint_stages=stages,
            complaint_deadlines=ComplaintDeadlines(clock, push, stages),
            patrols=PatrolPlans(db, clock, timers),
            patrol_tasks=patrol_tasks,
            patrol_walk=patrol_walk,
            digest=DigestService(db, clock, notifier, timers),
            fees=FeeService(db, clock, fee_reminders, arrears_push),
            fee_reminders=fee_reminders,
            payments=PaymentService(db, clock, settlement),
            transfers=TransferService(db, clock, notifier, settlement),
            arrears=arrears,
            arrears_push=arrears_push,
            renovation=RenovationService(db),
            renovations=renovation_list,
            permits=permits,
            site=SiteWork(db, clock, notifier, renovation_reminders),
            renovation_reminders=renovation_reminders,
            households=HouseholdService(db, clock),
            exports=ExportService(db, translator, clock),
            digest_items=DigestItems(db, clock, BREACH_ACTIONS),
            shift_summary=ShiftSummary(notifier, clock),
            duty=DutyService(db, clock),
            violations=violations,
            violation_ladder=Ladder(db, clock, notifier, violation_reminders),
            violation_reminders=violation_reminders,
            notices=notices,
            emergencies=emergencies,
            outages=Outages(db, clock, notifier, timers),
            events=Events(db, clock, notifier, timers),
            votes=Votes(db, clock, notifier, timers),
            vote_closing=VoteClosing(db, clock, notifier, notices, translator),
            paper_ballots=PaperBallots(db, clock),
            moveins=moveins,
            movein_handover=Handover(db, clock, notifier, tickets),
            movein_fees=MoveInFees(db, clock, notifier, settlement),
            movein_archive=MoveInArchive(moveins, translator),
            surveys=Surveys(db, clock, notifier, timers),
            visitor_passes=VisitorPasses(db, clock),
            goods_releases=goods_releases,
            gate=GateChecks(db, clock, notifier, permits, goods_releases),
            gate_board=GateBoard(db, clock),
            desk=Desk(db, clock, notifier, timers),
            desk_household=DeskHousehold(db, clock, notifier),
            members=members,
            web_logins=WebLogins(db, clock, token, settings.web_key()),
            web_board=web_board,
            web_ticket=WebTicket(db, tickets, ticket_actions),
            web_figures=WebFigures(db, clock, translator),
            web_patrols=WebPatrols(db, clock, web_board, patrol_walk),
            web_works=WebWorks(db, renovation_list, violations),
            web_notices=WebNotices(db, notices, emergencies),
            web_complaints=WebComplaints(db, clock, web_board, stages),
            web_fees=WebFees(db, clock, arrears),
        )
        timetable.wire(services)
        return services
