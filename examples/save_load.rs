//! Load for the answer-saving benchmark: representatives signed in through
//! their links save a section at once, again and again, for a while, the way
//! the page's autosave does (a form post answered with JSON).
//!
//!     cargo run --release --example save_load -- BASE_URL LINKS_FILE SECONDS [EVERY_MS]
//!
//! Without EVERY_MS each representative saves again as soon as the last
//! save is answered (the server's saturation). With it, all of them save
//! at the same instant every EVERY_MS milliseconds: 64 saves at once.
//!
//! LINKS_FILE holds one secret link path (/respond/open/…) per line, one per
//! representative. Prints requests, throughput, latency percentiles and
//! errors (any answer other than a clean save counts, conflicts included).

use std::time::{Duration, Instant};

use reqwest::Client;

const SECTION: &str = "due-diligence";

struct Rep {
    client: Client,
    token: String,
    versions: Vec<(String, String)>,
}

fn hidden(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

async fn sign_in(base: &str, link: &str) -> Rep {
    let client = Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::limited(5))
        .build()
        .unwrap();
    let page = client
        .get(format!("{base}{link}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = hidden(&page, "csrf_token").expect("the link page has a form");
    let signed = client
        .post(format!("{base}{link}"))
        .header("origin", base)
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert!(
        signed.status().is_success(),
        "signing in failed: {}",
        signed.status()
    );
    let section = client
        .get(format!("{base}/respond/sections/{SECTION}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = hidden(&section, "csrf_token").unwrap();
    let mut versions = Vec::new();
    let mut rest = section.as_str();
    while let Some(at) = rest.find("name=\"v.") {
        let after = &rest[at + 8..];
        let key = after[..after.find('"').unwrap()].to_string();
        versions.push((key.clone(), hidden(&section, &format!("v.{key}")).unwrap()));
        rest = after;
    }
    Rep {
        client,
        token,
        versions,
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (base, file, seconds, every) = match args.as_slice() {
        [_, base, file, seconds] => (
            base.clone(),
            file.clone(),
            seconds.parse::<u64>().unwrap(),
            None,
        ),
        [_, base, file, seconds, every] => (
            base.clone(),
            file.clone(),
            seconds.parse::<u64>().unwrap(),
            Some(Duration::from_millis(every.parse().unwrap())),
        ),
        _ => {
            eprintln!("usage: save_load BASE_URL LINKS_FILE SECONDS [EVERY_MS]");
            std::process::exit(2);
        }
    };
    let links: Vec<String> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    let mut reps = Vec::new();
    for link in &links {
        reps.push(sign_in(&base, link).await);
    }
    // Each run of this program writes texts of its own, so that the first
    // save of a run changes what an earlier run stored.
    let run = std::process::id();
    let began = Instant::now();
    let until = began + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for (n, mut rep) in reps.into_iter().enumerate() {
        let base = base.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = Vec::new();
            let mut i = 0u64;
            while Instant::now() < until {
                if let Some(every) = every {
                    // Wait for the next common instant.
                    let elapsed = began.elapsed().as_nanos();
                    let period = every.as_nanos();
                    let next = (elapsed / period + 1) * period;
                    tokio::time::sleep(Duration::from_nanos((next - elapsed) as u64)).await;
                    if Instant::now() >= until {
                        break;
                    }
                }
                i += 1;
                let text = format!(
                    "Representative {n}, run {run}, save {i}: ကျွန်ုပ်တို့သည် လူ့အခွင့်အရေး ဆိုင်ရာ စစ်ဆေးမှုကို နှစ်စဉ် ပြုလုပ်ပါသည်။ {}",
                    "We assess our operations and suppliers every year. ".repeat(20)
                );
                let mut form: Vec<(String, String)> =
                    vec![("csrf_token".into(), rep.token.clone())];
                for (key, version) in &rep.versions {
                    form.push((format!("v.{key}"), version.clone()));
                }
                form.push(("a.hrdd-policy".into(), "yes".into()));
                form.push(("a.hrdd-process".into(), text));
                let started = Instant::now();
                let reply = rep
                    .client
                    .post(format!("{base}/respond/sections/{SECTION}"))
                    .header("accept", "application/json")
                    .header("origin", base.clone())
                    .form(&form)
                    .send()
                    .await;
                let outcome = match reply {
                    Ok(r) if r.status().is_success() => r.json::<serde_json::Value>().await.ok(),
                    Ok(r) => {
                        errors.push(format!(
                            "HTTP {}: {}",
                            r.status(),
                            r.text().await.unwrap_or_default()
                        ));
                        None
                    }
                    Err(e) => {
                        errors.push(e.to_string());
                        None
                    }
                };
                latencies.push(started.elapsed());
                if let Some(json) = outcome {
                    let saved = json["saved"].as_u64().unwrap_or(0);
                    if saved == 0 || !json["conflicts"].as_array().is_some_and(|c| c.is_empty()) {
                        errors.push(format!("not saved cleanly: {json}"));
                    }
                    for (key, version) in rep.versions.iter_mut() {
                        if let Some(v) = json["versions"][key.as_str()].as_i64() {
                            *version = v.to_string();
                        }
                    }
                }
            }
            (latencies, errors)
        }));
    }
    let mut latencies = Vec::new();
    let mut errors = Vec::new();
    for task in tasks {
        let (l, e) = task.await.unwrap();
        latencies.extend(l);
        errors.extend(e);
    }
    latencies.sort();
    let pct = |p: f64| {
        let i = ((latencies.len() as f64 * p).ceil() as usize).clamp(1, latencies.len()) - 1;
        latencies[i].as_secs_f64() * 1000.0
    };
    let mode = match every {
        Some(every) => format!("all at once every {} ms", every.as_millis()),
        None => "each again as soon as answered".to_string(),
    };
    println!(
        "{} representatives ({mode}), {} saves in {seconds} s: {:.0} saves/s; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; errors {}",
        links.len(),
        latencies.len(),
        latencies.len() as f64 / seconds as f64,
        pct(0.50),
        pct(0.99),
        latencies.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
        errors.len()
    );
    for e in errors.iter().take(5) {
        println!("  error: {e}");
    }
}
