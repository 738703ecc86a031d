"""The schema: every table, in SQLAlchemy Core. Migrations follow from it."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from storage.types import JSONText, UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# --- foundation -------------------------------------------------------------------------

accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("telegram_id", BigInteger, nullable=False, unique=True),
    Column("name", String(200), nullable=False, server_default=""),
    Column("username", String(64)),
    Column("language", String(16)),  # chosen with /language; None = from Telegram
    Column("telegram_language", String(16)),
    Column("unreachable", Boolean, nullable=False, server_default="0"),
    Column("created_at", UTCDateTime, nullable=False),
)

flows = Table(  # one conversation per person: its step, draft and live card in one row
    "flows",
    metadata,
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("name", String(32), nullable=False),
    Column("token", String(8), nullable=False),
    Column("status", String(16), nullable=False),  # active | paused | done
    Column("draft", JSONText, nullable=False),
    Column("answered", JSONText, nullable=False),  # names of the steps answered
    Column("ui", JSONText, nullable=False),  # interrupt, editing, album …
    Column("card_message_id", BigInteger),
    Column("title_key", String(64), nullable=False),
    Column("keep_draft", Boolean, nullable=False, server_default="0"),
    Column("result_ref", String(64)),
    Column("started_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)
Index("ix_flows_status_updated", flows.c.status, flows.c.updated_at)

intake_offers = Table(  # what the bot guessed from a resident's free text, until they answer
    "intake_offers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("guess", JSONText, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

inbox = Table(  # updates received and not handled yet: nothing fetched is lost in a crash
    "inbox",
    metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("chat_key", BigInteger, nullable=False),  # the private chat (0: no chat)
    Column("payload", JSONText, nullable=False),  # the update as Telegram sent it
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("received_at", UTCDateTime, nullable=False),
)
Index("ix_inbox_chat", inbox.c.chat_key, inbox.c.update_id)

inbox_done = Table(  # updates handled lately: one delivered twice is not handled twice
    "inbox_done",
    metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("done_at", UTCDateTime, nullable=False),
)
Index("ix_inbox_done_at", inbox_done.c.done_at)

chat_leases = Table(  # which worker handles a chat's updates now (one at a time, in order)
    "chat_leases",
    metadata,
    Column("chat_key", BigInteger, primary_key=True, autoincrement=False),
    Column("owner", String(64), nullable=False),
    Column("until", UTCDateTime, nullable=False),
)

app_meta = Table(
    "app_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# --- estates, people and access -----------------------------------------------------------

estates = Table(
    "estates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("timezone", String(64), nullable=False),
    Column("currency", String(8), nullable=False),
    Column("quiet_start", String(5), nullable=False, server_default="21:00"),
    Column("quiet_end", String(5), nullable=False, server_default="08:00"),
    Column("digest_time", String(5), nullable=False, server_default="08:00"),
    Column("hotline", String(32), nullable=False, server_default=""),  # 24-hour number
    # Owners' votes: how each owner voted stays hidden from staff after the close too.
    Column("vote_secret", Boolean, nullable=False, server_default="0"),
    # Staff hours (HH:MM-HH:MM, "" = always) on the weekdays listed (Monday = 0): outside
    # them, non-urgent staff pushes wait for one summary at the start of the next shift.
    Column("staff_hours", String(11), nullable=False, server_default=""),
    Column("staff_days", String(7), nullable=False, server_default="0123456"),
    Column("created_at", UTCDateTime, nullable=False),
)

grids = Table(
    "grids",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("code", String(32), nullable=False),
    UniqueConstraint("estate_id", "code"),
)

buildings = Table(
    "buildings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("code", String(32), nullable=False),
    Column("grid_id", ForeignKey("grids.id"), nullable=False),
    UniqueConstraint("estate_id", "code"),
)

units = Table(
    "units",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("building_id", ForeignKey("buildings.id"), nullable=False),
    Column("code", String(64), nullable=False),
    Column("entrance", String(16), nullable=False),
    Column("room", String(16), nullable=False),
    Column("area_centi_m2", Integer, nullable=False),  # 89.5 m² -> 8950
    Column("usage", String(16), nullable=False),
    Column("owner_name", String(200), nullable=False, server_default=""),
    Column("owner_phone", String(32), nullable=False, server_default=""),
    # The developer's unsold units (开发建设单位未出售的房屋): one owner in a vote's headcount.
    Column("developer", Boolean, nullable=False, server_default="0"),
    UniqueConstraint("estate_id", "code"),
)
Index("ix_units_building", units.c.building_id)

occupancies = Table(
    "occupancies",
    metadata,
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("relation", String(16), nullable=False),
    # The owner who votes for the unit (业主表决); none marked: the owner bound first.
    Column("voting", Boolean, nullable=False, server_default="0"),
    # A tenant's lease: the binding ends on that day (the owner is reminded a week before).
    Column("lease_ends_on", Date),
    Column("added_by", ForeignKey("accounts.id", ondelete="SET NULL")),  # the inviting owner
    # What the owner lets a tenant (or family member) do; never vote.
    Column("may_pay", Boolean, nullable=False, server_default="1"),
    Column("may_repair", Boolean, nullable=False, server_default="1"),
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_occupancies_unit", occupancies.c.unit_id)

unit_tags = Table(  # the household's tags (清单+标签): elderly living alone, pets, …
    "unit_tags",
    metadata,
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(32), primary_key=True),
    Column("created_at", UTCDateTime, nullable=False),
)

unit_notes = Table(  # what staff note about a household, newest last
    "unit_notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("author_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_unit_notes_unit", unit_notes.c.unit_id, unit_notes.c.created_at)

staff = Table(
    "staff",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("account_id", "estate_id"),
)

duty_rota = Table(  # who is on duty (值班) on a local date: nights and weekends
    "duty_rota",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("local_date", Date, primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", UTCDateTime, nullable=False),
)

staff_grids = Table(
    "staff_grids",
    metadata,
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
    Column("grid_id", ForeignKey("grids.id", ondelete="CASCADE"), primary_key=True),
)

invites = Table(
    "invites",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # resident | staff
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE")),
    Column("relation", String(16)),
    Column("role", String(16)),
    Column("grid_ids", JSONText),
    # An owner's invite of family or a tenant: {"lease_ends_on", "may_pay", "may_repair"}
    Column("terms", JSONText),
    Column("created_by", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime),
    Column("used_by", ForeignKey("accounts.id", ondelete="SET NULL")),
)

login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("telegram_id", BigInteger, nullable=False),
    Column("at", UTCDateTime, nullable=False),
)
Index("ix_login_failures_user_at", login_failures.c.telegram_id, login_failures.c.at)

# --- notifications and scheduling ---------------------------------------------------------

broadcasts = Table(
    "broadcasts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("urgent", Boolean, nullable=False),
    Column("buildings", JSONText),
    Column("created_at", UTCDateTime, nullable=False),
)

cards = Table(  # messages that show an object's current state, edited when it changes
    "cards",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ref", String(64), nullable=False),  # ticket:5, patrol:7
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("message_id", BigInteger, nullable=False),
    Column("role", String(16), nullable=False),  # card | buttons
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("account_id", "message_id"),
)
Index("ix_cards_ref", cards.c.ref)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("text_key", String(100), nullable=False),
    Column("args", JSONText, nullable=False),
    Column("buttons", JSONText),  # [[{"key":…, "args":…, "data":…}]]
    Column("photos", JSONText),  # [file_id, …]
    Column("urgent", Boolean, nullable=False, server_default="0"),
    Column("due_at", UTCDateTime, nullable=False),
    Column("dedupe_key", String(200), unique=True),
    Column("status", String(16), nullable=False),  # pending|sent|failed|cancelled|unreachable
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", String(300)),
    Column("sent_at", UTCDateTime),
    Column("message_id", BigInteger),
    Column("broadcast_id", ForeignKey("broadcasts.id", ondelete="SET NULL")),
    Column("action", String(8), nullable=False, server_default="send"),  # send | edit | markup
    Column("target_message_id", BigInteger),  # edit, markup: the message changed
    Column("card_ref", String(64)),  # send: remember the message as a live card of this object
    Column("card_role", String(16)),  # card (text and buttons) | buttons (buttons only)
    Column("card_id", ForeignKey("cards.id", ondelete="SET NULL")),  # edit: the card refreshed
    Column("parts_done", Integer, nullable=False, server_default="0"),  # 1: the photos went
    Column("photos_failed", Boolean, nullable=False, server_default="0"),  # sent without them
    Column("pin", Boolean, nullable=False, server_default="0"),  # send: pin it in the chat
    Column("lease_owner", String(64)),  # sending: the worker sending it
    Column("lease_until", UTCDateTime),  # sending: taken over by another worker after this
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_outbox_status_due", outbox.c.status, outbox.c.due_at)
Index("ix_outbox_broadcast", outbox.c.broadcast_id)
Index("ix_outbox_card", outbox.c.card_id, outbox.c.status)

timers = Table(
    "timers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(64), nullable=False),
    Column("ref", String(64), nullable=False),
    Column("due_at", UTCDateTime, nullable=False),
    Column("payload", JSONText, nullable=False),
    Column("dedupe_key", String(200), nullable=False, unique=True),
    Column("status", String(16), nullable=False),  # pending|done|cancelled|failed
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", String(300)),
    Column("fired_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_timers_status_due", timers.c.status, timers.c.due_at)
Index("ix_timers_kind_ref", timers.c.kind, timers.c.ref)

schedules = Table(
    "schedules",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("kind", String(64), nullable=False),
    Column("ref", String(64), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("at_time", String(5), nullable=False),  # HH:MM local
    Column("weekdays", String(7), nullable=False, server_default="0123456"),  # Monday = 0
    Column("enabled", Boolean, nullable=False, server_default="1"),
    Column("next_due_at", UTCDateTime, nullable=False),
    Column("last_run_at", UTCDateTime),
)

# --- fees -----------------------------------------------------------------------------------

bills = Table(
    "bills",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("period", String(7), nullable=False),  # YYYY-MM
    Column("fee_type", String(32), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),  # 分
    Column("paid_minor", BigInteger, nullable=False, server_default="0"),
    Column("due_date", Date, nullable=False),
    Column("paid_at", Date),
    Column("updated_at", UTCDateTime, nullable=False),
    # Written off by the operator: no longer owed, never reminded again.
    Column("written_off_at", UTCDateTime),
    Column("write_off_note", Text, nullable=False, server_default=""),
    UniqueConstraint("unit_id", "period", "fee_type"),
)
Index("ix_bills_estate_due", bills.c.estate_id, bills.c.due_date)
Index(  # covering: the collection rate sums a period without reading the table
    "ix_bills_estate_period_amounts",
    bills.c.estate_id,
    bills.c.period,
    bills.c.amount_minor,
    bills.c.paid_minor,
)

collection_logs = Table(
    "collection_logs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("staff_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    # contact | promise | payment; before 0015 also called | visited | message | note
    Column("kind", String(16), nullable=False),
    Column("channel", String(16)),  # phone|visit|chat|notice|transfer
    Column("outcome", String(16)),  # no_answer|will_pay|promised|refused|disputed|paid|other
    Column("note", Text, nullable=False, server_default=""),
    Column("promised_date", Date),
    Column("amount_minor", BigInteger),  # of a payment entry
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime),  # set when the author corrects the entry
)
Index("ix_collection_logs_unit", collection_logs.c.unit_id, collection_logs.c.created_at)

fee_rates = Table(
    "fee_rates",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("item", String(32), primary_key=True),
    Column("amount_minor", BigInteger, nullable=False),
)

account_prefs = Table(
    "account_prefs",
    metadata,
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("fee_reminders", Boolean, nullable=False, server_default="1"),
)

# --- payments: in chat (Telegram Payments) or by transfer, with receipts (收据) --------------

estate_payments = Table(  # kept apart from `estates`: the provider token is a secret
    "estate_payments",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("provider_token", String(256), nullable=False, server_default=""),
    Column("instructions", Text, nullable=False, server_default=""),  # bank account, payee
    Column("qr_image", LargeBinary),  # the collection QR code, a PNG or JPEG
)

payments = Table(
    "payments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("payer_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("method", String(16), nullable=False),  # telegram | transfer
    Column("status", String(16), nullable=False),  # invoiced | claimed | paid | rejected
    Column("amount_minor", BigInteger, nullable=False),  # invoiced, claimed or received
    Column("currency", String(8), nullable=False),
    Column("receipt_no", String(32)),
    Column("charge_id", String(128), unique=True),  # telegram_payment_charge_id
    Column("provider_charge_id", String(128)),
    Column("proof_file_id", String(256)),  # the transfer screenshot
    Column("reason", Text, nullable=False, server_default=""),  # why a transfer was rejected
    Column("decided_by", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime, nullable=False),
    Column("paid_at", UTCDateTime),
    UniqueConstraint("estate_id", "receipt_no"),
)
Index("ix_payments_unit", payments.c.unit_id, payments.c.created_at)

payment_items = Table(
    "payment_items",
    metadata,
    Column("payment_id", ForeignKey("payments.id", ondelete="CASCADE"), primary_key=True),
    Column("bill_id", ForeignKey("bills.id", ondelete="CASCADE"), primary_key=True),
    Column("period", String(7), nullable=False),
    Column("fee_type", String(32), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),  # what the invoice or claim asked
    Column("applied_minor", BigInteger, nullable=False, server_default="0"),  # credited
)

refunds = Table(  # money taken that no bill owed: the operator pays it back
    "refunds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("payment_id", ForeignKey("payments.id", ondelete="CASCADE"), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("reason", String(16), nullable=False),  # overpaid | already_paid | returned
    Column("bill_id", ForeignKey("bills.id", ondelete="SET NULL")),  # a bill paid back
    Column("status", String(16), nullable=False, server_default="due"),  # due | refunded
    Column("note", Text, nullable=False, server_default=""),
    Column("created_at", UTCDateTime, nullable=False),
    Column("refunded_at", UTCDateTime),
)

# --- the fee reminder ladder of each unit ------------------------------------------------

fee_ladders = Table(  # the overdue reminders a unit got in its current arrears
    "fee_ladders",
    metadata,
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("overdue_count", Integer, nullable=False, server_default="0"),
    Column("last_overdue", Date),
)

fee_ladder_steps = Table(  # the before-due and due-day reminders sent, per due date
    "fee_ladder_steps",
    metadata,
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("due_date", Date, primary_key=True),
    Column("step", String(8), primary_key=True),  # before | due
)

fee_ladder_seen = Table(  # how many overdue reminders each resident got, for their numbers
    "fee_ladder_seen",
    metadata,
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("overdue_count", Integer, nullable=False),
)

# --- tickets: repairs, complaints, internal (patrol) tickets -------------------------------

ticket_counters = Table(
    "ticket_counters",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("last_number", Integer, nullable=False),
)

tickets = Table(
    "tickets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # repair | complaint
    Column("number", Integer, nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="SET NULL")),
    Column("grid_id", ForeignKey("grids.id"), nullable=False),
    Column("source", String(16), nullable=False),  # resident | patrol
    Column("category", String(32), nullable=False),
    Column("location", String(16), nullable=False, server_default="unit"),  # unit | public
    Column("location_note", String(200), nullable=False, server_default=""),
    Column("description", Text, nullable=False),
    Column("visit_time", String(32), nullable=False, server_default="asap"),
    Column("urgent", Boolean, nullable=False, server_default="0"),
    Column("status", String(16), nullable=False),
    Column("contractor", String(100), nullable=False, server_default=""),  # e.g. the lift firm
    Column("stage", String(16)),  # complaints: acknowledge|analyse|handle|follow_up
    Column("stage_due_at", UTCDateTime),
    Column("callback", String(64)),  # complaints: when the resident wants a call back
    Column("reporter_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("assignee_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("escalated", Boolean, nullable=False, server_default="0"),
    Column("linked_ticket_id", ForeignKey("tickets.id", ondelete="SET NULL")),
    Column("resolution_note", Text),
    Column("rating", Integer),
    Column("rating_comment", Text),
    Column("ack_due_at", UTCDateTime),
    Column("resolve_due_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("accepted_at", UTCDateTime),
    Column("resolved_at", UTCDateTime),
    Column("closed_at", UTCDateTime),
    UniqueConstraint("estate_id", "kind", "number"),
)
Index("ix_tickets_grid_status", tickets.c.grid_id, tickets.c.status)
Index("ix_tickets_unit", tickets.c.unit_id)
Index("ix_tickets_estate_created", tickets.c.estate_id, tickets.c.created_at)
Index("ix_tickets_estate_closed", tickets.c.estate_id, tickets.c.closed_at)
Index("ix_tickets_estate_status", tickets.c.estate_id, tickets.c.status)

ticket_photos = Table(
    "ticket_photos",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ticket_id", ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
    Column("phase", String(16), nullable=False),  # report | resolve
    Column("file_id", String(200), nullable=False),
)
Index("ix_ticket_photos_ticket", ticket_photos.c.ticket_id)

ticket_events = Table(
    "ticket_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ticket_id", ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("actor_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("action", String(32), nullable=False),
    Column("from_status", String(16)),
    Column("to_status", String(16)),
    Column("note", Text, nullable=False, server_default=""),
)
Index("ix_ticket_events_ticket", ticket_events.c.ticket_id, ticket_events.c.at)
Index("ix_ticket_events_action_at", ticket_events.c.action, ticket_events.c.at)

deadline_rules = Table(
    "deadline_rules",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("name", String(48), primary_key=True),  # e.g. repair.ack.urgent, complaint.analyse
    Column("minutes", Integer, nullable=False),
)

# --- patrols (巡查) -------------------------------------------------------------------------

patrol_plans = Table(
    "patrol_plans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("grid_id", ForeignKey("grids.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(100), nullable=False),
    Column("checklist", JSONText, nullable=False),  # ["roads", …] or {"text": …} items
    Column("at_time", String(5), nullable=False),
    Column("weekdays", String(7), nullable=False),
    Column("assignee_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("is_default", Boolean, nullable=False, server_default="0"),
    Column("enabled", Boolean, nullable=False, server_default="1"),
    Column("created_at", UTCDateTime, nullable=False),
)

patrol_tasks = Table(
    "patrol_tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", ForeignKey("patrol_plans.id", ondelete="CASCADE"), nullable=False),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("grid_id", ForeignKey("grids.id", ondelete="CASCADE"), nullable=False),
    Column("local_date", Date, nullable=False),
    Column("due_at", UTCDateTime, nullable=False),
    Column("status", String(16), nullable=False),  # pending|in_progress|done|missed
    Column("assignee_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("progress_chat_id", BigInteger),
    Column("progress_message_id", BigInteger),
    Column("started_at", UTCDateTime),
    Column("finished_at", UTCDateTime),
    UniqueConstraint("plan_id", "local_date"),
)
Index("ix_patrol_tasks_estate_date", patrol_tasks.c.estate_id, patrol_tasks.c.local_date)

patrol_results = Table(
    "patrol_results",
    metadata,
    Column("task_id", ForeignKey("patrol_tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("ok", Boolean, nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("photo_file_id", String(200)),
    Column("ticket_id", ForeignKey("tickets.id", ondelete="SET NULL")),
    Column("at", UTCDateTime, nullable=False),
)

# --- renovation (装修管理): application, review, permits, tests, supervision, acceptance ------

renovation_settings = Table(
    "renovation_settings",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("inspect_days", Integer, nullable=False, server_default="2"),  # 入户检查 frequency
    Column("reviewer_role", String(16), nullable=False, server_default="manager"),
)

renovation_work_items = Table(  # the estate's list of declarable works (申报项目)
    "renovation_work_items",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("code", String(32), primary_key=True),
    Column("name_zh", String(100), nullable=False),
    Column("name_en", String(100), nullable=False),
    Column("wet", Boolean, nullable=False, server_default="0"),  # waits for the 闭水试验
    Column("measured", Boolean, nullable=False, server_default="0"),  # asks m² (砸墙面积)
    Column("position", Integer, nullable=False, server_default="0"),
    Column("active", Boolean, nullable=False, server_default="1"),
)

estate_documents = Table(  # 装修管理规定, 装修期电梯使用管理规定, 告知书 … as uploaded
    "estate_documents",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("filename", String(200), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("file_id", String(256)),  # Telegram's id once sent, to send it again cheaply
    Column("updated_at", UTCDateTime, nullable=False),
)

renovations = Table(
    "renovations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("number", String(32), nullable=False),  # ZX-2026-0001
    Column("applicant_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("relation", String(16), nullable=False),  # owner | tenant | family
    # draft|awaiting_owner|submitted|rejected|approved|permitted|completed|fixing|closed|
    # cancelled
    Column("state", String(16), nullable=False),
    Column("usage", String(16), nullable=False),  # residential | office
    Column("start_date", Date, nullable=False),
    Column("end_date", Date, nullable=False),
    Column("second", Boolean, nullable=False, server_default="0"),  # 二次装修
    Column("debris_centi_m2", Integer, nullable=False),
    Column("contractor_name", String(200), nullable=False),
    Column("contractor_licence", String(64), nullable=False),
    Column("contractor_qualification", String(200), nullable=False),
    Column("rules_read_at", UTCDateTime, nullable=False),
    Column("owner_approved_by", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("permit_number", String(32)),
    Column("permit_code", String(16), unique=True),
    Column("permit_state", String(16), nullable=False, server_default="none"),  # active|returned
    Column(
        "water_state", String(16), nullable=False, server_default="none"
    ),  # booked|failed|passed
    Column("water_at", UTCDateTime),  # the booked 24-hour test's start
    Column("next_inspection_on", Date),
    Column("fix_by", Date),  # acceptance found problems: fixed by this day or deducted
    Column("deduction_minor", BigInteger, nullable=False, server_default="0"),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("estate_id", "number"),
)
Index("ix_renovations_unit", renovations.c.unit_id, renovations.c.state)
Index("ix_renovations_estate_state", renovations.c.estate_id, renovations.c.state)

renovation_works = Table(  # the declared items of one application, each reviewed
    "renovation_works",
    metadata,
    Column("renovation_id", ForeignKey("renovations.id", ondelete="CASCADE"), primary_key=True),
    Column("code", String(32), primary_key=True),
    Column("area_centi_m2", Integer, nullable=False, server_default="0"),
    Column("verdict", String(16), nullable=False, server_default=""),  # ok | rejected
    Column("reason", Text, nullable=False, server_default=""),
)

renovation_files = Table(  # licence, qualification, drawings, authorisation, test photos …
    "renovation_files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("renovation_id", ForeignKey("renovations.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("file_id", String(256), nullable=False),
    Column("event_id", Integer),  # the history entry the photo belongs to (a test, a visit)
)
Index("ix_renovation_files_renovation", renovation_files.c.renovation_id)

renovation_workers = Table(  # 装修施工人员登记表, and each worker's pass (出入证)
    "renovation_workers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("renovation_id", ForeignKey("renovations.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(64), nullable=False),
    Column("id_number", String(32), nullable=False),
    Column("photo_file_id", String(256), nullable=False),
    # listed | unpaid | active | suspended | revoked | returned
    Column("state", String(16), nullable=False, server_default="listed"),
    Column("pass_number", String(32)),
    Column("pass_code", String(16), unique=True),
    Column("reason", Text, nullable=False, server_default=""),  # the reviewer's objection
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_renovation_workers_renovation", renovation_workers.c.renovation_id)

renovation_events = Table(  # the application's history: every step, who, when, what
    "renovation_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("renovation_id", ForeignKey("renovations.id", ondelete="CASCADE"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("action", String(24), nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("data", JSONText, nullable=False),
)
Index("ix_renovation_events_renovation", renovation_events.c.renovation_id, renovation_events.c.at)

# --- violations (违章处理): kinds, cases, the ladder of measures, history --------------------

violation_settings = Table(  # who handles: 客户服务部部长 (general), 管理处负责人 (serious)
    "violation_settings",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("general_head_id", ForeignKey("accounts.id", ondelete="SET NULL")),  # None: managers
    Column("serious_head_id", ForeignKey("accounts.id", ondelete="SET NULL")),
)

violation_kinds = Table(  # the estate's list of kinds (defaults in code when it has none)
    "violation_kinds",
    metadata,
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), primary_key=True),
    Column("code", String(32), primary_key=True),
    Column("category", String(16), nullable=False),  # renovation|fire|environment|order|harm|other
    Column("name_zh", String(100), nullable=False),
    Column("name_en", String(100), nullable=False),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("active", Boolean, nullable=False, server_default="1"),
)

violations = Table(
    "violations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("grid_id", ForeignKey("grids.id", ondelete="SET NULL")),
    Column("unit_id", ForeignKey("units.id", ondelete="SET NULL")),  # None: not known yet
    Column("number", String(32), nullable=False),  # WZ-2026-0001
    Column("kind", String(32), nullable=False),
    Column("category", String(16), nullable=False),
    Column("serious", Boolean, nullable=False, server_default="0"),
    Column("source", String(16), nullable=False),  # staff | patrol | renovation | resident
    Column("renovation_id", ForeignKey("renovations.id", ondelete="SET NULL")),
    Column("reporter_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("handler_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),  # None: managers
    Column("place", String(200), nullable=False),
    Column("facts", Text, nullable=False),
    Column("state", String(16), nullable=False),  # open | closed | dismissed
    # reported|persuaded|notice|measures|compensation|escalated: the ladder's step reached
    Column("step", String(16), nullable=False),
    Column("rule", Text, nullable=False, server_default=""),  # the notice's rule and remedy
    Column("remedy", Text, nullable=False, server_default=""),
    Column("deadline", Date),  # 限期整改: re-inspected on this day
    Column("notice_state", String(16), nullable=False, server_default="none"),
    Column("pending", JSONText),  # a step waiting for a manager's confirmation
    Column("loss_minor", BigInteger, nullable=False, server_default="0"),
    Column("bill_id", ForeignKey("bills.id", ondelete="SET NULL")),
    Column("outcome", String(16), nullable=False, server_default=""),  # complied|fixed|dismissed
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("closed_at", UTCDateTime),
    Column("followed_up_at", UTCDateTime),
    UniqueConstraint("estate_id", "number"),
)
Index("ix_violations_estate_state", violations.c.estate_id, violations.c.state)
Index("ix_violations_unit", violations.c.unit_id)

violation_events = Table(  # every step: who, when, what (the 违章处理通知单 and after)
    "violation_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("violation_id", ForeignKey("violations.id", ondelete="CASCADE"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("action", String(24), nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("data", JSONText, nullable=False),
)
Index("ix_violation_events_violation", violation_events.c.violation_id, violation_events.c.at)

violation_files = Table(  # the photos of each step
    "violation_files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("violation_id", ForeignKey("violations.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", ForeignKey("violation_events.id", ondelete="CASCADE")),
    Column("file_id", String(256), nullable=False),
)
Index("ix_violation_files_violation", violation_files.c.violation_id)


# --- notices (通知) and emergencies (突发事件): an audience, reads, answers, updates -----------

notices = Table(
    "notices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("author_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),  # None: operator
    Column("kind", String(16), nullable=False),  # notice | emergency
    Column("scope", String(16), nullable=False),  # estate | buildings | grids | units | staff
    Column("targets", JSONText, nullable=False),  # the codes of the buildings, grids, units
    Column("owners_only", Boolean, nullable=False, server_default="0"),
    Column("texts", JSONText, nullable=False),  # {"zh-Hans": …, "en": …}: one or both
    Column("photos", JSONText, nullable=False),
    Column("important", Boolean, nullable=False, server_default="0"),  # pinned in the chat
    Column("urgent", Boolean, nullable=False, server_default="0"),  # through quiet hours
    Column("emergency_kind", String(16), nullable=False, server_default=""),
    Column("place", String(200), nullable=False, server_default=""),
    Column("state", String(16), nullable=False),  # scheduled | sent | cancelled | closed
    Column("send_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    Column("broadcast_id", ForeignKey("broadcasts.id", ondelete="SET NULL")),  # outbox counts
    Column("reminded_at", UTCDateTime),  # the unread were reminded (once)
    Column("closed_at", UTCDateTime),  # an emergency's all clear
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_notices_estate", notices.c.estate_id, notices.c.created_at)

notice_recipients = Table(  # who it went to, and what each did with it
    "notice_recipients",
    metadata,
    Column("notice_id", ForeignKey("notices.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id", ondelete="SET NULL")),
    Column("read_at", UTCDateTime),
    Column("answer", String(8), nullable=False, server_default=""),  # safe | help
    Column("answered_at", UTCDateTime),
)
Index("ix_notice_recipients_account", notice_recipients.c.account_id)

notice_events = Table(  # an emergency's updates, help asked, all clear
    "notice_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("notice_id", ForeignKey("notices.id", ondelete="CASCADE"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("action", String(16), nullable=False),  # update | clear | help | remind
    Column("text", Text, nullable=False, server_default=""),
)
Index("ix_notice_events_notice", notice_events.c.notice_id)

outages = Table(  # planned 停水停电停气 / 电梯停运: what, where, from–to, why
    "outages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("author_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("kind", String(16), nullable=False),  # water | power | gas | lift
    Column("scope", String(16), nullable=False),  # estate | buildings
    Column("targets", JSONText, nullable=False),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("ends_at", UTCDateTime, nullable=False),
    Column("reason", Text, nullable=False),
    Column("state", String(16), nullable=False),  # planned | over | cancelled
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_outages_estate", outages.c.estate_id, outages.c.ends_at)

community_events = Table(  # 社区文化活动: what, when, where, how many may come
    "community_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("author_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("title", String(200), nullable=False),
    Column("place", String(200), nullable=False),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("capacity", Integer, nullable=False),  # people, the sign-ups' companions included
    Column("scope", String(16), nullable=False),  # estate | buildings
    Column("targets", JSONText, nullable=False),
    Column("state", String(16), nullable=False),  # open | cancelled
    Column("created_at", UTCDateTime, nullable=False),
)

event_signups = Table(
    "event_signups",
    metadata,
    Column("event_id", ForeignKey("community_events.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("people", Integer, nullable=False),
    Column("state", String(16), nullable=False),  # going | waiting | cancelled
    Column("rating", Integer),  # 1-5 after the event
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)


# --- owners' votes (业主表决): the roll of units frozen at opening, one ballot per owner --------

votes = Table(
    "votes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("number", String(16), nullable=False, unique=True),  # BJ-2026-0001
    Column("author_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("kind", String(16), nullable=False),  # ordinary | fund_raise | rebuild | common_use
    Column("files", JSONText, nullable=False),  # [{"file_id": …, "kind": photo|document}]
    Column("state", String(16), nullable=False),  # open | closed
    Column("secret", Boolean, nullable=False, server_default="0"),  # hidden after the close
    Column("opens_at", UTCDateTime, nullable=False),
    Column("closes_at", UTCDateTime, nullable=False),
    Column("result", JSONText),  # the figures at the close
    Column("notice_id", ForeignKey("notices.id", ondelete="SET NULL")),  # the published result
    Column("created_at", UTCDateTime, nullable=False),
    Column("closed_at", UTCDateTime),
)
Index("ix_votes_estate", votes.c.estate_id, votes.c.closes_at)

vote_roll = Table(  # who may vote: every unit, its area and its owner, as at the opening
    "vote_roll",
    metadata,
    Column("vote_id", ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("voter_key", String(240), nullable=False),  # one owner: phone, name or the unit
    Column("area_centi_m2", Integer, nullable=False),
)
Index("ix_vote_roll_voter", vote_roll.c.vote_id, vote_roll.c.voter_key)

vote_ballots = Table(  # one owner's current ballot, for all their units
    "vote_ballots",
    metadata,
    Column("vote_id", ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True),
    Column("voter_key", String(240), primary_key=True),
    Column("choice", String(16), nullable=False),  # agree | disagree | abstain
    Column("source", String(8), nullable=False),  # online | paper
    Column("account_id", ForeignKey("accounts.id", ondelete="SET NULL")),  # who voted online
    Column("entered_by", ForeignKey("accounts.id", ondelete="SET NULL")),  # staff: paper
    Column("photo", String(256)),  # the paper ballot (书面表决票)
    Column("replaced_paper", Boolean, nullable=False, server_default="0"),
    Column("cast_at", UTCDateTime, nullable=False),
    Column("changes", Integer, nullable=False, server_default="0"),
)

vote_events = Table(  # every ballot as cast, changed or replaced: the record behind the export
    "vote_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("vote_id", ForeignKey("votes.id", ondelete="CASCADE"), nullable=False),
    Column("voter_key", String(240), nullable=False),
    Column("action", String(16), nullable=False),  # online | paper | changed | replaced
    Column("choice", String(16), nullable=False),
    Column("account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("at", UTCDateTime, nullable=False),
)
Index("ix_vote_events_vote", vote_events.c.vote_id)

surveys = Table(  # 客户满意度调查 and other surveys: what is asked of whom, until when
    "surveys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("author_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("kind", String(16), nullable=False),  # custom | service (the quarterly one)
    Column("title", String(200), nullable=False),  # as typed; service: the quarter "2026-Q4"
    Column("title_key", String(64)),  # a locale key rendered in the reader's language
    Column("scope", String(16), nullable=False),  # estate | buildings
    Column("targets", JSONText, nullable=False),
    Column("state", String(16), nullable=False),  # open | closed
    Column("closes_at", UTCDateTime, nullable=False),
    Column("remind_at", UTCDateTime),
    Column("invited", Integer, nullable=False, server_default="0"),  # residents told
    Column("created_at", UTCDateTime, nullable=False),
    Column("closed_at", UTCDateTime),
)
Index("ix_surveys_estate", surveys.c.estate_id, surveys.c.closes_at)

survey_questions = Table(
    "survey_questions",
    metadata,
    Column("survey_id", ForeignKey("surveys.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),  # 1 …
    Column("kind", String(16), nullable=False),  # rating | single | multiple | text
    Column("text", Text, nullable=False, server_default=""),  # as the manager typed it
    Column("text_key", String(64)),  # or a locale key (the quarterly survey's questions)
    Column("options", JSONText, nullable=False),  # the choices, as typed
)

survey_responses = Table(  # one per resident and survey: answering again replaces it
    "survey_responses",
    metadata,
    Column("survey_id", ForeignKey("surveys.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id", ondelete="SET NULL")),
    Column("grid_id", ForeignKey("grids.id", ondelete="SET NULL")),  # the unit's, when answered
    Column("changes", Integer, nullable=False, server_default="0"),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

survey_answers = Table(  # the answer to one question of a response
    "survey_answers",
    metadata,
    Column("survey_id", ForeignKey("surveys.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("rating", Integer),  # 1-5
    Column("choices", JSONText),  # the chosen options' numbers (0 …)
    Column("text", Text),
)


# --- the front desk (#21): move-in, visitors, goods out, items held -------------------------

moveins = Table(  # 入住手续: the six steps, run by the butler with the owner
    "moveins",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("butler_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("owner_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),  # once joined
    Column("owner_name", String(200), nullable=False, server_default=""),
    Column("code_hash", String(64), unique=True),  # the owner's one-time code to join
    # identity | documents | fees | keys | inspection | archive | done
    Column("step", String(16), nullable=False),
    Column("state", String(16), nullable=False),  # open | done | cancelled
    Column("by_agent", Boolean, nullable=False, server_default="0"),  # 委托代理人办理
    Column("rules_accepted_at", UTCDateTime),  # 临时管理规约 accepted by the owner
    Column("bill_ids", JSONText, nullable=False),  # the prepaid fees as bills
    Column("meters", JSONText, nullable=False),  # {"water": "123.4", "power": …, "gas": …}
    Column("butler_confirmed_at", UTCDateTime),  # 物业验收交接记录表: both sides confirm
    Column("owner_confirmed_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
)
Index("ix_moveins_estate", moveins.c.estate_id, moveins.c.state)

movein_files = Table(  # ID, 入住通知单, purchase contract, authorisation, room photos …
    "movein_files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("movein_id", ForeignKey("moveins.id", ondelete="CASCADE"), nullable=False),
    Column("step", String(16), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("file_id", String(256), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_movein_files_movein", movein_files.c.movein_id)

movein_keys = Table(  # 钥匙发放登记表: each key handed over, confirmed by the owner
    "movein_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("movein_id", ForeignKey("moveins.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(100), nullable=False),  # 入户门钥匙, 信箱钥匙 …
    Column("count", Integer, nullable=False),
    Column("handed_at", UTCDateTime, nullable=False),
    Column("confirmed_at", UTCDateTime),
)
Index("ix_movein_keys_movein", movein_keys.c.movein_id)

movein_problems = Table(  # 验房: each room's problems, each opening a repair ticket
    "movein_problems",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("movein_id", ForeignKey("moveins.id", ondelete="CASCADE"), nullable=False),
    Column("room", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("photos", JSONText, nullable=False),
    Column("ticket_id", ForeignKey("tickets.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_movein_problems_movein", movein_problems.c.movein_id)

movein_events = Table(  # the move-in's record: every step, who, when
    "movein_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("movein_id", ForeignKey("moveins.id", ondelete="CASCADE"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("action", String(32), nullable=False),
    Column("detail", Text, nullable=False, server_default=""),
)
Index("ix_movein_events_movein", movein_events.c.movein_id)

visitor_passes = Table(  # 访客: a resident's one-time pass for a visitor
    "visitor_passes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("account_id", ForeignKey("accounts.id", ondelete="SET NULL")),  # who registered
    Column("name", String(100), nullable=False),
    Column("people", Integer, nullable=False),
    Column("plate", String(16), nullable=False, server_default=""),  # 车牌, upper case
    Column("valid_from", UTCDateTime, nullable=False),
    Column("valid_until", UTCDateTime, nullable=False),
    Column("code", String(16), nullable=False, unique=True),
    Column("state", String(16), nullable=False),  # active | used | revoked
    Column("notify", Boolean, nullable=False, server_default="1"),  # tell the resident
    Column("used_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_visitor_passes_estate_day", visitor_passes.c.estate_id, visitor_passes.c.valid_from)

goods_releases = Table(  # 物品放行: large items out, a tenant's approved by the owner
    "goods_releases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("account_id", ForeignKey("accounts.id", ondelete="SET NULL")),  # who asked
    Column("items", Text, nullable=False),
    Column("day", Date, nullable=False),
    Column("code", String(16), nullable=False, unique=True),
    # awaiting_owner | approved | refused | used | expired | cancelled
    Column("state", String(16), nullable=False),
    Column("decided_by", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("decided_at", UTCDateTime),
    Column("used_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_goods_releases_estate_day", goods_releases.c.estate_id, goods_releases.c.day)

gate_checks = Table(  # the guard's log: every code or plate checked, let in or refused, why
    "gate_checks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("guard_account_id", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("kind", String(16), nullable=False),  # visitor | release
    Column("ref_id", Integer),  # the pass or release, when one was found
    Column("typed", String(32), nullable=False),  # the code or plate as typed
    Column("outcome", String(16), nullable=False),  # admitted | refused
    Column("reason", String(32), nullable=False, server_default=""),
    Column("at", UTCDateTime, nullable=False),
)
Index("ix_gate_checks_estate_at", gate_checks.c.estate_id, gate_checks.c.at)

desk_items = Table(  # 客户物品的登记、交接、发放: held at the front desk for a unit
    "desk_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estate_id", ForeignKey("estates.id", ondelete="CASCADE"), nullable=False),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # parcel | key | document | other
    Column("description", String(200), nullable=False, server_default=""),
    Column("photo", String(256)),
    Column("code", String(16), nullable=False),  # the pickup code
    Column("state", String(16), nullable=False),  # held | handed | returned
    Column("registered_by", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("handed_by", ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("handed_to", String(100), nullable=False, server_default=""),  # who took it
    Column("collector", String(100), nullable=False, server_default=""),  # named by the household
    Column("reminded_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("handed_at", UTCDateTime),
)
Index("ix_desk_items_estate_state", desk_items.c.estate_id, desk_items.c.state)

# --- the web desk ------------------------------------------------------------------------

web_logins = Table(  # a one-time link `/web` sent to a staff member: kept only as a hash
    "web_logins",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime),
)
