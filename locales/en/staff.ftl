# What staff (youth organisations, the Innsatsgruppe, administrators) see.
staff-sign-in-title = Staff sign-in
staff-sign-in-lead = Signing in is only for people who make and read consultations. Young people who answer never need to sign in.
staff-email-label = E-mail address
staff-password-label = Password
staff-sign-in-button = Sign in
staff-signed-in-as = You are signed in as { $name }.
staff-home-title = Your page
staff-hello = Hello, { $name }
staff-role-line = Role: { $role }
staff-role-admin = administrator
staff-role-facilitator = facilitator in an organisation
staff-role-reviewer = reviewer in the Innsatsgruppe
staff-need-sign-in = You need to sign in to see this page
staff-change-password-heading = Change password
staff-current-password-label = Your current password
staff-new-password-label = New password
staff-new-password-hint = At least 12 characters. A sentence you remember makes a good password.
staff-change-password-button = Change password
staff-password-changed = Your password has been changed. You have been signed out everywhere else.
staff-sign-out-heading = Sign out
staff-sign-out-button = Sign out
staff-sign-out-everywhere-hint = If you have been signed in on another computer, you can sign out there too.
staff-sign-out-everywhere-button = Sign out everywhere
error-sign-in-failed = The e-mail address or the password is wrong.
error-too-many-attempts = Too many attempts. Wait a quarter of an hour and try again.
error-csrf = The form is too old. Reload the page and try again.
error-current-password-wrong = Your current password is wrong.
staff-forbidden-title = You do not have access to this page
staff-forbidden-body = This page is for another role than yours. Ask an administrator if you need access.
staff-admin-title = Administration
staff-admin-invite-heading = Invite a staff member
staff-admin-invite-name-label = Name
staff-admin-invite-role-label = Role
staff-admin-invite-org-label = Organisation
staff-admin-invite-org-none = None (for reviewers and administrators)
staff-admin-invite-button = Make an invite link
staff-admin-invite-link = Send this link to the person you invite. It works once, for seven days:
staff-admin-organisations-heading = Organisations
staff-admin-org-name-label = Name of a new organisation
staff-admin-create-org-button = Add organisation
staff-admin-staff-heading = Staff
staff-admin-status = Status
staff-admin-pending = Invited
staff-admin-active = Active
staff-invite-heading = Invitation
staff-invite-welcome = Welcome, { $name }
staff-invite-lead = Choose a password. Then your account is ready and you are signed in.
staff-invite-button = Save password and sign in
staff-invite-used-title = This invitation has been used
staff-invite-expired-title = This invitation has expired
staff-invite-unknown-title = We cannot find this invitation
staff-invite-ask-again = Ask the administrator for a new link.
error-org-needed = A facilitator must belong to an organisation. Choose an organisation.
error-org-not-allowed = Only facilitators belong to an organisation. Choose “None”.
error-email-taken = There is already an account with this e-mail address.
staff-consultations-title = Consultations
staff-consultations-none = Your organisation has no consultations yet.
staff-session-mode-live = In the room now (live)
staff-session-mode-open = An open link between two dates
staff-session-accepting = taking answers
staff-session-not-accepting = not taking answers
staff-session-responses =
    { $count ->
        [one] { $count } response
       *[other] { $count } responses
    }
staff-session-new = Open a new session
staff-session-opens = First day (optional)
staff-session-closes = Last day (optional)
staff-session-dates-hint = Without dates the link stays open until you end the session.
staff-session-open-button = Open session
staff-session-code-aria = The code is { $code }
staff-session-qr-label = QR code that opens the consultation
staff-session-link = Link:
staff-session-poster = Print a poster
staff-session-end = End the session
poster-instruction = Scan the code with your phone, or go to the address and type in the code. You are anonymous.
error-date-invalid = The date was not understood. Use the date picker.
error-date-order = The last day must come after the first day.
staff-template-heading = Make a new consultation from a template
staff-template-use = Use this template
staff-results-heading = Results so far
staff-results-written =
    { $count ->
        [one] { $count } written answer. The texts are shown once personal data has been removed.
       *[other] { $count } written answers. The texts are shown once personal data has been removed.
    }

staff-moderate-link = Free text and moderation
staff-moderate-title = Free text
staff-moderate-back = Back to the session
staff-moderate-waiting =
    { $count ->
        [one] { $count } text is waiting to be checked.
       *[other] { $count } texts are waiting to be checked.
    }
staff-help-offered =
    { $count ->
        [one] { $count } young person was shown the help lines in this session. We never show who.
       *[other] { $count } young people were shown the help lines in this session. We never show who.
    }
