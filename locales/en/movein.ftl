## Move-in: identity, documents, fees, keys, inspection, archive

command-movein = Move-in: run one, see where they stand
menu-movein = 🏠 Move-ins
flow-title-movein = move-in
flow-title-movein-identity = identity check
flow-title-movein-fees = move-in fees
flow-title-movein-keys = keys
flow-title-movein-inspect = unit inspection

movein-step-identity = Identity check
movein-step-documents = Estate documents
movein-step-fees = Fees
movein-step-keys = Keys
movein-step-inspection = Unit inspection
movein-step-archive = Archive
movein-step-done = Done

movein-ask-unit = 🏠 Run a move-in. Which unit? Type its code (e.g. 1-1-101).
movein-ask-owner = The owner's name?
movein-ask-how = Who comes to do it?
movein-how-owner = The owner in person
movein-how-agent = An agent with a written authorisation
movein-new-summary =
    Please check: { $unit }, owner { $owner }{ $agent ->
        [1] , through an agent
       *[other] {""}
    }.
movein-started =
    ✅ The move-in has started. Give the owner this move-in code: { $code }
    With this link they follow and confirm each step on their phone: { $link }
movein-ask-notice = 📷 Photograph the move-in notice ({ $count } of at most { $max }).
movein-ask-contract = 📷 Photograph the purchase contract ({ $count } of at most { $max }).
movein-ask-id = 📷 Photograph the owner's ID card ({ $count } of at most { $max }).
movein-ask-authorisation = 📷 Photograph the owner's written authorisation ({ $count } of at most { $max }).
movein-ask-agent-id = 📷 Photograph the agent's ID card ({ $count } of at most { $max }).
movein-identity-done = ✅ Identity checked; the photos are kept.
movein-ask-months = 💰 How many months of property fee are paid in advance? (0: none)
movein-months = { $count } months
movein-ask-monthly = The monthly property fee in yuan? ({ $min } to { $max })
movein-ask-keys =
    🔑 List the keys handed over, one per line with how many, e.g.:
    Front door key 3
    Mailbox key 1
movein-keys-recorded = ✅ Keys recorded; the owner is asked to confirm them.
movein-ask-water = 💧 Water meter reading?
movein-ask-power = ⚡ Electricity meter reading?
movein-ask-gas = 🔥 Gas meter reading? (Skip if there is no gas.)
movein-ask-problem = 🔍 Did the inspection find any problem?
movein-ask-another-problem = Any other problem?
movein-problem-yes = Yes, record one
movein-problem-no = No more
movein-ask-room = Which room or part (e.g. “master bedroom”, “kitchen”)?
movein-ask-category = What kind of problem?
movein-ask-problem-text = Describe it (at most { $limit } characters); photos welcome.
movein-inspect-summary =
    Please check the handover record — the owner confirms it, then it is archived:
    water { $water } · electricity { $power } · gas { $gas }
movein-inspect-line = • { $room } ({ $category }): { $text } ({ $photos } photos)
movein-inspected = ✅ Inspection recorded: { $count } problems became repair tickets; the owner is asked to confirm the handover record.

movein-card =
    🏠 Move-in · { $unit } · owner { $owner }{ $agent ->
        [1] {" "}(through an agent)
       *[other] {""}
    }
    { $joined ->
        [1] The owner follows it on their phone.
       *[other] The owner has not joined with the move-in code yet.
    }
movein-card-fees = 💰 Property fee paid in advance for { $months } months, { $total }: { $paid ->
    [1] paid
   *[other] to pay
}
movein-card-keys = 🔑 Keys: { $keys } ({ $confirmed ->
    [1] received, confirmed by the owner
   *[other] waiting for the owner's confirmation
})
movein-card-inspection = 🔍 Inspection: water { $water } · electricity { $power } · gas { $gas } · { $count } problems ({ $confirmed ->
    [1] confirmed by both
   *[other] waiting for the owner's confirmation
})
movein-card-problem = • { $room }: { $text } → ticket #{ $number }
movein-card-done = 🗄 Archived { $at }; the owner is bound to the unit.
movein-button-open = 🏠 Open the move-in
movein-button-identity = 📷 Check identity
movein-button-send-documents = 📚 Send the documents to the owner
movein-button-fees = 💰 Fees paid in advance
movein-button-paid = ✅ Paid at the office
movein-button-keys = 🔑 Record the keys
movein-button-inspect = 🔍 Inspect the unit
movein-button-finish = 🗄 Archive and bind the owner
movein-button-export = 📊 Export the move-in file
movein-button-accept = ✅ I have read and accept the provisional management covenant
movein-button-keys-ok = ✅ I received the keys
movein-button-inspection-ok = ✅ I confirm the handover record
movein-button-new = ➕ New move-in
movein-list-head = 🏠 Move-ins in progress ({ $count }):
movein-list-line = { $unit } · { $owner } · { $step }

