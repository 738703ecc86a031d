## 违章处理：记录、通知单、处理办法、提醒

menu-violations = ⚠️ 违章处理
command-violations = 违章举报、查看本户的违章通知
command-violations-staff = 未结违章：记录、发通知单、复查
flow-title-violation-new = 违章记录
flow-title-violation-report = 违章举报
flow-title-violation-notice = 违章处理通知单
flow-title-violation-check = 复查
flow-title-violation-loss = 赔偿经济损失
flow-title-violation-escalate = 上报处理
flow-title-violation-deliver = 通知单送达
flow-title-violation-followup = 回访沟通

violation-category-renovation = 装修及房屋结构
violation-category-fire = 消防管理
violation-category-environment = 环境卫生管理
violation-category-order = 治安管理
violation-category-harm = 损害其他业主利益或影响小区安全
violation-category-other = 其他
violation-rule-renovation = 违反小区装修管理规定及《临时管理规约》
violation-rule-fire = 违反消防管理规定及《临时管理规约》
violation-rule-environment = 违反环境卫生管理规定及《临时管理规约》
violation-rule-order = 违反治安管理规定及《临时管理规约》
violation-rule-harm = 违反《临时管理规约》：不得损害其他业主利益或影响小区安全
violation-rule-other = 违反《临时管理规约》
violation-step-reported = 已上报
violation-step-persuaded = 已即时劝导
violation-step-notice = 限期整改
violation-step-measures = 已采取措施
violation-step-compensation = 赔偿经济损失
violation-step-escalated = 已上报主管部门/法律途径
violation-state-open = 处理中
violation-state-closed = 已结案
violation-state-dismissed = 已撤销
violation-notice-none = 未发通知单
violation-notice-sent = 已发送，待签收
violation-notice-acknowledged = 业主已签收
violation-notice-refused = 业主拒签
violation-notice-printed = 纸质通知单待打印送达
violation-notice-delivered = 纸质通知单已送达
violation-measure-suspend-passes = 限制施工人员入场（停用出入证）
violation-measure-notify-department = 通知相关服务部门采取措施
violation-measure-other = 其他措施
violation-measure-line = { $text }
violation-escalation-authority = 上报城市相关主管部门
violation-escalation-lawyer = 发律师函
violation-escalation-lawsuit = 提起诉讼
violation-outcome-complied = 劝导后已改正
violation-outcome-fixed = 已整改
violation-outcome-dismissed = 经核实无违章
violation-pending-loss = 赔偿经济损失
violation-pending-escalation = 上报处理
violation-persuasion-complied = ✅ 已劝导，当事人已停止（结案）
violation-persuasion-refused = 🙅 已劝导，当事人置之不理（转客服部）
violation-persuasion-absent = 🚪 现场无人可劝导（转客服部）
violation-serious-general = 一般违章
violation-serious-serious = 重大违章
violation-source-staff = 员工记录
violation-source-patrol = 巡查发现
violation-source-renovation = 装修巡检发现
violation-source-resident = 业主举报
violation-none = 无

violation-ask-category = ⚠️ 记录违章。属于哪一类？
violation-ask-kind = 具体是哪一项？
violation-ask-unit = 是哪一户（如 1-1-101）？公共区域或住户不明请点“跳过”。
violation-ask-place = 具体位置在哪里？
violation-ask-facts = 看到了什么情况？请文字描述，或发送带说明的照片。
violation-ask-photos = 请发送现场照片（最多 { $max } 张），发完点“完成”。
violation-ask-persuasion = 是否已现场劝导？效果如何？
violation-ask-serious = 一般违章，还是重大违章（由管理处负责人处理）？
violation-ask-report-category = ⚠️ 违章举报。属于哪一类？
violation-ask-report-place = 在哪里（楼栋、楼层、车库、大门……）？
violation-ask-report-facts = 发生了什么？请文字描述，或发送带说明的照片。我们不会向被举报住户透露举报人。
violation-ask-report-photos = 请至少发送一张照片（最多 { $max } 张），发完点“完成”。
violation-ask-notice-unit = { $number } 的通知单：发给哪一户（如 1-1-101）？
violation-ask-notice-facts = { $number } 的通知单：违章事实（住户将看到这段文字）。
violation-ask-rule = 违反了哪项规定？点“跳过”则引用小区该类违章的规定。
violation-ask-remedy = 住户应如何整改？
violation-ask-deadline = 限期到哪一天整改完毕？
violation-ask-check = 复查 { $number }：结果如何？
violation-ask-measures = 未整改：采取哪些措施？逐项点选后点“选好了”（不采取措施也直接点“选好了”）。
violation-ask-other-measure = 其他什么措施？
violation-ask-new-deadline = 重新限期吗？点“跳过”则不设新期限。
violation-ask-check-note = 复查情况说明？没有请点“跳过”。
violation-ask-check-photos = 请发送复查照片（最多 { $max } 张），发完点“完成”。
violation-ask-loss = { $number } 赔偿经济损失：损坏或损失了什么？
violation-ask-amount = 损失金额是多少（如 350 或 350.50）？
violation-ask-loss-photos = 请发送损失照片（最多 { $max } 张），发完点“完成”。
violation-ask-escalation = { $number } 上报处理：采取哪种方式？
violation-ask-body = 主管部门或律师事务所名称？
violation-ask-reference = 对方的编号（案号或函号）？
violation-ask-escalation-day = 日期是哪一天？
violation-ask-deliver-photos = 请发送通知单送达的照片（签字页，或张贴于门上的照片）。
violation-ask-deliver-note = 备注（由谁签收）？没有请点“跳过”。
violation-ask-followup = { $number } 结案后：与当事住户沟通的情况如何？

