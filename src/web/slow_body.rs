//! A request body must arrive within `request_body_timeout_seconds`.
//! actix-web limits how long the headers may take, not the body, so a
//! client sending a form a byte a minute would hold a connection and a
//! handler for ever; past the limit the body ends with an error and the
//! request is answered as a bad one.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::Next;
use actix_web::web::{self, Bytes};
use actix_web::HttpMessage;
use futures_util::Stream;

use super::state::AppState;

pub async fn limit(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let seconds = req
        .app_data::<web::Data<AppState>>()
        .map_or(60, |s| s.config.request_body_timeout_seconds);
    let inner = req.take_payload();
    let timed = Deadline {
        inner,
        expires: Box::pin(tokio::time::sleep(Duration::from_secs(
            seconds.max(1) as u64
        ))),
    };
    req.set_payload(Payload::from(
        Box::pin(timed) as Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>>
    ));
    next.call(req).await
}

struct Deadline {
    inner: Payload,
    expires: Pin<Box<tokio::time::Sleep>>,
}

impl Stream for Deadline {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Poll::Ready(item) = Pin::new(&mut self.inner).poll_next(cx) {
            return Poll::Ready(item);
        }
        match self.expires.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Some(Err(PayloadError::Io(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "the request body took too long to arrive",
            ))))),
            Poll::Pending => Poll::Pending,
        }
    }
}
