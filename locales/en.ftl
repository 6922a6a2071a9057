### Answerable's words in English: every sentence the interface says.
### Keys are `area-page-what`. Placeholders ({ $name }) must be the same in
### every language; `tests/catalogues.rs` checks that each key of this file
### is in every other file and that no file has keys this one lacks.
### README "Adding a language" says how a coalition adds one.

language-name = English
# `ltr` or `rtl`: the direction the language is written in.
language-direction = ltr
# The ten digits numbers are written with, 0 to 9, or `latn` for 0123456789.
numerals = latn

## Common: layouts, the language switch, dates

brand = Answerable
skip-to-content = Skip to content
site-footer = Answerable: companies asked in writing, answers on the record.
language-switch = Language
language-switch-button = Show in this language
# Shown beside questionnaire text that has no translation in the reader's language.
not-translated = (not yet translated; shown in { $language })

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# A day: "23 December 2026".
date-day = { $day } { $month } { $year }
# A moment with its zone: "23 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".
date-time = { $day }, { $time } ({ $zone }, UTC{ $offset })

## Questionnaire view: the words around a questionnaire's own texts

questionnaire-kind-single-choice = choose one
questionnaire-kind-multiple-choice = choose any
questionnaire-kind-yes-partial-no = yes / partly / no
questionnaire-kind-short-text = short text
questionnaire-kind-long-text = long text
questionnaire-kind-evidence-links = links to evidence
questionnaire-kind-number = number
questionnaire-kind-date = date
questionnaire-quoted = “{ $text }”
questionnaire-or = or
questionnaire-condition = Shown only when the answer to question { $question } is { $answers }.
questionnaire-limit-characters = at most { $count } characters
questionnaire-limit-links = up to { $count } links, each starting with https:// or http://
questionnaire-limit-between = between { $low } and { $high }
questionnaire-limit-at-least = at least { $low }
questionnaire-limit-at-most = at most { $high }
questionnaire-limit-on-or-after = on or after { $day }
questionnaire-limit-on-or-before = on or before { $day }
questionnaire-required = (required)
questionnaire-not-scored = not scored
questionnaire-weight = , weight { $weight }
questionnaire-scored-on-rubric = scored by a reviewer on a rubric{ $weight }
questionnaire-option-left-out = { $option } left out
questionnaire-added-up = (added up, at most 100)

## Respondent pages (templates/respond, src/web/respond)

# (end of respondent pages)



## Public pages (templates/public, src/web/public)

# (end of public pages)



## Emails (templates/email, src/email)

