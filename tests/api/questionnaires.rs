use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use reqwest::StatusCode;

use crate::helpers::{TestApp, TestDb};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn answerable(args: &[&str], db_url: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_answerable"));
    cmd.args(args).env_clear();
    if let Some(url) = db_url {
        cmd.env("ANSWERABLE_DATABASE_URL", url);
    }
    cmd.output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn the_real_questionnaires_pass_the_check() {
    let myanmar = repo("questionnaires/myanmar-telecoms-2024.toml");
    let exports = repo("questionnaires/surveillance-exports.toml");
    let o = answerable(
        &[
            "questionnaire",
            "check",
            myanmar.to_str().unwrap(),
            exports.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        o.status.success(),
        "{}{}",
        out(&o),
        String::from_utf8_lossy(&o.stderr)
    );
    let text = out(&o);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("myanmar-telecoms-2024"), "{text}");
    assert!(text.contains("surveillance-exports"), "{text}");
}

#[test]
fn check_prints_every_problem_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    let text = std::fs::read_to_string(repo("tests/api/fixtures/small.toml"))
        .unwrap()
        .replace("prompt = \"Do you publish", "promt = \"Do you publish")
        .replace("demands = [\"remedy\"]", "demands = [\"remedies\"]");
    std::fs::write(&bad, text).unwrap();
    let o = answerable(&["questionnaire", "check", bad.to_str().unwrap()], None);
    assert!(!o.status.success());
    let printed = out(&o);
    let prefix = format!("{}:", bad.display());
    let lines: Vec<&str> = printed.lines().collect();
    assert!(lines.len() >= 2, "{printed}");
    for line in &lines {
        assert!(line.starts_with(&prefix), "{line}");
        let rest = &line[prefix.len()..];
        let mut parts = rest.splitn(3, ':');
        let line_no: usize = parts.next().unwrap().parse().expect("a line number");
        let col: usize = parts.next().unwrap().parse().expect("a column");
        assert!(line_no > 0 && col > 0);
    }
    assert!(printed.contains("promt"), "{printed}");
    assert!(printed.contains("remedies"), "{printed}");
}

#[test]
fn loading_stores_a_version_once_and_a_changed_file_as_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let url = db.url();
    let file = dir.path().join("small.toml");
    std::fs::copy(repo("tests/api/fixtures/small.toml"), &file).unwrap();
    let path = file.to_str().unwrap();

    let first = answerable(&["questionnaire", "load", path], Some(&url));
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(out(&first).contains("as new version"), "{}", out(&first));
    let again = answerable(&["questionnaire", "load", path], Some(&url));
    assert!(out(&again).contains("unchanged"), "{}", out(&again));

    let changed = std::fs::read_to_string(&file)
        .unwrap()
        .replace("version = \"1\"", "version = \"2\"");
    std::fs::write(&file, changed).unwrap();
    let second = answerable(&["questionnaire", "load", path], Some(&url));
    assert!(out(&second).contains("as new version"), "{}", out(&second));

    use answerable::db::questionnaires;
    let mut conn = answerable::db::open(&db.target()).unwrap();
    let versions = questionnaires::list(&mut conn).unwrap();
    assert_eq!(versions.len(), 2);
    assert!(versions.iter().all(|v| v.slug == "small-test"));
    let labels: Vec<_> = versions.iter().map(|v| v.version_label.as_str()).collect();
    assert_eq!(labels, ["2", "1"], "newest first");
}

#[test]
fn a_bad_file_among_several_loads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let url = db.url();
    let good = repo("tests/api/fixtures/small.toml");
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "format = 1\nslug = \"x\"\n").unwrap();
    let o = answerable(
        &[
            "questionnaire",
            "load",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
        ],
        Some(&url),
    );
    assert!(!o.status.success());
    assert!(out(&o).contains("bad.toml:"), "{}", out(&o));
    let mut conn = answerable::db::open(&db.target()).unwrap();
    answerable::db::migrate(&mut conn).unwrap();
    assert!(answerable::db::questionnaires::list(&mut conn)
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn stored_versions_cannot_be_changed_or_deleted() {
    use answerable::db::schema::questionnaire_versions::dsl;
    use diesel::prelude::*;
    let app = TestApp::spawn().await;
    let mut conn = app.conn();
    let count: i64 = dsl::questionnaire_versions
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert!(count >= 2, "the real questionnaires were loaded at start");
    let update = diesel::update(dsl::questionnaire_versions)
        .set(dsl::title.eq("changed"))
        .execute(&mut conn);
    assert!(update.is_err());
    let delete = diesel::delete(dsl::questionnaire_versions).execute(&mut conn);
    assert!(delete.is_err());
    let after: i64 = dsl::questionnaire_versions
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(after, count);
}

#[tokio::test]
async fn serve_loads_valid_files_and_reports_invalid_ones_without_refusing_to_start() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo("tests/api/fixtures/small.toml"),
        folder.path().join("small.toml"),
    )
    .unwrap();
    std::fs::write(
        folder.path().join("broken.toml"),
        "format = 1\n[[demands]\n",
    )
    .unwrap();
    let dir = folder.path().to_path_buf();
    let app = TestApp::spawn_with(move |c| c.questionnaires_dir = dir).await;
    let (browser, _) = app.login_as("reviewer").await;
    let page = browser.get("/admin/questionnaires").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("A small questionnaire"));
    assert!(page.body.contains("small-test"));
    assert!(
        page.body
            .contains("2 demands, 1 sections, 3 questions (2 scored)"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("broken"));
}

