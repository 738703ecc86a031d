## Fees (缴费查询), fee reminders (催缴提醒), renovation estimates, arrears (催缴) and settings.

menu-fees = 💰 Fees
menu-arrears = 📋 Arrears
command-fees = My bills, payments and collection rates
command-renovation = Renovation: apply, follow your application, fee estimate
command-settings = Settings (fee reminders)
command-arrears = Overdue units and collection log

## Amounts and fee types

fee-money = { $symbol }{ $amount }
fee-symbol-cny = ¥
fee-symbol-hkd = HK$
fee-symbol-usd = US$
fee-symbol-eur = €
fee-symbol-jpy = JP¥
fee-symbol-twd = NT$
fee-symbol-sgd = S$
fee-type-property = Property fee
fee-type-water = Water
fee-type-electricity = Electricity
fee-type-parking = Parking
fee-type-garbage = Garbage removal
fee-type-renovation-deposit = Renovation deposit
fee-type-renovation = Renovation fee

## /fees

fee-pick-unit = Which unit do you want to see?
fee-no-units = You are not bound to any unit yet, so there are no bills to show. Ask the management office for an invite code.
fee-statement-title = 💰 Fees of { $unit } ({ $estate })
fee-nothing-due = ✅ Nothing due for { $unit }. Thank you for paying on time!
fee-outstanding = Outstanding: { $amount }
fee-overdue = ⚠️ Overdue: { $amount }, since { $since }
fee-open-header = Open bills:
fee-period = 📅 { $period }
fee-bill-open = • { $type }: { $amount }, due { $due }
fee-bill-overdue = • { $type }: { $amount }, due { $due } ⚠️ overdue
fee-bill-partly-paid = ↳ paid { $paid } of { $amount }
fee-more-bills = … and { $count } more open bills.
fee-button-history = 📜 Paid in the last 12 months
fee-button-renovation = 🧮 Renovation fee estimate
fee-history-title = 📜 Paid in the last 12 months: { $unit }
fee-history-empty = No bill was paid in full in the last 12 months.
fee-history-line = • { $period } { $type }: { $amount }, paid { $paid }
fee-collection-title = 📊 Collection rate { $period }: { $estate }
fee-collection-estate = Whole estate
fee-collection-grid = Grid { $grid }
fee-collection-line = { $name }: { $rate }% ({ $paid } of { $due })
fee-collection-none = { $name }: no bills for this period

## Reminders (pushed at 09:00 local)

fee-reminder-line = • { $period } { $type }: { $amount }
fee-reminder =
    { $title }
    { $sections }
    If you have paid already, please ignore this message.
fee-reminder-title-before = 🔔 Fee reminder: { $estate } { $unit }
fee-reminder-title-due = 🔔 Payment due: { $estate } { $unit }
fee-reminder-title-overdue = ⚠️ Overdue reminder no. { $number }: { $estate } { $unit }
fee-reminder-before-part =
    Due on { $due } (in { $days ->
        [one] 1 day
       *[other] { $days } days
    }), { $total } in total:
    { $bills }
fee-reminder-due-part =
    Due today, { $due }, { $total } in total:
    { $bills }
fee-reminder-was-due-part =
    Due on { $due }, { $total } in total:
    { $bills }
fee-reminder-overdue-part =
    Overdue since { $since }, { $total } still unpaid:
    { $bills }
fee-button-pay = 💳 View and pay
fee-button-stop = 🔕 No reminders before due dates
fee-reminders-stopped = You will get no more reminders before due dates. Overdue notices still come while a bill is unpaid. Turn the reminders back on any time with /settings.

## /settings

preferences-text =
    ⚙️ Settings
    Reminders before due dates: { $fee }
preferences-on = on ✅
preferences-off = off 🔕
preferences-fee-turn-off = 🔕 No reminders before due dates
preferences-fee-turn-on = 🔔 Remind me before due dates

## `butler import bills` (operators)

bill-missing-field = “{ $field }” is empty.
bill-unknown-unit = There is no unit { $unit } in this estate.
bill-bad-period = The period “{ $value }” is not a month such as 2026-09.
bill-bad-fee-type = The fee type “{ $value }” is not one of this estate's: { $known }.
bill-bad-amount = “{ $field }” is not an amount: “{ $value }”.
bill-negative-amount = “{ $field }” may not be negative: “{ $value }”.
bill-amount-decimals = “{ $field }” has more decimals than the currency allows: “{ $value }”.
bill-overpaid = The paid amount { $paid } is more than the amount due { $amount }.
bill-bad-date = “{ $field }” is not a date such as 2026-09-15: “{ $value }”.
bill-duplicate = The { $fee } bill of { $unit } for { $period } is already on line { $first }.
bill-import-summary =
    Imported bills into “{ $estate }”: { $created } created, { $updated } updated, { $unchanged } unchanged.
    The estate now has { $bills } bills: { $due } due, { $paid } paid.

## Renovation fee estimate (装修管理收费标准)

renovation-ask-usage = 🧮 Renovation fee estimate. Is the unit residential or an office?
renovation-usage-residential = 🏠 Residential
renovation-usage-office = 🏢 Office
renovation-ask-debris = How many m² will be renovated (for debris removal)? From { $min } to { $max } m²; decimals are fine, e.g. 85.5.
renovation-ask-second = Is this a second renovation (the unit was renovated before)?
renovation-ask-wall = How many m² of wall will be demolished? Send 0 if none (at most { $max }).
renovation-ask-permits = How many sets of the works permit (original and copy) do you need? From { $min } to { $max }.
renovation-ask-passes = How many worker passes do you need, one per worker? From { $min } to { $max }.
renovation-result-title = 🧮 Renovation fee estimate (the estate's renovation fee table):
renovation-item-deposit-office = Renovation deposit (office)
renovation-item-deposit-residential = Renovation deposit (residential)
renovation-item-debris = Debris removal
renovation-item-debris-second = Debris removal, second renovation
renovation-item-wall-debris = Wall demolition debris
renovation-item-works-permit = Works permit
renovation-item-worker-pass = Worker pass
renovation-line-deposit = • { $item }: { $total } (refundable)
renovation-line-area = • { $item }: { $area } m² × { $rate } = { $total }
renovation-result-total = Total to pay: { $total } = fees { $fees } + refundable deposit { $refundable } (refunded after the renovation passes inspection).

preferences-saved = Saved. Reminders before due dates: { $fee }
renovation-use-unit-area = The unit's area: { $area } m²
renovation-line-permits =
    • { $item }: { $count ->
        [one] 1 set
       *[other] { $count } sets
    } × { $rate } = { $total }
renovation-line-passes =
    • { $item }: { $count ->
        [one] 1 pass
       *[other] { $count } passes
    } × { $rate } = { $total }
