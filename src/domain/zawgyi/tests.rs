//! The detector and the conversion on sentences written here: Burmese in
//! Zawgyi and in Unicode (from the Universal Declaration of Human Rights and
//! a Myanmar government news page, as collected by myanmar-tools), and
//! Unicode Shan, Mon, Karen and Pali, which use the Myanmar block's
//! extended letters that a rule-based detector takes for Zawgyi.

use super::*;

/// Burmese typed in Zawgyi.
const ZAWGYI: &[&str] = &[
    "မည္သူမ်ွ ဥပေဒအရ မဟုတ္ေသာ ဖမ္းဆီးျခင္းကို ျဖစ္ေစ၊ ခ်ဳပ္ေနွာင္ျခင္းကို ျဖစ္ေစ၊ ျပည္ႏွင္ျခင္းကို ျဖစ္ေစ မခံေစရ။",
    "သတို႔သား ႏွင့္ သတို႔သမီး ႏွစ္ဦးႏွစ္ဘက္၏ လြတ္လပ္ေသာ သေဘာဆႏၵရိွမွသာလ်ွင္ ထိမ္းျမားျခင္းကို ျပဳရမည္။",
    "မည္သူကိုမ်ွ အဖြဲ႔အစည္းတစ္ခုသို႔ ဝင္ေစရန္ အတင္းအက်ပ္မျပဳရ။",
    "သားသည္ မိခင္မ်ားႏွင့္ ကေလးမ်ားသည္ အထူးေစာင့္ေရွာက္ျခင္းႏွင့္ အကူအညီေပးျခင္းကို ရခြင့္ ရိွသည္။",
    "မိဘတို႔တြင္၊ မိမိတို႔၏ ကေလးမ်ား သင္ယူရမည့္ ပညာ အမ်ိဳးအစားကို ေရြးခ်ယ္ႏိုင္ေသာ လက္ဦး အခြင့္အေရးရိွသည္။",
    "ေနျပည္ေတာ္ ဇူလုိင္ ၂၆",
    "လုိင္းျဖင့္ ေနျပည္ေတာ္မွထြက္ခြာရာ နံနက္ ၈ နာရီခြဲတြင္ မြန္ျပည္နယ္ ေမာ္လၿမိဳင္ ေလဆိပ္ သို႔ ေရာက္ရွိၾကသည္။",
    "ေရႊယဥ္ေမွ်ာ္ေစတီသို႔ေရာက္ရွိကာ ေစတီေတာ္ ဂႏၶကုဋိတုိက္အတြင္းရွိ ဗုဒၶ႐ုပ္ပြားေတာ္ျမတ္အား ပန္း၊ ေရခ်မ္း၊",
    "ေတြ႕ဆံုကာ အသက္ေမြး ၀မ္းေက်ာင္း လုပ္ကိုင္စားေသာက္ေနမႈအေျခအေန၊ ဥပေဒေလးစား လုိက္နာေရး၊ ဥပေဒ ေဘာင္အတြင္းမွ",
    "ေမးျမန္းၿပီး ဆန္၊ ဆီ၊ ေဆး၀ါး၊ စားေသာက္ကုန္၊ အ၀တ္အထည္ႏွင့္ ေထာက္ပံ့ေငြမ်ားကို ေပးအပ္သည္။",
    "မ်ားျဖစ္ေပၚရျခင္းအေၾကာင္းအရင္းမ်ားကို ေဖာ္ ထုတ္ေျဖရွင္းေဆာင္ရြက္ရာတြင္ ျပည္ေထာင္စု ႏွင့္ျပည္နယ္",
    "အျမန္ဆံုး ျပဳျပင္တည္ေဆာက္ရန္ လိုအပ္ပါေၾကာင္း၊ ေရေဘးေရွာင္ျပည္သူမ်ားကို ေမးျမန္းသိရွိရသည့္ အခ်က္မ်ားအရ",
    "ကုန္ထုတ္စက္မႈလုပ္ငန္းမ်ား ျဖစ္ ထြန္းေအာင္ျမင္ေရး၊ အသက္ေမြး၀မ္းေက်ာင္းသင္တန္းမ်ား ပိုမိုသင္ၾကားႏုိင္ေရးအတြက္",
    // Short things people type.
    "ေက်းဇူးတင္ပါတယ္",
    "ျမန္မာႏိုင္ငံ",
    "မ္း",
];

