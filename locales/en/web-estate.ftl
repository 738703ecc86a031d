# The desk's estate pages: patrols, renovations and violations, notices and emergencies.

web-nav-patrols = Patrols

web-patrol-today = Today's patrols
web-patrol-plan = Plan
web-patrol-due = Due
web-patrol-state = State
web-patrol-walker = Walked by
web-patrol-checked = Checked
web-patrol-problems = Problems
web-patrol-finished = Finished
web-patrol-missed = Missed in the last { $days } days
web-patrol-day = Day
web-patrol-assignee = Assigned to
web-patrol-none-missed = No patrol was missed.
web-patrol-plans = Patrol plans
web-patrol-when = When
web-patrol-items = Checkpoints
web-patrol-paused = paused
web-patrol-every-day = Every day
web-patrol-grid-butlers = The grid's butlers
web-patrol-no-plans = No patrol plan yet.
