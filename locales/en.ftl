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
# A file's size: "840 bytes", "12.5 KB", "3.2 MB".
# Names as one phrase, "Alpha, Beta and Gamma": `init` is the names but the last, each followed by list-comma and a space.
list-and = { $init } and { $last }
list-comma = ,
common-size-bytes = { $size } bytes
common-size-kb = { $size } KB
common-size-mb = { $size } MB

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

## Answers' problems, beside the field and on the review page (src/domain/answers)

answer-problem-too-long = This answer has { $length } characters; the limit is { $max }. It is saved, but shorten it before you submit.
answer-problem-too-many-links = There are { $count } links; at most { $max } are taken.
answer-problem-not-a-web-address = Line { $line } (“{ $text }”) is not a web address starting with https:// or http://.
answer-problem-number-below = The number must be at least { $min }.
answer-problem-number-above = The number must be at most { $max }.
answer-problem-not-a-number = “{ $text }” is not a number; write digits, with a point for decimals (for example 12.5).
answer-problem-date-before = The date must be on or after { $min }.
answer-problem-date-after = The date must be on or before { $max }.
answer-problem-not-a-date = “{ $text }” is not a date; write it as year-month-day, for example 2024-01-31.
answer-problem-missing = a required answer is missing

## Respondent pages (templates/respond, src/web/respond)

# Layout: who is signed in.
respond-signout-who = { $email } for { $company }
respond-signout-button = Sign out
respond-organisations-fallback = The campaign's organisations
respond-problem-label = Problem:
respond-error-label = Error:
respond-no-answer = No answer
# The end of a sentence whose last words are a link or a list.
respond-full-stop = {"."}

# Opening a link (templates/respond/open.html): "{ organisations } ask <strong>company</strong> to answer this questionnaire by <strong>deadline</strong>."
respond-open-ask-before = { $organisations } ask
respond-open-ask-middle = to answer this questionnaire by
respond-open-ask-after = {"."}
respond-open-sent-to = This link was sent to { $email }. Press the button to open the questionnaire; you will be signed in for { $company }.
respond-open-button = Open the questionnaire
respond-open-hint = Opening this page signs nobody in and records nothing: only the button does.
# After the link "Ask for a new link".
respond-open-new-link-after = with the email address the questionnaire was sent to.
respond-link-unknown-title = This link does not work
respond-link-unknown = We do not know this link. Perhaps part of it was lost when it was copied.
respond-link-gone-title = This link no longer works
respond-link-revoked = This link has been replaced by a newer one, or withdrawn.
respond-link-expired = This link has expired.
respond-link-not-open = This questionnaire is not open.

# Asking for a new link (templates/respond/link.html)
respond-newlink-title = Ask for a new link
# Around the address, in bold: "If <strong>address</strong> is an address we wrote to …"
respond-newlink-sent-before = If
respond-newlink-sent-after = is an address we wrote to about an open questionnaire, a new link is on its way to it. Links sent earlier keep working.
respond-newlink-nothing = Nothing arrived? Check your spam folder, or write to the address given in our first email.
respond-newlink-intro = Give the email address our questionnaire was sent to. If we wrote to it about an open questionnaire, we send a new personal link there.
respond-newlink-email = Email address
respond-newlink-button = Send me a new link
respond-notice-signed-out = You are signed out. Your link still works until it expires.
respond-notice-ended = You are not signed in, or your session has ended. Open the link from our email again, or ask for a new one here.
respond-email-empty = Enter an email address.
respond-email-whitespace = An email address has no spaces.
respond-email-shape = An email address looks like name@example.org.
respond-email-too-long = An email address is at most 254 characters.

# The start page (templates/respond/start.html): "{ organisations } ask <strong>company</strong> to answer this questionnaire."
respond-start-ask-before = { $organisations } ask
respond-start-ask-after = to answer this questionnaire.
respond-start-deadline = Deadline
respond-start-days-left = { $count ->
    [one] { $count } day left
   *[other] { $count } days left
}
respond-start-less-than-a-day-left = less than a day left
respond-start-passed-less-than-a-day-ago = the deadline passed less than a day ago
respond-start-passed-days-ago = { $count ->
    [one] the deadline passed { $count } day ago
   *[other] the deadline passed { $count } days ago
}
respond-start-questions-about = Questions about this request
respond-start-whole-questionnaire = The whole questionnaire
respond-start-read-print-share = Read, print or share it
respond-start-every-question = (every question on one page)
respond-start-who-worked = Who at { $company } has worked on the answers
# A colleague's work: "Aung Aung: 4 answers, last on 3 December 2026, 14:05 (Asia/Yangon, UTC+06:30)".
respond-colleague = { $name }: { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}, last on { $when }
respond-colleague-you = { $name } (you)
respond-start-submitted = Submitted
respond-start-submitted-on = on { $when } (revision { $revision }).
respond-start-see-receipt = See the receipt
respond-start-amendments = This campaign accepts amendments until the deadline: change answers below and submit again to make a new revision. Every revision is kept.
respond-start-unsubmitted = You have changes that are not submitted.
respond-start-latest-revision = The latest submitted revision is { $revision };
respond-start-review-and-submit-link = review and submit
respond-start-to-make-revision = to make your changes a new revision.
respond-start-revisions = Submitted revisions:
respond-start-revision = Revision { $revision }
# Follows the link "Revision 2", before the digest.
respond-start-revision-by = , submitted on { $when } by { $by }; SHA-256
respond-start-declined = { $company } has declined to answer
respond-start-reason-given = Reason given: “{ $reason }”.
respond-start-undo-decline = Undo: we will answer after all
respond-start-findings = Preliminary findings
respond-start-your-reply = Your reply: { $who }
respond-start-reply-by = { $who }, { $when }
respond-start-reply-label = Your reply (until { $until }): it is shown to the reviewers, may change the scores, and is published beside the findings.
respond-start-reply-label-if-decided = Your reply (until { $until }): it is shown to the reviewers, may change the scores, and is published beside the findings only if the campaign decides so.
respond-start-send-reply = Send the reply
respond-start-reply-ended = The time to reply ended on { $when }.
respond-start-sections = Sections
respond-start-drafts = Answers are saved as drafts that only your company sees, until you submit. You can come back at any time through your link; colleagues we wrote to can answer with theirs.
respond-start-section = Section
respond-start-answered = Answered
respond-start-required-answered = Required answered
respond-start-of = { $done } of { $total }
respond-start-all = all { $total }
respond-start-demands = The demands behind the questions
respond-start-asked-in = Asked in section(s) { $sections }.
respond-start-more-time = More time
respond-start-none-asked = None asked.
respond-start-why-more-time = Why do you need more time?
respond-start-until = Until which day (optional)
respond-start-until-hint = The campaign's staff decide and write to you either way.
respond-start-ask-more-time = Ask for more time
respond-extension-granted = Asked by { $email } on { $asked }: granted until { $until }.
respond-extension-refused = Asked by { $email } on { $asked }: refused.
respond-extension-waiting = Asked by { $email } on { $asked }: waiting for an answer.
respond-extension-say-why = Say briefly why you need more time.
respond-extension-too-long = Keep the reason under 2,000 characters.
respond-extension-after-deadline = Give a day after the current deadline.
respond-extension-date-shape = Give a date such as 2027-01-31.
respond-extension-not-allowed = This questionnaire no longer takes requests for more time.
respond-notice-asked = Your request for more time is sent. The campaign's staff will write to you.
respond-notice-declined = Recorded: your company declines to answer. You can undo this until the deadline.
respond-notice-replied = Your reply is recorded; the reviewers will read it.
respond-notice-undone = Your company no longer declines: answer the questionnaire and submit before the deadline.
respond-reply-refused-not-sent = No findings have been sent to your company.
respond-reply-refused-closed = The time to reply ended on { $when }.
respond-reply-refused-empty = Write a reply first.
respond-reply-refused-too-long = Keep the reply under 20,000 characters.