/// Burmese in Unicode.
const UNICODE_BURMESE: &[&str] = &[
    "လူတိုင်းတွင် မိမိ၏နိုင်ငံ နယ်နိမိတ် အတွင်း၌ လွတ်လပ်စွာ သွားလာ ရွှေ့ပြောင်း နိုင်ခွင့်၊ နေထိုင်ခွင့်ရှိသည်။",
    "လူတိုင်းတွင် လွတ်လပ်စွာ ထင်မြင် ယူဆနိုင်ခွင့်နှင့် လွတ်လပ်စွာ ဖွင့်ဟ ဖော်ပြနိုင်ခွင့်ရှိသည်။",
    "လူတိုင်းတွင် ခွဲခြားခြင်းမခံရစေဘဲ၊ တူညီသော အလုပ်အတွက် တူညီသော အခကြေးငွေ ရနိုင်ခွင့်ရှိသည်။",
    "စက်မှုလက်မှုပညာနှင့် အသက်မွေးမှု ပညာများကို ယေဘူယျအားဖြင့် သင်ကြားရယူနိုင်စေရမည်။",
    "ရေဘေးကယ်ဆယ်ရေးစခန်းများသို့ သွားရောက်ပြီး ရေဘေး ရှောင်ပြည်သူများအား တွေ့ဆုံ အားပေးစကားပြောကြားကာ",
    "ထို့နောက် နိုင်ငံတော်၏အတိုင်ပင်ခံပုဂ္ဂိုလ်နှင့်အဖွဲ့သည် ကရင်ပြည်နယ်ဝန်ကြီးချုပ် နှင့်အတူ မော်တော်ယာဉ်များဖြင့်",
    "စကားပြောကြားပြီး ဆန်၊ ဆီ၊ ဆေးဝါး၊ စားသောက်ကုန်၊ အ၀တ်အထည်နှင့် ထောက်ပံ့ငွေ များကို ပေးအပ်သည်။",
    "ယင်းနောက် ရေဘေးကယ်ဆယ်ရေး စခန်းဖွင့်လှစ်ထားသည့် ပြည်နယ်မိုးလုံလေလုံ အားကစားရုံသို့ ရောက်ရှိကြပြီး",
    "ဒေါ်နန်းခင်ထွေးမြင့် အပါအ၀င် ပြည်နယ်အစိုးရ အဖွဲ့ဝင် များနှင့်တွေ့ဆုံပြီး ယခုကာလသည် ရာသီဥတုပြောင်းလဲမှုကြောင့်",
    "မြစ်ကြောင်းတူး ဖော်ပြုပြင်ထိန်းသိမ်းခြင်းများ ဆောင်ရွက်ရန် လိုအပ်ပါကြောင်း၊ ရေကြီးရေလျှံမှုကြောင့်",
    "ပိတ်ဆို့မှုမဖြစ်စေရန်နှင့် ပြည်သူများ စည်း ကမ်းတကျ အမှိုက်စွန့်ပစ်စေရေး စည်းကမ်းချမှတ်ဆောင်ရွက်သွားရန်",
    "ကျေးဇူးတင်ပါတယ်",
    "မြန်မာနိုင်ငံ",
    "လူ့အခွင့်အရေး ဆိုင်ရာ စုံစမ်းစစ်ဆေးမှု",
];

/// Other languages written in Unicode with the Myanmar script.
const SHAN_MON_KAREN_PALI: &[(&str, &str)] = &[
    ("shan", "ထၢမ်တွပ်ႇ"),
    ("shan", "ၶူးႁိုၼ်"),
    ("shan", "ၵူၼ်းၵူႈၵေႃႉ ၵိူတ်ႇမႃး မီးလွၵ်းလၢႆး လႄႈ ၶေႃႈပၢင်ႇ ၽဵင်ႇပဵင်းၵၼ်"),
    ("shan", "ၽႃသႃႇတႆး"),
    ("shan", "မိူင်းတႆး"),
    ("mon", "ဂလာန်ညးဒါန်လိက်"),
    ("mon", "ဍုၚ်မွဲမွဲ"),
    ("mon", "ဘာသာမန်"),
    ("mon", "ဍုၚ်ဗၟာ"),
    ("mon", "ဂကူမန် ပ္ဍဲ ဍုၚ်မန်"),
    ("karen", "တၢ်ကစီၣ်"),
    ("karen", "တၢ်ထံၣ်တၢ်ပၥ်သး"),
    ("pali", "ဝိနယပိဋကေ"),
    ("pali", "ပါရာဇိကပါဠိ"),
];

