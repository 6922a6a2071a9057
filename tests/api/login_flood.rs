//! 200 sign-ins at once against the real binary: the server's memory stays
//! bounded, `/healthz` keeps answering, and no more passwords are checked
//! than the limits allow. The time `/healthz` took is printed, not
//! asserted (speed targets are measured by `benches/login-flood.sh`, which
//! runs this test against the release build).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::helpers::{hidden_field, PASSWORD};
use crate::served::Served;

const SIGN_INS: usize = 200;
const ADMIN: &str = "flood-admin@example.org";

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

#[tokio::test]
async fn two_hundred_sign_ins_at_once_keep_memory_bounded_and_health_answering() {
    let server = Served::start(&[("ANSWERABLE_ADMIN_PASSWORD", PASSWORD)]).await;
    let created = server.run(&["admin", "create", "--email", ADMIN, "--name", "Flood Admin"]);
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    let base = server.address.clone();
    let rss_before = server.peak_resident_kib();

    // Each sign-in from its own address, as from a botnet, so that only
    // the per-account ceiling and the hashing bound hold them back: half
    // at the admin's account, half at addresses with no account (which
    // cost a dummy hash each, to take as long).
    let mut people = Vec::new();
    for n in 0..SIGN_INS {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .local_address(Some(
                format!("127.0.{}.{}", 2 + n / 250, 1 + n % 250)
                    .parse()
                    .unwrap(),
            ))
            .build()
            .unwrap();
        let form = client
            .get(format!("{base}/admin/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let token = hidden_field(&form, "csrf_token").expect("a CSRF field");
        let email = if n % 2 == 0 {
            ADMIN.to_string()
        } else {
            format!("nobody-{n}@example.org")
        };
        people.push((client, token, email));
    }

    let flooding = Arc::new(AtomicBool::new(true));
    let poller = {
        let (flooding, base) = (flooding.clone(), base.clone());
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut answers = Vec::new();
            while flooding.load(Ordering::Relaxed) {
                let sent = Instant::now();
                let status = client
                    .get(format!("{base}/healthz"))
                    .send()
                    .await
                    .map(|r| r.status());
                answers.push((status, sent.elapsed()));
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            answers
        })
    };
    let flood_started = Instant::now();
    let statuses = futures_util::future::join_all(people.iter().map(|(client, token, email)| {
        let base = base.clone();
        async move {
            client
                .post(format!("{base}/admin/login"))
                .header("origin", &base)
                .form(&[
                    ("email", email.as_str()),
                    ("password", "a wrong guess, at length"),
                    ("csrf_token", token.as_str()),
                    ("next", "/admin"),
                ])
                .send()
                .await
                .map(|r| r.status())
        }
    }))
    .await;
    let flood_took = flood_started.elapsed();
    flooding.store(false, Ordering::Relaxed);
    let answers = poller.await.unwrap();
    let rss_peak = server.peak_resident_kib();

    let count = |s: StatusCode| {
        statuses
            .iter()
            .filter(|r| matches!(r, Ok(x) if *x == s))
            .count()
    };
    let (checked, throttled, busy) = (
        count(StatusCode::UNAUTHORIZED),
        count(StatusCode::TOO_MANY_REQUESTS),
        count(StatusCode::SERVICE_UNAVAILABLE),
    );
    let mut latencies: Vec<_> = answers.iter().map(|(_, d)| *d).collect();
    latencies.sort();
    eprintln!(
        "login flood: {SIGN_INS} sign-ins in {flood_took:?}: {checked} checked (401), \
         {throttled} throttled (429), {busy} busy (503); peak RSS {} MiB (before: {} MiB); \
         /healthz {} answers, p50 {:?}, p99 {:?}, max {:?}",
        rss_peak / 1024,
        rss_before / 1024,
        latencies.len(),
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99),
        latencies.last().unwrap(),
    );

    assert_eq!(
        checked + throttled + busy,
        SIGN_INS,
        "every sign-in had an answer, and none was an error: {statuses:?}"
    );
    assert!(
        rss_peak < 256 * 1024,
        "peak resident memory {} MiB",
        rss_peak / 1024
    );
    assert!(!answers.is_empty());
    for (status, _) in &answers {
        assert!(
            matches!(status, Ok(s) if *s == StatusCode::OK),
            "/healthz answered {status:?} during the flood"
        );
    }

    // Passwords checked: one audit entry each; no more at the admin's
    // account than its ceiling, no more than one per address (each sent one).
    use answerable::db::schema::audit_log::dsl;
    use diesel::prelude::*;
    let mut conn = answerable::db::open(&server.db.target()).unwrap();
    let failed: Vec<(String, Option<String>)> = dsl::audit_log
        .filter(dsl::action.eq("login.failed"))
        .select((dsl::subject, dsl::client_ip))
        .load(&mut conn)
        .unwrap();
    assert_eq!(failed.len(), checked);
    let at_admin = failed.iter().filter(|(s, _)| s == ADMIN).count();
    assert!(
        at_admin <= answerable::domain::throttle::PER_ACCOUNT.attempts,
        "{at_admin} checks at one account"
    );
    let mut addresses: Vec<_> = failed.iter().map(|(_, ip)| ip.clone()).collect();
    addresses.sort();
    addresses.dedup();
    assert_eq!(
        addresses.len(),
        failed.len(),
        "one check per address at most"
    );
    drop(server);
}
