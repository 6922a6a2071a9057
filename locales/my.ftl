### Answerable's words in Burmese (မြန်မာ), Unicode encoding.
### Needs review by a native speaker: every message below the line
### "needs-review" was written by machine translation and has not yet been
### checked by a person who speaks Burmese. Move a message above that line
### once it has been checked.
### Keys and placeholders are English's (locales/en.ftl); only the text changes.

language-name = မြန်မာ
language-direction = ltr
numerals = ၀၁၂၃၄၅၆၇၈၉

## Reviewed by a native speaker

## needs-review: machine translation, not yet checked

## Common: layouts, the language switch, dates

brand = Answerable
skip-to-content = အကြောင်းအရာသို့ ကျော်သွားရန်
site-footer = Answerable: ကုမ္ပဏီများကို စာဖြင့်မေးမြန်းပြီး ဖြေကြားချက်များကို မှတ်တမ်းတင်ထားသည်။
language-switch = ဘာသာစကား
language-switch-button = ဤဘာသာစကားဖြင့် ပြရန်
not-translated = (ဘာသာမပြန်ရသေးပါ၊ { $language } ဖြင့် ပြထားသည်)

month-1 = ဇန်နဝါရီလ
month-2 = ဖေဖော်ဝါရီလ
month-3 = မတ်လ
month-4 = ဧပြီလ
month-5 = မေလ
month-6 = ဇွန်လ
month-7 = ဇူလိုင်လ
month-8 = ဩဂုတ်လ
month-9 = စက်တင်ဘာလ
month-10 = အောက်တိုဘာလ
month-11 = နိုဝင်ဘာလ
month-12 = ဒီဇင်ဘာလ
date-day = { $year } ခုနှစ် { $month } { $day } ရက်
date-time = { $day }၊ { $time } ({ $zone }, UTC{ $offset })

## Questionnaire view: the words around a questionnaire's own texts

questionnaire-kind-single-choice = တစ်ခုရွေးပါ
questionnaire-kind-multiple-choice = လိုသလောက်ရွေးပါ
questionnaire-kind-yes-partial-no = ဟုတ် / တစ်စိတ်တစ်ပိုင်း / မဟုတ်
questionnaire-kind-short-text = စာတို
questionnaire-kind-long-text = စာရှည်
questionnaire-kind-evidence-links = အထောက်အထား လင့်ခ်များ
questionnaire-kind-number = ကိန်းဂဏန်း
questionnaire-kind-date = ရက်စွဲ
questionnaire-quoted = “{ $text }”
questionnaire-or = သို့မဟုတ်
questionnaire-condition = မေးခွန်း { $question } ၏ အဖြေသည် { $answers } ဖြစ်မှသာ ပြသည်။
questionnaire-limit-characters = အက္ခရာ { $count } လုံးအထိ
questionnaire-limit-links = လင့်ခ် { $count } ခုအထိ၊ တစ်ခုချင်းစီ https:// သို့မဟုတ် http:// ဖြင့် စရမည်
questionnaire-limit-between = { $low } နှင့် { $high } ကြား
questionnaire-limit-at-least = အနည်းဆုံး { $low }
questionnaire-limit-at-most = အများဆုံး { $high }
questionnaire-limit-on-or-after = { $day } သို့မဟုတ် ၎င်းနောက်ပိုင်း
questionnaire-limit-on-or-before = { $day } သို့မဟုတ် ၎င်းမတိုင်မီ
questionnaire-required = (မဖြစ်မနေဖြေရန်)
questionnaire-not-scored = အမှတ်မပေးပါ
questionnaire-weight = ၊ အလေးချိန် { $weight }
questionnaire-scored-on-rubric = သတ်မှတ်ချက်ဇယားဖြင့် စိစစ်သူက အမှတ်ပေးသည်{ $weight }
questionnaire-option-left-out = { $option } ကို ထည့်မတွက်ပါ
questionnaire-added-up = (ပေါင်းလိုက်သည်၊ အများဆုံး ၁၀၀)

## Respondent pages (templates/respond, src/web/respond)

# (end of respondent pages)



## Public pages (templates/public, src/web/public)

# (end of public pages)



## Emails (templates/email, src/email)

# (end of emails)



## Error pages (templates/error.html, src/web/error.rs)

# (end of error pages)
