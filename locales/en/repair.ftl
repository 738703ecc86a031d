menu-repair = 🛠 Report a repair
menu-tickets = 📄 My tickets
menu-queue = 📥 Ticket queue
command-repair = Report a repair
command-tickets = My tickets and their status
command-queue = Open tickets of my grids

category-water = Water
category-electricity = Electricity
category-doors-windows = Doors & windows
category-elevator = Elevator
category-public-area = Shared facilities (paths, railings, bins …)
category-gas = Gas
category-other = Other
visit-asap = As soon as possible
visit-today = Today
visit-tomorrow = Tomorrow
visit-morning = Morning (9–12)
visit-afternoon = Afternoon (14–18)
visit-evening = Evening (18–20)
status-new = new
status-accepted = accepted
status-in-progress = in progress
status-resolved = resolved
status-closed = closed
status-reopened = reopened
status-transferred = transferred
status-cancelled = cancelled

repair-need-unit = Only residents bound to a unit can report repairs. Ask the management office for an invite code.
repair-ask-unit = Which unit is it for?
repair-ask-category = What needs repairing?
repair-ask-location =
    { $safety ->
        [none] {""}
       *[other] { $safety }{"\u000A"}{"\u000A"}
    }Is it inside your home or in a public area (corridor, lobby, garage …)?
repair-gas-safety = ⚠️ A gas smell: open the windows, do not switch anything on or off, no flames, leave and call from outside. The office's 24-hour number: { $hotline }. Your report is urgent.
repair-gas-safety-no-hotline = ⚠️ A gas smell: open the windows, do not switch anything on or off, no flames, leave and call from outside. Your report is urgent.
repair-ask-where =
    { $safety ->
        [none] {""}
       *[other] { $safety }{"\u000A"}{"\u000A"}
    }Where exactly? (e.g. “building 3, lobby”, at most { $limit } characters)
repair-outage-note = ℹ️ Note: a planned outage is going on — { $kind }, { $everywhere ->
        [1] the whole estate
       *[other] building(s) { $where }
    }, { $start } to { $end } ({ $reason }). If your problem is this outage, it ends by itself; you can still report it.
repair-ask-description = Describe the problem in a few words (at most { $limit } characters). You may send a photo with a caption.
repair-ask-photos = Send up to { $max } photos, then press “Done”. No photos? Press “Done” right away.
repair-ask-visit = When may the repair worker come?
repair-ask-urgent = Is it urgent (water leaking, no power, gas smell, someone stuck)?
repair-in-unit = In my unit
repair-public = Public area
repair-summary =
    Please check your repair report:
    Unit: { $unit }
    Category: { $category }
    Where: { $where }
    Problem: { $description }
    Photos: { $photos }
    Visit: { $visit }
    Urgent: { $urgent ->
        [yes] yes
       *[other] no
    }
repair-field-category = Category
repair-field-location = Place
repair-field-description = Problem
repair-field-photos = Photos
repair-field-visit = Visit time
repair-field-urgent = Urgency
repair-filed = ✅ Thank you! Your repair number is { $code }. Your butler has been told; I will message you when it is accepted, started and done.

ticket-btn-accept = ✋ Accept
ticket-btn-start = 🚶 Start
ticket-btn-resolve = ✅ Resolve
ticket-btn-transfer = ↪️ Transfer
ticket-btn-escalate = ⚠️ Escalate
ticket-btn-call = 📞 Call back
ticket-call = 📞 Call { $name } ({ $unit }): { $phone }
ticket-call-no-phone = { $name } ({ $unit }) has no phone number on record: the household card (/unit { $unit }) shows what the office knows.
ticket-btn-cancel = ✖️ Withdraw
ticket-transferred-staff =
    ↪️ { $name } handed repair { $code } to you.
    Reason: { $reason }
    { $category } · { $where }
    { $description }
    — { $unit } · { $reporter }
ticket-escalated-staff =
    ⚠️ { $name } escalated repair { $code }.
    Problem: { $reason }
    { $category } · { $where }
    { $description }
    — { $unit } · { $reporter }
ticket-cancelled-staff = ✖️ The resident withdrew repair { $code } ({ $category }, { $unit }).
ticket-poor-rating-staff =
    ⭐ Repair { $code } was rated { $rating }/5 and has been reopened.
    { $category } · { $unit } · { $reporter }
ticket-reopened-staff = 🔁 Repair { $code } was reopened after a poor rating. Please follow up with { $reporter } ({ $unit }).
ticket-ack-warning = ⏰ Repair { $code } has not been accepted yet: { $minutes } minutes left before the deadline. { $category } · { $unit }
ticket-resolve-warning = ⏰ Repair { $code } is not resolved yet: { $minutes } minutes left before the deadline. { $category } · { $unit }
ticket-ack-breach = 🚨 Deadline missed: repair { $code } was not accepted in time. { $category } · { $unit } · { $reporter }
ticket-resolve-breach = 🚨 Deadline missed: repair { $code } was not resolved in time. { $category } · { $unit } · { $reporter }
ticket-ack-again = 🚨 Still not accepted: repair { $code } has waited { $minutes } minutes (reminder { $step }). Whoever can, accept it now. { $category } · { $unit } · { $reporter }
ticket-transferred-resident = 🔄 Your repair { $code } is now followed by { $name }, who will contact you.
ticket-accepted-resident = ✋ Your repair { $code } was accepted by { $name }.
ticket-started-resident = 🚶 { $name } is on the way / working on your repair { $code }.
ticket-resolved-resident =
    ✅ Your repair { $code } is done.
    What was done: { $note }
    How satisfied are you? Tap 1 to 5 stars.
