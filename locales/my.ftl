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

email-we = ကျွန်ုပ်တို့
email-list-and = { $init } နှင့် { $last }
email-list-comma = ၊
email-dear = လေးစားအပ်ပါသော { $name } ခင်ဗျာ၊
email-questions = ဤတောင်းဆိုချက်နှင့် ပတ်သက်၍ မေးမြန်းလိုပါက
email-questions-end = { " " }သို့ ဆက်သွယ်ပါ။
email-lost-link = လင့်ခ် ပျောက်သွားပါသလား။ လင့်ခ်အသစ်ကို
email-lost-link-end = { " " }တွင် တောင်းဆိုနိုင်ပါသည်။
email-questions-text = ဤတောင်းဆိုချက်နှင့် ပတ်သက်၍ မေးမြန်းလိုပါက { $address } သို့ ဆက်သွယ်ပါ။
email-lost-link-text = လင့်ခ် ပျောက်သွားပါသလား။ လင့်ခ်အသစ်ကို { $url } တွင် တောင်းဆိုနိုင်ပါသည်။
email-open-questionnaire = မေးခွန်းလွှာကို ဖွင့်ရန်
email-open-with-link = သင့်ကိုယ်ပိုင်လင့်ခ်ဖြင့် မေးခွန်းလွှာကို ဖွင့်ပါ-
email-copy-link = သို့မဟုတ် ဤကိုယ်ပိုင်လင့်ခ်ကို သင့်ဘရောက်ဇာထဲသို့ ကူးထည့်ပါ-
email-deadline-is = နောက်ဆုံးသတ်မှတ်ရက်မှာ
email-deadline-is-end = { " " }ဖြစ်ပါသည်။
email-silence-listed = မဖြေကြားသော ကုမ္ပဏီများကို မဖြေကြားခဲ့သည့် ကုမ္ပဏီများအဖြစ် လူသိရှင်ကြား ဖော်ပြပါမည်။
email-invitation-subject = { $title }- { $company } အတွက် မေးခွန်းများ
email-invitation-ask = { $organisations } သည် { $company } ကို အောက်ပါ မေးခွန်းလွှာအား ဖြေဆိုပေးရန် တောင်းဆိုပါသည်-
email-invitation-ask-end = ။
email-invitation-why = မေးရသည့်အကြောင်းရင်း- မေးခွန်းများသည် အောက်ပါ တောင်းဆိုချက်များမှ ဆင်းသက်လာပါသည်-
email-invitation-answer-by = ကျေးဇူးပြု၍
email-invitation-answer-by-end = { " " }နောက်ဆုံးထား ဖြေဆိုပေးပါ။
email-invitation-effort = မေးခွန်းလွှာ၏ ပမာဏ- { $effort }။
email-invitation-read-first = မေးခွန်းလွှာ တစ်ခုလုံးကို ဦးစွာ ဖတ်ရှုပါ
email-invitation-read-first-end = ၊ ပုံနှိပ်ထုတ်ယူနိုင်သည် သို့မဟုတ် လုပ်ဖော်ကိုင်ဖက်များနှင့် မျှဝေနိုင်ပါသည်။
email-invitation-read-first-text = မေးခွန်းလွှာ တစ်ခုလုံးကို ဦးစွာ ဖတ်ရှုပါ၊ ပုံနှိပ်ထုတ်ယူနိုင်သည် သို့မဟုတ် လုပ်ဖော်ကိုင်ဖက်များနှင့် မျှဝေနိုင်ပါသည်- { $url }
email-invitation-link-works = ဤလင့်ခ်သည် ခလုတ်တစ်ခုပါသော စာမျက်နှာကို ဖွင့်ပေးပြီး ထိုခလုတ်ကို နှိပ်လျှင် အကောင့်ဝင်ပြီးဖြစ်ပါမည်။ လင့်ခ်ကို { $until } အထိ အသုံးပြုနိုင်ပါသည်။ အခြားသူထံ ထပ်ဆင့်မပို့ပါနှင့်- လင့်ခ်ရရှိသူ မည်သူမဆို { $company } ကိုယ်စား ဖြေဆိုနိုင်ပါသည်။
email-invitation-link-works-text = ဤလင့်ခ်သည် ခလုတ်တစ်ခုပါသော စာမျက်နှာကို ဖွင့်ပေးပြီး ထိုခလုတ်ကို နှိပ်လျှင် အကောင့်ဝင်ပြီးဖြစ်ပါမည်။ ကျွန်ုပ်တို့ စာပို့ထားသော { $company } မှ လုပ်ဖော်ကိုင်ဖက်များတွင် ၎င်းတို့၏ ကိုယ်ပိုင်လင့်ခ်များ ရှိပါသည်။ လင့်ခ်ကို { $until } အထိ အသုံးပြုနိုင်ပါသည်။ အခြားသူထံ ထပ်ဆင့်မပို့ပါနှင့်- လင့်ခ်ရရှိသူ မည်သူမဆို { $company } ကိုယ်စား ဖြေဆိုနိုင်ပါသည်။
email-invitation-may-decline = ဖြေဆိုရန် ငြင်းဆိုနိုင်ပါသည်။
email-invitation-published = မည်သည့်အရာများကို မည်သည့်အချိန်တွင် ထုတ်ပြန်မည်နည်း-
email-reminder-subject-passed = သတိပေးချက် (နောက်ဆုံးသတ်မှတ်ရက် ကျော်လွန်သွားပါပြီ)- { $title }
email-reminder-subject-near = သတိပေးချက် (နောက်ဆုံးသတ်မှတ်ရက်- { $step })- { $title }
email-reminder-step-today = ယနေ့
email-reminder-step-in = ယနေ့မှ { $count } ရက်အကြာ
email-reminder-step-ago = လွန်ခဲ့သော { $count } ရက်က
email-reminder-passed = နောက်ဆုံးသတ်မှတ်ရက်သည် { $step } ကျော်လွန်သွားပြီဖြစ်သော်လည်း { $company } ထံမှ ဖြေကြားချက် မရရှိသေးပါ။
email-reminder-near = သတိပေးချက်- နောက်ဆုံးသတ်မှတ်ရက်မှာ { $step } ဖြစ်ပြီး { $company } ထံမှ ဖြေကြားချက် မရရှိသေးပါ။
email-reminder-asked = { $organisations } သည် { $company } ကို { $title } မေးခွန်းလွှာအား ဖြေဆိုပေးရန် တောင်းဆိုခဲ့ပါသည်။
email-reminder-link-works = ဤလင့်ခ်သည် ခလုတ်တစ်ခုပါသော စာမျက်နှာကို ဖွင့်ပေးပြီး ထိုခလုတ်ကို နှိပ်လျှင် အကောင့်ဝင်ပြီးဖြစ်ပါမည်။ လင့်ခ်ကို { $until } အထိ အသုံးပြုနိုင်ပြီး ယခင်ပို့ထားသော လင့်ခ်များလည်း ဆက်လက်အသုံးပြုနိုင်ပါသည်။ အခြားသူထံ ထပ်ဆင့်မပို့ပါနှင့်- လင့်ခ်ရရှိသူ မည်သူမဆို { $company } ကိုယ်စား ဖြေဆိုနိုင်ပါသည်။
email-reminder-more-time = အချိန်ပိုလိုအပ်ပါက မေးခွန်းလွှာ၏ ပထမစာမျက်နှာမှ တောင်းဆိုနိုင်ပါသည်။
email-new-link-subject = သင့်လင့်ခ်အသစ်- { $title }
email-new-link-here = { $company } အတွက် “{ $title }” မေးခွန်းလွှာသို့ ကိုယ်ပိုင်လင့်ခ်အသစ်မှာ အောက်ပါအတိုင်း ဖြစ်ပါသည်-
email-new-link-here-text = { $company } အတွက် "{ $title }" မေးခွန်းလွှာသို့ ကိုယ်ပိုင်လင့်ခ်အသစ်မှာ အောက်ပါအတိုင်း ဖြစ်ပါသည်-
email-new-link-kept = သင့်ယခင်လင့်ခ်လည်း ဆက်လက်အသုံးပြုနိုင်ပါသည်။
email-new-link-revoked = သင့်အတွက် ယခင်လင့်ခ်များကို အသုံးပြု၍ မရတော့ပါ။
email-new-link-works-until = ။ လင့်ခ်ကို { $until } အထိ အသုံးပြုနိုင်ပါသည်။
email-new-link-ignore = ဤလင့်ခ်ကို သင်မတောင်းဆိုခဲ့ပါက ဤအီးမေးလ်ကို လျစ်လျူရှုနိုင်ပါသည်။
email-receipt-subject = လက်ခံဖြတ်ပိုင်း- { $company } သည် { $title } ကို ဖြေဆိုခဲ့သည် (ပြင်ဆင်မှု { $revision })
email-receipt-submitted = { $company } ၏ “{ $title }” ဖြေကြားချက်များကို { $by } က
email-receipt-submitted-text = { $company } ၏ "{ $title }" ဖြေကြားချက်များကို { $by } က
email-receipt-revision = တွင် တင်သွင်းခဲ့ပါသည် (ပြင်ဆင်မှု { $revision })။
email-receipt-digest = တင်သွင်းခဲ့သည့်အရာ၏ SHA-256 digest မှာ-
email-receipt-digest-explained = ကမ်ပိန်းဝန်ထမ်းများလည်း ဤ digest အတိုင်း မြင်ရပါသည်။ ၎င်းသည် ဤဖြေကြားချက်အစုံကို အတိအကျ ဖော်ညွှန်းသည်- မည်သူမဆို စာလုံးတစ်လုံးတည်းကို ပြောင်းလဲခဲ့လျှင်ပင် digest ကွဲပြားသွားမည် ဖြစ်သည်။
email-receipt-copy-follows = ဖြေကြားချက်များ၏ မိတ္တူကို အောက်တွင် ဖော်ပြထားပါသည်။
email-extension-subject-granted = အချိန်တိုးပေးရန် ခွင့်ပြုပြီး- { $title }
email-extension-subject-refused = အချိန်တိုးပေးရန် ငြင်းပယ်ပြီး- { $title }
email-extension-request-is = { $company } အတွက် “{ $title }” ကို ဖြေဆိုရန် အချိန်ပိုတောင်းဆိုချက်ကို
email-extension-granted = ခွင့်ပြုလိုက်ပါပြီ
email-extension-refused = ငြင်းပယ်လိုက်ပါပြီ
email-extension-new-deadline = ။ နောက်ဆုံးသတ်မှတ်ရက်အသစ်မှာ
email-extension-deadline-stays = ။ နောက်ဆုံးသတ်မှတ်ရက်မှာ ဆက်လက်၍
email-extension-deadline-end = { " " }ဖြစ်ပါသည်။
email-extension-granted-text = { $company } အတွက် "{ $title }" ကို ဖြေဆိုရန် အချိန်ပိုတောင်းဆိုချက်ကို ခွင့်ပြုလိုက်ပါပြီ။ နောက်ဆုံးသတ်မှတ်ရက်အသစ်မှာ { $deadline } ဖြစ်ပါသည်။
email-extension-refused-text = { $company } အတွက် "{ $title }" ကို ဖြေဆိုရန် အချိန်ပိုတောင်းဆိုချက်ကို ငြင်းပယ်လိုက်ပါပြီ။ နောက်ဆုံးသတ်မှတ်ရက်မှာ ဆက်လက်၍ { $deadline } ဖြစ်ပါသည်။

