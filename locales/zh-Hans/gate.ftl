# 门岗：访客通行、物品放行、门岗核验。

command-visitor = 访客登记：一次性通行码及二维码
command-release = 物品放行：申请物品出门放行码
command-visitors = 我的访客通行证和物品放行单
command-visitors-staff = 今日门岗：预约访客和待放行物品
menu-visitors = 🚪 访客与物品放行
flow-title-visitor = 访客登记
flow-title-release = 物品放行申请
gate-need-unit = 访客登记和物品放行仅限已绑定房屋的住户使用。
gate-staff-only = 住户无法使用此功能：仅小区工作人员可在门岗核验通行码。

# 住户登记访客
gate-ask-unit = 为哪套房屋登记？
gate-ask-name = 🚪 访客登记。请输入访客姓名（不超过 { $limit } 字）。
gate-ask-people = 来访人数（{ $min } 至 { $max } 人）？
gate-ask-plate = 访客车牌号，例如 粤B12345（步行来访请点“跳过”）。
gate-ask-day = 哪天来访？
gate-ask-start = 几点开始？
gate-ask-end = 几点结束？
gate-ask-notify = 访客到达门岗时是否通知您？
gate-field-name = 访客姓名
gate-bad-plate = 这不像车牌号：请输入字母和数字，不超过 { $limit } 位，例如 粤B12345。
gate-bad-name = 请输入访客姓名（不超过 { $limit } 字）。
gate-bad-people = 每张通行证 1 至 { $max } 人。
gate-bad-window = 来访时段须在 06:00 至 24:00 之间，且结束晚于开始。
gate-window-past = 该时段已过，请重新登记。
gate-visitor-summary =
    请核对访客信息：
    { $name } · { $people } 人 · 车牌 { $plate }
    房号 { $unit }，{ $day } { $start }–{ $end }
    到达时通知您：{ $notify ->
        [1] 是
       *[0] 否
    }
gate-visitor-pass =
    🚪 访客通行证：{ $name }（{ $people } 人，车牌 { $plate }）
    房号 { $unit } · { $day } { $start }–{ $end }
    通行码：{ $code }。请在门岗出示通行码（或本二维码），仅限使用一次。
gate-visitor-done = ✅ 通行证已生成，通行码 { $code }。请将上方二维码转发给访客。
gate-button-qr = 🔳 再次获取二维码
gate-button-revoke = ⛔ 作废通行证
gate-button-revoke-code = ⛔ 作废通行证 { $code }
gate-revoked = 通行证 { $code } 已作废，门岗将不予放行。
gate-pass-not-active = 该通行证已失效（已使用或已作废）。
gate-visitor-arrived = 🚪 您的访客{ $name }（{ $people } 人）已于 { $at } 到达门岗并放行。

# 住户的列表
gate-mine-head = 您的访客通行证和物品放行单：
gate-mine-none = 您目前没有待使用的访客通行证或物品放行单。
gate-button-new-visitor = ➕ 登记访客
gate-button-new-release = 📦 物品放行
gate-button-cancel-code = ✖ 取消放行单 { $code }

# 物品放行
gate-ask-items = 📦 物品放行。请说明要搬出的物品（不超过 { $limit } 字）。
gate-ask-release-day = 哪天搬出？
gate-field-items = 物品
gate-bad-items = 请说明要搬出的物品（不超过 { $limit } 字）。
gate-bad-day = 日期须在今天至 { $days } 天之内。
gate-release-no-owner = 租户的物品放行须经业主同意，而本房屋的业主尚未使用本服务，请联系管理处。
gate-release-summary =
    请核对物品放行申请：
    房号 { $unit }，{ $day }
    物品：{ $items }
gate-release-done = ✅ 物品放行单 { $code }（{ $day }）：当天在门岗出示放行码即可放行，仅限一次。
gate-release-done-waiting = 📨 已发送给业主确认。业主同意后，放行码 { $code } 可于 { $day } 放行物品。
gate-release-ask-owner =
    📦 您的租户{ $tenant }（{ $unit }）申请于 { $day } 搬出物品：
    { $items }
    是否同意？