rating-reminder = Your repair { $code } was completed yesterday. How satisfied are you? Tap 1 to 5 stars.
rating-star = { $n }⭐
ticket-taken = Repair { $code } was already taken by { $name }.
ticket-illegal = That step is not possible for { $code } in its current state.
ticket-done-accept = You accepted { $code }.
ticket-done-start = { $code } is in progress.
ticket-done-escalate = { $code } was escalated to the managers.
ticket-done-transfer = { $code } was handed over.
ticket-no-transfer-target = There is no other butler to hand this ticket to.
ticket-cancelled-resident = Your repair { $code } was withdrawn.
ticket-line = { $urgent ->
        [yes] 🔴{" "}
       *[other] {""}
    }{ $code } · { $category } · { $status } · { $created }
ticket-detail =
    { $code } · { $category } · { $status }
    { $description }
    Result: { $note }
    History:
ticket-history-line = { $at } { $what } — { $who } { $note }
event-accept = accepted
event-start = started
event-resolve = resolved
event-transfer = transferred
event-escalate = escalated
event-cancel = withdrawn
event-rate = rated
event-comment = commented
event-auto-close = closed without rating
event-breach-ack = acceptance deadline missed
event-breach-resolve = resolution deadline missed
event-system = system
queue-empty = No open tickets in your grids. 🎉
queue-header = Open tickets ({ $count }), urgent and oldest first:
tickets-empty = You have no tickets yet. Send /repair to report one.
tickets-header = Your tickets:

resolve-ask-note = Resolving { $code }: what was done? (at most { $limit } characters; a photo with a caption is fine)
resolve-ask-photos = Send after-photos if you have them (up to { $max }), then press “Done”.
resolve-done = { $code } is resolved. The resident has been asked to rate it.

rating-thanks = Thank you: you rated { $code } { $stars } ({ $rating }/5).
rating-poor-thanks = We are sorry that { $code } did not go well: { $stars } ({ $rating }/5). It has been reopened and the manager has been told.
rating-comment-saved = Thank you, your comment has been saved.
rating-comment-too-long = A comment can have at most { $limit } characters.

complaint-type-attitude = Service attitude
complaint-type-sanitation = Sanitation & environment
complaint-type-noise = Noise
complaint-type-parking = Parking
complaint-type-security = Security
complaint-type-neighbours = Neighbours
complaint-type-fees = Fees
complaint-type-other = Other
visit-today-morning = Today, morning (9–12)
visit-today-afternoon = Today, afternoon (14–18)
visit-today-evening = Today, evening (18–20)
visit-tomorrow-morning = Tomorrow, morning (9–12)
visit-tomorrow-afternoon = Tomorrow, afternoon (14–18)
visit-tomorrow-evening = Tomorrow, evening (18–20)
visit-not-needed = not needed (a public place)
resident-status-received = received
resident-status-assigned = assigned
resident-status-in-progress = being handled
resident-status-resolved = done, waiting for your rating
resident-status-closed = closed
resident-status-cancelled = withdrawn
repair-field-where = Exact place
ticket-btn-open = 📄 Open { $code }
ticket-card-staff =
    🛠 Repair { $code }{ $urgent ->
        [yes] {" "}🔴 URGENT
       *[other] {""}
    } · { $status }
    { $category } · { $where }
    { $description }
    Visit: { $visit } · handled by: { $assignee }
    — { $unit } · reported by { $reporter } · residents: { $residents }
    Other open tickets: { $open } · past complaints: { $complaints }{ $arrears ->
        [yes] {" "}· ⚠️ in arrears
       *[other] {""}
    }
    History:
    { $history }
ticket-rating-comment-staff =
    💬 Comment on repair { $code } ({ $rating }/5): { $comment }
    { $category } · { $unit } · { $reporter }
event-created-repair = reported
event-created-complaint = complaint logged
event-other = other step
transfer-ask-to = Transfer { $code }: to whom?
transfer-ask-reason = Why is it handed over? (at most { $limit } characters; the new assignee and the history show it)
escalate-ask-reason = Escalate { $code } to the managers: what is the problem? (at most { $limit } characters)
rating-btn-comment = 💬 Add a comment
rating-ask-comment = Your comment on { $code }: what went well or badly? (at most { $limit } characters)
complain-field-type = Type
complain-field-description = What happened
complain-field-photos = Photos
complain-field-callback = Call back
complain-handlers-office = The management office
transfer-to-technician = 🔧 { $name } (technician)
staff-shift-summary =
    🌅 Your shift starts: while you were off, { $count } ticket update(s) came in. As they stand now:
    { $lines }
ticket-btn-contractor = 🏗 Contractor
ticket-handled-with = { $name }, with { $contractor }
event-contractor = contractor's work recorded
flow-title-contractor = the contractor's work
contractor-ask-name = { $code }: which contractor does the work? (a name, e.g. “Otis lift service”, at most { $max } characters)
contractor-ask-note = What do they do, and when? (at most { $limit } characters; the history keeps it)
contractor-bad-name = Give the contractor's name, at most { $max } characters.
ticket-done-contractor = The contractor's work on { $code } is recorded.
