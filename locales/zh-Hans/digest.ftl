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
    { $period } 收缴率：{ $collection }%
    仍未处理的上报：{ $escalations } 个
    违章：新增 { $violations_new } 起，结案 { $violations_closed } 起，逾期未整改 { $violations_overdue } 起
    突发事件：{ $emergencies } 起
    前台代收物品：在存 { $desk_held } 件，其中超过 3 天未领 { $desk_old } 件
    入住手续：办理中 { $moveins_open } 户{ $surveys }{ $gate }
digest-empty =
    📊 { $estate } — { $day } 每日简报
    暂无工单、巡查或账单数据，今日无可汇报内容。
digest-category-line = · { $kind } { $category }：{ $count }
digest-kind-repair = 报修
digest-kind-complaint = 投诉
digest-stage-breach-line = · { $stage }：{ $count }
digest-none = · 无
digest-today = ⏱ 今日截至 { $time }：新增 { $new_total } 个，完成 { $closed_total } 个，未完成 { $backlog } 个；超时：报修 { $repair_breaches } 次，投诉阶段 { $stage_breaches } 次；巡查完成 { $patrols_done } 次，漏巡 { $patrols_missed } 次；{ $period } 收缴率 { $collection }%。
digest-btn-escalations = 🚨 上报未结（{ $count }）
digest-btn-breaches = ⏰ 超时（{ $count }）
digest-btn-missed = 🚶 漏巡（{ $count }）
digest-btn-low = ⭐ 低分回访（{ $count }）
digest-btn-staff = 👥 管家统计
digest-list-escalations = 🚨 已上报仍未处理：{ $count } 个
digest-list-breaches = ⏰ { $day } 超时的工单：{ $count } 个
digest-list-low = ⭐ { $day } 回访 1–2 星：{ $count } 个
digest-list-missed = 🚶 { $day } 漏巡：{ $count } 次
digest-missed-line = · { $plan } · 网格 { $grid } · { $who }
digest-nobody = 未指定人员
digest-staff-title = 👥 管家统计，截至 { $day } 的 { $days } 天（当前未完成 · 完成 · 受理用时中位数（分钟）· 完成用时中位数（小时）· 超时 · 平均评分）：
digest-staff-line = · { $name }：未完成 { $open } · 完成 { $closed } · { $accept } 分钟 · { $resolve } 小时 · 超时 { $breaches } · ★ { $rating }
chart-title = 近 { $days } 天新增与完成的工单
chart-opened = 新增
chart-closed = 完成
