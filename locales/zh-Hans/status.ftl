status-database =
    数据库 { $where }：{ $ok ->
        [yes] 可连接
       *[no] 无法连接
    }
status-revision = 数据库版本：当前 { $revision }，最新 { $head }
status-tick = 调度器最近运行：{ $at }（{ $age } 秒前）
status-tick-never = 调度器最近运行：从未运行（机器人是否已启动？）
status-pushes = 已到时间未发送的推送：{ $count } 条（最久已等 { $age } 秒）
status-failed = 最近 24 小时发送失败的推送：{ $count } 条
status-updates = 等待处理的用户消息：{ $count } 条（最久 { $age } 秒）
status-ok = 运行正常。
status-unhealthy =
    运行异常：
    { $problems }
status-unreachable = - 数据库无法连接（或数据库文件不存在）
status-not-at-head = - 数据库版本不是最新：请运行 `butler db upgrade`
status-no-tick = - 调度器近期没有运行：机器人是否在运行？
status-pushes-late = - 推送积压，等待时间过长
status-updates-late = - 用户消息积压，等待时间过长
backup-done = 已将数据库备份到 { $path }（{ $size } KB）。
backup-use-pg-dump =
    PostgreSQL 数据库请用其自带工具备份：
      pg_dump --format=custom --file={ $path } "{ $url }"
backup-no-database = { $path } 还没有数据库。
backup-target-exists = { $path } 已存在：请换一个文件名，或加 --force 覆盖。
