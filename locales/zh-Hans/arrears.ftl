## 欠费催缴（管家）：欠费列表、房屋欠费卡片和催缴记录

flow-title-arrears-fix = 催缴记录更正
arrears-title = 📋 欠费房屋 · { $sort } · 第 { $page }/{ $pages } 页
arrears-sort-amount = 💰 按金额
arrears-sort-age = ⏳ 按欠费时长
arrears-estate-total = { $estate }：{ $count } 户欠费，合计 { $amount }
arrears-none = ✅ 目前没有欠费房屋。
arrears-line = { $n }. { $unit } · { $amount } · 自 { $since } 起 · { $last }
arrears-no-contact = 尚未联系
arrears-previous = ◀ 上一页
arrears-next = 下一页 ▶
arrears-card-title = 🏠 { $estate } { $unit } 欠费情况
arrears-card-owner = 业主：{ $name }，{ $phone }
arrears-card-overdue = ⚠️ 逾期欠费：{ $amount }（{ $count } 笔，最早应缴日 { $since }）
arrears-card-not-overdue = 目前没有逾期欠费。
arrears-card-open = 待缴合计：{ $amount }
arrears-card-contacts = 最近催缴记录：
arrears-button-log = ✍️ 记录催缴
arrears-button-fix = ✏️ 更正我的上一条记录
arrears-button-back = 📋 返回列表
arrears-button-unit = 🏠 查看房屋
arrears-button-list = 📋 查看欠费列表

## 催缴记录：催缴方式、结果、日期或说明、备注

arrears-channel-phone = 📞 电话催缴
arrears-channel-visit = 🚪 上门催缴
arrears-channel-chat = 💬 微信/消息催缴
arrears-channel-notice = 📄 张贴/门缝催缴通知
arrears-outcome-no-answer = 🔕 无人接听/无人在家
arrears-outcome-will-pay = 👍 已联系上，同意缴费
arrears-outcome-promised = 🤝 承诺某日缴费
arrears-outcome-refused = 🙅 拒绝缴费
arrears-outcome-disputed = ❓ 对账单有异议
arrears-outcome-paid = 🧾 称已缴费
arrears-outcome-other = ✏️ 其他
arrears-result-none = 未记录结果
arrears-result-no-answer = 无人接听/无人在家
arrears-result-will-pay = 已联系上，同意缴费
arrears-result-promised = 承诺 { $date } 前缴费
arrears-result-refused = 拒绝缴费
arrears-result-disputed = 对账单有异议：{ $note }
arrears-result-paid = 称已缴费（待核实）
arrears-result-other = { $note }
arrears-log-contact = { $channel } { $day }：{ $result }
arrears-log-with-note = { $entry } · 📝 { $note }
arrears-log-corrected = { $entry }（已更正）
arrears-log-note = 📝 { $day }：{ $note }
arrears-log-payment-chat = 💳 { $day }：已在线缴费 { $amount }，收据号 { $receipt }
arrears-log-payment-transfer = 💳 { $day }：已银行转账缴费 { $amount }，收据号 { $receipt }
arrears-ask-channel = { $unit }：这次是怎么催缴的？
arrears-ask-outcome = { $unit }：催缴结果如何？
arrears-ask-date = { $unit }：业主承诺哪天前缴费？请点按钮，或发送日期，例如 12月20日、“下周五”、2026-12-20。
arrears-ask-reason = { $outcome ->
        [disputed] { $unit }：业主对账单哪里有异议？（最多 { $max } 个字）
       *[other] { $unit }：具体是什么情况？（最多 { $max } 个字）
    }
arrears-ask-note = { $unit }：还有需要补充的吗？请发送备注（最多 { $max } 个字），或点“跳过”。
arrears-bad-note = 备注共 { $length } 个字，需要填写内容且最多 { $max } 个字，请重新发送。
arrears-logged = ✅ 已为 { $unit } 记录：{ $entry }
arrears-promise-logged = ✅ 已为 { $unit } 记录：{ $entry }。如 { $next } 仍有逾期欠费，我会在当天 09:00 提醒您跟进。
arrears-fix-summary =
    ✏️ 您为 { $unit } 记录的这条催缴将更正为：
    { $entry }
    请确认，或修改其中一项。
arrears-edit-channel = 催缴方式
arrears-edit-outcome = 催缴结果
arrears-edit-date = 日期
arrears-edit-reason = 说明
arrears-edit-note = 备注
arrears-corrected = ✅ 已更正。
arrears-fix-not-yours = ✋ 只有记录人本人可以更正这条催缴记录。如有新情况，请新增一条记录。
arrears-fix-too-late = ✋ 催缴记录只能在记录后 { $hours } 小时内更正。如有新情况，请新增一条记录。
arrears-fix-payment = ✋ 缴费记录不能在催缴记录中更正。

## 推送：承诺未兑现、每周汇总

arrears-promise-broken = 🤝 承诺未兑现：{ $unit } 承诺 { $date } 前缴费，目前仍欠 { $amount }
arrears-weekly =
    📋 每周欠费汇总：{ $estate }
    共 { $count } 户逾期欠费，合计 { $total }，最早自 { $since } 起。
    欠费较多的房屋：
    { $units }
arrears-weekly-line = • { $unit }：{ $amount }，自 { $since } 起
