//! What the app computes from the case, in one place: the findings of the checks, the
//! appraisal, and the paper laid out as pages. It is rebuilt when the case changes.
//!
//! The checks and the appraisal are cheap enough to redo within the frame that changed the
//! case (the navigator's marks and the finance step's figures are never a frame behind); the
//! layout is not, so it runs on a worker thread. Each rebuild has a generation number: the
//! worker lays out only the newest case it has been sent, a result for an older generation
//! is dropped when it arrives, and the worker asks for a repaint when it is done, so a
//! keystroke never waits for the layout and a preview never shows a stale paper as current.
//!
//! The pages are laid out only once something has asked for them ([`Derived::pages`]): a
//! window that shows no paper does not keep a core busy laying out fifty pages a keystroke.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::time::{Duration, Instant};

use super::document::Checks;
use super::steps::Wizard;
use crate::case::Case;
use crate::case::finance::{Appraisal, FinanceError};
use crate::case::validate::Memo;
use crate::report::Pages;

/// How long the case must stay unchanged before it is laid out again: a pause between words,
/// not between letters. The preview shows the last paper meanwhile, marked as updating.
pub const SETTLE: Duration = Duration::from_millis(150);

/// A case to lay out, numbered by the rebuild that sent it.
type Job = (u64, Case);
/// A laid-out paper, numbered by the rebuild whose case it is.
type Done = (u64, Arc<Pages>);

/// What is computed from the case as it stands.
pub struct Derived {
    /// Counts the rebuilds: each change of the case is a new generation.
    generation: u64,
    checks: Checks,
    /// What the checks keep between runs, so an edit rereads only the text it changed.
    memo: Memo,
    appraisal: Result<Appraisal, FinanceError>,
    /// The newest pages laid out, and the generation they are of.
    pages: Option<(u64, Arc<Pages>)>,
    /// Whether the newest generation has been sent to the worker.
    requested: bool,
    /// When the case last changed: a layout waits until the typing pauses (see [`SETTLE`]).
    changed_at: Instant,
    /// Whether anything has asked for the pages: until then none are laid out.
    watched: AtomicBool,
    worker: Option<Worker>,
}

/// The layout thread's two ends, as the app holds them: dropping them ends the thread.
struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
}

impl Derived {
    /// The checks and the appraisal of `case`; its pages follow once they are asked for (see
    /// [`Derived::request_pages`]).
    pub fn of(case: &Case, wizard: &Wizard) -> Derived {
        let mut memo = Memo::default();
        Derived {
            generation: 0,
            checks: Checks::of(case, wizard, &mut memo),
            memo,
            appraisal: case.finance.appraise(&case.options),
            pages: None,
            requested: false,
            changed_at: Instant::now(),
            watched: AtomicBool::new(false),
            worker: None,
        }
    }

    /// The case changed: redoes the checks and the appraisal now, and makes the pages stale
    /// (they are laid out again when next asked for).
    pub fn rebuild(&mut self, case: &Case, wizard: &Wizard) {
        self.generation += 1;
        self.checks = Checks::of(case, wizard, &mut self.memo);
        self.appraisal = case.finance.appraise(&case.options);
        self.requested = false;
        self.changed_at = Instant::now();
    }

    /// Which rebuild this is: a number that grows with each change of the case, so a view of
    /// something worked out from the case can tell that it is out of date.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Sends the case to the layout thread if the pages have been asked for (see
    /// [`Derived::pages`]) and its generation has not been sent already; `ctx` is asked to
    /// repaint when the pages are ready. The thread starts on first use. Called once a
    /// frame, so pages asked for in one frame are on their way by the end of it.
    ///
    /// While the user types, the layout waits until the case has been still for [`SETTLE`]
    /// (a repaint is asked for then), so a burst of keystrokes is laid out once; the first
    /// paper of a case is laid out at once.
    pub fn request_pages(&mut self, case: &Case, ctx: &egui::Context) {
        // Watched in this frame only: once the preview closes, edits are not laid out.
        let watched = self.watched.swap(false, Ordering::Relaxed);
        if self.requested || !watched {
            return;
        }
        let still = self.changed_at.elapsed();
        if self.pages.is_some() && still < SETTLE {
            ctx.request_repaint_after(SETTLE - still);
            return;
        }
        if self.worker.is_none() {
            self.worker = Worker::start(ctx.clone());
        }
        let Some(worker) = &self.worker else {
            // No thread could be started: the pages are not laid out, and nothing waits.
            return;
        };
        if worker.jobs.send((self.generation, case.clone())).is_err() {
            // The thread has gone (a panic in the layout): start afresh next time.
            self.worker = None;
            return;
        }
        self.requested = true;
    }

    /// Takes what the layout thread has finished, keeping only the newest pages. Returns
    /// whether new pages arrived: the frame that polls has drawn the old ones already, so
    /// the caller asks for another.
    pub fn poll(&mut self) -> bool {
        let Some(worker) = &self.worker else {
            return false;
        };
        let mut arrived = false;
        loop {
            match worker.done.try_recv() {
                Ok((generation, pages)) => {
                    if self
                        .pages
                        .as_ref()
                        .is_none_or(|(held, _)| generation > *held)
                    {
                        self.pages = Some((generation, pages));
                        arrived = true;
                    }
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.worker = None;
                    self.requested = false;
                    break;
                }
            }
        }
        arrived
    }

