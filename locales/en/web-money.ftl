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