# Emails to company representatives. Staff emails stay English.
email-we = We
# "A, B and C": { $init } is the names before the last, joined by email-list-comma and a space.
email-list-and = { $init } and { $last }
email-list-comma = ,
email-dear = Dear { $name },
email-questions = Questions about this request:
email-questions-end = .
email-lost-link = Lost your link? Ask for a new one at
email-lost-link-end = .
email-questions-text = Questions about this request: { $address }
email-lost-link-text = Lost your link? Ask for a new one at { $url }
email-open-questionnaire = Open the questionnaire
email-open-with-link = Open the questionnaire with your personal link:
email-copy-link = Or copy this personal link into your browser:
email-deadline-is = The deadline is
email-deadline-is-end = .
email-silence-listed = Companies that do not respond are listed publicly as not having responded.
email-invitation-subject = { $title }: questions for { $company }
# Followed by the campaign's title (in bold in HTML), then email-invitation-ask-end.
email-invitation-ask = { $organisations } ask { $company } to answer a questionnaire:
email-invitation-ask-end = .
email-invitation-why = Why we ask: the questions follow from these demands:
# Followed by the deadline (in bold in HTML), then email-invitation-answer-by-end.
email-invitation-answer-by = Please answer by
email-invitation-answer-by-end = .
email-invitation-effort = What it asks: { $effort }.
# A link to the whole questionnaire, followed by email-invitation-read-first-end.
email-invitation-read-first = Read the whole questionnaire first
email-invitation-read-first-end = , print it or share it with colleagues.
email-invitation-read-first-text = Read the whole questionnaire first, print it or share it with colleagues: { $url }
email-invitation-link-works = The link opens a page with a button; pressing it signs you in. It works until { $until }. Do not forward it: anyone who has it can answer for { $company }.
email-invitation-link-works-text = The link opens a page with a button; pressing it signs you in. Colleagues at { $company } whom we wrote to have their own links. The link works until { $until }. Do not forward it: anyone who has it can answer for { $company }.
email-invitation-may-decline = You may also decline to answer.
email-invitation-published = What will be published, and when:
email-reminder-subject-passed = Reminder (the deadline has passed): { $title }
email-reminder-subject-near = Reminder (deadline { $step }): { $title }
email-reminder-step-today = today
email-reminder-step-in = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
email-reminder-step-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
email-reminder-passed = The deadline passed { $step } and we have not received an answer from { $company }.
email-reminder-near = A reminder: the deadline is { $step } and we have not yet received an answer from { $company }.
# Followed by email-deadline-is, the deadline (in bold in HTML) and email-deadline-is-end.
email-reminder-asked = { $organisations } asked { $company } to answer a questionnaire: { $title }.
email-reminder-link-works = The link opens a page with a button; pressing it signs you in. It works until { $until }; links we sent you earlier work too. Do not forward it: anyone who has it can answer for { $company }.
email-reminder-more-time = If you need more time, you can ask for it from the questionnaire's first page.
email-new-link-subject = Your new link: { $title }
email-new-link-here = Here is a new personal link to the questionnaire “{ $title }” for { $company }:
email-new-link-here-text = Here is a new personal link to the questionnaire "{ $title }" for { $company }:
email-new-link-kept = Your earlier link works too.
email-new-link-revoked = Earlier links for you no longer work.
# After email-deadline-is and the deadline.
email-new-link-works-until = ; the link works until { $until }.
email-new-link-ignore = If you did not ask for this link, you can ignore this email.
email-receipt-subject = Receipt: { $company } answered { $title } (revision { $revision })
# Followed by the moment (in bold in HTML), then email-receipt-revision.
email-receipt-submitted = { $company }'s answers to “{ $title }” were submitted by { $by } on
email-receipt-submitted-text = { $company }'s answers to "{ $title }" were submitted by { $by } on
email-receipt-revision = (revision { $revision }).
email-receipt-digest = The SHA-256 digest of what was submitted is:
email-receipt-digest-explained = The campaign's staff see the same digest. It identifies this exact set of answers: if anyone changed a single character, the digest would differ.
email-receipt-copy-follows = A plain copy of the answers follows.
email-extension-subject-granted = More time granted: { $title }
email-extension-subject-refused = More time refused: { $title }
# Followed by email-extension-granted or -refused (in bold in HTML).
email-extension-request-is = Your request for more time to answer “{ $title }” for { $company } is
email-extension-granted = granted
email-extension-refused = refused
# After "granted": followed by the new deadline (in bold), then email-extension-deadline-end.
email-extension-new-deadline = . The new deadline is
# After "refused": followed by the deadline (in bold), then email-extension-deadline-end.
email-extension-deadline-stays = . The deadline stays
email-extension-deadline-end = .
email-extension-granted-text = Your request for more time to answer "{ $title }" for { $company } is granted. The new deadline is { $deadline }.
email-extension-refused-text = Your request for more time to answer "{ $title }" for { $company } is refused. The deadline stays { $deadline }.

email-findings-subject = Preliminary findings for { $company }: { $title }
email-findings-thanks = Thank you for { $company }'s answers to “{ $title }”.
email-findings-thanks-text = Thank you for { $company }'s answers to "{ $title }".
email-findings-here = Here are our preliminary findings: for each scored question, your answer as submitted, its score and, for written answers, the level and the reason for it.
email-findings-total = Total: { $total }
email-findings-your-answer = Your answer:
email-findings-no-answer = (no answer)
email-findings-score = Score:
email-findings-reason = Reason:
# Followed by the end of the reply window (in bold in HTML), then email-findings-reply-until-end.
email-findings-reply-until = You may reply to these findings until
email-findings-reply-until-end = . Your reply is shown to our reviewers, may change the scores, and is published beside the findings.
email-findings-reply-link = Reply with your personal link
email-findings-reply-here = Reply here with your personal link:
email-findings-questions-text = Questions: { $address }