email-findings-subject = { $company } အတွက် ကနဦးတွေ့ရှိချက်များ- { $title }
email-findings-thanks = “{ $title }” အတွက် { $company } ၏ ဖြေကြားချက်များအတွက် ကျေးဇူးတင်ပါသည်။
email-findings-thanks-text = "{ $title }" အတွက် { $company } ၏ ဖြေကြားချက်များအတွက် ကျေးဇူးတင်ပါသည်။
email-findings-here = ကျွန်ုပ်တို့၏ ကနဦးတွေ့ရှိချက်များမှာ အောက်ပါအတိုင်း ဖြစ်ပါသည်- အမှတ်ပေးသည့် မေးခွန်းတစ်ခုချင်းစီအတွက် သင်တင်သွင်းခဲ့သည့် ဖြေကြားချက်၊ ၎င်း၏ရမှတ်နှင့် စာဖြင့်ဖြေသော ဖြေကြားချက်များအတွက် အဆင့်နှင့် ၎င်းအဆင့်ကို ပေးရသည့် အကြောင်းရင်း။
email-findings-total = စုစုပေါင်း- { $total }
email-findings-your-answer = သင့်ဖြေကြားချက်-
email-findings-no-answer = (ဖြေကြားချက် မရှိပါ)
email-findings-score = ရမှတ်-
email-findings-reason = အကြောင်းရင်း-
email-findings-reply-until = ဤတွေ့ရှိချက်များကို
email-findings-reply-until-end = { " " }အထိ ပြန်လည်ဖြေကြားနိုင်ပါသည်။ သင့်ပြန်ကြားချက်ကို ကျွန်ုပ်တို့၏ စိစစ်သူများ ဖတ်ရှုမည်ဖြစ်ပြီး ရမှတ်များကို ပြောင်းလဲစေနိုင်ကာ တွေ့ရှိချက်များဘေးတွင် ထုတ်ပြန်ပါမည်။
email-findings-reply-link = သင့်ကိုယ်ပိုင်လင့်ခ်ဖြင့် ပြန်လည်ဖြေကြားရန်
email-findings-reply-here = သင့်ကိုယ်ပိုင်လင့်ခ်ဖြင့် ဤနေရာတွင် ပြန်လည်ဖြေကြားပါ-
email-findings-questions-text = မေးမြန်းလိုပါက- { $address }

