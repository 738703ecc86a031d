menu-patrol = 🚶 巡查
command-patrol = 今日巡查
patrol-item-roads = 主干道、垃圾桶
patrol-std-roads = 道路通畅、干净，广告牌完好；路面维修做好围挡，绿化无裸露；垃圾桶完好，无污迹，无装满；周围无异味、无蚊蝇、无污水。
patrol-item-notice-boards = 宣传栏
patrol-std-notice-boards = 各类标识提醒清晰完整；宣传栏摆放整齐，通知及时更新；设置社区不文明曝光专栏。
patrol-item-lobby-doors = 大堂门禁
patrol-std-lobby-doors = 把手稳固、无松动、无锈蚀；门上无乱张贴、无污迹；玻璃有标识；刷卡器标识无破损、干净清晰（冬季在大门把手上包裹隔凉的红绒布）。
patrol-item-corridors = 楼道、灯、消防器材
patrol-std-corridors = 楼道门、灯等设施正常使用；卫生状态良好；消防设施完好。
patrol-item-fire-exits = 消防通道畅通
patrol-std-fire-exits = 消防通道畅通，无堵塞、无堆放杂物。
patrol-item-elevators = 电梯
patrol-std-elevators = 楼层、电梯标识完整；三证公示；对讲完好，通话清晰；电梯卫生、广告及信息整洁；运行正常，无异常。
patrol-item-renovation = 装修户
patrol-std-renovation = 装修施工期间不得将入户门关闭，以便装修管理人员随时检查；施工许可证张贴；在规定时间内施工。
patrol-bad-time = “{ $time }”不是有效时间，请使用 HH:MM，例如 09:00。
patrol-bad-weekdays = “{ $weekdays }”不是有效的星期设置，请用 0（周一）到 6（周日）的数字，例如 024。
patrol-plan-not-found = 没有编号为 { $id } 的巡查计划。
patrol-btn-start = 🚶 开始巡查
patrol-btn-start-numbered = 🚶 开始 / 继续 #{ $number }
patrol-task-new =
    🚶 巡查“{ $name }” · 网格 { $grid } · { $date }
    { $status } · { $walker } · 已查 { $done }/{ $items } 项，问题 { $problems } 个
patrol-task-reminder = ⏰ 提醒：网格 { $grid } 的巡查“{ $name }”（{ $date }，{ $items } 项）还没有开始。
patrol-missed-manager = ❗ 漏巡：网格 { $grid } 在 { $date } 的巡查“{ $name }”未完成（管家：{ $butlers }）。
patrol-task-closed = 该巡查任务已完成或已过期。
patrol-note-too-long = 请用一条文字消息描述问题，最多 { $limit } 字。
patrol-ticket-exists = 该问题已生成工单。
patrol-status-pending = 未开始
patrol-status-in-progress = 进行中
patrol-status-done = 已完成
patrol-status-missed = 漏巡
patrol-progress = 🚶 巡查 { $date }：已检查 { $done }/{ $total }，发现问题 { $problems } 个
patrol-finished = ✅ 巡查完成，辛苦了！
patrol-item =
    #{ $number } { $item }
    标准：{ $standard }
patrol-item-name = { $item }
patrol-btn-ok = ✅ 正常
patrol-btn-problem = ⚠️ 有问题
patrol-ask-note = 发现了什么问题？（最多 { $limit } 字，也可以发带说明的照片）
patrol-ask-photo = 请发一张现场照片，没有照片请点“完成”。
patrol-btn-ticket = 🛠 生成维修工单
patrol-problem-saved = 问题已记录。可一键生成维修工单，或记录为违章：
patrol-ticket-opened = 已为本网格生成工单 { $code }。
patrol-none-today = 今天没有巡查任务。
patrol-today-header = 今日巡查：
patrol-today-line = #{ $number }：{ $status }（{ $done }/{ $total }）
patrol-btn-continue = ▶️ 继续巡查
patrol-name-too-long = 巡查计划名称最多 { $limit } 个字。
patrol-item-too-long = 巡查项目最多 { $limit } 个字。
patrol-plan-daily = 日常巡查
patrol-no-butler = 该网格暂无管家
patrol-task-unstaffed =
    🚶 网格 { $grid } 暂无管家：{ $date } 的巡查“{ $name }”（{ $items } 个检查点）无人负责。您可以亲自巡查，或为该网格邀请管家（/invite）。
patrol-renovations = { $count ->
        [0] 本网格目前没有装修户。
       *[other] 当前装修户（{ $count } 户）：逐户查看是否按申报项目施工、施工人员是否持证、入户门是否敞开。
    }
    { $lines }
patrol-btn-violation = ⚠️ 记录违章
