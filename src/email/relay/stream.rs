//! Opening the TCP connection to the relay ourselves, rather than through
//! lettre's transport, so that Nagle's algorithm is off (`TCP_NODELAY`):
//! each SMTP command is a small write followed by a wait for the answer,
//! which Nagle and delayed acknowledgements hold back by ~40 ms a message
//! (lettre 0.11 leaves it on; fixed upstream in lettre#1159, unreleased).

#![allow(deprecated)] // lettre's AsyncNetworkStream, the one way to wrap TLS first.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::io::{AsyncRead as FuturesRead, AsyncWrite as FuturesWrite};
use lettre::transport::smtp::client::{AsyncNetworkStream, AsyncTokioStream, TlsParameters};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// A TCP connection to `host:port` with `TCP_NODELAY` set, within `timeout`.
pub async fn connect(host: &str, port: u16, timeout: Duration) -> io::Result<TcpStream> {
    let stream = tokio::time::timeout(timeout, TcpStream::connect((host, port)))
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "connection timed out"))??;
    stream.set_nodelay(true)?;
    Ok(stream)
}

/// TLS from the first byte (`smtps://`), over a connection opened by
/// [`connect`]: lettre's own stream type does the handshake, and this
/// adapter hands it back to lettre as a plain tokio stream.
pub async fn wrap_tls(
    tcp: TcpStream,
    tls: TlsParameters,
) -> Result<Box<dyn AsyncTokioStream>, lettre::transport::smtp::Error> {
    let mut stream = AsyncNetworkStream::use_existing_tokio1(Box::new(tcp));
    stream.upgrade_tls(tls).await?;
    Ok(Box::new(Encrypted(stream)))
}

#[derive(Debug)]
struct Encrypted(AsyncNetworkStream);

impl AsyncTokioStream for Encrypted {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.0.peer_addr()
    }
}

impl AsyncRead for Encrypted {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match Pin::new(&mut self.0).poll_read(cx, buf.initialize_unfilled()) {
            Poll::Ready(Ok(n)) => {
                buf.advance(n);
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncWrite for Encrypted {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_close(cx)
    }
}