email-ack-what-extension = အချိန်ပိုတောင်းဆိုခဲ့သည်
email-ack-what-decline = ဖြေဆိုရန် ငြင်းဆိုခဲ့သည်
email-ack-what-undone = ဖြေဆိုရန် ငြင်းဆိုချက်ကို ပြန်လည်ရုပ်သိမ်းခဲ့သည်
email-ack-subject = မှတ်တမ်းတင်ပြီး- { $company } က { $what } ({ $title })
email-ack-confirm = { $company } သည် “{ $title }” တွင် { $what } ကြောင်း အတည်ပြုအကြောင်းကြားအပ်ပါသည်။
email-ack-confirm-text = { $company } သည် "{ $title }" တွင် { $what } ကြောင်း အတည်ပြုအကြောင်းကြားအပ်ပါသည်။
email-ack-recorded = မှတ်တမ်းတင်ချိန်-
email-ack-recorded-from = ၊ { $by } ထံမှ။
email-ack-until = တောင်းဆိုထားသော နောက်ဆုံးသတ်မှတ်ရက်အသစ်- { $until }။
email-ack-no-until = နောက်ဆုံးသတ်မှတ်ရက်အသစ် မဖော်ပြထားပါ။
email-ack-reason = ပေးထားသော အကြောင်းရင်း- “{ $reason }”။
email-ack-no-reason = အကြောင်းရင်း မပေးထားပါ။
email-ack-next-extension = ကမ်ပိန်းဝန်ထမ်းများက အီးမေးလ်ဖြင့် ပြန်ကြားပါမည်။ အချိန်တိုးပေးခြင်း မပြုမချင်း နောက်ဆုံးသတ်မှတ်ရက်မှာ { $deadline } အတိုင်း ဆက်ရှိပါမည်။
email-ack-next-decline = သင့်ကုမ္ပဏီကို ဖြေဆိုရန် ငြင်းဆိုခဲ့သည့် ကုမ္ပဏီအဖြစ် ထုတ်ပြန်ပါမည်။ နောက်ဆုံးသတ်မှတ်ရက် { $deadline } အထိ မေးခွန်းလွှာ၏ အစစာမျက်နှာတွင် ဤဆုံးဖြတ်ချက်ကို ပြန်ပြင်နိုင်ပါသည်။ သင်၏ မူကြမ်းဖြေကြားချက်များကို သိမ်းဆည်းထားပါသည်။
email-ack-next-undone = သင့်ကုမ္ပဏီသည် ငြင်းဆိုခြင်း မရှိတော့ပါ- နောက်ဆုံးသတ်မှတ်ရက် { $deadline } မတိုင်မီ မေးခွန်းလွှာကို ဖြေဆိုပြီး တင်သွင်းပါ။ သင်၏ မူကြမ်းဖြေကြားချက်များမှာ သင်ထားခဲ့သည့်အတိုင်း ရှိနေပါသည်။

