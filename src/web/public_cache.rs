//! What public pages keep in memory. A page rendered from a published
//! version never changes, so it is kept by the version's digest; which
//! version is the latest is looked up again after at most a second, so a
//! publication (from this server, another instance or the command line)
//! shows within a second without a query per request.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

use actix_web::web::Bytes;

const LATEST_FOR: Duration = Duration::from_secs(1);
/// Rendered pages kept at most, and their bytes (as is and gzipped); past
/// either the cache starts again. Every page of every version is kept
/// (a sector, a page, a sort), so the bytes are what bound it.
const MAX_PAGES: usize = 2000;
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// Campaigns whose latest version is kept at most. Only published
/// campaigns are kept (a request cannot add a made-up slug), and past this
/// the cache starts again, so memory is bounded whatever arrives.
const MAX_CAMPAIGNS: usize = 10_000;

#[derive(Default)]
pub struct PublicCache {
    latest: RwLock<HashMap<String, (Instant, Option<String>)>>,
    pages: RwLock<Pages>,
}

#[derive(Default)]
struct Pages {
    by_key: HashMap<String, Page>,
    bytes: usize,
}

/// A rendered page, as is and gzipped once.
#[derive(Clone)]
pub struct Page {
    pub identity: Bytes,
    pub gzip: Bytes,
}

impl Page {
    fn bytes(&self) -> usize {
        self.identity.len() + self.gzip.len()
    }

    pub fn new(body: Bytes) -> Page {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let gzip = encoder
            .write_all(&body)
            .and_then(|()| encoder.finish())
            .map(Bytes::from)
            .unwrap_or_default();
        Page {
            identity: body,
            gzip,
        }
    }
}

impl PublicCache {
    /// The latest version's digest of a campaign, if looked up recently:
    /// `Some(None)` means "not published", `None` "look it up".
    pub fn latest(&self, slug: &str) -> Option<Option<String>> {
        let map = self.latest.read().ok()?;
        let (at, digest) = map.get(slug)?;
        (at.elapsed() < LATEST_FOR).then(|| digest.clone())
    }

    pub fn set_latest(&self, slug: &str, digest: Option<String>) {
        if let Ok(mut map) = self.latest.write() {
            if map.len() >= MAX_CAMPAIGNS && !map.contains_key(slug) {
                map.clear();
            }
            map.insert(slug.to_string(), (Instant::now(), digest));
        }
    }

    pub fn page(&self, key: &str) -> Option<Page> {
        self.pages.read().ok()?.by_key.get(key).cloned()
    }

    pub fn put_page(&self, key: String, body: Page) {
        if let Ok(mut pages) = self.pages.write() {
            if pages.by_key.len() >= MAX_PAGES || pages.bytes + body.bytes() > MAX_BYTES {
                pages.by_key.clear();
                pages.bytes = 0;
            }
            pages.bytes += body.bytes();
            if let Some(old) = pages.by_key.insert(key, body) {
                pages.bytes -= old.bytes();
            }
        }
    }
}
