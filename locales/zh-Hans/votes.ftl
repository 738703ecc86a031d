## 业主表决：按专有部分面积和人数计票（民法典第二百七十八条）

command-votes = 业主表决：投票、查看结果
command-votes-staff = 业主表决：发起、录入书面表决票、未投票业主
menu-votes = 🗳 业主表决
flow-title-vote = 业主表决
flow-title-vote-paper = 书面表决票

vote-kind-ordinary = 一般事项（如使用维修资金）
vote-kind-fund-raise = 筹集维修资金
vote-kind-rebuild = 改建、重建建筑物及其附属设施
vote-kind-common-use = 改变共有部分用途或利用共有部分经营
vote-rule-half = 须经参与表决专有部分面积过半数且参与表决人数过半数的业主同意
vote-rule-three-quarters = 须经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主同意
vote-choice-agree = 同意
vote-choice-disagree = 反对
vote-choice-abstain = 弃权
vote-source-online = 线上
vote-source-paper = 书面
vote-action-online = 线上投票
vote-action-paper = 录入书面表决票
vote-action-changed = 更改投票
vote-action-replaced = 线上投票取代书面表决票

vote-ask-title = 🗳 发起业主表决（代业主委员会）。表决事项的标题（如“电梯大修使用维修资金”）？
vote-ask-body = 请说明表决事项：做什么、费用多少、从哪里支出。
vote-ask-kind = 事项类别？（决定通过所需的比例）
vote-ask-files = 请上传报价单、方案等照片（已收到 { $count } 张，最多 { $max } 张），没有请点“完成”。
vote-ask-day = 表决截止到哪一天？（当天 20:00 截止）
vote-field-title = 标题
vote-field-body = 说明
vote-summary =
    请核对表决信息——开始后将通知每户的表决业主：
    { $title }
    事项类别：{ $kind }
    { $body }
    附件 { $files } 张 · 截止 { $closes }
    表决名册：{ $units } 套房屋，{ $owners } 位业主，总面积 { $area } ㎡
    参与表决的面积和人数均须达到三分之二以上；{ $rule }。
vote-opened-note = ✅ 表决已开始，已通知各户表决业主。

vote-opened =
    🗳 业主表决 { $number }（{ $estate }）：{ $title }
    类别：{ $kind }，截止 { $closes }。请打开查看您的表决权重并投票。
vote-remind = ⏰ 业主表决 { $number }「{ $title }」将于 { $closes } 截止，您尚未投票，请打开投票。
vote-button-open = 🗳 打开表决
vote-closed-staff =
    🗳 表决 { $number }「{ $title }」已截止：{ $passed ->
        [1] 通过
       *[other] 未通过
    }。结果已向全体住户公示。
vote-result-notice =
    【业主表决结果公示】{ $estate } { $number }
    表决事项：{ $title }
    事项类别：{ $kind }
    表决结果：{ $passed ->
        [1] 通过
       *[other] 未通过
    }
    参与表决专有部分面积 { $voted_area } ㎡ / 总面积 { $total_area } ㎡（{ $voted_area_pct }%）
    参与表决人数 { $voted_owners } / 总人数 { $total_owners }（{ $voted_owners_pct }%）
    { $quorum ->
        [1] 已达到三分之二以上的参与要求。
       *[other] 未达到三分之二以上的参与要求。
    }
    同意面积 { $agree_area } ㎡ / 参与表决面积 { $voted_area } ㎡（{ $agree_area_pct }%）
    同意人数 { $agree_owners } / 参与表决人数 { $voted_owners }（{ $agree_owners_pct }%）
    反对 { $disagree_owners } 人（{ $disagree_area } ㎡），弃权 { $abstain_owners } 人（{ $abstain_area } ㎡）
    计票规则：{ $rule }。

vote-card =
    🗳 业主表决 { $number }：{ $title }
    类别：{ $kind } · { $closed ->
        [1] 已于 { $closes } 截止
       *[other] 截止 { $closes }
    }
    { $body }
vote-turnout =
    目前参与：面积 { $voted_area } / { $total_area } ㎡（{ $voted_area_pct }%），人数 { $voted_owners } / { $total_owners }（{ $voted_owners_pct }%）
    { $quorum ->
        [1] 已达到三分之二以上的参与要求。
       *[other] 尚未达到三分之二以上的参与要求。
    }
    { $rule }。
