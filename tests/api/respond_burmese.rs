//! The respondent pages in Burmese: the switch on the start page turns the
//! pages Burmese and remembers the choice as the contact's language, so a
//! later visit through the link (a fresh browser) is Burmese from the
//! first page; English comes back with the other button. The pages
//! without a session (opening a link, asking for a new one) follow the
//! switch too.

use answerable::db::schema::contacts;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::evidence::{attach, attach_a_program, element, small_pdf};
use crate::helpers::{Browser, TestApp};
use crate::scenarios::{invited, sign_in_with};

/// Words of the Burmese catalogue (locales/my.ftl).
const MY_REVIEW: &str = "ပြန်စစ်ပြီး တင်သွင်းရန်";
const MY_DEADLINE: &str = "နောက်ဆုံးရက်";
const MY_DISCLOSURE: &str = "ထုတ်ပြန်မည့်အရာနှင့် ထုတ်ပြန်မည့်အချိန်။";
const MY_OPEN: &str = "မေးခွန်းလွှာကို ဖွင့်ရန်";
const MY_NEW_LINK: &str = "လင့်ခ်အသစ် တောင်းရန်";
const MY_SAVE_DRAFT: &str = "မူကြမ်း သိမ်းရန်";
const MY_SAVING: &str = "data-saving=\"သိမ်းနေသည်…\"";
const MY_SIGN_OUT: &str = "ထွက်ရန်";

fn contact_languages(app: &TestApp) -> Vec<String> {
    contacts::table
        .select(contacts::language)
        .load(&mut app.conn())
        .unwrap()
}

fn html_lang(body: &str) -> &str {
    let start = body.find("<html lang=\"").expect("an <html lang>") + "<html lang=\"".len();
    &body[start..start + body[start..].find('"').unwrap()]
}

async fn choose(rep: &Browser, lang: &str, on: &str) {
    let token = rep.csrf_token().await;
    let referer = format!("{}{on}", rep.base);
    let pressed = rep
        .post_raw(
            "/respond/language",
            &[("lang", lang), ("csrf_token", &token)],
            &[("origin", &rep.base.clone()), ("referer", &referer)],
        )
        .await;
    assert_eq!(pressed.status, StatusCode::SEE_OTHER, "{}", pressed.body);
    assert_eq!(pressed.location(), Some(on));
}