violation-field-kind = 类别
violation-field-unit = 房号
violation-field-place = 位置
violation-field-facts = 违章事实
violation-field-photos = 照片
violation-field-persuasion = 劝导
violation-field-rule = 违反规定
violation-field-remedy = 整改要求
violation-field-deadline = 整改期限
violation-field-result = 结果
violation-field-measures = 措施
violation-field-note = 说明
violation-field-loss = 损失
violation-field-amount = 金额
violation-field-escalation = 方式
violation-field-body = 名称
violation-field-reference = 编号
violation-field-day = 日期

violation-new-summary =
    请核对违章记录：
    { $category } · { $kind }
    房号：{ $unit }
    位置：{ $place }
    事实：{ $facts }
    照片：{ $photos } 张
    { $persuasion }{ $complied ->
        [1] {""}
       *[other] { $serious ->
            [1] {" "}· 重大违章：由管理处负责人处理
           *[other] {" "}· 一般违章
        }
    }
violation-report-summary =
    请核对您的举报：
    { $kind }
    位置：{ $place }
    情况：{ $facts }
    照片：{ $photos } 张
violation-notice-summary =
    请核对违章处理通知单：
    房号：{ $unit }
    违章事实：{ $facts }
    违反规定：{ $rule }
    整改要求：{ $remedy }
    整改期限：{ $deadline }
violation-check-summary =
    请核对复查结果：
    { $result }
    说明：{ $note } · 照片：{ $photos } 张
violation-check-measures = 措施：{ $measures } · 新期限：{ $deadline }
violation-loss-summary =
    请核对赔偿（经理确认后才生成账单）：
    损失：{ $loss }
    金额：{ $amount }
    照片：{ $photos } 张
violation-escalate-summary =
    请核对（需经理确认）：
    { $escalation }：{ $body }
    编号：{ $reference } · 日期 { $day }
violation-deliver-summary = 请核对：通知单已送达，照片 { $photos } 张；备注：{ $note }
violation-followup-summary = 请核对回访沟通：{ $note }

violation-check-fixed = ✅ 已整改：结案
violation-check-not-fixed = ❌ 未整改
violation-check-dismissed = 🚫 经核实无违章：撤销

violation-recorded = { $closed ->
    [1] 违章 { $number } 已记录并结案：劝导有效。
   *[other] 违章 { $number } 已记录，已通知处理人。
}
violation-reported = 感谢举报！举报 { $number } 已交管理处处理，处理结果会告知您。我们不会向被举报住户透露举报人。
violation-notice-issued = { $sent ->
    [0] { $number } 的通知单已开具。该户无人使用本系统：请打印（🖨）送达并登记送达情况。
   *[other] { $number } 的通知单已发送给该户 { $sent } 位住户。
}
violation-checked = { $closed ->
    [1] { $number } 已结案。
   *[other] { $number }：已记录所采取的措施。
}
violation-asked = { $action ->
    [0] { $number }：赔偿待经理确认。
   *[other] { $number }：上报处理待经理确认。
}
violation-delivered = { $number }：已登记通知单送达。
violation-followed-up = { $number }：已记录回访沟通。
violation-answered = { $agreed ->
    [1] 谢谢，您的签收已记录（含时间）。
   *[other] 已记录您拒签，管理处将与您联系。
}
violation-decided = { $agreed ->
    [1] 已确认。
   *[other] 已驳回。
}

