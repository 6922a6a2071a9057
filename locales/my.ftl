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
list-and = { $init } နှင့် { $last }
list-comma = ၊
common-size-bytes = { $size } ဘိုက်
common-size-kb = { $size } KB
common-size-mb = { $size } MB

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

## Answers' problems, beside the field and on the review page (src/domain/answers)

answer-problem-too-long = ဤအဖြေတွင် အက္ခရာ { $length } လုံး ရှိပြီး ကန့်သတ်ချက်မှာ { $max } လုံး ဖြစ်သည်။ သိမ်းထားပြီးဖြစ်သော်လည်း မတင်သွင်းမီ တိုအောင် ပြင်ပါ။
answer-problem-too-many-links = လင့်ခ် { $count } ခု ရှိသည်။ အများဆုံး { $max } ခုသာ လက်ခံသည်။
answer-problem-not-a-web-address = စာကြောင်း { $line } (“{ $text }”) သည် https:// သို့မဟုတ် http:// ဖြင့် စသော ဝက်ဘ်လိပ်စာ မဟုတ်ပါ။
answer-problem-number-below = ကိန်းဂဏန်းသည် အနည်းဆုံး { $min } ဖြစ်ရမည်။
answer-problem-number-above = ကိန်းဂဏန်းသည် အများဆုံး { $max } ဖြစ်ရမည်။
answer-problem-not-a-number = “{ $text }” သည် ကိန်းဂဏန်း မဟုတ်ပါ။ ဂဏန်းများဖြင့် ရေးပါ၊ ဒသမအတွက် အစက်ကို သုံးပါ (ဥပမာ 12.5)။
answer-problem-date-before = ရက်စွဲသည် { $min } သို့မဟုတ် ၎င်းနောက်ပိုင်း ဖြစ်ရမည်။
answer-problem-date-after = ရက်စွဲသည် { $max } သို့မဟုတ် ၎င်းမတိုင်မီ ဖြစ်ရမည်။
answer-problem-not-a-date = “{ $text }” သည် ရက်စွဲ မဟုတ်ပါ။ နှစ်-လ-ရက် ပုံစံဖြင့် ရေးပါ၊ ဥပမာ 2024-01-31။
answer-problem-missing = မဖြစ်မနေ ဖြေရမည့် အဖြေ မရှိသေးပါ

## Respondent pages (templates/respond, src/web/respond)

respond-signout-who = { $company } အတွက် { $email }
respond-signout-button = ထွက်ရန်
respond-organisations-fallback = ကမ်ပိန်း၏ အဖွဲ့အစည်းများ
respond-problem-label = ပြဿနာ -
respond-error-label = အမှား -
respond-no-answer = အဖြေမရှိပါ
respond-full-stop = ။

respond-open-ask-before = { $organisations } က
respond-open-ask-middle = ကို
respond-open-ask-after = {" "}နောက်ဆုံးထား၍ ဤမေးခွန်းလွှာကို ဖြေဆိုပေးရန် တောင်းဆိုထားပါသည်။
respond-open-sent-to = ဤလင့်ခ်ကို { $email } သို့ ပို့ထားပါသည်။ မေးခွန်းလွှာကို ဖွင့်ရန် ခလုတ်ကို နှိပ်ပါ။ { $company } အတွက် ဝင်ရောက်ပြီးဖြစ်ပါမည်။
respond-open-button = မေးခွန်းလွှာကို ဖွင့်ရန်
respond-open-hint = ဤစာမျက်နှာကို ဖွင့်ရုံဖြင့် မည်သူ့ကိုမျှ ဝင်ရောက်စေခြင်း မရှိ၊ မည်သည့်အရာကိုမျှ မှတ်တမ်းမတင်ပါ။ ခလုတ်ကသာ ထိုသို့ပြုလုပ်ပါသည်။
respond-open-new-link-after = (မေးခွန်းလွှာ ပို့ခဲ့သော အီးမေးလ်လိပ်စာဖြင့်)
respond-link-unknown-title = ဤလင့်ခ် အလုပ်မလုပ်ပါ
respond-link-unknown = ဤလင့်ခ်ကို ကျွန်ုပ်တို့ မသိပါ။ ကူးယူစဉ် လင့်ခ်၏ တစ်စိတ်တစ်ပိုင်း ပျောက်သွားခြင်း ဖြစ်နိုင်ပါသည်။
respond-link-gone-title = ဤလင့်ခ် အလုပ်မလုပ်တော့ပါ
respond-link-revoked = ဤလင့်ခ်ကို လင့်ခ်အသစ်ဖြင့် အစားထိုးထားပြီး သို့မဟုတ် ပြန်ရုပ်သိမ်းထားပြီး ဖြစ်ပါသည်။
respond-link-expired = ဤလင့်ခ်၏ သက်တမ်း ကုန်ဆုံးသွားပါပြီ။
respond-link-not-open = ဤမေးခွန်းလွှာကို ဖွင့်မထားပါ။

respond-newlink-title = လင့်ခ်အသစ် တောင်းရန်
respond-newlink-sent-before = {""}
respond-newlink-sent-after = သည် ဖွင့်ထားသော မေးခွန်းလွှာတစ်ခုအကြောင်း ကျွန်ုပ်တို့ စာပို့ခဲ့သော လိပ်စာ ဖြစ်ပါက လင့်ခ်အသစ်တစ်ခု ထိုလိပ်စာသို့ ပို့နေပါပြီ။ ယခင်ပို့ခဲ့သော လင့်ခ်များလည်း ဆက်လက်အလုပ်လုပ်ပါသည်။
respond-newlink-nothing = ဘာမှ မရောက်လာဘူးလား။ spam ဖိုင်တွဲကို စစ်ကြည့်ပါ၊ သို့မဟုတ် ကျွန်ုပ်တို့၏ ပထမဆုံး အီးမေးလ်တွင် ပေးထားသော လိပ်စာသို့ စာရေးပါ။
respond-newlink-intro = ကျွန်ုပ်တို့၏ မေးခွန်းလွှာ ပို့ခဲ့သော အီးမေးလ်လိပ်စာကို ထည့်ပါ။ ဖွင့်ထားသော မေးခွန်းလွှာတစ်ခုအကြောင်း ထိုလိပ်စာသို့ စာပို့ခဲ့ပါက ကိုယ်ပိုင်လင့်ခ်အသစ်တစ်ခု ထိုလိပ်စာသို့ ပို့ပေးပါမည်။
respond-newlink-email = အီးမေးလ်လိပ်စာ
respond-newlink-button = လင့်ခ်အသစ် ပို့ပေးပါ
respond-notice-signed-out = သင် ထွက်ပြီးပါပြီ။ သင့်လင့်ခ်သည် သက်တမ်းမကုန်မချင်း ဆက်လက်အလုပ်လုပ်ပါသည်။
respond-notice-ended = သင် ဝင်ရောက်ထားခြင်း မရှိပါ၊ သို့မဟုတ် သင့်အသုံးပြုချိန် ကုန်ဆုံးသွားပါပြီ။ ကျွန်ုပ်တို့၏ အီးမေးလ်မှ လင့်ခ်ကို ထပ်မံဖွင့်ပါ၊ သို့မဟုတ် ဤနေရာတွင် လင့်ခ်အသစ် တောင်းပါ။
respond-email-empty = အီးမေးလ်လိပ်စာ ထည့်ပါ။
respond-email-whitespace = အီးမေးလ်လိပ်စာတွင် ကွက်လပ် မပါရပါ။
respond-email-shape = အီးမေးလ်လိပ်စာသည် name@example.org ကဲ့သို့ ဖြစ်ရပါမည်။
respond-email-too-long = အီးမေးလ်လိပ်စာသည် အက္ခရာ ၂၅၄ လုံးထက် မပိုရပါ။

