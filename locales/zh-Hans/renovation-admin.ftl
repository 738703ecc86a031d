## 运营人员的装修管理设置（butler renovation …），以及交证退款。

cli-refund-reason-returned = 装修交证退款（保证金、施工许可证或出入证）
cli-renovation-bad-code = “{ $code }”不是有效的项目代码：只能用小写字母、数字和 _，2 到 32 个字符，例如 floors。
cli-renovation-need-names = 新项目“{ $code }”需要中英文名称：--zh 和 --en。
cli-renovation-bad-document = 文件类型只能是：{ $kinds }。
cli-renovation-document-size = 文件为空或超过 20 MB。
cli-renovation-bad-days = 入户检查频次为每 1 到 30 天一次。
cli-renovation-bad-role = 审核角色只能是：{ $roles }。
cli-renovation-works = { $estate } 业主可申报的装修项目（{ $count } 项）：
cli-renovation-work-line = { $code }：{ $zh } / { $en }{ $wet ->
        [1] ，涉水区域（闭水试验合格后施工）
       *[other] {""}
    }{ $measured ->
        [1] ，需申报面积
       *[other] {""}
    }{ $active ->
        [1] {""}
       *[other] ，已停用
    }
cli-renovation-documents = { $estate } 业主申报前须阅读的文件：
cli-renovation-document-missing = （未上传）
cli-renovation-settings = { $estate }：每 { $days } 天入户检查一次；装修申请由 { $role } 审核。
