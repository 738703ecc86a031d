## Household members (#21): an owner's family and tenants
command-household = My household: family and tenants
menu-household = 👪 My household
flow-title-member-invite = the invite of a family member or tenant
flow-title-member-extend = the new lease end
members-none = You are not bound to any unit yet.
members-unit-title = 🏠 { $unit } · { $estate } (you: { $relation })
members-line = • { $name } ({ $relation })
members-terms = ↳ pay bills: { $pay } · report repairs: { $repair } · vote: never (owners only)
members-terms-lease = ↳ lease ends { $day }
members-terms-added = ↳ added by { $name }
members-not-owner = Only the owner of { $unit } can add or remove people.
members-button-add = ➕ Add a family member or tenant
members-button-remove = 🗑 Remove { $name }
members-button-extend-of = 📅 Extend { $name }'s lease
members-button-remove-yes = ✅ Yes, remove
members-button-back = ↩️ Back
members-remove-ask = Remove { $name } ({ $relation }) from { $unit }? They lose access at once and are told.
members-removed = { $name } was removed.
members-relation-family = 👪 Family member
members-relation-tenant = 🔑 Tenant
members-right-pay = 💳 Pay bills
members-right-repair = 🔧 Report repairs
members-ask-relation = Whom do you invite to { $unit }: a family member or a tenant?
members-ask-lease = When does the lease end? Send the date (for example 2027-06-30). The tenant's access ends after that day; you are reminded a week before.
members-ask-rights = What may they do for { $unit }? Tap to switch on or off, then Done. Voting in owners' votes stays with owners: never a tenant or family member.
members-field-rights = What they may do
members-summary =
    Please check the invite:
    Unit: { $unit }
    Who: { $relation }
    Lease ends: { $lease }
    Pay bills: { $pay }
    Report repairs: { $repair }
    Vote: never (owners only)
members-issued =
    ✅ A one-time code for a { $relation } of { $unit }: { $code }
    Link: { $link }
    Hand it over yourself; it works once, for 14 days.
members-issued-again = The code was issued already: it is in the message above.
members-owners-only = Only the unit's owner can invite or remove family members and tenants.
members-lease-needed = A tenant needs a lease end from today on.
members-already-owner = You are already the owner of this unit: this code is for someone else.
members-inviter-gone = The owner who issued this code is no longer bound to the unit: ask the owner for a new one.
members-lease-over = The lease of this code has already ended: ask the owner for a new code.
members-cannot-remove-owner = Owners cannot be removed here: ask the management office.
members-no-lease = Only a tenant has a lease to extend.
members-joined = 👋 { $name } has joined { $unit } as { $relation } with your code.
members-removed-you = You were removed from { $unit } of { $estate } by the owner: you no longer have access to it here.
members-lease-remind = 📅 The lease of { $name } at { $unit } ends on { $day }: their access ends after that day. Extend it if the lease goes on.
members-button-extend = 📅 Extend the lease
members-ask-new-lease = Until when does the lease of { $name } go on? Send the new end date.
members-extended = ✅ The lease of { $name } now ends on { $day }.
members-lease-extended-you = 📅 Your lease at { $unit } was extended to { $day }.
members-lease-ended-you = Your lease at { $unit } of { $estate } ended on { $day }: you no longer have access to it here. Ask the owner for a new code if you stay.
members-lease-ended = The lease of { $name } at { $unit } ended on { $day }: they no longer have access.
members-no-pay = The owner has not allowed you to pay the bills of this unit. Please ask the owner.
members-no-repair = The owner has not allowed you to report repairs for this unit. Please ask the owner.
members-pay-not-yours = Paying these bills is up to the owner (they have not allowed you to pay).
members-no-longer-bound = You are no longer bound here (the owner removed you, your lease ended, or management unbound you), so this button no longer works. Ask for a new invite code to come back.
members-yes = yes
members-no = no