respond-start-ask-before = { $organisations } က
respond-start-ask-after = ကို ဤမေးခွန်းလွှာကို ဖြေဆိုပေးရန် တောင်းဆိုထားပါသည်။
respond-start-deadline = နောက်ဆုံးရက်
respond-start-days-left = { $count } ရက် ကျန်ပါသည်
respond-start-less-than-a-day-left = တစ်ရက်ထက်နည်း ကျန်ပါသည်
respond-start-passed-less-than-a-day-ago = နောက်ဆုံးရက် ကျော်လွန်သွားသည်မှာ တစ်ရက်မပြည့်သေးပါ
respond-start-passed-days-ago = နောက်ဆုံးရက် ကျော်လွန်သွားသည်မှာ { $count } ရက် ရှိပါပြီ
respond-start-questions-about = ဤတောင်းဆိုချက်နှင့် ပတ်သက်သော မေးခွန်းများ
respond-start-whole-questionnaire = မေးခွန်းလွှာ တစ်ခုလုံး
respond-start-read-print-share = ဖတ်ရန်၊ ပုံနှိပ်ရန် သို့မဟုတ် မျှဝေရန်
respond-start-every-question = (မေးခွန်းအားလုံး စာမျက်နှာတစ်ခုတည်းတွင်)
respond-start-who-worked = { $company } မှ အဖြေများကို ရေးသားခဲ့သူများ
respond-colleague = { $name } - အဖြေ { $count } ခု၊ နောက်ဆုံး { $when }
respond-colleague-you = { $name } (သင်)
respond-start-submitted = တင်သွင်းပြီး
respond-start-submitted-on = { $when } တွင် (မူကွဲ { $revision })။
respond-start-see-receipt = ပြေစာကို ကြည့်ရန်
respond-start-amendments = ဤကမ်ပိန်းသည် နောက်ဆုံးရက်အထိ ပြင်ဆင်ချက်များကို လက်ခံပါသည်။ အောက်တွင် အဖြေများကို ပြောင်းပြီး မူကွဲအသစ်တစ်ခုအဖြစ် ထပ်မံတင်သွင်းပါ။ မူကွဲတိုင်းကို သိမ်းထားပါသည်။
respond-start-unsubmitted = မတင်သွင်းရသေးသော ပြောင်းလဲချက်များ ရှိပါသည်။
respond-start-latest-revision = နောက်ဆုံး တင်သွင်းထားသော မူကွဲမှာ { $revision } ဖြစ်ပါသည်။
respond-start-review-and-submit-link = ပြန်စစ်ပြီး တင်သွင်းပါ
respond-start-to-make-revision = ၍ သင့်ပြောင်းလဲချက်များကို မူကွဲအသစ်တစ်ခု ဖြစ်စေပါ။
respond-start-revisions = တင်သွင်းထားသော မူကွဲများ -
respond-start-revision = မူကွဲ { $revision }
respond-start-revision-by = ၊ { $when } တွင် { $by } က တင်သွင်းခဲ့သည်။ SHA-256
respond-start-declined = { $company } သည် ဖြေဆိုရန် ငြင်းဆိုထားပါသည်
respond-start-reason-given = ပေးထားသော အကြောင်းပြချက် - “{ $reason }”။
respond-start-undo-decline = ပြန်ပြင်ရန် - ကျွန်ုပ်တို့ ဖြေဆိုပါမည်
respond-start-findings = ကနဦး တွေ့ရှိချက်များ
respond-start-your-reply = သင့်ပြန်ကြားချက် - { $who }
respond-start-reply-by = { $who }၊ { $when }
respond-start-reply-label = သင့်ပြန်ကြားချက် ({ $until } အထိ) - ၎င်းကို စိစစ်သူများထံ ပြသမည်ဖြစ်ပြီး အမှတ်များကို ပြောင်းလဲစေနိုင်ကာ တွေ့ရှိချက်များဘေးတွင် ထုတ်ပြန်ပါမည်။
respond-start-reply-label-if-decided = သင့်ပြန်ကြားချက် ({ $until } အထိ) - ၎င်းကို စိစစ်သူများထံ ပြသမည်ဖြစ်ပြီး အမှတ်များကို ပြောင်းလဲစေနိုင်ကာ ကမ်ပိန်းက ဆုံးဖြတ်မှသာ တွေ့ရှိချက်များဘေးတွင် ထုတ်ပြန်ပါမည်။
respond-start-send-reply = ပြန်ကြားချက် ပို့ရန်
respond-start-reply-ended = ပြန်ကြားရန် အချိန်သည် { $when } တွင် ကုန်ဆုံးခဲ့ပါသည်။
respond-start-sections = အပိုင်းများ
respond-start-drafts = အဖြေများကို သင်တင်သွင်းသည်အထိ သင့်ကုမ္ပဏီသာ မြင်ရသော မူကြမ်းများအဖြစ် သိမ်းထားပါသည်။ သင့်လင့်ခ်မှတစ်ဆင့် အချိန်မရွေး ပြန်လာနိုင်ပါသည်။ ကျွန်ုပ်တို့ စာပို့ခဲ့သော လုပ်ဖော်ကိုင်ဖက်များလည်း ၎င်းတို့၏ လင့်ခ်ဖြင့် ဖြေဆိုနိုင်ပါသည်။
respond-start-section = အပိုင်း
respond-start-answered = ဖြေဆိုပြီး
respond-start-required-answered = မဖြစ်မနေ ဖြေဆိုပြီး
respond-start-of = { $total } ခုအနက် { $done } ခု
respond-start-all = { $total } ခုလုံး
respond-start-demands = မေးခွန်းများ၏ နောက်ကွယ်ရှိ တောင်းဆိုချက်များ
respond-start-asked-in = အပိုင်း { $sections } တွင် မေးထားသည်။
respond-start-more-time = အချိန်ထပ်တိုး
respond-start-none-asked = မတောင်းဆိုရသေးပါ။
respond-start-why-more-time = အချိန်ထပ်တိုး ဘာကြောင့် လိုအပ်ပါသလဲ။
respond-start-until = မည်သည့်နေ့အထိ (မဖြစ်မနေ မဟုတ်)
respond-start-until-hint = ကမ်ပိန်း ဝန်ထမ်းများက ဆုံးဖြတ်ပြီး မည်သို့ပင်ဖြစ်စေ သင့်ထံ စာပြန်ပါမည်။
respond-start-ask-more-time = အချိန်ထပ်တိုး တောင်းရန်
respond-extension-granted = { $email } က { $asked } တွင် တောင်းခဲ့သည် - { $until } အထိ ခွင့်ပြုပြီး။
respond-extension-refused = { $email } က { $asked } တွင် တောင်းခဲ့သည် - ငြင်းပယ်ပြီး။
respond-extension-waiting = { $email } က { $asked } တွင် တောင်းခဲ့သည် - အဖြေကို စောင့်နေဆဲ။
respond-extension-say-why = အချိန်ထပ်တိုး လိုအပ်ရသည့် အကြောင်းကို အတိုချုပ် ရေးပါ။
respond-extension-too-long = အကြောင်းပြချက်ကို အက္ခရာ ၂,၀၀၀ အောက်တွင် ထားပါ။
respond-extension-after-deadline = လက်ရှိ နောက်ဆုံးရက်၏ နောက်ပိုင်းရက်တစ်ရက်ကို ရွေးပါ။
respond-extension-date-shape = ၂၀၂၇-၀၁-၃၁ ကဲ့သို့ ရက်စွဲတစ်ခု ထည့်ပါ။
respond-extension-not-allowed = ဤမေးခွန်းလွှာသည် အချိန်ထပ်တိုး တောင်းဆိုချက်များကို လက်မခံတော့ပါ။
respond-notice-asked = အချိန်ထပ်တိုး တောင်းဆိုချက်ကို ပို့ပြီးပါပြီ။ ကမ်ပိန်း ဝန်ထမ်းများက သင့်ထံ စာပြန်ပါမည်။
respond-notice-declined = မှတ်တမ်းတင်ပြီး - သင့်ကုမ္ပဏီသည် ဖြေဆိုရန် ငြင်းဆိုပါသည်။ နောက်ဆုံးရက်အထိ ဤဆုံးဖြတ်ချက်ကို ပြန်ပြင်နိုင်ပါသည်။
respond-notice-replied = သင့်ပြန်ကြားချက်ကို မှတ်တမ်းတင်ပြီးပါပြီ။ စိစစ်သူများ ဖတ်ပါမည်။
respond-notice-undone = သင့်ကုမ္ပဏီသည် ငြင်းဆိုခြင်း မရှိတော့ပါ - နောက်ဆုံးရက်မတိုင်မီ မေးခွန်းလွှာကို ဖြေဆိုပြီး တင်သွင်းပါ။
respond-reply-refused-not-sent = သင့်ကုမ္ပဏီထံ တွေ့ရှိချက်များ မပို့ရသေးပါ။
respond-reply-refused-closed = ပြန်ကြားရန် အချိန်သည် { $when } တွင် ကုန်ဆုံးခဲ့ပါသည်။
respond-reply-refused-empty = ပြန်ကြားချက်ကို ဦးစွာ ရေးပါ။
respond-reply-refused-too-long = ပြန်ကြားချက်ကို အက္ခရာ ၂၀,၀၀၀ အောက်တွင် ထားပါ။

