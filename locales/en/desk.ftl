command-desk = Items held at the front desk
menu-desk = 📦 Front desk
flow-title-desk = the item's registration
flow-title-desk-hand = the handover
flow-title-desk-collector = who collects the item
desk-staff-only = Only the front desk, butlers and managers keep items for residents.
desk-unknown-unit = There is no unit { $unit } in this estate. Please check the code (e.g. 3-2-301).
desk-not-your-grid = { $unit } is not in your grids: the desk or its butler registers items for it.
desk-not-held = This item is no longer held at the desk.
desk-wrong-code = { $code } is not this item's pickup code. Please ask for the code again and type it.
desk-kind-parcel = Parcel
desk-kind-key = Key
desk-kind-document = Document
desk-kind-other = Other
desk-state-held = Held
desk-state-handed = Handed over
desk-state-returned = Returned
desk-ask-unit = 📦 An item held for a resident. For which unit? Type its code (e.g. 3-2-301).
desk-ask-kind = What is it?
desk-ask-description = A few words about it (sender, size, colour …), at most { $limit } characters. A photo with a caption is fine too.
desk-ask-photo = A photo of it for the household (optional): send one, or press Done.
desk-field-unit = Unit
desk-field-description = Description
desk-summary =
    Please check the item:
    Unit { $unit } · { $kind }
    { $description }
    Photos: { $photos }
desk-registered = ✅ Item #{ $number } is held for { $unit }; { $told } resident(s) were told with its pickup code.
desk-registered-nobody = ✅ Item #{ $number } is held for { $unit }, but nobody at that unit uses the bot.
desk-code-for-phone = Its pickup code is { $code }: please tell the household by phone.
desk-held =
    📦 The front desk of { $estate } holds an item for { $unit } (#{ $number }):
    { $kind } · { $description }
    Pickup code: { $code }
    Show this code at the desk to collect it. Someone else collecting for you? Tell us who.
desk-button-collector = 🙋 Someone collects it for me
desk-button-hand = 🤝 Hand it over
desk-taker-household = the household
desk-handed = ✅ Item #{ $number } for { $unit } ({ $kind } · { $description }) was collected at { $at } by { $taker }.
desk-remind = ⏰ Item #{ $number } for { $unit } ({ $kind } · { $description }) has waited { $days } days at the front desk of { $estate }. Pickup code: { $code }.
desk-remind-staff = ⏰ Not collected for { $days } days: item #{ $number } for { $unit } ({ $kind } · { $description }). Please remind the household.
desk-ask-code = 🤝 Handing over item #{ $number } for { $unit }. Type the pickup code the household shows.
desk-ask-who = Who takes item #{ $number }?
desk-who-self = The resident themselves
desk-who-named = { $name } (named by the household)
desk-who-other = Someone else
desk-ask-taker = The name of whoever takes it (and how they relate to the household)?
desk-handed-staff = ✅ Item #{ $number } for { $unit } handed over to { $who }. The household was told.
desk-ask-collector = Who will collect the item for { $unit }? Their name (and phone if you like).
desk-collector-set = ✅ Noted: the desk will hand the item for { $unit } to { $name } with your pickup code.
desk-list-head = 📦 Items held at the front desk: { $count }
desk-list-grid = Grid { $grid }:
desk-list-line = { $late ->
    [1] ⚠️
   *[other] ·
} #{ $number } { $unit } · { $kind } · { $description } · { $days } day(s)
desk-list-button = #{ $number } { $unit } · { $kind } · { $days } d
desk-list-more = … and { $count } more (the oldest have buttons).
desk-button-new = ➕ Register an item
export-sheet-desk = Front desk items
export-col-desk-registered = Registered
export-col-desk-kind = Kind
export-col-desk-registered-by = Registered by
export-col-desk-state = State
export-col-desk-handed = Handed over
export-col-desk-handed-by = Handed over by
export-col-desk-taker = Taken by
export-col-desk-days = Days held
