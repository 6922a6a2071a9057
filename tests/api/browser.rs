//! The representative's whole journey in headless Chromium, driven through
//! chromedriver: open the link, press the button, answer two sections by
//! hand (autosave included), reload and find the answers, answer the rest,
//! submit, and see the receipt with the digest staff see. Also: a
//! conditional question appears and disappears as the answer it depends on
//! changes, without a save, when JavaScript runs.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them).

use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use answerable::db::schema::submissions;
use diesel::prelude::*;
use fantoccini::{Client, ClientBuilder, Locator};

use crate::helpers::TestApp;
use crate::scenarios::{campaign, campaign_on, in_days, links_in, send};

const BURMESE: &str = "မြန်မာနိုင်ငံရှိ ကျွန်ုပ်တို့၏ လုပ်ငန်းများ";

/// The narrowest phone people commonly read on, in CSS pixels.
const PHONE_WIDTH: i64 = 375;

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Driver {
        let port = crate::smtp_server::free_port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "chromedriver must be installed for the browser test: \
                 apt-get install chromium chromium-driver (bash .ci/run does it)",
            );
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }

    async fn browser(&self) -> Client {
        self.with_options(serde_json::json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,900"]
        }))
        .await
    }

    /// A phone 375 CSS pixels wide, as Chromium's device emulation makes it
    /// (the page's viewport setting is honoured, as on a phone).
    async fn phone(&self) -> Client {
        self.with_options(serde_json::json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
            "mobileEmulation": {
                "deviceMetrics": { "width": PHONE_WIDTH, "height": 800, "pixelRatio": 2.0, "touch": true },
                "userAgent": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36"
            }
        }))
        .await
    }

    async fn with_options(&self, options: serde_json::Value) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".to_string(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("chromedriver starts a headless Chromium")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .click()
        .await
        .unwrap();
}

