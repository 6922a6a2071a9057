//! What a representative's request costs the database: the session check
//! that begins every one is a single statement, prepared once per
//! connection and then taken from diesel's statement cache (a statement
//! diesel cannot identify by its type is prepared again every time).

use std::sync::{Arc, Mutex};

use answerable::db::links;
use answerable::db::sessions::Lifetimes;
use answerable::domain::{secret, time};
use chrono::Duration;
use diesel::connection::{Connection, InstrumentationEvent};

use crate::scenarios::{invited, sign_in_with};

#[derive(Default, Debug, PartialEq, Eq)]
struct Counts {
    run: usize,
    prepared_for_cache: usize,
}

#[tokio::test]
async fn the_session_check_is_one_statement_prepared_once() {
    let (app, _mailbox, _editor, links_of) = invited("cheap", 1, 1).await;
    let rep = sign_in_with(&app, &links_of[0][0]).await;
    let cookie = rep
        .cookie("answerable_respondent")
        .expect("a session cookie");
    let digest = secret::digest(&cookie);

    let counts = Arc::new(Mutex::new(Counts::default()));
    let mut conn = app.conn();
    let seen = counts.clone();
    conn.set_instrumentation(move |event: InstrumentationEvent<'_>| {
        let mut c = seen.lock().unwrap();
        match event {
            InstrumentationEvent::StartQuery { .. } => c.run += 1,
            InstrumentationEvent::CacheQuery { .. } => c.prepared_for_cache += 1,
            _ => {}
        }
    });
    let lifetimes = Lifetimes {
        idle: Duration::minutes(app.config.respondent_idle_minutes),
        absolute: Duration::hours(app.config.respondent_lifetime_hours),
    };
    let mut check = || {
        *counts.lock().unwrap() = Counts::default();
        let holder = links::resume(
            &mut conn,
            &digest,
            lifetimes,
            app.config.link_valid_days,
            time::now(),
        )
        .unwrap()
        .expect("the session is live");
        assert_eq!(holder.company_name, "Company 0 of cheap");
        std::mem::take(&mut *counts.lock().unwrap())
    };
    assert_eq!(
        check(),
        Counts {
            run: 1,
            prepared_for_cache: 1
        },
        "the first check on a connection prepares its one statement for the cache"
    );
    assert_eq!(
        check(),
        Counts {
            run: 1,
            prepared_for_cache: 0
        },
        "later checks take it from the cache"
    );
    app.assert_outbox_settled(0);
}
