//! Many representatives saving in the same moment. On SQLite the saves
//! waiting at once are written in one transaction (group commit), each in
//! a savepoint of its own: what one save does (kept, refused, a conflict)
//! must be exactly what it would be alone, and none is answered "saved"
//! before it is stored. The same requests run on PostgreSQL, where each
//! save is its own transaction, and must give the same answers.

use answerable::db::schema::{answers, campaign_targets, companies};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::answers_kept::{autosave, not_saved_and_given_back, open_form, set};
use crate::helpers::{Browser, TestApp};
use crate::scenarios::{invited, sign_in_with};

/// The stored text and version of the answer to `key` of the company
/// `company` of the campaign `slug`.
fn answer_of(app: &TestApp, slug: &str, company: usize, key: &str) -> Option<(String, i32)> {
    answers::table
        .inner_join(
            campaign_targets::table
                .on(campaign_targets::id.eq(answers::target_id))
                .inner_join(companies::table),
        )
        .filter(companies::slug.eq(format!("{slug}-c{company}")))
        .filter(answers::question_key.eq(key))
        .select((answers::value, answers::version))
        .first(&mut app.conn())
        .optional()
        .unwrap()
}

/// A representative signed in through `link`, with the section's form as
/// their page shows it and `text` typed as the process answer.
async fn typing(app: &TestApp, link: &str, text: &str) -> (Browser, Vec<(String, String)>) {
    let rep = sign_in_with(app, link).await;
    let mut form = open_form(&rep).await;
    set(&mut form, "a.hrdd-process", text);
    (rep, form)
}

/// Twelve companies, two colleagues each, all typing into the same
/// question from the same page and saving at the same instant; the first
/// company has declined. Per company that answers, exactly one colleague's
/// text is kept and the other is told it conflicts, naming who wrote
/// first; the declined company's saves are refused and store nothing.
#[tokio::test]
async fn saves_at_the_same_instant_are_each_kept_refused_or_in_conflict_alone() {
    const COMPANIES: usize = 12;
    let (app, _mail, _editor, links) = invited("atonce", COMPANIES, 2).await;
    let mut posts = Vec::new();
    for (company, links) in links.iter().enumerate() {
        for (colleague, link) in links.iter().enumerate() {
            let text = format!("Company {company}, colleague {colleague}.");
            let (rep, form) = typing(&app, link, &text).await;
            posts.push((company, rep, form));
        }
    }
    let declined = posts[0]
        .1
        .submit("/respond/decline", &[("reason", "Under legal review")])
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);

    let replies =
        futures_util::future::join_all(posts.iter().map(|(_, rep, form)| autosave(rep, form)))
            .await;

    for company in 0..COMPANIES {
        let theirs: Vec<_> = posts
            .iter()
            .zip(&replies)
            .filter(|((c, _, _), _)| *c == company)
            .map(|(_, reply)| reply)
            .collect();
        if company == 0 {
            for (status, reply) in &theirs {
                assert_eq!(*status, StatusCode::CONFLICT, "{reply}");
                assert!(reply["error"].as_str().is_some(), "{reply}");
            }
            assert_eq!(answer_of(&app, "atonce", 0, "hrdd-process"), None);
            continue;
        }
        for (status, reply) in &theirs {
            assert_eq!(*status, StatusCode::OK, "company {company}: {reply}");
        }
        let kept: Vec<_> = theirs.iter().filter(|(_, r)| r["saved"] == 1).collect();
        let conflicted: Vec<_> = theirs
            .iter()
            .filter(|(_, r)| r["conflicts"].as_array().is_some_and(|c| c.len() == 1))
            .collect();
        assert_eq!(kept.len(), 1, "company {company}: {theirs:?}");
        assert_eq!(conflicted.len(), 1, "company {company}: {theirs:?}");
        let winner = theirs.iter().position(|(_, r)| r["saved"] == 1).unwrap();
        let (text, version) = answer_of(&app, "atonce", company, "hrdd-process").unwrap();
        assert_eq!(text, format!("Company {company}, colleague {winner}."));
        assert_eq!(version, 1);
        assert_eq!(kept[0].1["versions"]["hrdd-process"], 1);
        assert_eq!(conflicted[0].1["conflicts"][0]["question"], "hrdd-process");
        // Named as the directory names them (`Person K` for colleague K).
        assert_eq!(
            conflicted[0].1["conflicts"][0]["by"],
            format!("Person {winner}")
        );
    }
    // The decline's acknowledgement goes out too.
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

/// Makes every transaction that wrote an answer fail when it commits, the
/// way a disk that fills while the transaction's pages are written does:
/// each statement succeeds, the commit does not. (A deferred foreign key
/// is checked only at commit.)
fn fail_commits_of_answers(app: &TestApp) {
    let sql = if app.db.is_postgres() {
        "CREATE TABLE never_there (id TEXT PRIMARY KEY); \
         CREATE TABLE commit_guard (ref TEXT REFERENCES never_there (id) \
           DEFERRABLE INITIALLY DEFERRED); \
         CREATE FUNCTION guard_commit() RETURNS trigger AS $$ \
           BEGIN INSERT INTO commit_guard VALUES ('missing'); RETURN NEW; END; \
         $$ LANGUAGE plpgsql; \
         CREATE TRIGGER fail_at_commit AFTER INSERT OR UPDATE ON answers \
           FOR EACH ROW EXECUTE FUNCTION guard_commit();"
    } else {
        "CREATE TABLE never_there (id TEXT PRIMARY KEY); \
         CREATE TABLE commit_guard (ref TEXT REFERENCES never_there (id) \
           DEFERRABLE INITIALLY DEFERRED); \
         CREATE TRIGGER fail_at_insert AFTER INSERT ON answers \
           BEGIN INSERT INTO commit_guard VALUES ('missing'); END; \
         CREATE TRIGGER fail_at_update AFTER UPDATE ON answers \
           BEGIN INSERT INTO commit_guard VALUES ('missing'); END;"
    };
    app.conn().batch_execute(sql).unwrap();
}