email-effort = { $sections } ပိုင်းပါ မေးခွန်း { $questions } ခု၊ ယင်းတို့အနက် { $written } ခုကို သင့်စကားဖြင့် ရေးဖြေရန်၊ { $time } ကြာမည် (ရွေးချယ်ရသော မေးခွန်းတစ်ခုလျှင် တစ်မိနစ်၊ ရေးဖြေရသော မေးခွန်းတစ်ခုလျှင် ဆယ်မိနစ်)
email-effort-hours = { $count } နာရီ
email-effort-minutes = { $count } မိနစ်
email-effort-about = { $time }ခန့်

email-disclosure-answers = သင့်ကုမ္ပဏီ တင်သွင်းသော ဖြေကြားချက်များကို တင်သွင်းသည့်အတိုင်း စကားလုံးတိုင်း မပြောင်းလဲဘဲ တင်သွင်းသည့်ရက်စွဲနှင့် လက်ခံဖြတ်ပိုင်း၏ SHA-256 digest တို့နှင့်အတူ ထုတ်ပြန်ပါမည်။
email-disclosure-amendable = နောက်ဆုံးသတ်မှတ်ရက်အထိ တင်သွင်းချက်ကို ပြင်ဆင်နိုင်ပါသည်- ပြင်ဆင်မှုတိုင်းကို သိမ်းဆည်းထားပြီး နောက်ဆုံးပြင်ဆင်မှုကို ထုတ်ပြန်ပါမည်။
email-disclosure-final = တင်သွင်းပြီးသည့်အရာကို ပြင်ဆင်၍ မရပါ- သင်တင်သွင်းသော ဖြေကြားချက်များကိုသာ ထုတ်ပြန်ပါမည်။
email-disclosure-drafts = မူကြမ်းများကို သင်မတင်သွင်းမချင်း သင့်ကုမ္ပဏီသာ မြင်ရပြီး မည်သည့်အခါမျှ ထုတ်ပြန်မည် မဟုတ်ပါ။
email-disclosure-decline-with-reason = သင့်ကုမ္ပဏီက ဖြေဆိုရန် ငြင်းဆိုပါက ငြင်းဆိုခဲ့သည့် ကုမ္ပဏီအဖြစ် သင်ပေးသော အကြောင်းရင်းကို စကားလုံးတိုင်း မပြောင်းလဲဘဲ ထုတ်ပြန်ပါမည်။
email-disclosure-decline-without-reason = သင့်ကုမ္ပဏီက ဖြေဆိုရန် ငြင်းဆိုပါက ငြင်းဆိုခဲ့သည့် ကုမ္ပဏီအဖြစ် ထုတ်ပြန်ပါမည်- သင်ပေးသော အကြောင်းရင်းကို ကမ်ပိန်းဝန်ထမ်းများသာ မြင်ရပြီး ထုတ်ပြန်မည် မဟုတ်ပါ။
email-disclosure-no-response = နောက်ဆုံးသတ်မှတ်ရက်အထိ မတင်သွင်း၊ မငြင်းဆိုသော ကုမ္ပဏီကို မဖြေကြားခဲ့သည့် ကုမ္ပဏီအဖြစ် ထုတ်ပြန်ပါမည်။
email-disclosure-reply-published = ကနဦးတွေ့ရှိချက်များအပေါ် သင့်ပြန်ကြားချက်ကို တွေ့ရှိချက်များဘေးတွင် စကားလုံးတိုင်း မပြောင်းလဲဘဲ ထုတ်ပြန်ပါမည်။
email-disclosure-reply-not-published = ကနဦးတွေ့ရှိချက်များအပေါ် သင့်ပြန်ကြားချက်ကို စိစစ်သူများ ဖတ်ရှုမည်ဖြစ်ပြီး ရမှတ်များကို ပြောင်းလဲစေနိုင်သော်လည်း ထုတ်ပြန်မည် မဟုတ်ပါ။
email-disclosure-letter = သင့်ကုမ္ပဏီက ယင်းအစား စာ သို့မဟုတ် အီးမေးလ်ဖြင့် ဖြေကြားပါက ညွန့်ပေါင်းအဖွဲ့က ၎င်းကို သင့်ဖြေကြားချက်အဖြစ် မှတ်တမ်းတင်မည်- စာရွက်စာတမ်းကို ပေးပို့သည့်အတိုင်း ၎င်း၏ SHA-256 digest နှင့်အတူ ထုတ်ပြန်ပါမည်။
email-disclosure-evidence-published = သင့်ဖြေကြားချက်များတွင် ပူးတွဲထားသော စာရွက်စာတမ်းများကို ပူးတွဲထားသည့်အတိုင်း တစ်ခုချင်းစီ၏ SHA-256 digest နှင့်အတူ ဖြေကြားချက်များနှင့်အတူ ထုတ်ပြန်ပါမည်။
email-disclosure-evidence-not-published = သင့်ဖြေကြားချက်များတွင် ပူးတွဲထားသော စာရွက်စာတမ်းများကို စိစစ်သူများ ဖတ်ရှုမည်ဖြစ်ပြီး သင့်လက်ခံဖြတ်ပိုင်းတွင် စာရင်းပြုထားမည်- ၎င်းတို့ကို ထုတ်ပြန်မည် မဟုတ်ပါ။
email-disclosure-when = နောက်ဆုံးသတ်မှတ်ရက်နှင့် ကနဦးတွေ့ရှိချက်များအပေါ် သင်၏ ပြန်လည်ဖြေကြားခွင့် ကာလ ကုန်ဆုံးမီ မည်သည့်အရာကိုမျှ ထုတ်ပြန်မည် မဟုတ်ပါ- ညွန့်ပေါင်းအဖွဲ့က အမှတ်ပေးဇယားကို ထုတ်ပြန်သည့်အခါ ထုတ်ပြန်ပါမည်။
email-disclosure-reason-published = ဤကမ်ပိန်း၏ စည်းမျဉ်းများအရ သင်ပေးခဲ့သော အကြောင်းရင်းကို စကားလုံးတိုင်း မပြောင်းလဲဘဲ ထုတ်ပြန်ပါမည်။
email-disclosure-reason-not-published = ဤကမ်ပိန်း၏ စည်းမျဉ်းများအရ သင်ပေးခဲ့သော အကြောင်းရင်းကို ကမ်ပိန်းဝန်ထမ်းများသာ မြင်ရပြီး ထုတ်ပြန်မည် မဟုတ်ပါ။

