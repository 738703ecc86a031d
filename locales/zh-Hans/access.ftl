start-need-code =
    { $name }，您好！我是物业管家助手。
    使用前请先绑定房屋：管理处验明身份后会给您一个邀请码。请发送 /start 邀请码，或打开管理处提供的链接。
start-welcome-back = { $name }，欢迎回来！
bind-welcome-resident = { $name }，欢迎您！您已绑定 { $estate } { $unit }。
bind-welcome-butler = { $name }，欢迎您！您已成为{ $estate }的管家，负责网格{ $grids }。
bind-welcome-manager = { $name }，欢迎您！您已成为 { $estate } 的管理处负责人。
menu-title-guest = 请问需要办理什么？
menu-title-resident = 业主菜单：请问需要办理什么？
menu-title-butler = 管家菜单：请选择要处理的事项。
menu-title-manager = 管理处菜单：请选择要处理的事项。
menu-whoami = 👤 我的房屋和身份
menu-language = 🌐 语言
menu-help = ❓ 帮助
menu-invite = 🎫 邀请码
whoami-header = { $name }：
whoami-unit = 🏠 { $estate } { $unit }（{ $relation }）
whoami-staff = 🧑‍💼 { $role }，{ $estate }
whoami-nothing = 您还没有绑定房屋，请向管理处申请邀请码。
relation-owner = 业主
relation-tenant = 租户
relation-family = 家庭成员
role-resident = 住户
role-butler = 管家
role-manager = 管理处负责人
invite-locked = 错误次数过多。为了您的账户安全，{ $minutes } 分钟内不能再使用邀请码。
invite-wrong = 邀请码无效，请核对后重试（本小时内还可尝试 { $left } 次）。
invite-used = 该邀请码已被使用，请向管理处申请新的邀请码（本小时内还可尝试 { $left } 次）。
invite-expired = 该邀请码已过期，请向管理处申请新的邀请码（本小时内还可尝试 { $left } 次）。
invite-bad-relation = 未知的关系“{ $relation }”：请使用 owner、tenant 或 family。
invite-bad-count = 邀请码数量须在 1 到 100 之间。
invite-unknown-unit = 本小区没有房号 { $unit }。请发送房号，例如 3-2-301。
invite-bad-role = 未知的角色“{ $role }”：请使用 butler、technician 或 manager。
invite-unknown-grid = 未知的网格：{ $grid }。
invite-butler-needs-grid = 管家邀请码至少需要指定一个网格。
invite-ask-kind = 请问要邀请谁？
invite-ask-unit = 请发送房号（楼栋-单元-房号，例如 3-2-301）。
invite-ask-grid = 这位管家负责哪个网格？
invite-ask-relation = 房号 { $unit }：此人与房屋的关系是？
invite-issued =
    { $role }邀请码（{ $target }）：{ $code }
    链接：{ $link }
    仅可使用一次，14 天内有效。请在验明身份后再交给对方。
binding-not-found = { $who }没有绑定{ $where }。
binding-resident-removed = 已将{ $name }从 { $unit } 解绑，其访问权限立即失效。
binding-staff-removed = 已将{ $name }移出{ $estate }的工作人员，其访问权限立即失效。
bind-welcome-technician = { $name }，欢迎您！您已成为{ $estate }的工程部维修工：转派给您的工单会推送到这里，/queue 可查看全部。
role-technician = 工程部维修工
menu-title-technician = 维修工菜单：请选择要处理的事项。
queue-empty-technician = 转派给您的工单都已处理完毕。🎉
command-duty = 值班表（夜间、周末）
flow-title-duty = 值班安排
duty-ask-day = 哪一天？点选或输入日期（YYYY-MM-DD，或 12-24）。
duty-ask-who = 当天由谁值班？
duty-rota-title = 自 { $day } 起一周的值班：
duty-rota-line = { $day }  { $name }