staff-moderate-explain = Names, phone numbers and other personal data have already been taken out. Only approved texts are shown on the screen and leave the organisation.
staff-moderate-status-pending = Waiting
staff-moderate-status-approved = Approved
staff-moderate-status-hidden = Hidden
staff-moderate-approve = Approve
staff-moderate-help-offered = The person who wrote this was shown the help lines, because the text may say they are hurting or in danger.
staff-moderate-help-confirm = I have read this text and want to show it on the big screen all the same.
staff-moderate-help-confirm-missing = The person who wrote this text was shown the help lines. Tick the box to say you have read it and still want to approve it.
staff-moderate-hide = Hide
staff-moderate-reason-label = Why should the text be hidden?
staff-moderate-reason-shown = Hidden because: { $reason }
staff-moderate-redact = Hide these words
staff-moderate-part-label = Words to hide (type them exactly)
staff-moderate-reason-missing = Write why the text should be hidden.
staff-moderate-reason-too-long = The reason can be at most 300 characters.
staff-moderate-part-missing = Write the words to hide.
staff-moderate-part-not-found = We did not find those words in the text. Type them exactly as they are written.
staff-labels-heading = Themes
staff-labels-none = No themes
staff-label-suggested = { $name } (suggested, { $percent } %)
staff-label-confirmed = { $name } (confirmed)
staff-labels-correct = Correct the themes
staff-labels-save = Save the themes
staff-dimension-goal = Sub-goals
staff-dimension-arena = Arenas
staff-dimension-factor = Cross-cutting factors

staff-present-open = Show on the big screen
staff-present-title = Big screen
staff-present-joined =
    { $count ->
        [one] { $count } has joined
       *[other] { $count } have joined
    }
staff-present-sent =
    { $count ->
        [one] { $count } has sent
       *[other] { $count } have sent
    }
staff-present-position = Question { $n } of { $total }
staff-present-paced = phones follow this screen
staff-present-self-paced = everyone answers at their own pace
staff-present-results-label = The question now and the answers so far
staff-present-results-hidden = The results are hidden.
staff-present-previous = Previous question
staff-present-next = Next question
staff-present-switch-paced = Let the phones follow the screen
staff-present-switch-self-paced = Switch to own pace
staff-present-hide = Hide the results
staff-present-reveal = Show the results
staff-present-back = Back to the session

staff-export-csv = Download the answers (CSV)
staff-export-xlsx = Download the answers (Excel)
export-sheet-answers = Answers
export-sheet-dictionary = Data dictionary
export-dictionary-column = Column
export-dictionary-meaning = What it means
export-col-response = Number of one submitted response within this file. The same person cannot be followed between files.
export-col-session = The code of the session the response came in.
export-col-submitted_hour = The hour the response was stored (UTC). A finer time is never stored.
export-col-language = The language the young person answered in: nb, nn, se or en.
export-col-age_band = Age band, if the young person chose to give it.
export-col-county = County, if the young person chose to give it.
export-col-question_no = The question's number in the survey.
export-col-question = The question, as it was asked.
export-col-question_kind = Kind of question: single_choice, multiple_choice, scale, free_text or idea.
export-col-option = The option chosen. With several choices, each is on a row of its own.
export-col-scale = Value on the scale from 1 (very bad) to 5 (very good).
export-col-idea_title = The title of an idea. Only approved texts are included.
export-col-text = The free text, with personal data removed. Only approved texts are included.
export-col-moderation = For free text: pending, approved or hidden.
export-col-goals = Sub-goals of the framework. [auto] was suggested by the machine, [confirmed] was confirmed by a person.
export-col-arenas = Arenas of the framework, marked [auto] or [confirmed] as for sub-goals.
export-col-factors = Cross-cutting factors, marked [auto] or [confirmed] as for sub-goals.

