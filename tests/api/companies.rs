use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp};

async fn create_company(
    editor: &Browser,
    name: &str,
    slug: &str,
    sector: &str,
    hq: &str,
    operates: &str,
) {
    let page = editor
        .submit(
            "/admin/companies",
            &[
                ("name", name),
                ("slug", slug),
                ("sector", sector),
                ("hq_country", hq),
                ("website", ""),
                ("parent", ""),
                ("operates_in", operates),
                ("exports_to", ""),
                ("notes", ""),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(
        page.location(),
        Some(format!("/admin/companies/{slug}?done=saved").as_str())
    );
}

#[tokio::test]
async fn editors_create_companies_and_a_bad_form_shows_each_problem() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    let page = editor
        .submit(
            "/admin/companies",
            &[
                ("name", ""),
                ("slug", "Not A Slug"),
                ("sector", "telco"),
                ("hq_country", "XX"),
                ("website", "golden.example.org"),
                ("parent", "no-such-company"),
                ("operates_in", "MM; ZZ"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in [
        "name",
        "slug",
        "sector",
        "hq_country",
        "website",
        "parent",
        "operates_in",
    ] {
        assert!(
            page.body.contains(&format!("id=\"{field}-error\"")),
            "no error beside {field}"
        );
    }
    assert!(
        page.body.contains("value=\"golden.example.org\""),
        "what was typed is kept"
    );
    assert!(app.audit_entries("company.created").is_empty());

    create_company(
        &editor,
        "Golden Net Telecom",
        "golden-net",
        "telecom-operator",
        "sg",
        "MM; th",
    )
    .await;
    let shown = editor.get("/admin/companies/golden-net?done=saved").await;
    assert!(shown.body.contains("The company was saved."));
    assert!(shown.body.contains("Singapore (SG)"));
    assert!(shown.body.contains("MM, TH"));
    assert_eq!(
        app.audit_entries("company.created"),
        vec![("golden-net".to_string(), "Golden Net Telecom".to_string())]
    );

    let again = editor
        .submit(
            "/admin/companies",
            &[
                ("name", "Other"),
                ("slug", "golden-net"),
                ("sector", "other"),
                ("hq_country", "DE"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again
        .body
        .contains("Another company already has this slug."));
}

#[tokio::test]
async fn the_list_filters_by_sector_country_and_name() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    create_company(
        &editor,
        "Golden Net Telecom",
        "golden-net",
        "telecom-operator",
        "SG",
        "MM",
    )
    .await;
    create_company(
        &editor,
        "Lens and Ledger",
        "lens-ledger",
        "surveillance-vendor",
        "DE",
        "TH",
    )
    .await;
    create_company(
        &editor,
        "Quiet Cable",
        "quiet-cable",
        "network-equipment",
        "MM",
        "",
    )
    .await;
    let (reviewer, _) = app.login_as("reviewer").await;

    let names = |body: &str| -> Vec<&str> {
        ["Golden Net Telecom", "Lens and Ledger", "Quiet Cable"]
            .into_iter()
            .filter(|n| body.contains(&format!(">{n}</a>")))
            .collect()
    };
    let all = reviewer.get("/admin/companies").await;
    assert_eq!(
        names(&all.body),
        ["Golden Net Telecom", "Lens and Ledger", "Quiet Cable"]
    );
    let vendors = reviewer
        .get("/admin/companies?sector=surveillance-vendor")
        .await;
    assert_eq!(names(&vendors.body), ["Lens and Ledger"]);
    let myanmar = reviewer.get("/admin/companies?country=mm").await;
    assert_eq!(
        names(&myanmar.body),
        ["Golden Net Telecom", "Quiet Cable"],
        "operations or headquarters"
    );
    let search = reviewer.get("/admin/companies?q=LEDGER").await;
    assert_eq!(names(&search.body), ["Lens and Ledger"]);
    let literal = reviewer.get("/admin/companies?q=%25").await;
    assert!(names(&literal.body).is_empty(), "% is matched literally");
    let bad = reviewer.get("/admin/companies?country=Burma").await;
    assert_eq!(bad.status, StatusCode::OK);
    assert!(bad.body.contains("not an ISO 3166-1 country code"));

    // Reviewers read but do not change the directory.
    assert_eq!(
        reviewer.get("/admin/companies/new").await.status,
        StatusCode::FORBIDDEN
    );
    let refused = reviewer
        .submit(
            "/admin/companies",
            &[
                ("name", "X"),
                ("slug", "x-co"),
                ("sector", "other"),
                ("hq_country", "DE"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn editing_archiving_and_restoring_a_company() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    create_company(
        &editor,
        "Golden Net",
        "golden-net",
        "telecom-operator",
        "SG",
        "MM",
    )
    .await;
    create_company(
        &editor,
        "Golden Holdings",
        "golden-holdings",
        "other",
        "SG",
        "",
    )
    .await;
    let form = editor.get("/admin/companies/golden-net/edit").await;
    assert!(form.body.contains("value=\"Golden Net\""));
    let page = editor
        .submit(
            "/admin/companies/golden-net",
            &[
                ("name", "Golden Net Telecom"),
                ("sector", "telecom-operator"),
                ("hq_country", "SG"),
                ("website", "https://golden-net.example.org"),
                ("parent", "golden-holdings"),
                ("operates_in", "MM;TH"),
                ("exports_to", "KH"),
                (
                    "notes",
                    "Partnered with a military-owned company until 2022.",
                ),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let shown = editor.get("/admin/companies/golden-net").await;
    assert!(shown.body.contains("Golden Net Telecom"));
    assert!(shown.body.contains(">Golden Holdings</a>"));
    assert!(shown.body.contains("KH"));
    assert_eq!(app.audit_entries("company.updated").len(), 1);

    let own = editor
        .submit(
            "/admin/companies/golden-net",
            &[
                ("name", "Golden Net Telecom"),
                ("sector", "telecom-operator"),
                ("hq_country", "SG"),
                ("parent", "golden-net"),
            ],
        )
        .await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(own.body.contains("cannot be its own parent"));

    editor
        .submit("/admin/companies/golden-net/archive", &[])
        .await;
    assert!(!editor
        .get("/admin/companies")
        .await
        .body
        .contains(">Golden Net Telecom</a>"));
    assert!(editor
        .get("/admin/companies?archived=1")
        .await
        .body
        .contains(">Golden Net Telecom</a>"));
    editor
        .submit("/admin/companies/golden-net/restore", &[])
        .await;
    assert!(editor
        .get("/admin/companies")
        .await
        .body
        .contains(">Golden Net Telecom</a>"));
    assert_eq!(app.audit_entries("company.archived").len(), 1);
    assert_eq!(app.audit_entries("company.restored").len(), 1);
    assert_eq!(
        editor.get("/admin/companies/no-such").await.status,
        StatusCode::NOT_FOUND
    );
}

fn contact_id(body: &str, action: &str) -> String {
    let marker = "/contacts/";
    let mut rest = body;
    while let Some(i) = rest.find(marker) {
        let after = &rest[i + marker.len()..];
        let end = after.find('/').unwrap();
        if after[end..].starts_with(&format!("/{action}\"")) {
            return after[..end].to_string();
        }
        rest = &after[end..];
    }
    panic!("no {action} button");
}

#[tokio::test]
async fn contacts_are_added_checked_made_primary_and_archived() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    create_company(
        &editor,
        "Golden Net",
        "golden-net",
        "telecom-operator",
        "SG",
        "MM",
    )
    .await;

    let bad = editor
        .submit(
            "/admin/companies/golden-net/contacts",
            &[
                ("name", ""),
                ("email", "aye at golden"),
                ("role", ""),
                ("language", ""),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"name-error\""));
    assert!(bad.body.contains("id=\"email-error\""));

    for (name, email) in [
        ("Aye Aye", "aye@golden-net.example.org"),
        ("Ko Ko", "ko@golden-net.example.org"),
    ] {
        let page = editor
            .submit(
                "/admin/companies/golden-net/contacts",
                &[
                    ("name", name),
                    ("email", email),
                    ("role", "Legal"),
                    ("language", "my"),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    let twice = editor
        .submit(
            "/admin/companies/golden-net/contacts",
            &[("name", "Aye"), ("email", "AYE@golden-net.example.org")],
        )
        .await;
    assert!(twice.body.contains("already a contact"));

    let page = editor.get("/admin/companies/golden-net").await;
    assert!(
        page.body.contains("Aye Aye <strong>(primary)</strong>"),
        "the first contact is primary"
    );
    let ko = contact_id(&page.body, "primary");
    editor
        .submit(
            &format!("/admin/companies/golden-net/contacts/{ko}/primary"),
            &[],
        )
        .await;
    let page = editor.get("/admin/companies/golden-net").await;
    assert!(page.body.contains("Ko Ko <strong>(primary)</strong>"));
    assert!(!page.body.contains("Aye Aye <strong>(primary)</strong>"));

    editor
        .submit(
            &format!("/admin/companies/golden-net/contacts/{ko}/archive"),
            &[],
        )
        .await;
    let page = editor.get("/admin/companies/golden-net").await;
    assert!(!page.body.contains("Ko Ko Lwin <strong>(primary)</strong>"));
    assert_eq!(app.audit_entries("contact.added").len(), 2);
    assert_eq!(app.audit_entries("contact.archived").len(), 1);
    assert_eq!(app.audit_entries("contact.primary").len(), 1);
}

#[tokio::test]
async fn organisations_are_listed_and_named_once() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    let page = editor
        .submit(
            "/admin/organisations",
            &[
                ("name", "Myanmar Digital Rights Forum"),
                ("website", "https://forum.example.org"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let again = editor
        .submit(
            "/admin/organisations",
            &[("name", "Myanmar Digital Rights Forum"), ("website", "")],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("exists already"));
    let bad = editor
        .submit(
            "/admin/organisations",
            &[("name", "Other"), ("website", "not a url")],
        )
        .await;
    assert!(bad.body.contains("id=\"website-error\""));
    let list = editor.get("/admin/organisations").await;
    assert!(list.body.contains("Myanmar Digital Rights Forum"));
    assert!(!list.body.contains(">Other<"));
}

async fn upload(browser: &Browser, csv: &str, with_token: bool) -> crate::helpers::Page {
    let token = browser.csrf_token().await;
    let url = if with_token {
        format!("{}/admin/companies/import?csrf_token={token}", browser.base)
    } else {
        format!("{}/admin/companies/import", browser.base)
    };
    let part = reqwest::multipart::Part::bytes(csv.as_bytes().to_vec())
        .file_name("directory.csv")
        .mime_str("text/csv")
        .unwrap();
    let response = browser
        .client
        .post(url)
        .header("origin", browser.base.clone())
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    crate::helpers::Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

const UPLOAD: &str =
    "name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role
Golden Net,golden-net,telecom-operator,SG,,MM,Aye Aye,aye@golden-net.example.org,Legal
Golden Net,golden-net,telecom-operator,SG,,MM,Ko Ko,ko@golden-net.example.org,Policy
Lens and Ledger,lens-ledger,surveillance-vendor,DE,,,,,
";

#[tokio::test]
async fn uploading_a_directory_shows_problems_or_a_preview_before_anything_is_written() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    assert!(editor
        .get("/admin/companies/import")
        .await
        .body
        .contains("type=\"file\""));

    let bad = upload(
        &editor,
        &UPLOAD.replace("surveillance-vendor,DE", "spyware,Germany"),
        true,
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("row 4, column sector:"), "{}", bad.body);
    assert!(bad.body.contains("row 4, column hq_country:"));
    assert!(bad.body.contains("Nothing was imported"));

    let refused = upload(&editor, UPLOAD, false).await;
    assert_eq!(
        refused.status,
        StatusCode::FORBIDDEN,
        "an upload needs the CSRF token too"
    );

    let preview = upload(&editor, UPLOAD, true).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview
            .body
            .contains("would create\n<strong>2</strong>, update <strong>0</strong>"),
        "{}",
        preview.body
    );
    assert!(preview.body.contains("adding 2 contacts"));
    assert!(
        !editor
            .get("/admin/companies")
            .await
            .body
            .contains(">Golden Net</a>"),
        "nothing written yet"
    );
    assert!(app.audit_entries("company.created").is_empty());

    let digest = crate::helpers::hidden_field(&preview.body, "digest").unwrap();
    let done = editor
        .submit("/admin/companies/import/confirm", &[("digest", &digest)])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let list = editor.get(done.location().unwrap()).await;
    assert!(list
        .body
        .contains("Imported: 2 created, 0 updated, 0 unchanged."));
    assert!(list.body.contains(">Golden Net</a>"));
    let again = editor
        .submit("/admin/companies/import/confirm", &[("digest", &digest)])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    let export = editor.get("/admin/companies/export.csv").await;
    assert_eq!(
        export.body,
        UPLOAD.replace('\n', "\r\n"),
        "the export is the file imported, its lines ending with CRLF (RFC 4180)"
    );
}

#[tokio::test]
async fn an_import_refuses_addresses_no_server_takes_and_warns_about_other_scripts() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    let quoted = UPLOAD.replace("ko@golden-net", "ko(ko)@golden-net");
    let bad = upload(&editor, &quoted, true).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("row 3, column contact_email:"),
        "{}",
        bad.body
    );
    let bad = upload(
        &editor,
        &UPLOAD.replace("ko@golden-net", "ko..ko@golden-net"),
        true,
    )
    .await;
    assert!(
        bad.body.contains("row 3, column contact_email:"),
        "{}",
        bad.body
    );

    let other_script = UPLOAD.replace("ko@golden-net", "ကိုကို@golden-net");
    let preview = upload(&editor, &other_script, true).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert!(
        preview.body.contains("id=\"delivery-warnings\""),
        "{}",
        preview.body
    );
    assert!(
        preview
            .body
            .contains("ကိုကို@golden-net.example.org has characters outside ASCII")
            && preview.body.contains("SMTPUTF8"),
        "{}",
        preview.body
    );
    let plain = upload(&editor, UPLOAD, true).await;
    assert!(!plain.body.contains("delivery-warnings"));
}
