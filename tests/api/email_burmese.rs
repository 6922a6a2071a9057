//! Emails and error pages in the reader's language (issue #14): a contact
//! who prefers Burmese is written to in Burmese, an English one of the
//! same company in English; an error page follows the browser's language.

use answerable::db::schema::contacts;
use answerable::domain::i18n::{Lang, Tr};
use answerable::domain::time;
use answerable::email::transport::DeliveredEmail;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::TestApp;
use crate::scenarios::{
    answer_everything_and_submit, campaign, in_days, links_in, send, sign_in_with,
    spawn_with_memory,
};

/// Words as a mail client shows them, line breaks of the wrapping undone.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn deliver(app: &TestApp) {
    app.jobs().run_once(time::now()).await.unwrap();
}

fn to<'a>(mails: &'a [DeliveredEmail], address: &str) -> &'a DeliveredEmail {
    mails
        .iter()
        .find(|m| m.to == address)
        .unwrap_or_else(|| panic!("no email to {address}"))
}

#[tokio::test]
async fn a_burmese_contact_is_invited_and_given_a_receipt_in_burmese_an_english_one_in_english() {
    let (app, mailbox) = spawn_with_memory().await;
    let slug = "mm-mail";
    let deadline = in_days(20);
    campaign(&app, slug, 1, 2, deadline);
    let burmese = format!("p0@{slug}-c0.example.org");
    let english = format!("p1@{slug}-c0.example.org");
    // The directory's contact p0 prefers Burmese; p1 has no preference
    // (the questionnaire's default language, English, is used).
    diesel::update(contacts::table.filter(contacts::email.eq(&burmese)))
        .set(contacts::language.eq("my"))
        .execute(&mut app.conn())
        .unwrap();

    let (editor, _) = app.login_as("editor").await;
    send(&editor, slug).await;
    deliver(&app).await;
    let sent = mailbox.sent();
    assert_eq!(sent.len(), 2);

    let my = Tr::new(Lang::parse("my").unwrap());
    let tz: chrono_tz::Tz = "Asia/Yangon".parse().unwrap();
    let burmese_deadline = my.date_time(deadline, tz);
    assert!(burmese_deadline.contains("ခုနှစ်") && burmese_deadline.contains('၂'));

    let invitation = to(&sent, &burmese);
    assert_eq!(
        invitation.subject,
        format!("Campaign {slug}- Company 0 of {slug} အတွက် မေးခွန်းများ")
    );
    let text = flat(&invitation.text);
    assert!(text.starts_with("လေးစားအပ်ပါသော Person 0 ခင်ဗျာ၊"), "{text}");
    assert!(text.contains("မေးခွန်းလွှာအား ဖြေဆိုပေးရန် တောင်းဆိုပါသည်"), "{text}");
    assert!(text.contains(&flat(&burmese_deadline)), "{text}");
    assert!(!text.contains("Dear "), "{text}");
    assert!(!text.contains("Please answer by"), "{text}");
    assert!(
        invitation.html.contains("<html lang=\"my\""),
        "{}",
        invitation.html
    );
    assert!(
        invitation.html.contains(&burmese_deadline),
        "{}",
        invitation.html
    );
    assert!(invitation.html.contains("မေးခွန်းလွှာကို ဖွင့်ရန်"));
    let link = links_in(&app, &invitation.text).remove(0);

    let invitation = to(&sent, &english);
    assert_eq!(
        invitation.subject,
        format!("Campaign {slug}: questions for Company 0 of {slug}")
    );
    let text = flat(&invitation.text);
    assert!(text.starts_with("Dear Person 1,"), "{text}");
    assert!(text.contains("Please answer by"), "{text}");
    assert!(text.contains("(Asia/Yangon, UTC+06:30)"), "{text}");
    assert!(!text.contains("ခုနှစ်"), "{text}");
    assert!(
        invitation.html.contains("<html lang=\"en\""),
        "{}",
        invitation.html
    );

    // The Burmese contact answers and submits: each contact gets a receipt
    // in their own language.
    let rep = sign_in_with(&app, &link).await;
    let submitted = answer_everything_and_submit(&rep).await;
    assert!(
        submitted.status == StatusCode::SEE_OTHER || submitted.status == StatusCode::OK,
        "{}",
        submitted.body
    );
    deliver(&app).await;
    let sent = mailbox.sent();
    let receipts: Vec<DeliveredEmail> = sent
        .into_iter()
        .skip(2)
        .filter(|m| m.subject.contains("(revision 1)") || m.subject.contains("(ပြင်ဆင်မှု ၁)"))
        .collect();
    assert_eq!(receipts.len(), 2, "{receipts:?}");
    let receipt = to(&receipts, &burmese);
    assert_eq!(
        receipt.subject,
        format!("လက်ခံဖြတ်ပိုင်း- Company 0 of {slug} သည် Campaign {slug} ကို ဖြေဆိုခဲ့သည် (ပြင်ဆင်မှု ၁)")
    );
    let text = flat(&receipt.text);
    assert!(text.contains("တင်သွင်းခဲ့သည့်အရာ၏ SHA-256 digest မှာ-"), "{text}");
    assert!(text.contains("(ပြင်ဆင်မှု ၁)"), "{text}");
    assert!(
        receipt.html.contains("<html lang=\"my\""),
        "{}",
        receipt.html
    );
    // The copy of the answers is in Burmese too: the Myanmar questionnaire
    // is translated, so nothing in it needs marking as another language.
    assert!(!receipt.html.contains("<pre lang="), "{}", receipt.html);
    assert!(
        text.contains("သင့်ကုမ္ပဏီသည် မြန်မာနိုင်ငံနှင့် မည်သို့ ဆက်စပ်မှု"),
        "the questions in Burmese: {text}"
    );
    let receipt = to(&receipts, &english);
    assert_eq!(
        receipt.subject,
        format!("Receipt: Company 0 of {slug} answered Campaign {slug} (revision 1)")
    );
    assert!(flat(&receipt.text).contains("The SHA-256 digest of what was submitted is:"));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn an_error_page_speaks_the_browsers_language_except_for_staff() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let get = |path: &str, language: &str| {
        client
            .get(format!("{}{path}", app.address))
            .header("Accept-Language", language)
            .send()
    };
    for path in ["/campaigns/no-such-campaign", "/no-such-page"] {
        let page = get(path, "my,en;q=0.5").await.unwrap();
        assert_eq!(page.status(), StatusCode::NOT_FOUND, "{path}");
        let body = page.text().await.unwrap();
        assert!(body.contains("<html lang=\"my\""), "{path}: {body}");
        assert!(body.contains("စာမျက်နှာ ရှာမတွေ့ပါ"), "{path}: {body}");
        assert!(!body.contains("Page not found"), "{path}: {body}");

        let page = get(path, "en").await.unwrap();
        assert_eq!(page.status(), StatusCode::NOT_FOUND);
        let body = page.text().await.unwrap();
        assert!(body.contains("<html lang=\"en\""), "{body}");
        assert!(body.contains("Page not found"), "{body}");
    }
    // Staff pages stay English, whatever the browser asks for.
    let page = get("/admin/no-such-page", "my").await.unwrap();
    let status = page.status();
    let body = page.text().await.unwrap();
    if status == StatusCode::NOT_FOUND {
        assert!(body.contains("Page not found"), "{body}");
    }
    assert!(!body.contains("ရှာမတွေ့ပါ"), "{body}");
}