# The consultation editor and its preview.
staff-editor-open = Edit questions
staff-editor-preview = Preview
staff-editor-title = Edit consultation
staff-editor-fallback-explain = Write each text in as many languages as you can. Where a language is missing, young people who chose it see the text in another language. Under each text it says which.
staff-editor-locked = This consultation has responses. You can still correct the texts, but questions and options can no longer be added, removed or moved, so that the answers keep their meaning.
staff-editor-locked-error = This consultation already has responses. Questions and options can no longer be added, removed or moved. You can still correct the texts.
staff-editor-no-questions = This consultation has no questions yet.
staff-editor-texts-heading = Title and introduction
staff-editor-title-legend = Title
staff-editor-intro-legend = Introduction
staff-editor-save-texts = Save title and introduction
staff-editor-questions-heading = Questions
staff-editor-question-heading = Question { $n }: { $kind }
staff-editor-prompt-legend = Question
staff-editor-help-legend = Help text under the question (optional)
staff-editor-save-question = Save question { $n }
staff-editor-preview-question = Preview question { $n }
staff-editor-missing = Missing: { $langs }
staff-editor-falls-back = { $missing } (shows { $shown })
staff-editor-language-label = Language
staff-editor-options-heading = Options
staff-editor-option-legend = Option
staff-editor-option-save = Save option
staff-editor-option-remove = Remove option
staff-editor-option-new-label = New option
staff-editor-option-add = Add option
staff-editor-move-up = Move question { $n } up
staff-editor-move-down = Move question { $n } down
staff-editor-delete-question = Delete question { $n } …
staff-editor-delete-warning = The question and its options are deleted for good.
staff-editor-delete-confirm = Yes, delete question { $n }
staff-editor-add-heading = Add a question
staff-editor-kind-label = Kind of question
staff-editor-options-label = Options
staff-editor-options-hint = Only for single and multiple choice: at least two options, one per line. Leave it empty for other kinds.
staff-editor-add-button = Add question
staff-kind-single-choice = Single choice
staff-kind-multiple-choice = Multiple choice
staff-kind-scale = Scale from 1 to 5
staff-kind-free-text = Free text
staff-kind-idea = Idea
staff-new-heading = Make a new consultation from scratch
staff-new-intro-label = Introduction (optional)
staff-new-intro-hint = Without one, young people read a standard introduction. You can change it afterwards.
staff-new-button = Make consultation
staff-new-default-intro = We want to hear what you think. Answer the questions you want to answer. You are anonymous.
staff-preview-title = Preview
staff-preview-note = Preview: this is how the question looks on a phone. Nothing you choose here is sent.
staff-preview-back = Back to the editor
staff-preview-langs = Preview in another language
staff-editor-error-empty = Write the text in at least one language.
staff-editor-error-too-long = One of the texts is too long. Shorten it and try again.
staff-editor-error-options-not-allowed = Only single and multiple choice questions have options.
staff-editor-error-too-few-options = A choice question needs at least two options.
staff-editor-error-too-many-options = A question can have at most 20 options.
staff-editor-error-too-many-questions = A consultation can have at most 50 questions.

staff-themes-heading = Themes that come up
staff-themes-explain = The machine groups texts that resemble each other and shows the words that set each group apart. Hidden texts are left out.
staff-themes-none = There are too few texts yet to find themes.
staff-themes-size =
    { $count ->
        [one] { $count } text
       *[other] { $count } texts
    }

## Themes across all consultations (reviewers)
staff-cross-themes-title = Themes across all consultations
staff-cross-themes-explain = The machine groups all texts from young people that resemble each other, across every consultation, and names each group by the words that set it apart, in the languages it was written in. Hidden texts are left out; quotes are only from approved texts.
staff-cross-themes-running = Grouping the texts now
staff-cross-themes-started = Started { $time }.
staff-cross-themes-step = Step { $step } of { $steps }: { $phase }
staff-cross-themes-count = { $done } of { $total }
staff-cross-themes-percent = About { $percent } % done. The page updates by itself.
staff-cross-themes-phase-loading = reading the texts
staff-cross-themes-phase-vectorising = finding the words in each text
staff-cross-themes-phase-clustering = grouping similar texts
staff-cross-themes-phase-naming = naming the groups
staff-cross-themes-phase-saving = saving the groups
staff-cross-themes-failed = The last grouping did not finish. Start it again.
staff-cross-themes-start = Group all texts again now
staff-cross-themes-start-hint = This also happens by itself once a day when new texts have come in. It takes under a minute even with a million texts.
staff-cross-themes-none-yet = No texts have been grouped yet.
staff-cross-themes-latest = Latest themes
staff-cross-themes-summary = Grouped { $time }, from { $texts } texts.
staff-cross-themes-small-hidden =
    { $count ->
        [one] One group with fewer than { $k } texts is not shown, to protect who wrote them.
       *[other] { $count } groups with fewer than { $k } texts are not shown, to protect who wrote them.
    }
staff-cross-themes-labels = Mostly about: { $labels }
staff-cross-themes-see-texts = See the texts in this group
staff-review-texts-link = All approved texts
staff-review-texts-title = Texts from all consultations
staff-review-texts-explain = Approved texts from every organisation, newest first. Correct the themes a text is marked with when the machine got them wrong: it learns from every correction.
staff-review-filter = Showing: { $filter }.
staff-review-filter-theme = the group “{ $words }”
staff-review-show-all = Show all texts
staff-review-filter-label = Show only texts about
staff-review-filter-button = Show
staff-review-suppressed = Fewer than { $k } texts match, so none are shown, to protect who wrote them.
staff-review-count =
    { $count ->
        [one] One approved text.
       *[other] { $count } approved texts.
    }