movein-joined =
    👋 The owner of { $unit }, { $name }, joined with the move-in code and can confirm each step now.
movein-joined-owner = 👋 Welcome! This is your move-in at { $unit }; the butler takes you through each step.
movein-documents =
    📚 { $estate } { $unit }: you have received the owner's handbook, the provisional management covenant and the community civility pact.
    Please read the covenant and accept it with the button below.
movein-rules-accepted = ✅ The owner of { $unit } accepted the covenant: on to the fees.
movein-keys-handed = 🔑 { $count } keys of { $unit } were handed to you: please check them and confirm.
movein-keys-confirmed = ✅ The owner of { $unit } confirmed the keys: on to the inspection.
movein-inspection-done = 🔍 { $unit } was inspected: { $count } problems recorded (each reported for repair). Please open and confirm the handover record.
movein-inspection-confirmed = ✅ The owner of { $unit } confirmed the handover record: archive it.
movein-welcome = 🎉 The move-in of { $unit } is done: welcome to { $estate }! You can now report repairs, pay fees, read notices and invite your family.
movein-documents-sent = 📚 The documents went to the owner; waiting for them to accept the covenant.
movein-accepted = ✅ Thank you: your acceptance of the covenant is recorded.
movein-paid-recorded = ✅ Recorded as paid at the office.
movein-keys-thanks = ✅ Keys confirmed, thank you.
movein-inspection-thanks = ✅ Handover record confirmed, thank you.
movein-finished-note = 🗄 Archived; the owner is bound to the unit.

movein-staff-only = Move-ins are run by the butlers and the office.
movein-nothing = You have no move-in in progress.
movein-not-your-grid = { $unit } is not in your grids.
movein-has-owner = { $unit } already has a bound owner: no move-in is needed.
movein-already-open = A move-in of { $unit } is already in progress.
movein-unknown-unit = There is no unit { $unit }; type a code such as 3-2-301.
movein-bad-code = This move-in code is not valid or was used; please ask the butler.
movein-identity-missing = Identity photos are missing.
movein-owner-not-joined = The owner has not joined with the move-in code yet: give it to them first.
movein-bad-fees = At most { $most } months can be paid in advance.
movein-bad-keys = List each key with how many, one per line (1 to 20 each, at most { $most } lines).
movein-no-keys-yet = No keys are recorded yet.
movein-inspected-already = The inspection is recorded already.
movein-not-inspected = The unit is not inspected yet.
movein-finished = This move-in is done.
movein-wrong-step = The move-in is at “{ $step }” now.
movein-wrong-step-now = That is not the step at hand.

movein-sheet-summary = Move-in
movein-sheet-fees = Fees
movein-sheet-keys = Keys handed over
movein-sheet-inspection = Handover record
movein-sheet-files = Photos
movein-sheet-record = Record
movein-col-what = Item
movein-col-value = Value
movein-col-unit = Unit
movein-col-owner = Owner
movein-col-by-agent = Through an agent
movein-col-step = Step
movein-col-started = Started
movein-col-rules = Covenant accepted
movein-col-butler-signed = Butler confirmed the record
movein-col-owner-signed = Owner confirmed the record
movein-col-finished = Archived
movein-col-period = Month
movein-col-fee = Fee
movein-col-amount = Amount
movein-col-paid = Paid
movein-col-key = Key
movein-col-count = How many
movein-col-handed = Handed over
movein-col-confirmed = Confirmed by the owner
movein-col-room = Room or part
movein-col-problem = Problem
movein-col-ticket = Ticket
movein-col-photos = Photos
movein-col-file = Document
movein-col-at = At
movein-col-file-id = File id
movein-col-action = What
movein-col-detail = Detail
movein-file-notice = Move-in notice
movein-file-contract = Purchase contract
movein-file-id = Owner's ID card
movein-file-authorisation = Written authorisation
movein-file-agent-id = Agent's ID card
movein-meter-water = Water meter
movein-meter-power = Electricity meter
movein-meter-gas = Gas meter
movein-action-started = started
movein-action-joined = the owner joined
movein-action-identity = identity checked
movein-action-documents = documents handed over
movein-action-rules-accepted = covenant accepted by the owner
movein-action-fees = fees billed
movein-action-paid = paid at the office
movein-action-keys = keys handed over
movein-action-keys-confirmed = keys confirmed by the owner
movein-action-inspected = unit inspected
movein-action-inspection-confirmed = handover record confirmed by the owner
movein-action-archived = archived

export-sheet-moveins = Move-ins
export-col-movein-owner = Owner
export-col-movein-agent = Through an agent
export-col-movein-butler = Butler
export-col-movein-step = Step
export-col-movein-started = Started
export-col-movein-finished = Archived

movein-button-pay = 💳 Pay in chat
movein-fees-paid = 💳 The owner of { $unit } paid the fees in chat: on to the keys.
movein-action-paid-chat = paid in chat by the owner
