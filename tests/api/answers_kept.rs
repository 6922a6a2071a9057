//! Nothing a representative entrusts to us is lost, doubled or silently
//! overwritten: a stale page, a double click, a session that ended, text
//! the database cannot hold, a database that cannot write. Each test plays
//! the failure as it was seen, with real forms posted as a browser posts
//! them, on the backend under test.

use answerable::db::schema::{answers, outbox, respondent_sessions, submissions};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{Browser, Page, TestApp};
use crate::scenarios::{full_answers, invited, questionnaire, save, sign_in_with};

const SECTION: &str = "/respond/sections/due-diligence";

/// Undoes the escaping of text in our HTML.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&#60;", "<")
        .replace("&gt;", ">")
        .replace("&#62;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    let end = tag[start..].find('"')?;
    Some(unescape(&tag[start..start + end]))
}

/// Every field of the page's answer form as a browser posts it: hidden
/// inputs, text inputs and areas with what they hold, checked choices.
pub(crate) fn form_of(html: &str) -> Vec<(String, String)> {
    let start = html
        .find("data-autosave>")
        .expect("the page has the answer form");
    let form = &html[start..start + html[start..].find("</form>").unwrap()];
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let end = rest.find('>').unwrap();
        let tag = &rest[..=end];
        if tag.starts_with("<input ") {
            let name = attribute(tag, "name");
            let kind = attribute(tag, "type").unwrap_or_else(|| "text".into());
            let value = attribute(tag, "value").unwrap_or_default();
            let posted = match kind.as_str() {
                "radio" | "checkbox" => tag.contains(" checked"),
                _ => true,
            };
            if let (Some(name), true) = (name, posted) {
                out.push((name, value));
            }
        } else if tag.starts_with("<textarea ") {
            let body = &rest[end + 1..];
            let text = &body[..body.find("</textarea>").unwrap()];
            if let Some(name) = attribute(tag, "name") {
                out.push((name, unescape(text)));
            }
        }
        rest = &rest[end + 1..];
    }
    out
}

/// Sets one field of a form as a person would by typing in it.
pub(crate) fn set(form: &mut [(String, String)], name: &str, value: &str) {
    let field = form
        .iter_mut()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("the form has no {name}"));
    field.1 = value.to_string();
}

pub(crate) async fn post_form(who: &Browser, form: &[(String, String)]) -> Page {
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    who.post_raw(SECTION, &fields, &[("origin", &who.base.clone())])
        .await
}

/// The same post, as the autosave script sends it.
pub(crate) async fn autosave(
    who: &Browser,
    form: &[(String, String)],
) -> (StatusCode, serde_json::Value) {
    let response = who
        .client
        .post(format!("{}{SECTION}", who.base))
        .header("accept", "application/json")
        .header("origin", who.base.clone())
        .form(form)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap())
}

pub(crate) async fn open_form(who: &Browser) -> Vec<(String, String)> {
    let page = who.get(SECTION).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    form_of(&page.body)
}

pub(crate) fn stored(app: &TestApp, key: &str) -> Option<String> {
    answers::table
        .filter(answers::question_key.eq(key))
        .select(answers::value)
        .first(&mut app.conn())
        .optional()
        .unwrap()
}

pub(crate) const BOBS_LINK: &str = "https://example.org/bob-report";

