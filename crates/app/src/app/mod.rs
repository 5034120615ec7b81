//! The desktop app: a wizard that walks a collaboration lead through the business case.
//!
//! The shell lives here: the start screen, the menu, the navigator with each step's status,
//! the guidance panel, the status bar, files (open, save, recent, autosave, recovery) and
//! undo. Each step's form is its own module under [`steps`], drawn into a [`form::Form`].
//! Menus, buttons, shortcuts, dialogs and modal answers queue [`commands::Action`]s, applied
//! after the frame is drawn.

pub mod about;
pub mod access;
pub mod changes;
pub mod commands;
pub mod derived;
pub mod dialogs;
pub mod document;
pub mod examples;
pub mod figures;
pub mod form;
pub mod guidance;
pub mod importing;
pub mod opening;
pub mod pacing;
pub mod preview;
pub mod scrolling;
pub mod sharing;
mod shell;
pub mod start;
pub mod steps;
pub mod table;
pub mod theme;
pub mod user_data;
pub mod widgets;

use std::path::{Path, PathBuf};

use commands::{Action, Answer, Command};
use dialogs::{Dialogs, Ended, FileDialogs, Outcome, Purpose};
use document::{Autosave, OpenCase};
use user_data::{Recovery, UserData};

use crate::case::{Case, Step, storage};
use crate::report::Format;

/// How long unsaved work waits before it is written to the autosave folder.
pub const AUTOSAVE_AFTER: std::time::Duration = std::time::Duration::from_secs(30);

/// A message the user must read and dismiss: a file that would not open, save or export, or
/// a PDF that was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// What happened, e.g. "Could not open broken.ron".
    pub title: String,
    /// Why, in the words of the error (with line and column for a bad file), or where.
    pub detail: String,
    /// A file the notice offers to open (the paper just exported).
    pub offer_to_open: Option<PathBuf>,
    /// A file the notice offers to show in its folder (a PDF no program could open).
    pub offer_to_show: Option<PathBuf>,
}

impl Notice {
    /// A notice that something failed.
    fn failure(title: String, detail: String) -> Notice {
        Notice {
            title,
            detail,
            offer_to_open: None,
            offer_to_show: None,
        }
    }
}

/// The box that asks for a file's path when the system's file dialog could not open.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    /// What the path is for; its answer is acted on as the dialog's would be.
    pub purpose: Purpose,
    /// The path as typed, starting from the user's documents folder.
    pub text: String,
}

/// A box of information the user opened from the Help menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfoBox {
    /// The keyboard shortcuts.
    Shortcuts,
    /// The version, and the bundled fonts with their licences.
    About,
}

/// Where the app keeps per-user data, chosen when it starts.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Recent files and autosaves; `None` keeps nothing between runs.
    pub user_data: Option<UserData>,
    /// How long unsaved work waits before it is autosaved ([`AUTOSAVE_AFTER`]; tests shorten it).
    pub autosave_after: std::time::Duration,
    /// Who answers the file dialogs: the user, or (in tests) a function.
    pub file_dialogs: FileDialogs,
}

impl Settings {
    /// The standard per-user folder of this platform, and the system's file dialogs.
    pub fn standard() -> Settings {
        Settings {
            user_data: UserData::standard(),
            autosave_after: AUTOSAVE_AFTER,
            file_dialogs: FileDialogs::Native,
        }
    }
}

