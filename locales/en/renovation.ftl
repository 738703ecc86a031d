## Renovation management: apply, register workers, the owner's consent, review, fees,
## the works permit and worker passes, the waterproof test, inspections, acceptance and refunds.

## Fee types on bills, and the office counter

fee-type-renovation-debris = Renovation debris removal
fee-type-renovation-debris-second = Renovation debris removal (second renovation)
fee-type-renovation-wall = Wall demolition debris removal
fee-type-renovation-permit = Works permit
fee-type-renovation-pass = Worker pass
payment-method-counter = Paid at the management office, recorded by staff

## What is being written (“You have not finished … yet”)

flow-title-renovation-apply = your renovation application
flow-title-renovation-worker = the worker registration
flow-title-renovation-review = the review of the renovation application
flow-title-renovation-water = the waterproof test booking
flow-title-renovation-water-result = the waterproof test result
flow-title-renovation-inspect = the renovation inspection record
flow-title-renovation-accept = the renovation acceptance

## States

renovation-state-draft = draft, not submitted yet
renovation-state-awaiting-owner = waiting for the owner's consent
renovation-state-submitted = waiting for review
renovation-state-rejected = sent back for changes
renovation-state-approved = approved, fees to pay
renovation-state-permitted = works in progress
renovation-state-completed = waiting for acceptance
renovation-state-fixing = problems being fixed
renovation-state-closed = accepted and closed
renovation-state-cancelled = withdrawn
renovation-pass-listed = registered
renovation-pass-unpaid = fee to pay
renovation-pass-active = valid
renovation-pass-suspended = suspended
renovation-pass-revoked = revoked
renovation-pass-returned = handed back
renovation-water-none = not booked yet: wet-area works wait for it
# Also shown alone as the reply after booking a test: the code uses this key for both.
renovation-water-booked = booked
renovation-water-failed = failed, to be done again
renovation-water-passed = passed

## The documents read before applying (captions)

renovation-doc-rules = 📄 Renovation rules
renovation-doc-lift = 📄 Rules for using the lift during renovation
renovation-doc-notice = 📄 Notice to households who renovate

## /renovation

renovation-menu =
    { $count ->
        [0] 🏗 You have no renovation application yet. To renovate, apply with the button below: read the rules, fill in the application, register the workers, and the management office reviews it. You can also estimate the fees first.
       *[other] 🏗 Your renovation applications:
            { $lines }
    }
renovation-menu-line = • { $number } · { $unit } · { $state }
renovation-staff-list =
    🏗 Renovations in progress ({ $count }):
    { $lines }
renovation-staff-line = • { $number } · { $unit } · { $state } · until { $end }
renovation-staff-none = 🏗 No renovation is in progress in your area.
renovation-pick-unit = You have more than one unit. Open /renovation and press “Apply to renovate” on the unit you mean.
renovation-already-open = This unit already has a renovation application in progress: { $number }. Open it with /renovation; a new one can be made once it is closed or withdrawn.

## Buttons

renovation-button-open = 📄 Open the application
renovation-button-open-number = 📄 Open { $number }
renovation-button-apply = 📝 Apply to renovate { $unit }
renovation-button-estimate = 🧮 Estimate the fees
renovation-button-worker = 👷 Add a worker
renovation-button-submit = 📨 Submit for review
renovation-button-fix = ✏️ Edit the application
renovation-button-cancel = ✖️ Withdraw the application
renovation-button-owner-ok = ✅ I agree
renovation-button-owner-no = ❌ I do not agree
renovation-button-pay = 💳 Pay the fees
renovation-button-complete = 🏁 Works finished: ask for acceptance
renovation-button-review = 📋 Review
renovation-button-counter = 🧾 Record payment at the office
renovation-button-inspect = 🚶 Record an inspection
renovation-button-water-book = 💧 Book the waterproof test
renovation-button-water-result = 💧 Record the test result
renovation-button-accept = 🏁 Record the acceptance
renovation-button-files = 🖼 Photos and papers
renovation-button-history = 📜 History
renovation-button-worker-remove = 🗑 Remove { $name }
renovation-button-worker-revoke = ⛔ Revoke the pass of { $name }

