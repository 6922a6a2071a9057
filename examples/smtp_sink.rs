//! An SMTP sink for the mail benchmark: accepts and counts every message.
//!
//!     cargo run --release --example smtp_sink -- PORT
//!
//! Prints "listening on 127.0.0.1:PORT"; on a line on stdin or at end of
//! input prints "accepted N messages" and exits.

#[path = "../tests/api/smtp_server.rs"]
mod smtp_server;

fn main() {
    let port: u16 = match std::env::args().nth(1) {
        Some(port) => port.parse().expect("PORT must be a number from 0 to 65535"),
        None => 0,
    };
    let server = smtp_server::SmtpServer::start_counting(port);
    println!("listening on 127.0.0.1:{}", server.port());
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    println!("accepted {} messages", server.accepted());
    server.stop();
}
