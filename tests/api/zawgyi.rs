//! Burmese typed in Zawgyi: an answer is stored as typed and shown with its
//! Unicode conversion and a button to use it, and the review page lists it
//! before submitting; a decline reason or a reply is not stored until the
//! representative chooses. Unicode Burmese and Shan are left alone, and
//! nothing is converted without a press.

use answerable::db::schema::{answers, campaign_targets, replies};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{hidden_field, TestApp};
use crate::review::{score_all, target_of};
use crate::scenarios::{answer_everything_and_submit, invited, save, sign_in_with};

/// The same sentences in Zawgyi and in Unicode (a Myanmar government news
/// page, as collected by Google's myanmar-tools).
const ZAWGYI: &str = "စားနပ္ရိကၡာ၊ ေထာက္ပံ့ပစၥည္း ႏွင့္ အလွဴေငြမ်ား ေပးအပ္သည္။";
const UNICODE: &str = "စားနပ်ရိက္ခာ၊ ထောက်ပံ့ပစ္စည်း နှင့် အလှူငွေများ ပေးအပ်သည်။";
const ZAWGYI_2: &str = "တာ၀န္ရွိသူမ်ားက ေလဆိပ္၌ ႀကိဳဆုိႏႈတ္ ဆက္ၾကသည္။";
const UNICODE_2: &str = "တာဝန်ရှိသူများက လေဆိပ်၌ ကြိုဆိုနှုတ် ဆက်ကြသည်။";
/// Shan, in Unicode, with the Myanmar block's extended letters.
const SHAN: &str = "ၵူၼ်းၵူႈၵေႃႉ ၵိူတ်ႇမႃး မီးလွၵ်းလၢႆး လႄႈ ၶေႃႈပၢင်ႇ ၽဵင်ႇပဵင်းၵၼ်";
const BURMESE: &str = "ကျွန်ုပ်တို့သည် လူ့အခွင့်အရေး ဆိုင်ရာ စစ်ဆေးမှု ပြုလုပ်ပါသည်";

const WARNING: &str = "looks typed in Zawgyi";

fn stored(app: &TestApp, key: &str) -> (String, i32) {
    answers::table
        .filter(answers::question_key.eq(key))
        .select((answers::value, answers::version))
        .first(&mut app.conn())
        .unwrap()
}

