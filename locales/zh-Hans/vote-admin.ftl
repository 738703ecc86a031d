cli-vote-settings = { $estate }：{ $secret ->
    [1] 表决截止后员工也看不到业主的投票内容
   *[other] 表决截止后员工可以查看业主的投票内容
}
cli-vote-voter = { $unit } 现由{ $name }投票。
cli-vote-not-owner = Telegram ID { $telegram_id } 不是绑定在 { $unit } 的业主。
