start-need-code =
    Hello, { $name }! I am Butler, the assistant of your property management office.
    To use me, bind your account with an invite code: the management office (管理处) gives you one after checking your identity. Then send /start CODE, or open the link they give you.
start-welcome-back = Welcome back, { $name }!
bind-welcome-resident = Welcome, { $name }! You are now bound to unit { $unit } of { $estate }.
bind-welcome-butler = Welcome, { $name }! You are now a butler of { $estate }, in charge of grid { $grids }.
bind-welcome-manager = Welcome, { $name }! You are now a manager of { $estate }.
menu-title-guest = What would you like to do?
menu-title-resident = Resident menu: what would you like to do?
menu-title-butler = Butler menu: what would you like to do?
menu-title-manager = Manager menu: what would you like to do?
menu-whoami = 👤 My units and roles
menu-language = 🌐 Language
menu-help = ❓ Help
menu-invite = 🎫 Invite codes
whoami-header = { $name }:
whoami-unit = 🏠 { $estate } { $unit } ({ $relation })
whoami-staff = 🧑‍💼 { $role }, { $estate }
whoami-nothing = Not bound to any unit yet. Ask the management office for an invite code.
relation-owner = owner
relation-tenant = tenant
relation-family = family member
role-resident = Resident
role-butler = Butler
role-manager = Manager
invite-locked = Too many wrong codes. For your safety, codes are blocked for { $minutes } more minutes.
invite-wrong = This code is not valid. Please check it and try again ({ $left } tries left this hour).
invite-used = This code has already been used. Ask the management office for a new one ({ $left } tries left this hour).
invite-expired = This code has expired. Ask the management office for a new one ({ $left } tries left this hour).
invite-bad-relation = Unknown relation "{ $relation }": use owner, tenant or family.
invite-bad-count = The number of codes must be between 1 and 100.
invite-unknown-unit = There is no unit { $unit } in this estate. Send a unit code such as 3-2-301.
invite-bad-role = Unknown role "{ $role }": use butler, technician or manager.
invite-unknown-grid = Unknown grid: { $grid }.
invite-butler-needs-grid = A butler invite needs at least one grid.
invite-ask-kind = Whom do you want to invite?
invite-ask-unit = Send the unit code (building-entrance-room, e.g. 3-2-301).
invite-ask-grid = Which grid will the butler look after?
invite-ask-relation = Unit { $unit }: how is the person related to it?
invite-issued =
    Invite code for { $role } ({ $target }): { $code }
    Link: { $link }
    It can be used once and expires in 14 days. Hand it over only after checking the person's identity.
binding-not-found = { $who } is not bound to { $where }.
binding-resident-removed = Removed { $name } from unit { $unit }: their access ended at once.
binding-staff-removed = Removed { $name } from the staff of { $estate }: their access ended at once.
bind-welcome-technician = Welcome, { $name }! You are now a technician of { $estate }: tickets handed to you arrive here, and /queue lists them.
role-technician = Technician
menu-title-technician = Technician menu: what would you like to do?
queue-empty-technician = Nothing handed to you is open. 🎉
command-duty = The on-duty rota (nights, weekends)
flow-title-duty = the duty rota entry
duty-ask-day = Which day? Tap one or type a date (YYYY-MM-DD, or 12-24).
duty-ask-who = Who is on duty that day?
duty-rota-title = On duty, the week from { $day }:
duty-rota-line = { $day }  { $name }
