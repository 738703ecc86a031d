## 装修管理：申报、施工人员登记、业主同意、审核、办证（施工许可证和施工人员出入证）、
## 闭水试验、巡查监管、验收和交证退款。

## 账单上的费用类型，以及管理处现场缴费

fee-type-renovation-debris = 装修垃圾清运费
fee-type-renovation-debris-second = 二次装修垃圾清运费
fee-type-renovation-wall = 砸墙垃圾清运费
fee-type-renovation-permit = 装修施工许可证
fee-type-renovation-pass = 施工人员出入证
payment-method-counter = 管理处现场缴费（工作人员登记）

## 正在填写的内容（“您的……还没有填完”）

flow-title-renovation-apply = 装修申请
flow-title-renovation-worker = 施工人员登记
flow-title-renovation-review = 装修申请审核
flow-title-renovation-water = 闭水试验预约
flow-title-renovation-water-result = 闭水试验结果登记
flow-title-renovation-inspect = 装修巡检记录
flow-title-renovation-accept = 装修验收

## 状态

renovation-state-draft = 草稿（待提交）
renovation-state-awaiting-owner = 待业主同意
renovation-state-submitted = 待审核
renovation-state-rejected = 已退回修改
renovation-state-approved = 已批准待缴费
renovation-state-permitted = 施工中
renovation-state-completed = 待验收
renovation-state-fixing = 整改中
renovation-state-closed = 已验收结案
renovation-state-cancelled = 已撤销
renovation-pass-listed = 已登记
renovation-pass-unpaid = 待缴费
renovation-pass-active = 有效
renovation-pass-suspended = 已暂停
renovation-pass-revoked = 已注销
renovation-pass-returned = 已交回
renovation-water-none = 尚未预约：涉水区域须试验合格后施工
# 预约闭水试验后的回复也用这个键（代码中两处共用）。
renovation-water-booked = 已预约
renovation-water-failed = 不合格，待重做
renovation-water-passed = 合格

## 申请前阅读的文件（文件说明）

renovation-doc-rules = 📄《装修管理规定》
renovation-doc-lift = 📄《装修期电梯使用管理规定》
renovation-doc-notice = 📄《告知书》

## /renovation

renovation-menu =
    { $count ->
        [0] 🏗 您还没有装修申请。如需装修，请点下方按钮申请：阅读装修管理规定、填写装修申请表、登记施工人员，由管理处审核。也可以先估算装修费用。
       *[other] 🏗 您的装修申请：
            { $lines }
    }
renovation-menu-line = • { $number } · { $unit } · { $state }
renovation-staff-list =
    🏗 进行中的装修（{ $count } 户）：
    { $lines }
renovation-staff-line = • { $number } · { $unit } · { $state } · 至 { $end }
renovation-staff-none = 🏗 您负责的区域目前没有进行中的装修。
renovation-pick-unit = 您绑定了多套房屋。请打开 /renovation，在要装修的房屋上点“申请装修”。
renovation-already-open = 该房屋已有进行中的装修申请 { $number }。请通过 /renovation 查看；结案或撤销后才能再次申请。

## 按钮

renovation-button-open = 📄 查看申请
renovation-button-open-number = 📄 查看 { $number }
renovation-button-apply = 📝 申请装修 { $unit }
renovation-button-estimate = 🧮 装修费用估算
renovation-button-worker = 👷 登记施工人员
renovation-button-submit = 📨 提交审核
renovation-button-fix = ✏️ 修改申请
renovation-button-cancel = ✖️ 撤销申请
renovation-button-owner-ok = ✅ 同意装修
renovation-button-owner-no = ❌ 不同意
renovation-button-pay = 💳 缴纳费用
renovation-button-complete = 🏁 已完工，申请验收
renovation-button-review = 📋 审核
renovation-button-counter = 🧾 登记现场缴费
renovation-button-inspect = 🚶 装修巡检
renovation-button-water-book = 💧 预约闭水试验
renovation-button-water-result = 💧 登记闭水试验结果
renovation-button-accept = 🏁 验收
renovation-button-files = 🖼 照片和资料
renovation-button-history = 📜 办理记录
renovation-button-worker-remove = 🗑 删除{ $name }
renovation-button-worker-revoke = ⛔ 注销{ $name }的出入证

## 装修申请表