## The application form

renovation-ask-authorisation = 📝 Renovation application for { $unit }. You are not the owner, so the owner must authorise you in writing: please send a photo of the owner's signed authorisation, then press “Done”.
renovation-ask-read =
    📄 Renovation application for { $unit }.
    { $documents ->
        [0] Please get the renovation rules, the rules for using the lift during renovation and the notice from the management office and read them.
        [one] Please read the document I sent above.
       *[other] Please read the { $documents } documents I sent above.
    }
    The rules apply to you, your contractor and every worker until the renovation is accepted.
renovation-read-accept = ✅ I have read them and will follow them
renovation-apply-usage = Is { $unit } a home or an office? The renovation deposit depends on it.
renovation-ask-start = When will the works start? Works may begin only once the works permit is issued (after review and payment of the fees).
renovation-ask-end = When will the works end? The works may last at most { $days } days; the permit and the worker passes are valid until that day.
renovation-ask-works = Which works will be done? Tap each one (tap again to remove it), then “Done”. Only the works declared here may be done: inspections check the site against them.
renovation-ask-wall-area = How many m² of wall will be demolished? Only non-load-bearing walls may be altered; the wall demolition debris fee is charged by this area (at least { $min } m²).
renovation-apply-debris = How many m² will be renovated? The debris removal fee is charged by this area. At least { $min } m²; decimals are fine, e.g. 85.5.
renovation-apply-second = Is this a second renovation (the unit was renovated before)? The debris removal fee is higher for a second renovation.
renovation-ask-contractor = What is the name of the contractor, the company doing the works (at most { $limit } characters)? Only a registered company with a qualification certificate can be declared.
renovation-ask-licence = What is the contractor's business licence number? Send the 18-character unified social credit code on the licence (an older licence has 15 digits).
renovation-ask-qualification = Which qualification certificate does the contractor hold? Write its name and number (at most { $limit } characters).
renovation-ask-licence-photo = Send a photo of the contractor's business licence (a copy is fine), then press “Done”.
renovation-ask-qualification-photo = Send a photo of the contractor's qualification certificate (a copy is fine), then press “Done”.
renovation-ask-drawings = Send photos of the construction drawings, one per page, then press “Done”.
renovation-apply-summary =
    Please check your renovation application:
    Unit: { $unit }
    Works period: { $start } to { $end }
    Works: { $works }
    Wall demolition: { $wall } m²
    Area renovated: { $debris } m²
    Second renovation: { $second ->
        [1] yes
       *[other] no
    }
    Contractor: { $contractor }
    Business licence no.: { $licence }
    Qualification: { $qualification }
    Licence and certificate: { $photos ->
        [one] 1 photo
       *[other] { $photos } photos
    }
    Drawings: { $drawings ->
        [one] 1 photo
       *[other] { $drawings } photos
    }
    { $owner ->
        [1] Applicant: the owner
       *[other] Owner's written authorisation: { $authorisation ->
            [one] 1 photo
           *[other] { $authorisation } photos
        }
    }
    When you confirm, the application is saved as a draft. Then register the workers and submit it for review.
renovation-field-start = Start date
renovation-field-end = End date
renovation-field-works = Works
renovation-field-wall = Wall area
renovation-field-debris = Area renovated
renovation-field-second = Second renovation
renovation-field-contractor = Contractor
renovation-field-licence = Licence number
renovation-field-qualification = Qualification
renovation-field-licence-photo = Licence photo
renovation-field-qualification-photo = Certificate photo
renovation-field-drawings = Drawings
renovation-field-authorisation = Authorisation
renovation-applied = 📝 Your application { $number } is saved as a draft. Next: register each worker with “Add a worker”, then press “Submit for review”.
renovation-fixed = 📝 Application { $number } is corrected. Check the workers, then press “Submit for review” to send it again.

## Problems with the form

