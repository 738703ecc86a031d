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
digest-empty =
    📊 { $estate } — daily digest for { $day }
    No tickets, patrols or bills yet: nothing to report.
digest-category-line = · { $kind } { $category }: { $count }
digest-kind-repair = repair
digest-kind-complaint = complaint
digest-stage-breach-line = · { $stage }: { $count }
digest-none = · none