#[tokio::test]
async fn a_stale_page_saves_only_what_its_reader_changed() {
    let (app, _mail, _editor, links) = invited("stale", 1, 2).await;
    let alice = sign_in_with(&app, &links[0][0]).await;
    let bob = sign_in_with(&app, &links[0][1]).await;

    // Alice has the section open; Bob saves the evidence question.
    let mut alices = open_form(&alice).await;
    let mut bobs = open_form(&bob).await;
    set(&mut bobs, "a.hrdd-documents", BOBS_LINK);
    let saved = post_form(&bob, &bobs).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // Alice types only in the process question and saves her stale page:
    // no conflict, and Bob's answer stands.
    set(&mut alices, "a.hrdd-process", "Alice: we assess yearly.");
    let page = post_form(&alice, &alices).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(stored(&app, "hrdd-documents").as_deref(), Some(BOBS_LINK));
    assert_eq!(
        stored(&app, "hrdd-process").as_deref(),
        Some("Alice: we assess yearly.")
    );
    // Pressing save again on the same stale page changes nothing either.
    let again = post_form(&alice, &alices).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(stored(&app, "hrdd-documents").as_deref(), Some(BOBS_LINK));

    // A real conflict (both changed the same answer) still shows both texts.
    set(&mut bobs, "a.hrdd-process", "Bob: we assess per project.");
    let clash = post_form(&bob, &bobs).await;
    assert_eq!(clash.status, StatusCode::CONFLICT, "{}", clash.body);
    assert!(clash.body.contains("Person 0 changed this answer"));
    assert!(clash.body.contains("Alice: we assess yearly."));
    assert!(clash.body.contains("Bob: we assess per project."));
    assert_eq!(
        stored(&app, "hrdd-process").as_deref(),
        Some("Alice: we assess yearly.")
    );

    // Meanwhile Alice changes the evidence; Bob saves again from the
    // conflict page: his process text wins, Alice's evidence is untouched.
    let mut alices = open_form(&alice).await;
    set(
        &mut alices,
        "a.hrdd-documents",
        "https://example.org/alice-report",
    );
    assert_eq!(
        post_form(&alice, &alices).await.status,
        StatusCode::SEE_OTHER
    );
    let from_conflict = form_of(&clash.body);
    let resolved = post_form(&bob, &from_conflict).await;
    assert_eq!(resolved.status, StatusCode::SEE_OTHER, "{}", resolved.body);
    assert_eq!(
        stored(&app, "hrdd-process").as_deref(),
        Some("Bob: we assess per project.")
    );
    assert_eq!(
        stored(&app, "hrdd-documents").as_deref(),
        Some("https://example.org/alice-report")
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn autosave_from_a_stale_page_saves_only_what_changed_and_says_what_is_wrong() {
    let (app, _mail, _editor, links) = invited("stalejs", 1, 2).await;
    let alice = sign_in_with(&app, &links[0][0]).await;
    let bob = sign_in_with(&app, &links[0][1]).await;
    let mut alices = open_form(&alice).await;
    let mut bobs = open_form(&bob).await;
    set(&mut bobs, "a.hrdd-documents", BOBS_LINK);
    let (status, reply) = autosave(&bob, &bobs).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(reply["saved"], 1);

    set(&mut alices, "a.hrdd-process", "Alice, by autosave.");
    let (status, reply) = autosave(&alice, &alices).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(reply["saved"], 1, "{reply}");
    assert_eq!(reply["conflicts"].as_array().unwrap().len(), 0, "{reply}");
    assert_eq!(stored(&app, "hrdd-documents").as_deref(), Some(BOBS_LINK));
    assert_eq!(
        stored(&app, "hrdd-process").as_deref(),
        Some("Alice, by autosave.")
    );

    // A problem the server finds comes back for its field, as after a
    // plain save.
    let mut fresh = open_form(&alice).await;
    set(&mut fresh, "a.hrdd-documents", "www.example.org/report");
    let (status, reply) = autosave(&alice, &fresh).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let problems = reply["problems"]["hrdd-documents"].to_string();
    assert!(problems.contains("is not a web address"), "{reply}");
    assert_eq!(reply["problems"]["hrdd-process"], serde_json::json!([]));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_save_after_the_session_ended_gives_the_text_back() {
    let (app, _mail, _editor, links) = invited("ended", 1, 1).await;
    let alice = sign_in_with(&app, &links[0][0]).await;
    let mut form = open_form(&alice).await;
    set(
        &mut form,
        "a.hrdd-process",
        "Three paragraphs <typed> over an hour & more.",
    );
    // Hours go by, or a colleague's new link replaced this one: the
    // session is gone, the page and its form are still open.
    diesel::delete(respondent_sessions::table)
        .execute(&mut app.conn())
        .unwrap();

    let page = post_form(&alice, &form).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "{}", page.body);
    assert!(
        page.body.contains("Not saved: you are signed out"),
        "{}",
        page.body
    );
    assert!(
        unescape(&page.body).contains("Three paragraphs <typed> over an hour & more."),
        "{}",
        page.body
    );
    assert!(page.body.contains("href=\"/respond/link\""));
    assert_eq!(stored(&app, "hrdd-process"), None);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_nul_character_is_removed_and_said_and_the_rest_is_saved() {
    let (app, _mail, _editor, links) = invited("nul", 1, 1).await;
    let alice = sign_in_with(&app, &links[0][0]).await;
    let mut form = open_form(&alice).await;
    set(&mut form, "a.hrdd-process", "Before\u{0}after.");
    set(&mut form, "a.hrdd-documents", BOBS_LINK);
    let page = post_form(&alice, &form).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains(
            "1 invisible control character(s) (U+0000) that cannot be stored were removed"
        ),
        "{}",
        page.body
    );
    assert_eq!(
        stored(&app, "hrdd-process").as_deref(),
        Some("Beforeafter.")
    );
    assert_eq!(stored(&app, "hrdd-documents").as_deref(), Some(BOBS_LINK));

    let mut form = form_of(&page.body);
    set(&mut form, "a.hrdd-process", "Again\u{0}\u{0}, by autosave.");
    let (status, reply) = autosave(&alice, &form).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert!(reply["notes"]["hrdd-process"][0]
        .as_str()
        .unwrap()
        .starts_with("2 invisible control character(s)"));
    assert_eq!(
        stored(&app, "hrdd-process").as_deref(),
        Some("Again, by autosave.")
    );
    app.assert_outbox_settled(0);
}

/// Makes every write of an answer fail, as a full disk does, while reads
/// (and the session check) still work.
fn break_answer_writes(app: &TestApp) {
    let sql = if app.db.is_postgres() {
        "CREATE FUNCTION refuse_write() RETURNS trigger AS $$ \
           BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END; \
         $$ LANGUAGE plpgsql; \
         CREATE TRIGGER full_disk BEFORE INSERT OR UPDATE ON answers \
           FOR EACH ROW EXECUTE FUNCTION refuse_write();"
    } else {
        "CREATE TRIGGER full_disk_insert BEFORE INSERT ON answers \
           BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END; \
         CREATE TRIGGER full_disk_update BEFORE UPDATE ON answers \
           BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;"
    };
    app.conn().batch_execute(sql).unwrap();
}

/// Posts `form` as a page and as autosave: both say it was not saved
/// (503) and the page gives `typed` back, never the generic error page.
pub(crate) async fn not_saved_and_given_back(
    who: &Browser,
    form: &[(String, String)],
    typed: &str,
) {
    let page = post_form(who, form).await;
    assert_eq!(
        page.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains("Not saved: the server could not store your answer"));
    assert!(page.body.contains(typed), "{}", page.body);
    assert!(!page.body.contains("Something went wrong"));

    let (status, reply) = autosave(who, form).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(reply["error"]
        .as_str()
        .unwrap()
        .starts_with("Not saved: the server could not store your answer"));
}

#[tokio::test]
async fn a_save_the_database_cannot_store_says_so_and_gives_the_text_back() {
    let (app, _mail, _editor, links) = invited("full", 1, 1).await;
    let alice = sign_in_with(&app, &links[0][0]).await;
    let mut form = open_form(&alice).await;
    break_answer_writes(&app);

    set(&mut form, "a.hrdd-process", "Written on a full disk.");
    not_saved_and_given_back(&alice, &form, "Written on a full disk.").await;
    assert_eq!(stored(&app, "hrdd-process"), None);
    app.assert_outbox_settled(0);
}

/// A save whose session cannot be checked (the database fails on the
/// sessions' table) stores nothing and gives the text back, as a page and
/// to the autosave script.
#[tokio::test]
async fn a_save_whose_session_cannot_be_checked_gives_the_text_back() {
    let (app, _mail, _editor, links) = invited("nosession", 1, 1).await;
    let alice = sign_in_with(&app, &links[0][0]).await;
    let mut form = open_form(&alice).await;
    app.conn()
        .batch_execute("ALTER TABLE respondent_sessions RENAME TO sessions_gone")
        .unwrap();

    set(
        &mut form,
        "a.hrdd-process",
        "Typed while the database failed.",
    );
    not_saved_and_given_back(&alice, &form, "Typed while the database failed.").await;

    app.conn()
        .batch_execute("ALTER TABLE sessions_gone RENAME TO respondent_sessions")
        .unwrap();
    assert_eq!(stored(&app, "hrdd-process"), None);
    let (status, reply) = autosave(&alice, &form).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(
        stored(&app, "hrdd-process").as_deref(),
        Some("Typed while the database failed.")
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn four_presses_of_submit_make_one_submission_and_one_receipt_each() {
    const COMPANIES: usize = 10;
    let (app, _mail, _editor, links) = invited("double", COMPANIES, 2).await;
    let q = questionnaire();
    let mut pairs = Vec::new();
    for company in &links {
        let first = sign_in_with(&app, &company[0]).await;
        let second = sign_in_with(&app, &company[1]).await;
        for section in &q.sections {
            let page = save(&first, section.key.as_str(), &full_answers(section)).await;
            assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        }
        pairs.push((first, second));
    }

    // A double click from each colleague, all companies at once.
    let presses = pairs.iter().flat_map(|(first, second)| {
        [first, first, second, second]
            .into_iter()
            .map(|who| who.submit("/respond/submit", &[]))
    });
    let pages = futures_util::future::join_all(presses).await;
    for page in &pages {
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        let to = page.location().unwrap();
        assert!(to.starts_with("/respond/receipt/1"), "{to}");
    }
    let already = pages
        .iter()
        .filter(|p| p.location() == Some("/respond/receipt/1?already=1"))
        .count();
    assert_eq!(already, 3 * COMPANIES);
    let revisions: Vec<i32> = submissions::table
        .select(submissions::revision)
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(revisions, vec![1; COMPANIES]);
    let receipts: i64 = outbox::table
        .filter(outbox::kind.eq("receipt"))
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(
        receipts,
        2 * COMPANIES as i64,
        "one per contact and company"
    );

    // The later presses are shown the receipt, saying nothing new was sent.
    let (first, _) = &pairs[0];
    let receipt = first.get("/respond/receipt/1?already=1").await;
    assert!(receipt.body.contains("Already submitted."));
    // What the test queued (receipts, findings) goes out too.
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn every_ticked_choice_of_a_multiple_choice_question_is_kept() {
    use crate::scenarios::{campaign_on, in_days, links_in, send, spawn_with_memory};
    let (app, mailbox) = spawn_with_memory().await;
    campaign_on(&app, "surveillance-exports", "ticks", 1, 1, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "ticks").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let link = links_in(&app, &mailbox.sent()[0].text).remove(0);
    let rep = sign_in_with(&app, &link).await;
    let page = rep.get("/respond/sections/about").await;
    let mut form = form_of(&page.body);
    form.push(("a.technologies".into(), "intrusion".into()));
    form.push(("a.technologies".into(), "analysis".into()));
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = rep
        .post_raw(
            "/respond/sections/about",
            &fields,
            &[("origin", &rep.base.clone())],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        stored(&app, "technologies").as_deref(),
        Some("intrusion\nanalysis")
    );
    app.assert_outbox_settled(0);
}