renovation-bad-dates = The end date must be on or after the start date, and the works may last at most { $max } days. Please correct the dates.
renovation-need-works = Please choose at least one of the works this estate lists.
renovation-bad-licence = That is not a business licence number. Send the 18-character unified social credit code on the licence, or the 15 digits of an older licence.
renovation-need-papers = The application needs photos of the contractor's business licence, its qualification certificate and the construction drawings. Please add them and confirm again.
renovation-need-authorisation = As a tenant or family member you need the owner's written authorisation: please add a photo of it and confirm again.
renovation-not-now = That is not possible now: the application's status is “{ $state }”.

## Workers (the workers' register)

renovation-ask-worker-name = 👷 Register a worker for { $number }. What is the worker's full name, as on their ID card (at most { $limit } characters)?
renovation-ask-worker-id = What is the worker's resident ID number (18 characters)? Cards show only its first six and last four.
renovation-ask-worker-photo = Send one recent photo of the worker's face: the guard compares it with the person when checking the pass.
renovation-worker-summary =
    Please check the worker:
    Name: { $name }
    ID number: { $id }
    When you confirm, the worker is added to the application.
renovation-field-worker-name = Name
renovation-field-worker-id = ID number
renovation-field-worker-photo = Photo
renovation-worker-added = 👷 { $name } is registered. { $billed ->
        [1] The pass fee is billed: the pass is issued as soon as it is paid.
       *[other] The pass fee is billed when the application is approved; the pass is issued once it is paid.
    }
renovation-worker-removed = 🗑 The worker was taken off the application.
renovation-worker-twice = A worker with this ID number is already registered on this application.
renovation-bad-worker = Each worker needs a name, an ID number and a photo. Please register the worker again.
renovation-bad-id-number = That is not a valid resident ID number: it has 18 characters (the last may be X) and its check digit must match. Please check it and send it again.
renovation-too-many-workers = At most { $max } workers can be registered on one application. Revoke the pass of someone who has left first.
renovation-worker-not-now = Workers cannot be added now. The applicant or the owner adds them while the application is a draft or sent back, and while the works are in progress.
renovation-need-workers = Register at least one worker before submitting: press “Add a worker” on the card.

## The card

renovation-card =
    🏠 Renovation { $number } · { $unit }
    Status: { $state }
    Works period: { $start } to { $end }
    Contractor: { $contractor } (business licence { $licence })
    Qualification: { $qualification }
    Area renovated: { $debris } m²{ $second ->
        [1] , second renovation
       *[other] {""}
    }
renovation-card-works =
    🔨 Works:
    { $works }
renovation-work-area = { $name } ({ $area } m²)
renovation-work-rejected = { $name } (sent back: { $reason })
renovation-card-workers =
    👷 Workers ({ $count }):
    { $workers }
renovation-worker-line = • { $name } · { $id } · { $state } · pass { $number }{ $objected ->
        [1] {" "}(sent back: { $reason })
       *[other] {""}
    }
renovation-card-fees =
    💰 Fees:
    { $fees }
renovation-fee-state = • { $item }: { $amount } { $paid ->
        [1] ✅ paid
       *[other] ⏳ to pay
    }
renovation-card-permit =
    🪪 Works permit { $number }, code { $code }
    { $wet ->
        [1] Waterproof test: { $water }
       *[other] No works in wet areas: no waterproof test needed
    }
    Next inspection: { $next }
renovation-card-fix-by = ⚠️ To be fixed by { $date }; if not, the cost is deducted from the deposit.
renovation-card-deduction = 💸 Deducted from the deposit: { $amount }
renovation-files-none = There are no photos or papers on this application yet.
renovation-file-authorisation = Owner's written authorisation
renovation-file-licence = Business licence
renovation-file-qualification = Qualification certificate
renovation-file-drawing = Construction drawing
renovation-file-water = Waterproof test
renovation-file-inspection = Inspection
renovation-file-acceptance = Acceptance
renovation-file-worker = Worker
renovation-file-other = Photo

## History

renovation-history =
    📜 History of { $number }:
    { $lines }