respond-disclosure-title = ထုတ်ပြန်မည့်အရာနှင့် ထုတ်ပြန်မည့်အချိန်။
respond-disclosure-answers = သင့်ကုမ္ပဏီ တင်သွင်းသော အဖြေများကို တင်သွင်းသည့်အတိုင်း စကားလုံးတိုင်း မပြောင်းဘဲ တင်သွင်းသည့်ရက်စွဲနှင့် ပြေစာ၏ SHA-256 digest တို့နှင့်အတူ ထုတ်ပြန်ပါသည်။
respond-disclosure-amendable = နောက်ဆုံးရက်အထိ တင်သွင်းချက်ကို ပြင်ဆင်နိုင်ပါသည် - မူကွဲတိုင်းကို သိမ်းထားပြီး နောက်ဆုံးမူကွဲကို ထုတ်ပြန်ပါသည်။
respond-disclosure-final = တင်သွင်းချက်ကို ပြင်ဆင်၍ မရပါ - သင်တင်သွင်းသော အဖြေများကိုပင် ထုတ်ပြန်ပါသည်။
respond-disclosure-drafts = မူကြမ်းများကို သင်မတင်သွင်းမချင်း သင့်ကုမ္ပဏီသာ မြင်ရပါသည်။ ၎င်းတို့ကို ဘယ်တော့မှ မထုတ်ပြန်ပါ။
respond-disclosure-decline-with-reason = သင့်ကုမ္ပဏီက ဖြေဆိုရန် ငြင်းဆိုပါက ငြင်းဆိုခဲ့သည်ဟု သင်ပေးသော အကြောင်းပြချက်နှင့်အတူ စကားလုံးတိုင်း မပြောင်းဘဲ ထုတ်ပြန်ပါသည်။
respond-disclosure-decline-without-reason = သင့်ကုမ္ပဏီက ဖြေဆိုရန် ငြင်းဆိုပါက ငြင်းဆိုခဲ့သည်ဟု ထုတ်ပြန်ပါသည်။ သင်ပေးသော အကြောင်းပြချက်ကို ကမ်ပိန်း ဝန်ထမ်းများသာ မြင်ရပြီး မထုတ်ပြန်ပါ။
respond-disclosure-no-response = နောက်ဆုံးရက်အထိ မတင်သွင်း၊ မငြင်းဆိုသော ကုမ္ပဏီကို တုံ့ပြန်ခြင်း မရှိခဲ့ဟု ထုတ်ပြန်ပါသည်။
respond-disclosure-reply-published = ကနဦး တွေ့ရှိချက်များအပေါ် သင့်ပြန်ကြားချက်ကို ၎င်းတို့ဘေးတွင် စကားလုံးတိုင်း မပြောင်းဘဲ ထုတ်ပြန်ပါသည်။
respond-disclosure-reply-not-published = ကနဦး တွေ့ရှိချက်များအပေါ် သင့်ပြန်ကြားချက်ကို စိစစ်သူများ ဖတ်ရှုပြီး အမှတ်များကို ပြောင်းလဲစေနိုင်ပါသည်။ ၎င်းကို မထုတ်ပြန်ပါ။
respond-disclosure-letter = သင့်ကုမ္ပဏီက ယင်းအစား စာ သို့မဟုတ် အီးမေးလ်ဖြင့် ဖြေဆိုပါက ညွန့်ပေါင်းအဖွဲ့က ၎င်းကို သင့်တုံ့ပြန်ချက်အဖြစ် မှတ်တမ်းတင်ပါသည် - စာရွက်စာတမ်းကို ပို့သည့်အတိုင်း ၎င်း၏ SHA-256 digest နှင့်အတူ ထုတ်ပြန်ပါသည်။
respond-disclosure-evidence-published = သင့်အဖြေများတွင် ပူးတွဲသော စာရွက်စာတမ်းများကို ပူးတွဲသည့်အတိုင်း တစ်ခုချင်းစီ၏ SHA-256 digest နှင့်အတူ အဖြေများနှင့်အတူ ထုတ်ပြန်ပါသည်။
respond-disclosure-evidence-not-published = သင့်အဖြေများတွင် ပူးတွဲသော စာရွက်စာတမ်းများကို စိစစ်သူများ ဖတ်ရှုပြီး သင့်ပြေစာတွင် စာရင်းပြုစုထားပါသည်။ ၎င်းတို့ကို မထုတ်ပြန်ပါ။
respond-disclosure-when = နောက်ဆုံးရက်နှင့် ကနဦး တွေ့ရှိချက်များအပေါ် သင့်ပြန်ကြားပိုင်ခွင့် ကာလ မကုန်ဆုံးမီ မည်သည့်အရာကိုမျှ မထုတ်ပြန်ပါ - ညွန့်ပေါင်းအဖွဲ့က အမှတ်ပေးဇယားကို ထုတ်ပြန်သည့်အခါ ထုတ်ပြန်ပါသည်။
respond-disclosure-reason-published = ဤကမ်ပိန်း၏ စည်းမျဉ်းများအရ သင်ပေးခဲ့သော အကြောင်းပြချက်ကို စကားလုံးတိုင်း မပြောင်းဘဲ ထုတ်ပြန်ပါမည်။
respond-disclosure-reason-not-published = ဤကမ်ပိန်း၏ စည်းမျဉ်းများအရ သင်ပေးခဲ့သော အကြောင်းပြချက်ကို ကမ်ပိန်း ဝန်ထမ်းများသာ မြင်ရပြီး ထုတ်ပြန်မည် မဟုတ်ပါ။

