//! Answerable: structured human-rights due-diligence questionnaires sent by
//! civil-society coalitions to companies, answered online and published as
//! public scorecards.
//!
//! Layers, outermost first; each uses only the ones below it, never one
//! above (`tests/layers.rs` checks every `crate::` path in `src/`):
//!
//! * `main`, `cli`, `startup`: the command line and the wiring of a server;
//! * `web`: HTTP only: extract and parse input, call one use case (or read
//!   with a query), render; middleware;
//! * `app` (and `backup`, `questionnaire_files`): the use cases, each its
//!   state change, audit entry and queued emails in one transaction; the
//!   job loop;
//! * `email`: composing emails, transports, the delivery worker;
//! * `db`: connections, migrations and queries; no use cases, no emails;
//! * `domain`: pure types and rules, no I/O.
//!
//! `config`, `telemetry` and `private_files` are the ground floor beside
//! `domain`: anything may use them, they use only `domain`.

pub mod app;
pub mod backup;
pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod email;
pub mod private_files;
pub mod questionnaire_files;
pub mod startup;
pub mod telemetry;
pub mod web;
