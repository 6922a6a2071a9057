//! Who a campaign's emails come from and what they say: organisations
//! edited and archived, emails sent in the coalition's name with replies to
//! the campaign, the campaign's own paragraphs, previews that send nothing,
//! and reminders that carry a working link.

use answerable::config::MailTransport;
use answerable::db::schema::{
    access_links, campaign_emails, campaign_targets, companies, organisations,
};
use answerable::domain::time;
use chrono::Duration;
use diesel::prelude::*;
use reqwest::StatusCode;
use url::Url;

use crate::helpers::{Browser, Page, TestApp};
use crate::scenarios::{
    campaign, in_days, links_in, outbox_count, send, sign_in_with, spawn_with_memory,
};
use crate::smtp_server::{Behaviour, SmtpServer};

/// The value of a form field (`<input id="x" name="x" … value="…">`) as
/// the page shows it.
fn field_value(html: &str, name: &str) -> String {
    let start = html
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("no field {name}"));
    let rest = &html[start..];
    let at = rest.find("value=\"").unwrap() + 7;
    let end = rest[at..].find('"').unwrap();
    unescape(&rest[at..at + end])
}

/// Text as a browser shows it from askama's escaped HTML.
fn unescape(s: &str) -> String {
    s.replace("&#60;", "<")
        .replace("&lt;", "<")
        .replace("&#62;", ">")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// Saves the campaign's details as its edit form holds them, with `extra`
/// fields (co-signers, "Send as") added.
async fn save_details(editor: &Browser, slug: &str, extra: &[(&str, &str)]) -> Page {
    let form = editor.get(&format!("/admin/campaigns/{slug}/edit")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let names = [
        "title",
        "contact_email",
        "time_zone",
        "opens_on",
        "deadline_date",
        "deadline_time",
    ];
    let values: Vec<(&str, String)> = names
        .iter()
        .map(|n| (*n, field_value(&form.body, n)))
        .collect();
    let mut fields: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    fields.extend_from_slice(extra);
    editor
        .submit(&format!("/admin/campaigns/{slug}"), &fields)
        .await
}

async fn add_organisation(app: &TestApp, editor: &Browser, name: &str) -> String {
    let page = editor
        .submit("/admin/organisations", &[("name", name), ("website", "")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    organisations::table
        .filter(organisations::name.eq(name))
        .select(organisations::id)
        .first(&mut app.conn())
        .unwrap()
}

/// The ids of the organisations the campaign form offers, and those ticked.
fn offered(form: &str) -> (Vec<String>, Vec<String>) {
    let mut all = Vec::new();
    let mut ticked = Vec::new();
    for (at, marker) in form.match_indices("name=\"organisation\" value=\"") {
        let rest = &form[at + marker.len()..];
        let id = rest[..rest.find('"').unwrap()].to_string();
        if rest[..rest.find('>').unwrap()].contains("checked") {
            ticked.push(id.clone());
        }
        all.push(id);
    }
    (all, ticked)
}

fn version_id(app: &TestApp) -> String {
    use answerable::db::schema::questionnaire_versions::dsl;
    dsl::questionnaire_versions
        .filter(dsl::slug.eq("myanmar-telecoms-2024"))
        .select(dsl::id)
        .first(&mut app.conn())
        .unwrap()
}

#[tokio::test]
async fn organisations_are_edited_and_archived_and_campaigns_that_have_them_keep_them() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    let access = add_organisation(&app, &editor, "Access Now").await;
    let old = add_organisation(&app, &editor, "Old Coalition").await;
    campaign(&app, "keeps", 1, 1, in_days(30));
    let saved = save_details(&editor, "keeps", &[("organisation", old.as_str())]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // Editing: bad input is shown beside its field, nothing is written.
    let edit = editor
        .get(&format!("/admin/organisations/{old}/edit"))
        .await;
    assert_eq!(edit.status, StatusCode::OK, "{}", edit.body);
    assert_eq!(field_value(&edit.body, "name"), "Old Coalition");
    let bad = editor
        .submit(
            &format!("/admin/organisations/{old}"),
            &[("name", " "), ("website", "not a web address")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.body.contains("id=\"name-error\""), "{}", bad.body);
    assert!(bad.body.contains("id=\"website-error\""), "{}", bad.body);
    let taken = editor
        .submit(
            &format!("/admin/organisations/{old}"),
            &[("name", "Access Now"), ("website", "")],
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.body.contains("exists already"), "{}", taken.body);
    assert!(app.audit_entries("organisation.updated").is_empty());
    let renamed = editor
        .submit(
            &format!("/admin/organisations/{old}"),
            &[
                ("name", "Old Coalition for Rights"),
                ("website", "https://old.example.org"),
            ],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    assert_eq!(
        app.audit_entries("organisation.updated"),
        vec![(
            "Old Coalition for Rights".to_string(),
            "was Old Coalition".to_string()
        )]
    );

    // Reviewers read but do not change.
    let (reviewer, _) = app.login_as("reviewer").await;
    let refused = reviewer
        .submit(&format!("/admin/organisations/{old}/archive"), &[])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // Archived: no longer offered for new campaigns…
    let archived = editor
        .submit(&format!("/admin/organisations/{old}/archive"), &[])
        .await;
    assert_eq!(archived.status, StatusCode::SEE_OTHER);
    assert_eq!(app.audit_entries("organisation.archived").len(), 1);
    let list = editor.get("/admin/organisations").await;
    assert!(list.body.contains("Old Coalition for Rights"));
    assert!(list.body.contains("(archived)"), "{}", list.body);
    let new_form = editor.get("/admin/campaigns/new").await;
    assert_eq!(offered(&new_form.body).0, vec![access.clone()]);
    let version = version_id(&app);
    let created = editor
        .submit(
            "/admin/campaigns",
            &[
                ("title", "Sneaked in"),
                ("slug", "sneaked"),
                ("questionnaire", version.as_str()),
                ("contact_email", "campaign@coalition.example.org"),
                ("time_zone", "Asia/Yangon"),
                ("opens_on", "2026-11-01"),
                ("deadline_date", "2027-01-15"),
                ("deadline_time", "17:00"),
                ("organisation", old.as_str()),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        created.body.contains("id=\"organisation-error\""),
        "{}",
        created.body
    );
    assert!(created.body.contains("is archived"));
    campaign(&app, "other", 1, 1, in_days(30));
    let added = save_details(&editor, "other", &[("organisation", old.as_str())]).await;
    assert_eq!(added.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(added.body.contains("is archived"), "{}", added.body);

    // … but a campaign that has it keeps it, ticked and named.
    let keeps = editor.get("/admin/campaigns/keeps/edit").await;
    let (all, ticked) = offered(&keeps.body);
    assert_eq!(ticked, vec![old.clone()]);
    assert!(all.contains(&access) && all.contains(&old));
    assert!(keeps.body.contains("Old Coalition for Rights (archived)"));
    let kept = save_details(&editor, "keeps", &[("organisation", old.as_str())]).await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.body);
    let page = editor.get("/admin/campaigns/keeps").await;
    assert!(
        page.body.contains("Old Coalition for Rights"),
        "{}",
        page.body
    );

    // Unarchived: offered again.
    let restored = editor
        .submit(&format!("/admin/organisations/{old}/restore"), &[])
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER);
    assert_eq!(app.audit_entries("organisation.restored").len(), 1);
    assert_eq!(
        offered(&editor.get("/admin/campaigns/new").await.body)
            .0
            .len(),
        2
    );
}

/// The headers of a message as received, continuation lines unfolded.
fn header(data: &str, name: &str) -> Option<String> {
    let head = &data[..data.find("\r\n\r\n").unwrap_or(data.len())];
    let mut unfolded: Vec<String> = Vec::new();
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = unfolded.last_mut() {
                last.push_str(line);
            }
        } else {
            unfolded.push(line.to_string());
        }
    }
    unfolded.into_iter().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
    })
}

/// A mailbox header value read back: the display name (quoted string or
/// RFC 2047 encoded words decoded) and the address.
fn mailbox(value: &str) -> (String, String) {
    use base64::Engine as _;
    let open = value.rfind('<').expect("a name and an address");
    let address = value[open + 1..value.len() - 1].to_string();
    let name = value[..open].trim();
    let name = if let Some(quoted) = name.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = quoted.strip_suffix('"').unwrap().chars();
        while let Some(c) = chars.next() {
            out.push(if c == '\\' { chars.next().unwrap() } else { c });
        }
        out
    } else if name.starts_with("=?") {
        let mut bytes = Vec::new();
        for word in name.split_whitespace() {
            let inner = word.strip_prefix("=?").unwrap().strip_suffix("?=").unwrap();
            let mut parts = inner.splitn(3, '?');
            let (charset, encoding, text) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            );
            assert!(charset.eq_ignore_ascii_case("utf-8"), "{word}");
            assert!(encoding.eq_ignore_ascii_case("b"), "{word}");
            bytes.extend(
                base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .unwrap(),
            );
        }
        String::from_utf8(bytes).unwrap()
    } else {
        name.to_string()
    };
    (name, address)
}

