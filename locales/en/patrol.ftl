menu-patrol = 🚶 Patrols
command-patrol = Today's patrols
patrol-item-roads = Main roads and bins
patrol-std-roads = Roads clear and clean, signboards intact; road works fenced off, no bare soil in the greenery; bins intact, not dirty, not overflowing; no smell, flies or dirty water around.
patrol-item-notice-boards = Notice boards
patrol-std-notice-boards = All signs clear and complete; boards tidy, notices up to date; a corner for exposing uncivil behaviour.
patrol-item-lobby-doors = Lobby doors and access control
patrol-std-lobby-doors = Handles firm, not loose or rusty; no flyers or stains on the doors; glass marked; card readers labelled, undamaged and clean (in winter, a warm red cloth on the door handles).
patrol-item-corridors = Corridors, lights and fire equipment
patrol-std-corridors = Corridor doors, lights and other fittings work; corridors clean; fire equipment complete and intact.
patrol-item-fire-exits = Fire exits clear
patrol-std-fire-exits = Fire exits and escape routes clear, nothing stored in them.
patrol-item-elevators = Elevators
patrol-std-elevators = Floor and elevator signs complete; the three certificates displayed; intercom works and is clear; elevator clean, ads and notices in order; runs normally.
patrol-item-renovation = Households under renovation
patrol-std-renovation = During works the front door stays open so staff can inspect at any time; permit displayed; works within the allowed hours.
patrol-bad-time = "{ $time }" is not a time: use HH:MM, e.g. 09:00.
patrol-bad-weekdays = "{ $weekdays }" is not a set of weekdays: use digits 0 (Monday) to 6 (Sunday), e.g. 024.
patrol-plan-not-found = There is no patrol plan { $id }.
patrol-btn-start = 🚶 Start the patrol
patrol-btn-start-numbered = 🚶 Start / continue #{ $number }
patrol-task-new =
    🚶 Patrol “{ $name }” · grid { $grid } · { $date }
    { $status } · { $walker } · { $done }/{ $items } checkpoints, { $problems } problem(s)
patrol-task-reminder = ⏰ Reminder: patrol “{ $name }” of grid { $grid } ({ $date }, { $items } checkpoints) has not been started yet.
patrol-missed-manager = ❗ Missed patrol: “{ $name }” of grid { $grid } on { $date } was not completed (butler: { $butlers }).
patrol-task-closed = This patrol is already finished or missed.
patrol-note-too-long = Please describe the problem in one text message of at most { $limit } characters.
patrol-ticket-exists = A ticket was already opened for this problem.
patrol-status-pending = not started
patrol-status-in-progress = in progress
patrol-status-done = done
patrol-status-missed = missed
patrol-progress = 🚶 Patrol { $date }: { $done }/{ $total } checked, { $problems } problem(s)
patrol-finished = ✅ Patrol complete. Thank you!
patrol-item =
    #{ $number } { $item }
    Standard: { $standard }
patrol-item-name = { $item }
patrol-btn-ok = ✅ OK
patrol-btn-problem = ⚠️ Problem
patrol-ask-note = What is the problem? (at most { $limit } characters; a photo with a caption is fine)
patrol-ask-photo = Send a photo of it, or press “Done” without one.
patrol-btn-ticket = 🛠 Open a repair ticket
patrol-problem-saved = Problem recorded. Open a repair ticket, or record it as a violation, with one tap:
patrol-ticket-opened = Ticket { $code } opened for your grid.
patrol-none-today = No patrols today.
patrol-today-header = Today's patrols:
patrol-today-line = #{ $number }: { $status } ({ $done }/{ $total })
patrol-btn-continue = ▶️ Continue the patrol
patrol-name-too-long = A patrol plan name is at most { $limit } characters.
patrol-item-too-long = A checklist item is at most { $limit } characters.
patrol-plan-daily = daily patrol
patrol-no-butler = no butler for this grid
patrol-task-unstaffed =
    🚶 Grid { $grid } has no butler: nobody is set to walk patrol “{ $name }” of { $date } ({ $items } checkpoints). Walk it yourself, or invite a butler for the grid (/invite).
patrol-renovations = { $count ->
        [0] No household of this grid is under renovation now.
       *[other] Under renovation now ({ $count }): check each is working as declared, passes carried, the door open.
    }
    { $lines }
patrol-btn-violation = ⚠️ Record a violation