    /// The checks on the case as it stands.
    pub fn checks(&self) -> &Checks {
        &self.checks
    }

    /// The appraisal of the case as it stands, or why it cannot be worked out.
    pub fn appraisal(&self) -> Result<&Appraisal, &FinanceError> {
        self.appraisal.as_ref()
    }

    /// The paper of the case as it stands, once laid out; `None` while it is being laid out
    /// (see [`Derived::latest_pages`] for the last one, to show meanwhile). Asking marks the
    /// pages as watched for this frame: a change of the case is laid out while something
    /// keeps asking, each frame.
    pub fn pages(&self) -> Option<&Arc<Pages>> {
        self.watched.store(true, Ordering::Relaxed);
        self.pages
            .as_ref()
            .filter(|(generation, _)| *generation == self.generation)
            .map(|(_, pages)| pages)
    }

    /// The newest pages laid out, even if the case has changed since: what a preview shows
    /// while the next layout runs. Asking marks the pages as watched, as [`Derived::pages`]
    /// does.
    pub fn latest_pages(&self) -> Option<&Arc<Pages>> {
        self.watched.store(true, Ordering::Relaxed);
        self.pages.as_ref().map(|(_, pages)| pages)
    }
}

impl Worker {
    /// Starts the layout thread, which asks `ctx` for a repaint after each layout; `None` if
    /// the system will not start one.
    fn start(ctx: egui::Context) -> Option<Worker> {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, done) = channel::<Done>();
        std::thread::Builder::new()
            .name("layout".into())
            .spawn(move || {
                // What the last layout measured: after an edit most tables are as they were.
                let mut memo = crate::report::layout::Memo::default();
                while let Ok(mut job) = inbox.recv() {
                    // Only the newest case matters: older ones queued behind it are skipped.
                    while let Ok(newer) = inbox.try_recv() {
                        job = newer;
                    }
                    let (generation, case) = job;
                    let pages = Arc::new(crate::report::pages_remembering(&case, &mut memo));
                    if outbox.send((generation, pages)).is_err() {
                        break;
                    }
                    ctx.request_repaint();
                }
            })
            .ok()?;
        Some(Worker { jobs, done })
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    /// Waits until `done` holds, failing with `never` after a while.
    fn wait_until(never: &str, mut done: impl FnMut() -> bool) {
        let started = Instant::now();
        while !done() {
            assert!(started.elapsed() < Duration::from_secs(120), "{never}");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Asks for the pages of `case` until they arrive (after the pause a layout waits for), or
    /// fails after a while.
    fn wait_for_pages(derived: &mut Derived, case: &Case, ctx: &egui::Context) -> Arc<Pages> {
        wait_until("the layout thread never answered", || {
            derived.poll();
            let arrived = derived.pages().is_some();
            derived.request_pages(case, ctx);
            arrived
        });
        Arc::clone(derived.pages().expect("just arrived"))
    }

    #[test]
    fn pages_are_laid_out_on_the_worker_and_stale_ones_are_not_current() {
        let ctx = egui::Context::default();
        let wizard = Wizard::default();
        let mut case = crate::fixtures::complete_case();
        let mut derived = Derived::of(&case, &wizard);
        assert!(derived.pages().is_none(), "nothing is laid out until asked");
        derived.request_pages(&case, &ctx);
        let first = wait_for_pages(&mut derived, &case, &ctx);
        assert_eq!(*first, crate::report::pages(&case));

        case.front_sheet.title = "A title typed since".into();
        derived.rebuild(&case, &wizard);
        assert!(
            derived.pages().is_none(),
            "the old pages are no longer the case's"
        );
        assert!(
            derived.latest_pages().is_some(),
            "but a preview may show them"
        );
        derived.request_pages(&case, &ctx);
        let second = wait_for_pages(&mut derived, &case, &ctx);
        assert!(second.body_text().contains("A title typed since"));
    }

    #[test]
    fn nothing_is_laid_out_until_the_pages_are_asked_for_and_then_the_window_is_woken() {
        use std::sync::atomic::AtomicUsize;

        let ctx = egui::Context::default();
        let asked = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&asked);
        ctx.set_request_repaint_callback(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        let wizard = Wizard::default();
        let case = crate::fixtures::complete_case();
        let mut derived = Derived::of(&case, &wizard);
        derived.request_pages(&case, &ctx);
        assert!(
            !derived.requested && derived.worker.is_none(),
            "no one has asked for the pages, so no layout is started"
        );

        assert!(derived.pages().is_none(), "asked for now");
        derived.request_pages(&case, &ctx);
        assert!(derived.requested, "sent to the layout thread");
        wait_for_pages(&mut derived, &case, &ctx);
        wait_until("the layout thread never woke the window", || {
            asked.load(Ordering::SeqCst) > 0
        });
    }

    #[test]
    fn the_checks_and_the_appraisal_follow_the_case_at_once() {
        let wizard = Wizard::default();
        let mut case = crate::fixtures::complete_case();
        let mut derived = Derived::of(&case, &wizard);
        assert_eq!(
            derived.checks().findings,
            crate::report::checks::findings(&case)
        );
        case.front_sheet.title.clear();
        derived.rebuild(&case, &wizard);
        assert_eq!(
            derived.checks().findings,
            crate::report::checks::findings(&case)
        );
        assert_eq!(
            derived.appraisal().ok(),
            case.finance.appraise(&case.options).ok().as_ref()
        );
    }
}
