//! Assembling a publication from a campaign's results as they stand
//! (statuses, scores, rationales, the verbatim answers of the latest
//! submitted revisions, outreach dates): pure, from the facts that
//! `db::publications::inputs` reads.

use chrono::NaiveDateTime;

use super::{
    ClosedEarly, DemandScore, Outreach, Publication, PublishedAnswer, PublishedCampaign,
    PublishedCompany, PublishedDemand, PublishedLetter, PublishedQuestionnaire, PublishedReply,
    LICENCE,
};
use crate::domain::answers::Snapshot;
use crate::domain::campaign::{still_has_time, CampaignState, TargetStatus};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::{self, Judgement, QuestionScore, Standing};

/// Everything a publication is made of, as stored.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub campaign: CampaignFacts,
    /// The co-signing organisations, in order.
    pub organisations: Vec<String>,
    pub questionnaire: PublishedQuestionnaire,
    /// Every company asked, by name.
    pub companies: Vec<CompanyFacts>,
}

#[derive(Debug, Clone)]
pub struct CampaignFacts {
    pub slug: String,
    pub title: String,
    pub time_zone: String,
    pub deadline_at: NaiveDateTime,
    pub publish_replies: bool,
    pub publish_decline_reasons: bool,
    pub publish_evidence: bool,
    /// When the campaign was closed and the reason, if the editor ended
    /// every company's time at closing.
    pub cut_short: Option<(NaiveDateTime, String)>,
}

/// One company asked, and what came of it.
#[derive(Debug, Clone)]
pub struct CompanyFacts {
    pub slug: String,
    pub name: String,
    pub sector: String,
    pub hq_country: String,
    pub status: TargetStatus,
    /// Its own deadline, when it was given more time.
    pub own_deadline: Option<NaiveDateTime>,
    pub invited_at: Option<NaiveDateTime>,
    pub first_opened_at: Option<NaiveDateTime>,
    pub declined_at: Option<NaiveDateTime>,
    pub decline_reason: Option<String>,
    /// The latest submitted revision, if any.
    pub latest: Option<Revision>,
    /// The reviewers' scores of written answers.
    pub scores: Vec<ReviewerScore>,
    pub findings_sent_at: Option<NaiveDateTime>,
    /// Its replies to the findings, oldest first.
    pub replies: Vec<Reply>,
    /// When reminders were sent, oldest first.
    pub reminders_sent: Vec<NaiveDateTime>,
}

#[derive(Debug, Clone)]
pub struct Revision {
    pub revision: i32,
    pub digest: String,
    pub submitted_at: NaiveDateTime,
    pub snapshot: Snapshot,
}

#[derive(Debug, Clone)]
pub struct ReviewerScore {
    pub question_key: String,
    /// The rubric level's key.
    pub level: String,
    pub points: Option<u8>,
    pub rationale: String,
}

#[derive(Debug, Clone)]
pub struct Reply {
    pub body: String,
    pub replied_at: NaiveDateTime,
}