fn let_commits_of_answers_pass(app: &TestApp) {
    let sql = if app.db.is_postgres() {
        "DROP TRIGGER fail_at_commit ON answers; DROP FUNCTION guard_commit();"
    } else {
        "DROP TRIGGER fail_at_insert; DROP TRIGGER fail_at_update;"
    };
    app.conn().batch_execute(sql).unwrap();
}

/// Saves whose transaction cannot be committed are none of them answered
/// "saved": each says it was not stored and gives the text back, nothing
/// of any is stored, and once the database commits again the same forms
/// save.
#[tokio::test]
async fn saves_whose_commit_fails_are_each_told_and_given_their_text_back() {
    const COMPANIES: usize = 4;
    let (app, _mail, _editor, links) = invited("nocommit", COMPANIES, 1).await;
    let mut posts = Vec::new();
    for (company, links) in links.iter().enumerate() {
        let text = format!("Typed by company {company} as the disk filled.");
        posts.push(typing(&app, &links[0], &text).await);
    }
    fail_commits_of_answers(&app);

    let replies =
        futures_util::future::join_all(posts.iter().map(|(rep, form)| autosave(rep, form))).await;
    for (status, reply) in &replies {
        assert_eq!(*status, StatusCode::SERVICE_UNAVAILABLE, "{reply}");
        assert!(
            reply["error"]
                .as_str()
                .unwrap()
                .starts_with("Not saved: the server could not store your answer"),
            "{reply}"
        );
    }
    let (rep, form) = &posts[0];
    not_saved_and_given_back(rep, form, "Typed by company 0 as the disk filled.").await;
    for company in 0..COMPANIES {
        assert_eq!(answer_of(&app, "nocommit", company, "hrdd-process"), None);
    }

    let_commits_of_answers_pass(&app);
    let replies =
        futures_util::future::join_all(posts.iter().map(|(rep, form)| autosave(rep, form))).await;
    for (company, (status, reply)) in replies.iter().enumerate() {
        assert_eq!(*status, StatusCode::OK, "{reply}");
        assert_eq!(reply["saved"], 1, "{reply}");
        assert_eq!(
            answer_of(&app, "nocommit", company, "hrdd-process"),
            Some((format!("Typed by company {company} as the disk filled."), 1))
        );
    }
    app.assert_outbox_settled(0);
}

/// A save that fails half-way (its second answer cannot be written) keeps
/// none of its answers, and says so; a colleague's save of another
/// company in the same moment is kept whole.
#[tokio::test]
async fn a_save_that_fails_half_way_keeps_nothing_and_leaves_the_others_whole() {
    let (app, _mail, _editor, links) = invited("halfway", 2, 1).await;
    let mut posts = Vec::new();
    for (company, links) in links.iter().enumerate() {
        let text = format!("Process of company {company}.");
        let (rep, mut form) = typing(&app, &links[0], &text).await;
        form.retain(|(k, _)| k != "a.hrdd-policy");
        form.push(("a.hrdd-policy".into(), "yes".into()));
        posts.push((rep, form));
    }
    // Company 0's process answer cannot be written; its policy answer,
    // written first in the same save, can.
    let sql = if app.db.is_postgres() {
        "CREATE FUNCTION refuse_process() RETURNS trigger AS $$ \
           BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END; \
         $$ LANGUAGE plpgsql; \
         CREATE TRIGGER refuse_process BEFORE INSERT ON answers FOR EACH ROW \
           WHEN (NEW.question_key = 'hrdd-process' AND NEW.value LIKE '%company 0%') \
           EXECUTE FUNCTION refuse_process();"
    } else {
        "CREATE TRIGGER refuse_process BEFORE INSERT ON answers \
           WHEN NEW.question_key = 'hrdd-process' AND NEW.value LIKE '%company 0%' \
           BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;"
    };
    app.conn().batch_execute(sql).unwrap();

    let replies =
        futures_util::future::join_all(posts.iter().map(|(rep, form)| autosave(rep, form))).await;
    let (status, reply) = &replies[0];
    assert_eq!(*status, StatusCode::SERVICE_UNAVAILABLE, "{reply}");
    assert_eq!(answer_of(&app, "halfway", 0, "hrdd-policy"), None);
    assert_eq!(answer_of(&app, "halfway", 0, "hrdd-process"), None);
    let (status, reply) = &replies[1];
    assert_eq!(*status, StatusCode::OK, "{reply}");
    assert_eq!(reply["saved"], 2, "{reply}");
    assert_eq!(
        answer_of(&app, "halfway", 1, "hrdd-policy"),
        Some(("yes".into(), 1))
    );
    assert_eq!(
        answer_of(&app, "halfway", 1, "hrdd-process"),
        Some(("Process of company 1.".into(), 1))
    );
    app.assert_outbox_settled(0);
}
