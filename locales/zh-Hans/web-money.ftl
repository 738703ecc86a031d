## 管理台的投诉和收费页面

web-nav-complaints = 投诉
web-back-complaints = 返回投诉列表
web-complaints-title = 处理中的投诉（按阶段）
web-complaints-closed = 近 { $days } 天已关闭投诉 { $count } 件。
web-complaints-code = 编号
web-complaints-type = 投诉类型
web-complaints-unit = 房号
web-complaints-handlers = 处理人
web-complaints-deadline = 本阶段时限
web-complaints-asked = 已回访，等待住户答复
web-complaints-none = 此阶段暂无投诉。
