## 缴费：在聊天中支付（Telegram Payments）或转账，以及收据

fee-pay-instructions =
    🏦 转账缴费：
    { $instructions }
    转账后请点“我已转账”，并发送转账截图。
fee-history-receipts = 🧾 最近的收据见下方按钮。
pay-price-label = { $period } { $type }
pay-invoice-title = { $unit } 账单
pay-invoice-description = { $estate } { $unit }：共 { $count } 笔费用，合计 { $total }。
pay-button-all = 💳 在线缴纳全部：{ $total }
pay-button-one = 💳 缴纳 { $bill }：{ $amount }
pay-button-transfer = 🏦 我已转账
pay-button-qr = 🔳 收款二维码
pay-qr-caption = 扫码向管理处缴费。付款后请点“我已转账”，并发送转账截图。
pay-not-in-chat = 本小区暂未开通在线缴费。请转账或到管理处缴纳。
pay-nothing-open = 该房号没有待缴费用。
pay-refused-paid = 这些费用已经缴纳，本次未扣款。
pay-refused-changed = 账单金额已变化，本次未扣款。请打开 /fees 按新金额缴纳。
pay-refused-not-yours = 这张账单属于其他住户，本次未扣款。
pay-unmatched = 您的付款（{ $charge }）未能对应到任何账单。管理处已收到通知，会尽快核对或退款。
pay-already-recorded = 这笔付款已经记录（收据 { $receipt }）。
pay-paid-twice = 这些费用此前已经缴纳，本次付款 { $amount } 未冲抵任何费用，已登记退款，管理处会退还给您。
pay-done = ✅ 已缴纳 { $amount }，谢谢！收据编号 { $receipt }。{ $refunds ->
        [0] {""}
       *[other] 多付的 { $refund } 已登记退款。
    }
payment-method-telegram = Telegram 在线支付
payment-method-transfer = 银行转账（管理处已确认）
payment-button-receipt = 🧾 收据
payment-button-receipt-no = 🧾 收据 { $number }
payment-staff-paid = 💳 { $unit }（{ $estate }）已缴费 { $amount }：{ $method }，收据 { $receipt }。

## 收据

receipt-title = 收据
receipt-number = 收据编号：{ $number }
receipt-estate = 小区
receipt-unit = 房号
receipt-payer = 缴款人
receipt-method = 缴费方式
receipt-time = 收款时间
receipt-confirmed-by = 确认人
receipt-confirmed-telegram = Telegram 支付
receipt-refund = 待退款
receipt-col-item = 项目
receipt-col-period = 账期
receipt-col-amount = 金额
receipt-total = 合计
receipt-footer = { $estate }管理处通过管家助手开具。
receipt-caption =
    🧾 收据 { $number }：{ $estate } { $unit }
    { $total } · { $method } · { $time }
receipt-caption-line = • { $period } { $type }：{ $amount }
receipt-caption-refund = 待退款：{ $amount }

## 管家确认的转账

flow-title-fee-transfer = 转账缴费登记
flow-title-fee-transfer-reject = 驳回转账的原因
fee-transfer-ask-proof = { $unit }：请发送转账截图（一张）。
fee-transfer-ask-amount = 您转账了多少钱？请发送金额，例如 482.97，或点下方按钮。
fee-transfer-amount-owed = 全部欠费：{ $amount }
fee-transfer-field-proof = 截图
fee-transfer-field-amount = 金额
fee-transfer-summary =
    请核对：
    房号：{ $unit }
    转账金额：{ $amount }
    截图：{ $photos } 张
fee-transfer-bad-amount = 无法识别这个金额，请用数字发送，例如 482.97。
fee-transfer-claimed = 已转给您的管家：{ $unit }，转账 { $amount }。确认到账后会发送收据给您。
fee-transfer-staff-claim =
    🏦 待确认转账：{ $unit }（{ $estate }）
    { $payer } 称已转账 { $amount }（该房号欠费 { $owed }）。
    请核对截图与到账记录，然后确认或驳回。
fee-transfer-button-confirm = ✅ 确认到账
fee-transfer-button-reject = ❌ 驳回
fee-transfer-confirmed-answer = 已确认
fee-transfer-confirmed-staff = ✅ 已确认：冲抵 { $amount }，收据 { $receipt }。{ $refunds ->
        [0] {""}
       *[other] 多付的 { $refund } 已登记退款。
    }
fee-transfer-already-confirmed = 这笔转账已由{ $name }确认。
fee-transfer-already-rejected = 这笔转账已由{ $name }驳回。
fee-transfer-ask-reason = 请填写驳回原因，住户会看到（最多 { $max } 个字）。
fee-transfer-bad-reason = 请填写原因，最多 { $max } 个字。
fee-transfer-rejected-staff = 已驳回，并已告知住户原因。
fee-transfer-confirmed =
    ✅ 您为 { $unit } 的转账已由{ $name }确认：冲抵 { $amount }，收据 { $receipt }。{ $refunds ->
        [0] {""}
       *[other] 多付的 { $refund } 已登记退款。
    }
fee-transfer-rejected =
    ❌ 您为 { $unit } 转账的 { $amount } 未被{ $name }确认。
    原因：{ $reason }
    费用仍未结清。请在 /fees 中点“我已转账”重新发送正确的截图；如有误会，请致电管理处。

## `butler payments …` 与 `butler bills write-off`（操作员）

cli-yes = 是
cli-no = 否
cli-payments-settings =
    “{ $estate }”的缴费设置：
      在线缴费（Telegram Payments）：{ $chat }
      收款二维码：{ $qr }
      转账说明：{ $instructions }
cli-payments-no-token = 环境变量 { $source } 为空或未设置，没有读到支付令牌。
cli-payments-bad-file = 无法读取文件：{ $reason }
cli-payments-bad-qr = 收款二维码须为 PNG 或 JPEG 图片，且不超过 5 MB。
cli-payments-long-instructions = 转账说明最多 { $max } 个字。
cli-refunds-title = “{ $estate }”的退款：{ $count } 笔
cli-refund-line = #{ $id } { $unit }：{ $amount }（{ $reason }，{ $status }）· { $charge }
cli-refund-reason-overpaid = 多付
cli-refund-reason-already-paid = 费用此前已缴
cli-refund-status-due = 待退
cli-refund-status-refunded = 已退
cli-refund-unknown = 本小区没有编号为 #{ $id } 的退款。
cli-refund-not-due = 退款 #{ $id } 已经退还。
cli-refund-done = 退款 #{ $id } 已记为退还。（法币付款通过支付服务商退款；只有 Telegram Stars 通过 Bot API 退款。）
bill-write-off-unknown = { $unit } 在 { $period } 没有该类型的账单。
cli-bill-written-off = 已核销：{ $unit } { $period } { $type }，{ $amount } 不再催缴，相关提醒停止。
