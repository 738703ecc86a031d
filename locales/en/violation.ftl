## Violations (违章处理): recording, the notice, the ladder, reminders

menu-violations = ⚠️ Violations
command-violations = Report a violation, see notices to your household
command-violations-staff = Open violations: record, notice, re-inspect
flow-title-violation-new = the violation record
flow-title-violation-report = your violation report
flow-title-violation-notice = the violation notice
flow-title-violation-check = the re-inspection
flow-title-violation-loss = the compensation
flow-title-violation-escalate = the escalation
flow-title-violation-deliver = the notice's delivery
flow-title-violation-followup = the follow-up

violation-category-renovation = Renovation and structure
violation-category-fire = Fire safety
violation-category-environment = Environment and sanitation
violation-category-order = Public order
violation-category-harm = Harming others or the estate
violation-category-other = Other
violation-rule-renovation = The estate's renovation rules and the Temporary Management Statute
violation-rule-fire = The estate's fire-safety rules and the Temporary Management Statute
violation-rule-environment = The estate's environment and sanitation rules and the Temporary Management Statute
violation-rule-order = The estate's public-order rules and the Temporary Management Statute
violation-rule-harm = The Temporary Management Statute: no owner may harm other owners or the estate's safety
violation-rule-other = The Temporary Management Statute
violation-step-reported = reported
violation-step-persuaded = advised on the spot
violation-step-notice = notice to fix by a deadline
violation-step-measures = measures taken
violation-step-compensation = compensation
violation-step-escalated = escalated
violation-state-open = open
violation-state-closed = closed
violation-state-dismissed = dismissed
violation-notice-none = no notice yet
violation-notice-sent = sent, awaiting acknowledgement
violation-notice-acknowledged = acknowledged by the household
violation-notice-refused = refused by the household
violation-notice-printed = to be printed and handed over on paper
violation-notice-delivered = handed over on paper
violation-measure-suspend-passes = Workers' passes stopped (no entry for the renovation's workers)
violation-measure-notify-department = Departments told to take measures
violation-measure-other = Other measure
violation-measure-line = { $text }
violation-escalation-authority = Reported to the city authority
violation-escalation-lawyer = Lawyer's letter
violation-escalation-lawsuit = Lawsuit filed
violation-outcome-complied = stopped after advice
violation-outcome-fixed = fixed
violation-outcome-dismissed = no violation found
violation-pending-loss = a compensation
violation-pending-escalation = an escalation
violation-persuasion-complied = ✅ Advised: they stopped (close it)
violation-persuasion-refused = 🙅 Advised: they ignored it (pass it on)
violation-persuasion-absent = 🚪 Nobody there to advise (pass it on)
violation-serious-general = General
violation-serious-serious = Serious
violation-source-staff = recorded by staff
violation-source-patrol = found on patrol
violation-source-renovation = found on a renovation inspection
violation-source-resident = a resident's report
violation-none = none

