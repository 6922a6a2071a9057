//! Answers by letter: staff record a company's signed letter as its
//! response; it is scored like any other and published as "responded by
//! letter", with the document downloadable and its SHA-256 shown.

use answerable::db::schema::{campaign_targets, companies};
use diesel::prelude::*;
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::helpers::{Browser, Page, TestApp};
use crate::scenarios::{
    close, full_answers, invited, publish, questionnaire, save, sign_in_with, target_status,
};

/// A small but real PDF, as a scanner would make (one empty page).
fn small_pdf() -> Vec<u8> {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    pdf.extend_from_slice(
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
          2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n\
          3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n\
          trailer << /Root 1 0 R >>\n%%EOF\n",
    );
    pdf.extend_from_slice(&[0xE2, 0xE3, 0xCF, 0xD3, b'\n']);
    pdf
}

fn target_of(app: &TestApp, company: &str) -> String {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(companies::slug.eq(company))
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap()
}

/// Posts the letter form as a browser would (multipart, the CSRF token in
/// the address, a same-origin `Origin`).
async fn post_letter(
    browser: &Browser,
    path: &str,
    document: (&str, Vec<u8>),
    fields: &[(&str, &str)],
) -> Page {
    let token = browser.csrf_token().await;
    let mut form = reqwest::multipart::Form::new().part(
        "document",
        reqwest::multipart::Part::bytes(document.1)
            .file_name(document.0.to_string())
            .mime_str("application/octet-stream")
            .unwrap(),
    );
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    let response = browser
        .client
        .post(format!("{}{}?csrf_token={token}", browser.base, path))
        .header("origin", browser.base.clone())
        .multipart(form)
        .send()
        .await
        .unwrap();
    Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

const LETTER_TEXT: &str = "Our process is described in the signed letter: we assess risks yearly.";

#[tokio::test]
async fn a_letter_recorded_by_staff_is_scored_and_published_as_responded_by_letter() {
    let (app, _mailbox, editor, _links) = invited("letters", 1, 1).await;
    let target = target_of(&app, "letters-c0");
    let form_path = format!("/admin/campaigns/letters/targets/{target}/letter");
    let received = (answerable::domain::time::now().date() - chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let fields = [
        ("received_on", received.as_str()),
        ("received_by", "The coalition's post box"),
        ("a.relation", "operator"),
        ("a.presence", "present"),
        ("a.hrdd-policy", "yes"),
        ("a.hrdd-process", LETTER_TEXT),
    ];

    let page = editor.get(&form_path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Record a response by letter"));
    // Reviewers do not record letters.
    let (reviewer, _) = app.login_as("reviewer").await;
    assert_eq!(reviewer.get(&form_path).await.status, StatusCode::FORBIDDEN);

    // A program named .pdf is refused by its contents, beside the field;
    // everything else typed comes back.
    let wrong = post_letter(
        &editor,
        &form_path,
        ("letter.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00".to_vec()),
        &fields,
    )
    .await;
    assert_eq!(
        wrong.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        wrong.body
    );
    assert!(
        wrong.body.contains("id=\"document-error\""),
        "{}",
        wrong.body
    );
    assert!(wrong.body.contains("not of a kind we accept"));
    assert!(
        wrong
            .body
            .contains("value=\"The coalition&#39;s post box\""),
        "{}",
        wrong.body
    );
    assert!(wrong.body.contains(&format!("value=\"{received}\"")));
    assert!(wrong.body.contains(LETTER_TEXT));
    assert!(wrong.body.contains("value=\"yes\" checked"));
    // Too large, even though a real PDF.
    let mut big = small_pdf();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let large = post_letter(&editor, &form_path, ("scan.pdf", big), &fields).await;
    assert_eq!(large.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(large.body.contains("larger than 10 MB"), "{}", large.body);
    assert!(large.body.contains(LETTER_TEXT));
    assert_eq!(target_status(&app, "letters-c0").0, "invited");
    assert!(app.audit_entries("response.letter_recorded").is_empty());

    // The letter itself.
    let pdf = small_pdf();
    let sha256 = hex::encode(Sha256::digest(&pdf));
    let done = post_letter(
        &editor,
        &form_path,
        ("Signed letter.pdf", pdf.clone()),
        &fields,
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(target_status(&app, "letters-c0").0, "submitted");
    let page = editor
        .get(&format!("/admin/campaigns/letters/targets/{target}"))
        .await;
    assert!(page.body.contains("By letter, received"), "{}", page.body);
    assert!(page.body.contains(&sha256));
    assert!(page.body.contains("Response by letter recorded"));
    let audit = app.audit_entries("response.letter_recorded");
    assert_eq!(audit.len(), 1);
    assert!(audit[0].1.contains(&sha256), "{:?}", audit);
    let (admin, _) = app.login_as_admin().await;
    let log = admin.get("/admin/audit").await;
    assert!(
        log.body.contains("response.letter_recorded"),
        "{}",
        log.body
    );
    // Staff can download what was received.
    let staff_copy = editor
        .client
        .get(format!(
            "{}/admin/campaigns/letters/targets/{target}/letters/{sha256}",
            editor.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(staff_copy.status(), StatusCode::OK);
    assert_eq!(staff_copy.bytes().await.unwrap().to_vec(), pdf);

    // A reviewer scores it like any other response.
    let page = reviewer
        .get(&format!("/admin/campaigns/letters/review/{target}"))
        .await;
    assert!(page.body.contains(LETTER_TEXT), "{}", page.body);
    let scored = reviewer
        .submit(
            &format!("/admin/campaigns/letters/review/{target}/hrdd-process"),
            &[
                ("level", "partial"),
                ("rationale", "The letter describes a yearly assessment."),
            ],
        )
        .await;
    assert_eq!(scored.status, StatusCode::SEE_OTHER, "{}", scored.body);

    close(&editor, "letters").await;
    let published = publish(&editor, "letters", "With a letter.").await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );

    let public = app.browser();
    let company = public.get("/campaigns/letters/companies/letters-c0").await;
    assert_eq!(company.status, StatusCode::OK);
    assert!(
        company.body.contains("responded by letter"),
        "{}",
        company.body
    );
    assert!(company.body.contains(&sha256));
    assert!(company.body.contains(LETTER_TEXT));
    assert!(company
        .body
        .contains("The letter describes a yearly assessment."));
    let scorecard = public.get("/campaigns/letters").await;
    assert!(scorecard.body.contains("responded by letter"));
    let json = public.get("/campaigns/letters/scorecard.json").await;
    assert!(
        json.body
            .contains(&format!("\"letter\":{{\"sha256\":\"{sha256}\"")),
        "{}",
        json.body
    );
    let download = public
        .client
        .get(format!(
            "{}/campaigns/letters/companies/letters-c0/letter",
            public.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    let header = |name: &str| {
        download
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(header("content-type"), "application/pdf");
    assert!(header("content-disposition").starts_with("attachment;"));
    assert_eq!(header("x-content-type-options"), "nosniff");
    let bytes = download.bytes().await.unwrap().to_vec();
    assert_eq!(hex::encode(Sha256::digest(&bytes)), sha256);
    assert_eq!(bytes, pdf);
    // Nothing but the published letter is served.
    assert_eq!(
        public
            .get("/campaigns/letters/companies/letters-c9/letter")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_letter_after_answers_in_the_form_is_the_next_revision_and_the_response() {
    let (app, _mailbox, editor, links) = invited("late-letter", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &questionnaire().sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    assert_eq!(
        rep.submit("/respond/submit", &[]).await.location(),
        Some("/respond/receipt/1")
    );
    let target = target_of(&app, "late-letter-c0");
    let pdf = small_pdf();
    let sha256 = hex::encode(Sha256::digest(&pdf));
    let today = answerable::domain::time::now()
        .date()
        .format("%Y-%m-%d")
        .to_string();
    let done = post_letter(
        &editor,
        &format!("/admin/campaigns/late-letter/targets/{target}/letter"),
        ("letter.pdf", pdf),
        &[
            ("received_on", today.as_str()),
            ("received_by", "Reception"),
            ("a.hrdd-policy", "partial"),
        ],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let page = editor
        .get(&format!("/admin/campaigns/late-letter/targets/{target}"))
        .await;
    // Both revisions are kept; the letter is the latest.
    assert!(
        page.body.contains("/submissions/2\">2</a>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("/submissions/1\">1</a>"));
    assert!(page.body.contains("By letter, received"));

    close(&editor, "late-letter").await;
    let published = publish(&editor, "late-letter", "").await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let company = app
        .browser()
        .get("/campaigns/late-letter/companies/late-letter-c0")
        .await;
    assert!(company.body.contains("responded by letter"));
    assert!(company.body.contains("(revision 2)"));
    assert!(company.body.contains(&sha256));
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}
