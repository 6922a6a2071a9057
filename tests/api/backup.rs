//! Backups that restore: `answerable backup` taken while representatives
//! keep saving, restored with `answerable restore` into a new data folder
//! and database, served again with every save acknowledged before the
//! backup started; and the refusals that keep a restore from doing harm.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use answerable::db::schema::answers;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{TestApp, TestDb};
use crate::scenarios::{campaign, in_days, links_in, save, send, sign_in_with};

const REPRESENTATIVES: usize = 50;

/// Runs the real binary against this database and data folder.
fn answerable(args: &[&str], db: &TestDb, data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_answerable"))
        .args(args)
        .env_clear()
        // pg_dump and pg_restore are found on PATH.
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("ANSWERABLE_DATABASE_URL", db.url())
        .env("ANSWERABLE_DATA_DIR", data_dir)
        .output()
        .expect("running the binary")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A refusal: one sentence on standard error, no panic.
fn assert_refused(out: &Output, words: &[&str]) {
    let err = stderr(out);
    assert!(!out.status.success(), "refused: {}", stdout(out));
    assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
    assert!(!err.contains("panicked"), "{err}");
    for w in words {
        assert!(err.contains(w), "`{w}` in: {err}");
    }
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The saves of each representative that a database holds, from the
/// answers `rep R save N`.
fn saves_held(app: &TestApp) -> HashMap<usize, usize> {
    let values: Vec<String> = answers::table
        .filter(answers::question_key.eq("hrdd-process"))
        .select(answers::value)
        .load(&mut app.conn())
        .unwrap();
    values
        .iter()
        .map(|v| {
            let mut words = v.split(' ');
            let rep = words.nth(1).unwrap().parse().unwrap();
            let n = words.nth(1).unwrap().parse().unwrap();
            (rep, n)
        })
        .collect()
}

#[tokio::test]
async fn a_backup_taken_while_fifty_representatives_save_restores_every_acknowledged_save() {
    // Invitations go out as .eml files into the data folder's mail/.
    let app = TestApp::spawn().await;
    campaign(&app, "bak", REPRESENTATIVES, 1, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "bak").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let data = app.config.data_dir.clone();
    let mut mail: Vec<(String, String)> = std::fs::read_dir(data.join("mail"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let text = std::fs::read_to_string(e.path()).unwrap();
            (e.file_name().to_string_lossy().into_owned(), text)
        })
        .collect();
    mail.sort();
    let links: Vec<String> = mail
        .iter()
        .flat_map(|(_, text)| links_in(&app, text))
        .collect();
    assert_eq!(links.len(), REPRESENTATIVES);
    // A previewed directory upload waiting for its confirmation.
    std::fs::create_dir_all(data.join("imports")).unwrap();
    std::fs::write(data.join("imports/pending.csv"), "name,slug\nX,x\n").unwrap();

    // Each representative saves again and again, and notes the last save
    // the server acknowledged.
    let acknowledged = Arc::new(Mutex::new(vec![None::<usize>; REPRESENTATIVES]));
    let acks = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut savers = Vec::new();
    for (r, link) in links.iter().enumerate() {
        let rep = sign_in_with(&app, link).await;
        let (acknowledged, acks, stop) = (acknowledged.clone(), acks.clone(), stop.clone());
        savers.push(tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::SeqCst) {
                let fields = [("a.hrdd-process".to_string(), format!("rep {r} save {n}"))];
                let page = save(&rep, "due-diligence", &fields).await;
                assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
                acknowledged.lock().unwrap()[r] = Some(n);
                acks.fetch_add(1, Ordering::SeqCst);
                n += 1;
            }
        }));
    }
    let waiting = std::time::Instant::now();
    while acknowledged.lock().unwrap().iter().any(Option::is_none) {
        assert!(
            waiting.elapsed() < Duration::from_secs(60),
            "every rep saves"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // The backup, while saving goes on.
    let before: Vec<Option<usize>> = acknowledged.lock().unwrap().clone();
    let acks_before = acks.load(Ordering::SeqCst);
    let outside = tempfile::tempdir().unwrap();
    let dest = outside.path().join("answerable-backup");
    let out = {
        let dest = dest.clone();
        let url = app.db.url();
        let data = data.clone();
        tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_answerable"))
                .arg("backup")
                .arg(&dest)
                .env_clear()
                .env("PATH", std::env::var("PATH").unwrap_or_default())
                .env("ANSWERABLE_DATABASE_URL", url)
                .env("ANSWERABLE_DATA_DIR", &data)
                .output()
                .unwrap()
        })
        .await
        .unwrap()
    };
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Backed up"), "{}", stdout(&out));
    let acks_during = acks.load(Ordering::SeqCst) - acks_before;
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, Ordering::SeqCst);
    for saver in savers {
        saver.await.unwrap();
    }
    assert!(
        acks.load(Ordering::SeqCst) > acks_before,
        "saving went on around the backup ({acks_during} during it)"
    );

    // A finished backup, private, with nothing half-written beside it.
    assert!(dest.join("backup.json").is_file());
    let beside: Vec<_> = std::fs::read_dir(outside.path()).unwrap().collect();
    assert_eq!(beside.len(), 1, "no unfinished folder is left");
    #[cfg(unix)]
    {
        assert_eq!(mode(&dest), 0o700);
        assert_eq!(mode(&dest.join("backup.json")), 0o600);
        assert_eq!(mode(&dest.join("data/mail").join(&mail[0].0)), 0o600);
    }

    // Restored into a new, empty database and data folder, and served.
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let restored_data = dir.path().join("data");
    let out = answerable(&["restore", dest.to_str().unwrap()], &db, &restored_data);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("Verified"), "{said}");
    assert!(
        said.contains("Restored 51 files into the data folder"),
        "{said}"
    );
    let restored = TestApp::spawn_on(db, dir, |_| {}).await;
    let health = restored.browser().get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);

    // Every save acknowledged before the backup started is there.
    let held = saves_held(&restored);
    for (r, acked) in before.iter().enumerate() {
        let acked = acked.expect("each rep saved before the backup");
        let kept = held.get(&r).copied();
        assert!(
            kept.is_some_and(|n| n >= acked),
            "rep {r}: save {acked} was acknowledged before the backup; the restore holds {kept:?}"
        );
    }
    // The representatives' links work on the restored service.
    let rep = sign_in_with(&restored, &links[7]).await;
    let page = rep.get("/respond/sections/due-diligence").await;
    assert!(page.body.contains("rep 7 save "), "{}", page.body);

    // And the data folder's files came along, byte for byte.
    for (name, text) in &mail {
        let copy = std::fs::read_to_string(restored_data.join("mail").join(name)).unwrap();
        assert_eq!(&copy, text, "{name}");
    }
    assert_eq!(
        std::fs::read_to_string(restored_data.join("imports/pending.csv")).unwrap(),
        "name,slug\nX,x\n"
    );
    // The invitations were sent before the backup: the restore holds them
    // as sent, and nothing waits to go out a second time.
    app.assert_outbox_settled(0);
    restored.assert_outbox_settled(0);
}