respond-campaign-state-draft = မူကြမ်းအဆင့်
respond-campaign-state-open = ဖွင့်ထား
respond-campaign-state-closed = ပိတ်ထား
respond-campaign-state-published = ထုတ်ပြန်ပြီး
respond-refused-campaign-not-open = မေးခွန်းလွှာကို ပိတ်ထားပါသည် - ကမ်ပိန်းသည် { $state } အခြေအနေတွင် ရှိပါသည်။
respond-refused-declined = သင့်ကုမ္ပဏီသည် ဖြေဆိုရန် ငြင်းဆိုထားပါသည်။ ထိုဆုံးဖြတ်ချက်ကို ဦးစွာ ပြန်ပြင်ပါ။
respond-refused-submitted = အဖြေများကို တင်သွင်းပြီးဖြစ်ပြီး ဤကမ်ပိန်းသည် ပြင်ဆင်ချက်များကို လက်မခံပါ။
respond-refused-amendments-closed = နောက်ဆုံးရက် ကျော်လွန်သွားပြီဖြစ်၍ တင်သွင်းချက်ကို ပြင်ဆင်၍ မရတော့ပါ။
respond-refused-too-late = နောက်ဆုံးရက် ကျော်လွန်သွားပြီဖြစ်၍ ငြင်းဆိုချက်ကို ပြန်ပြင်၍ မရတော့ပါ။
respond-refused-incomplete = အဖြေ { $count } ခုကို ဦးစွာ ပြီးပြည့်စုံအောင် ဖြေရန် သို့မဟုတ် ပြင်ရန် လိုပါသည်။
respond-refused-nothing-to-undo = ပြန်ပြင်စရာ မရှိပါ။
respond-evidence-refused-not-here = ဤမေးခွန်းတွင် စာရွက်စာတမ်းများ ပူးတွဲ၍ မရပါ။
respond-evidence-refused-too-many = ဤအဖြေတွင် စာရွက်စာတမ်း { $count } ခု ရှိပြီးဖြစ်ပြီး ဤကမ်ပိန်းက ခွင့်ပြုသည့် အများဆုံးဖြစ်ပါသည်။ တစ်ခုကို ဦးစွာ ဖယ်ရှားပါ။
respond-evidence-refused-no-file = ပူးတွဲရန် ဖိုင်တစ်ခုကို ရွေးပါ။
respond-evidence-refused-too-large = ဖိုင်သည် ဤကမ်ပိန်းက ခွင့်ပြုသည့် အများဆုံးဖြစ်သော { $size } ထက် ကြီးပါသည်။ ပိုသေးသော ဗားရှင်းကို ပူးတွဲပါ (သို့မဟုတ် ခွဲပါ)။
respond-evidence-refused-wrong-kind = ဤဖိုင်သည် ကျွန်ုပ်တို့ လက်ခံသည့် အမျိုးအစား မဟုတ်ပါ (အမည်ကို မဟုတ်ဘဲ အကြောင်းအရာကို စစ်ဆေးပါသည်)။ လက်ခံသည်များ - { $accepted }။

respond-section-crumb = အပိုင်း { $total } ခုအနက် အပိုင်း { $number }
respond-section-conflicts = သင်ရေးနေစဉ် အခြားသူတစ်ဦးက အဖြေ { $count } ခုကို ပြောင်းလဲခဲ့ပါသည်။
respond-section-conflicts-explained = ကျန်အဖြေများကို သိမ်းပြီးပါပြီ။ တစ်ခုချင်းစီကို စာသားနှစ်မျိုးလုံးဖြင့် အောက်တွင် ပြထားပါသည် - ရွေးချယ်ပြီး ထပ်မံသိမ်းပါ။
respond-section-locked = ဤအဖြေများကို ဖတ်နိုင်သော်လည်း ပြောင်းလဲ၍ မရပါ - { $reason }
respond-section-progress = မေးခွန်း { $shown } ခုအနက် { $answered } ခု ဖြေဆိုပြီး၊ မဖြစ်မနေ ဖြေရမည့် { $required } ခုအနက် { $required-answered } ခု ဖြေဆိုပြီး။ အချို့မေးခွန်းများသည် ယခင်အဖြေတစ်ခုကို သိမ်းပြီးမှသာ ပေါ်လာပါသည် (JavaScript ဖြင့်ဆိုလျှင် ချက်ချင်း)။
respond-section-colleagues = ဤအပိုင်းရှိ အဖြေများကို နောက်ဆုံး ပြောင်းလဲခဲ့သူများ -
respond-section-save-draft = မူကြမ်း သိမ်းရန်
respond-section-save-next = သိမ်းပြီး နောက်အပိုင်းသို့ သွားရန်
respond-section-save-review = သိမ်းပြီး ပြန်စစ်ရန်
respond-section-nothing-required = မူကြမ်းသိမ်းရန် မည်သည့်အဖြေမျှ မလိုအပ်ပါ - မဖြစ်မနေ ဖြေရမည့် အဖြေများကို တင်သွင်းသည့်အခါ စစ်ဆေးပါသည်။
respond-notice-attached = စာရွက်စာတမ်းကို ပူးတွဲပြီးပါပြီ။ သင်တင်သွင်းသည်အထိ ၎င်းသည် သင့်မူကြမ်း၏ အစိတ်အပိုင်း ဖြစ်ပါသည်။
respond-notice-removed = စာရွက်စာတမ်းကို သင့်မူကြမ်းမှ ဖယ်ရှားပြီးပါပြီ။
respond-notice-unicode = ယူနီကုဒ်ဖြင့် သိမ်းပြီးပါပြီ။ သင့်အဖြေများသည် သင်တင်သွင်းသည်အထိ မူကြမ်းသာ ဖြစ်ပါသည်။
respond-notice-saved = သိမ်းပြီးပါပြီ။ သင့်အဖြေများသည် သင်တင်သွင်းသည်အထိ မူကြမ်းသာ ဖြစ်ပါသည်။
respond-notice-saved-with-change = ပြောင်းလဲချက်တစ်ခုဖြင့် သိမ်းပြီးပါပြီ - အဖြေဘေးရှိ မှတ်ချက်ကို ကြည့်ပါ။
respond-question-you = သင်
respond-question-changed-by = { $when } တွင် { $who }
respond-question-last-changed = နောက်ဆုံး ပြောင်းလဲသူ - { $who }။
respond-question-one-per-line = တစ်ကြောင်းလျှင် လိပ်စာတစ်ခု။
respond-conflict-changed = သင် စာမျက်နှာကို ဖွင့်ပြီးနောက် { $who } က { $when } တွင် ဤအဖြေကို ပြောင်းလဲခဲ့ပါသည်။
respond-conflict-explained = သင့်အဖြေသည် အထက်ပါ အကွက်ထဲတွင် ရှိပြီး မသိမ်းရသေးပါ။ ၎င်းတို့၏ အဖြေမှာ -
respond-conflict-keep = ၎င်းတို့၏ အဖြေကို ထားပြီး ကျွန်ုပ်၏ အဖြေကို ဖယ်ရန်
respond-conflict-hint = သို့မဟုတ် ၎င်းတို့၏ အဖြေကို သင့်အဖြေဖြင့် အစားထိုးရန် ထပ်မံသိမ်းပါ (နှစ်ခုကို ပေါင်းလိုပါက ဦးစွာ ပြင်ပါ)။
respond-conflict-cleared = (အဖြေမရှိ - ၎င်းတို့က ဖျက်လိုက်သည်)
respond-evidence-none = ဤအဖြေတွင် ပူးတွဲထားသော စာရွက်စာတမ်း မရှိပါ။
respond-evidence-attached = ဤအဖြေတွင် ပူးတွဲထားသော စာရွက်စာတမ်းများ -
respond-evidence-attached-by = { $when } တွင် { $who } က ပူးတွဲခဲ့သည်။
respond-evidence-remove = { $file } ကို ဖယ်ရှားရန်
respond-evidence-attach-label = စာရွက်စာတမ်း ပူးတွဲရန်
respond-evidence-attach = ပူးတွဲရန်
respond-evidence-accepted = PDF၊ Word၊ Excel၊ PowerPoint၊ OpenDocument၊ PNG၊ JPEG၊ GIF၊ TIFF၊ သိမ်းထားသော အီးမေးလ် (.eml) သို့မဟုတ် စာသားသက်သက်
respond-evidence-hint = { $accepted }။ တစ်ခုလျှင် { $size } အထိ၊ အဖြေတစ်ခုလျှင် { $count } ခုအထိ၊ ဖိုင်၏ အကြောင်းအရာဖြင့် စစ်ဆေးပါသည်။ ပူးတွဲခြင်းသည် အထက်ပါ စာသားကို မသိမ်းပါ - မူကြမ်းကို ဦးစွာ သိမ်းပါ။
respond-autosave-saving = သိမ်းနေသည်…
respond-autosave-saved-at = { $time } တွင် မူကြမ်း သိမ်းပြီး။
respond-autosave-saved-except = { $time } တွင် သိမ်းပြီး၊ သင့်နောက်ဆုံး ပြောင်းလဲချက်များမှလွဲ၍။ ၎င်းတို့ကို သိမ်းနေသည်…
respond-autosave-conflicts = သင်ရေးနေစဉ် အခြားသူ ({ $names }) က အဖြေ { $count } ခုကို ပြောင်းလဲခဲ့ပါသည်။ နှိုင်းယှဉ်ရွေးချယ်ရန် “မူကြမ်း သိမ်းရန်” ကို နှိပ်ပါ။
respond-autosave-not-saved = မသိမ်းရသေးပါ။ သိမ်းရန် ခလုတ်ကို သုံးပါ။
respond-autosave-connection-failed = မသိမ်းရပါ - ချိတ်ဆက်မှု မအောင်မြင်ပါ။ သင့်စာသား ဤနေရာတွင် ရှိနေဆဲဖြစ်သည်၊ ထပ်ကြိုးစားပါ။
respond-autosave-unsaved-changes = မသိမ်းရသေးသော ပြောင်းလဲချက်များ။

