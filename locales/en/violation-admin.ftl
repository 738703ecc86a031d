cli-violation-kinds = Violation kinds of { $estate }: { $count }
cli-violation-kind-line = { $code } [{ $category }] { $zh } / { $en }{ $active ->
    [1] {""}
   *[other] {" "}(off)
}
cli-violation-bad-code = "{ $code }" is not a code: lower-case letters, digits and _, starting with a letter.
cli-violation-bad-category = The category is one of { $categories }.
cli-violation-need-names = A new kind needs --category, --zh and --en: { $code }
cli-violation-not-staff = Telegram id { $telegram_id } is not staff of this estate.
cli-violation-heads = { $estate }: general violations: { $general }; serious ones: { $serious }
cli-violation-managers = the estate's managers