renovation-event-line = { $at } { $what } — { $who }
renovation-event-system = system
renovation-event-applied = application filled in
renovation-event-fixed = application corrected
renovation-event-worker-added = worker registered: { $note }
renovation-event-worker-removed = worker removed: { $note }
renovation-event-awaiting-owner = submitted, waiting for the owner's consent
renovation-event-submitted = submitted for review
renovation-event-owner-agreed = the owner agreed
renovation-event-owner-declined = the owner did not agree
renovation-event-cancelled = withdrawn
renovation-event-rejected = sent back for changes
renovation-event-approved = approved, fees billed
renovation-event-paid-counter = fees paid at the management office
renovation-event-permitted = works permit { $note } issued
renovation-event-pass-issued = worker pass issued: { $note }
renovation-event-pass-revoked = worker pass revoked: { $note }
renovation-event-water-booked = waterproof test booked for { $note }
renovation-event-water-passed = waterproof test passed · { $note }
renovation-event-water-failed = waterproof test failed · { $note }
renovation-event-inspected-ok = inspection, no problems · { $note }
renovation-event-inspected-problem = inspection, problems to fix · { $note }
renovation-event-completed = works reported finished
renovation-event-accept-problems = acceptance, to be fixed: { $note }
renovation-event-deducted = deducted from the deposit: { $note }
renovation-event-accepted = accepted and closed, refunds recorded
renovation-event-other = other step

## Submitting, the owner's consent, withdrawing

renovation-submitted = 📨 Submitted. { $owner ->
        [1] The owner of the unit has been asked to agree first; the management office reviews it after that.
       *[other] The management office will review it and tell you the result here.
    }
renovation-owner-ask = 🏠 { $applicant } has applied to renovate your unit { $unit } ({ $estate }): application { $number }. As the owner, your consent is needed. Open it to see the details, then agree or decline.
renovation-owner-decided = { $agreed ->
        [1] ✅ You agreed. The application goes to the management office for review.
       *[other] ❌ You declined. The application goes back to the applicant as a draft.
    }
renovation-owner-agreed = ✅ The owner agreed to your renovation application { $number } ({ $unit }). It is now with the management office for review; you will hear the result here.
renovation-owner-declined = ❌ The owner did not agree to your renovation application { $number } ({ $unit }). It is a draft again: talk to the owner, then submit it again, or withdraw it.
renovation-cancelled = ✖️ The application is withdrawn. You can apply again any time from /renovation.

## Review

renovation-review-ask = 📋 To review: renovation application { $number }, { $estate } { $unit }. Check the form, the contractor's papers, the drawings and the workers, then approve it or send it back.
renovation-ask-objections = 📋 Review of { $number }. Tap every item that is NOT acceptable (tap again to unmark), then “Done”. Everything in order? Press “Done” right away to approve.
renovation-ask-reasons =
    Why { $objected ->
        [one] is this item
       *[other] are these items
    } not acceptable? The household reads this (at most { $limit } characters). Write one reason per line, in this order, or one text for all:
    { $items }
renovation-field-objections = Items
renovation-field-reasons = Reasons
renovation-review-approve-summary = ✅ Approve application { $number }: nothing is objected to. When you confirm, the household is billed the fees; the works permit and worker passes are issued once they are paid.
renovation-review-reject-summary =
    ↩️ Send application { $number } back for changes:
    { $lines }
    When you confirm, the household is told why and can correct it and submit it again.
renovation-review-reason-line = • { $item }: { $reason }
renovation-reviewed-approved = ✅ { $number } is approved. The household has been told the fees to pay.
renovation-reviewed-rejected = ↩️ { $number } is sent back. The household has been told why.
renovation-item-contractor = Contractor and its papers
renovation-item-drawings = Construction drawings
renovation-item-authorisation = Owner's written authorisation
# The estate names each work in both languages; only the English name is shown here.
renovation-item-work = { $zh ->
       *[other] { $en }
    }
renovation-reason-line = • { $item }: { $reason }
renovation-rejected =
    ↩️ Your renovation application { $number } ({ $unit }) was sent back for changes:
    { $reasons }
    Press “Edit the application” on its card, correct these items and submit it again. A worker sent back can be removed and registered again.

## Fees, the works permit and worker passes

renovation-fee-line = • { $item }: { $amount }
renovation-fees-due =
    ✅ Your renovation application { $number } ({ $unit }) is approved. Please pay these fees:
    { $lines }
    Total: { $total }. The deposit is refunded after acceptance; the permit and pass fees are refunded when you hand them back. Once the fees are paid, the works permit and the worker passes are issued and the works may start.
