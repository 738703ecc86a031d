## 通知与突发事件（应急信息传递）

menu-notices = 📢 通知公告
command-notices = 管理处的通知
command-notices-staff = 通知与突发事件：发布、查看已读
command-emergency = 发布突发事件：住户立即收到
flow-title-notice = 通知
flow-title-emergency = 突发事件
flow-title-emergency-update = 突发事件进展

notice-scope-estate = 🏘 全小区
notice-scope-buildings = 🏢 指定楼栋
notice-scope-grids = 🗺 指定网格
notice-scope-units = 🚪 指定房号
notice-scope-staff = 👷 全体员工
notice-who-all = 全部住户
notice-who-owners = 仅业主
notice-normal = 普通
notice-important = 📌 重要（置顶）
notice-when-now = 立即发送
notice-when-later = 定时发送
notice-audience = { $scope }{ $named ->
    [1] ：{ $targets }
   *[other] {""}
}{ $owners ->
    [1] {" "}· 仅业主
   *[other] {""}
}

notice-ask-scope = 📢 发布通知。发给谁？
notice-ask-targets = 具体是哪些？请填写编号，用逗号分隔（如 1, 3）。
notice-ask-who = 发给全部住户，还是仅业主？
notice-ask-text = 通知内容（也可发送带说明的照片）。
notice-ask-other = 需要另一种语言的版本吗？请填写，或点“跳过”（大家都将看到这一版本）。
notice-ask-photos = 随通知发送的照片（最多 { $max } 张），发完点“完成”。
notice-ask-importance = 普通通知，还是重要通知（在住户聊天中置顶）？
notice-ask-when = 立即发送，还是定时发送？
notice-ask-day = 哪一天发送？
notice-ask-time = 几点发送？
notice-field-targets = 对象
notice-field-text = 内容
notice-field-other = 另一语言
notice-field-photos = 照片
notice-field-when = 时间
notice-summary =
    请核对通知：
    发送对象：{ $audience } — 目前 { $count } 人
    { $text }
    { $other ->
        [1] （含另一语言版本）
       *[other] （单一语言）
    } · 照片：{ $photos } 张{ $important ->
        [1] {" "}· 📌 置顶
       *[other] {""}
    }
    { $later ->
        [1] 将于 { $at } 发送
       *[other] 立即发送
    }

notice-push =
    { $level ->
        [2] 🚨
        [1] 📌
       *[other] 📢
    } { $estate }管理处{ $level ->
        [2] 紧急通知
        [1] 重要通知
       *[other] 通知
    }：
    { $text }
notice-remind =
    🔔 提醒：您还未阅读这条通知（{ $estate }）：
    { $text }
notice-button-read = ✅ 已读
notice-read-thanks = 谢谢，已标记为已读。
notice-stats =
    📢 通知 #{ $id }，发送对象：{ $audience }
    { $planned ->
        [1] 定于 { $at } 发送
       *[other] 已于 { $at } 发送
    }
    接收人：{ $total } · 已送达：{ $sent } · 待发送：{ $pending } · 已读：{ $read } · 无法送达：{ $unreachable }{ $reminded ->
        [1] {" "}· 已提醒未读者
       *[other] {""}
    }
notice-button-refresh = 🔄 刷新
notice-button-remind = 🔔 提醒未读者（仅一次）
notice-reminded = 已提醒 { $count } 人。
notice-button-new = 📢 发布通知
notice-none-received = 您还没有收到任何通知。
notice-received-head = 📢 您最近的通知（{ $count } 条）：
notice-received-line = { $emergency ->
    [1] 🚨
   *[other] 📢
} { $at } { $text }
notice-sent-head = 📢 最近的通知与突发事件（{ $count } 条）：
notice-sent-line = { $emergency ->
    [1] 🚨
   *[other] 📢
} #{ $id } 已读 { $read }/{ $total } · { $text }

notice-staff-only = 通知由小区员工发布。
notice-need-bound = 此功能供小区住户和员工使用：请先用邀请码完成绑定。
notice-need-targets = 请至少填写一个，最多 { $most } 个。
notice-unknown-targets = 本小区没有以下{ $scope }：{ $names }。请核对编号。
notice-noun-buildings = 楼栋
notice-noun-grids = 网格
notice-noun-units = 房号
notice-not-your-grid = { $unit } 不在您负责的网格：管家只能向自己的网格发通知。
notice-butler-grids = 管家只能向自己负责的网格或房号发通知；全小区通知由经理发布。
notice-no-recipients = 没有人能收到：这些房号还没有住户绑定。
notice-bad-text = 内容需为 1 至 { $limit } 个字。
notice-too-many-photos = 最多 { $limit } 张照片。
notice-not-sent = 通知尚未发出。
notice-reminded-already = 已经提醒过一次未读者。