respond-zawgyi-answer-looks = ဤအဖြေကို ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသည်
respond-zawgyi-answer-explained = ။ ဇော်ဂျီသည် ဇော်ဂျီဖောင့်ရှိမှသာ မြန်မာစာကို မှန်ကန်စွာ ပြသသော ကုဒ်စနစ် ဖြစ်ပါသည်။ ထုတ်ပြန်သော အမှတ်ပေးဇယားကို ဖတ်သူများ အပါအဝင် အခြားသူအားလုံး စာလုံးပျက်များကို မြင်ရပါမည်။ စံ ယူနီကုဒ်ဖြင့် ဤသို့ ဖတ်ရပါသည် -
respond-zawgyi-use-unicode = ယူနီကုဒ် စာသားကို သုံးရန်
respond-zawgyi-nothing-changes = ဤခလုတ်ကို မနှိပ်ပါက ဘာမျှ မပြောင်းလဲပါ။ သင့်အဖြေသည် သင်ရိုက်ထားသည့်အတိုင်း ရှိနေပါမည်။
respond-zawgyi-text-looks = ဤစာသားကို ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသည်
respond-zawgyi-text-explained = ။ ဇော်ဂျီသည် ဇော်ဂျီဖောင့်ရှိမှသာ မြန်မာစာကို မှန်ကန်စွာ ပြသသော ကုဒ်စနစ် ဖြစ်ပါသည်။ အခြားသူအားလုံး စာလုံးပျက်များကို မြင်ရပါမည်။ မည်သည့်အရာကိုမျှ မသိမ်းရသေးပါ။ စံ ယူနီကုဒ်ဖြင့် ဤသို့ ဖတ်ရပါသည် -
respond-zawgyi-decline-unicode = ယူနီကုဒ် စာသားဖြင့် ငြင်းဆိုရန်
respond-zawgyi-decline-as-typed = ရိုက်ထားသည့်အတိုင်း စာသားဖြင့် ငြင်းဆိုရန်
respond-zawgyi-reply-unicode = ယူနီကုဒ် စာသားဖြင့် ပြန်ကြားချက် ပို့ရန်
respond-zawgyi-reply-as-typed = ရိုက်ထားသည့်အတိုင်း စာသားဖြင့် ပြန်ကြားချက် ပို့ရန်

respond-review-title = ပြန်စစ်ပြီး တင်သွင်းရန်
respond-review-locked = ဤအဖြေများကို ယခု တင်သွင်း၍ မရပါ - { $reason }
respond-review-blockers = မတင်သွင်းမီ အရာ { $count } ခုကို ဂရုစိုက်ရန် လိုပါသည် -
respond-review-question = မေးခွန်း { $number }
respond-review-question-lower = မေးခွန်း { $number }
respond-review-zawgyi = အဖြေ { $count } ခုကို ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသည်
respond-review-zawgyi-explained = ။ ထုတ်ပြန်သော အမှတ်ပေးဇယားကို ဖတ်သူများ အပါအဝင် ဇော်ဂျီဖောင့် မရှိသူတိုင်း ၎င်းတို့ကို စာလုံးပျက်များအဖြစ် မြင်ရပါမည် -
respond-review-zawgyi-each = တစ်ခုချင်းစီတွင် ၎င်း၏ ယူနီကုဒ် ပြောင်းလဲချက်နှင့် ၎င်းကို သုံးရန် ခလုတ်ကို ပြထားပါသည်။ သင်မနှိပ်မချင်း မည်သည့်အရာကိုမျှ မပြောင်းပါ။ ရိုက်ထားသည့်အတိုင်းလည်း တင်သွင်းနိုင်ပါသည်။
respond-review-intro = ဤသည်မှာ { $company } အတွက် တင်သွင်းမည့် အဖြေအားလုံး ဖြစ်ပါသည်။ နောက်ဆုံးရက်မှာ { $deadline } ဖြစ်ပါသည်။
respond-review-change = ပြောင်းရန်
respond-review-missing = မဖြေရသေးပါ (မဖြစ်မနေ ဖြေရန်)
respond-review-looks-zawgyi = ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသည် -
respond-review-see-above = အထက်တွင် ကြည့်ပါ
respond-review-when-you-submit = သင်တင်သွင်းသည့်အခါ ဤအဖြေများကို SHA-256 digest တစ်ခုဖြင့် မူကွဲ { $revision } အဖြစ် သိမ်းဆည်းပြီး digest နှင့် အဖြေများ၏ မိတ္တူပါသော ပြေစာကို { $company } ၏ ဆက်သွယ်ရမည့်သူများထံ အီးမေးလ်ဖြင့် ပို့ပါမည်။
respond-review-submit = ဤအဖြေများကို တင်သွင်းရန်

respond-receipt-title = ပြေစာ
respond-receipt-already = တင်သွင်းပြီးသား ဖြစ်ပါသည်။
respond-receipt-already-explained = ဤအဖြေများကို ယခုအတိုင်း အတိအကျ ယခင်က တင်သွင်းခဲ့ပြီးဖြစ်၍ အသစ်ဘာမျှ မတင်သွင်းရပါ၊ ပြေစာထပ်မံ မပို့ပါ။ ဤသည်မှာ ထိုတင်သွင်းချက်၏ ပြေစာ ဖြစ်ပါသည်။
respond-receipt-submitted = { $company } ၏ အဖြေများကို တင်သွင်းပြီးပါပြီ
respond-receipt-submitted-on = { $when } တွင် { $by } က (မူကွဲ { $revision })။
respond-receipt-digest = SHA-256 digest -
respond-receipt-on-its-way = ဤ digest နှင့် အဖြေများ၏ မိတ္တူပါသော ပြေစာကို သင့်ကုမ္ပဏီ၏ ဆက်သွယ်ရမည့်သူများထံ ပို့နေပါသည်။ ကမ်ပိန်း ဝန်ထမ်းများလည်း ဤ digest ကိုပင် မြင်ရပါသည်။
respond-receipt-download = တင်သွင်းခဲ့သည့်အတိုင်း အတိအကျ ဒေါင်းလုဒ်လုပ်ရန်
respond-receipt-download-after = (JSON၊ ၎င်း၏ SHA-256 သည် အထက်ပါ digest ဖြစ်ပါသည်)။
respond-receipt-amendable-before = ဤကမ်ပိန်းသည် နောက်ဆုံးရက်အထိ ပြင်ဆင်ချက်များကို လက်ခံပါသည် -
respond-receipt-change-answers = အဖြေများကို ပြောင်းပြီး
respond-receipt-amendable-after = မူကွဲအသစ်တစ်ခုအဖြစ် ထပ်မံတင်သွင်းပါ။
respond-receipt-answers = အဖြေများ
respond-receipt-documents = ပူးတွဲထားသော စာရွက်စာတမ်းများ -

