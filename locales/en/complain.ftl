menu-complain = 📣 Complaint
command-complain = Log a complaint
complain-ask-unit = Which unit is the complaint about?
complain-ask-type = What is the complaint about?
complain-ask-description = Tell us what happened (at most { $limit } characters). You may send a photo with a caption.
complain-ask-photos = You may send up to { $max } photos, then press “Done” (or press “Done” right away).
complain-ask-callback = Would you like us to call you back, and when?
complain-summary =
    Please check your complaint:
    Unit: { $unit }
    Type: { $type }
    What happened: { $description }
    Photos: { $photos }
    Call back: { $callback }
complain-filed = ✅ Your complaint number is { $code }. { $handlers } will contact you; you will hear from us at every step.
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
complaint-stage-resident =
    Your complaint { $code }: stage “{ $stage }” is done ({ $name }).
    { $note }
complaint-follow-up-question =
    Follow-up on your complaint { $code }:
    { $note }
    Is the matter settled for you?
complaint-not-settled-staff = 👎 The resident says complaint { $code } is not settled: it is back at "analysis and coordination". { $category } · { $unit } · { $reporter }
complaint-stage-warning = ⏰ Complaint { $code }: stage "{ $stage }" is due soon. { $category } · { $unit }
complaint-stage-breach = 🚨 Deadline missed: complaint { $code }, stage "{ $stage }". { $category } · { $unit } · { $reporter }
complaint-bad-note = Please write the note as one text message of at most { $limit } characters.
complaint-ask-note = Complaint { $code }, stage “{ $stage }”: write the note the resident will read (what was done, who is involved; at most { $limit } characters).
complaint-stage-closed = Complaint { $code }: stage "{ $stage }" closed.
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
complaint-card-staff =
    📣 Complaint { $code } · { $category } · { $status }
    { $description }
    Call back: { $callback } · stage due: { $stage_due } · handled by: { $assignee } · linked repair: { $linked }
    — { $unit } · { $reporter } · residents: { $residents }
    Other open tickets: { $open } · past complaints: { $complaints }{ $arrears ->
        [yes] {" "}· ⚠️ in arrears
       *[other] {""}
    }
    History:
    { $history }
    Next: { $todo }
complaint-todo-acknowledge = confirm to the resident that you have the complaint and who handles it (call back if they asked), then close this stage with a note.
complaint-todo-analyse = find out what happened and what the resident needs, agree the fix with whoever must act, then close this stage with what was agreed.
complaint-todo-handle = carry out what was agreed, then close this stage with what was done.
complaint-todo-follow-up = visit or call the resident, then close this stage: they will be asked whether it is settled.
complaint-todo-waiting = the resident has been asked whether it is settled.
complaint-todo-closed = nothing; the complaint is closed.
