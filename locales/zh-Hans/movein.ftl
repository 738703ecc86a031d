## 入住手续：验明身份、领取资料、缴纳费用、领取钥匙、验房、资料存档

command-movein = 入住手续：办理、查看进度
menu-movein = 🏠 入住手续
flow-title-movein = 入住手续
flow-title-movein-identity = 验明身份
flow-title-movein-fees = 缴纳费用
flow-title-movein-keys = 领取钥匙
flow-title-movein-inspect = 验房

movein-step-identity = 验明身份
movein-step-documents = 领取资料
movein-step-fees = 缴纳费用
movein-step-keys = 领取钥匙
movein-step-inspection = 验房
movein-step-archive = 资料存档
movein-step-done = 已办结

movein-ask-unit = 🏠 办理入住手续。哪一户？请输入房号（如 1-1-101）。
movein-ask-owner = 业主姓名？
movein-ask-how = 由谁办理？
movein-how-owner = 业主本人
movein-how-agent = 委托代理人（凭书面委托书）
movein-new-summary =
    请核对：{ $unit }，业主 { $owner }{ $agent ->
        [1] ，由委托代理人办理
       *[other] {""}
    }。
movein-started =
    ✅ 入住手续已开始。请把入住码交给业主：{ $code }
    业主打开链接即可在手机上跟进并确认各项：{ $link }
movein-ask-notice = 📷 请拍摄《入住通知单》（已收到 { $count } 张，最多 { $max } 张）。
movein-ask-contract = 📷 请拍摄购房合同（已收到 { $count } 张，最多 { $max } 张）。
movein-ask-id = 📷 请拍摄业主身份证（已收到 { $count } 张，最多 { $max } 张）。
movein-ask-authorisation = 📷 请拍摄业主的书面委托书（已收到 { $count } 张，最多 { $max } 张）。
movein-ask-agent-id = 📷 请拍摄代理人身份证（已收到 { $count } 张，最多 { $max } 张）。
movein-identity-done = ✅ 身份已核验，资料已留存。
movein-ask-months = 💰 预收物业费几个月？（0 表示不预收）
movein-months = { $count } 个月
movein-ask-monthly = 每月物业费多少元？（{ $min } 至 { $max }）
movein-ask-keys =
    🔑 请逐行填写交付的钥匙和数量，例如：
    入户门钥匙 3
    信箱钥匙 1
movein-keys-recorded = ✅ 钥匙已登记，已请业主确认。
movein-ask-water = 💧 水表读数？
movein-ask-power = ⚡ 电表读数？
movein-ask-gas = 🔥 燃气表读数？（没有燃气可跳过）
movein-ask-problem = 🔍 验房时发现问题了吗？
movein-ask-another-problem = 还有其他问题吗？
movein-problem-yes = 有，记录一项
movein-problem-no = 没有了
movein-ask-room = 在哪个房间或部位（如“主卧”“厨房”）？
movein-ask-category = 属于哪一类？
movein-ask-problem-text = 请描述问题（最多 { $limit } 字），可附照片。
movein-inspect-summary =
    请核对《物业验收交接记录表》——业主确认后存档：
    水表 { $water } · 电表 { $power } · 燃气表 { $gas }
movein-inspect-line = • { $room }（{ $category }）：{ $text }（照片 { $photos } 张）
movein-inspected = ✅ 验房已记录，{ $count } 个问题已转为维修工单，已请业主确认交接记录。

movein-card =
    🏠 入住手续 · { $unit } · 业主 { $owner }{ $agent ->
        [1] （委托代理人办理）
       *[other] {""}
    }
    { $joined ->
        [1] 业主已在手机上跟进。
       *[other] 业主尚未用入住码加入。
    }
movein-card-fees = 💰 预收物业费 { $months } 个月，共 { $total }：{ $paid ->
    [1] 已缴清
   *[other] 待缴
}
movein-card-keys = 🔑 钥匙：{ $keys }（{ $confirmed ->
    [1] 业主已确认领取
   *[other] 待业主确认
}）
movein-card-inspection = 🔍 验房：水表 { $water } · 电表 { $power } · 燃气表 { $gas } · 问题 { $count } 个（{ $confirmed ->
    [1] 双方已确认
   *[other] 待业主确认
}）
movein-card-problem = • { $room }：{ $text } → 工单 #{ $number }
movein-card-done = 🗄 已于 { $at } 存档，业主已绑定该房屋。
movein-button-open = 🏠 查看入住手续
movein-button-identity = 📷 验明身份
movein-button-send-documents = 📚 把资料发给业主
movein-button-fees = 💰 预收费用
movein-button-paid = ✅ 已在管理处缴清
movein-button-keys = 🔑 登记钥匙
movein-button-inspect = 🔍 验房
movein-button-finish = 🗄 资料存档并绑定业主
movein-button-export = 📊 导出入住档案
movein-button-accept = ✅ 我已阅读并接受《临时管理规约》
movein-button-keys-ok = ✅ 确认已领取钥匙
movein-button-inspection-ok = ✅ 确认《物业验收交接记录表》
movein-button-new = ➕ 办理入住
movein-list-head = 🏠 办理中的入住手续（{ $count }）：
movein-list-line = { $unit } · { $owner } · { $step }