#[tokio::test]
async fn the_burmese_button_turns_the_respondent_pages_burmese_and_english_brings_english_back() {
    let (app, _mailbox, _editor, links) = invited("mylang", 1, 1).await;
    let link = &links[0][0];
    let rep = sign_in_with(&app, link).await;

    // English to begin with, the switch offering Burmese.
    let start = rep.get("/respond").await;
    assert_eq!(start.status, StatusCode::OK);
    assert_eq!(html_lang(&start.body), "en");
    assert!(start.body.contains("Review and submit"), "{}", start.body);
    assert!(start.body.contains("What will be published, and when."));
    assert!(start.body.contains("days left"));
    assert!(start.body.contains(r#"action="/respond/language""#));
    assert!(start.body.contains(r#"value="my" lang="my""#));
    assert!(!start.body.contains(MY_REVIEW));

    // The Burmese button: the start page is Burmese, the questionnaire's
    // own (English) texts marked as such, and the contact prefers Burmese.
    choose(&rep, "my", "/respond").await;
    let start = rep.get("/respond").await;
    assert_eq!(start.status, StatusCode::OK);
    assert_eq!(html_lang(&start.body), "my");
    for word in [
        MY_REVIEW,
        MY_DEADLINE,
        MY_DISCLOSURE,
        MY_SIGN_OUT,
        "ရက် ကျန်ပါသည်",
    ] {
        assert!(start.body.contains(word), "{word} in {}", start.body);
    }
    assert!(!start.body.contains("Review and submit"));
    assert!(!start.body.contains("What will be published"));
    assert!(
        start.body.contains(r#"lang="en""#),
        "questionnaire text marked"
    );
    // Burmese dates and digits: the deadline's year in Burmese digits.
    assert!(start.body.contains("၂၀၂"), "{}", start.body);
    assert_eq!(contact_languages(&app), vec!["my".to_string()]);

    // The other respondent pages follow.
    let section_key = {
        let at = start.body.find("/respond/sections/").unwrap() + "/respond/sections/".len();
        start.body[at..at + start.body[at..].find('"').unwrap()].to_string()
    };
    let section = rep.get(&format!("/respond/sections/{section_key}")).await;
    assert_eq!(section.status, StatusCode::OK);
    assert_eq!(html_lang(&section.body), "my");
    assert!(section.body.contains(MY_SAVE_DRAFT), "{}", section.body);
    assert!(section.body.contains(MY_SAVING), "the script's words");
    let review = rep.get("/respond/review").await;
    assert_eq!(html_lang(&review.body), "my");
    assert!(review.body.contains(MY_REVIEW));
    let decline = rep.get("/respond/decline").await;
    assert_eq!(html_lang(&decline.body), "my");
    assert!(decline.body.contains("ဖြေဆိုရန် ငြင်းဆိုရန်"));

    // A later visit in a fresh browser: the link's page and, after
    // signing in, the start page are Burmese from the contact's choice.
    let later = app.browser();
    let open = later.get(link).await;
    assert_eq!(open.status, StatusCode::OK);
    assert_eq!(html_lang(&open.body), "my");
    assert!(open.body.contains(MY_OPEN), "{}", open.body);
    assert!(!open.body.contains("Open the questionnaire"));
    let later = sign_in_with(&app, link).await;
    let start = later.get("/respond").await;
    assert_eq!(html_lang(&start.body), "my");
    assert!(start.body.contains(MY_REVIEW));

    // English brings English back, for this browser and the contact.
    choose(&later, "en", "/respond").await;
    let start = later.get("/respond").await;
    assert_eq!(html_lang(&start.body), "en");
    assert!(start.body.contains("Review and submit"));
    assert!(start.body.contains("What will be published, and when."));
    assert!(!start.body.contains(MY_REVIEW));
    assert_eq!(contact_languages(&app), vec!["en".to_string()]);
    app.assert_outbox_settled(0);
}

/// A refusal of the app layer (answers cannot change once the company
/// declined) reads in the page's language; English reads as before.
#[tokio::test]
async fn a_refusal_reads_in_the_pages_language() {
    let (app, _mailbox, _editor, links) = invited("myrefusal", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    choose(&rep, "my", "/respond").await;
    let declined = rep
        .submit("/respond/decline", &[("reason", "We do not comment.")])
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);
    let start = rep.get(declined.location().unwrap()).await;
    assert_eq!(html_lang(&start.body), "my");
    // The notice, and the decline with its date in Burmese.
    assert!(start.body.contains("မှတ်တမ်းတင်ပြီး"), "{}", start.body);
    assert!(start.body.contains("ဖြေဆိုရန် ငြင်းဆိုထားပါသည်"));
    let section = rep.get("/respond/sections/about").await;
    assert_eq!(html_lang(&section.body), "my");
    assert!(
        section
            .body
            .contains("ဤအဖြေများကို ဖတ်နိုင်သော်လည်း ပြောင်းလဲ၍ မရပါ - သင့်ကုမ္ပဏီသည် ဖြေဆိုရန် ငြင်းဆိုထားပါသည်။"),
        "{}",
        section.body
    );
    assert!(!section.body.contains("declined to answer"));

    choose(&rep, "en", "/respond/sections/about").await;
    let section = rep.get("/respond/sections/about").await;
    assert_eq!(html_lang(&section.body), "en");
    assert!(
        section.body.contains(
            "You can read these answers but not change them: Your company has declined to answer; undo that first."
        ),
        "{}",
        section.body
    );
    let queued = crate::scenarios::outbox_count(&app, Some("queued"));
    app.assert_outbox_settled(queued);
}

#[tokio::test]
async fn a_refused_document_is_explained_in_burmese_and_sizes_use_burmese_digits() {
    let (app, _mailbox, _editor, links) = invited("myevidence", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    choose(&rep, "my", "/respond").await;
    // A program named .pdf: refused by its contents, in Burmese, beside
    // the field.
    let wrong = attach_a_program(&rep).await;
    assert_eq!(html_lang(&wrong.body), "my");
    let beside = element(&wrong.body, "doc-e-hrdd-process").expect("a message beside the field");
    assert!(
        beside.contains("ဤဖိုင်သည် ကျွန်ုပ်တို့ လက်ခံသည့် အမျိုးအစား မဟုတ်ပါ"),
        "{beside}"
    );
    assert!(!beside.contains("not of a kind"), "{beside}");
    // The limit in the hint, and an attached document's size, are written
    // in Burmese digits.
    assert!(wrong.body.contains("၁၀.၀ MB"), "{}", wrong.body);
    let pdf = small_pdf();
    let done = attach(
        &rep,
        "due-diligence",
        "hrdd-process",
        ("report.pdf", pdf.clone()),
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let page = rep.get(done.location().unwrap()).await;
    let size =
        answerable::domain::i18n::Tr::new(answerable::domain::i18n::Lang::parse("my").unwrap())
            .number(pdf.len() as i64);
    assert!(page.body.contains(&format!("({size} ဘိုက်)")), "{}", page.body);
    assert!(!page.body.contains(" bytes)"), "{}", page.body);
    let queued = crate::scenarios::outbox_count(&app, Some("queued"));
    app.assert_outbox_settled(queued);
}

#[tokio::test]
async fn the_pages_without_a_session_have_the_switch_and_follow_it() {
    let (app, _mailbox, _editor, _links) = invited("mynolink", 1, 1).await;
    let visitor = app.browser();

    let page = visitor.get("/respond/link").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(html_lang(&page.body), "en");
    assert!(page.body.contains("Ask for a new link"));
    assert!(page.body.contains(r#"action="/respond/language""#));

    choose(&visitor, "my", "/respond/link").await;
    let page = visitor.get("/respond/link").await;
    assert_eq!(html_lang(&page.body), "my");
    assert!(page.body.contains(MY_NEW_LINK), "{}", page.body);
    assert!(!page.body.contains("Ask for a new link"));

    // A refusal from the form reads Burmese too.
    let refused = visitor
        .submit("/respond/link", &[("email", "not an address")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(html_lang(&refused.body), "my");
    assert!(
        !refused.body.contains("An email address"),
        "{}",
        refused.body
    );

    // A link we do not know: its page is Burmese, with the switch.
    let unknown = visitor.get("/respond/open/nosuchlink").await;
    assert_eq!(html_lang(&unknown.body), "my");
    assert!(unknown.body.contains("ဤလင့်ခ် အလုပ်မလုပ်ပါ"), "{}", unknown.body);
    assert!(unknown.body.contains(r#"action="/respond/language""#));

    choose(&visitor, "en", "/respond/link").await;
    let page = visitor.get("/respond/link").await;
    assert_eq!(html_lang(&page.body), "en");
    assert!(page.body.contains("Ask for a new link"));
    // Nobody is signed in: no contact's language changed.
    assert!(contact_languages(&app).iter().all(|l| l != "my"));
    app.assert_outbox_settled(0);
}