# What will be published (templates/respond/disclosure.html, src/domain/disclosure.rs)
respond-disclosure-title = What will be published, and when.
respond-disclosure-answers = The answers your company submits are published word for word, as submitted, with the date of submission and the receipt's SHA-256 digest.
respond-disclosure-amendable = You can amend a submission until the deadline: every revision is kept, and the latest one is published.
respond-disclosure-final = A submission cannot be amended: the answers you submit are the ones published.
respond-disclosure-drafts = Drafts are seen only by your company until you submit; they are never published.
respond-disclosure-decline-with-reason = If your company declines to answer, it is published as having declined, with the reason you give, word for word.
respond-disclosure-decline-without-reason = If your company declines to answer, it is published as having declined; the reason you give is seen by the campaign's staff only and is not published.
respond-disclosure-no-response = A company that neither submits nor declines by the deadline is published as not having responded.
respond-disclosure-reply-published = Your reply to the preliminary findings is published word for word beside them.
respond-disclosure-reply-not-published = Your reply to the preliminary findings is read by the reviewers and may change the scores; it is not published.
respond-disclosure-letter = If your company answers by letter or email instead, the coalition records it as your response: the document is published as sent, with its SHA-256 digest.
respond-disclosure-evidence-published = Documents you attach to your answers are published with them, as attached, each with its SHA-256 digest.
respond-disclosure-evidence-not-published = Documents you attach to your answers are read by the reviewers and listed in your receipt; they are not published.
respond-disclosure-when = Nothing is published before the deadline and your right of reply to the preliminary findings have passed: it is published when the coalition publishes the scorecard.
respond-disclosure-reason-published = Under this campaign's rules, the reason you gave will be published word for word.
respond-disclosure-reason-not-published = Under this campaign's rules, the reason you gave is seen by the campaign's staff only and will not be published.

# Why answers cannot change (the app layer's refusals)
respond-campaign-state-draft = draft
respond-campaign-state-open = open
respond-campaign-state-closed = closed
respond-campaign-state-published = published
respond-refused-campaign-not-open = The questionnaire is closed: the campaign is { $state }.
respond-refused-declined = Your company has declined to answer; undo that first.
respond-refused-submitted = The answers are submitted and this campaign does not take amendments.
respond-refused-amendments-closed = The deadline has passed, so the submission can no longer be amended.
respond-refused-too-late = The deadline has passed, so declining can no longer be undone.
respond-refused-incomplete = { $count } answer(s) must be completed or corrected first.
respond-refused-nothing-to-undo = Nothing to undo.
# Why a document was not attached, beside the question's upload field.
respond-evidence-refused-not-here = Documents cannot be attached to this question.
respond-evidence-refused-too-many = This answer already has { $count } documents, the most this campaign allows: remove one first.
respond-evidence-refused-no-file = Choose a file to attach.
respond-evidence-refused-too-large = The file is larger than { $size }, the most this campaign allows: attach a smaller version (or split it).
respond-evidence-refused-wrong-kind = This file is not of a kind we accept (its contents were checked, not its name). Accepted: { $accepted }.

# A section's page (templates/respond/section.html, question.html, evidence.html)
respond-section-crumb = section { $number } of { $total }
respond-section-conflicts = { $count } answer(s) were changed by someone else while you were writing.
respond-section-conflicts-explained = The rest is saved. Each is marked below with both texts: choose, then save again.
respond-section-locked = You can read these answers but not change them: { $reason }
respond-section-progress = { $answered } of { $shown } questions answered; { $required-answered } of { $required } required. Some questions appear only after an earlier answer, once you save (at once, with JavaScript).
# Followed by the list of colleagues.
respond-section-colleagues = Answers in this section were last changed by
respond-section-save-draft = Save draft
respond-section-save-next = Save and go to the next section
respond-section-save-review = Save and review
respond-section-nothing-required = Nothing is required to save a draft: required answers are checked when you submit.
respond-notice-attached = The document is attached. It is part of your draft until you submit.
respond-notice-removed = The document is removed from your draft.
respond-notice-unicode = Saved in Unicode. Your answers are a draft until you submit them.
respond-notice-saved = Saved. Your answers are a draft until you submit them.
respond-notice-saved-with-change = Saved, with a change: see the note beside the answer.
respond-question-you = you
respond-question-changed-by = { $who } on { $when }
respond-question-last-changed = Last changed by { $who }.
respond-question-one-per-line = One address per line.
respond-conflict-changed = { $who } changed this answer on { $when }, after you opened the page.
respond-conflict-explained = Your answer is in the field above and is not saved yet. Theirs is:
respond-conflict-keep = Keep their answer and drop mine
respond-conflict-hint = Or save again to replace theirs with yours (edit it first to combine the two).
respond-conflict-cleared = (no answer: they cleared it)
respond-evidence-none = No documents attached to this answer.
respond-evidence-attached = Documents attached to this answer:
respond-evidence-attached-by = attached by { $who } on { $when }.
respond-evidence-remove = Remove { $file }
respond-evidence-attach-label = Attach a document
respond-evidence-attach = Attach
respond-evidence-accepted = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, TIFF, a saved email (.eml) or plain text
respond-evidence-hint = { $accepted }; up to { $size } each and { $count } per answer, checked by their contents. Attaching does not save the text above: save your draft first.
# The autosave script's words (templates/static/respond.js).
respond-autosave-saving = Saving…
respond-autosave-saved-at = Draft saved at { $time }.
respond-autosave-saved-except = Saved at { $time } except your latest changes; saving them…
respond-autosave-conflicts = Someone else ({ $names }) changed { $count } answer(s) while you were writing. Press “Save draft” to compare and choose.
respond-autosave-not-saved = Not saved. Use the Save button.
respond-autosave-connection-failed = Not saved: the connection failed. Your text is still here; try again.
respond-autosave-unsaved-changes = Unsaved changes.

# Zawgyi (templates/respond/question.html, zawgyi_choice.html)
respond-zawgyi-answer-looks = This answer looks typed in Zawgyi
respond-zawgyi-answer-explained = , the font encoding that shows Burmese properly only with a Zawgyi font. Everyone else, including the readers of the published scorecard, would see broken text. In standard Unicode it reads:
respond-zawgyi-use-unicode = Use the Unicode text
respond-zawgyi-nothing-changes = Nothing changes unless you press this; otherwise your answer stays as you typed it.
respond-zawgyi-text-looks = This text looks typed in Zawgyi
respond-zawgyi-text-explained = , the font encoding that shows Burmese properly only with a Zawgyi font. Everyone else would see broken text. Nothing is stored yet. In standard Unicode it reads:
respond-zawgyi-decline-unicode = Decline with the Unicode text
respond-zawgyi-decline-as-typed = Decline with the text as typed
respond-zawgyi-reply-unicode = Send the reply with the Unicode text
respond-zawgyi-reply-as-typed = Send the reply with the text as typed

# Reviewing and submitting (templates/respond/review.html)
respond-review-title = Review and submit
respond-review-locked = These answers cannot be submitted now: { $reason }
respond-review-blockers = Before you can submit, { $count } thing(s) need your attention:
respond-review-question = Question { $number }
respond-review-question-lower = question { $number }
respond-review-zawgyi = { $count } answer(s) look typed in Zawgyi
# Followed by links to the questions.
respond-review-zawgyi-explained = , which everyone without a Zawgyi font, including the readers of the published scorecard, sees as broken text:
respond-review-zawgyi-each = Each shows its Unicode conversion and a button to use it. Nothing is converted unless you press it; you can also submit them as typed.
respond-review-intro = This is every answer as it will be submitted for { $company }. The deadline is { $deadline }.
respond-review-change = change
respond-review-missing = Missing (required)
respond-review-looks-zawgyi = Looks typed in Zawgyi:
respond-review-see-above = see above
respond-review-when-you-submit = When you submit, these answers are stored as revision { $revision } with a SHA-256 digest, and a receipt with the digest and a copy of the answers is emailed to { $company }'s contacts.
respond-review-submit = Submit these answers

# The receipt (templates/respond/receipt.html)
respond-receipt-title = Receipt
respond-receipt-already = Already submitted.
respond-receipt-already-explained = These answers were submitted before, exactly as they are now, so nothing new was submitted and no further receipt was sent. This is the receipt of that submission.
respond-receipt-submitted = { $company }'s answers were submitted
respond-receipt-submitted-on = on { $when } by { $by } (revision { $revision }).
respond-receipt-digest = SHA-256 digest:
respond-receipt-on-its-way = A receipt with this digest and a copy of the answers is on its way to your company's contacts. The campaign's staff see the same digest.
respond-receipt-download = Download exactly what was submitted
respond-receipt-download-after = (JSON; its SHA-256 is the digest above).
respond-receipt-amendable-before = This campaign accepts amendments until the deadline:
respond-receipt-change-answers = change answers
respond-receipt-amendable-after = and submit again to make a new revision.
respond-receipt-answers = The answers
respond-receipt-documents = Documents attached:

