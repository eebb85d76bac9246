//! Running the pages of a batch on several threads while their results
//! come out strictly in input order, with a bounded number held back.
//!
//! Workers take the next page number from a shared counter and do the
//! whole page (read, extract, render). The calling thread is one of them:
//! between its own pages it collects what the others sent, keeps the
//! results that arrived early in a map and hands them on as soon as the
//! one before is out. (A writer thread of its own would leave a core
//! short, or wake for every page.) A worker may not start a page more than
//! `window` places ahead of the last result handed on, so a slow page
//! holds back at most `window` results, however long the batch.
//!
//! Pages start in input order except the last few (half a window), which
//! start largest first: a large page started last would leave the other
//! workers idle while it runs alone (longest-first scheduling of the
//! batch's tail).

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError, mpsc};

/// Calls `work(i)` for every `i` in `0..count` on `jobs` threads (the
/// calling one among them) and hands each result to `emit` in the order of
/// `i`, on the calling thread. At most `window` results are ever computed
/// but not yet emitted. `emit` returning [`ControlFlow::Break`] ends the
/// batch: no new page is started and the results still to come are
/// dropped. With one job (or one page) everything runs on the calling
/// thread. `cost(i)` estimates page `i`'s work (its size); it orders the
/// last pages only (see [`StartOrder`]).
pub(crate) fn run_ordered<T, W, E>(
    count: usize,
    jobs: usize,
    window: usize,
    cost: impl Fn(usize) -> u64,
    work: W,
    mut emit: E,
) where
    T: Send,
    W: Fn(usize) -> T + Sync,
    E: FnMut(T) -> ControlFlow<()>,
{
    let jobs = jobs.clamp(1, count.max(1));
    if jobs == 1 {
        // One page at a time (or a single page): no thread is worth it.
        for i in 0..count {
            if emit(work(i)).is_break() {
                return;
            }
        }
        return;
    }
    let window = window.max(1);
    let order = StartOrder::new(count, window / 2, cost);
    let next = AtomicUsize::new(0);
    let gate = Gate::default();
    let (sender, results) = mpsc::channel::<(usize, T)>();
    std::thread::scope(|scope| {
        for _ in 1..jobs {
            let sender = sender.clone();
            let (next, gate, work, order) = (&next, &gate, &work, &order);
            scope.spawn(move || {
                let _stop = StopOnPanic(gate);
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let i = order.page(n);
                    if n >= count || !gate.wait_for(i, window) {
                        return;
                    }
                    if sender.send((i, work(i))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(sender);

        // A panic here (in `work` or `emit`) must release the waiting
        // workers, or the scope would wait for them forever instead of
        // passing the panic on.
        let _stop = StopOnPanic(&gate);
        let mut out = InOrder {
            early: BTreeMap::new(),
            emitted: 0,
            emit: &mut emit,
            gate: &gate,
        };
        loop {
            // What the others finished meanwhile, without waiting.
            while let Ok((i, result)) = results.try_recv() {
                if out.add(i, result).is_break() {
                    return;
                }
            }
            let n = next.fetch_add(1, Ordering::Relaxed);
            if n >= count {
                break;
            }
            let i = order.page(n);
            // Too far ahead: the results before it come from the others.
            while i >= out.emitted.saturating_add(window) {
                let Ok((j, result)) = results.recv() else {
                    // Every other worker is gone (one panicked: the scope
                    // passes its panic on).
                    return;
                };
                if out.add(j, result).is_break() {
                    return;
                }
            }
            if out.add(i, work(i)).is_break() {
                return;
            }
        }
        // No page left to start: the rest comes from the others. Ends when
        // every worker is done.
        for (i, result) in results.iter() {
            if out.add(i, result).is_break() {
                return;
            }
        }
    });
}

/// The order in which the pages start: `0..count`, except that the last
/// `tail` pages come largest first. Only the tail is worth ordering:
/// earlier, a worker that finishes takes the next page while the others
/// are busy anyway. Kept to half a window, the tail's pages stay within
/// reach of the pages still running before it, so no worker waits at the
/// gate for them.
struct StartOrder {
    /// The first page of the tail.
    first: usize,
    /// The tail's pages, largest first.
    tail: Vec<usize>,
}

impl StartOrder {
    fn new(count: usize, tail: usize, cost: impl Fn(usize) -> u64) -> Self {
        let first = count.saturating_sub(tail);
        let mut tail: Vec<usize> = (first..count).collect();
        // Stable: pages of equal cost keep their order.
        tail.sort_by_key(|&i| std::cmp::Reverse(cost(i)));
        StartOrder { first, tail }
    }

    /// The page to start `n`th (`n` itself past the end).
    fn page(&self, n: usize) -> usize {
        n.checked_sub(self.first)
            .and_then(|k| self.tail.get(k))
            .copied()
            .unwrap_or(n)
    }
}

/// The calling thread's side of [`run_ordered`]: results in, results out
/// in order.
struct InOrder<'a, T, E> {
    /// Results that came before their turn, by page number.
    early: BTreeMap<usize, T>,
    /// How many results were handed on.
    emitted: usize,
    emit: &'a mut E,
    gate: &'a Gate,
}

impl<T, E: FnMut(T) -> ControlFlow<()>> InOrder<'_, T, E> {
    /// Takes the result of page `i` and hands on every result now due;
    /// a break stops the batch.
    fn add(&mut self, i: usize, result: T) -> ControlFlow<()> {
        self.early.insert(i, result);
        let before = self.emitted;
        while let Some(result) = self.early.remove(&self.emitted) {
            self.emitted += 1;
            if (self.emit)(result).is_break() {
                self.gate.stop();
                return ControlFlow::Break(());
            }
        }
        if self.emitted != before {
            self.gate.advance(self.emitted);
        }
        ControlFlow::Continue(())
    }
}

/// How far the batch has got, shared by the workers and the writer.
#[derive(Default)]
struct Gate {
    state: Mutex<GateState>,
    moved: Condvar,
}

#[derive(Default)]
struct GateState {
    emitted: usize,
    stopped: bool,
}

impl Gate {
    fn lock(&self) -> MutexGuard<'_, GateState> {
        // The state stays consistent even if a holder panicked.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until page `i` is within `window` of the last result emitted;
    /// false when the batch was stopped instead.
    fn wait_for(&self, i: usize, window: usize) -> bool {
        let mut state = self.lock();
        while !state.stopped && i >= state.emitted.saturating_add(window) {
            state = self
                .moved
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        !state.stopped
    }

    fn advance(&self, emitted: usize) {
        self.lock().emitted = emitted;
        self.moved.notify_all();
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.moved.notify_all();
    }
}

/// Stops the batch when the thread holding it unwinds.
struct StopOnPanic<'a>(&'a Gate);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// Early pages are the slowest, so later ones finish first and must
    /// wait; none may start more than `window` places ahead of the output,
    /// not even the last ones, which start largest first (the estimates
    /// rise along the batch, so the tail starts in reverse).
    #[test]
    fn results_come_out_in_order_and_never_run_far_ahead() {
        for (jobs, window) in [(1, 1), (2, 3), (4, 8), (8, 2), (2, 16)] {
            let emitted = AtomicUsize::new(0);
            let furthest_ahead = AtomicUsize::new(0);
            let mut seen = Vec::new();
            run_ordered(
                40,
                jobs,
                window,
                |i| i as u64,
                |i| {
                    let done = emitted.load(Ordering::SeqCst);
                    furthest_ahead.fetch_max(i - done.min(i), Ordering::SeqCst);
                    std::thread::sleep(Duration::from_micros(((40 - i) % 7) as u64 * 300));
                    i * 10
                },
                |value| {
                    seen.push(value);
                    emitted.fetch_add(1, Ordering::SeqCst);
                    ControlFlow::Continue(())
                },
            );
            let expected: Vec<usize> = (0..40).map(|i| i * 10).collect();
            assert_eq!(seen, expected, "jobs {jobs}, window {window}");
            let ahead = furthest_ahead.load(Ordering::SeqCst);
            assert!(
                ahead < window,
                "jobs {jobs}: started {ahead} ahead, window {window}"
            );
        }
    }

    #[test]
    fn the_start_order_reorders_only_the_tail() {
        let sizes = [5, 1, 9, 3, 7, 7, 2];
        let order = StartOrder::new(sizes.len(), 4, |i| sizes[i]);
        let pages: Vec<usize> = (0..sizes.len()).map(|n| order.page(n)).collect();
        // Pages 3..7 weigh 3, 7, 7, 2: the two of 7 keep their order.
        assert_eq!(pages, [0, 1, 2, 4, 5, 3, 6]);
        // A tail longer than the batch orders all of it.
        let order = StartOrder::new(3, 8, |i| sizes[i]);
        assert_eq!([order.page(0), order.page(1), order.page(2)], [2, 0, 1]);
        assert_eq!(order.page(3), 3);
    }

    #[test]
    fn all_pages_are_worked_on_several_threads() {
        let threads = Mutex::new(std::collections::HashSet::new());
        let mut count = 0;
        run_ordered(
            20,
            2,
            8,
            |_| 0,
            |_| {
                threads.lock().unwrap().insert(std::thread::current().id());
                std::thread::sleep(Duration::from_millis(2));
            },
            |()| {
                count += 1;
                ControlFlow::Continue(())
            },
        );
        assert_eq!(count, 20);
        // Two threads, the calling one among them: no third one waits to
        // write.
        let threads = threads.lock().unwrap();
        assert_eq!(threads.len(), 2);
        assert!(threads.contains(&std::thread::current().id()));
    }

    #[test]
    fn a_break_stops_the_batch_early() {
        let started = AtomicUsize::new(0);
        let mut seen = Vec::new();
        run_ordered(
            10_000,
            2,
            4,
            |_| 0,
            |i| {
                started.fetch_add(1, Ordering::SeqCst);
                i
            },
            |i| {
                seen.push(i);
                if i == 5 {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            },
        );
        assert_eq!(seen, [0, 1, 2, 3, 4, 5]);
        // At most the window past the stop, plus one page per worker.
        assert!(started.load(Ordering::SeqCst) <= 6 + 4 + 2);
    }

    #[test]
    fn empty_batches_and_more_jobs_than_pages_are_fine() {
        let mut seen = Vec::new();
        run_ordered(
            0,
            4,
            16,
            |_| 0,
            |i| i,
            |i| {
                seen.push(i);
                ControlFlow::Continue(())
            },
        );
        assert!(seen.is_empty());
        run_ordered(
            2,
            16,
            1,
            |_| 0,
            |i| i,
            |i| {
                seen.push(i);
                ControlFlow::Continue(())
            },
        );
        assert_eq!(seen, [0, 1]);
    }

    #[test]
    fn a_panicking_page_does_not_hang_the_batch() {
        let outcome = std::panic::catch_unwind(|| {
            run_ordered(
                100,
                2,
                4,
                |_| 0,
                |i| {
                    if i == 3 {
                        panic!("page 3");
                    }
                    i
                },
                |_| ControlFlow::Continue(()),
            );
        });
        assert!(outcome.is_err());
    }
}
