menu-repair = 🛠 报修
menu-tickets = 📄 我的工单
menu-queue = 📥 待办工单
command-repair = 报修
command-tickets = 我的工单及进度
command-queue = 我负责网格的待办工单

category-water = 给排水
category-electricity = 电路
category-doors-windows = 门窗
category-elevator = 电梯
category-public-area = 公共设施（道路、栏杆、垃圾桶等）
category-gas = 燃气
category-other = 其他
visit-asap = 尽快上门
visit-today = 今天
visit-tomorrow = 明天
visit-morning = 上午（9–12点）
visit-afternoon = 下午（14–18点）
visit-evening = 晚上（18–20点）
status-new = 待受理
status-accepted = 已受理
status-in-progress = 处理中
status-resolved = 已完成
status-closed = 已关闭
status-reopened = 已重开
status-transferred = 已转派
status-cancelled = 已撤销

repair-need-unit = 只有已绑定房屋的住户才能报修，请向管理处申请邀请码。
repair-ask-unit = 请问是哪套房屋报修？
repair-ask-category = 请问需要维修什么？
repair-ask-location =
    { $safety ->
        [none] {""}
       *[other] { $safety }{"\u000A"}{"\u000A"}
    }是在您家中（户内），还是在公共区域（楼道、大堂、车库等）？
repair-gas-safety = ⚠️ 闻到燃气味：请立即开窗通风，不要开关电器、不要使用明火，撤离到室外后再打电话。物业 24 小时服务电话：{ $hotline }。您的报修将按紧急处理。
repair-gas-safety-no-hotline = ⚠️ 闻到燃气味：请立即开窗通风，不要开关电器、不要使用明火，撤离到室外后再打电话。您的报修将按紧急处理。
repair-ask-where =
    { $safety ->
        [none] {""}
       *[other] { $safety }{"\u000A"}{"\u000A"}
    }请说明具体位置（例如“3栋大堂”，最多 { $limit } 字）。
repair-outage-note = ℹ️ 提示：目前正在计划停运——{ $kind }，{ $everywhere ->
        [1] 全小区
       *[other] { $where } 号楼
    }，{ $start } 至 { $end }（{ $reason }）。如您的问题是停运造成的，恢复后会自行解决；仍可继续报修。
repair-ask-description = 请简单描述问题（最多 { $limit } 字），也可以直接发带说明的照片。
repair-ask-photos = 可发送最多 { $max } 张照片，发完后点“完成”；没有照片请直接点“完成”。
repair-ask-visit = 维修人员什么时间上门方便？
repair-ask-urgent = 是否紧急（漏水、停电、燃气味、困人等）？
repair-in-unit = 户内
repair-public = 公共区域
repair-summary =
    请核对您的报修信息：
    房号：{ $unit }
    类别：{ $category }
    位置：{ $where }
    问题：{ $description }
    照片：{ $photos } 张
    上门时间：{ $visit }
    紧急：{ $urgent ->
        [yes] 是
       *[other] 否
    }
repair-field-category = 类别
repair-field-location = 位置
repair-field-description = 问题描述
repair-field-photos = 照片
repair-field-visit = 上门时间
repair-field-urgent = 紧急程度
repair-filed = ✅ 感谢您的报修！工单号 { $code }。已通知您的管家，受理、上门和完成时我都会通知您。

ticket-btn-accept = ✋ 受理
ticket-btn-start = 🚶 开始处理
ticket-btn-resolve = ✅ 完成
ticket-btn-transfer = ↪️ 转派
ticket-btn-escalate = ⚠️ 上报
ticket-btn-call = 📞 回电
ticket-call = 📞 请致电{ $name }（{ $unit }）：{ $phone }
ticket-call-no-phone = { $name }（{ $unit }）没有登记电话，可用 /unit { $unit } 查看住户档案。
ticket-btn-cancel = ✖️ 撤销报修
ticket-transferred-staff =
    ↪️ { $name }将报修 { $code } 转派给您。
    原因：{ $reason }
    { $category } · { $where }
    { $description }
    — { $unit } · { $reporter }
ticket-escalated-staff =
    ⚠️ { $name }上报了报修 { $code }。
    问题：{ $reason }
    { $category } · { $where }
    { $description }
    — { $unit } · { $reporter }
ticket-cancelled-staff = ✖️ 住户已撤销报修 { $code }（{ $category }，{ $unit }）。
ticket-poor-rating-staff =
    ⭐ 报修 { $code } 回访评分 { $rating }/5，已重新打开。
    { $category } · { $unit } · { $reporter }
ticket-reopened-staff = 🔁 报修 { $code } 因回访评分低已重新打开，请跟进{ $reporter }（{ $unit }）。
ticket-ack-warning = ⏰ 报修 { $code } 尚未受理，距时限还剩 { $minutes } 分钟。{ $category } · { $unit }
ticket-resolve-warning = ⏰ 报修 { $code } 尚未完成，距时限还剩 { $minutes } 分钟。{ $category } · { $unit }
ticket-ack-breach = 🚨 超时：报修 { $code } 未在时限内受理。{ $category } · { $unit } · { $reporter }
ticket-resolve-breach = 🚨 超时：报修 { $code } 未在时限内完成。{ $category } · { $unit } · { $reporter }
ticket-ack-again = 🚨 仍未受理：报修 { $code } 已等待 { $minutes } 分钟（第 { $step } 次提醒），请尽快受理。{ $category } · { $unit } · { $reporter }
ticket-transferred-resident = 🔄 您的报修 { $code } 已转由{ $name }跟进处理，稍后将与您联系。
ticket-accepted-resident = ✋ 您的报修 { $code } 已由{ $name }受理。
ticket-started-resident = 🚶 { $name }正在处理您的报修 { $code }。
ticket-resolved-resident =
    ✅ 您的报修 { $code } 已处理完毕。
    处理结果：{ $note }
    请为本次服务评分（1–5 星）。