/// The text/plain part of a message as received, its transfer encoding
/// undone.
fn plain_text(data: &str) -> String {
    use base64::Engine as _;
    let at = data
        .find("Content-Type: text/plain")
        .expect("a plain-text part");
    let part = &data[at..];
    let body_at = part.find("\r\n\r\n").unwrap() + 4;
    let head = &part[..body_at];
    let body = &part[body_at
        ..part[body_at..]
            .find("\r\n--")
            .map_or(part.len(), |e| body_at + e)];
    if head.contains("Content-Transfer-Encoding: base64") {
        let joined: String = body.split_whitespace().collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(joined)
                .unwrap(),
        )
        .unwrap()
    } else if head.contains("Content-Transfer-Encoding: quoted-printable") {
        let joined = body.replace("=\r\n", "");
        let mut bytes = Vec::new();
        let raw = joined.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == b'=' && i + 2 < raw.len() {
                let hex = std::str::from_utf8(&raw[i + 1..i + 3]).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            } else {
                bytes.push(raw[i]);
                i += 1;
            }
        }
        String::from_utf8(bytes).unwrap()
    } else {
        body.to_string()
    }
}

#[tokio::test]
async fn emails_come_from_the_coalition_by_name_and_replies_go_to_the_campaign() {
    let smtp = SmtpServer::start(Behaviour::Accept);
    let url = smtp.url();
    let app =
        TestApp::spawn_with(move |c| c.mail = MailTransport::Smtp(Url::parse(&url).unwrap())).await;
    let configured = app.config.mail_from.email.to_string();
    let (editor, _) = app.login_as("editor").await;
    let access = add_organisation(&app, &editor, "Access Now").await;
    let article = add_organisation(&app, &editor, "Article 19").await;
    campaign(&app, "named", 1, 1, in_days(30));
    campaign(&app, "signed", 1, 1, in_days(30));

    // "Send as" is one line: a header cannot be smuggled in.
    let bad = save_details(
        &editor,
        "named",
        &[("send_as", "Coalition\r\nBcc: everyone@example.org")],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"send_as-error\""), "{}", bad.body);
    let coalition = "ကော်အလစ် \"Free Expression\" Myanmar";
    let saved = save_details(
        &editor,
        "named",
        &[
            ("send_as", coalition),
            ("organisation", access.as_str()),
            ("organisation", article.as_str()),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let edit = editor.get("/admin/campaigns/named/edit").await;
    assert_eq!(field_value(&edit.body, "send_as"), coalition);
    assert!(app
        .audit_entries("campaign.updated")
        .iter()
        .any(|(_, detail)| detail.contains(coalition)));
    let saved = save_details(
        &editor,
        "signed",
        &[
            ("organisation", access.as_str()),
            ("organisation", article.as_str()),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    send(&editor, "named").await;
    send(&editor, "signed").await;
    app.jobs().run_once(time::now()).await.unwrap();
    let messages = smtp.wait_for(2, std::time::Duration::from_secs(10));
    assert_eq!(messages.len(), 2);
    for m in &messages {
        let to = &m.to[0];
        let from = mailbox(&header(&m.data, "From").expect("a From header"));
        let reply_to = header(&m.data, "Reply-To").expect("a Reply-To header");
        assert_eq!(reply_to, "coalition@example.org", "{to}");
        let expected = if to.contains("named-c0") {
            coalition
        } else {
            "Access Now and Article 19"
        };
        assert_eq!(from, (expected.to_string(), configured.clone()), "{to}");
        let text = plain_text(&m.data);
        assert!(
            text.trim_end().ends_with("Access Now and Article 19"),
            "signed by the co-signers: {text}"
        );
        assert!(!text.contains("\nWe ask"), "{text}");
    }
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_reminder_carries_a_link_of_its_own_that_signs_the_representative_in() {
    let (app, mailbox) = spawn_with_memory().await;
    let deadline = in_days(30);
    campaign(&app, "nudged", 1, 1, deadline);
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "nudged").await;
    let jobs = app.jobs();
    jobs.run_once(time::now()).await.unwrap();
    let invitation_link = links_in(&app, &mailbox.sent()[0].text).remove(0);

    jobs.run_once(deadline - Duration::days(14) + Duration::hours(1))
        .await
        .unwrap();
    let sent = mailbox.sent();
    assert_eq!(sent.len(), 2);
    let reminder = &sent[1];
    assert!(
        reminder.subject.starts_with("Reminder"),
        "{}",
        reminder.subject
    );
    assert_eq!(reminder.reply_to.as_deref(), Some("coalition@example.org"));
    let links = links_in(&app, &reminder.text);
    assert_eq!(links.len(), 1, "{}", reminder.text);
    assert_ne!(links[0], invitation_link);
    assert!(reminder
        .html
        .contains(&format!("{}{}", app.address, links[0])));
    assert!(!reminder.text.contains("ANSWERABLE-SECRET-LINK"));
    // The stored email never holds the link itself.
    let stored: String = answerable::db::schema::outbox::table
        .filter(answerable::db::schema::outbox::kind.eq("reminder"))
        .select(answerable::db::schema::outbox::body_text)
        .first(&mut app.conn())
        .unwrap();
    assert!(!stored.contains(&links[0]));

    let rep = sign_in_with(&app, &links[0]).await;
    let home = rep.get("/respond").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Company 0 of nudged"), "{}", home.body);
    // The invitation's link goes on working.
    assert_eq!(
        app.browser().get(&invitation_link).await.status,
        StatusCode::OK
    );
    app.assert_outbox_settled(0);
}

/// The text in the preview page's first `<pre>`: the plain-text email.
fn previewed_text(page: &str) -> String {
    let marker = "<pre class=\"email-text\">";
    let at = page.find(marker).expect("the plain text") + marker.len();
    let end = page[at..].find("</pre>").unwrap();
    unescape(&page[at..at + end])
}

#[tokio::test]
async fn the_campaign_words_its_emails_and_previews_them_without_sending_anything() {
    let (app, mailbox) = spawn_with_memory().await;
    campaign(&app, "worded", 2, 1, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    let page = editor.get("/admin/campaigns/worded").await;
    assert!(page
        .body
        .contains("href=\"/admin/campaigns/worded/emails\""));

    // An unknown placeholder or a brace left open is refused beside its field.
    let bad = editor
        .submit(
            "/admin/campaigns/worded/emails",
            &[
                ("invitation_opening", "Dear friends at {compnay},"),
                ("invitation_closing", ""),
                ("reminder_opening", ""),
                ("reminder_closing", "Answer by {deadline"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.body.contains("id=\"invitation_opening-error\""));
    assert!(
        bad.body.contains("{compnay} is not a placeholder"),
        "{}",
        bad.body
    );
    assert!(bad.body.contains("id=\"reminder_closing-error\""));
    assert!(bad.body.contains("left open"));
    assert!(
        bad.body.contains("Dear friends at {compnay},"),
        "kept as typed"
    );
    let rows: i64 = campaign_emails::table
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(rows, 0, "nothing written");

    let opening = "We write to {company} <b>today</b>.\r\n\r\nA second paragraph.";
    let saved = editor
        .submit(
            "/admin/campaigns/worded/emails",
            &[
                ("invitation_opening", opening),
                ("invitation_closing", "Please answer by {deadline}."),
                ("reminder_opening", "We are still waiting for {company}."),
                ("reminder_closing", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(app.audit_entries("campaign.emails").len(), 1);
    let form = editor.get("/admin/campaigns/worded/emails").await;
    assert!(
        unescape(&form.body).contains("We write to {company} <b>today</b>.\n\nA second paragraph."),
        "{}",
        form.body
    );

    // Previews: as the company will receive it, and nothing sent or made.
    let target: String = campaign_targets::table
        .inner_join(companies::table)
        .filter(companies::slug.eq("worded-c1"))
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let preview = editor
        .get(&format!(
            "/admin/campaigns/worded/emails/preview?email=invitation&target={target}"
        ))
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    let text = previewed_text(&preview.body);
    assert!(text.starts_with("Dear Person 0,\n\nWe write to Company 1 of worded <b>today</b>.\n\nA second paragraph.\n\n"), "{text}");
    assert!(text.contains("Please answer by "), "{text}");
    assert!(text.contains("ANSWERABLE-SECRET-LINK"));
    assert!(preview
        .body
        .contains("Campaign worded: questions for Company 1 of worded"));
    assert!(preview.body.contains("coalition@example.org"));
    assert!(
        !preview.body.contains("<b>today"),
        "escaped in the page and in the email's HTML"
    );
    let html_part = editor
        .get(&format!(
            "/admin/campaigns/worded/emails/preview.html?email=invitation&target={target}"
        ))
        .await;
    assert_eq!(html_part.status, StatusCode::OK);
    assert!(html_part
        .header("content-security-policy")
        .is_some_and(|csp| csp.contains("sandbox") && !csp.contains("script-src")));
    assert!(
        html_part.body.contains("<p>Dear Person 0,</p>"),
        "{}",
        html_part.body
    );
    assert!(!html_part.body.contains("<b>today"));
    let reminder = editor
        .get(&format!(
            "/admin/campaigns/worded/emails/preview?email=reminder%2B7&target={target}"
        ))
        .await;
    assert_eq!(reminder.status, StatusCode::OK, "{}", reminder.body);
    let reminder_text = previewed_text(&reminder.body);
    assert!(reminder_text.contains("We are still waiting for Company 1 of worded."));
    assert!(reminder_text.contains("ANSWERABLE-SECRET-LINK"));
    assert!(reminder
        .body
        .contains("Reminder (deadline in 7 days): Campaign worded"));
    let after = editor
        .get(&format!(
            "/admin/campaigns/worded/emails/preview?email=reminder-1&target={target}"
        ))
        .await;
    assert_eq!(after.status, StatusCode::OK);
    assert!(after.body.contains("the deadline has passed"));
    for wrong in [
        format!("email=reminder%2B3&target={target}"),
        "email=invitation&target=00000000-0000-0000-0000-000000000000".to_string(),
    ] {
        let page = editor
            .get(&format!("/admin/campaigns/worded/emails/preview?{wrong}"))
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{wrong}");
    }
    assert_eq!(outbox_count(&app, None), 0, "a preview queues nothing");
    let links: i64 = access_links::table
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(links, 0, "a preview makes no link");

    // What is sent is what was previewed, the link in place.
    send(&editor, "worded").await;
    app.jobs().run_once(time::now()).await.unwrap();
    let sent = mailbox.sent();
    let to_c1 = sent
        .iter()
        .find(|m| m.to == "p0@worded-c1.example.org")
        .unwrap();
    let link = format!("{}{}", app.address, links_in(&app, &to_c1.text).remove(0));
    assert_eq!(to_c1.text, text.replace("ANSWERABLE-SECRET-LINK", &link));
    assert!(!to_c1.html.contains("<b>today"), "{}", to_c1.html);
    assert!(to_c1.html.contains("today&#60;/b&#62;") || to_c1.html.contains("today&lt;/b&gt;"));
    app.assert_outbox_settled(0);
}
