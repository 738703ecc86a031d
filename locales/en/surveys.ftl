## Surveys (客户满意度调查)

command-surveys = Surveys: answer the open ones
command-surveys-staff = Surveys: results, the quarterly satisfaction survey
flow-title-survey = New survey
flow-title-survey-quarterly = Quarterly satisfaction survey
flow-title-survey-answer = Your survey answers
survey-managers-only = Surveys are sent by the management office's managers.
survey-close-past = That closing time has passed: please choose a later day.
survey-close-far = A survey may run for at most { $days } days.
survey-need-questions = A survey needs a title and one to { $most } questions, each with its text.
survey-bad-options = Please write two to { $most } choices, one per line, each at most { $longest } characters.
survey-incomplete = Some answers are missing: please answer the survey again.
survey-closed = “{ $title }” is closed: answers are no longer taken. Thank you!
survey-title-quarterly = Quarterly satisfaction survey, Q{ $quarter } { $year }
survey-q-attitude = How satisfied are you with our service attitude?
survey-q-speed = How satisfied are you with how quickly we respond?
survey-q-cleaning = How satisfied are you with cleanliness and sanitation?
survey-q-security = How satisfied are you with security and order?
survey-q-repairs = How satisfied are you with repairs and maintenance?
survey-q-suggestions = Your comments and suggestions for us
survey-kind-rating = ⭐ Rating 1–5
survey-kind-single = 🔘 One choice
survey-kind-multiple = ☑️ Several choices
survey-kind-text = ✍️ Free text
survey-kind-done = ✅ No more questions
survey-ask-title = 📋 A new survey. Its title?
survey-ask-kind = Question { $number }: what kind of answer?
survey-ask-next-kind = Question { $number }: what kind of answer — or no more questions?
survey-ask-question = Question { $number }: its text, as residents will read it (at most { $limit } characters).
survey-ask-options = Question { $number }: the choices, one per line.
survey-ask-scope = Who is asked?
survey-ask-closes = It closes at 20:00 on which day?
survey-field-title = Title
survey-summary =
    Please check the survey:
    { $title }
    { $questions }
    To: { $audience } — { $count } resident(s) now
    Closes: { $closes }
survey-question-line = { $number }. { $question } ({ $kind }){ $choices ->
    [1] {" "}— { $options }
   *[other] {""}
}
survey-posted-author = 📋 Survey #{ $id } “{ $title }” went to { $invited } resident(s); it closes { $closes }.
survey-posted =
    📋 { $title } ({ $estate })
    { $count } question(s), open until { $closes }. Your answers help us serve you better.
survey-button-answer = ✍️ Answer
survey-button-results = 📊 Results
survey-button-quarterly = 📋 Send the quarterly satisfaction survey
survey-button-new = ➕ Build a survey
survey-remind = 🔔 Reminder: “{ $title }” closes { $closes } and we have not had your answers yet.
survey-closed-author = 📋 “{ $title }” is closed: { $answered } of { $invited } answered, average rating { $average }.
survey-ask-answer =
    📋 { $title } — question { $number } of { $total }
    { $question }
    { $hint }
survey-hint-rating = Tap 1–5: 1 = very dissatisfied, 5 = very satisfied.
survey-hint-single = Choose one.
survey-hint-multiple = Choose all that apply, then Done.
survey-hint-text = Write your answer, or Skip.
survey-star = { $stars }⭐
survey-thanks = { $again ->
    [1] ✅ Thank you: your new answers to “{ $title }” replace your earlier ones.
   *[other] ✅ Thank you for answering “{ $title }”!
} You may change your answers until { $closes }.
survey-results-head =
    📊 Survey #{ $id } “{ $title }”
    { $open ->
        [1] Open until { $at }
       *[other] Closed { $at }
    } · answered: { $answered } of { $invited }
survey-results-grids = Your grids only: { $grids }
survey-result-rating = average { $average } from { $count } · { $stars }
survey-result-star = { $stars }★ { $count }
survey-result-option = · { $option }: { $count }
survey-result-texts = { $count } answer(s):
survey-result-text = — { $text }
survey-result-more = … and { $count } more (all in the export)
survey-by-grid = By grid (average rating · answers):
survey-by-butler = By butler (average rating · answers):
survey-group-line = · { $name }: { $average } · { $count }
survey-chart-title = { $title }: average ratings
survey-chart-question = Q{ $number } { $question }
survey-chart-butler = Butler { $name }
survey-list-none = No survey at the moment.
survey-list-staff = 📋 Surveys ({ $count }):
survey-list-resident = 📋 Surveys open for you ({ $count }):
survey-list-line = #{ $id } { $title } · { $staff ->
    [1] { $answered }/{ $invited }{ $open ->
        [1] {" "}· open
       *[other] {" "}· closed
    }
   *[other] { $answered ->
        [0] not answered yet
       *[other] ✓ answered
    }
}
survey-digest-head = Surveys:
survey-digest-closed = · Closed: “{ $title }”, { $answered } of { $invited } answered, average { $average }
survey-digest-butler = · · { $name }: average { $average } from { $answered } answer(s)
survey-digest-open = · Open: “{ $title }”, { $answered } of { $invited } answered, closes { $closes }
export-sheet-surveys = Surveys
export-col-survey = Survey
export-col-answered = Answered
export-col-butlers = Butler(s)
export-col-question-number = No.
export-col-question = Question
export-col-question-kind = Kind
export-col-answer = Answer
export-survey-choices = { $names }
