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
category-public-area = Public area
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
repair-ask-location = Is it inside your unit or in a public area?
repair-ask-where = Where exactly in the public area? (e.g. "building 3, lobby")
repair-ask-description = Describe the problem in a few words.
repair-ask-photos = Send up to 5 photos, then tap "Done". No photos? Tap "Done" right away.
repair-ask-visit = When may the repair worker come?
repair-ask-urgent = Is it urgent (water leaking, no power, gas smell, someone stuck)?
repair-in-unit = In my unit
repair-public = Public area
repair-photos-done = Done
repair-urgent-yes = 🔴 Urgent
repair-urgent-no = Not urgent
repair-photo-received = Photo { $count } of { $max } received. Send more or tap "Done".
repair-reask =
    I need something else here.
    { $question }
repair-reask-confirm = Please confirm, edit or cancel with the buttons below the summary.
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
repair-confirm = ✅ Confirm
repair-edit = ✏️ Edit
repair-cancel = ✖️ Cancel
repair-field-category = Category
repair-field-location = Place
repair-field-description = Problem
repair-field-photos = Photos
repair-field-visit = Visit time
repair-field-urgent = Urgency
repair-cancelled = Cancelled: no repair was reported.
repair-filed = Thank you! Your repair number is { $code }. Your butler has been told; I will message you when it is accepted, started and done.

ticket-btn-accept = ✋ Accept
ticket-btn-start = 🚶 Start
ticket-btn-resolve = ✅ Resolve
ticket-btn-transfer = ↪️ Transfer
ticket-btn-escalate = ⚠️ Escalate
ticket-btn-cancel = ✖️ Withdraw
ticket-new-staff =
    🛠 New repair { $code }{ $urgent ->
        [yes] {" "}🔴 URGENT
       *[other] {""}
    }
    { $category } · { $where }
    { $description }
    Visit: { $visit }
    — { $unit } · reported by { $reporter } · residents: { $residents }
    Open tickets: { $open } · past complaints: { $complaints }{ $arrears ->
        [yes] {" "}· ⚠️ in arrears
       *[other] {""}
    }
ticket-transferred-staff =
    ↪️ { $name } handed repair { $code } to you.
    { $category } · { $where }
    { $description }
    — { $unit } · { $reporter }
ticket-escalated-staff =
    ⚠️ { $name } escalated repair { $code }.
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
event-created = reported
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

resolve-ask-note = Resolving { $code }: what was done? (one message)
resolve-reask-note = Please describe what was done in one text message (at most { $limit } characters).
resolve-ask-photos = Send after-photos if you have them (up to 5), then tap "Done".
resolve-photos-done = Done
resolve-photo-received = Photo { $count } of { $max } received. Send more or tap "Done".
resolve-done = { $code } is resolved. The resident has been asked to rate it.
resolve-reask = Please send text for the note, photos for the pictures, or tap "Done". /cancel stops.

rating-thanks = Thank you for rating { $code } { $rating }/5! You may add a comment, or tap "Skip".
rating-poor-thanks = We are sorry that { $code } did not go well ({ $rating }/5). It has been reopened and the manager has been told. You may add a comment, or tap "Skip".
rating-skip = Skip
rating-comment-saved = Thank you, your comment has been saved.
rating-reask-comment = Please write your comment as text, or tap "Skip".
rating-comment-too-long = A comment can have at most { $limit } characters.

complaint-type-attitude = Service attitude
complaint-type-sanitation = Sanitation & environment
complaint-type-noise = Noise
complaint-type-parking = Parking
complaint-type-security = Security
complaint-type-neighbours = Neighbours
complaint-type-fees = Fees
complaint-type-other = Other
