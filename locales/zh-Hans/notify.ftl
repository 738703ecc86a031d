broadcast-bad-text = 通知内容须为 1 到 { $limit } 个字符。
broadcast-not-found = 没有编号为 { $id } 的通知。
push-photo-missing = 📷（照片已失效，无法附上。）
