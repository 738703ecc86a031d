## 缴费查询、缴费提醒（催缴）、装修费用估算、欠费催缴和设置。

menu-fees = 💰 缴费查询
menu-arrears = 📋 欠费催缴
command-fees = 我的账单、缴费记录和收缴率
command-renovation = 装修费用估算
command-settings = 设置（缴费提醒）
command-arrears = 欠费房屋和催缴记录

## 金额和费用类型

fee-money = { $symbol }{ $amount }
fee-symbol-cny = ¥
fee-symbol-hkd = HK$
fee-symbol-usd = US$
fee-symbol-eur = €
fee-symbol-jpy = JP¥
fee-symbol-twd = NT$
fee-symbol-sgd = S$
fee-type-property = 物业费
fee-type-water = 水费
fee-type-electricity = 电费
fee-type-parking = 停车费
fee-type-garbage = 垃圾清运费
fee-type-renovation-deposit = 装修保证金
fee-type-renovation = 装修管理费

## /fees

fee-pick-unit = 请选择要查询的房屋：
fee-no-units = 您还没有绑定房屋，暂无账单可查。请向管理处索取邀请码。
fee-statement-title = 💰 { $estate } { $unit } 缴费查询
fee-nothing-due = ✅ { $unit } 目前没有待缴费用，感谢您按时缴费！
fee-outstanding = 待缴合计：{ $amount }
fee-overdue = ⚠️ 已逾期：{ $amount }（最早应缴日 { $since }）
fee-open-header = 未缴账单：
fee-period = 📅 { $period }
fee-bill-open = • { $type }：{ $amount }，应缴日 { $due }
fee-bill-overdue = • { $type }：{ $amount }，应缴日 { $due } ⚠️已逾期
fee-bill-partly-paid = ↳ 已缴 { $paid }，应缴 { $amount }
fee-more-bills = … 另有 { $count } 笔未缴账单。
fee-button-history = 📜 近12个月缴费记录
fee-button-renovation = 🧮 装修费用估算
fee-history-title = 📜 近12个月缴费记录：{ $unit }
fee-history-empty = 近12个月没有已缴清的账单。
fee-history-line = • { $period } { $type }：{ $amount }，缴费日期 { $paid }
fee-collection-title = 📊 { $estate } { $period } 收缴率
fee-collection-estate = 全小区
fee-collection-grid = 网格 { $grid }
fee-collection-line = { $name }：{ $rate }%（已收 { $paid } / 应收 { $due }）
fee-collection-none = { $name }：本期暂无账单

## 缴费提醒（当地时间 09:00 推送）

fee-reminder-line = • { $period } { $type }：{ $amount }
fee-reminder-before =
    🔔 缴费提醒：{ $estate } { $unit }
    以下费用将于 { $due } 到期（还有 7 天），合计 { $total }：
    { $bills }
fee-reminder-due =
    🔔 缴费到期（{ $due }）：{ $estate } { $unit }
    以下费用于 { $due } 到期，合计 { $total }，请及时缴纳：
    { $bills }
fee-reminder-overdue =
    ⚠️ 催缴通知（第 { $number } 次，共 3 次）：{ $estate } { $unit }
    以下费用已于 { $due } 到期，目前仍未缴纳，合计 { $total }：
    { $bills }
    请尽快到管理处缴费。如已缴纳，请忽略本通知。
fee-button-view = 📄 查看账单
fee-button-stop = 🔕 不再接收缴费提醒
fee-reminders-stopped = 已关闭缴费提醒。随时可以通过 /settings 重新开启。

## /settings

preferences-text =
    ⚙️ 个人设置
    缴费提醒：{ $fee }
preferences-on = 开启 ✅
preferences-off = 关闭 🔕
preferences-fee-turn-off = 🔕 关闭缴费提醒
preferences-fee-turn-on = 🔔 开启缴费提醒

## `butler import bills`（操作员）

bill-missing-field = “{ $field }”为空。
bill-unknown-unit = 本小区没有房号 { $unit }。
bill-bad-period = 账期“{ $value }”不是月份格式，例如 2026-09。
bill-bad-fee-type = 费用类型“{ $value }”不在本小区的费用类型中：{ $known }。
bill-bad-amount = “{ $field }”不是有效金额：“{ $value }”。
bill-negative-amount = “{ $field }”不能为负数：“{ $value }”。
bill-amount-decimals = “{ $field }”的小数位数超过币种允许的位数：“{ $value }”。
bill-overpaid = 已缴金额 { $paid } 超过应缴金额 { $amount }。
bill-bad-date = “{ $field }”不是日期格式，例如 2026-09-15：“{ $value }”。
bill-duplicate = { $unit } 在 { $period } 的 { $fee } 账单已在第 { $first } 行出现。
bill-import-summary =
    已导入“{ $estate }”的账单：新建 { $created } 笔，更新 { $updated } 笔，未变 { $unchanged } 笔。
    本小区现有账单 { $bills } 笔：应收 { $due }，已收 { $paid }。

