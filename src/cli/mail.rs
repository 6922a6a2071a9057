//! `answerable mail test ADDRESS`: one message through the configured
//! relay, with the dialogue printed step by step, so that whoever sets up
//! the relay sees at once what it said (certificate, AUTH, sender).

use anyhow::Context;
use clap::Subcommand;

use crate::config::Config;
use crate::email::{DeliveryError, Mailer};

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Send one test message to ADDRESS through the configured SMTP relay
    /// and print the relay's answers.
    Test {
        /// Where the test message goes.
        address: String,
    },
}

pub fn run(config: &Config, command: MailCommand) -> anyhow::Result<()> {
    let MailCommand::Test { address } = command;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        let mailer = Mailer::from_config(config)?;
        println!(
            "Sending a test message to {address} through {}.",
            mailer.describe()
        );
        let (dialogue, result) = mailer.test(&address).await?;
        for line in dialogue.lines() {
            println!("  {line}");
        }
        match result {
            Ok(answer) => {
                println!("Accepted by the relay: {answer}");
                Ok(())
            }
            Err(e @ DeliveryError::Configuration(_)) => {
                anyhow::bail!("{e}")
            }
            Err(e) => anyhow::bail!("not sent: {e}"),
        }
    })
}
