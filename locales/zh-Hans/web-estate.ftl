# 管理台的小区页面：巡查、装修与违章、通知与突发事件。

web-nav-patrols = 巡查

web-patrol-today = 今日巡查
web-patrol-plan = 巡查计划
web-patrol-due = 时间
web-patrol-state = 状态
web-patrol-walker = 巡查人
web-patrol-checked = 已检查
web-patrol-problems = 问题
web-patrol-finished = 完成时间
web-patrol-missed = 近 { $days } 天漏巡
web-patrol-day = 日期
web-patrol-assignee = 指定人员
web-patrol-none-missed = 没有漏巡。
web-patrol-plans = 巡查计划
web-patrol-when = 频次
web-patrol-items = 检查项
web-patrol-paused = 已暂停
web-patrol-every-day = 每天
web-patrol-grid-butlers = 本网格管家
web-patrol-no-plans = 暂无巡查计划。
