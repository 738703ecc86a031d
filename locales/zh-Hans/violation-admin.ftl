cli-violation-kinds = { $estate } 的违章类别：{ $count } 项
cli-violation-kind-line = { $code } [{ $category }] { $zh } / { $en }{ $active ->
    [1] {""}
   *[other] {" "}（已停用）
}
cli-violation-bad-code = “{ $code }”不是有效代码：小写字母、数字和下划线，以字母开头。
cli-violation-bad-category = 类别须为以下之一：{ $categories }。
cli-violation-need-names = 新增类别需提供 --category、--zh 和 --en：{ $code }
cli-violation-not-staff = Telegram ID { $telegram_id } 不是本小区员工。
cli-violation-heads = { $estate }：一般违章由 { $general } 处理；重大违章由 { $serious } 处理
cli-violation-managers = 管理处经理
