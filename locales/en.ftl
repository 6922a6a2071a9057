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

# Layout: who is signed in.
respond-signout-who = { $email } for { $company }
respond-signout-button = Sign out
# "Alpha, Beta and Gamma": `init` is the names but the last, each followed by respond-list-comma.
respond-list-and = { $init } and { $last }
respond-list-comma = ,
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
# "A, B and C".
public-list-and = { $init } and { $last }
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
public-still-time-until = : until { $deadline }
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



## Staff pages, English only (templates/admin, src/web/admin): keys `admin-…`

# (end of staff pages)