renovation-pass-fee-due =
    💳 { $unit }: the pass of a new worker on renovation { $number } is billed:
    { $lines }
    Total: { $total }. The pass is issued as soon as it is paid.
renovation-nothing-due = Nothing is left to pay on this application.
renovation-counter-paid = 🧾 Recorded: { $amount } paid at the office. The permit and the passes now paid for are issued automatically.
renovation-permit-issued =
    🪪 Works permit issued: renovation { $number } ({ $unit }).
    Permit { $permit }, code { $code }, valid until { $until }. Please display it at the site.
    The works may start. Keep the entrance door open while working so the office can inspect at any time. If the works include waterproofing, the engineering department will book the 24-hour waterproof test with you.
    Worker passes issued (each one once its fee is paid):
    { $passes }
renovation-passes-issued =
    🪪 New worker passes for renovation { $number } ({ $unit }), valid until { $until }:
    { $passes }
    Workers show their code at the gate; the guard checks it against their photo.
renovation-pass-line = • { $name }: pass { $number }, code { $code }
renovation-pass-not-active = This pass is no longer in use (revoked or handed back): there is nothing to revoke.
renovation-pass-revoked-done = ⛔ The pass is revoked: guards will refuse it from now on.

## /pass: a guard checks a pass or a permit

renovation-check-valid = ✅ Valid: they may come in.
renovation-check-unknown = ❓ No pass or permit of this estate has this code. Check the code; if it is right, do not let them in and call the management office.
renovation-check-unpaid = ⛔ Not valid: its fee is not paid yet, so it has not been issued.
renovation-check-suspended = ⛔ Not valid: suspended by the management office.
renovation-check-revoked = ⛔ Not valid: revoked or handed back.
renovation-check-expired = ⛔ Not valid: the works period has ended.
renovation-check-early = ⛔ Not valid yet: the works period has not started.
renovation-check-closed = ⛔ Not valid: this renovation is closed or withdrawn.
renovation-check-result =
    { $reason }
    { $kind ->
        [permit] 🪪 Works permit { $number }, contractor: { $holder }
       *[other] 👷 Worker pass { $number }: { $holder }
    }
    Unit { $unit }, renovation { $renovation }
    Works period: { $start } to { $end }
    { $valid ->
        [1] { $kind ->
            [permit] The contractor may work in this unit only.
           *[other] Compare the photo with the person before letting them in.
        }
       *[other] Do not let them in; they can sort it out at the management office.
    }

## The waterproof test (24 hours)

renovation-ask-water-day = 💧 Book the 24-hour waterproof test of { $number }. Agree on a day with the owner: which day?
renovation-ask-water-time = At what time does the test start?
renovation-water-summary =
    Please check the booking:
    Day: { $day }
    Start: { $at } (the test lasts 24 hours)
    When you confirm, the household is told.
renovation-field-water-day = Day
renovation-field-water-time = Time
renovation-water-booked-told = 💧 The 24-hour waterproof test of your renovation { $number } ({ $unit }) is booked for { $at }, with { $by } of the engineering department. Please be there. Works in wet areas go on only after the test passes.
renovation-water-not-now = A waterproof test is already booked or passed for this renovation.
renovation-water-past = That time has already passed. Please book a time from now on.
renovation-ask-water-result = 💧 Result of the 24-hour waterproof test of { $number }: any leaks?
renovation-water-result-pass = ✅ Passed: no leaks
renovation-water-result-fail = ❌ Failed: leaks found
renovation-ask-water-photos = Send photos of the test (at least one, at most { $max }), then press “Done”.
renovation-ask-note = Anything to add (at most { $limit } characters)? If not, press “Skip”.
renovation-water-result-summary =
    Please check the test result:
    Result: { $passed ->
        [1] ✅ passed
       *[other] ❌ failed
    }
    Photos: { $photos }
    Note: { $note }
    When you confirm, the household is told.