#[tokio::test]
async fn a_zawgyi_answer_is_shown_in_unicode_and_converted_only_when_asked() {
    let (app, _mailbox, _editor, links) = invited("zg", 1, 2).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    let colleague = sign_in_with(&app, &links[0][1]).await;

    let saved = save(
        &rep,
        "due-diligence",
        &[("a.hrdd-process".to_string(), ZAWGYI.to_string())],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(stored(&app, "hrdd-process").0, ZAWGYI, "stored as typed");
    let page = rep.get("/respond/sections/due-diligence").await;
    assert!(page.body.contains(WARNING), "{}", page.body);
    assert!(page.body.contains(UNICODE), "the conversion is shown");
    assert!(page.body.contains("Use the Unicode text"));

    // Unicode Burmese and Shan raise nothing.
    save(
        &rep,
        "military-and-data",
        &[("a.misuse-cases".to_string(), format!("{BURMESE}\n{SHAN}"))],
    )
    .await;
    let other = rep.get("/respond/sections/military-and-data").await;
    assert!(!other.body.contains(WARNING), "{}", other.body);

    // Before submitting, the review page names it.
    let review = rep.get("/respond/review").await;
    assert!(
        review.body.contains("1 answer(s) look typed in Zawgyi"),
        "{}",
        review.body
    );
    assert!(review
        .body
        .contains("/respond/sections/due-diligence#z-hrdd-process"));

    // A colleague changes the answer after the page was shown: the press
    // with the page's version does not overwrite theirs.
    let shown = hidden_field(&page.body, "version").expect("the conversion form");
    save(
        &colleague,
        "due-diligence",
        &[("a.hrdd-process".to_string(), ZAWGYI_2.to_string())],
    )
    .await;
    let press = "/respond/sections/due-diligence/unicode/hrdd-process";
    let stale = rep.submit(press, &[("version", &shown)]).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    assert_eq!(stored(&app, "hrdd-process").0, ZAWGYI_2);

    // Pressed on a fresh page: the colleague's text, converted.
    let fresh = rep.get("/respond/sections/due-diligence").await;
    assert!(fresh.body.contains(UNICODE_2));
    let version = hidden_field(&fresh.body, "version").unwrap();
    let pressed = rep.submit(press, &[("version", &version)]).await;
    assert_eq!(pressed.status, StatusCode::SEE_OTHER, "{}", pressed.body);
    let (value, after) = stored(&app, "hrdd-process");
    assert_eq!(value, UNICODE_2);
    assert_eq!(
        after.to_string(),
        (version.parse::<i32>().unwrap() + 1).to_string()
    );
    let converted = rep.get("/respond/sections/due-diligence").await;
    assert!(!converted.body.contains(WARNING), "{}", converted.body);
    // A second press (a double click) changes nothing more.
    let again = rep.submit(press, &[("version", &version)]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(stored(&app, "hrdd-process"), (UNICODE_2.to_string(), after));
    assert_eq!(
        stored(&app, "misuse-cases").0,
        format!("{BURMESE}\n{SHAN}"),
        "the Unicode answer untouched"
    );
    app.assert_outbox_settled(0);
}

fn decline_reason(app: &TestApp) -> Option<Option<String>> {
    campaign_targets::table
        .select((
            campaign_targets::declined_at,
            campaign_targets::decline_reason,
        ))
        .first::<(Option<chrono::NaiveDateTime>, Option<String>)>(&mut app.conn())
        .map(|(at, reason)| at.map(|_| reason))
        .unwrap()
}

#[tokio::test]
async fn a_zawgyi_decline_reason_waits_for_the_representatives_choice() {
    let (app, _mailbox, _editor, links) = invited("zgd", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;

    let asked = rep.submit("/respond/decline", &[("reason", ZAWGYI)]).await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    assert!(asked.body.contains(UNICODE), "{}", asked.body);
    assert!(
        asked.body.contains(ZAWGYI),
        "the text as typed stays in the field"
    );
    assert!(asked.body.contains("Decline with the Unicode text"));
    assert_eq!(decline_reason(&app), None, "nothing is stored yet");

    let kept = rep
        .submit(
            "/respond/decline",
            &[("reason", ZAWGYI), ("zawgyi", "as-typed")],
        )
        .await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.body);
    assert_eq!(decline_reason(&app), Some(Some(ZAWGYI.to_string())));

    rep.submit("/respond/decline/undo", &[]).await;
    let converted = rep
        .submit(
            "/respond/decline",
            &[("reason", ZAWGYI), ("zawgyi", "unicode")],
        )
        .await;
    assert_eq!(converted.status, StatusCode::SEE_OTHER);
    assert_eq!(decline_reason(&app), Some(Some(UNICODE.to_string())));

    // Unicode Burmese goes through at once.
    rep.submit("/respond/decline/undo", &[]).await;
    let plain = rep.submit("/respond/decline", &[("reason", BURMESE)]).await;
    assert_eq!(plain.status, StatusCode::SEE_OTHER, "{}", plain.body);
    assert_eq!(decline_reason(&app), Some(Some(BURMESE.to_string())));
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_zawgyi_reply_to_the_findings_waits_for_the_choice() {
    let (app, mailbox, editor, links) = invited("zgr", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    answer_everything_and_submit(&rep).await;
    let target = target_of(&app, "zgr-c0");
    score_all(&editor, "zgr", &target).await;
    let sent = editor
        .submit(
            &format!("/admin/campaigns/zgr/review/{target}/findings"),
            &[],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let findings = mailbox
        .sent()
        .into_iter()
        .find(|m| m.subject.starts_with("Preliminary findings"))
        .expect("the findings email");
    let link = crate::scenarios::links_in(&app, &findings.text).remove(0);
    let rep = sign_in_with(&app, &link).await;

    let asked = rep.submit("/respond/reply", &[("body", ZAWGYI)]).await;
    assert_eq!(asked.status, StatusCode::OK, "{:?}", asked.location());
    assert!(
        asked.body.contains(ZAWGYI),
        "the text as typed stays in the field"
    );
    assert!(asked.body.contains(UNICODE));
    assert!(asked.body.contains("Send the reply with the Unicode text"));
    let count = || -> i64 { replies::table.count().get_result(&mut app.conn()).unwrap() };
    assert_eq!(count(), 0, "nothing is stored yet");

    let sent = rep
        .submit("/respond/reply", &[("body", ZAWGYI), ("zawgyi", "unicode")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let bodies: Vec<String> = replies::table
        .select(replies::body)
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(bodies, vec![UNICODE.to_string()]);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}