violation-ask-category = ⚠️ Record a violation. What kind is it?
violation-ask-kind = Which one exactly?
violation-ask-unit = Which unit is it (e.g. 1-1-101)? Skip for a public area or an unknown household.
violation-ask-place = Where exactly is it?
violation-ask-facts = What did you see? Write it, or send photos with a caption.
violation-ask-photos = Send photos of it (up to { $max }), then Done.
violation-ask-persuasion = Did you advise them on the spot, and did it work?
violation-ask-serious = General, or serious (handled by the office's head)?
violation-ask-report-category = ⚠️ Report a violation. What kind is it?
violation-ask-report-place = Where is it (building, floor, car park, gate …)?
violation-ask-report-facts = What is happening? Write it, or send photos with a caption. The household is never told who reported it.
violation-ask-report-photos = Send at least one photo (up to { $max }), then Done.
violation-ask-notice-unit = Notice for { $number }: which unit is it for (e.g. 1-1-101)?
violation-ask-notice-facts = Notice for { $number }: the facts, as the household will read them.
violation-ask-rule = Which rule is broken? Skip to cite the estate's rules for this kind.
violation-ask-remedy = What must the household do to put it right?
violation-ask-deadline = By which day must it be fixed?
violation-ask-check = Re-inspection of { $number }: what did you find?
violation-ask-measures = Not fixed: which measures are taken? Tap each, then Done (none: Done).
violation-ask-other-measure = Which other measure?
violation-ask-new-deadline = A new deadline? Skip to keep none.
violation-ask-check-note = A note on what you saw? Skip if none.
violation-ask-check-photos = Photos of what you found (up to { $max }), then Done.
violation-ask-loss = Compensation for { $number }: what was damaged or lost?
violation-ask-amount = How much is the loss (e.g. 350 or 350.50)?
violation-ask-loss-photos = Photos of the damage (up to { $max }), then Done.
violation-ask-escalation = Escalating { $number }: to whom?
violation-ask-body = The authority or law firm's name?
violation-ask-reference = Their reference (case or letter number)?
violation-ask-escalation-day = On which day?
violation-ask-deliver-photos = A photo of the notice handed over (signed, or as left at the door).
violation-ask-deliver-note = A note (who received it)? Skip if none.
violation-ask-followup = After { $number }: how did the talk with the household go?

violation-field-kind = Kind
violation-field-unit = Unit
violation-field-place = Place
violation-field-facts = Facts
violation-field-photos = Photos
violation-field-persuasion = Advice
violation-field-rule = Rule
violation-field-remedy = Remedy
violation-field-deadline = Deadline
violation-field-result = Result
violation-field-measures = Measures
violation-field-note = Note
violation-field-loss = Loss
violation-field-amount = Amount
violation-field-escalation = To whom
violation-field-body = Name
violation-field-reference = Reference
violation-field-day = Day

violation-new-summary =
    Please check the violation:
    { $category } · { $kind }
    Unit: { $unit }
    Place: { $place }
    Facts: { $facts }
    Photos: { $photos }
    { $persuasion }{ $complied ->
        [1] {""}
       *[other] { $serious ->
            [1] {" "}· serious: handled by the office's head
           *[other] {" "}· general
        }
    }
violation-report-summary =
    Please check your report:
    { $kind }
    Place: { $place }
    What: { $facts }
    Photos: { $photos }
violation-notice-summary =
    Please check the notice (违章处理通知单):
    Unit: { $unit }
    Facts: { $facts }
    Rule: { $rule }
    Remedy: { $remedy }
    Fix by: { $deadline }
violation-check-summary =
    Please check the re-inspection:
    { $result }
    Note: { $note } · photos: { $photos }
violation-check-measures = Measures: { $measures } · new deadline: { $deadline }
violation-loss-summary =
    Please check the compensation (a manager confirms it before it is billed):
    Loss: { $loss }
    Amount: { $amount }
    Photos: { $photos }
violation-escalate-summary =
    Please check (a manager confirms it):
    { $escalation }: { $body }
    Reference: { $reference } · on { $day }
violation-deliver-summary = Please check: the notice was handed over; { $photos } photo(s); note: { $note }
violation-followup-summary = Please check the follow-up: { $note }

violation-check-fixed = ✅ Fixed: close it
violation-check-not-fixed = ❌ Not fixed
violation-check-dismissed = 🚫 No violation found: dismiss

violation-recorded = { $closed ->
    [1] Violation { $number } is recorded and closed: the advice worked.
   *[other] Violation { $number } is recorded; its handler is told.
}
violation-reported = Thank you. Report { $number } is with the estate office; you will be told the outcome. The household is never told who reported it.
violation-notice-issued = { $sent ->
    [0] Notice for { $number } issued. Nobody of the household uses the bot: print it (🖨) and record its delivery.
   *[other] Notice for { $number } sent to { $sent } resident(s) of the household.
}
violation-checked = { $closed ->
    [1] { $number } is closed.
   *[other] { $number }: the measures are recorded.
}
violation-asked = { $action ->
    [0] { $number }: the compensation waits for a manager's confirmation.
   *[other] { $number }: the escalation waits for a manager's confirmation.
}
violation-delivered = { $number }: the notice's delivery is recorded.
violation-followed-up = { $number }: the follow-up is recorded.
violation-answered = { $agreed ->
    [1] Thank you: your acknowledgement is recorded with the time.
   *[other] Your refusal is recorded; the estate office will contact you.
}
violation-decided = { $agreed ->
    [1] Confirmed.
   *[other] Declined.
}

violation-card-head = ⚠️ Violation { $number } · { $category } · { $kind }
violation-card-state = { $closed ->
    [1] State: { $state } ({ $outcome }) · step reached: { $step }
   *[other] State: { $state } · step: { $step }
}
violation-card-place = Place: { $place }
violation-card-unit = Unit: { $known ->
    [1] { $unit }
   *[other] not known yet
}
violation-card-facts = Facts: { $facts }
violation-card-rule = Rule: { $rule }
violation-card-remedy = Remedy: { $remedy }
violation-card-deadline = Fix by: { $deadline }{ $overdue ->
    [1] {" "}⏰ overdue
   *[other] {""}
}
violation-card-notice = Notice: { $notice }
violation-card-loss = Compensation billed: { $amount }
violation-card-source = Source: { $source } ({ $reporter })
violation-card-handler = Handled by: { $managers ->
    [1] the estate's managers
   *[other] { $handler }
}{ $serious ->
    [1] {" "}· serious
   *[other] {""}
}
violation-card-renovation = Renovation: { $number }
violation-card-pending = ⏳ Waiting for a manager: { $action ->
    [0] compensation { $amount } ({ $note })
   *[other] { $escalation }: { $body }
}
violation-card-followup-due = 🤝 Reach out to the household to ease the relationship, and record it.
violation-card-reporter-note = Your report stays anonymous to the household.

violation-button-open = 📄 Open the case
violation-button-new = ➕ Record a violation
violation-button-report = ⚠️ Report a violation
violation-button-notice = 📄 Issue the notice
violation-button-check = 🔍 Re-inspect
violation-button-loss = 💰 Compensation
violation-button-escalate = ⚖️ Escalate
violation-button-confirm = ✅ Confirm
violation-button-decline = ✖️ Decline
violation-button-print = 🖨 Print the notice
violation-button-deliver = 📬 Record the delivery
violation-button-followup = 🤝 Record the follow-up
violation-button-history = 📜 History
violation-button-files = 🖼 Photos
violation-button-ack = ✍️ Acknowledge (signature)
violation-button-refuse = 🙅 Refuse

violation-list-none = No open violation in your grids.
violation-list-head = ⚠️ Open violations: { $count } ({ $overdue } overdue)
violation-list-by-kind = By kind: { $kinds }
violation-list-by-step = By step: { $steps }
violation-list-line = { $overdue ->
    [1] ⏰ { $number } { $kind } { $unit } → { $deadline }
   *[other] { $number } { $kind } { $unit } → { $deadline }
}
violation-mine-head = ⚠️ Notices to your household: { $notices } · your reports: { $reports }
violation-mine-notice = 📄 { $number } { $kind } ({ $state })
violation-mine-report = 🗣 { $number } { $kind } ({ $state })
violation-files-none = No photos in this case.

violation-history-head = 📜 History of { $number }
violation-history-line = { $at } { $what } · { $who } · { $note }
violation-event-recorded = recorded
violation-event-reported = reported by a resident
violation-event-notice = notice issued
violation-event-acknowledged = notice acknowledged
violation-event-refused = notice refused
violation-event-delivered = notice handed over
violation-event-not-fixed = re-inspected: not fixed
violation-event-closed = re-inspected: fixed, closed
violation-event-dismissed = dismissed
violation-event-loss-asked = compensation recorded
violation-event-loss-confirmed = compensation confirmed and billed
violation-event-loss-declined = compensation declined
violation-event-escalation-asked = escalation recorded
violation-event-escalation-confirmed = escalation confirmed
violation-event-escalation-declined = escalation declined
violation-event-followed-up = followed up
violation-event-other = step

violation-new-staff =
    ⚠️ New violation { $number } ({ $estate }): { $kind }
    Place: { $place } · unit: { $unit }
    { $facts }
    Recorded by { $by }: please handle it.
violation-new-report =
    🗣 Resident's report { $number } ({ $estate }): { $kind }
    Place: { $place }
    { $facts }
    Please look into it (the reporter is { $by }; never tell the household).
violation-notice-told =
    📄 Violation notice { $number }, unit { $unit }
    { $kind } · { $place }
    Facts: { $facts }
    Rule: { $rule }
    Please: { $remedy }
    Fix by: { $deadline }
    Please acknowledge it below (it stands for your signature), or refuse it.
violation-notice-answered-told = { $number } ({ $unit }): { $name } { $agreed ->
    [1] acknowledged the notice.
   *[other] refused the notice.
}
violation-not-fixed-told =
    ⚠️ { $number } ({ $unit }) was not fixed by the deadline.
    Measures: { $measures }
    New deadline: { $deadline }{ $passes ->
        [0] {""}
       *[other] {" "}· { $passes } worker pass(es) stopped until it is fixed
    }
violation-closed-told = ✅ { $number } ({ $unit }) is closed: { $outcome }.{ $passes ->
    [0] {""}
   *[other] {" "}{ $passes } worker pass(es) work again.
}
violation-reporter-told = 🗣 Your report { $number } ({ $kind }, { $place }) is handled: { $outcome }. Thank you.
violation-confirm-ask =
    ⏳ { $number } ({ $unit }): { $by } asks your confirmation of { $action ->
        [0] a compensation of { $amount }: { $note }
       *[other] { $escalation }: { $body }, ref. { $reference }, { $day }
    }
    Please be very careful with this step.
violation-decided-told = { $number }: { $name } { $agreed ->
    [1] confirmed
   *[other] declined
} { $action ->
    [0] the compensation of { $amount }.
   *[other] the escalation ({ $escalation }).
}
violation-loss-told = 💰 { $number } ({ $unit }): a compensation of { $amount } is billed for { $note }. Pay it in /fees.
violation-remind-due = ⏰ { $number } ({ $unit }): the deadline { $deadline } is today. Please re-inspect.
violation-remind-ack = 📄 Reminder: violation notice { $number } for { $unit } waits for your acknowledgement (fix by { $deadline }).
violation-remind-confirm = ⏳ { $number } ({ $unit }): { $what } still waits for your confirmation.
violation-remind-followup = 🤝 { $number } ({ $unit }) was closed a few days ago: please reach out to the household to ease the relationship, and record it.

violation-print-title = Violation Notice
violation-print-number = No. { $number } · { $estate }
violation-print-unit = Unit
violation-print-kind = Kind
violation-print-place = Place
violation-print-facts = Facts
violation-print-rule = Rule
violation-print-remedy = Remedy
violation-print-deadline = Fix by
violation-print-issued = Issued
violation-print-sign = Owner's signature: ______________________
violation-print-date = Date: ______________________
violation-print-footer = { $estate } management office
violation-print-caption = Notice { $number } to print

violation-staff-only = Recording violations is for the estate's staff.
violation-residents-only = Reports come from residents bound to a unit.
violation-need-bound = This is for residents and staff of an estate: bind yourself with your invite code first.
violation-handler-only = Only the case's handler or a manager can do this.
violation-managers-confirm = Only a manager confirms this step.
violation-other-manager = Another manager must confirm what you asked.
violation-not-open = This case is { $state }: nothing more to do on it.
violation-unknown-kind = That kind is not on the estate's list.
violation-unknown-unit = There is no unit { $unit } in this estate.
violation-bad-place = Say where, in at most { $limit } characters.
violation-bad-facts = That is too long: at most { $limit } characters.
violation-too-many-photos = At most { $limit } photos.
violation-need-photos = At least one photo, please.
violation-need-text = Please write it out.
violation-need-unit = The household is not known: issue the notice first, naming the unit.
violation-bad-deadline = The deadline is a day from today, within { $days } days.
violation-bad-amount = Write the amount as a number above zero, e.g. 350 or 350.50.
violation-pending-first = A step waits for a manager's confirmation: it comes first.
violation-nothing-pending = Nothing waits for confirmation.
violation-loss-billed = The compensation is already billed.
violation-no-renovation = This case has no renovation in progress: there are no passes to stop.
violation-not-printed = There is no printed notice to hand over.
violation-notice-answered = The notice is already { $state }.
violation-followup-not-now = The follow-up comes after the case is closed.