rating-reminder = 您的报修 { $code } 已于昨天完成，请为本次服务评分（1–5 星）。
rating-star = { $n }⭐
ticket-taken = 报修 { $code } 已由{ $name }受理。
ticket-illegal = 工单 { $code } 当前状态下不能进行此操作。
ticket-done-accept = 您已受理 { $code }。
ticket-done-start = { $code } 处理中。
ticket-done-escalate = { $code } 已上报管理处。
ticket-done-transfer = { $code } 已转派。
ticket-no-transfer-target = 没有其他管家可以转派。
ticket-cancelled-resident = 您的报修 { $code } 已撤销。
ticket-line = { $urgent ->
        [yes] 🔴{" "}
       *[other] {""}
    }{ $code } · { $category } · { $status } · { $created }
ticket-detail =
    { $code } · { $category } · { $status }
    { $description }
    处理结果：{ $note }
    处理记录：
ticket-history-line = { $at } { $what } — { $who } { $note }
event-accept = 受理
event-start = 开始处理
event-resolve = 处理完毕
event-transfer = 转派
event-escalate = 上报
event-cancel = 撤销
event-rate = 回访评分
event-comment = 回访意见
event-auto-close = 未评分自动关闭
event-breach-ack = 受理超时
event-breach-resolve = 处理超时
event-system = 系统
queue-empty = 您负责的网格暂无待办工单。🎉
queue-header = 待办工单（{ $count } 个，紧急和最早的在前）：
tickets-empty = 您还没有工单。发送 /repair 即可报修。
tickets-header = 您的工单：

resolve-ask-note = 完成 { $code }：请说明处理情况（最多 { $limit } 字，也可以发带说明的照片）。
resolve-ask-photos = 如有处理后的照片请发送（最多 { $max } 张），然后点“完成”。
resolve-done = { $code } 已完成，已请住户评分。

rating-thanks = 感谢您的评价：{ $code } { $stars }（{ $rating }/5）。
rating-poor-thanks = 很抱歉 { $code } 没有让您满意：{ $stars }（{ $rating }/5）。工单已重新打开，并已通知管理处负责人。
rating-comment-saved = 感谢您的意见，已记录。
rating-comment-too-long = 留言最多 { $limit } 字。

complaint-type-attitude = 服务态度
complaint-type-sanitation = 环境卫生
complaint-type-noise = 噪音
complaint-type-parking = 停车
complaint-type-security = 安全
complaint-type-neighbours = 邻里
complaint-type-fees = 收费
complaint-type-other = 其他
visit-today-morning = 今天上午（9–12点）
visit-today-afternoon = 今天下午（14–18点）
visit-today-evening = 今天晚上（18–20点）
visit-tomorrow-morning = 明天上午（9–12点）
visit-tomorrow-afternoon = 明天下午（14–18点）
visit-tomorrow-evening = 明天晚上（18–20点）
visit-not-needed = 无需上门（公共区域）
resident-status-received = 已受理
resident-status-assigned = 已派单
resident-status-in-progress = 处理中
resident-status-resolved = 已完成，待评价
resident-status-closed = 已关闭
resident-status-cancelled = 已撤销
repair-field-where = 具体位置
ticket-btn-open = 📄 查看 { $code }
ticket-card-staff =
    🛠 报修 { $code }{ $urgent ->
        [yes] {" "}🔴 紧急
       *[other] {""}
    } · { $status }
    { $category } · { $where }
    { $description }
    上门时间：{ $visit } · 负责人：{ $assignee }
    — { $unit } · 报修人：{ $reporter } · 住户：{ $residents }
    其他未完成工单 { $open } 个 · 历史投诉 { $complaints } 次{ $arrears ->
        [yes] {" "}· ⚠️ 有欠费
       *[other] {""}
    }
    处理记录：
    { $history }
ticket-rating-comment-staff =
    💬 报修 { $code } 的回访意见（{ $rating }/5）：{ $comment }
    { $category } · { $unit } · { $reporter }
event-created-repair = 提交报修
event-created-complaint = 提交投诉
event-other = 其他操作
transfer-ask-to = 转派 { $code }：转给谁？
transfer-ask-reason = 请说明转派原因（最多 { $limit } 字，接手人和处理记录中都会显示）。
escalate-ask-reason = 上报 { $code }：请说明需要管理处协助的问题（最多 { $limit } 字）。
rating-btn-comment = 💬 补充意见
rating-ask-comment = 请写下您对 { $code } 的意见（最多 { $limit } 字）：
complain-field-type = 类型
complain-field-description = 情况说明
complain-field-photos = 照片
complain-field-callback = 回电
complain-handlers-office = 管理处
transfer-to-technician = 🔧 { $name }（维修工）
staff-shift-summary =
    🌅 上班啦：您下班期间有 { $count } 条工单消息，当前状态如下：
    { $lines }
ticket-btn-contractor = 🏗 外包单位
ticket-handled-with = { $name }（外包：{ $contractor }）
event-contractor = 记录外包单位工作
flow-title-contractor = 外包单位记录
contractor-ask-name = { $code }：由哪家外包单位施工？（单位名称，例如“奥的斯电梯维保”，最多 { $max } 字）
contractor-ask-note = 他们做什么、何时来？（最多 { $limit } 字，会记入工单记录）
contractor-bad-name = 请填写外包单位名称，最多 { $max } 字。
ticket-done-contractor = 已记录 { $code } 的外包单位工作。
