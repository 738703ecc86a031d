menu-digest = 📊 Daily digest
command-digest = Today's digest
digest-text =
    📊 { $estate } — daily digest for { $day }
    New tickets: { $new_total }
    { $new_lines }
    Closed: { $closed_total }
    { $closed_lines }
    Open backlog: { $backlog } (oldest { $oldest_hours } h)
    Deadline breaches: repairs { $repair_breaches }, complaint stages { $stage_breaches }
    { $stage_breach_lines }
    Ratings: { $ratings }, average { $average_rating }
    Patrols: { $patrols_done } done, { $patrols_missed } missed, { $patrol_problems } problem(s) found
    Fee collection { $period }: { $collection } %
    Escalations still open: { $escalations }
    Violations: { $violations_new } new, { $violations_closed } closed, { $violations_overdue } past their deadline
    Emergencies raised: { $emergencies }
    Front desk: { $desk_held } item(s) held, { $desk_old } of them over 3 days
    Move-ins in progress: { $moveins_open }{ $surveys }{ $gate }
digest-empty =
    📊 { $estate } — daily digest for { $day }
    No tickets, patrols or bills yet: nothing to report.
digest-category-line = · { $kind } { $category }: { $count }
digest-kind-repair = repair
digest-kind-complaint = complaint
digest-stage-breach-line = · { $stage }: { $count }
digest-none = · none
digest-today = ⏱ So far today (until { $time }): { $new_total } new, { $closed_total } closed, { $backlog } open; breaches: { $repair_breaches } repairs, { $stage_breaches } complaint stages; patrols { $patrols_done } done, { $patrols_missed } missed; collection rate { $period }: { $collection } %.
digest-btn-escalations = 🚨 Escalations ({ $count })
digest-btn-breaches = ⏰ Breaches ({ $count })
digest-btn-missed = 🚶 Missed patrols ({ $count })
digest-btn-low = ⭐ Low ratings ({ $count })
digest-btn-staff = 👥 Per butler
digest-list-escalations = 🚨 Escalated and still open: { $count }
digest-list-breaches = ⏰ Deadlines missed on { $day }: { $count } ticket(s)
digest-list-low = ⭐ Rated 1–2 stars on { $day }: { $count }
digest-list-missed = 🚶 Patrols missed on { $day }: { $count }
digest-missed-line = · { $plan } · grid { $grid } · { $who }
digest-nobody = nobody assigned
digest-staff-title = 👥 Butlers, the { $days } days to { $day } (open now · closed · median minutes to accept · median hours to resolve · breaches · average rating):
digest-staff-line = · { $name }: { $open } open · { $closed } closed · { $accept } min · { $resolve } h · { $breaches } breaches · ★ { $rating }
chart-title = Tickets opened and closed, last { $days } days
chart-opened = opened
chart-closed = closed
