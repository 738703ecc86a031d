## 命令行：小区与房屋导入（运维人员）。

estate-bad-name = 小区名称不能为空。
estate-bad-timezone = 未知时区“{ $timezone }”，请使用如 Asia/Shanghai 的时区名。
estate-bad-currency = 不支持的币种“{ $currency }”，请使用如 CNY、HKD、USD 的币种代码。
estate-exists = 小区“{ $name }”已存在。
estate-not-found = 没有名为“{ $name }”的小区。可用 butler estate list 查看。
estate-added = 已创建小区“{ $name }”（时区 { $timezone }，币种 { $currency }）。
estate-list-empty = 还没有小区。请用 butler estate add 小区名称 创建。
estate-list-line = { $name }：{ $timezone }，{ $currency }；{ $units } 户，{ $buildings } 栋楼，{ $grids } 个网格

import-bad-file-type = 无法导入“{ $suffix }”文件，请使用 .csv（UTF-8）或 .xlsx。
import-file-missing = 文件 { $path } 不存在。
import-not-utf8 = { $path } 不是 UTF-8 编码。请在 Excel 中另存为“CSV UTF-8”或 .xlsx。
import-unreadable = 无法读取 { $path }，请确认它是 CSV 或 XLSX 文件。
import-empty-file = 文件为空：第一行应为列名。
import-duplicate-column = 表头中“{ $column }”列重复。
import-missing-columns = 表头缺少以下列：{ $columns }。

import-missing-field = “{ $field }”为空。
import-too-long = “{ $field }”超过 { $max } 个字符。
import-bad-code-part = “{ $field }”不能包含横线或空格：“{ $value }”。
import-bad-area = 面积“{ $value }”无效，应为大于 0 的平方米数，最多两位小数。
import-bad-usage = 用途“{ $value }”无效，应为 residential（住宅）、office（办公）或 shop（商铺）。
import-bad-flag = “{ $field }”应填“是”或“否”，而不是“{ $value }”。
import-duplicate-unit = 房号 { $code } 与第 { $first_line } 行重复。
import-building-two-grids = 楼栋 { $building } 在此行属于网格 { $grid }，但在第 { $first_line } 行属于网格 { $other_grid }。
import-missing-grid = 未填写楼栋 { $building } 所属的网格。

import-rejected = 未导入任何数据：请先修正以下 { $count } 处问题。
import-problem-line = 第 { $line } 行：{ $reason }
import-summary =
    已导入到小区“{ $estate }”：新增 { $created } 户，更新 { $updated } 户，未变 { $unchanged } 户。
    小区现有 { $units } 户，共 { $buildings } 栋楼、{ $grids } 个网格。
import-buildings-moved = { $count } 栋楼已调整到其他网格。
import-bad-phone = 电话“{ $value }”不是有效的手机号（如 13812345678）或固定电话（如 021-62345678）；没有可留空。
estate-name-too-long = 小区名称最多 { $limit } 个字。