/// The Casewright app.
pub struct App {
    document: Option<OpenCase>,
    user_data: Option<UserData>,
    autosave_after: std::time::Duration,
    recent: Vec<PathBuf>,
    recoveries: Vec<Recovery>,
    example_titles: Vec<String>,
    dialogs: Dialogs,
    notice: Option<Notice>,
    /// What waits for the answer to "save changes?".
    unsaved_prompt: Option<Action>,
    /// A save that stopped because someone else wrote the file since.
    save_conflict: Option<sharing::SaveConflict>,
    /// A case someone else has open, waiting for the user to choose how to open it.
    lock_prompt: Option<sharing::LockPrompt>,
    /// What is in the file now, when it changed outside and "reload?" is being asked.
    reload_prompt: Option<storage::Stamp>,
    /// Conflict copies found beside the case just opened.
    sync_copies: Option<sharing::SyncCopies>,
    /// Whether the window had the focus last frame, to notice the user coming back to it.
    was_focused: bool,
    /// The path asked for because a file dialog could not open.
    path_prompt: Option<PathPrompt>,
    /// The Help box shown, if any.
    info: Option<InfoBox>,
    /// Whether the user has asked to show (or hide) the guidance panel; `None` leaves it to the
    /// window's width (see [`shell::GUIDANCE_FOLDS_BELOW`]).
    guidance_choice: Option<bool>,
    allow_close: bool,
    window_title: String,
    /// What to do once the frame is drawn, in order.
    actions: Vec<Action>,
    /// How files are opened in other programs.
    opener: opening::Opener,
    /// The file being opened in another program, until the system answers.
    opening: Option<opening::Opening>,
    /// The recovered work the user asked to discard, waiting for them to confirm.
    confirm_discard: Option<usize>,
    /// The recovered work last discarded, kept (its autosave still on disk) so the discard can
    /// be undone until another is discarded or a case is opened.
    discarded: Option<Recovery>,
    /// Input held back so that each frame moves the focus at most once (see [`pacing`]).
    pacing: pacing::Pacing,
    /// What changed since an earlier version, while the Changes view is open.
    changes: Option<changes::Changes>,
    /// The paper as it prints, beside the wizard (View ▸ Preview).
    preview: preview::Preview,
    /// Whether the text cursor's blink has been set for the renderer (off on a software
    /// renderer, where each blink repaints the whole window on the CPU).
    blink_set: bool,
    /// The import box (File ▸ Import finance lines…), while it is open.
    importing: Option<importing::Importing>,
}

impl App {
    /// The app as `casewright` starts it: fonts and theme applied, the user's folder in use.
    pub fn new(cc: &eframe::CreationContext<'_>) -> App {
        App::with_settings(cc, Settings::standard())
    }

    /// The app with explicit settings (tests pass a temporary folder, or none).
    pub fn with_settings(cc: &eframe::CreationContext<'_>, settings: Settings) -> App {
        theme::apply(&cc.egui_ctx);
        let user_data = settings.user_data;
        let recent = user_data.as_ref().map(UserData::recent).unwrap_or_default();
        let recoveries = user_data
            .as_ref()
            .map(UserData::recoveries)
            .unwrap_or_default();
        let example_titles = examples::EXAMPLES
            .iter()
            .map(|example| match example.load() {
                Ok(case) => case.display_title().to_owned(),
                Err(_) => example.file_name.to_owned(),
            })
            .collect();
        App {
            document: None,
            user_data,
            autosave_after: settings.autosave_after,
            recent,
            recoveries,
            example_titles,
            dialogs: Dialogs::new(settings.file_dialogs),
            notice: None,
            unsaved_prompt: None,
            save_conflict: None,
            lock_prompt: None,
            reload_prompt: None,
            sync_copies: None,
            was_focused: false,
            path_prompt: None,
            info: None,
            guidance_choice: None,
            allow_close: false,
            window_title: String::new(),
            actions: Vec::new(),
            opener: opening::open_with_system,
            opening: None,
            confirm_discard: None,
            discarded: None,
            pacing: pacing::Pacing::default(),
            changes: None,
            preview: preview::Preview::default(),
            blink_set: false,
            importing: None,
        }
    }

    /// The open case, if any (`None` on the start screen).
    pub fn case(&self) -> Option<&Case> {
        self.document.as_ref().map(|document| &document.case)
    }

