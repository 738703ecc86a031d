# 终端沙盒（`butler sandbox`，或未设置令牌时的 `make run`）。
sandbox-no-token = 未设置 BUTLER_BOT_TOKEN：启动本地沙盒（Telegram 模拟器 { $address }）
sandbox-starting = 启动本地沙盒（Telegram 模拟器 { $address }）
sandbox-fresh = 已删除 { $path }，重新开始。
sandbox-logs = 机器人日志写入 { $path }。
sandbox-web = 网页管理台地址：{ $address }/web/（以管家或经理身份发送 /web 获取登录链接）
sandbox-seeding = 首次启动：正在 { $path } 中创建演示小区 { $estate } …
sandbox-seeded = 演示小区 { $estate }：已从 samples/ 导入 { $units } 户、{ $bills } 笔账单。
sandbox-kept = 使用 { $path } 中保留的演示小区（--fresh 可重新开始）。
sandbox-failed = 沙盒已停止：{ $error }
sandbox-cast = 您可扮演 { $resident }（{ $unit } 业主）、{ $butler }（{ $grid } 网格管家）、{ $manager }（管理处负责人）、{ $guard }（门岗保安）和 { $newcomer }（尚未绑定，如新入住的业主）。
sandbox-intro = 输入消息或 /命令；输入数字即按下按钮；:help 查看全部用法。English: butler sandbox --lang en
sandbox-help =
    输入消息或 /命令（/menu、/repair、/tickets、/fees、/queue …），以当前角色发给 Butler。
    1、2、3 …                  按下最新键盘上该编号的按钮（输入 \1 则发送文字“1”）
    :photo [说明]              发送一张照片
    :pay                       支付最新的账单（模拟器不会真的扣款）
    :as resident | butler | manager | guard | newcomer   切换角色（业主 / 管家 / 经理 / 保安 / 新住户）
    :time +30m | +2h | +1d     拨快沙盒时钟，并立即运行一次调度
    :tick                      立即运行调度（提醒、时限、推送）
    :who                       当前角色和沙盒时间
    :help                      显示本帮助
    :quit                      退出（也可按 Ctrl-D 或 Ctrl-C）；演示小区会保留
sandbox-now-playing = 您现在是{ $name }（{ $role }）。
sandbox-who = 您现在是{ $name }（{ $role }）。沙盒时间：{ $time }。
sandbox-unread = 📨 { $name }（{ $role }）有 { $count } 条新消息 — 输入 :as { $persona } 查看
sandbox-time = ⏰ 沙盒时间：{ $time }
sandbox-ticked = ⏱ 已运行调度：发送了 { $sent } 条推送。
sandbox-bad-time = 请说明拨快多久，例如 :time +30m、:time +2h 或 :time +1d。
sandbox-bad-persona = 要扮演谁？:as resident、:as butler、:as manager、:as guard 或 :as newcomer。
sandbox-unknown = { $command } 不是沙盒命令，输入 :help 查看全部用法。
sandbox-no-button = 这里无法按下按钮 { $number }。
sandbox-bye = 再见！演示小区保留在 { $path }，下次可继续使用。
sandbox-role-resident = 业主
sandbox-role-butler = 管家
sandbox-role-manager = 经理
sandbox-role-guard = 保安
sandbox-role-newcomer = 新住户
sandbox-restarted = { $path } 中的演示小区未创建完整（首次启动被中断），重新开始。
