## 缴费查询、缴费提醒（催缴）、装修费用估算、欠费催缴和设置。

menu-fees = 💰 缴费查询
menu-arrears = 📋 欠费催缴
command-fees = 我的账单、缴费记录和收缴率
command-renovation = 装修申报、进度查询与费用估算
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
fee-reminder =
    { $title }
    { $sections }
    已缴纳请忽略。
fee-reminder-title-before = 🔔 缴费提醒：{ $estate } { $unit }
fee-reminder-title-due = 🔔 缴费到期：{ $estate } { $unit }
fee-reminder-title-overdue = ⚠️ 催缴通知（第 { $number } 次）：{ $estate } { $unit }
fee-reminder-before-part =
    以下费用将于 { $due } 到期（还有 { $days } 天），合计 { $total }：
    { $bills }
fee-reminder-due-part =
    以下费用今天（{ $due }）到期，合计 { $total }，请及时缴纳：
    { $bills }
fee-reminder-was-due-part =
    以下费用已于 { $due } 到期，合计 { $total }，请及时缴纳：
    { $bills }
fee-reminder-overdue-part =
    以下费用自 { $since } 起逾期未缴，合计 { $total }：
    { $bills }
fee-button-pay = 💳 查看并缴费
fee-button-stop = 🔕 不再接收到期前提醒
fee-reminders-stopped = 已关闭到期前的缴费提醒。账单逾期未缴时，仍会收到催缴通知。随时可以通过 /settings 重新开启。

## /settings

preferences-text =
    ⚙️ 个人设置
    到期前缴费提醒：{ $fee }
preferences-on = 开启 ✅
preferences-off = 关闭 🔕
preferences-fee-turn-off = 🔕 关闭到期前提醒
preferences-fee-turn-on = 🔔 开启到期前提醒

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

preferences-saved = 已保存。到期前缴费提醒：{ $fee }
renovation-use-unit-area = 按房屋面积：{ $area } ㎡
renovation-line-permits = • { $item }：{ $count } 份 × { $rate } = { $total }
renovation-line-passes = • { $item }：{ $count } 张 × { $rate } = { $total }