renovation-ask-authorisation = 📝 { $unit } 装修申请。装修审批手续须由业主亲自办理或书面委托他人办理：请发送业主签字的书面委托书照片，发完后点“完成”。
renovation-ask-read =
    📄 { $unit } 装修申请。
    { $documents ->
        [0] 请到管理处领取《装修管理规定》《装修期电梯使用管理规定》和《告知书》并认真阅读。
       *[other] 请阅读上面发送的 { $documents } 份文件。
    }
    在装修验收之前，您、施工单位和每位施工人员都须遵守这些规定。
renovation-read-accept = ✅ 我已阅读并遵守以上规定
renovation-apply-usage = { $unit } 的用途是住宅还是写字楼？装修保证金标准按用途不同。
renovation-ask-start = 计划何时开工？须经审核并缴费、办理装修施工许可证后方可开工。
renovation-ask-end = 预计何时完工？施工期最长 { $days } 天；施工许可证和施工人员出入证有效期至当天。
renovation-ask-works = 本次装修包括哪些项目？请逐项点选（再点一次可取消），然后点“选好了”。须严格按申报的项目施工，巡查时将逐项核对。
renovation-ask-wall-area = 砸墙面积是多少平方米？只能拆改非承重墙，砸墙垃圾清运费按此面积计算（至少 { $min } 平方米）。
renovation-apply-debris = 装修面积是多少平方米？垃圾清运费按此面积计算。至少 { $min } 平方米，可带小数，例如 85.5。
renovation-apply-second = 是否为二次装修（房屋此前已装修过）？二次装修的垃圾清运费标准较高。
renovation-ask-contractor = 施工单位名称是什么？（最多 { $limit } 字）未注册登记、不具备资质的单位不能申报。
renovation-ask-licence = 施工单位的营业执照号码是多少？请发送执照上的18位统一社会信用代码（旧版执照为15位数字）。
renovation-ask-qualification = 施工单位持有什么资质证书？请写明证书名称和编号（最多 { $limit } 字）。
renovation-ask-licence-photo = 请发送施工单位营业执照的照片（复印件亦可），发完后点“完成”。
renovation-ask-qualification-photo = 请发送施工单位资质证书的照片（复印件亦可），发完后点“完成”。
renovation-ask-drawings = 请发送施工图纸的照片（每页一张），发完后点“完成”。
renovation-apply-summary =
    请核对您的装修申请表：
    房号：{ $unit }
    施工期：{ $start } 至 { $end }
    装修项目：{ $works }
    砸墙面积：{ $wall } 平方米
    装修面积：{ $debris } 平方米
    二次装修：{ $second ->
        [1] 是
       *[other] 否
    }
    施工单位：{ $contractor }
    营业执照号码：{ $licence }
    资质证书：{ $qualification }
    营业执照和资质证书照片：{ $photos } 张
    施工图纸：{ $drawings } 张
    { $owner ->
        [1] 申请人：业主本人
       *[other] 业主书面委托书：{ $authorisation } 张
    }
    确认后申请将保存为草稿。之后请登记施工人员并提交审核。
renovation-field-start = 开工日期
renovation-field-end = 完工日期
renovation-field-works = 装修项目
renovation-field-wall = 砸墙面积
renovation-field-debris = 装修面积
renovation-field-second = 二次装修
renovation-field-contractor = 施工单位
renovation-field-licence = 营业执照号码
renovation-field-qualification = 资质证书
renovation-field-licence-photo = 营业执照照片
renovation-field-qualification-photo = 资质证书照片
renovation-field-drawings = 施工图纸
renovation-field-authorisation = 书面委托书
renovation-applied = 📝 装修申请 { $number } 已保存为草稿。下一步：点“登记施工人员”逐一登记施工人员，然后点“提交审核”。
renovation-fixed = 📝 装修申请 { $number } 已修改。请核对施工人员，然后点“提交审核”重新提交。

## 申请表的问题

renovation-bad-dates = 完工日期不能早于开工日期，施工期最长 { $max } 天。请修改日期。
renovation-need-works = 请至少选择一项本小区列出的装修项目。
renovation-bad-licence = 营业执照号码不正确。请发送执照上的18位统一社会信用代码；旧版执照为15位数字。
renovation-need-papers = 装修申请须附施工单位营业执照、资质证书和施工图纸的照片。请补充后再确认。
renovation-need-authorisation = 您以租户或家庭成员身份申请，须附业主的书面委托书：请补充照片后再确认。
renovation-not-now = 当前无法进行此操作：该申请的状态为“{ $state }”。

