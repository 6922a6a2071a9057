use super::*;
use crate::domain::questionnaire::parse;

const SOURCE: &str = r#"
format = 1
slug = "t"
version = "1"
default_language = "en"
title = "T"
summary = "S"
[source]
title = "Src"
date = 2024-01-31
organisations = ["A"]
[[demands]]
key = "d"
title = "D"
text = "Demand"
[[sections]]
key = "s"
title = "Section"
[[sections.questions]]
key = "present"
demands = ["d"]
kind = "single_choice"
prompt = "Are you present?"
required = true
options = [{ key = "yes", label = "Yes" }, { key = "no", label = "No" }]
[[sections.questions]]
key = "how"
demands = ["d"]
kind = "short_text"
prompt = "How?"
required = true
max_length = 10
condition = { question = "present", any_of = ["yes"] }
[[sections.questions]]
key = "links"
demands = ["d"]
kind = "evidence_links"
prompt = "Links"
max_items = 2
[[sections.questions]]
key = "staff"
demands = ["d"]
kind = "number"
prompt = "Staff"
min = 0
max = 1000
[[sections.questions]]
key = "since"
demands = ["d"]
kind = "date"
prompt = "Since"
min_date = 2020-01-01
[[sections.questions]]
key = "areas"
demands = ["d"]
kind = "multiple_choice"
prompt = "Areas"
options = [{ key = "a", label = "Area A" }, { key = "b", label = "Area B" }]
"#;

fn questionnaire() -> Questionnaire {
    parse(SOURCE.as_bytes()).expect("the test questionnaire is valid")
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn posted_values_become_stored_text() {
    let q = questionnaire();
    let areas = q.question("areas").unwrap();
    assert_eq!(
        from_form(areas, &["b".into(), "a".into(), "b".into()]).unwrap(),
        "a\nb",
        "option order, each once"
    );
    assert!(from_form(areas, &["z".into()]).is_err());
    let present = q.question("present").unwrap();
    assert!(from_form(present, &["yes".into(), "no".into()]).is_err());
    let links = q.question("links").unwrap();
    assert_eq!(
        from_form(
            links,
            &[" https://a.example\r\n\r\nhttps://b.example ".into()]
        )
        .unwrap(),
        "https://a.example\nhttps://b.example"
    );
    let how = q.question("how").unwrap();
    assert_eq!(
        from_form(how, &["ျမန်မာ\r\nစာ".into()]).unwrap(),
        "ျမန်မာ\nစာ"
    );
}

#[test]
fn problems_are_said_in_plain_words() {
    let q = questionnaire();
    let how = q.question("how").unwrap();
    assert!(problems(how, "ဗမာစာ ဗမာစာ ဗမာစာ")[0].contains("the limit is 10"));
    assert!(problems(how, "ဗမာစာ").is_empty(), "characters, not bytes");
    let links = q.question("links").unwrap();
    let p = problems(
        links,
        "https://ok.example\nwww.example.org\nftp://x.example",
    );
    assert!(p.iter().any(|m| m.contains("at most 2")));
    assert!(p.iter().any(|m| m.contains("Line 2 (“www.example.org”)")));
    assert!(p.iter().any(|m| m.contains("Line 3")));
    let staff = q.question("staff").unwrap();
    assert!(problems(staff, "12,5")[0].contains("is not a number"));
    assert!(problems(staff, "2000")[0].contains("at most 1000"));
    assert!(problems(staff, "12.5").is_empty());
    let since = q.question("since").unwrap();
    assert!(problems(since, "31/01/2024")[0].contains("year-month-day"));
    assert!(problems(since, "2019-12-31")[0].contains("on or after 2020-01-01"));
    assert!(problems(since, "").is_empty());
}

#[test]
fn conditional_questions_follow_their_condition() {
    let q = questionnaire();
    let how = q.question("how").unwrap();
    assert!(!is_shown(&q, how, &answers(&[])));
    assert!(!is_shown(&q, how, &answers(&[("present", "no")])));
    assert!(is_shown(&q, how, &answers(&[("present", "yes")])));
    let all = q.sections[0].questions.iter();
    let p = Progress::of(&q, all, &answers(&[("present", "no")]));
    assert_eq!(
        (p.required, p.required_answered),
        (1, 1),
        "the hidden required question does not count"
    );
    let blockers = blockers(&q, &answers(&[("present", "yes")]));
    assert_eq!(
        blockers,
        vec![(
            "1.2".to_string(),
            "a required answer is missing".to_string()
        )]
    );
}

#[test]
fn the_snapshot_digest_is_stable_and_covers_every_answer() {
    let q = questionnaire();
    let a = answers(&[
        ("present", "yes"),
        ("how", "ပြည်တွင်း 中文"),
        ("areas", "a\nb"),
    ]);
    let snapshot = Snapshot {
        format: 1,
        campaign: SnapshotCampaign {
            slug: "c".into(),
            title: "C".into(),
        },
        company: SnapshotCompany {
            slug: "co".into(),
            name: "Co".into(),
        },
        questionnaire: SnapshotQuestionnaire {
            slug: "t".into(),
            version: "1".into(),
            digest: "ab".into(),
        },
        revision: 1,
        submitted_at: "2026-11-25T10:00:00Z".into(),
        answers: Snapshot::answers_of(&q, &a),
        letter: None,
    };
    let json = snapshot.to_json();
    assert_eq!(
        Snapshot::digest_of(&json),
        Snapshot::digest_of(&snapshot.clone().to_json())
    );
    assert!(json.contains("ပြည်တွင်း 中文"), "Unicode as written");
    let back: Snapshot = serde_json::from_str(&json).unwrap();
    assert_eq!(back, snapshot);
    let mut changed = snapshot.clone();
    changed.answers[1].values[0].push('.');
    assert_ne!(
        Snapshot::digest_of(&changed.to_json()),
        Snapshot::digest_of(&json)
    );
    let text = snapshot.plain_text(&q);
    assert!(text.contains("1.1 Are you present?\n  Yes\n"), "{text}");
    assert!(text.contains("  Area A\n  Area B\n"));
    assert!(text.contains("1.3 Links\n  (no answer)"));
}

#[test]
fn problems_are_said_in_the_readers_language() {
    use crate::domain::i18n::{Lang, Tr};
    let q = questionnaire();
    let how = q.question("how").unwrap();
    let my = Tr::new(Lang::parse("my").unwrap());
    let said = problems_in(how, "ဗမာစာ ဗမာစာ ဗမာစာ", my);
    assert_eq!(said.len(), 1);
    assert!(
        said[0].contains("၁၀"),
        "the limit in Burmese digits: {}",
        said[0]
    );
    assert!(!said[0].contains("limit"), "{}", said[0]);
    assert_eq!(
        problems_in(how, "ဗမာစာ ဗမာစာ ဗမာစာ", Tr::english()),
        problems(how, "ဗမာစာ ဗမာစာ ဗမာစာ")
    );
    let staff = q.question("staff").unwrap();
    assert_eq!(
        problems(staff, "2000"),
        ["The number must be at most 1000."],
        "English as it always read"
    );
}