async fn first_version_link(browser: &crate::helpers::Browser, slug: &str) -> String {
    let page = browser.get("/admin/questionnaires").await;
    let marker = format!("href=\"/admin/questionnaires/{slug}/");
    let start = page.body.find(&marker).expect("a link to the version") + "href=\"".len();
    let end = page.body[start..].find('"').unwrap();
    page.body[start..start + end].to_string()
}

#[tokio::test]
async fn the_preview_shows_the_form_as_a_company_will_see_it() {
    let app = TestApp::spawn().await;
    let (browser, _) = app.login_as("reviewer").await;
    let link = first_version_link(&browser, "myanmar-telecoms-2024").await;
    let page = browser.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);

    let text = std::fs::read(repo("questionnaires/myanmar-telecoms-2024.toml")).unwrap();
    let q = answerable::domain::questionnaire::parse(&text).unwrap();
    for (_, question) in q.questions() {
        let prompt = question.prompt.get("en", "en");
        let escaped = askama_escape(prompt);
        assert!(page.body.contains(&escaped), "missing prompt {prompt}");
        assert!(page.body.contains(&format!("id=\"q-{}\"", question.key)));
    }
    assert!(page.body.contains("class=\"guidance\""));
    assert!(page.body.contains(" disabled"), "read-only");
    assert_eq!(
        page.body.matches("<form").count(),
        1,
        "nothing can be sent from a preview: the only form is the layout's sign-out"
    );
}

#[tokio::test]
async fn the_map_traces_every_demand_to_its_questions_and_scoring() {
    let app = TestApp::spawn().await;
    let (browser, _) = app.login_as("reviewer").await;
    let link = first_version_link(&browser, "myanmar-telecoms-2024").await;
    let page = browser.get(&format!("{link}/map")).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = std::fs::read(repo("questionnaires/myanmar-telecoms-2024.toml")).unwrap();
    let q = answerable::domain::questionnaire::parse(&text).unwrap();
    for demand in &q.demands {
        assert!(page.body.contains(&format!("id=\"d-{}\"", demand.key)));
    }
    assert!(page.body.contains("Yes 100"), "choice points are shown");
    assert!(
        page.body.contains("scored by a reviewer"),
        "rubric questions are shown"
    );
}

#[tokio::test]
async fn an_unknown_version_is_a_404_and_staff_pages_need_sign_in() {
    let app = TestApp::spawn().await;
    let anonymous = app.browser().get("/admin/questionnaires").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    let (browser, _) = app.login_as("reviewer").await;
    let page = browser
        .get("/admin/questionnaires/myanmar-telecoms-2024/0000")
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
}

/// The HTML escaping askama applies to text.
fn askama_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[test]
fn the_real_questionnaires_trace_every_demand_to_at_least_three_scored_questions() {
    use answerable::domain::questionnaire::parse;
    for (file, demands, organisations) in [
        ("questionnaires/myanmar-telecoms-2024.toml", 4, Some(19)),
        ("questionnaires/surveillance-exports.toml", 5, None),
    ] {
        let q = parse(&std::fs::read(repo(file)).unwrap()).unwrap();
        assert!(
            q.demands.len() >= demands,
            "{file}: {} demands",
            q.demands.len()
        );
        if let Some(n) = organisations {
            assert_eq!(q.source.organisations.len(), n, "{file}");
        }
        for d in &q.demands {
            let scored = q
                .questions_for_demand(d.key.as_str())
                .filter(|question| question.is_scored())
                .count();
            assert!(
                scored >= 3,
                "{file}: demand {} has {scored} scored questions",
                d.key
            );
        }
        for (_, question) in q.questions().filter(|(_, question)| question.is_scored()) {
            assert!(
                question.guidance.is_some(),
                "{file}: {} has no guidance",
                question.key
            );
        }
    }
}
