status-database =
    Database { $where }: { $ok ->
        [yes] reachable
       *[no] not reachable
    }
status-revision = Migrations: at { $revision }, newest { $head }
status-tick = Last scheduler tick: { $at } ({ $age } s ago)
status-tick-never = Last scheduler tick: never (is the bot running?)
status-pushes = Pushes due and not sent: { $count } (oldest waiting { $age } s)
status-failed = Pushes given up on in the last 24 hours: { $count }
status-updates = Users' messages waiting to be handled: { $count } (oldest { $age } s)
status-ok = Healthy.
status-unhealthy =
    Unhealthy:
    { $problems }
status-unreachable = - the database does not answer (or its file does not exist)
status-not-at-head = - the database is not at the newest migration: run `butler db upgrade`
status-no-tick = - the scheduler has not run lately: is the bot running?
status-pushes-late = - pushes wait longer than they should
status-updates-late = - users' messages wait longer than they should
backup-done = Copied the database to { $path } ({ $size } KB).
backup-use-pg-dump =
    A PostgreSQL database is copied with its own tool:
      pg_dump --format=custom --file={ $path } "{ $url }"
backup-no-database = There is no database at { $path } yet.
backup-target-exists = { $path } already exists: choose another name, or add --force to replace it.
