//! A small but real SMTP server on 127.0.0.1 for the tests and the mail
//! benchmark: the application's SMTP client (lettre, plain `smtp://`
//! without TLS, with or without AUTH) delivers mail to it over TCP.
//!
//! Built on std::net with one thread per connection, so the API is
//! synchronous and works from any test, with or without a tokio runtime.
//! Included both by tests/api/main.rs and by examples/smtp_sink.rs; each
//! uses only part of it, hence the module-wide `allow(dead_code)`.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

/// How the server answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Behaviour {
    /// Accept every message.
    Accept,
    /// Answer the first `n` DATA commands (counted over the whole server
    /// lifetime, across connections) with "451 4.3.0 Try again later",
    /// then accept.
    TemporaryFailures(usize),
    /// Answer every RCPT TO with "550 5.1.1 No such user here".
    RejectRecipients,
    /// Close the TCP connection right after receiving the message data
    /// terminator (".") without answering, for the first `n` messages (a
    /// dropped connection), then accept.
    DropAfterData(usize),
    /// Answer every AUTH with "535 5.7.8 Authentication credentials
    /// invalid" (a wrong password in the configuration).
    RefuseAuthentication,
    /// Leave SMTPUTF8 out of the EHLO answer (a relay that cannot take
    /// non-ASCII addresses).
    NoSmtpUtf8,
}

/// One accepted message.
#[derive(Clone, Debug)]
pub struct Received {
    /// Reverse-path without angle brackets.
    pub from: String,
    /// Forward-paths without angle brackets.
    pub to: Vec<String>,
    /// The message as received, dot-unstuffed, CRLF line endings kept,
    /// without the final ".\r\n".
    pub data: String,
    /// When the client began the message (MAIL FROM).
    pub began_at: SystemTime,
    /// When the server answered 250 to the message data.
    pub replied_at: SystemTime,
}

struct Shared {
    behaviour: Behaviour,
    /// How long the server takes over each message before answering it.
    delay: Duration,
    /// MAIL FROM commands seen so far: messages begun.
    began: AtomicUsize,
    /// Counting mode (benchmark): messages are counted, not kept.
    counting: bool,
    stopping: AtomicBool,
    messages: Mutex<Vec<Received>>,
    accepted: AtomicUsize,
    refused: AtomicUsize,
    /// DATA commands seen so far (for TemporaryFailures).
    data_commands: AtomicUsize,
    /// Message terminators seen so far (for DropAfterData).
    data_ends: AtomicUsize,
    /// Open connections, to shut them down when the server stops.
    connections: Mutex<HashMap<u64, TcpStream>>,
    next_connection: AtomicU64,
    /// QUIT commands seen so far: sessions the client closed properly.
    quits: AtomicUsize,
}

/// A running SMTP server; stopped by `stop` or when dropped.
pub struct SmtpServer {
    port: u16,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

impl SmtpServer {
    /// Starts on 127.0.0.1 with a free port chosen by the OS.
    pub fn start(behaviour: Behaviour) -> SmtpServer {
        Self::launch(0, behaviour, false, Duration::ZERO)
    }

    /// Like `start`, but a slow server: it waits `delay` after each
    /// message's data before answering it.
    pub fn start_slow(behaviour: Behaviour, delay: Duration) -> SmtpServer {
        Self::launch(0, behaviour, false, delay)
    }

    /// Starts on a given port (used to bring a server "up" on a port that
    /// was down earlier). Panics if it cannot bind.
    pub fn start_on(port: u16, behaviour: Behaviour) -> SmtpServer {
        Self::launch(port, behaviour, false, Duration::ZERO)
    }

    /// Like `start`, but only counts messages and does not keep their data
    /// (benchmark; memory stays flat). Port 0 means a free port.
    pub fn start_counting(port: u16) -> SmtpServer {
        Self::launch(port, Behaviour::Accept, true, Duration::ZERO)
    }

