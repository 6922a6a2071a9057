//! The tests' email transport: emails kept in memory for the test to read.

use std::sync::{Arc, Mutex};

use answerable::email::transport::{DeliveredEmail, DeliveryError, Outlet};

/// Emails "sent" to this mailbox, shared between the server and the test.
#[derive(Debug, Clone, Default)]
pub struct MemoryMailbox(Arc<Mutex<Vec<DeliveredEmail>>>);

impl MemoryMailbox {
    pub fn sent(&self) -> Vec<DeliveredEmail> {
        self.0.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl Outlet for MemoryMailbox {
    fn accept(&self, email: DeliveredEmail) -> Result<String, DeliveryError> {
        self.0
            .lock()
            .map_err(|_| DeliveryError::Temporary("the mailbox is poisoned".into()))?
            .push(email);
        Ok("kept in memory".to_string())
    }
}
