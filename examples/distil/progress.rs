//! The progress line on standard error: pages done out of the total,
//! pages per second and failures, shown only when standard error is a
//! terminal that the pages are not printed on, and redrawn at most ten
//! times a second.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

/// The shortest time between two redraws.
const REDRAW: Duration = Duration::from_millis(100);

pub(crate) struct Progress {
    total: usize,
    done: usize,
    failed: usize,
    started: Instant,
    last_drawn: Option<Instant>,
    /// Whether the line is shown at all (standard error is a terminal).
    shown: bool,
}

impl Progress {
    /// A progress line for `total` pages, shown when standard error is a
    /// terminal, unless the pages themselves are printed on it.
    pub(crate) fn new(total: usize, pages_on_screen: bool) -> Self {
        Progress {
            total,
            done: 0,
            failed: 0,
            started: Instant::now(),
            last_drawn: None,
            shown: io::stderr().is_terminal() && !pages_on_screen,
        }
    }

    /// Counts one page and redraws the line if it is due.
    pub(crate) fn page_done(&mut self, failed: bool) {
        self.done += 1;
        self.failed += usize::from(failed);
        if !self.shown {
            return;
        }
        let now = Instant::now();
        if self.last_drawn.is_some_and(|t| now - t < REDRAW) && self.done < self.total {
            return;
        }
        self.last_drawn = Some(now);
        let line = status(self.done, self.total, self.failed, now - self.started);
        let _ = write!(io::stderr().lock(), "\r{line}\x1b[K");
    }

    /// Prints an error message on its own line, under the progress line.
    pub(crate) fn message(&mut self, message: &str) {
        self.clear();
        eprintln!("{message}");
    }

    /// Removes the line (at the end of the batch, or before a message; the
    /// next page draws it again).
    pub(crate) fn clear(&mut self) {
        if self.shown && self.last_drawn.take().is_some() {
            let _ = write!(io::stderr().lock(), "\r\x1b[K");
        }
    }
}

/// The text of the progress line.
fn status(done: usize, total: usize, failed: usize, elapsed: Duration) -> String {
    let rate = done as f64 / elapsed.as_secs_f64().max(1e-3);
    let mut line = format!("{done}/{total} pages, {rate:.1} pages/s");
    if failed > 0 {
        line.push_str(&format!(", {failed} failed"));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_counts_pages_speed_and_failures() {
        assert_eq!(
            status(50, 200, 0, Duration::from_secs(4)),
            "50/200 pages, 12.5 pages/s"
        );
        assert_eq!(
            status(3, 3, 1, Duration::from_millis(1500)),
            "3/3 pages, 2.0 pages/s, 1 failed"
        );
        assert_eq!(status(0, 0, 0, Duration::ZERO), "0/0 pages, 0.0 pages/s");
    }
}