# (end of emails)



## Error pages (templates/error.html, src/web/error.rs)

error-400-heading = တောင်းဆိုချက်ကို နားမလည်နိုင်ပါ
error-400-text = ပေးပို့လိုက်သည့်အရာတွင် တစ်စုံတစ်ခု မမှန်ကန်ပါ။ နောက်သို့ပြန်သွားပြီး ဖောင်ကို စစ်ဆေးကာ ထပ်မံကြိုးစားပါ။
error-403-heading = ခွင့်မပြုပါ
error-403-text = သင့်အကောင့်တွင် ဤစာမျက်နှာအတွက် ခွင့်ပြုချက် မရှိပါ။
error-404-heading = စာမျက်နှာ ရှာမတွေ့ပါ
error-404-text = ဤလိပ်စာတွင် စာမျက်နှာ မရှိပါ။ လိပ်စာကို စစ်ဆေးပါ၊ သို့မဟုတ် ပင်မစာမျက်နှာမှ ပြန်လည်စတင်ပါ။
error-405-heading = ဤနေရာတွင် ခွင့်မပြုပါ
error-405-text = ဤလိပ်စာသည် ထိုကဲ့သို့သော တောင်းဆိုချက်ကို လက်မခံပါ။
error-413-heading = ဒေတာ များလွန်းပါသည်
error-413-text = ပေးပို့လိုက်သည့်အရာသည် ဤဖောင်က လက်ခံနိုင်သည်ထက် ကြီးနေပါသည်။ တိုအောင်ပြုလုပ်ပြီး ထပ်မံကြိုးစားပါ။
error-415-heading = မပံ့ပိုးသော ဒေတာ
error-415-text = ဤလိပ်စာသည် ထိုကဲ့သို့သော ဒေတာကို လက်မခံပါ။
error-429-heading = ကြိုးစားမှု များလွန်းပါသည်
error-429-text = ထပ်မံမကြိုးစားမီ ခဏစောင့်ပေးပါ။
error-503-heading = ယာယီ အသုံးမပြုနိုင်ပါ
error-503-text = ဝန်ဆောင်မှုသည် ယခုအချိန်တွင် ၎င်း၏ ဒေတာဘေ့စ်သို့ ချိတ်ဆက်၍ မရပါ။ တစ်မိနစ်အကြာတွင် ထပ်မံကြိုးစားပါ။
error-500-heading = ကျွန်ုပ်တို့ဘက်တွင် အမှားတစ်ခု ဖြစ်ပွားခဲ့ပါသည်
error-500-text = ပြဿနာကို မှတ်တမ်းတင်ထားပါသည်။ ခဏအကြာတွင် ထပ်မံကြိုးစားပါ။ ဆက်လက်ဖြစ်ပေါ်နေပါက ဤဝန်ဆောင်မှုကို လည်ပတ်သူများထံ အကြောင်းကြားပါ။
error-other-heading = တောင်းဆိုချက်ကို မပြီးမြောက်နိုင်ပါ
error-other-text = နောက်သို့ပြန်သွားပြီး ထပ်မံကြိုးစားပါ။
error-too-many-wait = မအောင်မြင်သော ကြိုးစားမှုများ များလွန်းပါသည်။ ထပ်မံမကြိုးစားမီ { $wait } စောင့်ပါ။
error-wait-minutes = { $count } မိနစ်
error-busy = ဆာဗာသည် အခြားအကောင့်ဝင်မှုများကို စစ်ဆေးနေသဖြင့် အလုပ်များနေပါသည်။ စက္ကန့်အနည်းငယ်အကြာတွင် ထပ်မံကြိုးစားပါ။
error-reference = ဤအကြောင်းကို ဝန်ဆောင်မှု လည်ပတ်သူများထံ ပြောပြပါက ဤရည်ညွှန်းနံပါတ်ကို ဖော်ပြပါ-
error-home = ပင်မစာမျက်နှာသို့ သွားရန်
error-form-expired = ဤဖောင်၏ သက်တမ်း ကုန်ဆုံးသွားပါပြီ။ နောက်သို့ပြန်သွားပြီး စာမျက်နှာကို ပြန်ဖွင့်ကာ ထပ်မံပေးပို့ပါ။
error-form-other-site = ဤဖောင်ကို အခြားဝဘ်ဆိုက်မှ ပေးပို့ထားသဖြင့် ငြင်းပယ်လိုက်ပါသည်။

# (end of error pages)