movein-joined =
    👋 { $unit } 的业主{ $name }已用入住码加入，可以在手机上确认各项了。
movein-joined-owner = 👋 欢迎！这是您在 { $unit } 的入住手续，管家会带您逐项办理。
movein-documents =
    📚 { $estate } { $unit } 入住资料：《业主手册》《临时管理规约》《精神文明公约》已交给您。
    请阅读《临时管理规约》，并点下方按钮确认接受。
movein-rules-accepted = ✅ { $unit } 的业主已接受《临时管理规约》，请办理缴纳费用。
movein-keys-handed = 🔑 { $unit } 已向您交付钥匙 { $count } 把，请核对后确认领取。
movein-keys-confirmed = ✅ { $unit } 的业主已确认领取钥匙，请办理验房。
movein-inspection-done = 🔍 { $unit } 验房已完成，记录了 { $count } 个问题（均已报修）。请打开核对《物业验收交接记录表》并确认。
movein-inspection-confirmed = ✅ { $unit } 的业主已确认验收交接记录，请资料存档。
movein-welcome = 🎉 { $unit } 入住手续已办结，欢迎入住{ $estate }！您现在可以报修、缴费、查看通知，也可以邀请家人。
movein-documents-sent = 📚 资料已发给业主，等待业主接受《临时管理规约》。
movein-accepted = ✅ 感谢！已记录您接受《临时管理规约》。
movein-paid-recorded = ✅ 已记录在管理处缴清费用。
movein-keys-thanks = ✅ 已确认领取钥匙，谢谢。
movein-inspection-thanks = ✅ 已确认验收交接记录，谢谢。
movein-finished-note = 🗄 已存档，业主已绑定该房屋。

movein-staff-only = 入住手续由管家或管理处办理。
movein-nothing = 您目前没有办理中的入住手续。
movein-not-your-grid = { $unit } 不在您负责的网格内。
movein-has-owner = { $unit } 已有绑定的业主，无需再办理入住手续。
movein-already-open = { $unit } 的入住手续正在办理中。
movein-unknown-unit = 没有房号 { $unit }，请输入如 3-2-301 的房号。
movein-bad-code = 入住码无效或已使用，请向管家确认。
movein-identity-missing = 缺少身份资料照片。
movein-owner-not-joined = 业主还没有用入住码加入，请先把入住码交给业主。
movein-bad-fees = 预收月数最多 { $most } 个月。
movein-bad-keys = 请逐行填写钥匙名称和数量（每项 1 至 20 把，最多 { $most } 项）。
movein-no-keys-yet = 还没有登记钥匙。
movein-inspected-already = 验房已记录过了。
movein-not-inspected = 还没有验房。
movein-finished = 该入住手续已办结。
movein-wrong-step = 现在是“{ $step }”环节。
movein-wrong-step-now = 现在不是这一步。

movein-sheet-summary = 入住资料
movein-sheet-fees = 缴纳费用
movein-sheet-keys = 钥匙发放登记表
movein-sheet-inspection = 物业验收交接记录表
movein-sheet-files = 资料照片
movein-sheet-record = 办理记录
movein-col-what = 项目
movein-col-value = 内容
movein-col-unit = 房号
movein-col-owner = 业主
movein-col-by-agent = 委托代理人办理
movein-col-step = 当前环节
movein-col-started = 开始时间
movein-col-rules = 接受临时管理规约
movein-col-butler-signed = 管家确认交接记录
movein-col-owner-signed = 业主确认交接记录
movein-col-finished = 存档时间
movein-col-period = 月份
movein-col-fee = 费用
movein-col-amount = 金额
movein-col-paid = 已缴
movein-col-key = 钥匙
movein-col-count = 数量
movein-col-handed = 交付时间
movein-col-confirmed = 业主确认时间
movein-col-room = 房间/部位
movein-col-problem = 问题
movein-col-ticket = 工单号
movein-col-photos = 照片数
movein-col-file = 资料
movein-col-at = 时间
movein-col-file-id = 文件编号
movein-col-action = 事项
movein-col-detail = 说明
movein-file-notice = 入住通知单
movein-file-contract = 购房合同
movein-file-id = 业主身份证
movein-file-authorisation = 书面委托书
movein-file-agent-id = 代理人身份证
movein-meter-water = 水表读数
movein-meter-power = 电表读数
movein-meter-gas = 燃气表读数
movein-action-started = 开始办理
movein-action-joined = 业主加入
movein-action-identity = 验明身份
movein-action-documents = 交付资料
movein-action-rules-accepted = 业主接受临时管理规约
movein-action-fees = 预收费用
movein-action-paid = 管理处收费
movein-action-keys = 交付钥匙
movein-action-keys-confirmed = 业主确认领取钥匙
movein-action-inspected = 验房
movein-action-inspection-confirmed = 业主确认交接记录
movein-action-archived = 资料存档

export-sheet-moveins = 入住手续
export-col-movein-owner = 业主
export-col-movein-agent = 委托代理人办理
export-col-movein-butler = 管家
export-col-movein-step = 当前环节
export-col-movein-started = 开始时间
export-col-movein-finished = 存档时间

movein-button-pay = 💳 在线缴费
movein-fees-paid = 💳 { $unit } 的业主已在线缴清费用，请办理领取钥匙。
movein-action-paid-chat = 业主在线缴费
