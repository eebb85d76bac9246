//! The time budget and cancellation flag of one extraction.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::error::{Error, ErrorKind};

/// Whether the target can read the time. Browsers' WebAssembly without
/// WASI (`wasm32-unknown-unknown`) has no clock: `Instant::now` panics
/// there, so the time budget is left out and the size limits alone apply.
const HAS_CLOCK: bool = !cfg!(all(target_family = "wasm", target_os = "unknown"));

/// Checked by every stage between units of work; cheap enough to call often.
pub(crate) struct Budget {
    deadline: Option<(Instant, Duration)>,
    cancel: Option<Arc<AtomicBool>>,
}

impl Budget {
    pub(crate) fn new(config: &Config) -> Self {
        Budget {
            deadline: config
                .time_budget
                .filter(|_| HAS_CLOCK)
                .map(|budget| (Instant::now() + budget, budget)),
            cancel: config.cancel.clone(),
        }
    }

    /// A budget that never runs out.
    #[cfg(test)]
    pub(crate) fn unlimited() -> Self {
        Budget {
            deadline: None,
            cancel: None,
        }
    }

    /// `Err` when the caller cancelled or the time is up.
    pub(crate) fn check(&self) -> Result<(), Error> {
        if let Some(flag) = &self.cancel {
            if flag.load(Ordering::Relaxed) {
                return Err(Error::new(ErrorKind::Cancelled));
            }
        }
        if let Some((deadline, budget)) = self.deadline {
            if Instant::now() >= deadline {
                return Err(Error::new(ErrorKind::Timeout { budget }));
            }
        }
        Ok(())
    }
}
