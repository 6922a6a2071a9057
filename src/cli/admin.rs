//! `answerable admin ...`: staff accounts from the command line, for the
//! first admin and for scripts.

use std::io::IsTerminal;

use anyhow::{bail, Context};
use clap::Subcommand;

use crate::app::accounts;
use crate::config::Config;
use crate::db::audit::Actor;
use crate::db::{self, staff};
use crate::domain::password::NewPassword;
use crate::domain::{Email, Role};

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a staff account. The password is read from the terminal, or
    /// from ANSWERABLE_ADMIN_PASSWORD for scripts.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "admin", value_parser = parse_role)]
        role: Role,
    },
    /// List staff accounts.
    List,
    /// Disable an account and end its sessions.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Enable a disabled account.
    Enable {
        #[arg(long)]
        email: String,
    },
    /// Change the role of an account.
    Role {
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = parse_role)]
        role: Role,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse::<Role>().map_err(|e| e.to_string())
}

pub fn run(config: &Config, command: AdminCommand) -> anyhow::Result<()> {
    let mut conn = super::open(config)?;
    db::migrate(&mut conn)?;
    let actor = Actor::CommandLine;
    match command {
        AdminCommand::Create { email, name, role } => {
            let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
            let password = read_password(&[email.as_str(), &name])?;
            let user = accounts::create(&mut conn, &actor, &email, &name, role, &password, None)?;
            println!(
                "Created {} account for {} <{}>.",
                user.role, user.name, user.email
            );
        }
        AdminCommand::List => {
            let users = staff::list(&mut conn)?;
            if users.is_empty() {
                println!("No staff accounts yet. Create one with: answerable admin create --email E --name N");
            }
            for u in users {
                let status = if u.is_active() { "active" } else { "disabled" };
                println!("{}\t{}\t{}\t{}", u.email, u.role, status, u.name);
            }
        }
        AdminCommand::Disable { email } => {
            let user = find(&mut conn, &email)?;
            accounts::disable(&mut conn, &actor, &user.id, None)?;
            println!("Disabled {} and ended its sessions.", user.email);
        }
        AdminCommand::Enable { email } => {
            let user = find(&mut conn, &email)?;
            accounts::enable(&mut conn, &actor, &user.id, None)?;
            println!("Enabled {}.", user.email);
        }
        AdminCommand::Role { email, role } => {
            let user = find(&mut conn, &email)?;
            accounts::set_role(&mut conn, &actor, &user.id, role, None)?;
            println!("{} is now {}.", user.email, role);
        }
    }
    Ok(())
}

fn find(conn: &mut db::DbConnection, email: &str) -> anyhow::Result<staff::StaffUser> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    staff::find_by_email(conn, &email)?.with_context(|| format!("there is no account for {email}"))
}

fn read_password(person: &[&str]) -> anyhow::Result<NewPassword> {
    if let Ok(p) = std::env::var("ANSWERABLE_ADMIN_PASSWORD") {
        return NewPassword::parse_for(&p, person)
            .map_err(|e| anyhow::anyhow!("ANSWERABLE_ADMIN_PASSWORD: {e}"));
    }
    if !std::io::stdin().is_terminal() {
        bail!("no terminal to ask for the password; set ANSWERABLE_ADMIN_PASSWORD instead");
    }
    loop {
        let first = rpassword::prompt_password("Password (12 to 128 characters): ")?;
        let password = match NewPassword::parse_for(&first, person) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}; try again.");
                continue;
            }
        };
        let second = rpassword::prompt_password("The same password again: ")?;
        if first == second {
            return Ok(password);
        }
        eprintln!("The two passwords differ; try again.");
    }
}
