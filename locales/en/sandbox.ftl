# The terminal sandbox (`butler sandbox`, or `make run` without a token).
sandbox-no-token = No BUTLER_BOT_TOKEN set: starting the local sandbox (Telegram emulator on { $address })
sandbox-starting = Starting the local sandbox (Telegram emulator on { $address })
sandbox-fresh = Deleted { $path }: starting over.
sandbox-logs = The bot's logs go to { $path }.
sandbox-web = The web desk (for the butler and the manager: send /web as one of them for a sign-in link) is at { $address }/web/
sandbox-seeding = First start: making the demo estate { $estate } in { $path } …
sandbox-seeded = Demo estate { $estate }: { $units } units, { $bills } bills imported from samples/.
sandbox-kept = Using the demo estate kept in { $path } (--fresh starts over).
sandbox-failed = The sandbox stopped: { $error }
sandbox-cast = You play { $resident } (resident of { $unit }), { $butler } (butler of grid { $grid }), { $manager } (manager), { $guard } (gate guard) and { $newcomer } (not bound yet: a new owner moving in, say).
sandbox-intro = Type a message or a /command; a number presses a button; :help lists the rest.
sandbox-help =
    Type a message or a /command (/menu, /repair, /tickets, /fees, /queue …): it goes to Butler from the persona you play.
    1, 2, 3 …                  press that button of the latest keyboard (\1 sends the text "1")
    :photo [caption]           send a photo
    :pay                       pay the latest invoice (the emulator charges nothing)
    :as resident | butler | manager | guard | newcomer   play someone else
    :time +30m | +2h | +1d     move the sandbox clock, then run the scheduler at once
    :tick                      run the scheduler now (reminders, deadlines, pushes)
    :who                       who you are, and the sandbox time
    :help                      this help
    :quit                      leave (Ctrl-D and Ctrl-C too); the demo estate is kept
sandbox-now-playing = You are now { $name } ({ $role }).
sandbox-who = You are { $name } ({ $role }). Sandbox time: { $time }.
sandbox-unread = 📨 { $count ->
        [one] 1 new message
       *[other] { $count } new messages
    } for { $name } ({ $role }) — :as { $persona } to read
sandbox-time = ⏰ Sandbox time: { $time }
sandbox-ticked = ⏱ Scheduler run: { $sent ->
        [one] 1 push sent.
       *[other] { $sent } pushes sent.
    }
sandbox-bad-time = Say how far to move the clock: :time +30m, :time +2h or :time +1d.
sandbox-bad-persona = Play whom? :as resident, :as butler, :as manager, :as guard or :as newcomer.
sandbox-unknown = { $command } is not a sandbox command: :help lists them.
sandbox-no-button = Button { $number } cannot be pressed here.
sandbox-bye = Bye! The demo estate stays in { $path } for next time.
sandbox-role-resident = resident
sandbox-role-butler = butler
sandbox-role-manager = manager
sandbox-role-guard = guard
sandbox-role-newcomer = newcomer
sandbox-restarted = { $path } held a half-made demo estate (the first start was cut short): starting over.
