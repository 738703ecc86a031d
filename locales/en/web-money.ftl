## The desk's complaints and fees pages

web-nav-complaints = Complaints
web-back-complaints = Back to complaints
web-complaints-title = Open complaints by stage
web-complaints-closed = { $count ->
    [one] 1 complaint closed in the last { $days } days.
   *[other] { $count } complaints closed in the last { $days } days.
}
web-complaints-code = Number
web-complaints-type = Type
web-complaints-unit = Unit
web-complaints-handlers = Handled by
web-complaints-deadline = Stage deadline
web-complaints-asked = Waiting for the resident's answer at the follow-up
web-complaints-none = No complaints at this stage.

web-nav-fees = Fees
web-fees-title = Fee collection
web-fees-scope-estate = whole estate
web-fees-scope-grids = your grids
web-fees-period = Period
web-fees-by-building = By building, { $period }
web-fees-by-period = By period
web-fees-building = Building
web-fees-building-name = Building { $code }
web-fees-grid = Grid
web-fees-due = Due
web-fees-paid = Paid
web-fees-rate-head = Collection rate
web-fees-rate = { $rate }%
web-fees-no-bills = no bills
web-fees-arrears = Overdue units
web-fees-unit = Unit
web-fees-overdue = Overdue
web-fees-since = Overdue since
web-fees-last-contact = Latest contact
web-fees-back = Back to fees
web-fees-open-bills = Open bills
web-fees-type = Fee
web-fees-amount = Amount
web-fees-due-date = Due date
web-fees-open = Still to pay
web-fees-overdue-tag = overdue
web-fees-nothing-open = Nothing to pay.
web-fees-promises = Promises to pay
web-fees-promise = Promised to pay by { $date }
web-fees-promise-broken = not kept
web-fees-no-promises = No promises to pay.
web-fees-log = Collection log
web-fees-log-in-chat = Contacts are logged in the chat: /arrears, then the unit.
