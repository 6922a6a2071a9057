//! Answerable: structured human-rights due-diligence questionnaires sent by
//! civil-society coalitions to companies, answered online and published as
//! public scorecards.
//!
//! Layers, outermost first; each uses only the ones below it:
//! `cli` → `web` → `db` → `domain`.

pub mod backup;
pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod jobs;
pub mod mail;
pub mod private_files;
pub mod questionnaire_files;
pub mod startup;
pub mod telemetry;
pub mod web;