respond-decline-title = ဖြေဆိုရန် ငြင်းဆိုရန်
respond-decline-intro-before = { $company } က မဖြေဆိုလိုပါက ဤနေရာတွင် ပြောနိုင်ပါသည်။ ကမ်ပိန်းက သင့်ကုမ္ပဏီကို
respond-decline-declined = ငြင်းဆိုခဲ့သည်
respond-decline-intro-published = {" "}ဟု စာရင်းသွင်းပါမည်။ ၎င်းသည် တုံ့ပြန်ခြင်း မရှိခြင်းနှင့် မတူပါ။ သင်ပေးသော အကြောင်းပြချက်ကိုလည်း ထုတ်ပြန်ပါမည်။
respond-decline-intro-not-published = {" "}ဟု စာရင်းသွင်းပါမည်။ ၎င်းသည် တုံ့ပြန်ခြင်း မရှိခြင်းနှင့် မတူပါ။ သင်ပေးသော အကြောင်းပြချက်ကို ကမ်ပိန်း ဝန်ထမ်းများသာ မြင်ရပါမည်။
respond-decline-undo = နောက်ဆုံးရက် ({ $deadline }) အထိ ဤဆုံးဖြတ်ချက်ကို ပြန်ပြင်နိုင်ပါသည်။ သင့်မူကြမ်း အဖြေများကို သိမ်းထားပါမည်။
respond-decline-reason = အကြောင်းပြချက် (မဖြစ်မနေ မဟုတ်)
respond-decline-go-back = မငြင်းဆိုဘဲ နောက်သို့ ပြန်ရန်
respond-decline-too-long = အကြောင်းပြချက်ကို အက္ခရာ ၅,၀၀၀ အောက်တွင် ထားပါ။

respond-unsaved-signed-out-title = မသိမ်းရပါ - သင် ထွက်ပြီးဖြစ်နေပါသည်
respond-unsaved-not-stored-title = မသိမ်းရပါ - ဆာဗာက သင့်အဖြေကို သိမ်းမရပါ
respond-unsaved-signed-out-message = မသိမ်းရပါ - သင် ထွက်ပြီးဖြစ်နေပါသည်။ သင့်စာသားကို ကူးယူပြီးနောက် သင့်လင့်ခ်ကို ထပ်ဖွင့်ပါ။
respond-unsaved-not-stored-message = မသိမ်းရပါ - ဆာဗာက သင့်အဖြေကို သိမ်းမရပါ။ သင့်စာသား ဤနေရာတွင် ရှိနေဆဲ ဖြစ်ပါသည်။ မိနစ်အနည်းငယ်အကြာတွင် ထပ်ကြိုးစားပါ။
respond-unsaved-question = မေးခွန်း “{ $key }”
respond-unsaved-signed-out = သင် ထွက်ပြီးဖြစ်နေသောကြောင့် ဤစာမျက်နှာရှိ သင့်အဖြေများကို မသိမ်းရပါ
respond-unsaved-signed-out-why = (သင့်လင့်ခ်ကို အစားထိုးခဲ့သည်၊ သို့မဟုတ် သင် အချိန်ကြာမြင့်စွာ မရှိခဲ့ပါ)။
respond-unsaved-not-stored = ဤစာမျက်နှာရှိ သင့်အဖြေများကို မသိမ်းရပါ - ဆာဗာက ၎င်းတို့ကို သိမ်းမရပါ။
respond-unsaved-not-stored-why = ဤသည်မှာ ကျွန်ုပ်တို့ဘက်မှ ပြဿနာ ဖြစ်ပြီး သင့်အဖြေများတွင် မဟုတ်ပါ။
respond-unsaved-nothing-typed = သင်ပို့သော စာမျက်နှာတွင် စာသား မပါသဖြင့် ရိုက်ထားသည့်အရာ ဘာမျှ မပျောက်ပါ။
respond-unsaved-copy-signed-out = ဤသည်မှာ သင်ရိုက်ခဲ့သမျှ၊ သင်ပို့သည့်အတိုင်း အတိအကျ ဖြစ်ပါသည်။ ဤစာမျက်နှာမှ မထွက်မီ ကူးယူပါ (စာသားကို ရွေးပြီး ကူးပါ)၊ ထပ်မံဝင်ရောက်ပြီးနောက် ပြန်ထည့်ပါ။
respond-unsaved-copy-not-stored = ဤသည်မှာ သင်ရိုက်ခဲ့သမျှ၊ သင်ပို့သည့်အတိုင်း အတိအကျ ဖြစ်ပါသည်။ ဤစာမျက်နှာမှ မထွက်မီ ကူးယူပါ (စာသားကို ရွေးပြီး ကူးပါ)၊ ထပ်မံသိမ်းနိုင်သည့်အခါ ပြန်ထည့်ပါ။
respond-unsaved-new-link-after = (ကျွန်ုပ်တို့၏ မေးခွန်းလွှာ ပို့ခဲ့သော အီးမေးလ်လိပ်စာဖြင့်)။ ယခင်က သိမ်းထားသော အဖြေများကို ဆက်ထားပါသည်။ ဤစာမျက်နှာ၏ ပြောင်းလဲချက်များကိုသာ ပြန်ထည့်ရန် လိုပါသည်။
respond-unsaved-go-back = သင့်ဘရောက်ဇာ၏ Back ခလုတ်ဖြင့် နောက်သို့ ပြန်သွားပြီး မိနစ်အနည်းငယ်အကြာတွင် ထပ်မံသိမ်းပါ။ ဆက်လက် မအောင်မြင်ပါက ကမ်ပိန်း၏ ဆက်သွယ်ရန် လိပ်စာသို့ စာရေးပါ။

# (end of respondent pages)



## Public pages (templates/public, src/web/public)

public-list-separator = { "၊ " }
public-full-stop = ။
public-published-campaigns = ထုတ်ပြန်ထားသော လှုပ်ရှားမှုများ
public-published-under = ထုတ်ဝေခွင့်လိုင်စင်
public-licence-terms = ၊ လှုပ်ရှားမှု၏ အဖွဲ့အစည်းများကို ကိုးကားဖော်ပြလျှင် မျှဝေခြင်းနှင့် ပြုပြင်အသုံးပြုခြင်း ပြုနိုင်သည်။ ဆက်သွယ်ရမည့်သူများ၏ အမည်နှင့် လိပ်စာများ၊ မူကြမ်းများနှင့် ဝန်ထမ်းများကို မည်သည့်အခါမျှ ထုတ်ပြန်မည်မဟုတ်ပါ။
public-companies-responded = ကုမ္ပဏီ { $total } ခုအနက် { $responded } ခု ဖြေကြားခဲ့သည်။
public-version-published = ဗားရှင်း { $version }၊ { $published } တွင် ထုတ်ပြန်ခဲ့သည်။

public-home-intro = အဖွဲ့အစည်းများ၏ ပူးပေါင်းအဖွဲ့များသည် ကုမ္ပဏီများကို ၎င်းတို့၏ လူ့အခွင့်အရေးဆိုင်ရာ စေ့စပ်သေချာစွာ စစ်ဆေးမှုအကြောင်း စာဖြင့် မေးမြန်းခဲ့ကြသည်။ မည်သူ ဖြေကြားခဲ့သည်၊ ဘာပြောခဲ့သည်နှင့် ၎င်းတို့၏ အဖြေများသည် တောင်းဆိုချက်များနှင့် မည်မျှ ကိုက်ညီသည်ကို ဤနေရာတွင် ဖော်ပြထားသည်။ မဖြေကြားခဲ့သော ကုမ္ပဏီကိုလည်း ထိုအတိုင်း စာရင်းသွင်းထားသည်။
public-home-nothing-yet = မည်သည့်အရာမျှ မထုတ်ပြန်ရသေးပါ။
public-home-by = { $organisations } တို့က မေးမြန်းသည်။
public-home-staff-sign-in = ဝန်ထမ်း ဝင်ရောက်ရန်