    fn launch(port: u16, behaviour: Behaviour, counting: bool, delay: Duration) -> SmtpServer {
        let listener = bind(port);
        let port = listener.local_addr().expect("listener address").port();
        let shared = Arc::new(Shared {
            behaviour,
            delay,
            began: AtomicUsize::new(0),
            counting,
            stopping: AtomicBool::new(false),
            messages: Mutex::new(Vec::new()),
            accepted: AtomicUsize::new(0),
            refused: AtomicUsize::new(0),
            data_commands: AtomicUsize::new(0),
            data_ends: AtomicUsize::new(0),
            connections: Mutex::new(HashMap::new()),
            next_connection: AtomicU64::new(0),
            quits: AtomicUsize::new(0),
        });
        let acceptor = {
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name(format!("smtp-accept-{port}"))
                .spawn(move || accept_loop(listener, shared))
                .expect("spawn the SMTP accept thread")
        };
        SmtpServer {
            port,
            shared,
            acceptor: Some(acceptor),
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// "smtp://127.0.0.1:PORT"
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Messages accepted so far (answered 250 after DATA). Always empty for
    /// a counting server.
    pub fn messages(&self) -> Vec<Received> {
        lock(&self.shared.messages).clone()
    }

    /// Number of messages accepted so far.
    pub fn accepted(&self) -> usize {
        self.shared.accepted.load(Ordering::SeqCst)
    }

    /// Number of messages begun (MAIL FROM) so far, finished or not.
    pub fn began(&self) -> usize {
        self.shared.began.load(Ordering::SeqCst)
    }

    /// Number of DATA/RCPT commands refused with 4xx or 5xx so far.
    pub fn refused(&self) -> usize {
        self.shared.refused.load(Ordering::SeqCst)
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.shared.next_connection.load(Ordering::SeqCst) as usize
    }

    /// Sessions closed by the client with QUIT so far.
    pub fn quits(&self) -> usize {
        self.shared.quits.load(Ordering::SeqCst)
    }

    /// Waits (polling, up to `timeout`) until at least `n` messages were
    /// accepted and returns the messages; on timeout returns what arrived.
    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let deadline = Instant::now() + timeout;
        while self.accepted() < n && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        self.messages()
    }

    /// Stops accepting connections, closes the listening socket (the port
    /// then refuses connections) and shuts down open connections.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        let Some(acceptor) = self.acceptor.take() else {
            return;
        };
        self.shared.stopping.store(true, Ordering::SeqCst);
        // Wake the blocking accept() with a connection of our own.
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        let woke = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_ok();
        if woke {
            // The accept thread drops the listener when it returns.
            let _ = acceptor.join();
        }
        for (_, stream) in lock(&self.shared.connections).drain() {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// A port on 127.0.0.1 that nothing listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .expect("bind a free port")
        .port()
}

fn bind(port: u16) -> TcpListener {
    // A port that was just released may need a moment; retry briefly.
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        match TcpListener::bind(("127.0.0.1", port)) {
            Ok(listener) => return listener,
            Err(error) if Instant::now() >= deadline => {
                panic!("SMTP test server cannot bind 127.0.0.1:{port}: {error}")
            }
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else {
            continue;
        };
        let id = shared.next_connection.fetch_add(1, Ordering::SeqCst);
        if let Ok(clone) = stream.try_clone() {
            lock(&shared.connections).insert(id, clone);
        }
        let shared = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name(format!("smtp-conn-{id}"))
            .spawn(move || {
                let _ = serve(&stream, &shared);
                let _ = stream.shutdown(Shutdown::Both);
                lock(&shared.connections).remove(&id);
            });
        if spawned.is_err() {
            // Out of threads: the dropped closure closes the stream.
            continue;
        }
    }
}

/// Reads one line, without its CRLF (or bare LF). None at end of stream.
fn read_line(reader: &mut impl BufRead, buffer: &mut Vec<u8>) -> std::io::Result<Option<String>> {
    buffer.clear();
    if reader.read_until(b'\n', buffer)? == 0 {
        return Ok(None);
    }
    if buffer.last() == Some(&b'\n') {
        buffer.pop();
        if buffer.last() == Some(&b'\r') {
            buffer.pop();
        }
    }
    Ok(Some(String::from_utf8_lossy(buffer).into_owned()))
}

fn reply(stream: &TcpStream, text: &str) -> std::io::Result<()> {
    let mut writer = stream;
    writer.write_all(format!("{text}\r\n").as_bytes())?;
    writer.flush()
}

/// The address in "<a@b> PARAMS" or "a@b PARAMS", without brackets.
fn path_of(argument: &str) -> Option<String> {
    let argument = argument.trim_start();
    if let Some(rest) = argument.strip_prefix('<') {
        let end = rest.find('>')?;
        Some(rest[..end].to_string())
    } else {
        let address = argument.split_whitespace().next()?;
        Some(address.to_string())
    }
}

/// The argument after a case-insensitive prefix such as "MAIL FROM:".
fn after_prefix<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let head = line.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &line[prefix.len()..])
}