staff-review-pages = Pages
staff-review-page = Page { $page } of { $pages }
staff-review-previous = Previous page
staff-review-next = Next page

## The reviewers' overview
overview-title = Overview of what young people say
overview-explain = Every text young people have written, across all consultations, sorted by what it is mainly about: the mission's sub-goals and arenas, its cross-cutting factors, and when it came in. Choose filters to narrow it; the address of the page is a link to exactly this view.
overview-filters = Filters
overview-filter-from = From month
overview-filter-to = To month
overview-filter-county = County
overview-filter-age = Age
overview-filter-lang = Language written in
overview-filter-org = Organisation
overview-filter-consultation = Consultation
overview-filter-goal = Main sub-goal
overview-filter-arena = Main arena
overview-filter-factor = Factor
overview-all = All
overview-show = Show
overview-reset = Clear the filters
overview-showing = Showing: { $filters }
overview-no-filters = all texts
overview-link = Link to this view
overview-export-csv = Download as CSV
overview-hidden = hidden
overview-hidden-explain = A number that comes from fewer than { $k } young people is hidden, and so are enough others that it cannot be worked out from the totals. Every number shown is also moved by up to 2 either way — the same way each time for the same texts — so that comparing two views does not give a small group away; totals may therefore differ slightly from the sum of their parts.
overview-heat-title = Sub-goals and arenas
overview-heat-explain = Each text counts once, where it mainly belongs: a row for its main sub-goal, a column for its main arena. Darker means more texts; the percentage is the share of all texts shown. Choose a cell to see only those texts.
overview-table-caption = The numbers in the chart
overview-total = Total
overview-no-goal = No sub-goal
overview-no-arena = No arena
overview-factors-title = Cross-cutting factors
overview-factors-explain = How many texts touch each factor. A text can touch several, so these do not add up to the total.
overview-months-title = Texts month by month
overview-months-explain = How many texts came in each month.
overview-nothing = No texts match these filters.
overview-bad-filter = One of the filters in the address is not one this page knows. Clear the filters and choose again.
overview-drill-title = What these texts are about
overview-drill-themes = Themes among them
overview-drill-quotes = A few of the approved texts
overview-drill-suppressed = These texts come from fewer than { $k } young people, so no themes or quotes are shown.
overview-export-xlsx = Download as Excel
overview-sheet = Overview
overview-people-title = Young people month by month
overview-people-explain = How many young people wrote the texts each month (each counted once a month).
overview-made = Made { $time }.
overview-compare-label = Compare groups
overview-compare-none = No comparison
overview-compare-title = Groups side by side
overview-compare-explain = The same texts by group and main sub-goal, one row per group. Choose a cell to see only that group and sub-goal.
overview-not-given = Not given
overview-filter-theme = Theme
overview-theme-unnamed = a group without words to show
staff-cross-themes-over-time = Follow it over time

## Publishing what we heard and what we did
overview-publish = Publish what we heard from this view
publications-title = Published: what we heard and what we did
publications-explain = What is published here is shown to everyone on the page "What we heard" and as open data. The numbers are counted when something is published and do not change afterwards. Numbers from fewer young people than the threshold for public numbers are not shown.
publications-from-overview = Publish something new from the overview
publications-public-page = See the public page
publications-none = Nothing has been published yet. Choose a view in the overview and press "Publish what we heard from this view".
publications-public = Shown publicly
publications-withdrawn = Withdrawn: not shown publicly
publications-withdraw = Withdraw from the public page
publications-restore = Show on the public page again
publications-update-legend = What we did (new entry)
publications-update-button = Add what we did
publications-new-title = Publish what we heard
publications-new-explain = Write what you heard in words young people understand. The numbers below are counted now and stored with the text; later texts do not change them.
publications-back-to-overview = Back to the overview
publications-preview-heading = The numbers as they will be shown publicly
publications-preview-explain = Numbers from fewer than { $k } young people are hidden, with enough others that no total gives them away.
publications-title-legend = Title
publications-heard-legend = What we heard (blank lines separate paragraphs)
publications-publish-button = Publish

## The overview week by week
overview-weeks-title = Texts week by week
overview-weeks-explain = How many texts came in each week (ISO weeks, Monday to Sunday).
overview-people-weeks-title = Young people week by week
overview-people-weeks-explain = How many young people wrote texts each week (each counted once a week).
overview-step-label = Over time
overview-step-month = Month by month
overview-step-week = Week by week