renovation-field-result = Result
renovation-water-recorded = 💧 Test result of { $number } recorded: { $passed ->
        [1] passed.
       *[other] failed. Book a new test once the waterproofing is redone.
    } The household has been told.
renovation-water-not-booked = No waterproof test is booked for this renovation: please book one first.
renovation-water-passed-told =
    ✅ The 24-hour waterproof test of your renovation { $number } ({ $unit }) passed: the works in wet areas may go on.
    Note: { $note }
renovation-water-failed-told =
    ❌ The 24-hour waterproof test of your renovation { $number } ({ $unit }) failed: water leaked.
    Note: { $note }
    Please have the waterproofing redone; the engineering department will book a new test with you.

## Inspections (sign-in and the inspection record)

renovation-ask-sign-in = 🚶 Inspection of { $number }. Once you are at the unit, sign in here and on the sign-in sheet posted in the room.
renovation-sign-in = ✍️ Sign in
renovation-ask-problems = What did you find? Tap each problem (tap again to unmark), then “Done”. No problems? Press “Done” right away.
renovation-check-declared = Works not declared in the application
renovation-check-passes = Workers without passes
renovation-check-structure = Damage to structure, appearance or function
renovation-check-utilities = Private use of public water or electricity
renovation-check-safety = Construction safety or fire hazard
renovation-check-debris = Debris not removed; public areas occupied, dirtied or damaged
renovation-check-door = Entrance door closed during work
renovation-ask-inspect-photos = Send photos of the site (at least one, at most { $max }), then press “Done”.
renovation-ask-fix-by = By which day must the household fix it? You will be reminded that day to check again.
renovation-inspect-summary =
    Please check the inspection record:
    { $count ->
        [0] ✅ No problems found.
       *[other] ⚠️ Problems found ({ $count }):
            { $problems }
            To be fixed by: { $fix_by }
    }
    Photos: { $photos }
    Note: { $note }
renovation-field-problems = Problems
renovation-field-photos = Photos
renovation-field-note = Note
renovation-field-fix-by = Deadline
renovation-inspected = 🚶 Inspection of { $number } recorded. { $problems ->
        [0] No problems found.
       *[other] The household has been told what to fix and by when; you will be reminded that day to check again.
    }
renovation-inspection-problem =
    ⚠️ The inspection of your renovation { $number } ({ $unit }) found problems that break the renovation rules:
    { $problems }
    Note: { $note }
    Please fix them by { $fix_by }. The office will check again then.
renovation-need-photos = Please add at least one photo, then record it again.
renovation-need-fix-by = Please set a deadline for the fixes: a day from today on, at most 60 days ahead. Then record it again.

## Finishing the works and acceptance

renovation-completed = 🏁 Thank you. The management office has been asked to check the works (acceptance) and will contact you to arrange it.
renovation-accept-ask = 🏁 The works of renovation { $number } ({ $estate } { $unit }) are reported finished. Please check them with the engineering staff and record the acceptance.
renovation-ask-accept = 🏁 Acceptance of { $number }: check that the works meet the standards. Deposit held: { $deposit }. What is the result?
renovation-accept-pass = ✅ Passed: close and refund
renovation-accept-problems-option = ⚠️ Not up to standard: order fixes
renovation-accept-deduct = 💸 Not fixed in time: deduct from the deposit
renovation-ask-accept-problems = What is not up to standard and must be fixed? The household reads this (at most { $limit } characters).
renovation-ask-deduction = How much is deducted from the deposit? At most the deposit held, { $deposit }; send the amount, e.g. 300.
renovation-ask-deduction-reason = Why is it deducted: what was not fixed by the deadline? The household reads this (at most { $limit } characters).
renovation-ask-returned = Which were handed back? All are marked; tap one to unmark it, then “Done”. The fees of the permit and passes handed back are refunded with the deposit; those not handed back are cancelled and not refunded.
renovation-returned-permit = Works permit
renovation-returned-pass = Worker pass of { $name }
renovation-ask-accept-photos = Send photos of the acceptance (at least one, at most { $max }), then press “Done”.
renovation-accept-summary =
    Please check the acceptance:
    Result: { $result }
    { $closing ->
        [1] Handed back: { $returned }
            Deducted from the deposit: { $deduction } (reason: { $reason })
            When you confirm, the application is closed and the refund is recorded.
       *[other] To fix: { $problems }
            Fix by: { $fix_by }
            When you confirm, the household is told what to fix and by when.
    }
