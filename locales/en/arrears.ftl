## Arrears (催缴) for butlers: the overdue list, a unit's card and its collection log

flow-title-arrears-fix = the correction of your collection log entry
arrears-title = 📋 Overdue units · { $sort } · page { $page }/{ $pages }
arrears-sort-amount = 💰 By amount
arrears-sort-age = ⏳ By age
arrears-estate-total = { $estate }: { $count ->
        [one] 1 unit
       *[other] { $count } units
    } overdue, { $amount } in total
arrears-none = ✅ No overdue units.
arrears-line = { $n }. { $unit } · { $amount } · since { $since } · { $last }
arrears-no-contact = no contact yet
arrears-previous = ◀ Previous
arrears-next = Next ▶
arrears-card-title = 🏠 { $unit } ({ $estate }): arrears
arrears-card-owner = Owner: { $name }, { $phone }
arrears-card-overdue = ⚠️ Overdue: { $amount } in { $count ->
        [one] 1 bill
       *[other] { $count } bills
    }, since { $since }
arrears-card-not-overdue = Nothing overdue at the moment.
arrears-card-open = Outstanding in total: { $amount }
arrears-card-contacts = Latest contacts:
arrears-button-log = ✍️ Log a contact
arrears-button-fix = ✏️ Correct my last entry
arrears-button-back = 📋 Back to the list
arrears-button-unit = 🏠 Open the unit
arrears-button-list = 📋 Open the arrears list

## The collection log: channel, outcome, day or words, note

arrears-channel-phone = 📞 Phone call
arrears-channel-visit = 🚪 Home visit
arrears-channel-chat = 💬 Chat message
arrears-channel-notice = 📄 Notice at the door
arrears-outcome-no-answer = 🔕 No answer / nobody home
arrears-outcome-will-pay = 👍 Reached, will pay
arrears-outcome-promised = 🤝 Promised to pay on a day
arrears-outcome-refused = 🙅 Refuses to pay
arrears-outcome-disputed = ❓ Disputes the bill
arrears-outcome-paid = 🧾 Says already paid
arrears-outcome-other = ✏️ Other
arrears-result-none = no outcome recorded
arrears-result-no-answer = no answer / nobody home
arrears-result-will-pay = reached, will pay
arrears-result-promised = promised to pay by { $date }
arrears-result-refused = refuses to pay
arrears-result-disputed = disputes the bill: { $note }
arrears-result-paid = says already paid (to check)
arrears-result-other = { $note }
arrears-log-contact = { $channel }, { $day }: { $result }
arrears-log-with-note = { $entry } · 📝 { $note }
arrears-log-corrected = { $entry } (corrected)
arrears-log-note = 📝 { $day }: { $note }
arrears-log-payment-chat = 💳 { $day }: paid { $amount } in chat, receipt { $receipt }
arrears-log-payment-transfer = 💳 { $day }: paid { $amount } by bank transfer, receipt { $receipt }
arrears-ask-channel = { $unit }: how did you contact them?
arrears-ask-outcome = { $unit }: what came of it?
arrears-ask-date = { $unit }: by which day did they promise to pay? Press a button, or send a date such as 12-20, “next Friday” or 2026-12-20.
arrears-ask-reason = { $outcome ->
        [disputed] { $unit }: what do they dispute about the bill? (at most { $max } characters)
       *[other] { $unit }: what happened? (at most { $max } characters)
    }
arrears-ask-note = { $unit }: anything to add? Send a note (at most { $max } characters), or press Skip.
arrears-bad-note = The note has { $length } characters; it needs some words and at most { $max }. Please send it again.
arrears-logged = ✅ Logged for { $unit }: { $entry }
arrears-promise-logged = ✅ Logged for { $unit }: { $entry }. If bills are still overdue on { $next }, I will tell you at 09:00.
arrears-fix-summary =
    ✏️ Your entry for { $unit } will read:
    { $entry }
    Confirm it, or edit a part of it.
arrears-edit-channel = Channel
arrears-edit-outcome = Outcome
arrears-edit-date = Day
arrears-edit-reason = Details
arrears-edit-note = Note
arrears-corrected = ✅ Corrected.
arrears-fix-not-yours = ✋ Only the person who logged an entry can correct it. Log a new contact instead.
arrears-fix-too-late = ✋ An entry can be corrected only within { $hours } hours of logging it. Log a new contact instead.
arrears-fix-payment = ✋ Payments are not corrected in the collection log.

## Pushes: a promise not kept, the weekly summary

arrears-promise-broken = 🤝 Promise not kept: { $unit } promised to pay by { $date }; still outstanding { $amount }
arrears-weekly =
    📋 Weekly arrears summary: { $estate }
    { $count ->
        [one] 1 unit
       *[other] { $count } units
    } overdue, { $total } in total, the oldest since { $since }.
    Largest:
    { $units }
arrears-weekly-line = • { $unit }: { $amount } since { $since }
