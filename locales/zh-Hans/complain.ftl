menu-complain = 📣 投诉
command-complain = 投诉
complain-ask-unit = 请问投诉涉及哪套房屋？
complain-ask-type = 请问投诉哪方面的问题？
complain-ask-description = 请说明具体情况（最多 { $limit } 字），也可以直接发带说明的照片。
complain-ask-photos = 可发送最多 { $max } 张照片，然后点“完成”（没有照片可直接点“完成”）。
complain-ask-callback = 是否需要我们回电？什么时间方便？
complain-summary =
    请核对您的投诉：
    房号：{ $unit }
    类型：{ $type }
    情况说明：{ $description }
    照片：{ $photos } 张
    回电：{ $callback }
complain-filed = ✅ 您的投诉编号 { $code }。{ $handlers }将与您联系，每一步处理进展都会通知您。
callback-no = 不需要回电
callback-anytime = 需要，任何时间
callback-morning = 需要，上午
callback-afternoon = 需要，下午
callback-evening = 需要，晚上
stage-acknowledge = 受理确认
stage-analyse = 分析协调
stage-handle = 处理
stage-follow-up = 回访
complaint-btn-stage = ✅ 完成阶段：{ $stage }
complaint-btn-settled = 👍 已解决
complaint-btn-not-settled = 👎 未解决
complaint-stage-resident =
    您的投诉 { $code }：“{ $stage }”阶段已完成（{ $name }）。
    { $note }
complaint-follow-up-question =
    关于您的投诉 { $code } 的回访：
    { $note }
    请问问题是否已经解决？
complaint-not-settled-staff = 👎 住户表示投诉 { $code } 未解决，已退回“分析协调”阶段。{ $category } · { $unit } · { $reporter }
complaint-stage-warning = ⏰ 投诉 { $code }：“{ $stage }”阶段即将超时。{ $category } · { $unit }
complaint-stage-breach = 🚨 超时：投诉 { $code }，“{ $stage }”阶段未按时完成。{ $category } · { $unit } · { $reporter }
complaint-bad-note = 请用一条文字消息填写说明，最多 { $limit } 字。
complaint-ask-note = 投诉 { $code }，“{ $stage }”阶段：请填写住户可见的说明（处理情况、涉及人员，最多 { $limit } 字）。
complaint-stage-closed = 投诉 { $code }：“{ $stage }”阶段已完成。
complaint-settled-thanks = 感谢您的反馈！投诉 { $code } 已关闭。
complaint-not-settled-thanks = 很抱歉。投诉 { $code } 已重新处理，并已通知管理处负责人。
rating-to-complaint = 📣 转为投诉
event-stage-acknowledge = 受理确认
event-stage-analyse = 分析协调
event-stage-handle = 处理
event-stage-follow-up = 回访，已询问住户
event-settled = 住户：已解决
event-not-settled = 住户：未解决
event-breach-stage = 阶段超时
complaint-card-staff =
    📣 投诉 { $code } · { $category } · { $status }
    { $description }
    回电：{ $callback } · 本阶段时限：{ $stage_due } · 负责人：{ $assignee } · 关联报修：{ $linked }
    — { $unit } · { $reporter } · 住户：{ $residents }
    其他未完成工单 { $open } 个 · 历史投诉 { $complaints } 次{ $arrears ->
        [yes] {" "}· ⚠️ 有欠费
       *[other] {""}
    }
    处理记录：
    { $history }
    下一步：{ $todo }
complaint-todo-acknowledge = 先向住户确认已收到投诉、由谁负责（住户要求回电的请回电），然后填写说明完成本阶段。
complaint-todo-analyse = 了解事情经过和住户诉求，与相关部门协调处理方案，然后填写协调结果完成本阶段。
complaint-todo-handle = 按协调方案处理，然后填写处理结果完成本阶段。
complaint-todo-follow-up = 上门或电话回访住户，然后完成本阶段，系统会请住户确认是否已解决。
complaint-todo-waiting = 已请住户确认是否解决，等待答复。
complaint-todo-closed = 无，投诉已结案。