fn serve(stream: &TcpStream, shared: &Shared) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream);
    let mut buffer = Vec::new();
    let mut from: Option<String> = None;
    let mut began_at = SystemTime::now();
    let mut to: Vec<String> = Vec::new();
    let refuse = |stream: &TcpStream, text: &str| {
        shared.refused.fetch_add(1, Ordering::SeqCst);
        reply(stream, text)
    };

    reply(stream, "220 localhost ESMTP test")?;
    while let Some(line) = read_line(&mut reader, &mut buffer)? {
        let (verb, argument) = match line.find(' ') {
            Some(space) => (&line[..space], line[space + 1..].trim()),
            None => (line.as_str(), ""),
        };
        match verb.to_ascii_uppercase().as_str() {
            "EHLO" => {
                from = None;
                to.clear();
                if shared.behaviour == Behaviour::NoSmtpUtf8 {
                    reply(
                        stream,
                        "250-localhost\r\n250-8BITMIME\r\n\
                         250-AUTH PLAIN LOGIN\r\n250 SIZE 52428800",
                    )?;
                } else {
                    reply(
                        stream,
                        "250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n\
                         250-AUTH PLAIN LOGIN\r\n250 SIZE 52428800",
                    )?;
                }
            }
            "HELO" => {
                from = None;
                to.clear();
                reply(stream, "250 localhost")?;
            }
            "AUTH" => {
                let mut words = argument.split_whitespace();
                let mechanism = words.next().unwrap_or("").to_ascii_uppercase();
                let initial = words.next();
                let prompts = match mechanism.as_str() {
                    "PLAIN" => vec!["334 "],
                    "LOGIN" => vec!["334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6"],
                    _ => {
                        reply(stream, "504 5.5.4 Unrecognized authentication type")?;
                        continue;
                    }
                };
                // An initial response answers the first prompt.
                let skip = usize::from(initial.is_some());
                let mut cancelled = false;
                for prompt in prompts.into_iter().skip(skip) {
                    reply(stream, prompt)?;
                    match read_line(&mut reader, &mut buffer)? {
                        None => return Ok(()),
                        Some(answer) if answer.trim() == "*" => {
                            cancelled = true;
                            break;
                        }
                        Some(_) => {}
                    }
                }
                if cancelled {
                    reply(stream, "501 5.7.0 Authentication cancelled")?;
                } else if shared.behaviour == Behaviour::RefuseAuthentication {
                    refuse(stream, "535 5.7.8 Authentication credentials invalid")?;
                } else {
                    reply(stream, "235 2.7.0 Authentication successful")?;
                }
            }
            "MAIL" => match after_prefix(&line, "MAIL FROM:").and_then(path_of) {
                Some(path) => {
                    from = Some(path);
                    began_at = SystemTime::now();
                    shared.began.fetch_add(1, Ordering::SeqCst);
                    to.clear();
                    reply(stream, "250 2.1.0 Ok")?;
                }
                None => reply(stream, "501 5.5.4 Syntax: MAIL FROM:<address>")?,
            },
            "RCPT" => {
                if from.is_none() {
                    refuse(stream, "503 5.5.1 Error: need MAIL command")?;
                    continue;
                }
                match after_prefix(&line, "RCPT TO:").and_then(path_of) {
                    None => refuse(stream, "501 5.5.4 Syntax: RCPT TO:<address>")?,
                    Some(_) if shared.behaviour == Behaviour::RejectRecipients => {
                        refuse(stream, "550 5.1.1 No such user here")?
                    }
                    Some(path) => {
                        to.push(path);
                        reply(stream, "250 2.1.5 Ok")?;
                    }
                }
            }
            "DATA" => {
                if from.is_none() || to.is_empty() {
                    refuse(stream, "503 5.5.1 Error: need RCPT command")?;
                    continue;
                }
                let index = shared.data_commands.fetch_add(1, Ordering::SeqCst);
                if let Behaviour::TemporaryFailures(n) = shared.behaviour {
                    if index < n {
                        from = None;
                        to.clear();
                        refuse(stream, "451 4.3.0 Try again later")?;
                        continue;
                    }
                }
                reply(stream, "354 End data with <CR><LF>.<CR><LF>")?;
                let mut data = String::new();
                loop {
                    let Some(line) = read_line(&mut reader, &mut buffer)? else {
                        return Ok(()); // the client went away mid-message
                    };
                    if line == "." {
                        break;
                    }
                    if shared.counting {
                        continue;
                    }
                    // Dot-unstuffing (RFC 5321 4.5.2).
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                    data.push_str("\r\n");
                }
                let index = shared.data_ends.fetch_add(1, Ordering::SeqCst);
                if let Behaviour::DropAfterData(n) = shared.behaviour {
                    if index < n {
                        return Ok(()); // the caller closes the connection
                    }
                }
                if !shared.delay.is_zero() {
                    std::thread::sleep(shared.delay);
                }
                let from = from.take().unwrap_or_default();
                let to = std::mem::take(&mut to);
                let number = {
                    let mut messages = lock(&shared.messages);
                    if !shared.counting {
                        messages.push(Received {
                            from,
                            to,
                            data,
                            began_at,
                            replied_at: SystemTime::now(),
                        });
                    }
                    shared.accepted.fetch_add(1, Ordering::SeqCst) + 1
                };
                reply(stream, &format!("250 2.0.0 Ok: queued as {number}"))?;
            }
            "RSET" => {
                from = None;
                to.clear();
                reply(stream, "250 2.0.0 Ok")?;
            }
            "NOOP" => reply(stream, "250 2.0.0 Ok")?,
            "QUIT" => {
                shared.quits.fetch_add(1, Ordering::SeqCst);
                reply(stream, "221 2.0.0 Bye")?;
                return Ok(());
            }
            _ => reply(stream, "502 5.5.2 Error: command not recognized")?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scripted client: sends lines, reads replies.
    struct Client {
        reader: BufReader<TcpStream>,
        writer: TcpStream,
    }

    impl Client {
        fn connect(server: &SmtpServer) -> Client {
            let stream = TcpStream::connect(("127.0.0.1", server.port())).expect("connect");
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let writer = stream.try_clone().unwrap();
            let mut client = Client {
                reader: BufReader::new(stream),
                writer,
            };
            assert_eq!(client.reply(), "220 localhost ESMTP test");
            client
        }

        /// One reply; multi-line replies joined with '\n'. Empty at EOF.
        fn reply(&mut self) -> String {
            let mut lines = Vec::new();
            loop {
                let mut line = String::new();
                if self.reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                let line = line.trim_end_matches(['\r', '\n']).to_string();
                let last = line.as_bytes().get(3) != Some(&b'-');
                lines.push(line);
                if last {
                    break;
                }
            }
            lines.join("\n")
        }

        fn send(&mut self, text: &str) {
            self.writer
                .write_all(format!("{text}\r\n").as_bytes())
                .unwrap();
        }

        fn command(&mut self, text: &str) -> String {
            self.send(text);
            self.reply()
        }

        fn code(&mut self, text: &str) -> String {
            self.command(text).chars().take(3).collect()
        }

        /// MAIL, RCPT, DATA; returns the reply to DATA.
        fn envelope(&mut self, from: &str, to: &str) -> String {
            assert_eq!(
                self.code(&format!("MAIL FROM:<{from}> BODY=8BITMIME SIZE=100")),
                "250"
            );
            assert_eq!(self.code(&format!("RCPT TO:<{to}>")), "250");
            self.command("DATA")
        }

        fn body(&mut self, lines: &[&str]) -> String {
            for line in lines {
                self.send(line);
            }
            self.command(".")
        }
    }

    #[test]
    fn accepts_several_messages_per_connection() {
        let server = SmtpServer::start(Behaviour::Accept);
        assert_eq!(server.url(), format!("smtp://127.0.0.1:{}", server.port()));
        let mut client = Client::connect(&server);
        let ehlo = client.command("ehlo client.example");
        assert!(ehlo.contains("250-AUTH PLAIN LOGIN"), "{ehlo}");
        assert!(ehlo.ends_with("250 SIZE 52428800"), "{ehlo}");
        assert!(!ehlo.contains("PIPELINING"));
        assert_eq!(client.code("AUTH PLAIN AHVzZXIAcGFzcw=="), "235");
        assert_eq!(client.code("AUTH PLAIN"), "334");
        assert_eq!(client.code("AHVzZXIAcGFzcw=="), "235");
        assert_eq!(client.code("AUTH LOGIN"), "334");
        assert_eq!(client.code("dXNlcg=="), "334");
        assert_eq!(client.code("cGFzcw=="), "235");

        assert!(client
            .envelope("a@example.org", "b@example.org")
            .starts_with("354"));
        let answer = client.body(&["Subject: one", "", "..leading dot", "body"]);
        assert_eq!(answer, "250 2.0.0 Ok: queued as 1");

        assert_eq!(client.code("MAIL FROM:<c@example.org>"), "250");
        assert_eq!(client.code("RCPT TO:<d@example.org>"), "250");
        assert_eq!(client.code("rcpt to:<e@example.org>"), "250");
        assert_eq!(client.code("DATA"), "354");
        assert_eq!(
            client.body(&["Subject: two", "", "x"]),
            "250 2.0.0 Ok: queued as 2"
        );
        assert_eq!(client.code("NOOP"), "250");
        assert_eq!(client.code("RSET"), "250");
        assert_eq!(client.code("VRFY x"), "502");
        assert_eq!(client.code("QUIT"), "221");

        let messages = server.wait_for(2, Duration::from_secs(5));
        assert_eq!(messages.len(), 2);
        assert_eq!(server.accepted(), 2);
        assert_eq!(server.refused(), 0);
        assert_eq!(messages[0].from, "a@example.org");
        assert_eq!(messages[0].to, vec!["b@example.org"]);
        assert_eq!(
            messages[0].data,
            "Subject: one\r\n\r\n.leading dot\r\nbody\r\n"
        );
        assert_eq!(messages[1].to, vec!["d@example.org", "e@example.org"]);
    }

    #[test]
    fn temporary_failures_then_accepts() {
        let server = SmtpServer::start(Behaviour::TemporaryFailures(1));
        let mut client = Client::connect(&server);
        client.command("EHLO x");
        assert!(client.envelope("a@x", "b@x").starts_with("451 4.3.0"));
        // Another connection: the count is per server.
        let mut client = Client::connect(&server);
        client.command("HELO x");
        assert!(client.envelope("a@x", "b@x").starts_with("354"));
        assert!(client.body(&["hi"]).starts_with("250"));
        assert_eq!(server.accepted(), 1);
        assert_eq!(server.refused(), 1);
    }

    #[test]
    fn rejects_recipients() {
        let server = SmtpServer::start(Behaviour::RejectRecipients);
        let mut client = Client::connect(&server);
        client.command("EHLO x");
        assert_eq!(client.code("MAIL FROM:<a@x>"), "250");
        assert_eq!(
            client.command("RCPT TO:<b@x>"),
            "550 5.1.1 No such user here"
        );
        assert_eq!(client.code("DATA"), "503");
        assert_eq!(server.refused(), 2);
        assert_eq!(server.accepted(), 0);
    }

    #[test]
    fn drops_the_connection_after_data() {
        let server = SmtpServer::start(Behaviour::DropAfterData(1));
        let mut client = Client::connect(&server);
        client.command("EHLO x");
        assert!(client.envelope("a@x", "b@x").starts_with("354"));
        assert_eq!(client.body(&["hi"]), "", "connection closed without answer");
        let mut client = Client::connect(&server);
        client.command("EHLO x");
        assert!(client.envelope("a@x", "b@x").starts_with("354"));
        assert!(client.body(&["hi"]).starts_with("250"));
        assert_eq!(server.accepted(), 1);
    }

    #[test]
    fn counting_keeps_no_data() {
        let server = SmtpServer::start_counting(0);
        let mut client = Client::connect(&server);
        client.command("EHLO x");
        for _ in 0..3 {
            assert!(client.envelope("a@x", "b@x").starts_with("354"));
            assert!(client.body(&["hi"]).starts_with("250"));
        }
        assert_eq!(server.accepted(), 3);
        assert!(server.messages().is_empty());
    }

    #[test]
    fn stop_frees_the_port_and_it_can_come_back() {
        let port = free_port();
        assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
        let server = SmtpServer::start_on(port, Behaviour::Accept);
        let mut client = Client::connect(&server);
        server.stop();
        assert_eq!(client.reply(), "", "open connections are closed");
        assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
        let server = SmtpServer::start_on(port, Behaviour::Accept);
        assert_eq!(server.port(), port);
        Client::connect(&server);
        drop(server);
        assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
    }
}