## 施工人员（装修施工人员登记表）

renovation-ask-worker-name = 👷 为装修 { $number } 登记施工人员（装修施工人员登记表）。施工人员的姓名是什么？请与身份证一致（最多 { $limit } 字）。
renovation-ask-worker-id = 施工人员的身份证号码是多少？（18位，卡片上只显示前六位和后四位）
renovation-ask-worker-photo = 请发送一张施工人员近期正面照片：门岗查验出入证时将核对照片与本人。
renovation-worker-summary =
    请核对施工人员信息：
    姓名：{ $name }
    身份证号码：{ $id }
    确认后将登记到该装修申请。
renovation-field-worker-name = 姓名
renovation-field-worker-id = 身份证号码
renovation-field-worker-photo = 照片
renovation-worker-added = 👷 已登记施工人员{ $name }。{ $billed ->
        [1] 出入证费用已生成账单，缴费后即办理施工人员出入证。
       *[other] 申请批准后将收取出入证费用，缴费后办理施工人员出入证。
    }
renovation-worker-removed = 🗑 已删除该施工人员。
renovation-worker-twice = 该身份证号码的施工人员已在本申请中登记。
renovation-bad-worker = 登记施工人员须填写姓名、身份证号码并提供照片，请重新登记。
renovation-bad-id-number = 身份证号码不正确：应为18位（最后一位可能是 X），且校验位须正确。请核对后重新发送。
renovation-too-many-workers = 每份装修申请最多登记 { $max } 名施工人员。请先注销已离场人员的出入证。
renovation-worker-not-now = 现在不能登记施工人员。申请为草稿或已退回修改时，以及施工期间，申请人或业主可以登记。
renovation-need-workers = 提交前请至少登记一名施工人员：在申请卡片上点“登记施工人员”。

## 申请卡片

renovation-card =
    🏠 装修申请 { $number } · { $unit }
    状态：{ $state }
    施工期：{ $start } 至 { $end }
    施工单位：{ $contractor }（营业执照 { $licence }）
    资质证书：{ $qualification }
    装修面积：{ $debris } 平方米{ $second ->
        [1] （二次装修）
       *[other] {""}
    }
renovation-card-works =
    🔨 装修项目：
    { $works }
renovation-work-area = { $name }（{ $area } 平方米）
renovation-work-rejected = { $name }（已退回：{ $reason }）
renovation-card-workers =
    👷 施工人员（{ $count } 名）：
    { $workers }
renovation-worker-line = • { $name } · { $id } · { $state } · 出入证 { $number }{ $objected ->
        [1] （已退回：{ $reason }）
       *[other] {""}
    }
renovation-card-fees =
    💰 费用：
    { $fees }
renovation-fee-state = • { $item }：{ $amount } { $paid ->
        [1] ✅ 已缴
       *[other] ⏳ 待缴
    }
renovation-card-permit =
    🪪 装修施工许可证 { $number }，查验码 { $code }
    { $wet ->
        [1] 闭水试验：{ $water }
       *[other] 无涉水区域施工，无需闭水试验
    }
    下次巡查：{ $next }
renovation-card-fix-by = ⚠️ 限期整改：请于 { $date } 前整改完毕，否则将扣除相应保证金。
renovation-card-deduction = 💸 已扣除保证金：{ $amount }
renovation-files-none = 该申请还没有照片或资料。
renovation-file-authorisation = 业主书面委托书
renovation-file-licence = 营业执照
renovation-file-qualification = 资质证书
renovation-file-drawing = 施工图纸
renovation-file-water = 闭水试验
renovation-file-inspection = 装修巡检
renovation-file-acceptance = 验收
renovation-file-worker = 施工人员
renovation-file-other = 照片

## 办理记录

renovation-history =
    📜 装修 { $number } 办理记录：
    { $lines }
