-- Campaigns: one questionnaire version sent to many companies by a deadline.
-- Times are UTC; the campaign's time zone is how dates are shown.
CREATE TABLE campaigns (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    questionnaire_version_id TEXT NOT NULL REFERENCES questionnaire_versions (id),
    contact_email TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    opens_at TIMESTAMP NOT NULL,
    deadline_at TIMESTAMP NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'open', 'closed', 'published')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE campaign_organisations (
    campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (campaign_id, organisation_id)
);

CREATE TABLE campaign_targets (
    id TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    company_id TEXT NOT NULL REFERENCES companies (id),
    -- An extension: this target's own deadline, later than the campaign's.
    deadline_at TIMESTAMP,
    status TEXT NOT NULL DEFAULT 'not_invited'
        CHECK (status IN ('not_invited', 'invited', 'viewed', 'in_progress', 'submitted', 'declined')),
    last_activity_at TIMESTAMP,
    added_at TIMESTAMP NOT NULL,
    UNIQUE (campaign_id, company_id)
);
CREATE INDEX campaign_targets_campaign ON campaign_targets (campaign_id, status);
