use std::process::{Command, Output};

use diesel::prelude::*;

use crate::helpers::TestDb;

/// Runs the real binary with only the given environment.
fn answerable(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_answerable"))
        .args(args)
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .expect("running the binary")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn help_lists_the_subcommands() {
    let out = answerable(&["--help"], &[]);
    assert!(out.status.success());
    for sub in ["serve", "migrate", "admin", "backup", "restore"] {
        assert!(stdout(&out).contains(sub), "{sub}");
    }
    let out = answerable(&["admin", "--help"], &[]);
    for sub in ["create", "list", "disable"] {
        assert!(stdout(&out).contains(sub), "{sub}");
    }
}

/// One line on standard error, naming the setting; no panic, no file made.
fn assert_refused(out: &Output, setting: &str, dir: &std::path::Path) {
    assert!(!out.status.success());
    let err = stderr(out);
    assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
    assert!(err.contains(setting), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!dir.join("data").exists(), "nothing was created: {err}");
}

#[test]
fn bad_configuration_stops_start_up_with_a_sentence_naming_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let cases: [(&[(&str, &str)], &str); 5] = [
        (&[("ANSWERABLE_BIND", "not-an-address")], "ANSWERABLE_BIND"),
        (
            &[("ANSWERABLE_DATABASE_URL", "mysql://localhost/a")],
            "ANSWERABLE_DATABASE_URL",
        ),
        (
            &[("ANSWERABLE_DATABASE_URL", "/tmp/answerable.db")],
            "ANSWERABLE_DATABASE_URL",
        ),
        (
            &[("ANSWERABLE_BASE_URL", "ftp://example.org")],
            "ANSWERABLE_BASE_URL",
        ),
        (
            &[("ANSWERABLE_SESSION_IDLE_MINUTES", "soon")],
            "ANSWERABLE_SESSION_IDLE_MINUTES",
        ),
    ];
    for (env, setting) in cases {
        let mut env = env.to_vec();
        env.push(("ANSWERABLE_DATA_DIR", &data));
        let out = answerable(&["serve"], &env);
        assert_refused(&out, setting, dir.path());
    }
}

#[test]
fn an_unreadable_or_invalid_configuration_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.toml").display().to_string();
    let out = answerable(&["--config", &missing, "serve"], &[]);
    assert_refused(&out, "missing.toml", dir.path());
    assert!(stderr(&out).contains("cannot be read"));

    let bad = dir.path().join("answerable.toml");
    std::fs::write(&bad, "bind = \"127.0.0.1:0\"\nsmtp = 3\n").unwrap();
    let out = answerable(&[], &[("ANSWERABLE_CONFIG", &bad.display().to_string())]);
    // Without a subcommand clap explains usage; with one, the file is read.
    assert!(!out.status.success());
    let out = answerable(
        &["migrate"],
        &[("ANSWERABLE_CONFIG", &bad.display().to_string())],
    );
    assert_refused(&out, "line 2", dir.path());
}

#[test]
fn a_postgres_server_that_is_not_there_is_an_error_not_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_answerable"))
        .arg("migrate")
        .env_clear()
        .env(
            "ANSWERABLE_DATABASE_URL",
            "postgres://nobody@127.0.0.1:1/none",
        )
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("ANSWERABLE_DATABASE_URL"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file was made"
    );
}

#[test]
fn migrate_builds_an_empty_database_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let url = db.url();
    let out = answerable(&["migrate"], &[("ANSWERABLE_DATABASE_URL", &url)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("applied"));
    let out = answerable(&["migrate"], &[("ANSWERABLE_DATABASE_URL", &url)]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("up to date"));

    // The tables are there and empty.
    use answerable::db::schema::{audit_log, staff_sessions, staff_users};
    let mut conn = answerable::db::open(&db.target()).unwrap();
    let users: i64 = staff_users::table.count().get_result(&mut conn).unwrap();
    let sessions: i64 = staff_sessions::table.count().get_result(&mut conn).unwrap();
    let audit: i64 = audit_log::table.count().get_result(&mut conn).unwrap();
    assert_eq!((users, sessions, audit), (0, 0, 0));
}

#[test]
fn the_default_database_is_a_sqlite_file_in_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_answerable"))
        .arg("migrate")
        .env_clear()
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("data/answerable.db").is_file());
}

#[test]
fn admin_accounts_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let url = db.url();
    let base = [("ANSWERABLE_DATABASE_URL", url.as_str())];

    let with_password = |password: &str, args: &[&str]| {
        let mut env = base.to_vec();
        env.push(("ANSWERABLE_ADMIN_PASSWORD", password));
        answerable(args, &env)
    };
    let create = [
        "admin",
        "create",
        "--email",
        "Min@Example.org",
        "--name",
        "Min Thu",
    ];

    let out = with_password("short", &create);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("at least 12 characters"),
        "{}",
        stderr(&out)
    );
    let out = with_password(&"x".repeat(129), &create);
    assert!(
        stderr(&out).contains("at most 128 characters"),
        "{}",
        stderr(&out)
    );
    // No terminal and no variable: a clear refusal, not a hang.
    let out = answerable(&create, &base);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("ANSWERABLE_ADMIN_PASSWORD"));

    let out = with_password("a good long password", &create);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = with_password("a good long password", &create);
    assert!(stderr(&out).contains("already an account"));

    let out = with_password(
        "another long password",
        &[
            "admin",
            "create",
            "--email",
            "ko@example.org",
            "--name",
            "Ko",
            "--role",
            "reviewer",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = with_password(
        "another long password",
        &[
            "admin",
            "create",
            "--email",
            "x@example.org",
            "--name",
            "X",
            "--role",
            "owner",
        ],
    );
    assert!(!out.status.success());

    let list = stdout(&answerable(&["admin", "list"], &base));
    assert!(
        list.contains("min@example.org\tadmin\tactive\tMin Thu"),
        "{list}"
    );
    assert!(
        list.contains("ko@example.org\treviewer\tactive\tKo"),
        "{list}"
    );

    let out = answerable(&["admin", "disable", "--email", "ko@example.org"], &base);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = stdout(&answerable(&["admin", "list"], &base));
    assert!(
        list.contains("ko@example.org\treviewer\tdisabled"),
        "{list}"
    );

    // The last admin stays.
    let out = answerable(&["admin", "disable", "--email", "min@example.org"], &base);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("last active admin"));
    let out = answerable(
        &["admin", "disable", "--email", "nobody@example.org"],
        &base,
    );
    assert!(stderr(&out).contains("no account for nobody@example.org"));
}
