## Notices (通知) and emergencies (突发事件)

menu-notices = 📢 Notices
command-notices = Notices from the estate office
command-notices-staff = Notices and emergencies: write, follow the reads
command-emergency = Raise an emergency: residents hear at once
flow-title-notice = the notice
flow-title-emergency = the emergency
flow-title-emergency-update = the emergency's update

notice-scope-estate = 🏘 The whole estate
notice-scope-buildings = 🏢 Some buildings
notice-scope-grids = 🗺 Some grids
notice-scope-units = 🚪 Some units
notice-scope-staff = 👷 The staff
notice-who-all = All residents
notice-who-owners = Owners only
notice-normal = Normal
notice-important = 📌 Important (pinned)
notice-when-now = Send now
notice-when-later = At a time
notice-audience = { $scope }{ $named ->
    [1] : { $targets }
   *[other] {""}
}{ $owners ->
    [1] {" "}· owners only
   *[other] {""}
}

notice-ask-scope = 📢 New notice. Who is it for?
notice-ask-targets = Which ones? Write their codes, separated by commas (e.g. 1, 3).
notice-ask-who = All residents, or owners only?
notice-ask-text = The notice's text (or photos with a caption).
notice-ask-other = The same notice in the other language? Write it, or Skip (everyone then reads this one).
notice-ask-photos = Photos to go with it (up to { $max }), then Done.
notice-ask-importance = Normal, or important (pinned in each resident's chat)?
notice-ask-when = Send it now, or at a time?
notice-ask-day = On which day?
notice-ask-time = At what time?
notice-field-targets = Who
notice-field-text = Text
notice-field-other = Other language
notice-field-photos = Photos
notice-field-when = When
notice-summary =
    Please check the notice:
    To: { $audience } — { $count } recipient(s) now
    { $text }
    { $other ->
        [1] (also in the other language)
       *[other] (in one language)
    } · photos: { $photos }{ $important ->
        [1] {" "}· 📌 pinned
       *[other] {""}
    }
    { $later ->
        [1] Sent at { $at }
       *[other] Sent now
    }

notice-push =
    { $level ->
        [2] 🚨 Urgent notice
        [1] 📌 Important notice
       *[other] 📢 Notice
    } from { $estate } management office:
    { $text }
notice-remind =
    🔔 Reminder, you have not read this notice yet ({ $estate }):
    { $text }
notice-button-read = ✅ Got it
notice-read-thanks = Thank you: marked as read.
notice-stats =
    📢 Notice #{ $id } to { $audience }
    { $planned ->
        [1] Planned for { $at }
       *[other] Sent { $at }
    }
    Recipients: { $total } · sent: { $sent } · waiting: { $pending } · read: { $read } · unreachable: { $unreachable }{ $reminded ->
        [1] {" "}· the unread were reminded
       *[other] {""}
    }
notice-button-refresh = 🔄 Refresh
notice-button-remind = 🔔 Remind the unread (once)
notice-reminded = { $count } recipient(s) reminded.
notice-button-new = 📢 Write a notice
notice-none-received = No notice has reached you yet.
notice-received-head = 📢 Your latest notices ({ $count }):
notice-received-line = { $emergency ->
    [1] 🚨
   *[other] 📢
} { $at } { $text }
notice-sent-head = 📢 Latest notices and emergencies ({ $count }):
notice-sent-line = { $emergency ->
    [1] 🚨
   *[other] 📢
} #{ $id } { $read }/{ $total } read · { $text }

notice-staff-only = Notices are written by the estate's staff.
notice-need-bound = Notices are for residents and staff of an estate: bind yourself with your invite code first.
notice-need-targets = Name at least one, at most { $most }.
notice-unknown-targets = No such { $scope } in this estate: { $names }. Please check the codes.
notice-noun-buildings = building
notice-noun-grids = grid
notice-noun-units = unit
notice-not-your-grid = { $unit } is not in your grids: a butler writes to their own grids.
notice-butler-grids = A butler writes to their own grids or units; the whole estate is for managers.
notice-no-recipients = Nobody would receive it: no one is bound to these units yet.
notice-bad-text = The text needs 1 to { $limit } characters.
notice-too-many-photos = At most { $limit } photos.
notice-not-sent = It has not been sent yet.
notice-reminded-already = The unread were already reminded once.

emergency-kind-fire = 🔥 Fire
emergency-kind-flood = 💧 Flood or burst pipe
emergency-kind-power = ⚡ Power cut
emergency-kind-gas = ⛽ Gas smell
emergency-kind-lift = 🛗 Lift entrapment
emergency-kind-falling = ⚠️ Falling object
emergency-kind-gate = 🚧 Blocked gate
emergency-kind-other = 🚨 Other emergency
emergency-advice-fire = Leave by the stairs, not the lift; close doors behind you; call 119 if you see fire or smoke.
emergency-advice-flood = Stay away from the water and electrical sockets near it; close your main water valve if the leak is yours.
emergency-advice-power = Switch off sensitive appliances; do not use the lifts; the estate office is on it.
emergency-advice-gas = Do not switch lights or appliances on or off, no flames; open windows and leave; call the gas company.
emergency-advice-lift = Do not use that lift; the office and the lift company are freeing the people inside.
emergency-advice-falling = Keep away from the area below; walk around it until the all clear.
emergency-advice-gate = Use another gate until the all clear; drive slowly near it.
emergency-advice-other = Please follow the estate office's instructions.
emergency-ask-kind = 🚨 Emergency. What happened?
emergency-ask-scope = Who is affected?
emergency-ask-place = Where exactly?
emergency-ask-advice = What should residents do? Write it, or Skip for the estate's advice for this kind.
emergency-field-kind = What
emergency-field-place = Where
emergency-field-advice = Advice
emergency-summary =
    Please check — it goes out at once, day or night:
    { $kind } · { $place }
    To: { $audience } — { $count } resident(s)
    { $advice }
emergency-push =
    🚨 { $kind } — { $estate }
    Where: { $place }
    { $text }
    Please tell us you are safe, or that you need help.
emergency-button-safe = ✅ I'm safe / noted
emergency-button-help = 🆘 I need help
emergency-safe-thanks = Thank you. Stay safe; we will tell you when it is over.
emergency-help-sent = 🆘 Your call for help has gone to the staff on duty and the managers. Someone will contact you at once.
emergency-staff-told =
    🚨 { $by } raised: { $kind } — { $place }
    { $text }
emergency-help-told =
    🆘 Help needed: { $name }, unit { $unit }, phone { $phone }
    { $kind } — { $place }
emergency-button-answers = 📋 Who answered
emergency-answers =
    🚨 Emergency #{ $id }: { $kind } — { $place }{ $closed ->
        [1] {" "}(all clear)
       *[other] {""}
    }
    Recipients: { $total } · safe: { $safe } · need help: { $help } · households not answered: { $silent }
