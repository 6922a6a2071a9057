//! `answerable api-token ...`: JSON API tokens from the command line, for
//! a script's first token and for CI (admins make them at /admin/api-tokens).

use clap::Subcommand;

use crate::app::api_tokens;
use crate::config::Config;
use crate::db::{self, audit::Actor};
use crate::domain::api_scope::ApiScope;

#[derive(Debug, Subcommand)]
pub enum ApiTokenCommand {
    /// Make a token and print it, once: only its SHA-256 is kept.
    Create {
        /// Who or what uses it; the audit log names the token's acts by it.
        name: String,
        #[arg(long, default_value = "read", value_parser = parse_scope)]
        scope: ApiScope,
    },
}

fn parse_scope(s: &str) -> Result<ApiScope, String> {
    ApiScope::parse(s)
}

pub fn run(config: &Config, command: ApiTokenCommand) -> anyhow::Result<()> {
    let mut conn = super::open(config)?;
    db::migrate(&mut conn)?;
    match command {
        ApiTokenCommand::Create { name, scope } => {
            let made = api_tokens::create(&mut conn, &Actor::CommandLine, None, &name, scope)?;
            // The token alone on stdout, for scripts; the rest on stderr.
            eprintln!(
                "Made the {scope} token “{}”; it is shown only now:",
                name.trim()
            );
            println!("{}", made.token);
        }
    }
    Ok(())
}