public-sector-telecom-operator = ဆက်သွယ်ရေး ကွန်ရက်ဝန်ဆောင်မှုပေးသူ
public-sector-surveillance-vendor = စောင့်ကြည့်ထောက်လှမ်းရေး သို့မဟုတ် နှစ်မျိုးသုံး နည်းပညာ ရောင်းချသူ
public-sector-network-equipment = ကွန်ရက် စက်ပစ္စည်း
public-sector-internet-platform = အင်တာနက် ပလက်ဖောင်း
public-sector-other = အခြား

public-standing-responded = ဖြေကြားခဲ့သည်
public-standing-declined = ငြင်းဆိုခဲ့သည်
public-standing-did-not-respond = မဖြေကြားခဲ့ပါ
public-standing-still-has-time = ဖြေကြားရန် အချိန်ရှိသေးသည်
public-standing-responded-by-letter = စာဖြင့် ဖြေကြားခဲ့သည်
public-standing-still-has-time-until = { $deadline } အထိ ဖြေကြားရန် အချိန်ရှိသေးသည်
public-standing-ended-early = မဖြေကြားခဲ့ပါ- ၎င်း၏ နောက်ဆုံးရက်မတိုင်မီ { $closed } တွင် ဖြေကြားချိန်ကို ရပ်စဲခဲ့သည်

public-column-company = ကုမ္ပဏီ
public-column-sector = ကဏ္ဍ
public-column-hq = ရုံးချုပ်
public-column-standing = အခြေအနေ
public-column-total = စုစုပေါင်း
public-column-invited = ဖိတ်ကြားသည့်နေ့
public-column-reminded = သတိပေးသည့်နေ့
public-column-deadline = နောက်ဆုံးရက်
public-column-reason = ပေးထားသော အကြောင်းပြချက်
public-column-then = ယခင်
public-column-total-then = ယခင် စုစုပေါင်း
public-column-total-now = ယခု စုစုပေါင်း
public-column-change = ပြောင်းလဲမှု
public-column-campaign = လှုပ်ရှားမှု
public-column-version = ဗားရှင်း

public-campaign-still-time = ကုမ္ပဏီ { $count } ခုမှာ ဖြေကြားရန် အချိန်ရှိသေးသည်။
public-campaign-asked-by = { $organisations } တို့က မေးမြန်းသည်။
public-campaign-deadline = နောက်ဆုံးရက် { $deadline }။
public-campaign-questionnaire = မေးခွန်းလွှာ { $slug } { $version }။
public-campaign-how-scored = အဖြေများကို အမှတ်ပေးပုံ
public-campaign-closed-early = ပူးပေါင်းအဖွဲ့သည် ဤလှုပ်ရှားမှုကို ကုမ္ပဏီအချို့၏ နောက်ဆုံးရက်မတိုင်မီ { $closed } တွင် ပိတ်ခဲ့ပြီး ၎င်းတို့၏ ဖြေကြားချိန်ကို ရပ်စဲခဲ့သည်-
public-campaign-sectors = ကဏ္ဍများ
public-campaign-sector = ကဏ္ဍ-
public-campaign-sector-all = အားလုံး ({ $count })
public-campaign-sector-count = { $sector } ({ $count })
public-scorecard-caption = တောင်းဆိုချက်အလိုက်နှင့် စုစုပေါင်း ၀ မှ ၁၀၀ အထိ ရမှတ်များ
public-scorecard-caption-sector = ၊ ကဏ္ဍ { $sector }
public-scorecard-caption-sorted = ၊ { $sort } အလိုက် စီထားသည်
public-scorecard-caption-shown = - ကုမ္ပဏီ { $total } ခုအနက် { $first } မှ { $last } အထိ
public-scorecard-sort-by = စီရန်-
public-sort-name = အမည်
public-sort-total = စုစုပေါင်း
public-sort-standing = အခြေအနေ
public-sort-sector = ကဏ္ဍ
public-scorecard-each-company = ကုမ္ပဏီတစ်ခုစီ၏ စာမျက်နှာတွင် ၎င်း၏ အဖြေများနှင့် အဖြေတစ်ခုစီ၏ ရမှတ်ကို ဖော်ပြထားသည်။
public-score-of-100 = ၁၀၀ အနက် { $score }
public-pages = စာမျက်နှာများ
public-page-of = စာမျက်နှာ { $pages } အနက် { $page }-
public-still-time-heading = ဖြေကြားရန် အချိန်ရှိသေးသည်
public-still-time-explained = ဤဗားရှင်းကို ထုတ်ပြန်စဉ်က ဤကုမ္ပဏီများသည် မဖြေကြားရသေးဘဲ ၎င်းတို့၏ ကိုယ်ပိုင်နောက်ဆုံးရက်လည်း မကျော်လွန်သေးပါ။ ၎င်းတို့ကို ဤနေရာတွင် အမှတ်မပေးထားပါ၊ နောက်ဗားရှင်းတွင် ၎င်းတို့၏ အဖြေ သို့မဟုတ် နှုတ်ဆိတ်နေမှုကို ဖော်ပြပါမည်။
public-still-time-explained-page = ဤဗားရှင်းကို ထုတ်ပြန်စဉ်က (ဤစာမျက်နှာရှိ) ဤကုမ္ပဏီများသည် မဖြေကြားရသေးဘဲ ၎င်းတို့၏ ကိုယ်ပိုင်နောက်ဆုံးရက်လည်း မကျော်လွန်သေးပါ။ ၎င်းတို့ကို ဤနေရာတွင် အမှတ်မပေးထားပါ၊ နောက်ဗားရှင်းတွင် ၎င်းတို့၏ အဖြေ သို့မဟုတ် နှုတ်ဆိတ်နေမှုကို ဖော်ပြပါမည်။
public-still-time-until = { $deadline } အထိ -
public-silent-heading = မဖြေကြားခဲ့သော သို့မဟုတ် ငြင်းဆိုခဲ့သော ကုမ္ပဏီများ
public-silent-this-page = ဤစာမျက်နှာရှိ ကုမ္ပဏီများအနက်။
public-rounds-heading = ယခင်အကြိမ်မှ ပြောင်းလဲမှု
public-rounds-compared-with = နှိုင်းယှဉ်ထားသည်-
public-rounds-previous-version = { $title }၊ ဗားရှင်း { $version }
public-rounds-both = ၊ အကြိမ်နှစ်ကြိမ်စလုံးတွင် မေးမြန်းခံရသော ကုမ္ပဏီများအတွက်။ ၁၀၀ အနက် အမှတ်များ။
public-rounds-answered-before = ယခင်အကြိမ်တွင် ဖြေကြားခဲ့ပြီး ယခုအကြိမ်တွင် မဖြေကြားခဲ့သော ကုမ္ပဏီများ
public-version-heading = ဤဗားရှင်း
public-version-what-changed = ပြောင်းလဲခဲ့သည့်အရာ-
public-version-digest = ထုတ်ပြန်ထားသော ဒေတာ၏ SHA-256-
public-version-download = ဒေါင်းလုဒ်လုပ်ရန်-
public-version-data-json = ဒေတာ (JSON)
public-version-json-digest = ၊ ၎င်း၏ SHA-256 သည် ဤ digest ဖြစ်သည်၊ သို့မဟုတ်
public-version-scorecard-csv = ရမှတ်ဇယား (CSV)
public-version-described-by = ၊ ၎င်းကို ဖော်ပြထားသည့်
public-version-json-follows = ၊ JSON သည် အောက်ပါအတိုင်း လိုက်နာသည်-
public-version-this-schema = ဤ JSON Schema
public-version-all = ဗားရှင်းအားလုံး-

