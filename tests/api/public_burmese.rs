//! The public pages in the reader's language (issue #14): `?lang=my` in the
//! address (a link that can be shared, which links between public pages
//! then carry), else the browser's `Accept-Language`, else English. A cached
//! English page is never served to a Burmese reader.

use reqwest::StatusCode;

use crate::helpers::{Browser, Page, TestApp};
use crate::review::{score_all, target_of};
use crate::scenarios::{answer_everything_and_submit, close, invited, publish, sign_in_with};

/// A campaign of two companies that did not answer, closed and published.
async fn published(slug: &str) -> TestApp {
    let (app, _mailbox, editor, _links) = invited(slug, 2, 1).await;
    assert_eq!(close(&editor, slug).await.status, StatusCode::SEE_OTHER);
    let done = publish(&editor, slug, "Results.").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app
}

/// GET `path` with `Accept-Language: accept` (none when empty), and every
/// `Vary` the answer says.
async fn get(browser: &Browser, path: &str, accept: &str) -> (Page, String) {
    let mut request = browser.client.get(format!("{}{}", browser.base, path));
    if !accept.is_empty() {
        request = request.header("accept-language", accept);
    }
    let response = request.send().await.unwrap();
    let vary = response
        .headers()
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let page = Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    };
    (page, vary)
}

/// The year of now in Burmese digits, as the publication date shows it.
fn burmese_year() -> String {
    use chrono::Datelike;
    answerable::domain::time::now()
        .year()
        .to_string()
        .chars()
        .map(|c| char::from_u32(0x1040 + c.to_digit(10).unwrap()).unwrap())
        .collect()
}

const BURMESE_CRUMB: &str = "ထုတ်ပြန်ထားသော လှုပ်ရှားမှုများ";
const BURMESE_STANDING: &str = "မဖြေကြားခဲ့ပါ";

