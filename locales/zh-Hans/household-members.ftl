## 住户信息：业主的家庭成员和租户
command-household = 我的住户：家庭成员和租户
menu-household = 👪 我的住户
flow-title-member-invite = 邀请家庭成员或租户
flow-title-member-extend = 新的租期截止日
members-none = 您还没有绑定任何房屋。
members-unit-title = 🏠 { $unit } · { $estate }（您是{ $relation }）
members-line = • { $name }（{ $relation }）
members-terms = ↳ 缴费：{ $pay } · 报修：{ $repair } · 业主表决：不可以（仅限业主）
members-terms-lease = ↳ 租期至 { $day }
members-terms-added = ↳ 由{ $name }添加
members-not-owner = 只有 { $unit } 的业主可以添加或移除住户。
members-button-add = ➕ 添加家庭成员或租户
members-button-remove = 🗑 移除{ $name }
members-button-extend-of = 📅 为{ $name }续租
members-button-remove-yes = ✅ 确认移除
members-button-back = ↩️ 返回
members-remove-ask = 确定将{ $name }（{ $relation }）从 { $unit } 移除吗？其访问权限立即失效，并会收到通知。
members-removed = 已移除{ $name }。
members-relation-family = 👪 家庭成员
members-relation-tenant = 🔑 租户
members-right-pay = 💳 缴纳费用
members-right-repair = 🔧 报修
members-ask-relation = 您要邀请谁加入 { $unit }：家庭成员还是租户？
members-ask-lease = 租期到哪天截止？请发送日期（例如 2027-06-30）。截止日过后租户的权限即失效，到期前一周会提醒您。
members-ask-rights = 允许其为 { $unit } 办理哪些事项？点按开启或关闭，然后点“完成”。业主表决只限业主，租户和家庭成员都不能参加。
members-field-rights = 允许办理的事项
members-summary =
    请核对邀请：
    房屋：{ $unit }
    身份：{ $relation }
    租期至：{ $lease }
    缴费：{ $pay }
    报修：{ $repair }
    业主表决：不可以（仅限业主）
members-issued =
    ✅ { $unit } 的{ $relation }一次性邀请码：{ $code }
    链接：{ $link }
    请您亲自转交；只能使用一次，14 天内有效。
members-issued-again = 邀请码已经生成，见上一条消息。
members-owners-only = 只有房屋的业主可以邀请或移除家庭成员和租户。
members-lease-needed = 租户需要一个不早于今天的租期截止日。
members-already-owner = 您已是这户房屋的业主，此邀请码是给其他人用的。
members-inviter-gone = 生成此邀请码的业主已不再绑定这户房屋，请向业主索取新的邀请码。
members-lease-over = 此邀请码的租期已经结束，请向业主索取新的邀请码。
members-cannot-remove-owner = 业主不能在这里移除，请联系管理处。
members-no-lease = 只有租户才有租期可以续。
members-joined = 👋 { $name }已用您的邀请码以{ $relation }身份加入 { $unit }。
members-removed-you = 业主已将您从{ $estate } { $unit } 移除，您在这里已不能再访问这户房屋。
members-lease-remind = 📅 { $name }在 { $unit } 的租期将于 { $day } 截止，之后其权限即失效。如继续租住，请续租。
members-button-extend = 📅 续租
members-ask-new-lease = { $name }的租期续到哪天？请发送新的截止日期。
members-extended = ✅ { $name }的租期已改为 { $day } 截止。
members-lease-extended-you = 📅 您在 { $unit } 的租期已续至 { $day }。
members-lease-ended-you = 您在{ $estate } { $unit } 的租期已于 { $day } 结束，您在这里已不能再访问这户房屋。如继续租住，请向业主索取新的邀请码。
members-lease-ended = { $name }在 { $unit } 的租期已于 { $day } 结束，其权限已失效。
members-no-pay = 业主未允许您缴纳这户房屋的费用，请与业主联系。
members-no-repair = 业主未允许您为这户房屋报修，请与业主联系。
members-pay-not-yours = 这些费用由业主缴纳（业主未允许您缴费）。
members-no-longer-bound = 您在这里已不再绑定（业主已将您移除、租期已结束或管理处已解除绑定），此按钮已失效。如需继续使用，请索取新的邀请码。
members-yes = 可以
members-no = 不可以