renovation-event-line = { $at } { $what } — { $who }
renovation-event-system = 系统
renovation-event-applied = 填写装修申请表
renovation-event-fixed = 修改装修申请表
renovation-event-worker-added = 登记施工人员：{ $note }
renovation-event-worker-removed = 删除施工人员：{ $note }
renovation-event-awaiting-owner = 提交，待业主同意
renovation-event-submitted = 提交审核
renovation-event-owner-agreed = 业主同意
renovation-event-owner-declined = 业主不同意
renovation-event-cancelled = 撤销申请
renovation-event-rejected = 审核退回修改
renovation-event-approved = 审核通过，发出缴费通知
renovation-event-paid-counter = 管理处现场缴费
renovation-event-permitted = 办理装修施工许可证 { $note }
renovation-event-pass-issued = 办理施工人员出入证：{ $note }
renovation-event-pass-revoked = 注销施工人员出入证：{ $note }
renovation-event-water-booked = 预约闭水试验：{ $note }
renovation-event-water-passed = 闭水试验合格 · { $note }
renovation-event-water-failed = 闭水试验不合格 · { $note }
renovation-event-inspected-ok = 巡检签到，未发现违章 · { $note }
renovation-event-inspected-problem = 巡检发现违章，限期整改 · { $note }
renovation-event-completed = 报完工，申请验收
renovation-event-accept-problems = 验收存在不符合项，限期整改：{ $note }
renovation-event-deducted = 扣除保证金：{ $note }
renovation-event-accepted = 验收合格，结案退款
renovation-event-other = 其他操作

## 提交、业主同意、撤销

renovation-submitted = 📨 已提交。{ $owner ->
        [1] 已请房屋业主先确认同意，业主同意后由管理处审核。
       *[other] 管理处将进行审核，结果会在这里通知您。
    }
renovation-owner-ask = 🏠 { $applicant }申请对您的房屋 { $unit }（{ $estate }）进行装修，申请编号 { $number }。作为业主，需要您的同意。请打开申请查看详情，然后选择同意或不同意。
renovation-owner-decided = { $agreed ->
        [1] ✅ 您已同意。申请将提交管理处审核。
       *[other] ❌ 您选择了不同意。申请已退回申请人，恢复为草稿。
    }
renovation-owner-agreed = ✅ 业主已同意您的装修申请 { $number }（{ $unit }），现已提交管理处审核，结果会在这里通知您。
renovation-owner-declined = ❌ 业主不同意您的装修申请 { $number }（{ $unit }），申请已恢复为草稿。请与业主沟通后重新提交，或撤销申请。
renovation-cancelled = ✖️ 申请已撤销。如需装修，可随时通过 /renovation 重新申请。

## 审核

renovation-review-ask = 📋 待审核：{ $estate } { $unit } 的装修申请 { $number }。请审核装修申请表、施工单位证照、施工图纸和施工人员，然后批准或退回修改。
renovation-ask-objections = 📋 审核装修申请 { $number }。请点选所有不符合要求的项目（再点一次可取消），然后点“选好了”。全部符合要求的，直接点“选好了”即批准。
renovation-ask-reasons =
    请写明退回原因，住户会看到（最多 { $limit } 字）。共 { $objected } 项，每项一行，按以下顺序填写，也可以只写一段适用于全部项目：
    { $items }
renovation-field-objections = 退回项目
renovation-field-reasons = 退回原因
renovation-review-approve-summary = ✅ 批准装修申请 { $number }：没有需要退回的项目。确认后将向住户发出缴费通知，缴清后办理装修施工许可证和施工人员出入证。
renovation-review-reject-summary =
    ↩️ 退回装修申请 { $number } 修改：
    { $lines }
    确认后将告知住户退回原因，住户可修改后重新提交。
renovation-review-reason-line = • { $item }：{ $reason }
renovation-reviewed-approved = ✅ { $number } 已批准，已通知住户缴费。
renovation-reviewed-rejected = ↩️ { $number } 已退回修改，已告知住户原因。
renovation-item-contractor = 施工单位及证照
renovation-item-drawings = 施工图纸
renovation-item-authorisation = 业主书面委托书
# 小区为每个装修项目写了中英文两个名称，这里只显示中文名称。
renovation-item-work = { $en ->
       *[other] { $zh }
    }
renovation-reason-line = • { $item }：{ $reason }
renovation-rejected =
    ↩️ 您的装修申请 { $number }（{ $unit }）审核未通过，已退回修改：
    { $reasons }
    请在申请卡片上点“修改申请”，更正以上内容后重新提交审核。被退回的施工人员可删除后重新登记。

## 办证：费用、装修施工许可证和施工人员出入证

renovation-fee-line = • { $item }：{ $amount }
renovation-fees-due =
    ✅ 您的装修申请 { $number }（{ $unit }）已审核通过，请缴纳以下费用（装修管理收费标准）：
    { $lines }
    合计 { $total }。装修保证金验收合格后退还；施工许可证和施工人员出入证交证退款。缴清后即办理装修施工许可证和施工人员出入证，方可开工。
