command-desk = 前台代收物品
menu-desk = 📦 前台物品
flow-title-desk = 物品登记
flow-title-desk-hand = 物品发放
flow-title-desk-collector = 代领人
desk-staff-only = 只有前台（门岗）、管家和管理处负责人可以登记客户物品。
desk-unknown-unit = 本小区没有房号 { $unit }。请核对房号（例如 3-2-301）。
desk-not-your-grid = { $unit } 不在您负责的网格内：请由前台或该网格的管家登记。
desk-not-held = 该物品已不在前台。
desk-wrong-code = { $code } 不是该物品的领取码。请让领取人再出示一次领取码后输入。
desk-kind-parcel = 快递包裹
desk-kind-key = 钥匙
desk-kind-document = 文件
desk-kind-other = 其他
desk-state-held = 在存
desk-state-handed = 已发放
desk-state-returned = 已退回
desk-ask-unit = 📦 登记客户物品。是哪个房号的？请输入房号（例如 3-2-301）。
desk-ask-kind = 是什么物品？
desk-ask-description = 请简单描述（寄件人、大小、颜色等），不超过 { $limit } 字。也可以发带说明的照片。
desk-ask-photo = 给住户看的物品照片（可选）：请发一张，或点“完成”。
desk-field-unit = 房号
desk-field-description = 描述
desk-summary =
    请核对物品：
    房号 { $unit } · { $kind }
    { $description }
    照片：{ $photos } 张
desk-registered = ✅ 物品 #{ $number } 已登记在 { $unit } 名下，已通知 { $told } 位住户领取码。
desk-registered-nobody = ✅ 物品 #{ $number } 已登记在 { $unit } 名下，但该房号暂无住户使用本助手。
desk-code-for-phone = 领取码为 { $code }：请电话告知住户。
desk-held =
    📦 { $estate } 前台为 { $unit } 代收了一件物品（#{ $number }）：
    { $kind } · { $description }
    领取码：{ $code }
    请凭领取码到前台领取。如需他人代领，请告诉我们代领人。
desk-button-collector = 🙋 请他人代领
desk-button-hand = 🤝 发放物品
desk-taker-household = 住户本人
desk-handed = ✅ { $unit } 的物品 #{ $number }（{ $kind } · { $description }）已于 { $at } 由{ $taker }领取。
desk-remind = ⏰ { $unit } 的物品 #{ $number }（{ $kind } · { $description }）已在 { $estate } 前台存放 { $days } 天，请尽快领取。领取码：{ $code }。
desk-remind-staff = ⏰ 超过 { $days } 天未领取：{ $unit } 的物品 #{ $number }（{ $kind } · { $description }）。请提醒住户领取。
desk-ask-code = 🤝 发放 { $unit } 的物品 #{ $number }。请输入领取人出示的领取码。
desk-ask-who = 物品 #{ $number } 由谁领取？
desk-who-self = 住户本人
desk-who-named = { $name }（住户指定的代领人）
desk-who-other = 其他人
desk-ask-taker = 领取人的姓名（及与住户的关系）？
desk-handed-staff = ✅ { $unit } 的物品 #{ $number } 已发放给{ $who }，已通知住户。
desk-ask-collector = 谁来代领 { $unit } 的物品？请写代领人姓名（也可以留电话）。
desk-collector-set = ✅ 已记下：前台将凭您的领取码把 { $unit } 的物品交给{ $name }。
desk-list-head = 📦 前台代收物品：{ $count } 件
desk-list-grid = 网格 { $grid }：
desk-list-line = { $late ->
    [1] ⚠️
   *[other] ·
} #{ $number } { $unit } · { $kind } · { $description } · { $days } 天
desk-list-button = #{ $number } { $unit } · { $kind } · { $days } 天
desk-list-more = ……另有 { $count } 件（按钮只列最早的）。
desk-button-new = ➕ 登记物品
export-sheet-desk = 前台物品
export-col-desk-registered = 登记时间
export-col-desk-kind = 类别
export-col-desk-registered-by = 登记人
export-col-desk-state = 状态
export-col-desk-handed = 发放时间
export-col-desk-handed-by = 发放人
export-col-desk-taker = 领取人
export-col-desk-days = 存放天数
