use super::*;

fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn defaults_use_sqlite_in_the_data_dir() {
    let config = Config::from_sources(None, &env(&[])).unwrap();
    assert_eq!(
        config.database,
        DatabaseTarget::Sqlite(PathBuf::from("data/answerable.db"))
    );
    assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
    assert!(!config.https());
}

#[test]
fn mail_goes_to_files_unless_smtp_is_configured() {
    let config = Config::from_sources(None, &env(&[])).unwrap();
    assert!(matches!(&config.mail, MailTransport::Files(dir) if dir == Path::new("data/mail")));
    let config = Config::from_sources(
        None,
        &env(&[("ANSWERABLE_SMTP_URL", "smtp://u:p@mail.example.org:587")]),
    )
    .unwrap();
    assert!(matches!(&config.mail, MailTransport::Smtp(url) if url.port() == Some(587)));
    let err = Config::from_sources(
        None,
        &env(&[("ANSWERABLE_SMTP_URL", "http://mail.example.org")]),
    )
    .unwrap_err();
    assert!(err.to_string().contains("ANSWERABLE_SMTP_URL"), "{err}");
    let err = Config::from_sources(None, &env(&[("ANSWERABLE_MAIL_FROM", "nobody")])).unwrap_err();
    assert!(err.to_string().contains("ANSWERABLE_MAIL_FROM"), "{err}");
}

#[test]
fn the_sender_is_parsed_once_here() {
    let config = Config::from_sources(
        None,
        &env(&[("ANSWERABLE_MAIL_FROM", "Coalition <campaigns@example.org>")]),
    )
    .unwrap();
    assert_eq!(config.mail_from.name.as_deref(), Some("Coalition"));
    assert_eq!(config.mail_from.email.to_string(), "campaigns@example.org");
    let default = Config::from_sources(None, &env(&[])).unwrap();
    assert_eq!(
        default.mail_from.to_string(),
        "Answerable <answerable@localhost>"
    );
}

#[test]
fn unknown_scheme_is_named() {
    let err = Config::from_sources(
        None,
        &env(&[("ANSWERABLE_DATABASE_URL", "mysql://localhost/db")]),
    )
    .unwrap_err();
    assert!(err.to_string().contains("ANSWERABLE_DATABASE_URL"));
    assert!(err.to_string().contains("`mysql`"));
}

#[test]
fn environment_overrides_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answerable.toml");
    std::fs::write(&path, "bind = \"0.0.0.0:9000\"\ndata_dir = \"/srv/a\"\n").unwrap();
    let config =
        Config::from_sources(Some(&path), &env(&[("ANSWERABLE_BIND", "127.0.0.1:9001")])).unwrap();
    assert_eq!(config.bind.to_string(), "127.0.0.1:9001");
    assert_eq!(config.data_dir, PathBuf::from("/srv/a"));
}

#[test]
fn bad_file_value_names_the_key_and_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answerable.toml");
    std::fs::write(&path, "bind = \"nowhere\"\n").unwrap();
    let err = Config::from_sources(Some(&path), &env(&[])).unwrap_err();
    assert!(err.to_string().contains("`bind` in"), "{err}");
}

#[test]
fn unknown_file_key_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answerable.toml");
    std::fs::write(&path, "bind = \"127.0.0.1:1\"\ndatabse_url = \"x\"\n").unwrap();
    let err = Config::from_sources(Some(&path), &env(&[])).unwrap_err();
    assert!(err.to_string().contains("line 2"), "{err}");
    assert!(err.to_string().contains("databse_url"), "{err}");
}

#[test]
fn an_extra_ca_file_must_hold_a_certificate() {
    let dir = std::env::temp_dir().join(format!("answerable-ca-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("ca.pem");
    std::fs::write(
        &good,
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let config = Config::from_sources(
        None,
        &env(&[
            ("ANSWERABLE_SMTP_EXTRA_CA_FILE", good.to_str().unwrap()),
            ("ANSWERABLE_SMTP_TRUST_SYSTEM_STORE", "true"),
        ]),
    )
    .unwrap();
    assert_eq!(config.smtp_extra_ca_file.as_deref(), Some(good.as_path()));
    assert!(config.smtp_trust_system_store);
    let bad = dir.join("key.pem");
    std::fs::write(&bad, "not a certificate").unwrap();
    for (file, says) in [
        (&bad, "holds no PEM certificate"),
        (&dir.join("missing.pem"), "cannot be read"),
    ] {
        let err = Config::from_sources(
            None,
            &env(&[("ANSWERABLE_SMTP_EXTRA_CA_FILE", file.to_str().unwrap())]),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("ANSWERABLE_SMTP_EXTRA_CA_FILE") && err.contains(says),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
