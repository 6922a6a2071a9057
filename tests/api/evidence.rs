//! Evidence documents: a representative attaches documents to written
//! answers; refused uploads are marked beside their field and nothing else
//! is lost; submitted documents are in the snapshot (so the receipt digest
//! covers them), staff download them, and they are published with the
//! answers when the campaign's rules say so.

use answerable::db::schema::submissions;
use diesel::prelude::*;
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::helpers::{Browser, Page};
use crate::scenarios::{close, full_answers, invited, publish, questionnaire, save, sign_in_with};

/// A small but real PDF (one empty page).
pub(crate) fn small_pdf() -> Vec<u8> {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    pdf.extend_from_slice(
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
          2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n\
          3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n\
          trailer << /Root 1 0 R >>\n%%EOF\n",
    );
    pdf
}

/// Posts a question's upload form as a browser would (multipart, the CSRF
/// token in the address, a same-origin `Origin`).
pub(crate) async fn attach(
    rep: &Browser,
    section: &str,
    question: &str,
    file: (&str, Vec<u8>),
) -> Page {
    let token = rep.csrf_token().await;
    let form = reqwest::multipart::Form::new().part(
        "document",
        reqwest::multipart::Part::bytes(file.1)
            .file_name(file.0.to_string())
            .mime_str("application/pdf")
            .unwrap(),
    );
    let response = rep
        .client
        .post(format!(
            "{}/respond/sections/{section}/evidence/{question}?csrf_token={token}",
            rep.base
        ))
        .header("origin", rep.base.clone())
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

/// Attaches a program named report.pdf to the answer on the due-diligence
/// process; it is refused (422) by its contents.
pub(crate) async fn attach_a_program(rep: &Browser) -> Page {
    let wrong = attach(
        rep,
        "due-diligence",
        "hrdd-process",
        ("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00".to_vec()),
    )
    .await;
    assert_eq!(
        wrong.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        wrong.body
    );
    wrong
}

/// The message paragraph with this id.
pub(crate) fn element<'a>(body: &'a str, id: &str) -> Option<&'a str> {
    let at = body.find(&format!("id=\"{id}\""))?;
    let rest = &body[at..];
    Some(&rest[..rest.find("</p>").unwrap_or(rest.len())])
}