emergency-silent-line = · { $unit } { $names } ☎ { $phone }
emergency-silent-more = … and { $count } more households
emergency-button-update = 📣 Send an update
emergency-button-clear = ✅ All clear
emergency-button-new = 🚨 Raise an emergency
emergency-ask-update = { $clear ->
    [1] The all clear: what should residents know?
   *[other] The update: what has changed?
}
emergency-update-summary =
    Please check { $clear ->
        [1] the all clear
       *[other] the update
    }:
    { $text }
emergency-update-sent = { $clear ->
    [1] The all clear went to { $count } recipient(s); the emergency is closed.
   *[other] The update went to { $count } recipient(s).
}
emergency-update-told =
    📣 Update — { $kind }, { $place } ({ $estate }):
    { $update }
emergency-clear-told =
    ✅ All clear — { $kind }, { $place } ({ $estate }):
    { $update }
emergency-bad-place = Say where, in at most { $limit } characters.
emergency-closed = This emergency is over (all clear given).

## Planned outages (停水停电停气 / 电梯停运)

command-outages = Planned outages: register, extend
flow-title-outage = the planned outage
flow-title-outage-extend = the outage's extension
outage-kind-water = 🚰 Water cut
outage-kind-power = 💡 Power cut
outage-kind-gas = 🔥 Gas cut
outage-kind-lift = 🛗 Lift out of service
outage-ask-kind = 🔧 New planned outage. Of what?
outage-ask-scope = Where?
outage-ask-start-day = It starts on which day?
outage-ask-start-time = At what time?
outage-ask-end-day = It ends on which day?
outage-ask-end-time = At what time?
outage-ask-reason = Why (e.g. "pipe replacement by the water company")?
outage-ask-extend-day = Extended until which day?
outage-ask-extend-time = Until what time?
outage-field-period = Period
outage-field-reason = Reason
outage-summary =
    Please check the outage — residents are told now, the evening before, one hour before and when it is over:
    { $kind } · { $audience } — { $count } resident(s)
    { $start } to { $end }
    { $reason }