violation-card-head = ⚠️ 违章 { $number } · { $category } · { $kind }
violation-card-state = { $closed ->
    [1] 状态：{ $state }（{ $outcome }）· 处理至：{ $step }
   *[other] 状态：{ $state } · 当前：{ $step }
}
violation-card-place = 位置：{ $place }
violation-card-unit = 房号：{ $known ->
    [1] { $unit }
   *[other] 尚未确定
}
violation-card-facts = 违章事实：{ $facts }
violation-card-rule = 违反规定：{ $rule }
violation-card-remedy = 整改要求：{ $remedy }
violation-card-deadline = 整改期限：{ $deadline }{ $overdue ->
    [1] {" "}⏰ 已逾期
   *[other] {""}
}
violation-card-notice = 通知单：{ $notice }
violation-card-loss = 已生成赔偿账单：{ $amount }
violation-card-source = 来源：{ $source }（{ $reporter }）
violation-card-handler = 处理人：{ $managers ->
    [1] 管理处经理
   *[other] { $handler }
}{ $serious ->
    [1] {" "}· 重大违章
   *[other] {""}
}
violation-card-renovation = 装修：{ $number }
violation-card-pending = ⏳ 待经理确认：{ $action ->
    [0] 赔偿 { $amount }（{ $note }）
   *[other] { $escalation }：{ $body }
}
violation-card-followup-due = 🤝 请主动与当事住户沟通，缓和双方关系，并记录回访。
violation-card-reporter-note = 您的举报对被举报住户保密。

violation-button-open = 📄 查看详情
violation-button-new = ➕ 记录违章
violation-button-report = ⚠️ 违章举报
violation-button-notice = 📄 开具通知单
violation-button-check = 🔍 复查
violation-button-loss = 💰 赔偿经济损失
violation-button-escalate = ⚖️ 上报处理
violation-button-confirm = ✅ 确认
violation-button-decline = ✖️ 驳回
violation-button-print = 🖨 打印通知单
violation-button-deliver = 📬 登记送达
violation-button-followup = 🤝 记录回访
violation-button-history = 📜 处理记录
violation-button-files = 🖼 照片
violation-button-ack = ✍️ 签收（视同签字）
violation-button-refuse = 🙅 拒签

violation-list-none = 您负责的网格暂无未结违章。
violation-list-head = ⚠️ 未结违章：{ $count } 起（逾期 { $overdue } 起）
violation-list-by-kind = 按类别：{ $kinds }
violation-list-by-step = 按阶段：{ $steps }
violation-list-line = { $overdue ->
    [1] ⏰ { $number } { $kind } { $unit } → { $deadline }
   *[other] { $number } { $kind } { $unit } → { $deadline }
}
violation-mine-head = ⚠️ 本户违章通知：{ $notices } 份 · 我的举报：{ $reports } 条
violation-mine-notice = 📄 { $number } { $kind }（{ $state }）
violation-mine-report = 🗣 { $number } { $kind }（{ $state }）
violation-files-none = 该违章暂无照片。

violation-history-head = 📜 { $number } 处理记录
violation-history-line = { $at } { $what } · { $who } · { $note }
violation-event-recorded = 记录违章
violation-event-reported = 业主举报
violation-event-notice = 开具通知单
violation-event-acknowledged = 业主签收通知单
violation-event-refused = 业主拒签通知单
violation-event-delivered = 通知单送达
violation-event-not-fixed = 复查：未整改
violation-event-closed = 复查：已整改，结案
violation-event-dismissed = 撤销
violation-event-loss-asked = 提出赔偿经济损失
violation-event-loss-confirmed = 赔偿已确认并生成账单
violation-event-loss-declined = 赔偿被驳回
violation-event-escalation-asked = 提出上报处理
violation-event-escalation-confirmed = 上报处理已确认
violation-event-escalation-declined = 上报处理被驳回
violation-event-followed-up = 已回访沟通
violation-event-other = 处理

violation-new-staff =
    ⚠️ 新违章 { $number }（{ $estate }）：{ $kind }
    位置：{ $place } · 房号：{ $unit }
    { $facts }
    由 { $by } 记录，请及时处理。
violation-new-report =
    🗣 业主举报 { $number }（{ $estate }）：{ $kind }
    位置：{ $place }
    { $facts }
    请核实处理（举报人：{ $by }，切勿向被举报住户透露）。
