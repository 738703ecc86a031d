# The gate (门岗): visitor passes (访客), goods releases (物品放行), the guard's checks.

command-visitor = Register a visitor: a one-time pass code and its QR image
command-release = Goods out: a release code for items you take out
command-visitors = Your visitor passes and goods releases
command-visitors-staff = Today at the gate: expected visitors and open goods releases
menu-visitors = 🚪 Visitors and goods out
flow-title-visitor = the visitor registration
flow-title-release = the goods release request
gate-need-unit = Visitors and goods releases are for residents bound to a unit.
gate-staff-only = This is not for residents: only the estate's staff check passes at the gate.

# the resident registers a visitor
gate-ask-unit = For which of your units?
gate-ask-name = 🚪 New visitor. The visitor's name (up to { $limit } characters)?
gate-ask-people = How many people come ({ $min } to { $max })?
gate-ask-plate = The car's plate, for example 粤B12345 (or Skip if they come on foot).
gate-ask-day = On which day do they come?
gate-ask-start = From what time?
gate-ask-end = Until what time?
gate-ask-notify = Shall I tell you when they arrive at the gate?
gate-field-name = the visitor's name
gate-bad-plate = That does not read as a car plate: letters and digits, up to { $limit }, for example 粤B12345.
gate-bad-name = The visitor's name is needed (up to { $limit } characters).
gate-bad-people = From 1 to { $max } people on one pass.
gate-bad-window = The visit must end after it starts, between 06:00 and 24:00.
gate-window-past = That time window has already passed: please register the visit again.
gate-visitor-summary =
    Please check the visitor:
    { $name } · { $people } person(s) · car { $plate }
    Unit { $unit }, { $day } { $start }–{ $end }
    Tell you on arrival: { $notify ->
        [1] yes
       *[0] no
    }
gate-visitor-pass =
    🚪 Visitor pass for { $name } ({ $people } person(s), car { $plate })
    Unit { $unit } · { $day } { $start }–{ $end }
    Code: { $code } — show it (or this QR code) at the gate; it lets in once.
gate-visitor-done = ✅ The pass is issued: code { $code }. Forward the QR image above to your visitor.
gate-button-qr = 🔳 QR code again
gate-button-revoke = ⛔ Revoke the pass
gate-button-revoke-code = ⛔ Revoke pass { $code }
gate-revoked = Pass { $code } is revoked: the gate will refuse it.
gate-pass-not-active = This pass is no longer valid (used or revoked).
gate-visitor-arrived = 🚪 Your visitor { $name } ({ $people } person(s)) arrived at the gate at { $at } and was let in.

# the resident's list
gate-mine-head = Your visitor passes and goods releases:
gate-mine-none = You have no visitor passes or goods releases coming up.
gate-button-new-visitor = ➕ Register a visitor
gate-button-new-release = 📦 Goods out (release)
gate-button-cancel-code = ✖ Cancel release { $code }

# goods out (物品放行)
gate-ask-items = 📦 Goods out. What items do you take out (up to { $limit } characters)?
gate-ask-release-day = On which day?
gate-field-items = the items
gate-bad-items = Please say what items (up to { $limit } characters).
gate-bad-day = The day must be from today to { $days } days ahead.
gate-release-no-owner = A tenant's goods release needs the owner's approval, and no owner of this unit uses the bot yet: please ask the management office.
gate-release-summary =
    Please check the goods release:
    Unit { $unit }, on { $day }
    Items: { $items }
gate-release-done = ✅ Goods release { $code } for { $day }: show the code at the gate that day; it lets the items out once.
gate-release-done-waiting = 📨 Sent to the unit's owner for approval. Once they approve, code { $code } lets the items out on { $day }.
gate-release-ask-owner =
    📦 { $tenant }, your tenant in { $unit }, asks to take items out on { $day }:
    { $items }
    Do you approve?