# Declining (templates/respond/decline.html): "… as having <strong>declined</strong>, which is different …"
respond-decline-title = Decline to answer
respond-decline-intro-before = If { $company } will not answer, you can say so here. The campaign lists your company as having
respond-decline-declined = declined
respond-decline-intro-published = , which is different from not responding, and publishes the reason you give.
respond-decline-intro-not-published = , which is different from not responding; the reason you give is seen by the campaign's staff only.
respond-decline-undo = You can undo this until the deadline ({ $deadline }). Your draft answers are kept.
respond-decline-reason = Reason (optional)
respond-decline-go-back = Go back without declining
respond-decline-too-long = Keep the reason under 5,000 characters.

# When what was typed could not be saved (templates/respond/unsaved.html)
respond-unsaved-signed-out-title = Not saved: you are signed out
respond-unsaved-not-stored-title = Not saved: the server could not store your answer
respond-unsaved-signed-out-message = Not saved: you are signed out. Copy your text, then open your link again.
respond-unsaved-not-stored-message = Not saved: the server could not store your answer. Your text is still here; try again in a few minutes.
respond-unsaved-question = Question “{ $key }”
respond-unsaved-signed-out = Your answers on this page were not saved, because you are signed out
respond-unsaved-signed-out-why = (your link was replaced, or you were away for a long time).
respond-unsaved-not-stored = Your answers on this page were not saved: the server could not store them.
respond-unsaved-not-stored-why = This is a problem on our side, not in your answers.
respond-unsaved-nothing-typed = The page you sent had no text in it, so nothing typed is lost.
respond-unsaved-copy-signed-out = Here is everything you typed, exactly as you sent it. Copy it (select the text, then copy) before you leave this page, and paste it back once you are signed in again.
respond-unsaved-copy-not-stored = Here is everything you typed, exactly as you sent it. Copy it (select the text, then copy) before you leave this page, and paste it back once you are able to save again.
respond-unsaved-new-link-after = with the email address our questionnaire was sent to. Answers saved earlier are kept; only this page's changes need pasting again.
respond-unsaved-go-back = Go back with your browser's Back button and save again in a few minutes. If it keeps failing, write to the campaign's contact address.

# (end of respondent pages)



## Public pages (templates/public, src/web/public)

# Punctuation between the parts of a sentence cut around links: "," and ".".
public-list-separator = { ", " }
public-full-stop = .
public-published-campaigns = Published campaigns
public-published-under = Published under
public-licence-terms = : share and adapt, with credit to the campaign's organisations. Contacts' names and addresses, drafts and staff are never published.
public-companies-responded = { $responded } of { $total } companies responded.
# A version and when it was published: "Version 2, published 23 December 2026, 17:00 (Asia/Yangon, UTC+06:30)."
public-version-published = Version { $version }, published { $published }.

# Home page
public-home-intro = Coalitions of organisations asked companies in writing about their human-rights due diligence. Here is who answered, what they said, and how their answers measure up to the demands. A company that did not respond is listed as such.
public-home-nothing-yet = Nothing has been published yet.
public-home-by = By { $organisations }.
public-home-staff-sign-in = Staff sign in

# Sectors, by their key (src/domain/company.rs)
public-sector-telecom-operator = Telecom operator
public-sector-surveillance-vendor = Surveillance or dual-use technology vendor
public-sector-network-equipment = Network equipment
public-sector-internet-platform = Internet platform
public-sector-other = Other

# A company's standing in a published version
public-standing-responded = responded
public-standing-declined = declined
public-standing-did-not-respond = did not respond
public-standing-still-has-time = still has time
public-standing-responded-by-letter = responded by letter
public-standing-still-has-time-until = still has time until { $deadline }
public-standing-ended-early = did not respond: its time was ended on { $closed }, before its deadline

# Table columns
public-column-company = Company
public-column-sector = Sector
public-column-hq = HQ
public-column-standing = Standing
public-column-total = Total
public-column-invited = Invited
public-column-reminded = Reminded
public-column-deadline = Deadline
public-column-reason = Reason given
public-column-then = Then
public-column-total-then = Total then
public-column-total-now = Total now
public-column-change = Change
public-column-campaign = Campaign
public-column-version = Version

# A campaign's scorecard
public-campaign-still-time = { $count } still { $count ->
    [one] has
   *[other] have
} time to answer.
public-campaign-asked-by = Asked by { $organisations }.
public-campaign-deadline = Deadline { $deadline }.
public-campaign-questionnaire = Questionnaire { $slug } { $version }.
public-campaign-how-scored = How answers are scored
public-campaign-closed-early = The coalition closed this campaign on { $closed }, before some companies' deadlines, and ended their time to answer:
public-campaign-sectors = Sectors
public-campaign-sector = Sector:
public-campaign-sector-all = all ({ $count })
public-campaign-sector-count = { $sector } ({ $count })
public-scorecard-caption = Scores from 0 to 100, by demand and in total
public-scorecard-caption-sector = , sector { $sector }
public-scorecard-caption-sorted = , sorted by { $sort }
public-scorecard-caption-shown = : companies { $first } to { $last } of { $total }
public-scorecard-sort-by = Sort by
public-sort-name = name
public-sort-total = total
public-sort-standing = standing
public-sort-sector = sector
public-scorecard-each-company = Each company's page gives its answers and the score of each.
public-score-of-100 = { $score } of 100
public-pages = Pages
public-page-of = Page { $page } of { $pages }:
public-still-time-heading = Still has time to answer
public-still-time-explained = When this version was published, these companies had not answered and their own deadline had not passed. They are not scored here; a later version gives their answer or their silence.
public-still-time-explained-page = When this version was published, these companies (of this page) had not answered and their own deadline had not passed. They are not scored here; a later version gives their answer or their silence.
public-still-time-until = Until { $deadline }:
public-silent-heading = Did not respond, or declined
public-silent-this-page = Of the companies on this page.
public-rounds-heading = Change since the previous round
public-rounds-compared-with = Compared with
public-rounds-previous-version = { $title }, version { $version }
public-rounds-both = , for the companies asked in both rounds. Points out of 100.
public-rounds-answered-before = Answered in the previous round, not in this one
public-version-heading = This version
public-version-what-changed = What changed:
public-version-digest = SHA-256 of the published data:
public-version-download = Download the
public-version-data-json = data (JSON)
public-version-json-digest = , whose SHA-256 is this digest, or the
public-version-scorecard-csv = scorecard (CSV)
public-version-described-by = , described by its
public-version-json-follows = ; the JSON follows
public-version-this-schema = this JSON Schema
public-version-all = All versions:

# A company's page
public-company-every-campaign = { $company } in every published campaign
public-company-of-100 = of 100
public-company-first-opened = First opened
public-company-submitted = Submitted
public-company-revision = (revision { $revision })
public-company-declined = Declined
public-company-in = In
public-company-previous-round = { $standing }, total { $total }; change { $change }
public-company-submission-digest = Submission SHA-256
public-company-by-letter = Responded by letter
public-company-letter-received = Received { $day }.
public-company-letter-download = Download the letter
public-company-size = ({ $size } bytes)
public-company-digest-is = ; its SHA-256 is
public-company-letter-answers = The answers below are its text as the coalition entered it against the questions.
public-company-may-still-answer = { $company } may still answer until { $deadline }; it is not scored in this version.
public-company-no-answers = { $company } gave no answers: it scores 0 on every scored question.
public-company-ended-early = Its time to answer was ended early by the coalition:
public-company-answers-heading = The answers, verbatim
public-company-no-answer = No answer
public-company-evidence = Evidence documents:
public-company-score = Score:
public-company-why = Why:
public-scoring-points = points
public-scoring-not-applicable = not applicable
public-scoring-not-scored = not scored
public-scoring-pending = pending
public-company-reply-heading = The company's reply to the findings
public-company-from-version = From version { $version } of the published results

# A company across campaigns
public-across-version = { $version }, { $published }

# Methodology
public-methodology-title = Methodology · { $campaign }
public-methodology-heading = How answers are scored
public-methodology-the-questionnaire = The questionnaire
public-methodology-turns = (version { $version }) turns the demands of
public-methodology-into-questions = ({ $date }) into questions. Each scored question earns 0 to 100 points: a choice earns the points of the option chosen; a written answer earns the points of the level a reviewer gives it on the rubric, with a published reason. Questions average into their demand (by their weights), and demands into the total. “Not applicable” is left out of the averages. A company that did not respond or declined scores 0 on every scored question.
public-methodology-rounding = Published scores are rounded once, when a version is published, to one decimal, half away from zero (95.8333 becomes 95.8, 95.85 becomes 95.9); this page, the scorecard, the CSV and the JSON all show that same number.
public-methodology-weight = (weight { $weight })
public-methodology-points = { $points } points
public-methodology-left-out = left out of the averages