emergency-kind-fire = 🔥 火警
emergency-kind-flood = 💧 水浸/爆管
emergency-kind-power = ⚡ 停电
emergency-kind-gas = ⛽ 燃气泄漏
emergency-kind-lift = 🛗 电梯困人
emergency-kind-falling = ⚠️ 高空坠物
emergency-kind-gate = 🚧 出入口堵塞
emergency-kind-other = 🚨 其他突发事件
emergency-advice-fire = 请走楼梯疏散，切勿乘坐电梯；随手关门；发现明火或浓烟请拨打 119。
emergency-advice-flood = 请远离积水及附近电源插座；如漏水来自您家，请关闭总水阀。
emergency-advice-power = 请关闭精密电器，暂勿乘坐电梯；管理处正在处理。
emergency-advice-gas = 请勿开关电灯电器，严禁明火；打开门窗后离开，并联系燃气公司。
emergency-advice-lift = 请勿使用该电梯；管理处和电梯公司正在解救被困人员。
emergency-advice-falling = 请远离下方区域，绕行通过，等待解除通知。
emergency-advice-gate = 解除前请改走其他出入口；经过附近请减速慢行。
emergency-advice-other = 请按管理处的指引行动。
emergency-ask-kind = 🚨 突发事件。发生了什么？
emergency-ask-scope = 影响哪些住户？
emergency-ask-place = 具体位置在哪里？
emergency-ask-advice = 住户应该怎么做？请填写，或点“跳过”使用该类事件的标准提示。
emergency-field-kind = 事件
emergency-field-place = 位置
emergency-field-advice = 提示
emergency-summary =
    请核对——将立即发出，不受免打扰时段限制：
    { $kind } · { $place }
    发送对象：{ $audience } — { $count } 位住户
    { $advice }
emergency-push =
    🚨 { $kind } — { $estate }
    位置：{ $place }
    { $text }
    请告诉我们您是否安全，或是否需要帮助。
emergency-button-safe = ✅ 已知悉/我很安全
emergency-button-help = 🆘 需要帮助
emergency-safe-thanks = 谢谢！请注意安全，事件解除时我们会通知您。
emergency-help-sent = 🆘 您的求助已发送给值班人员和经理，我们会马上联系您。
emergency-staff-told =
    🚨 { $by } 发布了突发事件：{ $kind } — { $place }
    { $text }
emergency-help-told =
    🆘 住户求助：{ $name }，房号 { $unit }，电话 { $phone }
    { $kind } — { $place }
emergency-button-answers = 📋 查看回复
emergency-answers =
    🚨 突发事件 #{ $id }：{ $kind } — { $place }{ $closed ->
        [1] {" "}（已解除）
       *[other] {""}
    }
    接收人：{ $total } · 已确认安全：{ $safe } · 需要帮助：{ $help } · 未回复住户：{ $silent } 户
emergency-silent-line = · { $unit } { $names } ☎ { $phone }
emergency-silent-more = ……另有 { $count } 户
emergency-button-update = 📣 发送进展
emergency-button-clear = ✅ 解除
emergency-button-new = 🚨 发布突发事件
emergency-ask-update = { $clear ->
    [1] 解除通知：需要告诉住户什么？
   *[other] 事件进展：有什么新情况？
}
emergency-update-summary =
    请核对{ $clear ->
        [1] 解除通知
       *[other] 进展
    }：
    { $text }
emergency-update-sent = { $clear ->
    [1] 解除通知已发送给 { $count } 人，事件已结束。
   *[other] 进展已发送给 { $count } 人。
}
emergency-update-told =
    📣 进展 — { $kind }，{ $place }（{ $estate }）：
    { $update }
emergency-clear-told =
    ✅ 已解除 — { $kind }，{ $place }（{ $estate }）：
    { $update }
emergency-bad-place = 请说明位置，最多 { $limit } 个字。
emergency-closed = 该突发事件已解除。

## 计划停运：停水停电停气 / 电梯停运

command-outages = 计划停运：登记、延长
flow-title-outage = 计划停运
flow-title-outage-extend = 停运延长
outage-kind-water = 🚰 停水
outage-kind-power = 💡 停电
outage-kind-gas = 🔥 停气
outage-kind-lift = 🛗 电梯停运
outage-ask-kind = 🔧 登记计划停运。停什么？
outage-ask-scope = 影响范围？
outage-ask-start-day = 哪一天开始？
outage-ask-start-time = 几点开始？
outage-ask-end-day = 哪一天结束？
outage-ask-end-time = 几点结束？
outage-ask-reason = 停运原因（如“自来水公司更换管道”）？
outage-ask-extend-day = 延长到哪一天？
outage-ask-extend-time = 延长到几点？
outage-field-period = 时间
outage-field-reason = 原因
outage-summary =
    请核对停运信息——现在、前一天晚上、开始前一小时及结束时都会通知住户：
    { $kind } · { $audience } — { $count } 位住户
    { $start } 至 { $end }
    { $reason }