gate-button-approve = ✅ Approve
gate-button-deny = ❌ Refuse
gate-owner-decided = { $approved ->
    [1] ✅ Approved: the tenant gets the release code.
   *[0] ❌ Refused: the tenant is told.
}
gate-release-decided = This request has already been decided.
gate-release-too-late = The day of this request has passed.
gate-release-approved = ✅ The owner approved your goods release for { $day } ({ $items }): code { $code }, show it at the gate that day.
gate-release-refused = ❌ The owner did not approve your goods release for { $day } ({ $items }).
gate-release-unanswered = ⌛ No owner answered your goods release for { $day } ({ $items }) that day; it has lapsed. Ask again for another day, or ask the owner first.
gate-release-let-out = 📦 Your items ({ $items }) were let out at the gate (release { $code }).
gate-release-cancelled = Release { $code } is cancelled.
gate-release-not-open = This release can no longer be cancelled.
gate-release-card = 📦 Release { $code } · unit { $unit } · { $day } · { $state }
    { $items }
gate-state-active = valid
gate-state-used = used
gate-state-revoked = revoked
gate-state-awaiting-owner = waiting for the owner
gate-state-approved = approved
gate-state-refused = refused by the owner
gate-state-let-out = let out
gate-state-expired = expired
gate-state-cancelled = cancelled

# the guard's /pass
gate-check-usage = Send /pass with the code on a visitor pass, a goods release, a worker's pass or a works permit, or a car plate, for example: /pass ACD347 or /pass 粤B12345
gate-check-unknown = ❓ No pass or permit matches { $typed } (visitor passes, goods releases, works passes and plates were checked). Do not let them in; call the resident or the management office.
gate-check-visitor =
    🚪 Visitor { $name } · { $people } person(s) · car { $plate }
    To unit { $unit } (registered by { $resident }) · { $day } { $start }–{ $end }
gate-check-release =
    📦 Goods release { $code } · unit { $unit } (asked by { $resident }) · { $day }
    Items: { $items }
gate-check-ok = ✅ Valid: let them in, or refuse.
gate-check-refused = ⛔ Refused: { $reason }
gate-decided-in = ✅ Let in (the pass is now used).
gate-decided-out = ✅ Let out (the release is now used).
gate-already-decided = This check has already been decided.
gate-button-let-in = ✅ Let in
gate-button-let-out = ✅ Let the items out
gate-button-refuse = ⛔ Refuse
gate-reason-unknown = no such code or plate
gate-reason-early = not valid yet
gate-reason-expired = expired
gate-reason-used = already used
gate-reason-revoked = revoked by the resident
gate-reason-awaiting-owner = the owner has not approved it yet
gate-reason-owner-refused = the owner refused it
gate-reason-cancelled = cancelled by the resident
gate-reason-guard = refused by the guard
gate-reason-unpaid = not paid for
gate-reason-suspended = suspended by the management office
gate-reason-closed = the renovation is closed

# staff's /visitors and the digest
gate-board-head = 🚪 { $estate } — the gate on { $day }
gate-board-visitors = Expected visitors: { $count }
gate-board-visitor-line = · { $start }–{ $end } { $name } ({ $people }) → { $unit } · car { $plate } · { $state }
gate-board-releases = Open goods releases: { $count }
gate-board-release-line = · { $day } { $unit } · { $code } · { $items }
gate-digest-line = Gate: { $visitors } visitor pass(es) expected today ({ $people } people), { $releases } goods release(s) open

# the export of the gate's log
export-sheet-gate = Gate log
export-col-gate-at = Checked at
export-col-gate-guard = By
export-col-gate-kind = What
export-col-gate-typed = Typed
export-col-gate-whose = Visitor or items
export-col-gate-outcome = Outcome
export-col-gate-reason = Reason
export-gate-kind-visitor = visitor pass
export-gate-kind-release = goods release
export-gate-kind-worker = worker's pass
export-gate-kind-permit = works permit
export-gate-kind-unknown = not found
export-gate-outcome-pending = not decided
export-gate-outcome-admitted = let in
export-gate-outcome-refused = refused
