cli-vote-settings = { $estate }: { $secret ->
    [1] staff never see how owners voted, not even after the close
   *[other] staff see how owners voted once a vote has closed
}
cli-vote-voter = { $name } now votes for { $unit }.
cli-vote-not-owner = Telegram id { $telegram_id } is not an owner bound to { $unit }.