fn rfc3339(t: NaiveDateTime) -> String {
    t.and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The document for the campaign as `inputs` has it: version `number`,
/// published `now` with the editor's `note`.
pub fn assemble(
    inputs: Inputs,
    questionnaire: &Questionnaire,
    number: i32,
    note: &str,
    now: NaiveDateTime,
) -> Publication {
    let lang = questionnaire.default_language.as_str();
    let campaign = &inputs.campaign;
    let companies = inputs
        .companies
        .into_iter()
        .map(|company| published_company(company, campaign, questionnaire, now))
        .collect();
    Publication {
        format: 1,
        licence: LICENCE.to_string(),
        version: number,
        published_at: rfc3339(now),
        note: note.to_string(),
        campaign: PublishedCampaign {
            slug: campaign.slug.clone(),
            title: campaign.title.clone(),
            time_zone: campaign.time_zone.clone(),
            deadline: rfc3339(campaign.deadline_at),
            organisations: inputs.organisations,
            questionnaire: inputs.questionnaire,
            closed_early: campaign
                .cut_short
                .as_ref()
                .map(|(closed_at, reason)| ClosedEarly {
                    closed_at: rfc3339(*closed_at),
                    reason: reason.clone(),
                }),
            previous_round: None,
        },
        demands: questionnaire
            .demands
            .iter()
            .map(|d| PublishedDemand {
                key: d.key.to_string(),
                title: d.title.get(lang, lang).to_string(),
                weight: d.weight(),
            })
            .collect(),
        companies,
    }
}

fn published_company(
    t: CompanyFacts,
    campaign: &CampaignFacts,
    questionnaire: &Questionnaire,
    now: NaiveDateTime,
) -> PublishedCompany {
    let lang = questionnaire.default_language.as_str();
    let latest = t.latest.as_ref();
    let snapshot = latest.map(|r| &r.snapshot);
    let own_deadline = t.own_deadline.unwrap_or(campaign.deadline_at);
    // A campaign is published once closed; whoever may still answer then
    // is not published as silent.
    let has_time = still_has_time(
        CampaignState::Closed,
        campaign.cut_short.is_some(),
        t.status,
        own_deadline,
        now,
    );
    let standing = Standing::of(t.status, latest.is_some(), has_time);
    let answers_map = snapshot.map(Snapshot::answers_map).unwrap_or_default();
    let judgements = t
        .scores
        .iter()
        .map(|s| (s.question_key.clone(), Judgement { points: s.points }))
        .collect();
    let card = scoring::score(questionnaire, standing, &answers_map, &judgements);
    // One reminder a day at most is cited.
    let mut reminder_days: Vec<NaiveDateTime> = Vec::new();
    for r in t.reminders_sent {
        if !reminder_days.iter().any(|d| d.date() == r.date()) {
            reminder_days.push(r);
        }
    }
    let answers = snapshot
        .map(|s| {
            s.answers
                .iter()
                .map(|a| {
                    let q = questionnaire.question(&a.question);
                    let values = a
                        .values
                        .iter()
                        .map(|v| {
                            q.and_then(|q| {
                                q.options()
                                    .into_iter()
                                    .find(|o| o.key.as_str() == v)
                                    .map(|o| o.label.get(lang, lang).to_string())
                            })
                            .unwrap_or_else(|| v.clone())
                        })
                        .collect();
                    let judged = t.scores.iter().find(|r| r.question_key == a.question);
                    let level = judged.and_then(|r| {
                        q.and_then(|q| {
                            q.rubric()
                                .into_iter()
                                .find(|l| l.key.as_str() == r.level)
                                .map(|l| l.label.get(lang, lang).to_string())
                        })
                    });
                    let (score, scoring) = match card.question(&a.question) {
                        Some(QuestionScore::Points(p)) => (Some(super::round_score(p)), "points"),
                        Some(QuestionScore::NotApplicable) => (None, "not applicable"),
                        Some(QuestionScore::Pending) => (None, "pending"),
                        None => (None, "not scored"),
                    };
                    PublishedAnswer {
                        question: a.question.clone(),
                        number: a.number.clone(),
                        prompt: a.prompt.clone(),
                        values,
                        score,
                        scoring: scoring.to_string(),
                        level,
                        rationale: judged.map(|r| r.rationale.clone()),
                        documents: if campaign.publish_evidence {
                            a.documents.clone()
                        } else {
                            Vec::new()
                        },
                        language: a.language.clone(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let replies = if campaign.publish_replies {
        t.replies
            .into_iter()
            .map(|r| PublishedReply {
                body: r.body,
                replied_at: rfc3339(r.replied_at),
            })
            .collect()
    } else {
        Vec::new()
    };
    PublishedCompany {
        slug: t.slug,
        name: t.name,
        sector: t.sector,
        hq_country: t.hq_country,
        standing: standing.label().to_string(),
        outreach: Outreach {
            invited: t.invited_at.map(rfc3339),
            reminded: reminder_days.into_iter().map(rfc3339).collect(),
            first_opened: t.first_opened_at.map(rfc3339),
            submitted: latest.map(|s| rfc3339(s.submitted_at)),
            declined: t.declined_at.map(rfc3339),
            deadline: rfc3339(own_deadline),
            findings_sent: t.findings_sent_at.map(rfc3339),
        },
        decline_reason: t
            .decline_reason
            .filter(|_| campaign.publish_decline_reasons && standing == Standing::Declined),
        revision: latest.map(|s| s.revision),
        submission_digest: latest.map(|s| s.digest.clone()),
        total: card.total.map(super::round_score),
        demand_scores: card
            .demands
            .iter()
            .map(|(k, s)| DemandScore {
                demand: k.clone(),
                score: s.map(super::round_score),
            })
            .collect(),
        answers,
        replies,
        since_previous_round: None,
        letter: latest
            .and_then(|s| s.snapshot.letter.as_ref())
            .map(|l| PublishedLetter {
                sha256: l.sha256.clone(),
                content_type: l.content_type.clone(),
                size: l.size,
                received_on: l.received_on.clone(),
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{
        SnapshotAnswer, SnapshotCampaign, SnapshotCompany, SnapshotQuestionnaire,
    };
    use crate::domain::questionnaire::parse;

    const SOURCE: &str = r#"
format = 1
slug = "s"
version = "1"
default_language = "en"
title = "T"
summary = "S"
[source]
title = "Src"
date = 2024-01-31
organisations = ["A"]
[[demands]]
key = "disclose"
title = "Disclose"
text = "Disclose"
[[sections]]
key = "s"
title = "S"
[[sections.questions]]
key = "policy"
demands = ["disclose"]
kind = "yes_partial_no"
prompt = "Policy?"
[sections.questions.scoring]
[[sections.questions]]
key = "report"
demands = ["disclose"]
kind = "long_text"
prompt = "Report"
[sections.questions.scoring]
guidance = "Yes: a public yearly report."
"#;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, day)
            .and_then(|d| d.and_hms_opt(hour, 0, 0))
            .expect("a valid time")
    }

    fn company(slug: &str, status: TargetStatus) -> CompanyFacts {
        CompanyFacts {
            slug: slug.into(),
            name: slug.to_uppercase(),
            sector: "Telecoms".into(),
            hq_country: "NO".into(),
            status,
            own_deadline: None,
            invited_at: Some(at(1, 9)),
            first_opened_at: None,
            declined_at: None,
            decline_reason: None,
            latest: None,
            scores: Vec::new(),
            findings_sent_at: None,
            replies: Vec::new(),
            reminders_sent: Vec::new(),
        }
    }

    fn inputs(companies: Vec<CompanyFacts>) -> Inputs {
        Inputs {
            campaign: CampaignFacts {
                slug: "c".into(),
                title: "Campaign".into(),
                time_zone: "Asia/Yangon".into(),
                deadline_at: at(15, 10),
                publish_replies: false,
                publish_decline_reasons: true,
                publish_evidence: true,
                cut_short: None,
            },
            organisations: vec!["Access Now".into()],
            questionnaire: PublishedQuestionnaire {
                slug: "s".into(),
                version: "1".into(),
                digest: "d".into(),
            },
            companies,
        }
    }

    #[test]
    fn a_company_that_never_answered_is_listed_as_not_responding_with_its_outreach() {
        let q = parse(SOURCE.as_bytes()).expect("valid");
        let mut silent = company("silent", TargetStatus::Invited);
        // Two reminders on one day count once.
        silent.reminders_sent = vec![at(8, 9), at(8, 17), at(14, 9)];
        silent.own_deadline = Some(at(22, 10));
        let p = assemble(inputs(vec![silent]), &q, 2, "second", at(23, 12));
        assert_eq!(p.version, 2);
        assert_eq!(p.published_at, "2026-12-23T12:00:00Z");
        assert_eq!(p.responded(), (0, 1));
        let c = p.company("silent").expect("listed");
        assert_eq!(c.standing, "did not respond");
        assert_eq!(c.outreach.invited.as_deref(), Some("2026-12-01T09:00:00Z"));
        assert_eq!(
            c.outreach.reminded,
            ["2026-12-08T09:00:00Z", "2026-12-14T09:00:00Z"]
        );
        assert_eq!(c.outreach.deadline, "2026-12-22T10:00:00Z");
        assert!(c.answers.is_empty() && c.revision.is_none());
        assert_eq!(c.total, Some(0.0), "silence scores zero");
    }

    #[test]
    fn answers_are_published_with_labels_scores_and_reasons() {
        let q = parse(SOURCE.as_bytes()).expect("valid");
        let mut answered = company("answered", TargetStatus::Submitted);
        answered.latest = Some(Revision {
            revision: 1,
            digest: "abc".into(),
            submitted_at: at(10, 8),
            snapshot: Snapshot {
                format: 1,
                campaign: SnapshotCampaign {
                    slug: "c".into(),
                    title: "Campaign".into(),
                },
                company: SnapshotCompany {
                    slug: "answered".into(),
                    name: "ANSWERED".into(),
                },
                questionnaire: SnapshotQuestionnaire {
                    slug: "s".into(),
                    version: "1".into(),
                    digest: "d".into(),
                },
                revision: 1,
                submitted_at: "2026-12-10T08:00:00Z".into(),
                answers: vec![
                    SnapshotAnswer {
                        question: "policy".into(),
                        number: "1".into(),
                        kind: "yes_partial_no".into(),
                        prompt: "Policy?".into(),
                        values: vec!["partial".into()],
                        documents: Vec::new(),
                        language: String::new(),
                    },
                    SnapshotAnswer {
                        question: "report".into(),
                        number: "2".into(),
                        kind: "long_text".into(),
                        prompt: "Report".into(),
                        values: vec!["We publish one.".into()],
                        documents: Vec::new(),
                        language: String::new(),
                    },
                ],
                letter: None,
            },
        });
        answered.scores = vec![ReviewerScore {
            question_key: "report".into(),
            level: "yes".into(),
            points: Some(100),
            rationale: "A yearly report.".into(),
        }];
        answered.replies = vec![Reply {
            body: "Unpublished".into(),
            replied_at: at(12, 8),
        }];
        let mut declined = company("declined", TargetStatus::Declined);
        declined.declined_at = Some(at(5, 8));
        declined.decline_reason = Some("No time".into());
        let p = assemble(inputs(vec![answered, declined]), &q, 1, "", at(20, 12));
        assert_eq!(p.responded(), (1, 2));
        let c = p.company("answered").expect("listed");
        assert_eq!(c.standing, "responded");
        assert_eq!(c.submission_digest.as_deref(), Some("abc"));
        assert_eq!(c.answers[0].values, ["Partly"], "choices by their labels");
        assert_eq!(c.answers[0].score, Some(50.0));
        assert_eq!(c.answers[1].level.as_deref(), Some("Yes"));
        assert_eq!(c.answers[1].rationale.as_deref(), Some("A yearly report."));
        assert!(
            c.replies.is_empty(),
            "this campaign keeps replies unpublished"
        );
        let d = p.company("declined").expect("listed");
        assert_eq!(d.standing, "declined");
        assert_eq!(d.decline_reason.as_deref(), Some("No time"));
        assert_eq!(p.demands[0].title, "Disclose");
        assert_eq!(p.campaign.organisations, ["Access Now"]);
    }

    #[test]
    fn a_company_whose_own_deadline_has_not_passed_still_has_time() {
        let q = parse(SOURCE.as_bytes()).expect("valid");
        let mut extended = company("extended", TargetStatus::Viewed);
        extended.own_deadline = Some(at(22, 10));
        let never_asked = company("never-asked", TargetStatus::NotInvited);
        let p = assemble(
            inputs(vec![extended.clone(), never_asked]),
            &q,
            1,
            "",
            at(20, 12),
        );
        let c = p.company("extended").expect("listed");
        assert_eq!(c.standing, "still has time");
        assert_eq!(c.outreach.deadline, "2026-12-22T10:00:00Z");
        assert_eq!(c.total, None, "neither scored nor zero");
        assert!(c.demand_scores.iter().all(|d| d.score.is_none()));
        assert!(p.campaign.closed_early.is_none());
        assert!(!p.to_json().contains("closed_early"));

        // The editor ended everyone's time at closing, and said why.
        let mut cut = inputs(vec![extended]);
        cut.campaign.cut_short = Some((at(18, 9), "The coalition ends the round early.".into()));
        let p = assemble(cut, &q, 1, "", at(20, 12));
        assert_eq!(p.company("extended").unwrap().standing, "did not respond");
        let early = p.campaign.closed_early.as_ref().expect("said");
        assert_eq!(early.closed_at, "2026-12-18T09:00:00Z");
        assert_eq!(early.reason, "The coalition ends the round early.");
    }
}
