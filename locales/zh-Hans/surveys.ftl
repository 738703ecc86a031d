## 客户满意度调查与问卷

command-surveys = 问卷调查：填写进行中的问卷
command-surveys-staff = 问卷调查：结果、季度客户满意度调查
flow-title-survey = 新建问卷
flow-title-survey-quarterly = 季度客户满意度调查
flow-title-survey-answer = 您的问卷答卷
survey-managers-only = 问卷调查由管理处经理发起。
survey-close-past = 该截止时间已过，请选择更晚的日期。
survey-close-far = 问卷最长可进行 { $days } 天。
survey-need-questions = 问卷需要标题和 1 至 { $most } 个问题，每个问题都要有内容。
survey-bad-options = 请填写 2 至 { $most } 个选项，每行一个，每个不超过 { $longest } 个字。
survey-incomplete = 部分问题尚未回答，请重新填写问卷。
survey-closed = “{ $title }”已结束，不再收集答卷。感谢您的参与！
survey-title-quarterly = { $year }年第{ $quarter }季度客户满意度调查
survey-q-attitude = 您对我们的服务态度是否满意？
survey-q-speed = 您对我们的响应速度是否满意？
survey-q-cleaning = 您对小区环境卫生（保洁）是否满意？
survey-q-security = 您对小区安全（秩序维护）是否满意？
survey-q-repairs = 您对维修服务是否满意？
survey-q-suggestions = 您对我们的意见和建议
survey-kind-rating = ⭐ 1–5 分评分
survey-kind-single = 🔘 单选
survey-kind-multiple = ☑️ 多选
survey-kind-text = ✍️ 文字填写
survey-kind-done = ✅ 没有更多问题
survey-ask-title = 📋 新建问卷。问卷标题？
survey-ask-kind = 第 { $number } 题：用哪种方式回答？
survey-ask-next-kind = 第 { $number } 题：用哪种方式回答？或者没有更多问题了？
survey-ask-question = 第 { $number } 题：题目内容（住户将看到的原文，不超过 { $limit } 字）。
survey-ask-options = 第 { $number } 题：各个选项，每行一个。
survey-ask-scope = 请哪些住户填写？
survey-ask-closes = 哪一天 20:00 截止？
survey-field-title = 标题
survey-summary =
    请核对问卷：
    { $title }
    { $questions }
    对象：{ $audience }，目前 { $count } 位住户
    截止：{ $closes }
survey-question-line = { $number }. { $question }（{ $kind }）{ $choices ->
    [1] ：{ $options }
   *[other] {""}
}
survey-posted-author = 📋 问卷 #{ $id }“{ $title }”已发给 { $invited } 位住户，{ $closes } 截止。
survey-posted =
    📋 { $title }（{ $estate }）
    共 { $count } 题，{ $closes } 截止。您的意见将帮助我们改进服务。
survey-button-answer = ✍️ 填写问卷
survey-button-results = 📊 查看结果
survey-button-quarterly = 📋 发起季度客户满意度调查
survey-button-new = ➕ 新建问卷
survey-remind = 🔔 提醒：“{ $title }”将于 { $closes } 截止，我们还没有收到您的答卷。
survey-closed-author = 📋 “{ $title }”已结束：{ $invited } 位住户中 { $answered } 位作答，平均评分 { $average }。
survey-ask-answer =
    📋 { $title } — 第 { $number }/{ $total } 题
    { $question }
    { $hint }
survey-hint-rating = 请点选 1–5 分：1 分为非常不满意，5 分为非常满意。
survey-hint-single = 请选择一项。
survey-hint-multiple = 可选择多项，选好后点“选好了”。
survey-hint-text = 请填写，或点“跳过”。
survey-star = { $stars }⭐
survey-thanks = { $again ->
    [1] ✅ 谢谢！您对“{ $title }”的新答卷已替换之前的答卷。
   *[other] ✅ 感谢您填写“{ $title }”！
}在 { $closes } 之前仍可修改。
survey-results-head =
    📊 问卷 #{ $id }“{ $title }”
    { $open ->
        [1] 进行中，{ $at } 截止
       *[other] 已于 { $at } 结束
    } · 作答：{ $answered }/{ $invited }
survey-results-grids = 仅您负责的网格：{ $grids }
survey-result-rating = 平均 { $average } 分，共 { $count } 人评分 · { $stars }
survey-result-star = { $stars }★ { $count }
survey-result-option = · { $option }：{ $count }
survey-result-texts = 共 { $count } 条：
survey-result-text = — { $text }
survey-result-more = ……另有 { $count } 条（详见导出报表）
survey-by-grid = 按网格（平均评分 · 作答人数）：
survey-by-butler = 按管家（平均评分 · 作答人数）：
survey-group-line = · { $name }：{ $average } · { $count }
survey-chart-title = { $title }：平均评分
survey-chart-question = 第{ $number }题 { $question }
survey-chart-butler = 管家{ $name }
survey-list-none = 目前没有问卷。
survey-list-staff = 📋 问卷（{ $count }）：
survey-list-resident = 📋 待您填写的问卷（{ $count }）：
survey-list-line = #{ $id } { $title } · { $staff ->
    [1] { $answered }/{ $invited }{ $open ->
        [1] {" "}· 进行中
       *[other] {" "}· 已结束
    }
   *[other] { $answered ->
        [0] 尚未填写
       *[other] ✓ 已填写
    }
}
survey-digest-head = 问卷调查：
survey-digest-closed = · 已结束：“{ $title }”，{ $invited } 人中 { $answered } 人作答，平均 { $average } 分
survey-digest-butler = · · { $name }：平均 { $average } 分（{ $answered } 份答卷）
survey-digest-open = · 进行中：“{ $title }”，{ $invited } 人中 { $answered } 人作答，{ $closes } 截止
export-sheet-surveys = 问卷调查
export-col-survey = 问卷
export-col-answered = 作答时间
export-col-butlers = 管家
export-col-question-number = 题号
export-col-question = 题目
export-col-question-kind = 题型
export-col-answer = 回答
export-survey-choices = { $names }