    /// The open case, for tests and tools that edit it directly.
    pub fn case_mut(&mut self) -> Option<&mut Case> {
        self.document.as_mut().map(|document| &mut document.case)
    }

    /// The preview panel's state: where it drew the paper (tests click on it).
    pub fn preview(&self) -> &preview::Preview {
        &self.preview
    }

    /// The preview panel's state, to scroll it (tests).
    pub fn preview_mut(&mut self) -> &mut preview::Preview {
        &mut self.preview
    }

    /// The open document, if any.
    pub fn document(&self) -> Option<&OpenCase> {
        self.document.as_ref()
    }

    /// The step shown, if a case is open.
    pub fn step(&self) -> Option<Step> {
        self.document.as_ref().map(OpenCase::step)
    }

    /// The path being asked for because a file dialog could not open, if any.
    pub fn path_prompt(&self) -> Option<&PathPrompt> {
        self.path_prompt.as_ref()
    }

    /// The Help box shown, if any.
    pub fn info(&self) -> Option<InfoBox> {
        self.info
    }

    /// Whether a modal box is up (a notice, "save changes?", a path, a Help box): the shortcuts
    /// wait until it is answered.
    fn modal_open(&self) -> bool {
        self.notice.is_some()
            || self.confirm_discard.is_some()
            || self.unsaved_prompt.is_some()
            || self.save_conflict.is_some()
            || self.lock_prompt.is_some()
            || self.reload_prompt.is_some()
            || self.sync_copies.is_some()
            || self.importing.is_some()
            || self.path_prompt.is_some()
            || self.info.is_some()
    }

    /// The message the user is being shown, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Opens files in other programs with `opener` instead of the system's way (tests stand in
    /// for a machine with no PDF viewer).
    pub fn set_opener(&mut self, opener: opening::Opener) {
        self.opener = opener;
    }

    /// Queues an action as if the user had asked for it (tests use this to open a file without
    /// the dialog: `Action::OpenFile(path)`). It is applied after the next frame is drawn.
    pub fn queue(&mut self, action: impl Into<Action>) {
        self.actions.push(action.into());
    }

    /// Whether `command` can be used now: the menu greys out the others, and their shortcuts
    /// do nothing.
    pub fn enabled(&self, command: Command) -> bool {
        let idle = !self.dialogs.is_open() && self.path_prompt.is_none();
        let document = self.document.as_ref();
        match command {
            Command::New | Command::Open => idle,
            Command::Save | Command::SaveAs | Command::Export(_) | Command::CompareWith => {
                document.is_some() && idle
            }
            Command::Close | Command::InsertFigure | Command::Preview => document.is_some(),
            Command::ImportLines => document.is_some_and(|d| !d.is_read_only()) && idle,
            Command::Quit | Command::KeyboardShortcuts | Command::About => true,
            Command::Undo => document.is_some_and(OpenCase::can_undo),
            Command::Redo => document.is_some_and(OpenCase::can_redo),
        }
    }

    /// The window title: case title, file name and an unsaved marker.
    pub fn title(&self) -> String {
        match &self.document {
            None => "Casewright".into(),
            Some(document) => format!(
                "{}{} – {}{} – Casewright",
                if document.is_unsaved() { "*" } else { "" },
                document.case.shortened_title(),
                document.file_name(),
                if document.is_read_only() {
                    " (read-only)"
                } else {
                    ""
                }
            ),
        }
    }