renovation-pass-fee-due =
    💳 { $unit }：装修 { $number } 新登记施工人员的出入证费用：
    { $lines }
    合计 { $total }。缴费后即办理施工人员出入证。
renovation-nothing-due = 该申请没有待缴费用。
renovation-counter-paid = 🧾 已登记现场缴费 { $amount }。已缴费的装修施工许可证和施工人员出入证将自动办理。
renovation-permit-issued =
    🪪 装修施工许可证已办理：装修 { $number }（{ $unit }）。
    许可证 { $permit }，查验码 { $code }，有效期至 { $until }，请张贴于施工现场。
    现在可以开工。施工期间不得关闭入户门，以便装修管理人员随时检查。涉及防水工程的，工程维修部将与您约定时间做24小时闭水试验。
    已办理的施工人员出入证（每人缴费后办理）：
    { $passes }
renovation-passes-issued =
    🪪 装修 { $number }（{ $unit }）新办理的施工人员出入证，有效期至 { $until }：
    { $passes }
    施工人员进出时出示查验码，门岗将核对照片。
renovation-pass-line = • { $name }：出入证 { $number }，查验码 { $code }
renovation-pass-not-active = 该出入证已注销或已交回，无需再注销。
renovation-pass-revoked-done = ⛔ 出入证已注销，门岗将不再放行。

## /pass：门岗查验出入证或许可证

renovation-check-valid = ✅ 有效，可以放行。
renovation-check-unknown = ❓ 本小区没有这个查验码的出入证或许可证。请核对查验码；无误的，请勿放行并联系管理处。
renovation-check-unpaid = ⛔ 无效：费用尚未缴清，证件尚未办理。
renovation-check-suspended = ⛔ 无效：已被管理处暂停。
renovation-check-revoked = ⛔ 无效：已注销或已交回。
renovation-check-expired = ⛔ 无效：施工期已结束。
renovation-check-early = ⛔ 尚未生效：施工期还没有开始。
renovation-check-closed = ⛔ 无效：该装修已结案或已撤销。
renovation-check-result =
    { $reason }
    { $kind ->
        [permit] 🪪 装修施工许可证 { $number }，施工单位：{ $holder }
       *[other] 👷 施工人员出入证 { $number }：{ $holder }
    }
    房号 { $unit }，装修申请 { $renovation }
    施工期：{ $start } 至 { $end }
    { $valid ->
        [1] { $kind ->
            [permit] 仅限在该房屋施工。
           *[other] 请核对照片与本人一致后放行。
        }
       *[other] 请勿放行，请其到管理处办理。
    }

## 闭水试验（24小时）

renovation-ask-water-day = 💧 预约装修 { $number } 的24小时闭水试验。请先与业主约定日期：哪一天？
renovation-ask-water-time = 闭水试验几点开始？
renovation-water-summary =
    请核对预约信息：
    日期：{ $day }
    开始时间：{ $at }（试验持续24小时）
    确认后将通知住户。
renovation-field-water-day = 日期
renovation-field-water-time = 时间
renovation-water-booked-told = 💧 您的装修 { $number }（{ $unit }）的24小时闭水试验已预约在 { $at }，由工程维修部{ $by }与您共同验收防水，请届时在场。闭水试验合格后方可继续涉水区域的施工。
renovation-water-not-now = 该装修的闭水试验已预约或已合格，无需再预约。
renovation-water-past = 这个时间已经过去了，请预约现在以后的时间。
renovation-ask-water-result = 💧 装修 { $number } 的24小时闭水试验结果：是否渗漏？
renovation-water-result-pass = ✅ 合格，无渗漏
renovation-water-result-fail = ❌ 不合格，有渗漏
renovation-ask-water-photos = 请发送闭水试验的照片（至少 1 张，最多 { $max } 张），发完后点“完成”。
renovation-ask-note = 还有需要说明的吗？（最多 { $limit } 字）没有请点“跳过”。
renovation-water-result-summary =
    请核对闭水试验结果：
    结果：{ $passed ->
        [1] ✅ 合格
       *[other] ❌ 不合格
    }
    照片：{ $photos } 张
    备注：{ $note }
    确认后将通知住户。