outage-registered = 停运 #{ $id } 已登记，已通知 { $count } 位住户。
outage-extend-summary = 请核对：停运将延长至 { $end }。
outage-extended-done = 新的结束时间已通知住户。
outage-entered =
    🔧 计划{ $kind }：{ $everywhere ->
        [1] 全小区
       *[other] { $where } 号楼
    }（{ $estate }）
    时间：{ $start } 至 { $end }。原因：{ $reason }
outage-evening = 🔔 明天{ $kind }：{ $start } 至 { $end }（{ $everywhere ->
        [1] 全小区
       *[other] { $where } 号楼
    }），请提前做好准备。
outage-hour = ⏰ 一小时后{ $kind }：{ $start } 至 { $end }（{ $everywhere ->
        [1] 全小区
       *[other] { $where } 号楼
    }）。
outage-over-told = ✅ { $kind }已结束（{ $everywhere ->
        [1] 全小区
       *[other] { $where } 号楼
    }），感谢您的耐心配合。
outage-extended = ⏳ { $kind }延长（{ $everywhere ->
        [1] 全小区
       *[other] { $where } 号楼
    }）：预计 { $end } 恢复，给您带来不便，敬请谅解。
outage-list-none = 暂无计划停运。
outage-list-head = 🔧 计划停运：
outage-list-line = #{ $id } { $kind } · { $start } → { $end }
outage-button-new = 🔧 登记停运
outage-button-extend = ⏳ 延长 #{ $id }
outage-managers-only = 计划停运由管理处经理登记。
outage-staff-only = 停运登记表供员工使用；涉及您的停运会另行通知您。
outage-bad-reason = 原因需为 1 至 { $limit } 个字。
outage-bad-period = 结束时间须晚于开始时间，且晚于现在。
outage-too-long = 一次停运最长 { $days } 天。
outage-over = 该停运已结束。
outage-bad-extension = 新的结束时间须晚于原结束时间（总时长不超过两周）。

## 社区文化活动

command-events = 社区活动：报名
command-events-staff = 社区活动：发布、查看报名
flow-title-event = 社区活动
flow-title-event-join = 活动报名
flow-title-event-message = 给参加者的消息
event-ask-title = 🎉 发布社区活动。活动名称？
event-ask-day = 哪一天？
event-ask-time = 几点开始？
event-ask-place = 地点在哪里？
event-ask-capacity = 最多可参加多少人（{ $min } 至 { $max }）？
event-ask-scope = 哪些住户可以参加？
event-ask-people = “{ $title }”：连同您在内共几人参加？
event-ask-message = 发给所有参加者的消息：
event-field-title = 名称
event-field-capacity = 名额
event-summary =
    请核对活动：
    { $title }
    { $at } · { $place } · 名额 { $capacity } 人
    邀请：{ $audience } — { $count } 位住户
event-posted =
    🎉 { $title }（{ $estate }）
    { $at } · { $place } · 名额 { $capacity } 人
    欢迎点击下方报名。
event-card =
    🎉 { $title }
    { $at } · { $place }
    已报名：{ $going }/{ $capacity } 人 · 候补：{ $waiting } 人 · 评分：{ $rating }
event-card-mine = { $going ->
    [1] ✅ 您已报名，共 { $people } 人。
   *[other] ⏳ 您在候补名单中，共 { $people } 人。
}
event-card-line = · { $name }：{ $people } 人{ $going ->
    [1] 参加
   *[other] 候补
}
event-joined = { $going ->
    [1] ✅ 您已报名“{ $title }”。
   *[other] ⏳ “{ $title }”名额已满，您已进入候补名单，有空位时会通知您。
}
event-left = 您的报名已取消。
event-moved-up = 🎉 有名额空出：您已转为正式参加“{ $title }”（{ $at }，{ $place }），共 { $people } 人。
event-remind = 🔔 明天：“{ $title }”，{ $at } 在 { $place }（{ $people } 人），期待您的到来！
event-rate-ask = ⭐ “{ $title }”怎么样？请点星评分。
event-button-star = { $stars }⭐
event-rated = 感谢您的评分。
event-message = 🎉 关于“{ $title }”（{ $at }）：{ $text }
event-message-sent = 已发送给 { $count } 位参加者。
event-button-join = ✋ 报名
event-button-leave = ✖️ 取消报名
event-button-message = ✉️ 给参加者发消息
event-button-new = 🎉 发布活动
event-list-none = 近期没有社区活动。
event-list-head = 🎉 近期活动：
event-list-line = { $at } { $title }
event-managers-only = 社区活动由管理处经理发布。
event-need-text = 活动需要名称和地点。
event-in-the-past = 活动时间已过。
event-closed = 该活动已停止报名。
