flow-title-repair = your repair report
flow-title-complaint = your complaint
flow-title-resolve = the resolution note
flow-title-transfer = the transfer
flow-title-escalate = the escalation
flow-title-comment = your comment
flow-title-stage-note = the stage note
flow-title-patrol-problem = the patrol problem
flow-title-arrears = the collection log entry
flow-title-estimate = the renovation estimate
flow-title-invite = the invite code
flow-title-language = the language choice
flow-title-preferences = your settings
flow-echo = ✓ { $answer }
flow-hint-cancel = (Send /cancel to stop.)
flow-yes = Yes
flow-no = No
flow-btn-cancel = ✖️ Cancel
flow-btn-skip = ⏭ Skip
flow-btn-confirm = ✅ Confirm
flow-btn-edit = ✏️ Edit
flow-btn-back = ↩️ Back to the summary
flow-btn-photos-done = Done
flow-btn-photos-clear = 🗑 Remove the photos
flow-btn-keep = ▶️ Continue { $title }
flow-btn-drop = 🔄 Drop it and start { $new }
flow-btn-resume = ▶️ Continue the draft
flow-btn-restart = 🔄 Start over
flow-interrupt = You have not finished { $title } yet. Continue it, or drop it and start { $new }?
flow-resume = You have a saved draft of { $title } from { $since }. Continue it, or start over?
flow-cancelled = Cancelled { $title }. Nothing was filed.
flow-stale = This question is no longer open.
flow-answered = This question was already answered.
flow-skipped = skipped
flow-idle-kept = ⏸ Paused after { $minutes } minutes without an answer: { $title }. The draft is kept; start it again to continue.
flow-idle-dropped = ⏹ Closed after { $minutes } minutes without an answer: { $title }. Nothing was saved.
flow-reask-choice = Please choose one of the buttons below.
flow-reask-confirm = Please check the summary and confirm, edit or cancel with the buttons below.
flow-reask-text-long = That is { $length } characters; at most { $limit } fit here. Please shorten it and send it again.
flow-reask-text-short = Please write at least { $min } characters.
flow-reask-text-kind = I need text here, not { $kind }.
flow-reask-words = Photo received ({ $count } of { $max }). Please also describe it in words.
flow-reask-number = Please send a number from { $min } to { $max }.
flow-reask-number-range = { $value } is outside the range from { $min } to { $max }.
flow-reask-date = I could not read that date. Send for example 2026-12-20, 12-20, “tomorrow” or “Friday”, or press a button.
flow-reask-date-past = { $date } has already passed; please pick a day from today on.
flow-reask-date-far = { $date } is too far ahead; please pick a day within a year.
flow-reask-photos = Please send photos, or press “{ $done }” if you have none.
flow-reask-photos-max = You can send at most { $max } photos; this one was not added. Press “{ $done }” to go on.
flow-reask-photos-needed = This step needs { $min ->
        [one] a photo
       *[other] { $min } photos
    }: please send { $min ->
        [one] it
       *[other] them
    } here.
flow-photo-received = Photo { $count } of { $max } received. Send more or press “{ $done }”.
flow-photos-cleared = The photos were removed. Send new ones, or press “Done”.
flow-photos-count =
    { $count ->
        [0] no photos
        [one] 1 photo
       *[other] { $count } photos
    }
kind-photo = a photo
kind-sticker = a sticker
kind-voice = a voice message
kind-video = a video
kind-document = a file
kind-location = a location
kind-contact = a contact
kind-button = a button
kind-other = this kind of message
day-today = Today ({ $date })
day-tomorrow = Tomorrow ({ $date })
day-friday = This Friday ({ $date })
day-month-end = End of the month ({ $date })
intake-offer-repair = This sounds like a repair: { $category }, { $place }. Shall I start a repair report with your message?
intake-offer-complaint = This sounds like a complaint about { $type }. Shall I start a complaint with your message?
intake-offer-fees = This sounds like a question about your fees.
intake-place-unit = in your home
intake-place-public = in a public area
intake-btn-repair = 🛠 Report a repair
intake-btn-complaint = 📣 Log a complaint
intake-btn-fees = 💳 Show my bills
intake-btn-no = ✖️ No, thanks
intake-declined = All right. Send /help to see what I can do.
flow-photos-full = Photo { $max } of { $max } received: that is the most I can take. Press “{ $done }” to go on.
flow-photos-so-far = You have sent { $count } of at most { $max } photos. Send more or press “{ $done }”.
flow-again = You have not finished { $title } yet. Continue it, or start over?
flow-btn-pick-done = ✔️ Done
flow-reask-pick = Tap the items that apply (tap again to remove one), then “{ $done }”.
flow-reask-pick-needed = Please choose at least { $min } first.
flow-pick-chosen = { $count } chosen. Tap more, or “{ $done }”.
flow-pick-none = none
flow-list-separator = {", "}