renovation-field-result = 结果
renovation-water-recorded = 💧 已登记装修 { $number } 的闭水试验结果：{ $passed ->
        [1] 合格。
       *[other] 不合格。防水重做后请重新预约闭水试验。
    }已通知住户。
renovation-water-not-booked = 该装修尚未预约闭水试验，请先预约。
renovation-water-passed-told =
    ✅ 您的装修 { $number }（{ $unit }）24小时闭水试验合格，涉水区域可以继续施工。
    备注：{ $note }
renovation-water-failed-told =
    ❌ 您的装修 { $number }（{ $unit }）24小时闭水试验不合格，有渗漏。
    备注：{ $note }
    请安排重做防水，工程维修部将与您另约时间重新做闭水试验。

## 巡查监管（巡检签到和装修巡检记录）

renovation-ask-sign-in = 🚶 装修 { $number } 巡查。到达现场后请在这里签到，并在施工房间内张贴的《巡检签到表》上签到。
renovation-sign-in = ✍️ 巡检签到
renovation-ask-problems = 发现了哪些问题？请逐项点选（再点一次可取消），然后点“选好了”；没有问题请直接点“选好了”。
renovation-check-declared = 未按装修申请表申报的项目施工
renovation-check-passes = 施工人员未办理或未佩戴出入证
renovation-check-structure = 破坏结构、影响外观或改变功能
renovation-check-utilities = 私自使用公用水电
renovation-check-safety = 存在施工安全或消防隐患
renovation-check-debris = 垃圾未清运，占用、污染或损坏公共区域
renovation-check-door = 施工期间关闭入户门
renovation-ask-inspect-photos = 请发送现场照片（至少 1 张，最多 { $max } 张），发完后点“完成”。
renovation-ask-fix-by = 限期整改：住户须在哪天前整改完毕？到期当天会提醒您复查。
renovation-inspect-summary =
    请核对装修巡检记录：
    { $count ->
        [0] ✅ 未发现问题。
       *[other] ⚠️ 发现问题（{ $count } 项）：
            { $problems }
            整改期限：{ $fix_by }
    }
    照片：{ $photos } 张
    备注：{ $note }
renovation-field-problems = 发现的问题
renovation-field-photos = 照片
renovation-field-note = 备注
renovation-field-fix-by = 整改期限
renovation-inspected = 🚶 已填写装修 { $number } 的装修巡检记录。{ $problems ->
        [0] 未发现问题。
       *[other] 已通知住户整改内容和期限，到期当天会提醒您复查。
    }
renovation-inspection-problem =
    ⚠️ 巡查发现您的装修 { $number }（{ $unit }）存在违章问题：
    { $problems }
    备注：{ $note }
    请于 { $fix_by } 前整改完毕，届时管理处将再次检查。
renovation-need-photos = 请至少添加一张照片后重新登记。
renovation-need-fix-by = 请设定整改期限：今天或以后、60天以内的日期，然后重新登记。

## 完工与验收

renovation-completed = 🏁 谢谢！已通知管理处进行装修验收，管理处将与您联系约定时间。
renovation-accept-ask = 🏁 装修 { $number }（{ $estate } { $unit }）已报完工。请会同工程维修部人员检查装修是否符合标准，并登记验收结果。
renovation-ask-accept = 🏁 装修 { $number } 验收：请检查装修是否符合标准。已收保证金：{ $deposit }。验收结果是？
renovation-accept-pass = ✅ 验收合格，结案退款
renovation-accept-problems-option = ⚠️ 存在不符合项，限期整改
renovation-accept-deduct = 💸 逾期未整改，扣除保证金
renovation-ask-accept-problems = 请写明不符合项及整改要求，住户会看到（最多 { $limit } 字）。
renovation-ask-deduction = 从保证金中扣除多少？不超过已收保证金 { $deposit }，请发送金额，例如 300。
renovation-ask-deduction-reason = 扣除原因是什么？哪一项逾期未整改？住户会看到（最多 { $limit } 字）。
renovation-ask-returned = 收回了哪些证件？默认全部已勾选，未交回的请点按取消，然后点“选好了”。交回的施工许可证和施工人员出入证按交证退款随保证金退还费用；未交回的证件作废，不予退款。
renovation-returned-permit = 装修施工许可证
renovation-returned-pass = { $name }的施工人员出入证
renovation-ask-accept-photos = 请发送验收照片（至少 1 张，最多 { $max } 张），发完后点“完成”。
renovation-accept-summary =
    请核对验收结果：
    结果：{ $result }
    { $closing ->
        [1] 收回证件：{ $returned }
            扣除保证金：{ $deduction }（原因：{ $reason }）
            确认后申请将结案，并登记退款。
       *[other] 整改内容：{ $problems }
            整改期限：{ $fix_by }
            确认后将通知住户整改内容和期限。
    }
