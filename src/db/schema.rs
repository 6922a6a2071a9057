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

diesel::joinable!(staff_sessions -> staff_users (user_id));

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
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        website -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
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
    }
}

diesel::joinable!(company_countries -> companies (company_id));
diesel::joinable!(contacts -> companies (company_id));
diesel::joinable!(campaign_targets -> companies (company_id));
diesel::joinable!(campaign_targets -> campaigns (campaign_id));
diesel::joinable!(campaigns -> questionnaire_versions (questionnaire_version_id));
diesel::joinable!(campaign_organisations -> organisations (organisation_id));

diesel::allow_tables_to_appear_in_same_query!(
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
);
