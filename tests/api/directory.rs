use std::process::{Command, Output};

use crate::helpers::TestDb;

const HEADER: &str =
    "name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role\n";

fn answerable(args: &[&str], db: &TestDb) -> Output {
    Command::new(env!("CARGO_BIN_EXE_answerable"))
        .args(args)
        .env_clear()
        .env("ANSWERABLE_DATABASE_URL", db.url())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn directory_file(dir: &tempfile::TempDir, name: &str, rows: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, format!("{HEADER}{rows}")).unwrap();
    path.display().to_string()
}

const GOOD: &str = "\
Golden Net Telecom,golden-net,telecom-operator,SG,https://golden-net.example.org,MM;TH,Aye Aye,aye@golden-net.example.org,Head of human rights
Golden Net Telecom,golden-net,telecom-operator,SG,https://golden-net.example.org,MM;TH,Ko Ko,ko@golden-net.example.org,General counsel
\"Lens & Ledger, Ltd\",lens-ledger,surveillance-vendor,DE,,MM,Jana Novak,jana@lens-ledger.example.org,Compliance
Quiet Cable,quiet-cable,network-equipment,CN,https://quiet-cable.example.org,,,,
";

#[test]
fn an_import_is_all_or_nothing_and_lists_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let bad = directory_file(
        &dir,
        "bad.csv",
        &format!(
            "{GOOD}Broken,Broken Slug,telco,XX,,MM,Someone,not-an-email,\nGolden Net Renamed,golden-net,telecom-operator,SG,https://golden-net.example.org,MM;TH,,,\n"
        ),
    );
    let out = answerable(&["import", "companies", &bad], &db);
    assert!(!out.status.success());
    let printed = stdout(&out);
    for expected in [
        "row 6, column slug:",
        "row 6, column sector:",
        "row 6, column hq_country:",
        "row 6, column contact_email:",
        "row 7, column name: differs from row 2",
    ] {
        assert!(
            printed.contains(expected),
            "{expected} missing from:\n{printed}"
        );
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was imported"));
    let export = answerable(&["export", "companies"], &db);
    // Exported lines end with CRLF, as RFC 4180 says.
    assert_eq!(
        stdout(&export),
        HEADER.replace('\n', "\r\n"),
        "nothing was written"
    );
}

#[test]
fn import_then_reimport_then_round_trip_through_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let good = directory_file(&dir, "good.csv", GOOD);

    let dry = answerable(&["import", "companies", &good, "--dry-run"], &db);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert!(
        stdout(&dry).contains("would be 3 created, 0 updated, 0 unchanged (3 contacts added)"),
        "{}",
        stdout(&dry)
    );
    assert_eq!(
        stdout(&answerable(&["export", "companies"], &db)),
        HEADER.replace('\n', "\r\n"),
        "a dry run writes nothing"
    );

    let first = answerable(&["import", "companies", &good], &db);
    assert!(
        stdout(&first).contains("3 created, 0 updated, 0 unchanged (3 contacts added)"),
        "{}",
        stdout(&first)
    );
    let again = answerable(&["import", "companies", &good], &db);
    assert!(
        stdout(&again).contains("0 created, 0 updated, 3 unchanged"),
        "{}",
        stdout(&again)
    );

    let exported = dir.path().join("export.csv");
    let out = answerable(&["export", "companies", exported.to_str().unwrap()], &db);
    assert!(out.status.success());
    let text = std::fs::read_to_string(&exported).unwrap();
    assert!(
        text.contains("\"Lens & Ledger, Ltd\""),
        "quoted as a spreadsheet needs:\n{text}"
    );
    let round = answerable(&["import", "companies", exported.to_str().unwrap()], &db);
    assert!(
        stdout(&round).contains("0 created, 0 updated, 3 unchanged"),
        "{}",
        stdout(&round)
    );
    let exported_again = stdout(&answerable(&["export", "companies"], &db));
    assert_eq!(
        exported_again, text,
        "export → import → export changes nothing"
    );
}

#[test]
fn a_new_contact_or_a_changed_field_updates_only_that_company() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let good = directory_file(&dir, "good.csv", GOOD);
    answerable(&["import", "companies", &good], &db);
    let changed = directory_file(
        &dir,
        "changed.csv",
        &GOOD
            .replace(
                "Quiet Cable,quiet-cable,network-equipment,CN,https://quiet-cable.example.org,,,,",
                "Quiet Cable,quiet-cable,network-equipment,CN,https://quiet-cable.example.org,MM,Li Wei,li@quiet-cable.example.org,Sales",
            )
            .replace(",DE,,MM,", ",AT,,MM,"),
    );
    let out = answerable(&["import", "companies", &changed], &db);
    assert!(
        stdout(&out).contains("0 created, 2 updated, 1 unchanged (1 contacts added)"),
        "{}",
        stdout(&out)
    );
    let export = stdout(&answerable(&["export", "companies"], &db));
    assert!(export.contains("Li Wei,li@quiet-cable.example.org,Sales"));
    assert!(export.contains("surveillance-vendor,AT,"));
}
