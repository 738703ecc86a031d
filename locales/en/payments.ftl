## Paying bills: in chat (Telegram Payments) or by transfer, and receipts

fee-pay-instructions =
    🏦 To pay by transfer:
    { $instructions }
    After paying, press “I have paid by transfer” and send the screenshot.
fee-history-receipts = 🧾 Your latest receipts are on the buttons below.
pay-price-label = { $period } { $type }
pay-invoice-title = Bills of { $unit }
pay-invoice-description = { $estate } { $unit }: { $count ->
        [one] 1 bill
       *[other] { $count } bills
    }, { $total } in total.
pay-button-all = 💳 Pay all in chat: { $total }
pay-button-one = 💳 Pay { $bill }: { $amount }
pay-button-transfer = 🏦 I have paid by transfer
pay-button-qr = 🔳 Payment QR code
pay-qr-caption = Scan this code to pay the estate office. Then press “I have paid by transfer” and send the screenshot.
pay-not-in-chat = This estate does not take payments in chat yet. Please pay by transfer or at the management office.
pay-nothing-open = Nothing is open on this unit: there is nothing to pay.
pay-refused-paid = These bills have been paid already. Nothing was charged.
pay-refused-changed = These bills changed since the invoice was made. Nothing was charged: open /fees and pay the new amount.
pay-refused-not-yours = This invoice is for another household's bills. Nothing was charged.
pay-unmatched = Your payment ({ $charge }) could not be matched to any bills. The management office has been told and will sort it out or refund it.
pay-already-recorded = This payment is already recorded (receipt { $receipt }).
pay-paid-twice = These bills had been paid already, so this payment of { $amount } paid nothing. It is recorded for a refund; the management office will pay it back.
pay-done = ✅ Paid { $amount }, thank you. Receipt { $receipt }.{ $refunds ->
        [0] {""}
       *[other] {" "}{ $refund } more than the bills owed is recorded for a refund.
    }
payment-method-telegram = Paid in Telegram
payment-method-transfer = Bank transfer, confirmed by the office
payment-button-receipt = 🧾 Receipt
payment-button-receipt-no = 🧾 Receipt { $number }
payment-staff-paid = 💳 { $unit } ({ $estate }) paid { $amount }: { $method }, receipt { $receipt }.

## Receipt (收据)

receipt-title = Receipt
receipt-number = No. { $number }
receipt-estate = Estate
receipt-unit = Unit
receipt-payer = Paid by
receipt-method = Method
receipt-time = Received
receipt-confirmed-by = Confirmed by
receipt-confirmed-telegram = Telegram Payments
receipt-refund = To be refunded
receipt-col-item = Item
receipt-col-period = Period
receipt-col-amount = Amount
receipt-total = Total
receipt-footer = Issued by the management office of { $estate } through Butler.
receipt-caption =
    🧾 Receipt { $number }: { $estate } { $unit }
    { $total } · { $method } · { $time }
receipt-caption-line = • { $period } { $type }: { $amount }
receipt-caption-refund = To be refunded: { $amount }

## Transfers the butler confirms

flow-title-fee-transfer = the payment by transfer
flow-title-fee-transfer-reject = the reason for rejecting the transfer
fee-transfer-ask-proof = { $unit }: please send the screenshot of your transfer (one photo).
fee-transfer-ask-amount = How much did you transfer? Send the amount, such as 482.97, or press the button.
fee-transfer-amount-owed = Everything owed: { $amount }
fee-transfer-field-proof = Screenshot
fee-transfer-field-amount = Amount
fee-transfer-summary =
    Please check:
    Unit: { $unit }
    Amount transferred: { $amount }
    Screenshot: { $photos ->
        [one] 1 photo
       *[other] { $photos } photos
    }
fee-transfer-bad-amount = That amount cannot be used; please send it as digits, such as 482.97.
fee-transfer-claimed = Sent to your butler: { $unit }, { $amount } by transfer. You will get the receipt as soon as it is confirmed.
fee-transfer-staff-claim =
    🏦 Transfer to confirm: { $unit } ({ $estate })
    { $payer } says they transferred { $amount } (the unit owes { $owed }).
    Check the screenshot against the account, then confirm or reject.
fee-transfer-button-confirm = ✅ Confirm received
fee-transfer-button-reject = ❌ Reject
fee-transfer-confirmed-answer = Confirmed
fee-transfer-confirmed-staff = ✅ Confirmed: { $amount } credited, receipt { $receipt }.{ $refunds ->
        [0] {""}
       *[other] {" "}{ $refund } more than owed is recorded for a refund.
    }
fee-transfer-already-confirmed = This transfer was confirmed already by { $name }.
fee-transfer-already-rejected = This transfer was rejected already by { $name }.
fee-transfer-ask-reason = Why is the transfer rejected? The resident reads this (at most { $max } characters).
fee-transfer-bad-reason = Please give a reason of at most { $max } characters.
fee-transfer-rejected-staff = Rejected; the resident has been told why.
fee-transfer-confirmed =
    ✅ Your transfer for { $unit } is confirmed by { $name }: { $amount } credited, receipt { $receipt }.{ $refunds ->
        [0] {""}
       *[other] {" "}{ $refund } more than owed is recorded for a refund.
    }
fee-transfer-rejected =
    ❌ Your transfer of { $amount } for { $unit } was not confirmed by { $name }.
    Reason: { $reason }
    Your bills are still open. Send the right screenshot from /fees (“I have paid by transfer”), or call the management office if this is a mistake.

## `butler payments …` and `butler bills write-off` (operators)

cli-yes = yes
cli-no = no
cli-payments-settings =
    Payments of “{ $estate }”:
      in chat (Telegram Payments): { $chat }
      collection QR code: { $qr }
      transfer instructions: { $instructions }
cli-payments-no-token = The variable { $source } is empty or not set: no provider token was read.
cli-payments-bad-file = The file could not be read: { $reason }
cli-payments-bad-qr = The QR code must be a PNG or JPEG image of at most 5 MB.
cli-payments-long-instructions = The instructions may have at most { $max } characters.
cli-refunds-title = Refunds of “{ $estate }”: { $count }
cli-refund-line = #{ $id } { $unit }: { $amount } ({ $reason }, { $status }) · { $charge }
cli-refund-reason-overpaid = paid more than owed
cli-refund-reason-already-paid = the bills were paid already
cli-refund-status-due = to pay back
cli-refund-status-refunded = paid back
cli-refund-unknown = There is no refund #{ $id } in this estate.
cli-refund-not-due = Refund #{ $id } was paid back already.
cli-refund-done = Refund #{ $id } is recorded as paid back. (Payments in a currency are refunded through the payment provider; only Telegram Stars are refunded with the Bot API.)
bill-write-off-unknown = There is no bill of { $unit } for { $period } of that fee type.
cli-bill-written-off = Written off: { $unit } { $period } { $type }, { $amount } no longer owed. Its reminders stop.
