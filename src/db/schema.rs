//! Table definitions, written by hand: the same for both backends.

diesel::table! {
    staff_users (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        role -> Text,
        password_hash -> Text,
        disabled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        totp_secret -> Nullable<Text>,
        totp_enabled_at -> Nullable<Timestamp>,
        totp_last_step -> Nullable<BigInt>,
    }
}

diesel::table! {
    staff_recovery_codes (user_id, code_digest) {
        user_id -> Text,
        code_digest -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_pending_sign_ins (id) {
        id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        next -> Text,
    }
}

diesel::table! {
    staff_sessions (id) {
        id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        client_ip -> Nullable<Text>,
        user_agent -> Nullable<Text>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        actor_label -> Text,
        action -> Text,
        subject -> Text,
        client_ip -> Nullable<Text>,
        details -> Text,
    }
}

diesel::table! {
    sign_in_attempts (id) {
        id -> Text,
        at -> Timestamp,
        email -> Text,
        client_ip -> Text,
        step -> Text,
    }
}

diesel::joinable!(staff_sessions -> staff_users (user_id));
diesel::joinable!(staff_recovery_codes -> staff_users (user_id));
diesel::joinable!(staff_pending_sign_ins -> staff_users (user_id));

diesel::table! {
    questionnaire_versions (id) {
        id -> Text,
        slug -> Text,
        version_label -> Text,
        title -> Text,
        digest -> Text,
        source -> Text,
        model -> Text,
        file_name -> Text,
        demands -> Integer,
        sections -> Integer,
        questions -> Integer,
        scored_questions -> Integer,
        loaded_at -> Timestamp,
        loaded_by -> Text,
    }
}

diesel::table! {
    companies (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        sector -> Text,
        hq_country -> Text,
        website -> Nullable<Text>,
        parent_id -> Nullable<Text>,
        notes -> Text,
        archived_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    company_countries (company_id, country, relation) {
        company_id -> Text,
        country -> Text,
        relation -> Text,
    }
}

diesel::table! {
    contacts (id) {
        id -> Text,
        company_id -> Text,
        name -> Text,
        email -> Text,
        role -> Text,
        language -> Text,
        is_primary -> Bool,
        archived_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        bounced_at -> Nullable<Timestamp>,
        bounce_reason -> Nullable<Text>,
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        website -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        archived_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    campaigns (id) {
        id -> Text,
        slug -> Text,
        title -> Text,
        questionnaire_version_id -> Text,
        contact_email -> Text,
        time_zone -> Text,
        opens_at -> Timestamp,
        deadline_at -> Timestamp,
        state -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        reminder_days -> Text,
        allow_amendments -> Bool,
        publish_decline_reasons -> Bool,
        reply_window_days -> Integer,
        publish_replies -> Bool,
        closed_at -> Nullable<Timestamp>,
        cut_short_reason -> Nullable<Text>,
        previous_campaign_id -> Nullable<Text>,
        publish_evidence -> Bool,
    }
}

diesel::table! {
    campaign_organisations (campaign_id, organisation_id) {
        campaign_id -> Text,
        organisation_id -> Text,
    }
}

diesel::table! {
    campaign_targets (id) {
        id -> Text,
        campaign_id -> Text,
        company_id -> Text,
        deadline_at -> Nullable<Timestamp>,
        status -> Text,
        last_activity_at -> Nullable<Timestamp>,
        added_at -> Timestamp,
        invited_at -> Nullable<Timestamp>,
        first_opened_at -> Nullable<Timestamp>,
        overdue_at -> Nullable<Timestamp>,
        submitted_at -> Nullable<Timestamp>,
        declined_at -> Nullable<Timestamp>,
        decline_reason -> Nullable<Text>,
        declined_by -> Nullable<Text>,
    }
}

diesel::table! {
    answers (target_id, question_key) {
        target_id -> Text,
        question_key -> Text,
        value -> Text,
        version -> Integer,
        updated_at -> Timestamp,
        updated_by -> Text,
        language -> Text,
    }
}

diesel::table! {
    submissions (id) {
        id -> Text,
        target_id -> Text,
        revision -> Integer,
        questionnaire_version_id -> Text,
        snapshot -> Text,
        digest -> Text,
        submitted_at -> Timestamp,
        submitted_by -> Text,
    }
}

diesel::table! {
    access_links (id) {
        id -> Text,
        target_id -> Text,
        contact_id -> Text,
        token_digest -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        first_used_at -> Nullable<Timestamp>,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        dedupe_key -> Text,
        kind -> Text,
        campaign_id -> Nullable<Text>,
        target_id -> Nullable<Text>,
        contact_id -> Nullable<Text>,
        to_address -> Text,
        reply_to -> Nullable<Text>,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        secret_link -> Nullable<Text>,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        lease_until -> Nullable<Timestamp>,
        lease_owner -> Nullable<Text>,
        last_answer -> Nullable<Text>,
        created_at -> Timestamp,
        queued_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        failed_at -> Nullable<Timestamp>,
        from_name -> Nullable<Text>,
    }
}

diesel::table! {
    extension_requests (id) {
        id -> Text,
        target_id -> Text,
        contact_id -> Text,
        reason -> Text,
        requested_until -> Nullable<Timestamp>,
        requested_at -> Timestamp,
        decision -> Text,
        granted_until -> Nullable<Timestamp>,
        decided_at -> Nullable<Timestamp>,
        decided_by -> Nullable<Text>,
        note -> Text,
    }
}

diesel::table! {
    respondent_sessions (id) {
        id -> Text,
        link_id -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    scores (target_id, question_key) {
        target_id -> Text,
        question_key -> Text,
        level -> Text,
        points -> Nullable<Integer>,
        rationale -> Text,
        revision -> Integer,
        scored_by -> Text,
        scored_at -> Timestamp,
    }
}

diesel::table! {
    publications (id) {
        id -> Text,
        campaign_id -> Text,
        version -> Integer,
        document -> Text,
        digest -> Text,
        published_at -> Timestamp,
        published_by -> Nullable<Text>,
    }
}

diesel::table! {
    findings (target_id) {
        target_id -> Text,
        sent_at -> Timestamp,
        reply_until -> Timestamp,
        body -> Text,
    }
}

diesel::table! {
    replies (id) {
        id -> Text,
        target_id -> Text,
        contact_id -> Text,
        body -> Text,
        replied_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
        read_by -> Nullable<Text>,
    }
}

diesel::table! {
    staff_notification_choices (user_id, kind) {
        user_id -> Text,
        kind -> Text,
        wanted -> Bool,
    }
}

diesel::joinable!(company_countries -> companies (company_id));
diesel::joinable!(contacts -> companies (company_id));
diesel::joinable!(campaign_targets -> companies (company_id));
diesel::joinable!(campaign_targets -> campaigns (campaign_id));
diesel::joinable!(campaigns -> questionnaire_versions (questionnaire_version_id));
diesel::joinable!(campaign_organisations -> organisations (organisation_id));
diesel::joinable!(access_links -> campaign_targets (target_id));
diesel::joinable!(access_links -> contacts (contact_id));
diesel::joinable!(extension_requests -> campaign_targets (target_id));
diesel::joinable!(extension_requests -> contacts (contact_id));
diesel::joinable!(respondent_sessions -> access_links (link_id));
diesel::joinable!(answers -> contacts (updated_by));
diesel::joinable!(scores -> staff_users (scored_by));
diesel::joinable!(publications -> campaigns (campaign_id));
diesel::joinable!(replies -> contacts (contact_id));
diesel::joinable!(submissions -> contacts (submitted_by));

diesel::table! {
    letters (id) {
        id -> Text,
        target_id -> Text,
        submission_id -> Text,
        sha256 -> Text,
        content_type -> Text,
        file_name -> Text,
        size -> Integer,
        received_on -> Text,
        received_by -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
        document -> Binary,
    }
}

diesel::table! {
    documents (sha256) {
        sha256 -> Text,
        content_type -> Text,
        size -> Integer,
        content -> Binary,
        stored_at -> Timestamp,
    }
}

diesel::table! {
    evidence (id) {
        id -> Text,
        target_id -> Text,
        question_key -> Text,
        sha256 -> Text,
        file_name -> Text,
        attached_by -> Text,
        attached_at -> Timestamp,
    }
}

diesel::table! {
    campaign_evidence_rules (campaign_id) {
        campaign_id -> Text,
        max_bytes -> Integer,
        max_per_question -> Integer,
    }
}

diesel::joinable!(evidence -> documents (sha256));
diesel::joinable!(evidence -> contacts (attached_by));
diesel::joinable!(evidence -> campaign_targets (target_id));
diesel::joinable!(letters -> submissions (submission_id));
diesel::joinable!(letters -> campaign_targets (target_id));
diesel::joinable!(submissions -> campaign_targets (target_id));

diesel::table! {
    campaign_emails (campaign_id) {
        campaign_id -> Text,
        send_as -> Text,
        invitation_opening -> Text,
        invitation_closing -> Text,
        reminder_opening -> Text,
        reminder_closing -> Text,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(campaign_emails -> campaigns (campaign_id));

diesel::table! {
    health_probe (id) {
        id -> Integer,
        checked_at -> Timestamp,
    }
}

diesel::table! {
    mail_relay_problem (id) {
        id -> Text,
        problem -> Text,
        since -> Timestamp,
        last_seen -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    staff_recovery_codes,
    staff_pending_sign_ins,
    sign_in_attempts,
    staff_users,
    staff_sessions,
    audit_log,
    questionnaire_versions,
    companies,
    company_countries,
    contacts,
    organisations,
    campaigns,
    campaign_organisations,
    campaign_targets,
    access_links,
    outbox,
    extension_requests,
    respondent_sessions,
    answers,
    submissions,
    letters,
    documents,
    evidence,
    campaign_evidence_rules,
    scores,
    publications,
    findings,
    replies,
    campaign_emails,
    staff_notification_choices,
    api_tokens,
);

diesel::table! {
    api_tokens (id) {
        id -> Text,
        name -> Text,
        scope -> Text,
        token_sha256 -> Text,
        prefix -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}
