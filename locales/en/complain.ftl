menu-complain = 📣 Complaint
command-complain = Log a complaint
complain-ask-unit = Which unit is the complaint about?
complain-ask-type = What is the complaint about?
complain-ask-description = Tell us what happened.
complain-ask-photos = You may send up to 5 photos, then tap "Done" (or tap "Done" right away).
complain-ask-callback = Would you like us to call you back, and when?
complain-reask-confirm = Please confirm or cancel with the buttons below the summary.
complain-photos-done = Done
complain-confirm = ✅ Submit
complain-cancel = ✖️ Cancel
complain-summary =
    Please check your complaint:
    Unit: { $unit }
    Type: { $type }
    What happened: { $description }
    Photos: { $photos }
    Call back: { $callback }
complain-reask =
    I need something else here.
    { $question }
complain-filed = Your complaint number is { $code }. { $handlers } will contact you; you will hear from us at every step.
complain-cancelled = Cancelled: no complaint was logged.
callback-no = No call needed
callback-anytime = Yes, any time
callback-morning = Yes, in the morning
callback-afternoon = Yes, in the afternoon
callback-evening = Yes, in the evening
stage-acknowledge = Acknowledgement
stage-analyse = Analysis and coordination
stage-handle = Handling
stage-follow-up = Follow-up
complaint-btn-stage = ✅ Close stage: { $stage }
complaint-btn-settled = 👍 Settled
complaint-btn-not-settled = 👎 Not settled
complaint-new-staff =
    📣 New complaint { $code } · { $category }
    { $description }
    Call back: { $callback } · linked repair: { $linked }
    — { $unit } · { $reporter } · residents: { $residents }
    Open tickets: { $open } · past complaints: { $complaints }{ $arrears ->
        [yes] {" "}· ⚠️ in arrears
       *[other] {""}
    }
    Care for the person, not only the matter: acknowledge within the hour.
complaint-stage-resident =
    Your complaint { $code }: stage "{ $stage }" is done ({ $name }).
    { $note }
complaint-follow-up-question =
    Follow-up on your complaint { $code }:
    { $note }
    Is the matter settled for you?
complaint-not-settled-staff = 👎 The resident says complaint { $code } is not settled: it is back at "analysis and coordination". { $category } · { $unit } · { $reporter }
complaint-stage-warning = ⏰ Complaint { $code }: stage "{ $stage }" is due soon. { $category } · { $unit }
complaint-stage-breach = 🚨 Deadline missed: complaint { $code }, stage "{ $stage }". { $category } · { $unit } · { $reporter }
complaint-bad-note = Please write the note as one text message of at most { $limit } characters.
complaint-ask-note = Complaint { $code }, stage "{ $stage }": write the note the resident will see (what was done, who is involved).
complaint-stage-closed = Complaint { $code }: stage "{ $stage }" closed.
complaint-reask-note = Please send the note as text. /cancel stops.
complaint-settled-thanks = Thank you! Complaint { $code } is closed.
complaint-not-settled-thanks = Sorry to hear that. Complaint { $code } has been reopened and the manager has been told.
rating-to-complaint = 📣 Turn into a complaint
event-stage-acknowledge = acknowledged
event-stage-analyse = analysed and coordinated
event-stage-handle = handled
event-stage-follow-up = follow-up done, resident asked
event-settled = resident: settled
event-not-settled = resident: not settled
event-breach-stage = stage deadline missed
