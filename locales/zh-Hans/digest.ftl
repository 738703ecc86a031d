menu-digest = 📊 每日简报
command-digest = 今日简报
digest-text =
    📊 { $estate } — { $day } 每日简报
    新增工单：{ $new_total }
    { $new_lines }
    已关闭：{ $closed_total }
    { $closed_lines }
    未完成：{ $backlog } 个（最早已 { $oldest_hours } 小时）
    超时：报修 { $repair_breaches } 次，投诉阶段 { $stage_breaches } 次
    { $stage_breach_lines }
    回访评分：{ $ratings } 个，平均 { $average_rating } 分
    巡查：完成 { $patrols_done } 次，漏巡 { $patrols_missed } 次，发现问题 { $patrol_problems } 个
    { $period } 收费率：{ $collection }%
    仍未处理的上报：{ $escalations } 个
digest-empty =
    📊 { $estate } — { $day } 每日简报
    暂无工单、巡查或账单数据，今日无可汇报内容。
digest-category-line = · { $kind } { $category }：{ $count }
digest-kind-repair = 报修
digest-kind-complaint = 投诉
digest-stage-breach-line = · { $stage }：{ $count }
digest-none = · 无
