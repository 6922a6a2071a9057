//! The whole questionnaire of a campaign on one page, to read, print or
//! save as PDF before starting and to share with colleagues: every
//! section and question with its guidance, conditions and choices, what
//! it asks of the company in numbers, the deadline and whom to ask. Public
//! from the moment the campaign opens (the invitation links to it); a
//! draft's is not found.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use crate::db::campaigns::{self, Campaign};
use crate::domain::campaign::{parse_time_zone, CampaignSlug, CampaignState};
use crate::domain::i18n::Tr;
use crate::domain::questionnaire::Effort;
use crate::web::error::AppError;
use crate::web::page::{html, PageContext};
use crate::web::questionnaire_view::QuestionnaireView;
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "public/questionnaire.html")]
struct WholeQuestionnaire {
    page: PageContext,
    campaign: Campaign,
    asked_by: String,
    deadline: String,
    effort: String,
    q: QuestionnaireView,
    /// The language the questionnaire view speaks in.
    vtr: Tr,
}

pub(super) async fn whole(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
) -> Result<HttpResponse, AppError> {
    let language = super::Language::of(&req);
    let tr = language.tr;
    let slug = path.into_inner().into_string();
    let (campaign, organisations) = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let organisations = campaigns::organisations_of(conn, &campaign.id)?;
            Ok((campaign, organisations))
        })
        .await?;
    if campaign.state() == CampaignState::Draft {
        return Err(AppError::NotFound);
    }
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let questionnaire = &loaded.1;
    let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
    let names: Vec<String> = organisations.into_iter().map(|o| o.name).collect();
    let mut response = HttpResponse::Ok();
    response.insert_header(("Cache-Control", "public, max-age=60"));
    let mut response = html(
        &mut response,
        &WholeQuestionnaire {
            page: language.page(
                tr.t1("public-questionnaire-title", "campaign", &campaign.title),
                &req,
            ),
            asked_by: tr.and_list(&names).unwrap_or_default(),
            deadline: tr.date_time(campaign.deadline_at, tz),
            vtr: tr,
            effort: effort_sentence(tr, &Effort::of(questionnaire)),
            q: QuestionnaireView::new(questionnaire, tr),
            campaign,
        },
    );
    language.vary(&mut response);
    Ok(response)
}

/// What the questionnaire asks, in the reader's words: in English exactly
/// `Effort::sentence` ("12 questions in 4 sections, 5 of them written in
/// your own words; about 1 hour 15 minutes (…)").
fn effort_sentence(tr: Tr, effort: &Effort) -> String {
    let (h, m) = (effort.minutes / 60, effort.minutes % 60);
    let hours = tr.t1("public-effort-hours", "count", h);
    let minutes = tr.t1("public-effort-minutes", "count", m);
    let time = match (h, m) {
        (_, 0) => hours,
        (0, _) => minutes,
        _ => format!("{hours} {minutes}"),
    };
    tr.with(
        "public-effort",
        &[
            (
                "questions",
                tr.t1("public-effort-questions", "count", effort.questions)
                    .into(),
            ),
            (
                "sections",
                tr.t1("public-effort-sections", "count", effort.sections)
                    .into(),
            ),
            ("written", tr.number(effort.written as i64).into()),
            ("time", tr.t1("public-effort-about", "time", time).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_effort_reads_in_english_as_it_always_has() {
        for (sections, questions, written, minutes) in [
            (1, 1, 0, 15),
            (4, 12, 5, 75),
            (2, 3, 1, 60),
            (5, 30, 10, 120),
            (1, 2, 2, 30),
        ] {
            let effort = Effort {
                sections,
                questions,
                written,
                minutes,
            };
            assert_eq!(effort_sentence(Tr::english(), &effort), effort.sentence());
        }
        let my = Tr::new(crate::domain::i18n::Lang::parse("my").unwrap());
        let burmese = effort_sentence(
            my,
            &Effort {
                sections: 4,
                questions: 12,
                written: 5,
                minutes: 75,
            },
        );
        assert!(burmese.contains("၁၂"), "{burmese}");
        assert!(!burmese.contains("question"), "{burmese}");
    }
}