#[tokio::test]
async fn restore_refuses_a_damaged_backup_and_a_target_that_holds_data() {
    let app = TestApp::spawn().await;
    app.create_staff("admin");
    let data = app.config.data_dir.clone();
    std::fs::create_dir_all(data.join("mail")).unwrap();
    std::fs::write(data.join("mail/0001.eml"), "Subject: hello\r\n\r\nA link").unwrap();
    let outside = tempfile::tempdir().unwrap();
    let dest = outside.path().join("backup");
    let dest_arg = dest.to_str().unwrap();
    let out = answerable(&["backup", dest_arg], &app.db, &data);
    assert!(out.status.success(), "{}", stderr(&out));

    // A backup never goes into a folder that holds something.
    let out = answerable(&["backup", dest_arg], &app.db, &data);
    assert_refused(&out, &["is not empty"]);
    // Nor inside the data folder, where the next backup would hold it.
    let inside = data.join("backups/today");
    let out = answerable(&["backup", inside.to_str().unwrap()], &app.db, &data);
    assert_refused(&out, &["inside the data folder"]);
    assert!(!data.join("backups").exists(), "nothing was made there");

    // The live service's database holds data: refused.
    let out = answerable(&["restore", dest_arg], &app.db, &data);
    assert_refused(&out, &["is not empty", "--force"]);
    // An empty database, but a data folder with files: refused.
    let dir = tempfile::tempdir().unwrap();
    let fresh = TestDb::create(&dir);
    let out = answerable(&["restore", dest_arg], &fresh, &data);
    assert_refused(&out, &["data folder", "is not empty", "--force"]);

    // One changed byte in a mail file: refused, naming the file, and
    // nothing restored.
    let target_data = dir.path().join("data");
    let original = std::fs::read(dest.join("data/mail/0001.eml")).unwrap();
    let mut damaged = original.clone();
    damaged[0] ^= 1;
    std::fs::write(dest.join("data/mail/0001.eml"), &damaged).unwrap();
    let out = answerable(&["restore", dest_arg], &fresh, &target_data);
    assert_refused(&out, &["damaged", "data/mail/0001.eml", "SHA-256"]);
    assert!(!target_data.exists(), "nothing was restored");
    let tables =
        answerable::db::snapshot::table_count(&mut answerable::db::open(&fresh.target()).unwrap())
            .unwrap();
    assert_eq!(tables, 0, "the database was left empty");
    std::fs::write(dest.join("data/mail/0001.eml"), &original).unwrap();

    // Without its manifest, a folder is not a backup.
    std::fs::rename(dest.join("backup.json"), dest.join("aside.json")).unwrap();
    let out = answerable(&["restore", dest_arg], &fresh, &target_data);
    assert_refused(&out, &["no backup.json", "not a complete backup"]);
    std::fs::rename(dest.join("aside.json"), dest.join("backup.json")).unwrap();

    // A backup from a newer version, whose migrations this one lacks.
    let manifest = std::fs::read_to_string(dest.join("backup.json")).unwrap();
    let newer = manifest.replace("\"migration\": \"2", "\"migration\": \"9");
    assert_ne!(manifest, newer);
    std::fs::write(dest.join("backup.json"), &newer).unwrap();
    let out = answerable(&["restore", dest_arg], &fresh, &target_data);
    assert_refused(&out, &["does not know", "or newer"]);
    std::fs::write(dest.join("backup.json"), &manifest).unwrap();

    // A migrated but unused database counts as taken; --force replaces it.
    let out = answerable(&["migrate"], &fresh, &target_data);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = answerable(&["restore", dest_arg], &fresh, &target_data);
    assert_refused(&out, &["is not empty", "--force"]);
    let out = answerable(&["restore", "--force", dest_arg], &fresh, &target_data);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("up to date"), "{}", stdout(&out));
    let staff: i64 = answerable::db::schema::staff_users::table
        .count()
        .get_result(&mut answerable::db::open(&fresh.target()).unwrap())
        .unwrap();
    assert_eq!(staff, 1, "the backup's account is there");
    assert_eq!(
        std::fs::read(target_data.join("mail/0001.eml")).unwrap(),
        original
    );
}