renovation-field-returned = 收回证件
renovation-field-deduction = 扣除金额
renovation-accepted = ✅ 已登记装修 { $number } 的验收结果。{ $closed ->
        [1] 申请已结案，已通知住户退款事宜。
       *[other] 已通知住户整改内容和期限，到期当天会提醒您复查。
    }
renovation-accept-problems =
    ⚠️ 您的装修 { $number }（{ $unit }）验收存在不符合项，请于 { $fix_by } 前整改完毕：
    { $problems }
    届时管理处将再次验收；逾期未整改的，将扣除相应保证金。
renovation-closed-told =
    ✅ 您的装修 { $number }（{ $unit }）验收合格，已结案。感谢您的配合！
    { $deducted ->
        [0] 保证金未作扣除。
       *[other] 扣除保证金 { $deduction }，原因：{ $reason }
    }
    应退还您 { $refund }（装修保证金{ $deducted ->
        [0] {""}
       *[other] 扣除后的余额
    }，以及交回的施工许可证和施工人员出入证费用），由管理处退还。
renovation-deduct-not-now = 只有验收发现的不符合项逾期未整改时，才能扣除保证金。
renovation-bad-deduction = 扣除金额须大于 0，且不超过已收保证金 { $most }。
renovation-need-reason = 请填写扣除保证金的原因，然后重新登记验收。

## 提醒

renovation-remind-inspect = 🚶 到期巡查：{ $estate } { $unit } 的装修 { $number }。请按规定入户检查，巡检签到并填写装修巡检记录。
renovation-remind-water = 💧 待预约闭水试验：{ $estate } { $unit } 的装修 { $number } 涉及涉水区域施工。请与业主约定时间，预约24小时闭水试验。
renovation-remind-water-result = 💧 装修 { $number }（{ $estate } { $unit }）的24小时闭水试验已到时间。请检查是否渗漏，并拍照登记结果。
renovation-remind-expiry = ⏰ 您的装修 { $number }（{ $unit }）施工期将于 { $until } 结束，施工许可证和施工人员出入证有效期至当天。请按时完工，并在申请卡片上点“已完工，申请验收”。如需延期，请联系管理处。
renovation-remind-expiry-staff = ⏰ 装修 { $number }（{ $estate } { $unit }）施工期至 { $until }，届时施工许可证和施工人员出入证到期。
renovation-remind-overdue = ⚠️ 您的装修 { $number }（{ $unit }）施工期已于 { $until } 结束，施工许可证和施工人员出入证已失效，施工人员将不能进场。已完工的，请在申请卡片上点“已完工，申请验收”；未完工的，请联系管理处。
renovation-remind-accept = ⏰ 待验收：{ $estate } { $unit } 的装修 { $number } 已报完工，请尽快检查并登记验收结果。
renovation-remind-fix = ⏰ 今天是整改期限：装修 { $number }（{ $estate } { $unit }）发现的问题应已整改完毕。请到现场复查并登记结果。

## 命令与菜单

command-renovation-staff = 在施装修户
command-pass = 核验访客通行码、物品放行码、施工人员出入证或车牌：/pass 编码
menu-renovation = 🛠 装修管理
renovation-water-first = 本次申报含涉水区域施工：须24小时闭水试验合格后，才能申报完工验收。
renovation-resubmitted = ✅ 装修申请 { $number } 已修改，并重新提交审核。
renovation-fixed-owner = ✅ 装修申请 { $number } 已修改，已重新发送业主确认。
renovation-water-booked-done = 💧 已预约：{ $number } 的24小时闭水试验于 { $day } { $at } 开始。已通知业主；24小时后将提醒您登记结果。
renovation-card-objection = ↩️ { $item }：{ $reason }
renovation-need-unit = 装修申请须由已绑定房屋的住户办理：请向管理处索取邀请码。
renovation-button-violation = ⚠️ 记录违章
renovation-event-passes-suspended = 因违章 { $note } 停用施工人员出入证
renovation-event-passes-restored = 违章 { $note } 整改后恢复施工人员出入证
fee-type-violation-loss = 违章赔偿