## 装修费用估算（装修管理收费标准）

renovation-ask-usage = 🧮 装修费用估算。请问房屋用途是住宅还是写字楼？
renovation-usage-residential = 🏠 住宅
renovation-usage-office = 🏢 写字楼
renovation-ask-debris = 装修面积是多少平方米（用于计算垃圾清运费）？{ $min }–{ $max } ㎡，可带小数，例如 85.5。
renovation-ask-second = 是否为二次装修（房屋此前已装修过）？
renovation-ask-wall = 需要砸墙的面积是多少平方米？没有请发 0（最多 { $max }）。
renovation-ask-permits = 需要几份施工许可证（正本和副本）？{ $min }–{ $max } 份。
renovation-ask-passes = 需要几张施工人员出入证（每名工人一张）？{ $min }–{ $max } 张。
renovation-result-title = 🧮 装修费用估算（装修管理收费标准）：
renovation-item-deposit-office = 装修保证金（写字楼）
renovation-item-deposit-residential = 装修保证金（住宅）
renovation-item-debris = 垃圾清运费
renovation-item-debris-second = 二次装修垃圾清运费
renovation-item-wall-debris = 砸墙垃圾清运费
renovation-item-works-permit = 施工许可证（正副本）
renovation-item-worker-pass = 施工人员出入证
renovation-line-deposit = • { $item }：{ $total }（可退）
renovation-line-area = • { $item }：{ $area } 平方米 × { $rate } = { $total }
renovation-result-total = 合计应缴：{ $total }（费用 { $fees } + 可退保证金 { $refundable }，装修验收合格后退还）。

## 欠费催缴（管家）

arrears-title = 📋 欠费房屋 · { $sort } · 第 { $page }/{ $pages } 页
arrears-sort-amount = 💰 按金额
arrears-sort-age = ⏳ 按欠费时长
arrears-estate-total = { $estate }：{ $count } 户欠费，合计 { $amount }
arrears-none = ✅ 目前没有欠费房屋。
arrears-line = { $n }. { $unit } · { $amount } · 自 { $since } 起 · { $last }
arrears-no-contact = 尚未联系
arrears-log-called = 📞 { $day } 电话催缴
arrears-log-visited = 🚪 { $day } 上门催缴
arrears-log-message = 💬 { $day } 已发催缴信息
arrears-log-promise = 🤝 { $day } 承诺于 { $date } 缴费
arrears-log-note = 📝 { $day }：{ $note }
arrears-previous = ◀ 上一页
arrears-next = 下一页 ▶
arrears-card-title = 🏠 { $estate } { $unit } 欠费情况
arrears-card-owner = 业主：{ $name }，{ $phone }
arrears-card-overdue = ⚠️ 逾期欠费：{ $amount }（{ $count } 笔，最早应缴日 { $since }）
arrears-card-not-overdue = 目前没有逾期欠费。
arrears-card-open = 待缴合计：{ $amount }
arrears-card-contacts = 最近催缴记录：
arrears-button-called = 📞 已电话催缴
arrears-button-visited = 🚪 已上门催缴
arrears-button-message = 💬 已发催缴信息
arrears-button-promise = 🤝 承诺缴费
arrears-button-note = 📝 备注
arrears-button-back = 📋 返回列表
arrears-button-unit = 🏠 查看房屋
arrears-button-list = 📋 查看欠费列表
arrears-logged = 已记录。
arrears-ask-date = { $unit }：业主承诺哪天缴费？请点按钮，或发送日期，例如 12月20日、“下周五”、2026-12-20。
arrears-promise-logged = 已记录：{ $unit } 承诺于 { $date } 缴费。当天 09:00 我会提醒您跟进。
arrears-ask-note = 请发送 { $unit } 的备注（最多 { $max } 个字）。
arrears-bad-note = 备注共 { $length } 个字，最多允许 { $max } 个字，请精简后重发。
arrears-note-logged = 已为 { $unit } 记录备注。
arrears-promise-due =
    🤝 承诺缴费日：{ $estate } { $unit } 承诺今天（{ $date }）缴费。
    目前仍欠：{ $amount }，请及时跟进。
arrears-promise-paid = 🤝 { $estate } { $unit } 承诺今天（{ $date }）缴费：现已无欠费（{ $amount }）。✅
arrears-weekly =
    📋 每周欠费汇总：{ $estate }
    共 { $count } 户逾期欠费，合计 { $total }，最早自 { $since } 起。
    欠费较多的房屋：
    { $units }
arrears-weekly-line = • { $unit }：{ $amount }，自 { $since } 起
preferences-saved = 已保存。缴费提醒：{ $fee }
renovation-use-unit-area = 按房屋面积：{ $area } ㎡
renovation-line-permits = • { $item }：{ $count } 份 × { $rate } = { $total }
renovation-line-passes = • { $item }：{ $count } 张 × { $rate } = { $total }