violation-notice-told =
    📄 违章处理通知单 { $number }，房号 { $unit }
    { $kind } · { $place }
    违章事实：{ $facts }
    违反规定：{ $rule }
    整改要求：{ $remedy }
    整改期限：{ $deadline }
    请点击下方签收（视同签字），或拒签。
violation-notice-answered-told = { $number }（{ $unit }）：{ $name }{ $agreed ->
    [1] 已签收通知单。
   *[other] 拒签通知单。
}
violation-not-fixed-told =
    ⚠️ { $number }（{ $unit }）逾期未整改。
    措施：{ $measures }
    新期限：{ $deadline }{ $passes ->
        [0] {""}
       *[other] {" "}· 已停用 { $passes } 张施工人员出入证，整改后恢复
    }
violation-closed-told = ✅ { $number }（{ $unit }）已结案：{ $outcome }。{ $passes ->
    [0] {""}
   *[other] {" "}{ $passes } 张施工人员出入证已恢复使用。
}
violation-reporter-told = 🗣 您的举报 { $number }（{ $kind }，{ $place }）已处理：{ $outcome }。感谢您的支持！
violation-confirm-ask =
    ⏳ { $number }（{ $unit }）：{ $by } 请您确认{ $action ->
        [0] 赔偿经济损失 { $amount }：{ $note }
       *[other] { $escalation }：{ $body }，编号 { $reference }，{ $day }
    }
    此项处理措施一定要特别慎重。
violation-decided-told = { $number }：{ $name }{ $agreed ->
    [1] 已确认
   *[other] 已驳回
}{ $action ->
    [0] 赔偿 { $amount }。
   *[other] 上报处理（{ $escalation }）。
}
violation-loss-told = 💰 { $number }（{ $unit }）：因“{ $note }”需赔偿经济损失 { $amount }，已生成账单，可在 /fees 缴纳。
violation-remind-due = ⏰ { $number }（{ $unit }）：今天（{ $deadline }）整改到期，请复查。
violation-remind-ack = 📄 提醒：{ $unit } 的违章处理通知单 { $number } 尚待签收（整改期限 { $deadline }）。
violation-remind-confirm = ⏳ { $number }（{ $unit }）：{ $what }仍待您确认。
violation-remind-followup = 🤝 { $number }（{ $unit }）已结案数日：请主动与当事住户沟通，缓和双方关系，并记录回访。

violation-print-title = 违章处理通知单
violation-print-number = 编号：{ $number } · { $estate }
violation-print-unit = 房号
violation-print-kind = 违章类别
violation-print-place = 位置
violation-print-facts = 违章事实
violation-print-rule = 违反规定
violation-print-remedy = 整改要求
violation-print-deadline = 整改期限
violation-print-issued = 开具日期
violation-print-sign = 业主签字：______________________
violation-print-date = 日期：______________________
violation-print-footer = { $estate } 管理处
violation-print-caption = 待打印的通知单 { $number }

violation-staff-only = 记录违章仅限本小区员工。
violation-residents-only = 违章举报需由已绑定房号的住户提交。
violation-need-bound = 此功能供小区住户和员工使用：请先用邀请码完成绑定。
violation-handler-only = 只有该违章的处理人或经理可以操作。
violation-managers-confirm = 此项处理需由经理确认。
violation-other-manager = 您提出的处理需由另一位经理确认。
violation-not-open = 该违章{ $state }，无需再处理。
violation-unknown-kind = 该类别不在本小区的违章类别中。
violation-unknown-unit = 本小区没有房号 { $unit }。
violation-bad-place = 请说明位置，最多 { $limit } 个字。
violation-bad-facts = 内容过长：最多 { $limit } 个字。
violation-too-many-photos = 最多 { $limit } 张照片。
violation-need-photos = 请至少发送一张照片。
violation-need-text = 请填写内容。
violation-need-unit = 尚未确定住户：请先开具通知单并写明房号。
violation-bad-deadline = 整改期限须为今天起 { $days } 天内的某一天。
violation-bad-amount = 请填写大于零的金额，如 350 或 350.50。
violation-pending-first = 有一项处理待经理确认，请先处理该项。
violation-nothing-pending = 没有待确认的处理。
violation-loss-billed = 赔偿账单已生成。
violation-no-renovation = 该违章没有进行中的装修，无出入证可停用。
violation-not-printed = 没有待送达的纸质通知单。
violation-notice-answered = 通知单{ $state }。
violation-followup-not-now = 结案后才能回访。