async fn value(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

async fn text(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn path(c: &Client) -> String {
    c.current_url().await.unwrap().path().to_string()
}

/// Waits for a navigation (a form post and its redirect) to land on `wanted`.
async fn arrive(c: &Client, wanted: &str) {
    let start = Instant::now();
    loop {
        let now = path(c).await;
        if now == wanted {
            return;
        }
        if start.elapsed() > Duration::from_secs(15) {
            panic!("at {now}, not {wanted}: {}", c.source().await.unwrap());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `css` holds `wanted` (autosave runs a moment after typing).
async fn wait_for_text(c: &Client, css: &str, wanted: &str) {
    let start = Instant::now();
    loop {
        let now = text(c, css).await;
        if now.contains(wanted) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "{css} says “{now}”, not “{wanted}”"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn is_hidden(c: &Client, css: &str) -> bool {
    let hidden = c
        .execute(
            "return document.querySelector(arguments[0]).hidden;",
            vec![serde_json::json!(css)],
        )
        .await
        .unwrap();
    hidden.as_bool().unwrap()
}

/// Fills every question on the page the way a person could: the first
/// choice (or "yes"), a sentence in each text, an address for links.
const FILL_PAGE: &str = r#"
  const seen = new Set();
  document.querySelectorAll('.question').forEach(q => {
    q.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(i => {
      if (!seen.has(i.name) && i.value !== '') { i.checked = true; seen.add(i.name); }
    });
    q.querySelectorAll('textarea, input[type=text], input[type=date]').forEach(t => {
      if (t.value) { return; }
      if (t.type === 'date') { t.value = '2024-01-31'; }
      else if (t.name === 'a.hrdd-documents' || t.rows == 4) { t.value = 'https://example.org/evidence'; }
      else { t.value = 'Answered in the browser.'; }
    });
  });
"#;

#[tokio::test]
async fn the_whole_journey_in_a_real_browser() {
    let dir = tempfile::tempdir().unwrap();
    for file in [
        "questionnaires/myanmar-telecoms-2024.toml",
        "tests/api/fixtures/small.toml",
    ] {
        let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        std::fs::copy(&from, dir.path().join(from.file_name().unwrap())).unwrap();
    }
    let qdir = dir.path().to_path_buf();
    let (app, mailbox) = TestApp::spawn_with_mailbox(move |c| c.questionnaires_dir = qdir).await;
    campaign(&app, "web", 1, 1, in_days(20));
    campaign_on(&app, "small-test", "cond", 1, 1, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "web").await;
    send(&editor, "cond").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let sent = mailbox.sent();
    let link_for = |campaign: &str| {
        let mail = sent
            .iter()
            .find(|m| m.subject.contains(&format!("Campaign {campaign}")))
            .unwrap();
        format!("{}{}", app.address, links_in(&app, &mail.text).remove(0))
    };

    let driver = Driver::start();
    let c = driver.browser().await;

    // The link shows a button; pressing it signs in.
    c.goto(&link_for("web")).await.unwrap();
    assert!(c.source().await.unwrap().contains("Open the questionnaire"));
    click(&c, "main form button[type=submit]").await;
    arrive(&c, "/respond").await;

    // Section 1 by hand, saved with the button.
    c.goto(&format!("{}/respond/sections/about", app.address))
        .await
        .unwrap();
    click(&c, "#a-relation-operator").await;
    click(&c, "#a-presence-present").await;
    click(&c, "button[value=next]").await;
    arrive(&c, "/respond/sections/due-diligence").await;

    // Section 2 by hand, saved by the page itself (autosave).
    click(&c, "#a-hrdd-policy-yes").await;
    c.find(Locator::Css("#a-hrdd-process"))
        .await
        .unwrap()
        .send_keys(BURMESE)
        .await
        .unwrap();
    wait_for_text(&c, "#save-status", "Draft saved").await;

    // Reload: the answers are there, from the server.
    c.refresh().await.unwrap();
    assert_eq!(value(&c, "#a-hrdd-process").await, BURMESE);
    let checked = c
        .find(Locator::Css("#a-hrdd-policy-yes"))
        .await
        .unwrap()
        .prop("checked")
        .await
        .unwrap();
    assert_eq!(checked.as_deref(), Some("true"));
    c.goto(&format!("{}/respond/sections/about", app.address))
        .await
        .unwrap();
    let relation = c
        .find(Locator::Css("#a-relation-operator"))
        .await
        .unwrap()
        .prop("checked")
        .await
        .unwrap();
    assert_eq!(relation.as_deref(), Some("true"));

    // The rest of the questionnaire, section by section.
    c.goto(&format!("{}/respond/sections/due-diligence", app.address))
        .await
        .unwrap();
    loop {
        c.execute(FILL_PAGE, vec![]).await.unwrap();
        let next = c.find(Locator::Css("button[value=next]")).await;
        let before = path(&c).await;
        match next {
            Ok(button) => button.click().await.unwrap(),
            Err(_) => {
                click(&c, "button[value=review]").await;
                break;
            }
        }
        let start = Instant::now();
        while path(&c).await == before {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "stuck at {before}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    arrive(&c, "/respond/review").await;
    let review = c.source().await.unwrap();
    assert!(!review.contains("need your attention"), "{review}");
    assert!(review.contains(BURMESE));
    click(&c, "form[action='/respond/submit'] button").await;

    // The receipt, with the digest staff see.
    arrive(&c, "/respond/receipt/1").await;
    let shown = text(&c, "code.digest").await;
    let stored: String = submissions::table
        .select(submissions::digest)
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(shown, stored);
    // And the receipt email carries the same digest.
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let receipt = mailbox
        .sent()
        .into_iter()
        .find(|m| m.text.contains(&stored))
        .expect("a receipt email with the digest");
    assert!(
        receipt.subject.to_lowercase().contains("receipt"),
        "{}",
        receipt.subject
    );

    // With JavaScript, a conditional question follows its answer at once.
    c.goto(&link_for("cond")).await.unwrap();
    click(&c, "main form button[type=submit]").await;
    arrive(&c, "/respond").await;
    c.goto(&format!("{}/respond/sections/about", app.address))
        .await
        .unwrap();
    assert!(is_hidden(&c, "#q-policy-link").await);
    click(&c, "#a-policy-yes").await;
    assert!(
        !is_hidden(&c, "#q-policy-link").await,
        "shown on “yes” without saving"
    );
    click(&c, "#a-policy-no").await;
    assert!(is_hidden(&c, "#q-policy-link").await);

    c.close().await.unwrap();
    app.assert_outbox_settled(0);
}

/// Makes every request of the page's script take `ms` longer, as a slow
/// network does.
const SLOW_NETWORK: &str = r#"
  const ms = arguments[0];
  const real = window.fetch.bind(window);
  window.fetch = (...args) => new Promise(done => setTimeout(done, ms)).then(() => real(...args));
"#;

#[tokio::test]
async fn autosave_keeps_typing_during_a_slow_save_and_leaves_a_colleagues_answer_alone() {
    use crate::answers_kept::{stored, BOBS_LINK};
    let (app, _mail, _editor, links) = crate::scenarios::invited("slow", 1, 2).await;
    let driver = Driver::start();
    let c = driver.browser().await;
    c.goto(&format!("{}{}", app.address, links[0][0]))
        .await
        .unwrap();
    click(&c, "main form button[type=submit]").await;
    arrive(&c, "/respond").await;
    c.goto(&format!("{}/respond/sections/due-diligence", app.address))
        .await
        .unwrap();

    // Alice has the page open; her colleague Bob saves the evidence question.
    let bob = crate::scenarios::sign_in_with(&app, &links[0][1]).await;
    let page = bob.get("/respond/sections/due-diligence").await;
    let mut form = crate::answers_kept::form_of(&page.body);
    crate::answers_kept::set(&mut form, "a.hrdd-documents", BOBS_LINK);
    let saved = crate::answers_kept::post_form(&bob, &form).await;
    assert_eq!(saved.status.as_u16(), 303, "{}", saved.body);

    // On a slow network, Alice types, the save leaves, she types on.
    c.execute(SLOW_NETWORK, vec![serde_json::json!(2000)])
        .await
        .unwrap();
    let field = c.find(Locator::Css("#a-hrdd-process")).await.unwrap();
    field.send_keys("First part.").await.unwrap();
    wait_for_text(&c, "#save-status", "Saving").await;
    field.send_keys(" Second part.").await.unwrap();
    wait_for_text(&c, "#save-status", "Draft saved").await;
    // "Draft saved" means all of it is stored, and nothing of Bob's is lost.
    assert_eq!(
        stored(&app, "hrdd-process").as_deref(),
        Some("First part. Second part.")
    );
    assert_eq!(stored(&app, "hrdd-documents").as_deref(), Some(BOBS_LINK));

    // What the server finds wrong is shown beside the field, as after a
    // plain save.
    c.refresh().await.unwrap();
    assert_eq!(value(&c, "#a-hrdd-documents").await, BOBS_LINK);
    let links_field = c.find(Locator::Css("#a-hrdd-documents")).await.unwrap();
    links_field.clear().await.unwrap();
    links_field
        .send_keys("www.example.org/report")
        .await
        .unwrap();
    wait_for_text(&c, "#save-status", "Draft saved").await;
    wait_for_text(&c, "#h-hrdd-documents p.error", "is not a web address").await;
    assert_eq!(
        links_field.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    assert_eq!(
        stored(&app, "hrdd-documents").as_deref(),
        Some("www.example.org/report")
    );
    c.close().await.unwrap();
    app.assert_outbox_settled(0);
}

/// What on the page reaches past the right edge of a phone's screen: the
/// page's own width against the screen's, and the elements sticking out.
const SIDEWAYS: &str = r#"
  const screen = arguments[0];
  const out = [];
  document.querySelectorAll('body *').forEach(e => {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > screen + 0.5) {
      const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
        (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
      out.push(name + ' to ' + Math.round(r.right) + 'px');
    }
  });
  const viewport = document.querySelector('meta[name=viewport]');
  return { laid_out: window.innerWidth, page: document.documentElement.scrollWidth,
           viewport: viewport ? viewport.content : null, out: out.slice(0, 8) };
"#;

async fn fits_a_phone(c: &Client, what: &str) -> Option<String> {
    let seen = c
        .execute(SIDEWAYS, vec![serde_json::json!(PHONE_WIDTH)])
        .await
        .unwrap();
    if seen["viewport"].is_null() {
        return Some(format!(
            "{what}: no viewport setting, laid out as a desktop page"
        ));
    }
    // A phone widens its layout to the widest thing on the page.
    let laid_out = seen["laid_out"].as_i64().unwrap();
    let page = seen["page"].as_i64().unwrap();
    (laid_out.max(page) > PHONE_WIDTH)
        .then(|| format!("{what}: {} px wide: {}", laid_out.max(page), seen["out"]))
}

/// Every page a representative or a member of the public reads, and the
/// invitation email, fit a 375 px phone without scrolling sideways.
#[tokio::test]
async fn no_page_scrolls_sideways_on_a_phone() {
    let (app, mailbox) = TestApp::spawn_with_mailbox(|_| {}).await;
    campaign(&app, "phone", 1, 1, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "phone").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let invitation = mailbox.sent().remove(0);
    let link = links_in(&app, &invitation.text).remove(0);
    // Long answers in three scripts, entered as a colleague would.
    let rep = crate::scenarios::sign_in_with(&app, &link).await;
    let q = crate::scenarios::questionnaire();
    for section in &q.sections {
        crate::scenarios::save(
            &rep,
            section.key.as_str(),
            &crate::scenarios::full_answers(section),
        )
        .await;
    }

    let driver = Driver::start();
    let c = driver.phone().await;
    let mut wide = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    let email = dir.path().join("invitation.html");
    std::fs::write(&email, &invitation.html).unwrap();
    c.goto(&format!("file://{}", email.display()))
        .await
        .unwrap();
    wide.extend(fits_a_phone(&c, "the invitation email").await);

    c.goto(&format!("{}{link}", app.address)).await.unwrap();
    wide.extend(fits_a_phone(&c, "the link page").await);
    click(&c, "main form button[type=submit]").await;
    arrive(&c, "/respond").await;
    let mut pages: Vec<String> = vec!["/respond".into(), "/campaigns/phone/questionnaire".into()];
    pages.extend(
        q.sections
            .iter()
            .map(|s| format!("/respond/sections/{}", s.key)),
    );
    pages.extend(["/respond/review".into(), "/respond/decline".into()]);
    for page in &pages {
        c.goto(&format!("{}{page}", app.address)).await.unwrap();
        wide.extend(fits_a_phone(&c, page).await);
    }
    c.goto(&format!("{}/respond/review", app.address))
        .await
        .unwrap();
    click(&c, "form[action='/respond/submit'] button").await;
    arrive(&c, "/respond/receipt/1").await;
    wide.extend(fits_a_phone(&c, "the receipt").await);

    crate::scenarios::close(&editor, "phone").await;
    crate::scenarios::publish(&editor, "phone", "First results.").await;
    for page in [
        "/campaigns/phone",
        "/campaigns/phone/methodology",
        "/campaigns/phone/companies/phone-c0",
        "/companies/phone-c0",
    ] {
        c.goto(&format!("{}{page}", app.address)).await.unwrap();
        wide.extend(fits_a_phone(&c, page).await);
    }
    c.close().await.unwrap();
    assert!(
        wide.is_empty(),
        "scrolls sideways at {PHONE_WIDTH} px:\n{}",
        wide.join("\n")
    );
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

/// axe-core (Deque, MPL-2.0), as published on npm: the accessibility
/// checker run on the Burmese pages.
const AXE: &str = include_str!("fixtures/axe-core/axe.min.js");

/// What axe-core finds wrong on the page now: one line per rule broken,
/// with where.
async fn axe_violations(c: &Client, what: &str) -> Vec<String> {
    c.execute(&format!("{AXE}\nreturn true;"), vec![])
        .await
        .unwrap();
    let found = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               axe.run(document, { resultTypes: ['violations'] })
                 .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                     + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                 .catch(e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await
        .unwrap();
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| format!("{what}: {}", v.as_str().unwrap()))
        .collect()
}

/// A Zawgyi paste (the same sentence as Unicode Burmese below).
const ZAWGYI: &str = "စားနပ္ရိကၡာ၊ ေထာက္ပံ့ပစၥည္း ႏွင့္ အလွဴေငြမ်ား ေပးအပ္သည္။";
const ZAWGYI_AS_UNICODE: &str = "စားနပ်ရိက္ခာ၊ ထောက်ပံ့ပစ္စည်း နှင့် အလှူငွေများ ပေးအပ်သည်။";

async fn html_lang(c: &Client) -> String {
    c.execute("return document.documentElement.lang;", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

/// A representative whose contact language is Burmese gets the invitation
/// in Burmese, answers the Myanmar questionnaire with the interface in
/// Burmese on a 375 px phone, is warned of a Zawgyi paste and converts it,
/// submits and gets a Burmese receipt; a member of the public switches the
/// scorecard to Burmese and the address, shared, opens in Burmese. No page
/// scrolls sideways and axe-core finds no violation on any of them.
#[tokio::test]
async fn a_burmese_representative_and_reader_on_a_phone() {
    use answerable::db::schema::contacts;
    let (app, mailbox) = TestApp::spawn_with_mailbox(|_| {}).await;
    campaign(&app, "mm", 1, 2, in_days(20));
    diesel::update(contacts::table.filter(contacts::email.eq("p0@mm-c0.example.org")))
        .set(contacts::language.eq("my"))
        .execute(&mut app.conn())
        .unwrap();
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "mm").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let sent = mailbox.sent();
    let invitation = sent
        .iter()
        .find(|m| m.to == "p0@mm-c0.example.org")
        .unwrap()
        .clone();
    let english = sent
        .iter()
        .find(|m| m.to == "p1@mm-c0.example.org")
        .unwrap();
    assert_ne!(
        invitation.subject, english.subject,
        "the subject in Burmese"
    );
    assert!(
        invitation.html.contains("lang=\"my\""),
        "{}",
        invitation.html
    );
    assert!(
        invitation.text.contains("၂၀"),
        "the deadline in Burmese digits: {}",
        invitation.text
    );
    let link = links_in(&app, &invitation.text).remove(0);

    // The colleague (English) answers everything but one question.
    let colleague_link = links_in(&app, &english.text).remove(0);
    let colleague = crate::scenarios::sign_in_with(&app, &colleague_link).await;
    let q = crate::scenarios::questionnaire();
    for section in &q.sections {
        let answers: Vec<(String, String)> = crate::scenarios::full_answers(section)
            .into_iter()
            .filter(|(k, _)| k != "a.hrdd-process")
            .collect();
        crate::scenarios::save(&colleague, section.key.as_str(), &answers).await;
    }

    let driver = Driver::start();
    let c = driver.phone().await;
    let mut problems = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    let email = dir.path().join("invitation.html");
    std::fs::write(&email, &invitation.html).unwrap();
    c.goto(&format!("file://{}", email.display()))
        .await
        .unwrap();
    problems.extend(fits_a_phone(&c, "the Burmese invitation").await);

    c.goto(&format!("{}{link}", app.address)).await.unwrap();
    assert_eq!(html_lang(&c).await, "my", "the link page in Burmese");
    problems.extend(fits_a_phone(&c, "the link page").await);
    problems.extend(axe_violations(&c, "the link page").await);
    click(&c, "main form button[type=submit]").await;
    arrive(&c, "/respond").await;
    assert_eq!(html_lang(&c).await, "my");
    problems.extend(fits_a_phone(&c, "the start page").await);
    problems.extend(axe_violations(&c, "the start page").await);

    // A Zawgyi paste: saved as typed, shown with its Unicode, converted
    // on a press.
    c.goto(&format!("{}/respond/sections/due-diligence", app.address))
        .await
        .unwrap();
    assert_eq!(html_lang(&c).await, "my");
    c.execute(
        "document.querySelector('#a-hrdd-process').value = arguments[0];",
        vec![serde_json::json!(ZAWGYI)],
    )
    .await
    .unwrap();
    click(&c, "button[value=stay]").await;
    // Saved by the form or by the script; the notice comes with the page.
    let start = Instant::now();
    while !c.source().await.unwrap().contains(ZAWGYI_AS_UNICODE) {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "no Zawgyi notice: {}",
            c.source().await.unwrap()
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
        c.refresh().await.unwrap();
    }
    problems.extend(fits_a_phone(&c, "the section with a Zawgyi notice").await);
    problems.extend(axe_violations(&c, "the section with a Zawgyi notice").await);
    click(&c, "button[form^='uni-']").await;
    let start = Instant::now();
    // The press posts and comes back to the section: read the field once
    // the page is there again.
    while c
        .execute(
            "const t = document.querySelector('#a-hrdd-process'); return t ? t.value : '';",
            vec![],
        )
        .await
        .unwrap()
        != serde_json::json!(ZAWGYI_AS_UNICODE)
    {
        assert!(start.elapsed() < Duration::from_secs(15), "not converted");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    c.goto(&format!("{}/respond/review", app.address))
        .await
        .unwrap();
    assert_eq!(html_lang(&c).await, "my");
    problems.extend(fits_a_phone(&c, "the review page").await);
    problems.extend(axe_violations(&c, "the review page").await);
    click(&c, "form[action='/respond/submit'] button").await;
    arrive(&c, "/respond/receipt/1").await;
    assert_eq!(html_lang(&c).await, "my");
    problems.extend(fits_a_phone(&c, "the receipt").await);
    problems.extend(axe_violations(&c, "the receipt").await);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let receipt = mailbox
        .sent()
        .into_iter()
        .rfind(|m| m.to == "p0@mm-c0.example.org")
        .unwrap();
    assert!(receipt.html.contains("lang=\"my\""), "a Burmese receipt");
    assert_ne!(receipt.subject, invitation.subject);

    // The public: the scorecard switched to Burmese, and its address shared.
    crate::scenarios::close(&editor, "mm").await;
    crate::scenarios::publish(&editor, "mm", "First results.").await;
    c.goto(&format!("{}/campaigns/mm", app.address))
        .await
        .unwrap();
    assert_eq!(html_lang(&c).await, "en");
    click(&c, "nav.language a[hreflang=my]").await;
    let start = Instant::now();
    while html_lang(&c).await != "my" {
        assert!(start.elapsed() < Duration::from_secs(15), "not switched");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let shared = c.current_url().await.unwrap();
    assert!(shared.query().unwrap_or("").contains("lang=my"), "{shared}");
    problems.extend(fits_a_phone(&c, "the Burmese scorecard").await);
    problems.extend(axe_violations(&c, "the Burmese scorecard").await);
    c.close().await.unwrap();

    let other = driver.phone().await;
    other.goto(shared.as_str()).await.unwrap();
    assert_eq!(
        html_lang(&other).await,
        "my",
        "the shared link opens in Burmese"
    );
    other
        .goto(&format!(
            "{}/campaigns/mm/companies/mm-c0?lang=my",
            app.address
        ))
        .await
        .unwrap();
    assert_eq!(html_lang(&other).await, "my");
    problems.extend(fits_a_phone(&other, "the Burmese company page").await);
    problems.extend(axe_violations(&other, "the Burmese company page").await);
    other.close().await.unwrap();

    assert!(problems.is_empty(), "{}", problems.join("\n"));
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}