gate-button-approve = ✅ 同意
gate-button-deny = ❌ 不同意
gate-owner-decided = { $approved ->
    [1] ✅ 已同意，租户将收到放行码。
   *[0] ❌ 已拒绝，已告知租户。
}
gate-release-decided = 该申请已处理。
gate-release-too-late = 该申请的日期已过。
gate-release-approved = ✅ 业主已同意您 { $day } 的物品放行申请（{ $items }）：放行码 { $code }，请当天在门岗出示。
gate-release-refused = ❌ 业主未同意您 { $day } 的物品放行申请（{ $items }）。
gate-release-unanswered = ⌛ 您 { $day } 的物品放行申请（{ $items }）当天未获业主答复，已失效。如需放行，请先联系业主后重新申请。
gate-release-let-out = 📦 您的物品（{ $items }）已在门岗放行（放行单 { $code }）。
gate-release-cancelled = 放行单 { $code } 已取消。
gate-release-not-open = 该放行单已无法取消。
gate-release-card = 📦 放行单 { $code } · 房号 { $unit } · { $day } · { $state }
    { $items }
gate-state-active = 有效
gate-state-used = 已使用
gate-state-revoked = 已作废
gate-state-awaiting-owner = 待业主确认
gate-state-approved = 已批准
gate-state-refused = 业主未同意
gate-state-let-out = 已放行
gate-state-expired = 已过期
gate-state-cancelled = 已取消

# 门岗 /pass
gate-check-usage = 请发送 /pass 加访客通行码、物品放行码、施工人员出入证或施工许可证上的查验码，或车牌号，例如：/pass ACD347 或 /pass 粤B12345
gate-check-unknown = ❓ 没有与 { $typed } 相符的通行证或许可证（已核对访客通行证、物品放行单、施工出入证和车牌）。请勿放行，并联系住户或管理处。
gate-check-visitor =
    🚪 访客：{ $name } · { $people } 人 · 车牌 { $plate }
    前往 { $unit }（登记人：{ $resident }）· { $day } { $start }–{ $end }
gate-check-release =
    📦 物品放行单 { $code } · 房号 { $unit }（申请人：{ $resident }）· { $day }
    物品：{ $items }
gate-check-ok = ✅ 有效：请选择放行或拒绝。
gate-check-refused = ⛔ 不予放行：{ $reason }
gate-decided-in = ✅ 已放行（通行证已使用）。
gate-decided-out = ✅ 物品已放行（放行单已使用）。
gate-already-decided = 本次核验已处理。
gate-button-let-in = ✅ 放行
gate-button-let-out = ✅ 放行物品
gate-button-refuse = ⛔ 拒绝
gate-reason-unknown = 查无此码或车牌
gate-reason-early = 尚未生效
gate-reason-expired = 已过期
gate-reason-used = 已使用
gate-reason-revoked = 住户已作废
gate-reason-awaiting-owner = 业主尚未同意
gate-reason-owner-refused = 业主未同意
gate-reason-cancelled = 住户已取消
gate-reason-guard = 门岗拒绝
gate-reason-unpaid = 费用未缴
gate-reason-suspended = 已被管理处暂停
gate-reason-closed = 装修已结束

# 员工 /visitors 与每日简报
gate-board-head = 🚪 { $estate } — { $day } 门岗
gate-board-visitors = 预约访客：{ $count }
gate-board-visitor-line = · { $start }–{ $end } { $name }（{ $people } 人）→ { $unit } · 车牌 { $plate } · { $state }
gate-board-releases = 待放行物品：{ $count }
gate-board-release-line = · { $day } { $unit } · { $code } · { $items }
gate-digest-line = 门岗：今日预约访客 { $visitors } 批（{ $people } 人），待放行物品 { $releases } 单

# 门岗登记导出
export-sheet-gate = 门岗登记
export-col-gate-at = 核验时间
export-col-gate-guard = 核验人
export-col-gate-kind = 类别
export-col-gate-typed = 输入内容
export-col-gate-whose = 访客或物品
export-col-gate-outcome = 结果
export-col-gate-reason = 原因
export-gate-kind-visitor = 访客通行证
export-gate-kind-release = 物品放行单
export-gate-kind-worker = 施工人员出入证
export-gate-kind-permit = 施工许可证
export-gate-kind-unknown = 查无此码
export-gate-outcome-pending = 未处理
export-gate-outcome-admitted = 放行
export-gate-outcome-refused = 拒绝