#[tokio::test]
async fn a_burmese_reader_gets_the_scorecard_in_burmese_and_an_english_reader_in_english() {
    let app = published("pubmy").await;
    let public = app.browser();

    // English first, so that a page kept in memory could be served wrongly.
    let (english, vary) = get(&public, "/campaigns/pubmy", "").await;
    assert_eq!(english.status, StatusCode::OK);
    assert!(
        english.body.contains("<html lang=\"en\""),
        "{}",
        english.body
    );
    assert!(english.body.contains("Published campaigns"));
    assert!(english.body.contains("0 of 2 companies responded."));
    assert!(!english.body.contains(BURMESE_CRUMB));
    assert!(vary.contains("Accept-Encoding"), "{vary}");

    // The same address, a Burmese browser: Burmese, and caches are told.
    let (burmese, vary) = get(&public, "/campaigns/pubmy", "my-MM,my;q=0.9,en;q=0.5").await;
    assert_eq!(burmese.status, StatusCode::OK);
    assert!(
        burmese.body.contains("<html lang=\"my\""),
        "{}",
        burmese.body
    );
    assert!(burmese.body.contains(BURMESE_CRUMB), "{}", burmese.body);
    assert!(burmese.body.contains(BURMESE_STANDING), "{}", burmese.body);
    assert!(!burmese.body.contains("Published campaigns"));
    assert!(vary.contains("Accept-Language"), "{vary}");
    assert!(vary.contains("Accept-Encoding"), "{vary}");
    // The language came from the browser: links need not name it.
    assert!(burmese
        .body
        .contains("href=\"/campaigns/pubmy/methodology\""));

    // The address names the language: Burmese, with Burmese digits in the
    // publication date, a switch back to English, and links that keep it.
    let (shared, vary) = get(&public, "/campaigns/pubmy?lang=my", "en").await;
    assert_eq!(shared.status, StatusCode::OK);
    assert!(shared.body.contains("<html lang=\"my\""), "{}", shared.body);
    assert!(shared.body.contains(BURMESE_CRUMB));
    assert!(shared.body.contains("ထုတ်ပြန်ခဲ့သည်"), "{}", shared.body);
    assert!(
        shared.body.contains(&format!("{} ခုနှစ်", burmese_year())),
        "{}",
        shared.body
    );
    assert!(shared.body.contains("href=\"/campaigns/pubmy?lang=en\""));
    assert!(shared
        .body
        .contains("href=\"/campaigns/pubmy/methodology?lang=my\""));
    assert!(shared
        .body
        .contains("href=\"/campaigns/pubmy/companies/pubmy-c0?lang=my\""));
    assert!(!vary.contains("Accept-Language"), "{vary}");

    // The switch keeps the page's other parameters.
    let (sorted, _) = get(&public, "/campaigns/pubmy?sort=total&lang=my", "").await;
    // (askama writes `&` as `&#38;`, which HTML reads as `&`.)
    assert!(
        sorted
            .body
            .contains("href=\"/campaigns/pubmy?sort=total&#38;lang=en\""),
        "{}",
        sorted.body
    );

    // English asked by the address stays English, whatever the browser.
    let (english, _) = get(&public, "/campaigns/pubmy?lang=en", "my").await;
    assert!(english.body.contains("<html lang=\"en\""));
    assert!(english.body.contains("Published campaigns"));
    assert!(english.body.contains("href=\"/campaigns/pubmy?lang=my\""));

    // A language there is no catalogue for is ignored, never an error.
    let (unknown, _) = get(&public, "/campaigns/pubmy?lang=xx", "").await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.body.contains("<html lang=\"en\""));
    let (unknown, _) = get(&public, "/campaigns/pubmy?lang=xx", "my").await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.body.contains("<html lang=\"my\""));

    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn every_public_page_speaks_burmese_when_asked() {
    let app = published("pubmy2").await;
    let public = app.browser();
    for path in [
        "/",
        "/campaigns/pubmy2/companies/pubmy2-c0",
        "/companies/pubmy2-c0",
        "/campaigns/pubmy2/methodology",
        "/campaigns/pubmy2/questionnaire",
        "/campaigns/pubmy2/versions/1",
    ] {
        let (english, _) = get(&public, path, "").await;
        assert_eq!(english.status, StatusCode::OK, "{path}");
        assert!(english.body.contains("<html lang=\"en\""), "{path}");
        let joint = if path.contains('?') { '&' } else { '?' };
        let (burmese, _) = get(&public, &format!("{path}{joint}lang=my"), "").await;
        assert_eq!(burmese.status, StatusCode::OK, "{path}");
        assert!(burmese.body.contains("<html lang=\"my\""), "{path}");
        assert!(
            burmese.body.contains("ဘာသာစကား"),
            "{path}: the switch\n{}",
            burmese.body
        );
        assert!(
            burmese.body.contains(&format!("href=\"{path}?lang=en\"")),
            "{path}: the switch to English\n{}",
            burmese.body
        );
        let (browser, vary) = get(&public, path, "my").await;
        assert!(browser.body.contains("<html lang=\"my\""), "{path}");
        assert!(vary.contains("Accept-Language"), "{path}: {vary}");
    }
    let (company, _) = get(&public, "/campaigns/pubmy2/companies/pubmy2-c0?lang=my", "").await;
    assert!(company.body.contains(BURMESE_STANDING), "{}", company.body);
    assert!(company.body.contains("ထုတ်ပြန်ထားသော ရလဒ်များ၏ ဗားရှင်း ၁ မှ"));
    let (home, _) = get(&public, "/?lang=my", "").await;
    assert!(home.body.contains("href=\"/campaigns/pubmy2?lang=my\""));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_company_that_answered_is_shown_in_burmese_with_the_questionnaire_text_marked() {
    let (app, _mailbox, editor, links) = invited("pubans", 2, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    let submitted = answer_everything_and_submit(&rep).await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.body
    );
    let target = target_of(&app, "pubans-c0");
    score_all(&editor, "pubans", &target).await;
    assert_eq!(close(&editor, "pubans").await.status, StatusCode::SEE_OTHER);
    let done = publish(&editor, "pubans", "Results.").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let public = app.browser();

    let (english, _) = get(&public, "/campaigns/pubans/companies/pubans-c0", "").await;
    assert_eq!(english.status, StatusCode::OK);
    assert!(english.body.contains("The answers, verbatim"));
    assert!(english.body.contains("<dt>Standing</dt><dd>responded</dd>"));
    // English questionnaire text on an English page needs no mark.
    assert!(
        !english.body.contains("<span lang=\"en\">"),
        "{}",
        english.body
    );

    let (burmese, _) = get(&public, "/campaigns/pubans/companies/pubans-c0", "my").await;
    assert_eq!(burmese.status, StatusCode::OK);
    assert!(burmese.body.contains("<html lang=\"my\""));
    assert!(
        burmese.body.contains("အဖြေများ (မူရင်းအတိုင်း)"),
        "{}",
        burmese.body
    );
    assert!(burmese.body.contains("ဖြေကြားခဲ့သည်"));
    assert!(burmese.body.contains("ရမှတ်-"));
    assert!(!burmese.body.contains("The answers, verbatim"));
    // The questions, in English only, are marked as English.
    assert!(
        burmese.body.contains("<span lang=\"en\">"),
        "{}",
        burmese.body
    );

    // The scorecard: demand titles marked, the company's standing in Burmese.
    let (scorecard, _) = get(&public, "/campaigns/pubans?lang=my", "").await;
    assert!(scorecard.body.contains("<th scope=\"col\" lang=\"en\">"));
    assert!(
        scorecard.body.contains("ကုမ္ပဏီ ၂ ခုအနက် ၁ ခု ဖြေကြားခဲ့သည်။"),
        "{}",
        scorecard.body
    );
    app.assert_outbox_settled(0);
}