vote-result =
    表决结果：{ $passed ->
        [1] ✅ 通过
       *[other] ❌ 未通过
    }
    参与表决专有部分面积 { $voted_area } ㎡ / 总面积 { $total_area } ㎡（{ $voted_area_pct }%）
    参与表决人数 { $voted_owners } / 总人数 { $total_owners }（{ $voted_owners_pct }%）{ $quorum ->
        [1] ，达到三分之二
       *[other] ，未达到三分之二
    }
    同意面积 { $agree_area } ㎡ / 参与表决面积 { $voted_area } ㎡（{ $agree_area_pct }%）
    同意人数 { $agree_owners } / 参与表决人数 { $voted_owners }（{ $agree_owners_pct }%）
    反对 { $disagree_owners } 人（{ $disagree_area } ㎡），弃权 { $abstain_owners } 人（{ $abstain_area } ㎡），其中书面表决 { $paper } 人
    { $rule }。
vote-card-mine =
    您的表决权重：{ $units }，共 { $count } 套、{ $area } ㎡，按一人计。
    { $voted ->
        [1] 您的投票：{ $choice }{ $paper ->
            [1] （书面表决票，由管理处录入）
           *[other] {""}
        }{ $replaced ->
            [1] （线上投票已取代书面表决票）
           *[other] {""}
        }
       *[other] 您尚未投票。
    }
vote-card-not-owner = 业主表决由登记的业主投票（每户一票），租户和家庭成员可以查看，不能投票。
vote-card-co-owner = 您的房屋由其表决业主投票（默认是最先绑定的业主，管理处可以另行指定）。
vote-co-owner = 您房屋的表决票由另一位业主投出；如需由您投票，请联系管理处。
vote-card-voted = 已投票：{ $count } / { $total } 套（{ $secret ->
    [open] 截止前不显示投票内容
    [secret] 投票内容保密
   *[shown] 各户意见见导出的表决票
}）。
vote-cast-thanks = 已记录您的投票，截止前可以更改。
vote-button-paper = 📝 录入书面表决票
vote-button-silent = 🚪 未投票的业主
vote-button-export = 📊 导出表决票
vote-silent-none = 所有业主都已投票。
vote-silent-head = 🚪 尚未投票的业主（{ $count } 套），请上门走访：
vote-silent-line = { $unit } · { $owner } · { $phone }
vote-silent-more = ……另有 { $count } 套。
vote-list-head = 🗳 业主表决：
vote-list-none = 暂无业主表决。
vote-list-line = { $number } { $title }{ $closed ->
    [1] （已截止）
   *[other] {""}
}
vote-button-new = 🗳 发起表决

vote-ask-paper-unit = 📝 录入书面表决票。哪一户？请输入房号（如 1-1-101）。
vote-ask-paper-choice = 表决票上的意见？
vote-ask-paper-photo = 请拍摄表决票照片（已收到 { $count } 张，最多 { $max } 张）。
vote-paper-summary = 请核对：{ $unit } 的书面表决票，意见为“{ $choice }”。
vote-paper-recorded = ✅ 已录入 { $unit } 的书面表决票。

vote-managers-only = 业主表决由管理处经理代业主委员会发起。
vote-need-bound = 请先用邀请码绑定您的房屋。
vote-no-units = 尚未导入房屋，无法发起表决。
vote-units-without-area = 有 { $count } 套房屋未登记面积，无法发起表决：{ $units }。请在房屋表中补全面积后重新导入。
vote-bad-text = 标题最多 200 个字，说明最多 { $limit } 个字。
vote-closes-too-soon = 截止时间须至少在一小时之后。
vote-owners-only = 只有登记的业主可以投票，租户和家庭成员不能投票。
vote-closed = 该表决已截止，不能再投票。
vote-unit-not-on-roll = 表决名册中没有房号 { $unit }。
vote-not-your-grid = { $unit } 不在您负责的网格内。
vote-paper-after-online = 该业主已在线上投票，书面表决票不能覆盖线上投票。

vote-sheet-ballots = 表决票
vote-sheet-record = 投票记录
vote-col-unit = 房号
vote-col-area = 面积（㎡）
vote-col-owner = 业主
vote-col-voted = 已投票
vote-col-choice = 意见
vote-col-source = 方式
vote-col-replaced = 取代书面票
vote-col-at = 时间
vote-col-units = 房屋
vote-col-action = 记录
