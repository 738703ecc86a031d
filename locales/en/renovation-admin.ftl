## The operator's renovation settings (butler renovation …) and refunds of returned permits.

cli-refund-reason-returned = deposit or permit handed back (renovation)
cli-renovation-bad-code = “{ $code }” is not a work code: lower-case letters, digits and _, 2 to 32 characters, e.g. floors.
cli-renovation-need-names = A new work “{ $code }” needs both names: --zh and --en.
cli-renovation-bad-document = Documents are one of: { $kinds }.
cli-renovation-document-size = The document is empty or larger than 20 MB.
cli-renovation-bad-days = Inspection visits are every 1 to 30 days.
cli-renovation-bad-role = The reviewer role is one of: { $roles }.
cli-renovation-works = Works residents of { $estate } may declare ({ $count }):
cli-renovation-work-line = { $code }: { $zh } / { $en }{ $wet ->
        [1] , wet area (after the waterproof test)
       *[other] {""}
    }{ $measured ->
        [1] , with its area
       *[other] {""}
    }{ $active ->
        [1] {""}
       *[other] , disabled
    }
cli-renovation-documents = Documents residents of { $estate } read before applying:
cli-renovation-document-missing = (not uploaded)
cli-renovation-settings = { $estate }: an inspection visit every { $days } days; applications reviewed by: { $role }.
