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

public-list-separator = { "၊ " }
public-full-stop = ။
public-list-and = { $init } နှင့် { $last }
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
public-still-time-until = - { $deadline } အထိ
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

# (end of emails)



## Error pages (templates/error.html, src/web/error.rs)

# (end of error pages)