public-company-every-campaign = ထုတ်ပြန်ထားသော လှုပ်ရှားမှုအားလုံးရှိ { $company }
public-company-of-100 = / ၁၀၀
public-company-first-opened = ပထမဆုံး ဖွင့်ကြည့်သည့်နေ့
public-company-submitted = တင်သွင်းသည့်နေ့
public-company-revision = (ပြင်ဆင်မှု { $revision })
public-company-declined = ငြင်းဆိုသည့်နေ့
public-company-in = အတွင်း-
public-company-previous-round = { $standing }၊ စုစုပေါင်း { $total }၊ ပြောင်းလဲမှု { $change }
public-company-submission-digest = တင်သွင်းမှု၏ SHA-256
public-company-by-letter = စာဖြင့် ဖြေကြားခဲ့သည်
public-company-letter-received = { $day } တွင် လက်ခံရရှိသည်။
public-company-letter-download = စာကို ဒေါင်းလုဒ်လုပ်ရန်
public-company-size = ({ $size } ဘိုက်)
public-company-digest-is = ၊ ၎င်း၏ SHA-256 မှာ
public-company-letter-answers = အောက်ပါအဖြေများသည် ပူးပေါင်းအဖွဲ့က မေးခွန်းများအလိုက် ထည့်သွင်းထားသော ထိုစာ၏ စာသားဖြစ်သည်။
public-company-may-still-answer = { $company } သည် { $deadline } အထိ ဖြေကြားနိုင်သေးသည်၊ ဤဗားရှင်းတွင် အမှတ်မပေးထားပါ။
public-company-no-answers = { $company } သည် မည်သည့်အဖြေမျှ မပေးခဲ့ပါ- အမှတ်ပေးသော မေးခွန်းတိုင်းတွင် ၀ မှတ် ရသည်။
public-company-ended-early = ၎င်း၏ ဖြေကြားချိန်ကို ပူးပေါင်းအဖွဲ့က စောစီးစွာ ရပ်စဲခဲ့သည်-
public-company-answers-heading = အဖြေများ (မူရင်းအတိုင်း)
public-company-no-answer = အဖြေမရှိပါ
public-company-evidence = အထောက်အထား စာရွက်စာတမ်းများ-
public-company-score = ရမှတ်-
public-company-why = အကြောင်းရင်း-
public-scoring-points = အမှတ်များ
public-scoring-not-applicable = မသက်ဆိုင်ပါ
public-scoring-not-scored = အမှတ်မပေးပါ
public-scoring-pending = စောင့်ဆိုင်းဆဲ
public-company-reply-heading = တွေ့ရှိချက်များအပေါ် ကုမ္ပဏီ၏ ပြန်ကြားချက်
public-company-from-version = ထုတ်ပြန်ထားသော ရလဒ်များ၏ ဗားရှင်း { $version } မှ

public-across-version = { $version }၊ { $published }

public-methodology-title = အမှတ်ပေးနည်းစနစ် · { $campaign }
public-methodology-heading = အဖြေများကို အမှတ်ပေးပုံ
public-methodology-the-questionnaire = မေးခွန်းလွှာ
public-methodology-turns = (ဗားရှင်း { $version }) သည် အောက်ပါ၏ တောင်းဆိုချက်များကို မေးခွန်းများအဖြစ် ပြောင်းလဲထားသည်-
public-methodology-into-questions = ({ $date })။ အမှတ်ပေးသော မေးခွန်းတစ်ခုစီသည် ၀ မှ ၁၀၀ အထိ အမှတ်ရသည်- ရွေးချယ်မှုတစ်ခုသည် ရွေးချယ်ထားသော အဖြေ၏ အမှတ်ကို ရသည်၊ ရေးသားဖြေကြားချက်သည် အကဲဖြတ်သူက အမှတ်ပေးစံနှုန်းပေါ်တွင် သတ်မှတ်ပေးသော အဆင့်၏ အမှတ်ကို ထုတ်ပြန်ထားသော အကြောင်းပြချက်နှင့်အတူ ရသည်။ မေးခွန်းများကို ၎င်းတို့၏ အလေးချိန်အလိုက် ပျမ်းမျှ၍ တောင်းဆိုချက်ရမှတ် ရရှိပြီး တောင်းဆိုချက်များကို ပျမ်းမျှ၍ စုစုပေါင်းရမှတ် ရရှိသည်။ “မသက်ဆိုင်ပါ” ကို ပျမ်းမျှတွက်ချက်မှုမှ ချန်လှပ်ထားသည်။ မဖြေကြားခဲ့သော သို့မဟုတ် ငြင်းဆိုခဲ့သော ကုမ္ပဏီသည် အမှတ်ပေးသော မေးခွန်းတိုင်းတွင် ၀ မှတ် ရသည်။
public-methodology-rounding = ထုတ်ပြန်ထားသော ရမှတ်များကို ဗားရှင်းတစ်ခု ထုတ်ပြန်သည့်အခါ တစ်ကြိမ်တည်း ဒသမ တစ်နေရာအထိ သုညနှင့် ဝေးရာဘက်သို့ တစ်ဝက်ကို ပြည့်အောင် ပြုလုပ်သည် (၉၅.၈၃၃၃ သည် ၉၅.၈ ဖြစ်ပြီး ၉၅.၈၅ သည် ၉၅.၉ ဖြစ်သည်)၊ ဤစာမျက်နှာ၊ ရမှတ်ဇယား၊ CSV နှင့် JSON အားလုံးတွင် ထိုဂဏန်းတစ်ခုတည်းကိုသာ ပြသည်။
public-methodology-weight = (အလေးချိန် { $weight })
public-methodology-points = { $points } မှတ်
public-methodology-left-out = ပျမ်းမျှတွက်ချက်မှုမှ ချန်လှပ်ထားသည်

public-questionnaire-title = မေးခွန်းလွှာ · { $campaign }
public-questionnaire-heading = { $title }- မေးခွန်းလွှာ
public-questionnaire-notice = မေးခွန်းလွှာ တစ်ခုလုံး- မစတင်မီ ဖတ်ရှုရန်၊ ပုံနှိပ်ရန် သို့မဟုတ် PDF အဖြစ် သိမ်းရန် (သင့်ဘရောက်ဇာ၏ Print အမိန့်) နှင့် လုပ်ဖော်ကိုင်ဖက်များထံ မျှဝေရန်။ အဖြေများကို ဖိတ်စာပါ ကိုယ်ပိုင်လင့်ခ်မှတစ်ဆင့် အွန်လိုင်းတွင် ဖြေကြားရသည်၊ ဤနေရာတွင် မည်သည့်အရာမျှ ထည့်သွင်း၍ မရပါ။
public-questionnaire-asked-by = မေးမြန်းသူ
public-questionnaire-what-it-asks = တောင်းဆိုထားသည့်အရာ
public-questionnaire-questions-about-it = ၎င်းနှင့်ပတ်သက်သော မေးခွန်းများ
public-questionnaire-based-on = အခြေခံထားသည်-
public-questionnaire-fixed = မေးခွန်းလွှာ { $slug }- လှုပ်ရှားမှု စတင်ချိန်တွင် ဗားရှင်းကို သတ်မှတ်ထားသည်။ ရလဒ်များကို ဤဆိုက်ရှိ /campaigns/{ $slug } တွင် ထုတ်ပြန်ပါမည်။

public-effort = အပိုင်း { $sections } ပိုင်းတွင် မေးခွန်း { $questions } ခု၊ ယင်းတို့အနက် { $written } ခုကို သင့်ကိုယ်ပိုင်စကားဖြင့် ရေးသားဖြေကြားရသည်၊ { $time } (ရွေးချယ်မှုတစ်ခုလျှင် တစ်မိနစ်၊ ရေးသားဖြေကြားချက်တစ်ခုလျှင် ဆယ်မိနစ်)
public-effort-questions = { $count }
public-effort-sections = { $count }
public-effort-hours = { $count } နာရီ
public-effort-minutes = { $count } မိနစ်
public-effort-about = ခန့်မှန်းခြေ { $time }
# (end of public pages)



## Emails (templates/email, src/email)

email-we = ကျွန်ုပ်တို့
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
email-findings-level = အဆင့်-
email-findings-not-applicable = မသက်ဆိုင်ပါ
email-findings-to-score = အမှတ်ပေးရန် ကျန်ပါသည်
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