#[tokio::test]
async fn a_document_attached_to_an_answer_is_listed_submitted_and_downloaded_by_staff() {
    let (app, _mailbox, editor, links) = invited("evidence", 1, 1).await;
    let q = questionnaire();
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &q.sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    let section = rep.get("/respond/sections/due-diligence").await;
    assert!(
        section.body.contains("Attach a document"),
        "{}",
        section.body
    );
    assert!(section
        .body
        .contains("Attaching does not save the text above: save your draft first."));
    assert!(section
        .body
        .contains(answerable::domain::disclosure::EVIDENCE_PUBLISHED));
    assert!(section
        .body
        .contains("No documents attached to this answer."));

    // A PDF, attached and listed with its name, size, digest and who.
    let pdf = small_pdf();
    let sha256 = hex::encode(Sha256::digest(&pdf));
    let done = attach(
        &rep,
        "due-diligence",
        "hrdd-process",
        ("Due diligence report.pdf", pdf.clone()),
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let page = rep.get(done.location().unwrap()).await;
    assert!(
        page.body.contains("The document is attached."),
        "{}",
        page.body
    );
    assert!(page.body.contains("Due diligence report.pdf"));
    assert!(page.body.contains(&sha256));
    assert!(page.body.contains(&format!("({} bytes)", pdf.len())));
    assert!(page.body.contains("attached by Person 0"), "{}", page.body);
    assert_eq!(app.audit_entries("evidence.attached").len(), 1);

    // A program named .pdf: refused by its contents, beside the field.
    let wrong = attach_a_program(&rep).await;
    let beside = element(&wrong.body, "doc-e-hrdd-process").expect("a message beside the field");
    assert!(beside.contains("not of a kind we accept"), "{beside}");
    // The rest of the page is as stored: answers and the first document.
    assert!(wrong.body.contains("hrdd-process — "), "{}", wrong.body);
    assert!(wrong.body.contains("Due diligence report.pdf"));
    assert!(wrong.body.contains("value=\"yes\" checked"));

    // Too large (the default limit is 10 MB), even though a real PDF.
    let mut big = small_pdf();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let large = attach(&rep, "due-diligence", "hrdd-documents", ("scan.pdf", big)).await;
    assert_eq!(large.status, StatusCode::UNPROCESSABLE_ENTITY);
    let beside = element(&large.body, "doc-e-hrdd-documents").expect("beside the field");
    assert!(beside.contains("larger than 10.0 MB"), "{beside}");
    assert!(element(&large.body, "doc-e-hrdd-process").is_none());
    assert!(large.body.contains("hrdd-process — "));
    assert_eq!(app.audit_entries("evidence.attached").len(), 1);

    // Attached twice (to two answers), stored once; one removed again.
    let again = attach(
        &rep,
        "due-diligence",
        "hrdd-documents",
        ("copy.pdf", pdf.clone()),
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let kept: i64 = answerable::db::schema::documents::table
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(kept, 1);
    let page = rep.get("/respond/sections/due-diligence").await;
    let id = page
        .body
        .split("name=\"id\" value=\"")
        .nth(2)
        .map(|s| &s[..36])
        .expect("a remove form per document");
    let removed = rep
        .submit(
            "/respond/sections/due-diligence/evidence/hrdd-documents/remove",
            &[("id", id)],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    let page = rep.get("/respond/sections/due-diligence").await;
    assert!(!page.body.contains("copy.pdf"), "{}", page.body);
    assert!(page.body.contains("Due diligence report.pdf"));
    assert_eq!(app.audit_entries("evidence.removed").len(), 1);

    // Submitted: the snapshot lists the document, the digest covers it.
    let submitted = rep.submit("/respond/submit", &[]).await;
    assert_eq!(
        submitted.location(),
        Some("/respond/receipt/1"),
        "{}",
        submitted.body
    );
    let (digest, snapshot): (String, String) = submissions::table
        .select((submissions::digest, submissions::snapshot))
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(digest, hex::encode(Sha256::digest(snapshot.as_bytes())));
    assert!(
        snapshot.contains(&format!(
            "\"documents\":[{{\"file_name\":\"Due diligence report.pdf\",\"content_type\":\"application/pdf\",\"size\":{},\"sha256\":\"{sha256}\"}}]",
            pdf.len()
        )),
        "{snapshot}"
    );
    let receipt = rep.get("/respond/receipt/1").await;
    assert!(receipt.body.contains(&digest));
    assert!(
        receipt.body.contains("Due diligence report.pdf"),
        "{}",
        receipt.body
    );
    assert!(receipt.body.contains(&sha256));

    // Staff (any role) download it byte for byte from the submission page.
    let target: String = answerable::db::schema::campaign_targets::table
        .select(answerable::db::schema::campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let (reviewer, _) = app.login_as("reviewer").await;
    let page = reviewer
        .get(&format!(
            "/admin/campaigns/evidence/targets/{target}/submissions/1"
        ))
        .await;
    let link = format!("/admin/campaigns/evidence/targets/{target}/evidence/{sha256}");
    assert!(page.body.contains(&link), "{}", page.body);
    let copy = reviewer
        .client
        .get(format!("{}{link}", reviewer.base))
        .send()
        .await
        .unwrap();
    assert_eq!(copy.status(), StatusCode::OK);
    assert_eq!(
        copy.headers().get("x-content-type-options").unwrap(),
        "nosniff"
    );
    assert_eq!(copy.bytes().await.unwrap().to_vec(), pdf);

    // Published with the answers (the default rule), listed on the
    // company's page and served as an attachment.
    close(&editor, "evidence").await;
    let published = publish(&editor, "evidence", "With evidence.").await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let public = app.browser();
    let company = public
        .get("/campaigns/evidence/companies/evidence-c0")
        .await;
    assert_eq!(company.status, StatusCode::OK);
    let public_link = format!("/campaigns/evidence/companies/evidence-c0/evidence/{sha256}");
    assert!(company.body.contains(&public_link), "{}", company.body);
    assert!(company.body.contains("Due diligence report.pdf"));
    let json = public.get("/campaigns/evidence/scorecard.json").await;
    assert!(
        json.body.contains(&format!(
            "\"documents\":[{{\"file_name\":\"Due diligence report.pdf\",\"content_type\":\"application/pdf\",\"size\":{},\"sha256\":\"{sha256}\"}}]",
            pdf.len()
        )),
        "{}",
        json.body
    );
    let download = public
        .client
        .get(format!("{}{public_link}", public.base))
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
    assert_eq!(download.bytes().await.unwrap().to_vec(), pdf);
    // Only what the publication names: not another company's, not a guess.
    let other = hex::encode(Sha256::digest(b"something else"));
    for path in [
        format!("/campaigns/evidence/companies/evidence-c0/evidence/{other}"),
        format!("/campaigns/evidence/companies/evidence-c9/evidence/{sha256}"),
        "/campaigns/evidence/companies/evidence-c0/evidence/..%2f..%2fetc".to_string(),
    ] {
        assert_eq!(
            public.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn with_the_rule_off_documents_are_not_published_and_the_limits_are_the_campaigns() {
    let (app, _mailbox, editor, links) = invited("private-evidence", 1, 1).await;
    // Publishing off, 1 MB and 1 document per answer.
    let rules = editor
        .submit(
            "/admin/campaigns/private-evidence/rules",
            &[("evidence_max_mb", "1"), ("evidence_per_question", "1")],
        )
        .await;
    assert_eq!(rules.status, StatusCode::SEE_OTHER, "{}", rules.body);
    let bad = editor
        .submit(
            "/admin/campaigns/private-evidence/rules",
            &[("evidence_max_mb", "500"), ("publish_evidence", "1")],
        )
        .await;
    assert!(bad.body.contains("from 1 to 50"), "{}", bad.body);
    let dashboard = editor.get("/admin/campaigns/private-evidence").await;
    assert!(dashboard.body.contains("id=\"evidence_max_mb\" name=\"evidence_max_mb\" type=\"text\" inputmode=\"numeric\" value=\"1\""), "{}", dashboard.body);
    assert!(!dashboard
        .body
        .contains("name=\"publish_evidence\" value=\"1\" checked"));
    let audit = app.audit_entries("campaign.rules");
    assert!(
        audit.iter().any(|(_, d)| d
            .contains("evidence documents up to 1.0 MB each and 1 per answer, not published")),
        "{audit:?}"
    );

    let q = questionnaire();
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &q.sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    let page = rep.get("/respond/sections/due-diligence").await;
    assert!(
        page.body
            .contains(answerable::domain::disclosure::EVIDENCE_NOT_PUBLISHED),
        "{}",
        page.body
    );
    let mut big = small_pdf();
    big.resize(1024 * 1024 + 1, b' ');
    let large = attach(&rep, "due-diligence", "hrdd-process", ("big.pdf", big)).await;
    assert_eq!(large.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(large.body.contains("larger than 1.0 MB"), "{}", large.body);
    let pdf = small_pdf();
    let sha256 = hex::encode(Sha256::digest(&pdf));
    let done = attach(
        &rep,
        "due-diligence",
        "hrdd-process",
        ("a.pdf", pdf.clone()),
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let second = attach(
        &rep,
        "due-diligence",
        "hrdd-process",
        ("b.pdf", pdf.clone()),
    )
    .await;
    assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(second.body.contains("remove one first"), "{}", second.body);
    assert_eq!(
        rep.submit("/respond/submit", &[]).await.location(),
        Some("/respond/receipt/1")
    );
    close(&editor, "private-evidence").await;
    let published = publish(&editor, "private-evidence", "Without evidence.").await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let public = app.browser();
    let company = public
        .get("/campaigns/private-evidence/companies/private-evidence-c0")
        .await;
    assert_eq!(company.status, StatusCode::OK);
    assert!(!company.body.contains(&sha256), "{}", company.body);
    let json = public
        .get("/campaigns/private-evidence/scorecard.json")
        .await;
    assert!(!json.body.contains(&sha256));
    assert_eq!(
        public
            .get(&format!(
                "/campaigns/private-evidence/companies/private-evidence-c0/evidence/{sha256}"
            ))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}