outage-registered = Outage #{ $id } is registered; { $count } resident(s) are told.
outage-extend-summary = Please check: the outage now ends { $end }.
outage-extended-done = The new end is told to the residents.
outage-entered =
    🔧 Planned: { $kind } — { $everywhere ->
        [1] the whole estate
       *[other] building(s) { $where }
    } ({ $estate })
    From { $start } to { $end }. Reason: { $reason }
outage-evening = 🔔 Tomorrow: { $kind } from { $start } to { $end } ({ $everywhere ->
        [1] the whole estate
       *[other] building(s) { $where }
    }). Please prepare.
outage-hour = ⏰ In one hour: { $kind } from { $start } to { $end } ({ $everywhere ->
        [1] the whole estate
       *[other] building(s) { $where }
    }).
outage-over-told = ✅ Over: { $kind } ({ $everywhere ->
        [1] the whole estate
       *[other] building(s) { $where }
    }) has ended. Thank you for your patience.
outage-extended = ⏳ Extended: { $kind } ({ $everywhere ->
        [1] the whole estate
       *[other] building(s) { $where }
    }) now lasts until { $end }. We are sorry for the trouble.
outage-list-none = No planned outage is coming.
outage-list-head = 🔧 Planned outages:
outage-list-line = #{ $id } { $kind } · { $start } → { $end }
outage-button-new = 🔧 Register an outage
outage-button-extend = ⏳ Extend #{ $id }
outage-managers-only = Outages are registered by the estate's managers.
outage-staff-only = The outage register is for the estate's staff; residents are told of each outage that concerns them.
outage-bad-reason = The reason needs 1 to { $limit } characters.
outage-bad-period = The end comes after the start, and after now.
outage-too-long = An outage lasts at most { $days } days.
outage-over = This outage is over.
outage-bad-extension = The new end comes after the current end (at most two weeks in all).

## Community events (社区文化活动)

command-events = Community events: sign up
command-events-staff = Community events: post one, see who comes
flow-title-event = the event
flow-title-event-join = your sign-up
flow-title-event-message = the message to the attendees
event-ask-title = 🎉 New community event. Its title?
event-ask-day = On which day?
event-ask-time = At what time?
event-ask-place = Where?
event-ask-capacity = How many people can come at most ({ $min } to { $max })?
event-ask-scope = Who may join?
event-ask-people = “{ $title }”: how many people are you coming with, yourself included?
event-ask-message = The message to everyone coming:
event-field-title = Title
event-field-capacity = Places
event-summary =
    Please check the event:
    { $title }
    { $at } · { $place } · { $capacity } places
    Invited: { $audience } — { $count } resident(s)
event-posted =
    🎉 { $title } ({ $estate })
    { $at } · { $place } · { $capacity } places
    Sign up below.
event-card =
    🎉 { $title }
    { $at } · { $place }
    Coming: { $going } of { $capacity } places · waiting list: { $waiting } · rating: { $rating }
event-card-mine = { $going ->
    [1] ✅ You are coming: { $people ->
        [one] 1 person
       *[other] { $people } people
    }.
   *[other] ⏳ You are on the waiting list: { $people ->
        [one] 1 person
       *[other] { $people } people
    }.
}
event-card-line = · { $name }: { $people } { $going ->
    [1] coming
   *[other] waiting
}
event-joined = { $going ->
    [1] ✅ You are signed up for “{ $title }”.
   *[other] ⏳ “{ $title }” is full: you are on the waiting list; we will tell you if places free up.
}
event-left = Your sign-up is cancelled.
event-moved-up = 🎉 A place freed up: you are now coming to “{ $title }” ({ $at }, { $place }) with { $people ->
        [one] 1 person
       *[other] { $people } people
    }.
event-remind = 🔔 Tomorrow: “{ $title }”, { $at } at { $place } ({ $people ->
        [one] 1 person
       *[other] { $people } people
    }). See you there!
event-rate-ask = ⭐ How was “{ $title }”? Tap the stars.
event-button-star = { $stars }⭐
event-rated = Thank you for your rating.
event-message = 🎉 About “{ $title }” ({ $at }): { $text }
event-message-sent = Sent to { $count } attendee(s).
event-button-join = ✋ Sign up
event-button-leave = ✖️ Cancel my sign-up
event-button-message = ✉️ Message the attendees
event-button-new = 🎉 Post an event
event-list-none = No community event is coming.
event-list-head = 🎉 Coming events:
event-list-line = { $at } { $title }
event-managers-only = Events are posted by the estate's managers.
event-need-text = The event needs a title and a place.
event-in-the-past = The event's time has already passed.
event-closed = Sign-ups for this event are closed.