    /// Applies one action. Actions that would replace an unsaved case ask first.
    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        if action.replaces_document() && self.document.as_ref().is_some_and(OpenCase::is_unsaved) {
            self.unsaved_prompt = Some(action);
            return;
        }
        self.apply_now(ctx, action);
    }

    /// Applies an action without asking about unsaved changes.
    fn apply_now(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(command) => self.run(ctx, command),
            Action::OpenFile(path) | Action::OpenChosen(path) => self.open_path(&path),
            Action::OpenExample(index) => self.open_example(index),
            Action::SaveTo { path, then } => self.save_to(ctx, path, then.map(|then| *then)),
            Action::ExportTo(format, path) => self.export_to(format, path),
            Action::OpenExternally(path) => {
                self.opening = Some(opening::Opening::start(path, self.opener, ctx));
            }
            Action::ShowInFolder(path) => {
                if let Err(error) = opening::show_in_folder(&path) {
                    self.notice = Some(Notice::failure(
                        format!("Could not show {} in its folder", display_name(&path)),
                        format!("{error}. The file is at {}", path.display()),
                    ));
                }
            }
            Action::GoTo(step) => {
                if let Some(document) = &mut self.document {
                    document.go_to(step);
                }
            }
            Action::Reveal(anchor) => {
                if let Some(document) = &mut self.document {
                    document.reveal(anchor);
                }
            }
            Action::Unsaved(answer) => self.answer_unsaved(ctx, answer),
            Action::DismissNotice => self.notice = None,
            Action::CompareWith(path) => self.compare_with(&path, None),
            Action::CloseChanges => self.changes = None,
            Action::ChooseImport(purpose) => self.dialogs.open(ctx, purpose, ""),
            Action::ImportFrom(path) => self.import_from(&path),
            Action::SaveTemplateTo(path) => self.save_template_to(path),
            Action::ApplyImport => self.apply_import(),
            Action::CloseImport => self.importing = None,
            Action::AddRevision => self.add_revision(),
            Action::CancelPathPrompt => self.path_prompt = None,
            Action::UsePath(path) => {
                if let Some(prompt) = self.path_prompt.take() {
                    self.act_on_dialog(prompt.purpose, path);
                }
            }
            Action::Conflict(answer) => self.answer_conflict(ctx, answer),
            Action::Locked(answer) => self.answer_lock(ctx, answer),
            Action::Reload(reload) => self.answer_reload(reload),
            Action::DismissSyncCopies => self.sync_copies = None,
            Action::Recover(index) => self.recover(index),
            Action::DiscardRecovery(index) => {
                self.confirm_discard = (index < self.recoveries.len()).then_some(index);
            }
            Action::ConfirmDiscard => self.discard_recovery(),
            Action::KeepRecovery => self.confirm_discard = None,
            Action::UndoDiscard => {
                if let Some(recovery) = self.discarded.take() {
                    self.recoveries.push(recovery);
                }
            }
        }
    }

    /// Runs one of the user's commands.
    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => {
                let mut case = Case::default();
                case.normalise();
                self.set_document(Some(OpenCase::new(case, None, true)));
            }
            Command::Open => self.dialogs.open(ctx, Purpose::Open, ""),
            Command::Save => self.save(ctx, None),
            Command::SaveAs => self.save_as(ctx, None),
            Command::Export(format) => self.export(ctx, format),
            Command::CompareWith => self.dialogs.open(ctx, Purpose::Compare, ""),
            Command::ImportLines => self.start_import(),
            Command::Close => self.set_document(None),
            Command::Quit => {
                self.set_document(None);
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::Undo => {
                if let Some(document) = &mut self.document {
                    document.undo();
                }
            }
            Command::Redo => {
                if let Some(document) = &mut self.document {
                    document.redo();
                }
            }
            Command::InsertFigure => figures::request(ctx),
            Command::Preview => {
                self.preview.toggle(ctx.content_rect().width());
                // One panel beside the step at a time: the preview takes the Changes view's place.
                self.changes = None;
            }
            Command::KeyboardShortcuts => self.info = Some(InfoBox::Shortcuts),
            Command::About => self.info = Some(InfoBox::About),
        }
    }

    /// Acts on the answer to "save changes?" for what was waiting on it.
    fn answer_unsaved(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(pending) = self.unsaved_prompt.take() else {
            return;
        };
        match answer {
            Answer::Save => self.save(ctx, Some(pending)),
            Answer::Discard => self.apply_now(ctx, pending),
            Answer::Cancel => {}
        }
    }

    /// Replaces the open document; the old one's autosave is no longer needed (it was saved
    /// or the user chose to discard it), nor the earlier run's autosave it was recovered from.
    fn set_document(&mut self, document: Option<OpenCase>) {
        if document.is_some() {
            self.forget_discarded();
        }
        // The changes were of the case being replaced, and so was the place in its paper.
        self.changes = None;
        self.preview.forget_place();
        if let Some(user_data) = &self.user_data {
            user_data.clear_autosave();
        }
        if let Some(recovered) = self.document.as_mut().and_then(|d| d.recovered_from.take()) {
            UserData::discard_autosave(&recovered);
        }
        self.document = document;
    }

    fn open_example(&mut self, index: usize) {
        let Some(example) = examples::EXAMPLES.get(index) else {
            return;
        };
        match example.load() {
            Ok(case) => self.set_document(Some(OpenCase::new(case, None, true))),
            Err(error) => {
                self.notice = Some(Notice::failure(
                    format!("Could not open the example {}", example.file_name),
                    error.to_string(),
                ));
            }
        }
    }

    fn remember(&mut self, path: &Path) {
        if let Some(user_data) = &self.user_data {
            self.recent = user_data.remember(path);
        }
    }

    /// Saves to the document's file (or asks for one), then does `then`.
    fn save(&mut self, ctx: &egui::Context, then: Option<Action>) {
        let Some(path) = self.document.as_ref().and_then(|d| d.path.clone()) else {
            self.save_as(ctx, then);
            return;
        };
        self.save_to(ctx, path, then);
    }

    fn save_as(&mut self, ctx: &egui::Context, then: Option<Action>) {
        let Some(document) = &self.document else {
            return;
        };
        let stem = dialogs::file_stem_for(document.case.display_title());
        self.dialogs.open(
            ctx,
            Purpose::SaveAs {
                then: then.map(Box::new),
            },
            &stem,
        );
    }

    /// Asks where to write the committee paper as `format`; the answer comes back as
    /// [`Purpose::Export`].
    fn export(&mut self, ctx: &egui::Context, format: Format) {
        let Some(document) = &self.document else {
            return;
        };
        let stem = match &document.path {
            Some(path) => path
                .file_stem()
                .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned()),
            None => dialogs::file_stem_for(document.case.display_title()),
        };
        self.dialogs.open(ctx, Purpose::Export(format), &stem);
    }

    /// Writes the committee paper of the open case as `format` to `path` and says how it
    /// went.
    fn export_to(&mut self, format: Format, path: PathBuf) {
        let Some(document) = &self.document else {
            return;
        };
        let path = if path.extension().is_none() {
            path.with_extension(format.extension())
        } else {
            path
        };
        if let Err(refusal) =
            crate::report::export::check_target(format, &path, document.path.as_deref())
        {
            self.notice = Some(Notice::failure(
                format!("Did not export {}", display_name(&path)),
                refusal.to_string(),
            ));
            return;
        }
        self.notice = Some(match crate::report::export(&document.case, format, &path) {
            Ok(()) => Notice {
                title: format!("Exported {}", display_name(&path)),
                detail: format!("The committee paper was written to {}.", path.display()),
                offer_to_open: Some(path),
                offer_to_show: None,
            },
            Err(error) => Notice::failure(
                format!("Could not export {}", display_name(&path)),
                format!(
                    "{error}. Choose another folder, or close the file if it is open in another program."
                ),
            ),
        });
    }

    /// Queues what a file dialog's answer asks for; a cancelled dialog asks for nothing, and
    /// one that could not open asks for the path instead.
    fn poll_dialogs(&mut self) {
        let Some(Ended {
            purpose,
            outcome,
            file_name,
        }) = self.dialogs.poll()
        else {
            return;
        };
        match outcome {
            Outcome::Chosen(path) => self.act_on_dialog(purpose, path),
            Outcome::Cancelled => {}
            Outcome::CouldNotOpen => {
                let text = dialogs::suggested_path(&file_name).display().to_string();
                self.path_prompt = Some(PathPrompt { purpose, text });
            }
        }
    }

    /// Queues what the file chosen for `purpose` asks for.
    fn act_on_dialog(&mut self, purpose: Purpose, path: PathBuf) {
        self.actions.push(match purpose {
            Purpose::Open => Action::OpenChosen(path),
            Purpose::SaveAs { then } => Action::SaveTo { path, then },
            Purpose::Export(format) => Action::ExportTo(format, path),
            Purpose::Compare => Action::CompareWith(path),
            Purpose::Import => Action::ImportFrom(path),
            Purpose::Template => Action::SaveTemplateTo(path),
        });
    }

    /// Opens work autosaved by an earlier run. Its autosave stays on disk until the work is
    /// saved, autosaved again by this run, or discarded, so a second crash loses nothing.
    fn recover(&mut self, index: usize) {
        if index >= self.recoveries.len() {
            return;
        }
        let recovery = self.recoveries.remove(index);
        let mut document = OpenCase::new(recovery.case, recovery.original, false);
        document.recovered_from = Some(recovery.autosave);
        self.set_document(Some(document));
    }

    /// Discards the recovered work the user confirmed discarding. Its autosave stays on disk
    /// while the discard can be undone (see [`App::forget_discarded`]).
    fn discard_recovery(&mut self) {
        let Some(index) = self.confirm_discard.take() else {
            return;
        };
        if index < self.recoveries.len() {
            self.forget_discarded();
            self.discarded = Some(self.recoveries.remove(index));
        }
    }

    /// Deletes the autosave of the work last discarded: its discard can no longer be undone.
    fn forget_discarded(&mut self) {
        if let Some(recovery) = self.discarded.take() {
            UserData::discard(&recovery);
        }
    }

    /// The recovered work waiting for the user to confirm its discard, if any.
    pub fn discard_to_confirm(&self) -> Option<&Recovery> {
        self.confirm_discard
            .and_then(|index| self.recoveries.get(index))
    }

    /// Tells the user when the file being opened in another program could not be opened:
    /// the path, and an offer to show it in its folder.
    fn poll_opening(&mut self) {
        let Some(answer) = self.opening.as_ref().and_then(opening::Opening::poll) else {
            return;
        };
        let Some(opening) = self.opening.take() else {
            return;
        };
        if let Err(reason) = answer {
            let path = opening.path().to_path_buf();
            self.notice = Some(Notice {
                title: format!("Could not open {}", display_name(&path)),
                detail: format!(
                    "No program on this computer opened it ({reason}). It is saved at {}",
                    path.display()
                ),
                offer_to_open: None,
                offer_to_show: Some(path),
            });
        }
    }

    /// Autosaves when the case has had changes not yet autosaved for [`AUTOSAVE_AFTER`],
    /// and asks for a repaint in time for that.
    fn autosave_if_due(&mut self, ctx: &egui::Context) {
        let (Some(document), Some(user_data)) = (&mut self.document, &self.user_data) else {
            return;
        };
        let Some(since) = document.unsaved_since.filter(|_| document.is_unsaved()) else {
            return;
        };
        let elapsed = since.elapsed();
        if elapsed < self.autosave_after {
            ctx.request_repaint_after(self.autosave_after - elapsed);
            return;
        }
        match user_data.autosave(&document.case, document.path.as_deref()) {
            Ok(()) => {
                // The next edit starts the clock again; no edit, no autosave.
                document.autosave = Autosave::Written(chrono::Local::now());
                document.unsaved_since = None;
                // This run's autosave now holds the recovered work.
                if let Some(recovered) = document.recovered_from.take() {
                    UserData::discard_autosave(&recovered);
                }
                // The status bar was drawn before the autosave: show it now, not at the next
                // mouse move.
                ctx.request_repaint();
                return;
            }
            Err(error) => {
                // Try again after another interval rather than every frame; the status bar
                // says it failed and why.
                document.autosave = Autosave::Failed(error.to_string());
                document.unsaved_since = Some(std::time::Instant::now());
            }
        }
        ctx.request_repaint_after(self.autosave_after);
    }

    /// Turns a window-close request into a "save changes?" question when there is unsaved work.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|input| input.viewport().close_requested()) || self.allow_close {
            return;
        }
        if self.document.as_ref().is_some_and(OpenCase::is_unsaved) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            // Quitting with unsaved work asks "save changes?" first.
            self.actions.push(Command::Quit.into());
        } else if let Some(user_data) = &self.user_data {
            user_data.clear_autosave();
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// The warnings from opening a file, one a line, for a notice: what the next save drops or
/// changes, said once when the file is opened.
pub(crate) fn warnings_detail(warnings: &[storage::LoadWarning]) -> String {
    let lines: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    format!(
        "Casewright read the file, but the next save will not write it exactly as it is:\n{}",
        lines.join("\n")
    )
}

pub(crate) fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// Whether the window is drawn by a software renderer (Mesa's llvmpipe under a virtual or
/// GPU-less desktop, Microsoft's WARP): there a blinking cursor costs a fifth of a core, so
/// it stays lit instead.
fn renders_in_software(frame: &eframe::Frame) -> bool {
    frame
        .wgpu_render_state()
        .is_some_and(|state| state.adapter.get_info().device_type == eframe::wgpu::DeviceType::Cpu)
}

impl eframe::App for App {
    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if self.pacing.pace(raw_input) {
            ctx.request_repaint();
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.blink_set {
            self.blink_set = true;
            if renders_in_software(frame) {
                ctx.all_styles_mut(|style| style.visuals.text_cursor.blink = false);
            }
        }
        self.poll_dialogs();
        self.poll_opening();
        self.handle_close_request(&ctx);
        if !self.modal_open() {
            for command in Command::pressed(&ctx) {
                if self.enabled(command) {
                    self.actions.push(command.into());
                }
            }
        }

        shell::menu_bar(self, ui);
        shell::status_bar(self, ui);
        if self.document.is_some() {
            shell::workspace(self, ui);
        } else {
            egui::CentralPanel::default().show(ui, |ui| {
                let discarded = self.discarded.as_ref();
                let chosen = start::show(
                    ui,
                    &self.recent,
                    &self.example_titles,
                    &self.recoveries,
                    discarded,
                );
                self.actions.extend(chosen);
            });
        }
        shell::modals(self, &ctx);
        sharing::modals(self, &ctx);
        importing::modal(self, &ctx);
        access::after_dialogs(&ctx);
        // A request no text area took (none had the focus) does not wait for the next one.
        figures::forget_request(&ctx);

        let actions = std::mem::take(&mut self.actions);
        if !actions.is_empty() {
            // What the actions changed is drawn in the next frame.
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(&ctx, action);
        }
        if let Some(document) = &mut self.document {
            let (time, pointer_down) = ctx.input(|input| (input.time, input.pointer.any_down()));
            if document.after_frame(&ctx, time, pointer_down, ctx.egui_wants_keyboard_input()) {
                // What the change derives (the navigator's marks, the figures) shows next frame.
                ctx.request_repaint();
            }
        }
        self.refresh_changes();
        self.autosave_if_due(&ctx);
        self.refresh_lock(&ctx);
        let focused = ctx.input(|input| input.focused);
        if focused && !self.was_focused {
            // Back in the window: someone may have saved the case meanwhile.
            self.check_outside_change(&ctx);
        }
        self.was_focused = focused;
        self.update_title(&ctx);
        access::name_window(&ctx, &self.window_title);
    }
}