renovation-field-returned = Handed back
renovation-field-deduction = Deduction
renovation-accepted = ✅ Acceptance of { $number } recorded. { $closed ->
        [1] The application is closed; the household has been told about the refund.
       *[other] The household has been told what to fix and by when; you will be reminded that day to check again.
    }
renovation-accept-problems =
    ⚠️ Acceptance of your renovation { $number } ({ $unit }): some work is not up to standard and must be fixed by { $fix_by }:
    { $problems }
    The office checks again then. If it is not fixed, the cost is deducted from your renovation deposit.
renovation-closed-told =
    ✅ Your renovation { $number } ({ $unit }) passed acceptance and is closed. Thank you!
    { $deducted ->
        [0] Nothing was deducted from your deposit.
       *[other] Deducted from your deposit: { $deduction }. Reason: { $reason }
    }
    To be refunded to you: { $refund } (the deposit{ $deducted ->
        [0] {""}
       *[other] {" "}less the deduction
    }, and the fees of the permit and passes you handed back). The management office pays it back.
renovation-deduct-not-now = A deduction is possible only when problems found at acceptance were not fixed by their deadline.
renovation-bad-deduction = The deduction must be an amount above 0 and at most the deposit held, { $most }.
renovation-need-reason = Please give the reason for the deduction, then record the acceptance again.

## Reminders

renovation-remind-inspect = 🚶 Inspection due: renovation { $number }, { $estate } { $unit }. Visit the unit, sign in and record the inspection.
renovation-remind-water = 💧 Waterproof test to book: renovation { $number }, { $estate } { $unit }, has works in wet areas. Agree a time with the owner and book the 24-hour test.
renovation-remind-water-result = 💧 The 24-hour waterproof test of renovation { $number } ({ $estate } { $unit }) is over. Check for leaks and record the result with photos.
renovation-remind-expiry = ⏰ The works period of your renovation { $number } ({ $unit }) ends on { $until }: the permit and the worker passes are valid until then. Please finish by that day and press “Works finished: ask for acceptance” on the card. Need more time? Contact the management office.
renovation-remind-expiry-staff = ⏰ Renovation { $number } ({ $estate } { $unit }) ends on { $until }: its permit and worker passes expire then.
renovation-remind-overdue = ⚠️ The works period of your renovation { $number } ({ $unit }) ended on { $until }: the permit and the worker passes are no longer valid, and workers are not let in. If the works are finished, press “Works finished: ask for acceptance” on the card; if not, please contact the management office.
renovation-remind-accept = ⏰ Acceptance still to do: renovation { $number }, { $estate } { $unit }. The household reported the works finished; please check them and record the result.
renovation-remind-fix = ⏰ Deadline today: renovation { $number } ({ $estate } { $unit }) was to fix the problems found by today. Please check on site and record what you find.

## Commands and menus

command-renovation-staff = Renovations in progress
command-pass = Check a visitor pass, a goods release, a worker's pass or permit, or a car plate: /pass CODE
menu-renovation = 🛠 Renovation
renovation-water-first = Works of wet areas were declared: the 24-hour waterproof test must pass before the works can be reported finished.
renovation-resubmitted = ✅ Application { $number } is fixed and sent for review again.
renovation-fixed-owner = ✅ Application { $number } is fixed and sent to the owner for consent again.
renovation-water-booked-done = 💧 Booked: the waterproof test of { $number } starts on { $day } at { $at }. The household has been told; you will be reminded after 24 hours to record the result.
renovation-card-objection = ↩️ { $item }: { $reason }
renovation-need-unit = Renovation is for residents bound to a unit: ask your management office for an invite code.
renovation-button-violation = ⚠️ Record a violation
renovation-event-passes-suspended = workers' passes stopped by violation { $note }
renovation-event-passes-restored = workers' passes given back after violation { $note }
fee-type-violation-loss = Compensation (violation)