# What a representative did, after the company's name (email-ack-subject, email-ack-confirm).
email-ack-what-extension = asked for more time
email-ack-what-decline = declined to answer
email-ack-what-undone = took back its refusal to answer
email-ack-subject = Recorded: { $company } { $what } ({ $title })
email-ack-confirm = This is to confirm that { $company } { $what } in “{ $title }”.
email-ack-confirm-text = This is to confirm that { $company } { $what } in "{ $title }".
# Followed by the moment (in bold in HTML), then email-ack-recorded-from.
email-ack-recorded = It was recorded on
email-ack-recorded-from = , from { $by }.
email-ack-until = New deadline asked for: { $until }.
email-ack-no-until = No new deadline was named.
email-ack-reason = Reason given: “{ $reason }”.
email-ack-no-reason = No reason was given.
email-ack-next-extension = The campaign's staff will answer by email. Until they grant more time, the deadline stays { $deadline }.
email-ack-next-decline = Your company will be published as having declined. You can undo this on the questionnaire's start page until the deadline, { $deadline }; your draft answers are kept.
email-ack-next-undone = Your company no longer declines: answer the questionnaire and submit before the deadline, { $deadline }. Your draft answers are as you left them.

# What a questionnaire asks (the invitation's "What it asks: …").
email-effort = { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} in { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
}, { $written } of them written in your own words; { $time } (a minute a choice, ten a written answer)
email-effort-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
email-effort-minutes = { $count } minutes
email-effort-about = about { $time }

# The campaign's rules: what will be published, and when (src/domain/disclosure.rs, word for word).
email-disclosure-answers = The answers your company submits are published word for word, as submitted, with the date of submission and the receipt's SHA-256 digest.
email-disclosure-amendable = You can amend a submission until the deadline: every revision is kept, and the latest one is published.
email-disclosure-final = A submission cannot be amended: the answers you submit are the ones published.
email-disclosure-drafts = Drafts are seen only by your company until you submit; they are never published.
email-disclosure-decline-with-reason = If your company declines to answer, it is published as having declined, with the reason you give, word for word.
email-disclosure-decline-without-reason = If your company declines to answer, it is published as having declined; the reason you give is seen by the campaign's staff only and is not published.
email-disclosure-no-response = A company that neither submits nor declines by the deadline is published as not having responded.
email-disclosure-reply-published = Your reply to the preliminary findings is published word for word beside them.
email-disclosure-reply-not-published = Your reply to the preliminary findings is read by the reviewers and may change the scores; it is not published.
email-disclosure-letter = If your company answers by letter or email instead, the coalition records it as your response: the document is published as sent, with its SHA-256 digest.
email-disclosure-evidence-published = Documents you attach to your answers are published with them, as attached, each with its SHA-256 digest.
email-disclosure-evidence-not-published = Documents you attach to your answers are read by the reviewers and listed in your receipt; they are not published.
email-disclosure-when = Nothing is published before the deadline and your right of reply to the preliminary findings have passed: it is published when the coalition publishes the scorecard.
email-disclosure-reason-published = Under this campaign's rules, the reason you gave will be published word for word.
email-disclosure-reason-not-published = Under this campaign's rules, the reason you gave is seen by the campaign's staff only and will not be published.

# (end of emails)



## Error pages (templates/error.html, src/web/error.rs)

# The heading and the explanation of an error page, by status.
error-400-heading = The request could not be understood
error-400-text = Something in what was sent is not right. Go back, check the form and try again.
error-403-heading = Not allowed
error-403-text = Your account does not have the permission for this page.
error-404-heading = Page not found
error-404-text = There is no page at this address. Check the address, or start again from the home page.
error-405-heading = Not allowed here
error-405-text = This address does not accept that kind of request.
error-413-heading = Too much data
error-413-text = What was sent is larger than this form accepts. Shorten it and try again.
error-415-heading = Unsupported data
error-415-text = This address does not accept that kind of data.
error-429-heading = Too many attempts
error-429-text = Please wait a little before trying again.
error-503-heading = Temporarily unavailable
error-503-text = The service cannot reach its database just now. Try again in a minute.
error-500-heading = Something went wrong on our side
error-500-text = The problem has been logged. Try again in a moment; if it persists, tell the people who run this service.
error-other-heading = The request could not be completed
error-other-text = Go back and try again.
error-too-many-wait = Too many failed attempts. Wait { $wait } before trying again.
error-wait-minutes = { $count ->
    [one] a minute
   *[other] { $count } minutes
}
error-busy = The server is busy checking other sign-ins. Try again in a few seconds.
# Followed by the request's reference.
error-reference = If you tell the people who run this service about it, quote this reference:
error-home = Go to the home page
error-form-expired = This form has expired. Go back, reload the page and send it again.
error-form-other-site = This form was sent from another site, so it was refused.

# (end of error pages)
