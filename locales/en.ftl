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

# (end of emails)



## Error pages (templates/error.html, src/web/error.rs)

# (end of error pages)



## Staff pages, English only (templates/admin, src/web/admin): keys `admin-…`

# (end of staff pages)
