## Estates and unit imports from the command line (operators).

estate-bad-name = The estate needs a name.
estate-bad-timezone = Unknown time zone “{ $timezone }”; use a name such as Asia/Shanghai.
estate-bad-currency = Unsupported currency “{ $currency }”; use a code such as CNY, HKD or USD.
estate-exists = An estate named “{ $name }” already exists.
estate-not-found = There is no estate named “{ $name }”. See: butler estate list
estate-added = Created the estate “{ $name }” (time zone { $timezone }, currency { $currency }).
estate-list-empty = There are no estates yet. Create one with: butler estate add NAME
estate-list-line = { $name }: { $timezone }, { $currency }; { $units } units, { $buildings } buildings, { $grids } grids

import-bad-file-type = Cannot import “{ $suffix }” files: use .csv (UTF-8) or .xlsx.
import-file-missing = There is no file { $path }.
import-not-utf8 = { $path } is not UTF-8 text. In Excel, save it as “CSV UTF-8”, or as .xlsx.
import-unreadable = Cannot read { $path }: is it really a CSV or XLSX file?
import-empty-file = The file is empty: the first line must name the columns.
import-duplicate-column = The column “{ $column }” appears twice in the header.
import-missing-columns = The header lacks these columns: { $columns }.

import-missing-field = “{ $field }” is empty.
import-too-long = “{ $field }” is longer than { $max } characters.
import-bad-code-part = “{ $field }” may not contain dashes or spaces: “{ $value }”.
import-bad-area = The area “{ $value }” is not a positive number of m² with at most 2 decimals.
import-bad-usage = Unknown usage “{ $value }”: use residential, office or shop.
import-bad-flag = “{ $field }” must be yes or no, not “{ $value }”.
import-duplicate-unit = Unit { $code } is already on line { $first_line }.
import-building-two-grids = Building { $building } is in grid { $grid } here but in grid { $other_grid } on line { $first_line }.
import-missing-grid = No grid is given for building { $building }.

import-rejected =
    Nothing was imported: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } to fix first.
import-problem-line = line { $line }: { $reason }
import-summary =
    Imported into “{ $estate }”: { $created } created, { $updated } updated, { $unchanged } unchanged.
    The estate now has { $units } units in { $buildings } buildings and { $grids } grids.
import-buildings-moved = { $count ->
        [one] 1 building moved
       *[other] { $count } buildings moved
    } to another grid.
import-bad-phone = The phone “{ $value }” is not a mainland mobile (13812345678) or landline (021-62345678) number; leave it empty if there is none.
estate-name-too-long = An estate name is at most { $limit } characters.