# The whole questionnaire
public-questionnaire-title = The questionnaire · { $campaign }
public-questionnaire-heading = { $title }: the questionnaire
public-questionnaire-notice = The whole questionnaire, to read before starting, to print or save as a PDF (your browser's Print command), and to share with colleagues. Answers are given online through the personal link in the invitation; nothing can be entered here.
public-questionnaire-asked-by = Asked by
public-questionnaire-what-it-asks = What it asks
public-questionnaire-questions-about-it = Questions about it
public-questionnaire-based-on = Based on
public-questionnaire-fixed = Questionnaire { $slug }: version fixed when the campaign opened. Results will be published at /campaigns/{ $slug } on this site.

# What the questionnaire asks of a company ("12 questions in 4 sections, …").
public-effort = { $questions } in { $sections }, { $written } of them written in your own words; { $time } (a minute a choice, ten a written answer)
public-effort-questions = { $count } { $count ->
    [one] question
   *[other] questions
}
public-effort-sections = { $count } { $count ->
    [one] section
   *[other] sections
}
public-effort-hours = { $count } { $count ->
    [one] hour
   *[other] hours
}
public-effort-minutes = { $count } minutes
public-effort-about = about { $time }
# (end of public pages)



## Emails (templates/email, src/email)

# Emails to company representatives. Staff emails stay English.
email-we = We
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
email-findings-level = Level:
# A question's score in the findings when it does not apply to the company.
email-findings-not-applicable = not applicable
# A question's score not yet judged (findings are not sent while any is).
email-findings-to-score = to score
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



## Staff pages, English only (templates/admin, src/web/admin): keys `admin-…`

# The staff navigation and the sign-out form (templates/base.html).
admin-nav-label = Staff
admin-nav-dashboard = Dashboard
admin-nav-campaigns = Campaigns
admin-nav-companies = Companies
admin-nav-organisations = Organisations
admin-nav-questionnaires = Questionnaires
admin-nav-outbox = Outbox
admin-nav-staff-accounts = Staff accounts
admin-nav-api-tokens = API tokens
admin-nav-audit-log = Audit log
# Beside the signed-in staff member's name.
admin-nav-role = ({ $role })
admin-nav-sign-out = Sign out
# Dashboard (templates/admin/dashboard.html). "Signed in as <name>, with the <role> role. What needs doing, across every campaign:"
admin-dashboard-title = Dashboard
admin-dashboard-signed-in-as = Signed in as
admin-dashboard-with-the = , with the
admin-dashboard-role-what-needs-doing = role. What needs doing, across every campaign:
# Before the group's own "nothing" sentence.
admin-dashboard-nothing = Nothing.
admin-dashboard-republish-needed = republish needed
admin-dashboard-mark-as-read = Mark as read
# Campaigns (templates/admin/campaigns.html)
admin-campaigns-title = Campaigns
admin-campaigns-start = Start a campaign
admin-campaigns-none = No campaigns yet.
admin-campaigns-caption = Campaigns, newest first
admin-campaigns-col-campaign = Campaign
admin-campaigns-col-state = State
admin-campaigns-col-deadline = Deadline
# One campaign (templates/admin/campaign.html)
admin-campaign-state = State
admin-campaign-questionnaire = Questionnaire
admin-campaign-questionnaire-version = { $title }, version { $version }
admin-campaign-opens = Opens
admin-campaign-deadline = Deadline
admin-campaign-questions-to = Questions to
admin-campaign-co-signed-by = Co-signed by
admin-campaign-no-organisation = no organisation yet
# "Reminders: 7 and 1 days before the deadline."
admin-campaign-reminders = Reminders: { $reminders }.
admin-campaign-review-link = Review and scores
admin-campaign-emails-link = Wording and preview of the emails
admin-campaign-invitations = Invitations
admin-campaign-not-invited = { $count ->
    [one] { $count } company has not been invited yet.
   *[other] { $count } companies have not been invited yet.
}
admin-campaign-send-invitations = Send invitations
admin-campaign-all-invited = Every company has been invited. Sending again reaches contacts added since.
admin-campaign-invite-new-contacts = Invite new contacts
admin-campaign-reminder-days = Reminder days before the deadline (negative: after)
admin-campaign-save-schedule = Save the schedule
admin-campaign-response-rules = Response rules
admin-campaign-allow-amendments = Companies may amend a submission until the deadline (each amendment is a new revision; all are kept)
admin-campaign-publish-decline-reasons = Publish the reasons companies give for declining
admin-campaign-publish-replies = Publish companies' replies to their preliminary findings
admin-campaign-publish-evidence = Publish evidence documents with the answers
admin-campaign-evidence-max-mb = Largest evidence document, in MB (1 to 50)
admin-campaign-evidence-per-question = Evidence documents per answer (1 to 20)
admin-campaign-save-rules = Save the rules
# "<strong>2 email(s) could not be delivered.</strong> They are marked in the table below; see the <a>outbox</a> to retry."
admin-campaign-failures = { $count } email(s) could not be delivered.
admin-campaign-failures-see-the = They are marked in the table below; see the
admin-campaign-failures-outbox = outbox
admin-campaign-failures-to-retry = to retry.
admin-campaign-edit-link = Edit title, deadline, contact and co-signers
admin-campaign-where-companies-stand = Where companies stand
# "<strong>3 of 5</strong> companies have answered or declined (60%)."
admin-campaign-responded-of-total = { $responded } of { $total }
admin-campaign-responded-rate = companies have answered or declined ({ $rate }).
admin-campaign-count-all = all: { $total }
admin-campaign-download-csv = Download this table as CSV
admin-campaign-targets = Targets
admin-campaign-targets-with-status = Targets with status “{ $status }”
admin-campaign-col-company = Company
admin-campaign-col-sector = Sector
admin-campaign-col-hq = HQ
admin-campaign-col-status = Status
admin-campaign-col-deadline = Deadline
admin-campaign-col-days-left = Days left
admin-campaign-col-last-activity = Last activity
admin-campaign-col-email-problems = Email problems
admin-campaign-extended = (extended)
admin-campaign-days-past = { $days } past
admin-campaign-not-delivered = Not delivered to { $address } ({ $kind }): { $answer }
admin-campaign-add-targets = Add targets
admin-campaign-every-company-of-sector = Every company of sector
admin-campaign-any-sector = any sector
admin-campaign-in-country = in country
admin-campaign-add-these-companies = Add these companies
admin-campaign-one-company = One company (slug)
admin-campaign-add-this-company = Add this company
admin-campaign-more-time = Give a company more time
admin-campaign-new-deadline = new deadline
admin-campaign-at = at
admin-campaign-extend = Extend
admin-campaign-questionnaire-version-heading = Questionnaire version
admin-campaign-version = Version
admin-campaign-use-this-version = Use this version
admin-campaign-publish = Publish
# "… shown at <a>/campaigns/slug</a>. Earlier versions stay at their addresses."
admin-campaign-publish-explained = Publishing freezes the results as they stand (statuses, scores and rationales, verbatim answers, outreach dates) into a new numbered version with its SHA-256, shown at
admin-campaign-publish-earlier-versions = . Earlier versions stay at their addresses.
admin-campaign-publish-note = What changed since the last version (optional)
admin-campaign-publish-button = Publish a new version…
admin-campaign-next-round = Start the next round of this campaign…
# Reviewing one company's answers (templates/admin/review.html); also review_question.html
admin-review-crumb = Review
admin-review-standing = Standing
admin-review-revision-scored = Revision scored
admin-review-revision-submitted = { $revision }, submitted { $when }
admin-review-total = Total
admin-review-provisional = (provisional: { $count } written answer(s) to score)
admin-review-right-of-reply = Right of reply
admin-review-findings-sent = Preliminary findings sent { $sent }; replies taken until { $until }.
admin-review-no-findings = No findings sent yet.
admin-review-no-reply = No reply.
admin-review-findings-explained = Sends every scored question with the company's own answer, its score and reason to the company's contacts, each with a personal link, and takes replies for { $days } days.
admin-review-send-findings-again = Send the findings again (new window)
admin-review-send-findings = Send preliminary findings
admin-review-still-to-score = The findings can be sent once every scored question is judged. Still to score:
admin-review-no-answer = No answer
# "Score: <strong>2</strong> — good by Ann (revision 1): “…”"
admin-review-score = Score:
admin-review-scored-by = { $level } by { $by } (revision { $revision }):
admin-review-quoted = “{ $rationale }”
admin-review-level = Level
admin-review-left-out = (left out)
admin-review-rationale = Rationale (published beside the score)
admin-review-save-score = Save the score
# The review queue of a campaign (templates/admin/review_queue.html)
admin-review-queue-method = Scores on the published method: choices from the questionnaire's points, written answers by a reviewer on the rubric, averaged by demand ({ $demands }) and in total. Companies that did not respond or declined score 0 and are listed so.
admin-review-queue-col-revision = Revision
admin-review-queue-col-to-score = Written answers to score
admin-review-queue-col-total = Total so far
admin-review-queue-by-question = By question
admin-review-queue-by-question-explained = Score one written question for every company at once, beside its rubric.
admin-review-queue-col-question = Question
admin-review-queue-col-still-to-score = Companies still to score
# Scoring one written question for every company (templates/admin/review_question.html)
admin-review-question-nav = Written questions
admin-review-question-previous = ← Previous question: { $number } { $prompt }
admin-review-question-next = Next question: { $number } { $prompt } →
admin-review-question-answered = { $count ->
    [one] { $count } company answered this question; { $pending } still to score.
   *[other] { $count } companies answered this question; { $pending } still to score.
}
admin-review-question-not-shown = Not shown to (left out of their averages): { $companies }.
admin-review-question-rubric = Rubric
admin-review-question-points = Points
admin-review-question-what-earns-it = What earns it
admin-review-question-left-out = left out
admin-review-question-answers = Answers
admin-review-question-none = No company that submitted was asked this question yet.
admin-review-question-all-its-answers = all its answers
admin-review-question-level-for = Level for { $company }
admin-review-question-rationale-for = Rationale for { $company } (published beside the score)
# One stored submission (templates/admin/submission.html)
admin-submission-title = { $company }: revision { $revision }
admin-submission-submitted = Submitted
admin-submission-submitted-by = { $when } by { $by }
admin-submission-sha256 = SHA-256
admin-submission-download = Download the stored document
admin-submission-download-digest = (its SHA-256 is the digest above, the same as on the company's receipt).
admin-submission-documents = Documents attached:
# After an evidence document's name: "(application/pdf, 1234 bytes), SHA-256 <digest>"
admin-submission-document-type-size = ({ $type }, { $size } bytes), SHA-256
# The company directory (templates/admin/companies.html)
admin-companies-title = Companies
admin-companies-add = Add a company
admin-companies-import = Import from a spreadsheet (CSV)
admin-companies-export = Export as CSV
admin-companies-name = Name
admin-companies-sector = Sector
admin-companies-all-sectors = All sectors
admin-companies-country = Country
admin-companies-country-hint = headquarters or operations, e.g. MM
admin-companies-include-archived = include archived
admin-companies-filter = Filter
admin-companies-count = { $count ->
    [one] { $count } company.
   *[other] { $count } companies.
}
admin-companies-headquarters = Headquarters
admin-companies-status = Status
admin-companies-archived = archived
admin-companies-active = active
# One company (templates/admin/company.html); also contact_form.html
admin-company-slug = Slug
admin-company-website = Website
admin-company-none-given = none given
admin-company-parent = Parent company
admin-company-none = none
admin-company-operates-in = Operates in
admin-company-exports-to = Exports to
admin-company-archived-on = archived on { $day }
admin-company-notes = Notes
admin-company-edit = Edit
admin-company-archive = Archive this company
admin-company-restore = Restore this company
admin-company-contacts = Contacts
admin-company-no-contacts = No contacts yet.
admin-company-contacts-of = Contacts of { $company }
admin-company-email = Email
admin-company-role = Role
admin-company-language = Language
admin-company-change = Change
admin-company-primary = (primary)
admin-company-refused = Mail to this address was refused: { $reason }
admin-company-make-primary = Make primary
admin-company-archive-contact = Archive
admin-company-add-contact = Add a contact
admin-company-email-address = Email address
admin-company-role-hint = e.g. Head of human rights
admin-company-preferred-language = Preferred language
admin-company-language-hint = A language code such as en, my or th; English if empty.
admin-company-add-contact-button = Add contact
# The outbox (templates/admin/outbox.html)
admin-outbox-title = Outbox
admin-outbox-explained = Every email Answerable writes waits here until it is delivered. Temporary failures are retried for two days; a refusal by the mail server is final until someone retries.
admin-outbox-count-queued = queued: { $count }
admin-outbox-count-sent = sent: { $count }
admin-outbox-count-failed = failed: { $count }
admin-outbox-all = all
admin-outbox-none = No emails.
admin-outbox-none-with-status = No emails with status “{ $status }”.
admin-outbox-latest = The latest { $count } emails, newest first
admin-outbox-latest-with-status = The latest { $count } emails with status “{ $status }”, newest first
admin-outbox-col-queued = Queued
admin-outbox-col-to = To
admin-outbox-col-kind = Kind
admin-outbox-col-subject = Subject
admin-outbox-col-status = Status
admin-outbox-col-attempts = Attempts
admin-outbox-col-answer = Mail server's answer
admin-outbox-utc = { $time } UTC
admin-outbox-sent-at = sent { $when }
admin-outbox-failed = failed
admin-outbox-queued = queued
# After "queued" when an attempt failed: ", next attempt 2026-12-03 17:00:00 UTC"
admin-outbox-next-attempt = , next attempt { $time } UTC
admin-outbox-retry = Retry
# Shared by the staff forms
admin-form-correct-fields = Please correct the fields marked below.
admin-form-correct-field = Please correct the field marked below.
# Read by screen readers before a field's error.
admin-form-error = Error:
admin-form-save = Save
admin-form-cancel = Cancel

# Creating or editing a campaign (templates/admin/campaign_form.html)
admin-campaign-form-title = Title
admin-campaign-form-slug-hint = The campaign's address, e.g. myanmar-2024. It cannot change later.
admin-campaign-form-choose = Choose…
admin-campaign-form-contact-email = Contact address for questions
admin-campaign-form-contact-email-hint = Companies write here with questions about the campaign.
admin-campaign-form-time-zone = Time zone
admin-campaign-form-time-zone-hint = Dates are shown in this zone, e.g. Asia/Yangon.
admin-campaign-form-opens-on = Opens on
admin-campaign-form-deadline-date = Deadline date
admin-campaign-form-deadline-time = Deadline time
admin-campaign-form-deadline-time-hint = In the campaign's time zone.
admin-campaign-form-co-signers = Co-signing organisations
# "No organisations yet: <a>add them first</a>."
admin-campaign-form-no-organisations = No organisations yet:
admin-campaign-form-add-them-first = add them first
admin-campaign-form-archived = (archived)
admin-campaign-form-send-as = Send emails as
admin-campaign-form-send-as-hint = The coalition's name, shown as the sender of every email about this campaign; replies go to the contact address above. Leave empty to use the co-signers' names.
admin-campaign-form-create = Create the campaign (as a draft)
# Adding or editing a company (templates/admin/company_form.html)
admin-company-form-slug-hint = The company's address in public pages, e.g. golden-net-telecom. It cannot change later.
admin-company-form-slug = Slug:
admin-company-form-slug-fixed = (public addresses use it, so it does not change).
admin-company-form-hq-country = Headquarters country
admin-company-form-hq-country-hint = Two-letter ISO code, e.g. SG.
admin-company-form-parent = Parent company (slug)
admin-company-form-parent-hint = Optional: the slug of another company in the directory.
admin-company-form-operates-in-hint = Country codes separated by ;, e.g. MM; TH.
admin-company-form-exports-to-hint = Country codes separated by ;.
# Editing a contact (templates/admin/contact_form.html)
admin-contact-form-title = Edit contact
admin-contact-form-language-hint = A language code such as en, my or th.
# Included in the dashboard and campaign pages (templates/admin/republish_needed.html, mail_relay_problem.html)
admin-republish-needed = Republish needed:
admin-republish-needed-explained = the latest published version no longer tells the whole story. Publish a new version once you have checked:
# "Golden Net replied to its findings (3 December 2026, 17:00 …)."
admin-republish-needed-item = { $company } { $what } ({ $when }).
admin-relay-problem = Email cannot be sent: the mail relay cannot be used as configured.
admin-relay-problem-since = Since { $since } UTC, last tried { $last } UTC. No email leaves until the setting is fixed; the emails wait in the outbox and go out at the first run after that.
# After the command "answerable mail test ADDRESS".
admin-relay-problem-test = shows what the relay answers.
# Confirming a campaign's next state or a publication (templates/admin/campaign_confirm.html)
admin-confirm-open-explained = Opening “{ $title }” fixes its questionnaire version: it can no longer be changed. Invitations can then be sent to the companies asked, and representatives can answer until the campaign closes. The deadline stays as set.
admin-confirm-open = Open the campaign
admin-confirm-reopen-explained = Reopening “{ $title }” takes answers again from every company that has not submitted or declined, including late ones, until it is closed again. Reviews and scores are kept.
admin-confirm-reopen-time-given-back = The time that was ended at closing is given back.
admin-confirm-reopen = Reopen the campaign
admin-confirm-close-explained = Closing “{ $title }” stops invitations and reminders to new companies and ends late answers. It can be reopened until it is published.
admin-confirm-close-nobody-waiting = Every company asked has answered, declined, or is past its deadline.
admin-confirm-close-waiting = { $count ->
    [one] { $count } company still has time to answer
   *[other] { $count } companies still have time to answer
}
admin-confirm-its-deadline = Its deadline
admin-confirm-close-what-happens = What happens to them
admin-confirm-close-keep = They keep their time: they may answer until their own deadline, and are published as “still has time” until then.
admin-confirm-close-end = Their time ends now: they are published as not having responded, beside the reason below.
admin-confirm-close-reason = Reason for ending their time (published)
admin-confirm-close = Close the campaign
# "Version 2 of “…” will be public at <a>/campaigns/slug</a> for anyone to read, …"
admin-confirm-publish-public-at = Version { $version } of “{ $title }” will be public at
admin-confirm-publish-explained = for anyone to read, cite and download, with its SHA-256. A version cannot be withdrawn; a later one can correct it.
admin-confirm-publish-no-reopening = The campaign becomes published: it can no longer be reopened.
admin-confirm-publish-will-list = As the results stand now, it will list:
admin-confirm-publish-count = { $count ->
    [one] { $count } company: { $standing }
   *[other] { $count } companies: { $standing }
}
admin-confirm-publish-still-waiting = These companies may still answer until their own deadline and are listed as “still has time” in this version; publish again once they have answered or their time has passed:
admin-confirm-publish-until = { $company }, until { $deadline }
admin-confirm-publish-note = What changed since the last version (optional, published)
admin-confirm-publish = Publish version { $version }
# One company in a campaign (templates/admin/target.html)
admin-target-invited = Invited
admin-target-first-opened = First opened
admin-target-directory-entry = directory entry and contacts
admin-target-response = Response
# "<strong>Declined</strong> on 3 December 2026, 17:00 (…). Reason: “…” (not to be published)."
admin-target-declined = Declined
admin-target-declined-on = on { $when }.
admin-target-decline-reason = Reason: “{ $reason }”
admin-target-not-published = (not to be published)
admin-target-draft = Draft: { $answered } of { $shown } questions answered,
admin-target-draft-required = { $answered } of { $required } required. Drafts stay confidential to the company; their contents are visible here only once submitted.
admin-target-nothing-submitted = Nothing submitted yet.
admin-target-revisions = Submitted revisions (every one is kept)
admin-target-col-by = By
admin-target-by-letter = By letter, received { $received_on } by { $received_by }; recorded by { $recorded_by }.
admin-target-the-document = The document
admin-target-record-letter = Record a response by letter or email
admin-target-outreach-log = Outreach log
admin-target-outreach-log-explained = The dates a public listing cites: when each email was queued and delivered and to whom, when a link was first used, and requests for more time. Times in { $zone }.
admin-target-outreach-log-empty = Nothing yet: the company has not been invited.
admin-target-col-when = When
admin-target-col-what = What
admin-target-contacts-links = Contacts and their links
admin-target-col-contact = Contact
admin-target-col-link = Link
admin-target-link-issued = issued { $when };
admin-target-link-first-used = first used { $when }
admin-target-link-not-used = not used yet
admin-target-revoke-link = Revoke the link
admin-target-email-new-link = Email a new link
admin-target-requests = Requests for more time
admin-target-requests-none = None.
# "<strong>name@example.org</strong> asked on … for time until …:"
admin-target-asked-on = asked on { $when }
admin-target-asked-until = for time until { $when }
admin-target-new-deadline = New deadline
admin-target-at-zone = at ({ $zone })
admin-target-note = Note to the company (optional)
admin-target-grant = Grant
admin-target-refuse = Refuse
admin-target-waiting-decision = Waiting for an editor's decision.
# "granted on …: new deadline … — “note”"
admin-target-decided-on = { $decision } on { $when }
admin-target-granted-until = : new deadline { $when }
admin-target-quoted-note = “{ $note }”
# Signing in (templates/admin/login.html, login_code.html)
admin-login-title = Sign in
admin-login-explained = For campaign staff. Company representatives use the link in their invitation instead.
admin-login-password = Password
admin-login-code-title = Two-factor sign-in
admin-login-code-label = Code from your authenticator app, or a recovery code
# The staff member's own account (templates/admin/account.html)
admin-account-title = Your account
admin-account-second-factor-required = This service asks every staff member to set up a second factor before going on.
admin-account-recovery-codes = Two-factor sign-in is on. Keep these recovery codes somewhere safe: each lets you in once without your device. They are shown only now.
admin-account-setup = In your authenticator app, add an account with this key (or open the link on the phone that has the app), then type the six-digit code it shows.
admin-account-key = Key:
admin-account-open-in-app = Open in an authenticator app
admin-account-code = Code from the app
admin-account-turn-on = Turn on two-factor sign-in
admin-account-on = Two-factor sign-in is on ({ $count } unused recovery codes).
admin-account-code-to-turn-off = Code from the app, to turn it off
admin-account-turn-off = Turn off two-factor sign-in
admin-account-off = Two-factor sign-in is off. With it on, a stolen password alone does not open your account.
admin-account-set-up = Set up two-factor sign-in
admin-account-notifications = Email notifications
admin-account-email-me-when = Email me when
admin-account-save-notifications = Save notifications
admin-account-change-password-heading = Change your password
admin-account-current-password = Current password
admin-account-new-password = New password
admin-account-new-password-hint = 12 to 128 characters; not a common password or one made from your name. Several unrelated words work well. Your other sessions are ended.
admin-account-change-password = Change password
# Staff accounts (templates/admin/users.html)
admin-users-caption = All staff accounts
admin-users-disabled = disabled
admin-users-new-account = New account
admin-users-role-hint = Reviewers score answers; editors also run campaigns; admins also manage accounts.
admin-users-first-password = First password
admin-users-first-password-hint = 12 to 128 characters. Tell it to the person by another channel.
admin-users-create = Create account
# Co-signing organisations (templates/admin/organisations.html, organisation_form.html)
admin-organisations-explained = The coalition members that co-sign campaigns. An archived organisation is no longer offered for new campaigns; campaigns that have it keep it.
admin-organisations-none = No organisations yet.
admin-organisations-unarchive = Unarchive
admin-organisations-add = Add an organisation
admin-organisations-optional = Optional.
admin-organisations-add-button = Add organisation
admin-organisation-form-explained = Campaigns that have this organisation show the new name on their pages and in the emails written from now on.
admin-organisation-form-archived = This organisation is archived.
# One staff account (templates/admin/user.html)
admin-user-disabled-since = disabled since { $time } UTC
admin-user-created = Created
admin-user-change-role = Change role
admin-user-access = Access
admin-user-own-account = This is your own account; another admin can disable it.
admin-user-disable = Disable account and end its sessions
admin-user-enable = Enable account
admin-user-two-factor-on-since = On since { $time } UTC.
admin-user-two-factor-on = On since .
admin-user-reset-hint = For a lost phone with no recovery codes left: the person then signs in with the password alone and sets it up again. The reset is written to the audit log.
admin-user-reset = Reset two-factor sign-in
# "Off. Set it up at <a>your account</a>."
admin-user-two-factor-off = Off.
admin-user-set-it-up-at = Set it up at
admin-user-your-account = your account
admin-user-sessions = Sessions
admin-user-no-sessions = No one is signed in with this account.
admin-user-live-sessions = Live sessions
admin-user-col-signed-in = Signed in
admin-user-col-last-seen = Last seen
admin-user-col-from = From
admin-user-col-browser = Browser
admin-user-end-sessions = End all sessions
# API tokens (templates/admin/api_tokens.html)
admin-tokens-made = The token “{ $name }” was made. Copy it now: it is shown only this once, and only its SHA-256 is kept.
# "Scripts send it as <code>Authorization: Bearer …</code>; the API is described at <a>/api/openapi.json</a>."
admin-tokens-scripts-send-it-as = Scripts send it as
admin-tokens-api-described-at = ; the API is described at
admin-tokens-caption = All API tokens
admin-tokens-scope = Scope
admin-tokens-col-starts-with = Starts with
admin-tokens-col-made = Made
admin-tokens-col-last-used = Last used
admin-tokens-revoked = revoked
admin-tokens-revoke = Revoke
admin-tokens-new = New token
admin-tokens-name-hint = Who or what uses it, such as “monthly export script”. The audit log names the token's acts by it.
admin-tokens-scope-read = read: lists and reads
admin-tokens-scope-write = write: also creates and changes companies, and publishes
admin-tokens-make = Make token
# The audit log (templates/admin/audit.html)
admin-audit-action = Action
admin-audit-caption = Audit entries, newest first
admin-audit-col-when = When (UTC)
admin-audit-col-who = Who
admin-audit-col-subject = Subject
admin-audit-col-details = Details
admin-audit-pages = Pages
admin-audit-newer = Newer
admin-audit-older = Older
# Recording a response by letter (templates/admin/letter.html)
admin-letter-title = Record a response by letter
admin-letter-explained = When { $company } answers with a signed letter or an email instead of the form, record it here. It becomes the company's response: a new submitted revision (earlier ones are kept), scored like any other, and published as “responded by letter” with the document and its SHA-256.
admin-letter-document = The letter or email
# "PDF, JPEG or PNG; at most 20 MB. …"
admin-letter-document-hint = { $accepted }; at most { $limit } MB. The kind is checked from the file's contents.
admin-letter-received-on = Received on
admin-letter-received-on-hint = The day the letter or email arrived.
admin-letter-received-by = Received by
admin-letter-received-by-hint = A staff member, or a few words (for example “the coalition's post box”).
admin-letter-text-heading = Its text against the questions (optional)
admin-letter-text-explained = Enter what the letter says for each question it answers, at least the scored ones, so that reviewers can score it and the public can read it. Leave the others empty.
# Read by screen readers before a problem with an answer.
admin-letter-problem = Problem:
admin-letter-not-answered = Not answered in the letter
admin-letter-record = Record the letter as the company's response
# Starting a campaign's next round (templates/admin/campaign_next_round.html)
admin-next-round-explained = The next round starts as a draft with the same questionnaire version, companies asked, co-signers, reminder schedule, rules and email wording as “{ $title }”; archived companies and organisations are left out. Everything can be changed while it is a draft. Its scorecards show each company's change since this round.
admin-next-round-slug-hint = The new round's address, e.g. myanmar-2025. It cannot change later.
admin-next-round-start = Start the next round as a draft
# A campaign's email wording and previews (templates/admin/campaign_emails.html)
admin-emails-preview = Preview
admin-emails-preview-explained = See an email exactly as a company will receive it, before anything is sent: nothing is queued and no link is made.
admin-emails-no-targets = Add target companies to the campaign to preview its emails.
admin-emails-to = to
admin-emails-own-words = The campaign's own words
# Followed by "<code>{company}</code> stands for the company's name and <code>{deadline}</code> for its deadline. …"
admin-emails-own-words-explained = Paragraphs of your own at the start (after “Dear …,”) and at the end (before the signature) of invitations and reminders. Plain text; a blank line starts a new paragraph.
admin-emails-stands-for-company = stands for the company's name and
admin-emails-stands-for-deadline = for its deadline. Emails already queued keep the words they were written with.
admin-emails-save = Save the wording
admin-emails-invitation-opening = Invitation: opening
admin-emails-invitation-closing = Invitation: closing
admin-emails-reminder-opening = Reminders: opening
admin-emails-reminder-closing = Reminders: closing
# Previewing one email (templates/admin/email_preview.html)
admin-email-preview-crumb = Emails
# Followed by the stand-in for the secret link, in <code>.
admin-email-preview-explained = A preview: nothing has been sent or queued, and no link has been made. Where the email will carry the contact's own secret link, this preview shows
admin-email-preview-from = From
admin-email-preview-reply-to = Reply-To
admin-email-preview-no-contact = { $company } has no contact to write to yet; the contact's name is left as a stand-in.
admin-email-preview-plain-text = Plain text
admin-email-preview-see-html = See the HTML part as a mail program shows it
admin-email-preview-source = . Its source, as sent:
# Importing companies from a spreadsheet (templates/admin/directory_import.html)
admin-import-title = Import companies
admin-import-nothing-imported = Nothing was imported. Correct these problems in the file and upload it again:
admin-import-preview = Preview: nothing is written yet
# "The file has 4 rows for 3 companies. Importing it would create <strong>2</strong>, update <strong>1</strong> and leave <strong>0</strong> unchanged, adding 4 contacts."
admin-import-file-has = The file has { $rows } rows for { $companies } companies. Importing it would create
admin-import-update = , update
admin-import-and-leave = and leave
admin-import-unchanged = unchanged, adding { $contacts } contacts.
admin-import-warnings = These addresses can be imported, but may not be delivered:
admin-import-confirm = Import these companies
admin-import-caption = Companies in the file
# "A CSV file with a header row and the columns <code>name,…</code>. Several rows with the same slug add contacts to one company; <code>operates_in</code> is a list of country codes separated by <code>;</code>. You will see …"
admin-import-explained = A CSV file with a header row and the columns
admin-import-same-slug = . Several rows with the same slug add contacts to one company;
admin-import-list-of-codes = is a list of country codes separated by
admin-import-every-problem = . You will see every problem, or a preview, before anything is written.
admin-import-file = CSV file
admin-import-check = Check the file
# Questionnaires (templates/admin/questionnaires.html)
# "Questionnaires are files in <code>folder</code>, loaded when the service starts and with <code>answerable questionnaire load FILE</code>. Each distinct …"
admin-questionnaires-files-in = Questionnaires are files in
admin-questionnaires-loaded-when = , loaded when the service starts and with
admin-questionnaires-versions = . Each distinct file content is a version, named by its SHA-256; a version never changes once stored.
admin-questionnaires-none = No questionnaire has been loaded yet.
admin-questionnaires-caption = Questionnaire versions, newest first for each questionnaire
admin-questionnaires-col-content = Content
admin-questionnaires-col-loaded = Loaded (UTC)
admin-questionnaires-col-look-at = Look at
admin-questionnaires-content = { $demands } demands, { $sections } sections,
admin-questionnaires-content-questions = { $questions } questions ({ $scored } scored)
admin-questionnaires-from = from { $file } ({ $by })
# Read by screen readers after "Preview" and "Demands and scoring".
admin-questionnaires-of = of { $title } { $version }
# A questionnaire's demands and scoring (templates/admin/questionnaire_map.html)
admin-questionnaire-map-title = Demands and scoring
# After the questionnaire's title: ", version 2024-1"
admin-questionnaire-map-version = , version { $version }
admin-questionnaire-map-see-form = See the form as companies will
admin-questionnaire-map-how = How scores are made
admin-questionnaire-map-how-explained = Each scored question gets 0 to 100 points: for choice questions from the points of the answer chosen (yes 100, partly 50, no 0 unless the questionnaire says otherwise), for written answers from a reviewer applying the rubric, with a published rationale. "Not applicable" is left out of every average. A demand's score is the average of its questions' scores (weighted where the questionnaire gives weights); the total is the average of the demands' scores. A company that did not respond, or declined, scores 0 on every scored question and is labelled so.
admin-questionnaire-map-weight = Weight in the total: { $weight }
admin-questionnaire-map-serving = Questions serving “{ $demand }”
admin-questionnaire-map-col-scoring = Scoring
admin-questionnaire-map-rubrics = Rubrics for written answers
admin-questionnaire-map-points = { $points } points
admin-questionnaire-map-left-out = left out of averages
# Previewing a questionnaire version (templates/admin/questionnaire_preview.html)
admin-questionnaire-preview-of-version = A preview of version { $version }
admin-questionnaire-preview-exactly = exactly as a company representative will see the form. Nothing can be entered here.
admin-questionnaire-preview-see-map = See the demands and scoring
# "Based on <cite>source</cite>, date, by organisations."
admin-questionnaire-preview-based-on = Based on
admin-questionnaire-preview-by = by
# Dashboard groups and notices (src/web/admin/dashboard.rs)
admin-dashboard-extension-requests = Requests for more time
admin-dashboard-extension-requests-none = No request for more time waits for a decision.
admin-dashboard-failed-emails = Failed emails
admin-dashboard-failed-emails-none = No email has failed.
admin-dashboard-to-score = Submissions to score
admin-dashboard-to-score-none = Nothing waits to be scored.
admin-dashboard-replies = Replies to findings to read
admin-dashboard-replies-none = No unread reply.
admin-dashboard-deadlines = Deadlines in the next 7 days
admin-dashboard-deadlines-none = No deadline in the next 7 days.
admin-dashboard-ready-to-publish = Campaigns ready to publish
admin-dashboard-ready-to-publish-none = No campaign is ready to publish.
admin-dashboard-marked-as-read = Marked as read.
# Notices on a campaign page (src/web/admin/campaigns/dashboard.rs)
admin-notice-campaign-state = The campaign's state was changed.
admin-notice-campaign-questionnaire = The questionnaire version was changed.
admin-notice-campaign-targets = The targets were added.
admin-notice-campaign-none-added = No new targets: every company matching is already asked.
admin-notice-campaign-extended = The deadline was extended.
admin-notice-campaign-details = The campaign's details were saved.
admin-notice-campaign-reminders = The reminder schedule was saved.
admin-notice-campaign-rules = The response rules were saved.
admin-notice-campaign-emails = The wording of the campaign's emails was saved.
admin-notice-campaign-next-round = The next round is ready as a draft: check its dates, companies and co-signers, then open it.
admin-notice-campaign-published = Published: the public page now shows this version.
admin-notice-campaign-sent = The invitations are queued; they go out with the next run of the job loop (see the outbox).

# Notices on a company page (src/web/admin/companies/show.rs)
admin-notice-company-saved = The company was saved.
admin-notice-company-archived = The company was archived; it no longer appears in lists and exports.
admin-notice-company-restored = The company was restored.
admin-notice-company-contact = The contact was added.
admin-notice-company-primary = The primary contact was changed.
admin-notice-company-contact-archived = The contact was archived.
admin-notice-company-contact-saved = The contact was saved.

# Notices on the staff account pages (src/web/admin/users.rs)
admin-notice-user-created = The account was created.
admin-notice-user-role = The role was changed.
admin-notice-user-disabled = The account was disabled and its sessions were ended.
admin-notice-user-enabled = The account was enabled.
admin-notice-user-sessions = All sessions of the account were ended.
admin-notice-user-two-factor = Two-factor sign-in was reset: the person signs in with the password alone until they set it up again.

# Titles of the confirmation pages (src/web/admin/campaigns/confirm.rs)
admin-confirm-open-title = Open the campaign?
admin-confirm-close-title = Close the campaign?
admin-confirm-reopen-title = Reopen the campaign?
admin-confirm-publish-title = Publish a new version?
# Page titles (src/web/admin)
admin-title-import-companies = Import companies
admin-title-your-account = Your account
admin-title-outbox = Outbox
admin-title-staff-accounts = Staff accounts
admin-title-account-of = Account of { $name }
admin-title-audit-log = Audit log
admin-title-api-tokens = API tokens
admin-title-review = Review · { $name }
admin-title-questionnaires = Questionnaires
admin-title-questionnaire-preview = Preview: { $title }
admin-title-edit-contact = Edit contact
admin-title-edit-contact-of = Edit contact: { $name }
admin-title-companies = Companies
admin-title-organisations = Organisations
admin-title-edit-organisation = Edit { $name }
admin-title-next-round = Start the next round
admin-title-campaign-emails = Emails of { $title }
admin-title-campaigns = Campaigns
# Sentences built in Rust for staff pages: notices and form errors (src/web/admin)
admin-account-your-password-was-changed-and = Your password was changed and your other sessions were ended.
admin-account-two-factor-sign-in-is = Two-factor sign-in is off.
admin-account-your-email-notifications-are-saved = Your email notifications are saved.
admin-account-this-is-not-your-current = This is not your current password.
admin-account-this-code-is-not-right = This code is not right; type the one your app shows now.
admin-api-tokens-the-token-was-revoked = The token was revoked.
admin-emails-the-invitation = The invitation
admin-emails-the-reminder-on-the-day = The reminder on the day of the deadline
admin-form-enter-a-date-such-as = Enter a date such as 2026-12-15.
admin-form-enter-a-time-such-as = Enter a time such as 17:00.
admin-form-enter-a-title = Enter a title.
admin-form-the-deadline-must-come-after = The deadline must come after the opening date.
admin-form-choose-a-questionnaire-version = Choose a questionnaire version.
admin-form-another-campaign-already-has-this = Another campaign already has this slug.
admin-form-choose-a-questionnaire-version-from = Choose a questionnaire version from the list.
admin-life-cycle-unknown-campaign-state = Unknown campaign state.
admin-targets-name-a-company-or-choose = Name a company, or choose a sector or a country.
admin-contacts-enter-the-person-s-name = Enter the person's name.
admin-contacts-another-contact-of-the-company = Another contact of the company has this address.
admin-contacts-this-person-is-already-a = This person is already a contact of the company.
admin-form-enter-the-company-s-name = Enter the company's name.
admin-form-new-company = New company
admin-form-another-company-already-has-this = Another company already has this slug.
admin-form-a-company-cannot-be-its = A company cannot be its own parent.
admin-organisations-enter-the-organisation-s-name = Enter the organisation's name.
admin-directory-import-choose-a-csv-file-to = Choose a CSV file to upload.
admin-directory-import-this-import-is-not-known = This import is not known; upload the file again.
admin-directory-import-this-import-was-already-done = This import was already done or has expired; upload the file again.
admin-directory-import-the-kept-file-no-longer = The kept file no longer reads; upload it again.
admin-letters-the-form-could-not-be = The form could not be read.
admin-letters-the-form-is-larger-than = The form is larger than any letter's text could be.
admin-letters-nothing-was-recorded-correct-what = Nothing was recorded. Correct what is marked below. Choose the document again: a browser cannot keep it between tries.
admin-outbox-the-email-is-back-in = The email is back in the queue and goes out with the next run.
admin-outreach-the-link-was-revoked-it = The link was revoked; it no longer opens anything.
admin-outreach-a-new-link-is-queued = A new link is queued for the contact; earlier links stop working.
admin-outreach-the-decision-is-recorded-and = The decision is recorded and emailed to the company's contacts.
admin-outreach-to-grant-more-time-give = To grant more time, give the new deadline as a date and a time.
admin-outreach-choose-to-grant-or-to = Choose to grant or to refuse.
admin-outreach-log-invited-the-status-became-invited = Invited: the status became “invited”.
admin-outreach-log-first-opened-a-representative-signed = First opened: a representative signed in.
admin-outreach-log-overdue-the-deadline-passed-without = Overdue: the deadline passed without an answer.
admin-outreach-log-more-time-refused = More time refused.
admin-findings-findings-are-sent-only-to = Findings are sent only to companies that submitted answers.
admin-users-there-is-already-an-account = There is already an account with this email address.
# The outreach log of a company in a campaign (src/web/admin/outreach_log.rs)
admin-outreach-log-queued = Queued: { $kind } to { $to } (“{ $subject }”).
admin-outreach-log-sent = Sent: { $kind } to { $to }; the server answered “{ $answer }”.
admin-outreach-log-not-delivered = Not delivered: { $kind } to { $to } after { $attempts } attempt(s): { $answer }
admin-outreach-log-link-issued = Link issued to { $email }.
admin-outreach-log-link-first-used = Link first used by { $email }.
admin-outreach-log-link-revoked = Link of { $email } revoked.
admin-outreach-log-asked = { $email } asked for more time: “{ $reason }”.
admin-outreach-log-granted = More time granted until { $until }.
admin-outreach-log-letter = Response by letter recorded by { $by } as revision { $revision }: received { $received_on } by { $received_by }, document SHA-256 { $sha256 }.
# Said by the staff pages' handlers (src/web/admin): `why` is the app layer's own sentence.
admin-company-edit-title = Edit { $name }
admin-company-no-parent = There is no company with the slug `{ $slug }`.
admin-letter-not-recorded = Nothing was recorded. Correct what is marked below.
admin-letter-not-recorded-choose-again = Nothing was recorded. Correct what is marked below. Choose the document again: a browser cannot keep it between tries.
admin-questionnaire-map-page-title = Demands and scoring: { $title }
admin-next-round-zone-hint = In the campaign's time zone, { $zone }.
admin-campaign-reminders-not-saved = The reminder schedule is not saved: { $why }.
admin-campaign-rules-not-saved = The rules are not saved: { $why }
admin-campaign-no-active-company = There is no active company with the slug `{ $slug }`.
# (end of staff pages)