/// The same sentence in Zawgyi and in Unicode.
const PAIRS: &[(&str, &str)] = &[
    ("ေနျပည္ေတာ္ ဇူလုိင္ ၂၆", "နေပြည်တော် ဇူလိုင် ၂၆"),
    (
        "စားနပ္ရိကၡာ၊ ေထာက္ပံ့ပစၥည္း ႏွင့္ အလွဴေငြမ်ား ေပးအပ္သည္။",
        "စားနပ်ရိက္ခာ၊ ထောက်ပံ့ပစ္စည်း နှင့် အလှူငွေများ ပေးအပ်သည်။",
    ),
    (
        "တာ၀န္ရွိသူမ်ားက ေလဆိပ္၌ ႀကိဳဆုိႏႈတ္ ဆက္ၾကသည္။",
        "တာဝန်ရှိသူများက လေဆိပ်၌ ကြိုဆိုနှုတ် ဆက်ကြသည်။",
    ),
    (
        "ေမာ္လၿမိဳင္ၿမိဳ႕မွ ဆက္လက္ထြက္ခြာရာ ကရင္ျပည္နယ္ ဘားအံၿမိဳ႕သို႔ ေရာက္ရွိၾကသည္။",
        "မော်လမြိုင်မြို့မှ ဆက်လက်ထွက်ခွာရာ ကရင်ပြည်နယ် ဘားအံမြို့သို့ ရောက်ရှိကြသည်။",
    ),
    (
        "ဆီမီးတုိ႔ကို ကပ္လွဴပူေဇာ္ ဖူးေျမာ္ၾကည္ညိဳၿပီး ေဂါပကအဖြဲ႕ထံ အလွဴေငြမ်ား ေပးအပ္လွဴဒါန္းသည္။",
        "ဆီမီးတို့ကို ကပ်လှူပူဇော် ဖူးမြော်ကြည်ညိုပြီး ဂေါပကအဖွဲ့ထံ အလှူငွေများ ပေးအပ်လှူဒါန်းသည်။",
    ),
    ("ၾကည့္႐ႈစစ္ေဆးသည္။", "ကြည့်ရှုစစ်ဆေးသည်။"),
];

/// The figures the README gives; every Zawgyi sentence found and no
/// Unicode one taken for Zawgyi.
#[test]
fn accuracy_on_these_sentences() {
    let missed: Vec<&str> = ZAWGYI
        .iter()
        .copied()
        .filter(|t| suspect(t).is_none())
        .collect();
    let burmese_taken: Vec<&str> = UNICODE_BURMESE
        .iter()
        .copied()
        .filter(|t| suspect(t).is_some())
        .collect();
    let others_taken: Vec<&str> = SHAN_MON_KAREN_PALI
        .iter()
        .map(|(_, t)| *t)
        .filter(|t| suspect(t).is_some())
        .collect();
    println!(
        "Zawgyi found {}/{}; Unicode Burmese left alone {}/{}; \
         Shan, Mon, Karen and Pali left alone {}/{}",
        ZAWGYI.len() - missed.len(),
        ZAWGYI.len(),
        UNICODE_BURMESE.len() - burmese_taken.len(),
        UNICODE_BURMESE.len(),
        SHAN_MON_KAREN_PALI.len() - others_taken.len(),
        SHAN_MON_KAREN_PALI.len()
    );
    assert_eq!(missed, Vec::<&str>::new(), "Zawgyi not found");
    assert_eq!(
        burmese_taken,
        Vec::<&str>::new(),
        "Unicode Burmese taken for Zawgyi"
    );
    assert_eq!(
        others_taken,
        Vec::<&str>::new(),
        "Shan, Mon, Karen or Pali taken for Zawgyi"
    );
}

#[test]
fn probabilities_are_those_of_the_reference_model() {
    // Values printed by myanmar-tools 1.2.0 for the same strings.
    let close = |text: &str, want: f64| {
        let got = zawgyi_probability(text).unwrap();
        assert!((got - want).abs() < 1e-9, "{text}: {got} against {want}");
    };
    close("ကၡာကို ခ်ိဳးေဖာက္", 1.0);
    close("ထၢမ်တွပ်ႇ", 1.7562339552675883e-12);
    close("ဍုၚ်မွဲမွဲ", 7.802298132172665e-15);
    close("လူခပ်သိမ်း၏", 0.26211359963003);
    assert_eq!(zawgyi_probability("digits only 2026"), None);
}

#[test]
fn conversion_gives_the_unicode_sentence() {
    for (zawgyi, unicode) in PAIRS {
        assert_eq!(to_unicode(zawgyi), *unicode, "from {zawgyi}");
        let found = suspect(zawgyi).expect("found");
        assert_eq!(found.as_unicode, *unicode);
        assert!(found.probability >= THRESHOLD);
    }
}

#[test]
fn mixed_english_and_zawgyi_is_found() {
    let text = "We consulted ေဒသခံ ျပည္သူမ်ား before the exit.";
    let found = suspect(text).expect("found");
    assert_eq!(
        found.as_unicode,
        "We consulted ဒေသခံ ပြည်သူများ before the exit."
    );
    assert_eq!(suspect("We consulted local people before the exit."), None);
}

/// myanmar-tools' own test text, a news page typed in Zawgyi, and the
/// Unicode it expects, line for line.
#[test]
fn a_whole_news_page_converts_as_myanmar_tools_expects() {
    let zawgyi = include_str!("testdata/news_zawgyi.txt");
    let unicode = include_str!("testdata/news_unicode.txt");
    assert_eq!(zawgyi.lines().count(), unicode.lines().count());
    let mut lines = 0;
    for (number, (z, u)) in zawgyi.lines().zip(unicode.lines()).enumerate() {
        if z.starts_with('#') || z.trim().is_empty() {
            continue;
        }
        lines += 1;
        assert_eq!(to_unicode(z), u, "line {}", number + 1);
        assert!(suspect(u).is_none(), "line {} in Unicode", number + 1);
    }
    assert!(lines > 60, "{lines} lines");
}
