//! A published version of a campaign's results: one canonical JSON
//! document, immutable, identified by its SHA-256. Public pages and open
//! data are read from it and nothing else, so what the public sees is what
//! was published, and never a contact's name or address, a draft, an
//! unpublished score or a staff member's identity.

mod assemble;
mod rounding;
mod rounds;
mod schema;

pub use assemble::{assemble, CampaignFacts, CompanyFacts, Inputs, Reply, ReviewerScore, Revision};
pub use rounding::{round_score, score_text};
pub use rounds::{compare, signed, DemandChange, PreviousRound, RoundChange};
pub use schema::{data_package, scorecard_schema};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::domain::i18n::Tr;

pub const LICENCE: &str = "CC BY 4.0";
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct Publication {
    pub format: u32,
    pub licence: String,
    pub version: i32,
    /// UTC, RFC 3339.
    pub published_at: String,
    /// What changed since the previous version, in the editor's words.
    pub note: String,
    pub campaign: PublishedCampaign,
    pub demands: Vec<PublishedDemand>,
    pub companies: Vec<PublishedCompany>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct PublishedCampaign {
    pub slug: String,
    pub title: String,
    pub time_zone: String,
    pub deadline: String,
    pub organisations: Vec<String>,
    pub questionnaire: PublishedQuestionnaire,
    /// Present when the editor closed the campaign before companies'
    /// deadlines and ended their time, with the reason given. Companies
    /// whose deadline was later than `closed_at` and had not answered are
    /// listed as not having responded, beside this reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_early: Option<ClosedEarly>,
    /// Present in a later round: the previous round's version compared with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_round: Option<PreviousRound>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct ClosedEarly {
    /// UTC, RFC 3339.
    pub closed_at: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct PublishedQuestionnaire {
    pub slug: String,
    pub version: String,
    pub digest: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct PublishedDemand {
    pub key: String,
    pub title: String,
    pub weight: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct PublishedCompany {
    pub slug: String,
    pub name: String,
    pub sector: String,
    pub hq_country: String,
    /// responded, declined, did not respond, or still has time (its own
    /// deadline, `outreach.deadline`, had not passed at publication).
    pub standing: String,
    pub outreach: Outreach,
    /// Present when the company declined and the campaign publishes reasons.
    pub decline_reason: Option<String>,
    /// The submitted revision scored, and its SHA-256 (the receipt's).
    pub revision: Option<i32>,
    pub submission_digest: Option<String>,
    /// 0 to 100; `None` when nothing applicable was scored.
    pub total: Option<f64>,
    pub demand_scores: Vec<DemandScore>,
    pub answers: Vec<PublishedAnswer>,
    /// The company's replies to its preliminary findings (unless the
    /// campaign keeps them unpublished), without who wrote them.
    pub replies: Vec<PublishedReply>,
    /// In a later round, for a company asked in the previous one: its
    /// standing and scores then, and the change since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since_previous_round: Option<RoundChange>,
    /// Present when the response scored is a letter or email recorded by
    /// staff ("responded by letter"): the document, by its SHA-256, is
    /// downloadable from the company's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<PublishedLetter>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct PublishedLetter {
    pub sha256: String,
    pub content_type: String,
    pub size: i32,
    /// The day it was received, YYYY-MM-DD.
    pub received_on: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct PublishedReply {
    pub body: String,
    /// UTC, RFC 3339.
    pub replied_at: String,
}

/// The dates that show a company was asked: what a "did not respond"
/// listing cites. UTC, RFC 3339.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct Outreach {
    pub invited: Option<String>,
    pub reminded: Vec<String>,
    pub first_opened: Option<String>,
    pub submitted: Option<String>,
    pub declined: Option<String>,
    pub deadline: String,
    /// When preliminary findings were sent for the company to reply to.
    pub findings_sent: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct DemandScore {
    pub demand: String,
    pub score: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct PublishedAnswer {
    pub question: String,
    pub number: String,
    pub prompt: String,
    /// Verbatim, choices by their labels.
    pub values: Vec<String>,
    /// Points, or `None` when not scored, not applicable, or pending.
    pub score: Option<f64>,
    /// "points", "not applicable", "not scored" or "pending".
    pub scoring: String,
    /// A reviewer's level and rationale, for written answers.
    pub level: Option<String>,
    pub rationale: Option<String>,
    /// The evidence documents attached to the answer, by their SHA-256,
    /// when the campaign publishes them (absent when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<crate::domain::answers::SnapshotDocument>,
    /// The language the answer was given in, as its submission records it
    /// (absent when not known, so that earlier publications read back and
    /// hash the same).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
}

/// A published standing ("responded", "declined", "did not respond",
/// "still has time") in the reader's words; an unknown one as stored.
pub fn standing(tr: &Tr, standing: &str) -> String {
    match standing {
        "responded" => tr.t("public-standing-responded"),
        "declined" => tr.t("public-standing-declined"),
        "did not respond" => tr.t("public-standing-did-not-respond"),
        "still has time" => tr.t("public-standing-still-has-time"),
        other => other.to_string(),
    }
}

impl Publication {
    /// The canonical bytes: compact JSON, fields in declaration order.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a publication always serialises")
    }

    pub fn digest_of(json: &str) -> String {
        hex::encode(Sha256::digest(json.as_bytes()))
    }

    /// The campaign's zone (UTC when it cannot be read).
    fn zone(&self) -> chrono_tz::Tz {
        crate::domain::campaign::parse_time_zone(&self.campaign.time_zone)
            .unwrap_or(chrono_tz::Tz::UTC)
    }

    /// A time of this document (RFC 3339, UTC) in the campaign's zone,
    /// with the zone named, in the reader's language; the text as stored
    /// if it cannot be read.
    pub fn in_zone(&self, tr: &Tr, rfc3339: &str) -> String {
        tr.date_time_rfc3339(rfc3339, self.zone())
    }

    /// The day of a time of this document in the campaign's zone, as
    /// people write it: "23 December 2026".
    pub fn day(&self, tr: &Tr, rfc3339: &str) -> String {
        tr.day_rfc3339(rfc3339, self.zone())
    }

    /// A sector as people read it ("Telecom operator"), not its key.
    pub fn sector_label(&self, tr: &Tr, key: &str) -> String {
        match crate::domain::company::Sector::parse(key) {
            Ok(s) => tr.t(&format!("public-sector-{}", s.as_str())),
            Err(_) => key.to_string(),
        }
    }

    /// A company's standing as the public reads it: "still has time until
    /// …" with its own deadline, and for a company whose time the editor
    /// ended at closing, when and that it was ended early.
    pub fn standing_text(&self, tr: &Tr, c: &PublishedCompany) -> String {
        if c.standing == "still has time" {
            return tr.t1(
                "public-standing-still-has-time-until",
                "deadline",
                self.in_zone(tr, &c.outreach.deadline),
            );
        }
        if self.time_ended_early(c) {
            if let Some(early) = &self.campaign.closed_early {
                return tr.t1(
                    "public-standing-ended-early",
                    "closed",
                    self.in_zone(tr, &early.closed_at),
                );
            }
        }
        if c.standing == "responded" && c.letter.is_some() {
            return tr.t("public-standing-responded-by-letter");
        }
        standing(tr, &c.standing)
    }

    /// Whether the editor ended this company's time at closing, before its
    /// own deadline, without an answer from it.
    pub fn time_ended_early(&self, c: &PublishedCompany) -> bool {
        self.campaign.closed_early.as_ref().is_some_and(|early| {
            c.standing == "did not respond"
                && c.outreach.deadline.as_str() > early.closed_at.as_str()
        })
    }

    /// The companies that still had time to answer at publication.
    pub fn still_answering(&self) -> Vec<&PublishedCompany> {
        self.companies
            .iter()
            .filter(|c| c.standing == "still has time")
            .collect()
    }

    pub fn company(&self, slug: &str) -> Option<&PublishedCompany> {
        self.companies.iter().find(|c| c.slug == slug)
    }

    /// Companies that answered, out of all asked.
    pub fn responded(&self) -> (usize, usize) {
        (
            self.companies
                .iter()
                .filter(|c| c.standing == "responded")
                .count(),
            self.companies.len(),
        )
    }

    /// The scorecard as CSV: one row per company, a column per demand.
    pub fn to_csv(&self) -> String {
        let mut out = super::spreadsheet::writer();
        let mut header = vec![
            "company".to_string(),
            "slug".to_string(),
            "sector".to_string(),
            "hq_country".to_string(),
            "standing".to_string(),
            "total".to_string(),
        ];
        header.extend(self.demands.iter().map(|d| format!("demand:{}", d.key)));
        header.extend(
            [
                "invited",
                "reminded",
                "first_opened",
                "submitted",
                "declined",
                "deadline",
                "submission_sha256",
                "publication_version",
                "licence",
            ]
            .map(String::from),
        );
        let _ = out.write_record(&header);
        // The published numbers (see `rounding`) with one decimal.
        let number = |n: Option<f64>| n.map(|v| format!("{v:.1}")).unwrap_or_default();
        for c in &self.companies {
            let mut row = vec![
                c.name.clone(),
                c.slug.clone(),
                c.sector.clone(),
                c.hq_country.clone(),
                c.standing.clone(),
                number(c.total),
            ];
            row.extend(self.demands.iter().map(|d| {
                number(
                    c.demand_scores
                        .iter()
                        .find(|s| s.demand == d.key)
                        .and_then(|s| s.score),
                )
            }));
            row.extend([
                c.outreach.invited.clone().unwrap_or_default(),
                c.outreach.reminded.join(";"),
                c.outreach.first_opened.clone().unwrap_or_default(),
                c.outreach.submitted.clone().unwrap_or_default(),
                c.outreach.declined.clone().unwrap_or_default(),
                c.outreach.deadline.clone(),
                c.submission_digest.clone().unwrap_or_default(),
                self.version.to_string(),
                self.licence.clone(),
            ]);
            let _ = out.write_record(super::spreadsheet::row(&row));
        }
        String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}
