//! The questionnaire in the reader's language: a representative who
//! switches to Burmese answers the Myanmar questionnaire in Burmese, each
//! answer records the language it was given in, and the submitted document
//! keeps it; a questionnaire with no Burmese translation is shown in its
//! own language, marked `lang="en"` and said to be untranslated.

use answerable::db::schema::{answers, contacts, submissions};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp};
use crate::scenarios::{
    campaign_on, full_answers, in_days, invited, questionnaire, save, send, sign_in_with,
};

const SECTION_EN: &str = "Your company and Myanmar";
const SECTION_MY: &str = "သင့်ကုမ္ပဏီနှင့် မြန်မာနိုင်ငံ";
const UNTRANSLATED_MY: &str = "ဘာသာမပြန်ရသေးပါ";

async fn choose(rep: &Browser, lang: &str) {
    let page = rep.submit("/respond/language", &[("lang", lang)]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

fn languages_stored(app: &TestApp) -> Vec<(String, String)> {
    answers::table
        .select((answers::question_key, answers::language))
        .order(answers::question_key)
        .load(&mut app.conn())
        .unwrap()
}

#[tokio::test]
async fn a_representative_answers_in_burmese_and_the_submission_keeps_each_answers_language() {
    let (app, _mailbox, _editor, links) = invited("lang", 1, 2).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    let colleague = sign_in_with(&app, &links[0][1]).await;

    // English first: the contact has no preference and the browser none.
    let page = rep.get("/respond/sections/about").await;
    assert!(page.body.contains("<html lang=\"en\""), "{}", page.body);
    assert!(page.body.contains(SECTION_EN));

    choose(&rep, "my").await;
    let page = rep.get("/respond/sections/about").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<html lang=\"my\""), "{}", page.body);
    assert!(page.body.contains(SECTION_MY), "the section in Burmese");
    assert!(
        !page.body.contains(SECTION_EN),
        "no English left where Burmese exists"
    );
    assert!(
        !page.body.contains(UNTRANSLATED_MY),
        "the Myanmar questionnaire is translated completely"
    );
    // The choice is the contact's preferred language from now on.
    let preferred: Vec<String> = contacts::table
        .filter(contacts::email.eq("p0@lang-c0.example.org"))
        .select(contacts::language)
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(preferred, ["my"]);

    // The representative answers every section in Burmese but the last,
    // which the colleague (in English) answers.
    let q = questionnaire();
    let (last, rest) = q.sections.split_last().unwrap();
    for section in rest {
        let saved = save(&rep, section.key.as_str(), &full_answers(section)).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let saved = save(&colleague, last.key.as_str(), &full_answers(last)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let stored = languages_stored(&app);
    for (key, lang) in &stored {
        let expected = if last.questions.iter().any(|q| q.key.as_str() == key) {
            "en"
        } else {
            "my"
        };
        assert_eq!(lang, expected, "answer {key}");
    }

    let submitted = rep.submit("/respond/submit", &[]).await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.body
    );
    let receipt = rep.get(submitted.location().unwrap()).await;
    assert!(receipt.body.contains("<html lang=\"my\""));
    let snapshot: String = submissions::table
        .select(submissions::snapshot)
        .first(&mut app.conn())
        .unwrap();
    let snapshot: serde_json::Value = serde_json::from_str(&snapshot).unwrap();
    let answers = snapshot["answers"].as_array().unwrap();
    assert!(!answers.is_empty());
    for a in answers {
        let key = a["question"].as_str().unwrap();
        if let Some((_, lang)) = stored.iter().find(|(k, _)| k == key) {
            assert_eq!(a["language"], lang.as_str(), "{key} in the snapshot");
        }
    }
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_questionnaire_without_burmese_is_shown_in_english_and_says_so() {
    let (app, _mailbox) = crate::scenarios::spawn_with_memory().await;
    campaign_on(&app, "surveillance-exports", "cause", 1, 1, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "cause").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();

    let page = app
        .browser()
        .get("/campaigns/cause/questionnaire?lang=my")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("<html lang=\"my\""), "{}", page.body);
    assert!(
        page.body.contains(UNTRANSLATED_MY),
        "the untranslated texts are said to be so"
    );
    assert!(
        page.body.contains("<span lang=\"en\">"),
        "English texts on the Burmese page are marked as English"
    );
    let english = app.browser().get("/campaigns/cause/questionnaire").await;
    assert!(english.body.contains("<html lang=\"en\""));
    assert!(!english.body.contains(UNTRANSLATED_MY));
    assert!(
        !english.body.contains("not yet translated"),
        "nothing is untranslated for an English reader"
    );
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}
