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

# (end of emails)



## Error pages (templates/error.html, src/web/error.rs)

# (end of error pages)
