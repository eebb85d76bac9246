//! Extract articles from saved pages.
//!
//! ```text
//! cargo run --release --example distil -- PAGE.html [MORE.html | DIR ...]
//! ```
//!
//! Prints the article of each page as text (or HTML, Markdown, or one JSON
//! object per line with `--format json`), or writes one file per page with
//! `--output DIR`. Folders are walked for their pages, web archives
//! (`.warc`, `.warc.gz`) give each HTML page they hold, and `--stdin-list`
//! reads paths from standard input; the pages are worked on in parallel
//! (`--jobs N`) and printed in input order. A page that fails does not stop
//! the others; the exit code is non-zero when any failed.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

mod args;
mod batch;
mod inputs;
mod output;
mod progress;
mod warc;

use args::{Format, Options, USAGE, parse_args};
use distil::{Config, ErrorKind, Extractor, Formats};
use inputs::Input;
use progress::Progress;

/// Results a worker may hold ahead of the output, per worker. While one
/// large page is worked on, the other workers go on with the pages after it
/// until they are this far ahead: with 4, a 1.5 MB page among 20 KB ones
/// left a second core idle for a good part of its time; 8 holds a few
/// megabytes of results at most.
const AHEAD_PER_JOB: usize = 8;

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("distil: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let jobs = opts.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    // Workers starting together would each wait for the patterns the other
    // is building; built first, on every core, they cost a fraction of
    // that. The building starts now, while the inputs are listed, when
    // there may be more than one page.
    let may_batch = opts.stdin_list
        || opts.inputs.len() > 1
        || opts.inputs.iter().any(|i| Path::new(i).is_dir());
    let warming =
        (jobs > 1 && may_batch).then(|| std::thread::spawn(move || distil::warm_up(jobs)));
    let mut paths: Vec<PathBuf> = opts.inputs.iter().map(PathBuf::from).collect();
    if opts.stdin_list {
        match inputs::read_list(io::stdin().lock()) {
            Ok(list) => paths.extend(list),
            Err(e) => {
                eprintln!("distil: standard input: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let found = inputs::expand(paths);
    let mut failed = !found.errors.is_empty();
    for error in &found.errors {
        eprintln!("distil: {error}");
    }
    let files = match &opts.output {
        Some(dir) => match std::fs::create_dir_all(dir) {
            Ok(()) => Some(output::file_names(&found.inputs, dir, opts.format)),
            Err(e) => {
                eprintln!("distil: {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    let explain_names = (opts.explain_html.is_some() && found.inputs.len() > 1)
        .then(|| output::file_names(&found.inputs, Path::new(""), Format::Html));
    let job = Job {
        extractor: Extractor::new(config(&opts)),
        opts: &opts,
        inputs: found.inputs,
        files,
        explain_names,
        color: io::stdout().is_terminal(),
    };

    if let Some(warming) = warming {
        // A panic while building would show again, on the page, as the
        // page's own failure; the batch goes on.
        let _ = warming.join();
    }
    let pages_on_screen = opts.output.is_none() && io::stdout().is_terminal();
    let mut progress = Progress::new(job.inputs.len(), pages_on_screen);
    let mut out = BufWriter::new(io::stdout().lock());
    let mut closed = false;
    batch::run_ordered(
        job.inputs.len(),
        jobs,
        jobs * AHEAD_PER_JOB,
        |i| job.inputs[i].size(),
        |i| job.page(i),
        |page| {
            for message in &page.messages {
                progress.message(message);
            }
            failed |= page.failed;
            progress.page_done(page.failed);
            let text = page.stdout.as_deref().unwrap_or("");
            // On a screen, each page shows as soon as it is done.
            let mut written = out.write_all(text.as_bytes());
            if pages_on_screen && written.is_ok() {
                written = out.flush();
            }
            if written.is_err() {
                // Standard output is gone (a closed pipe): nothing more to do.
                closed = true;
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        },
    );
    progress.clear();
    if closed || out.flush().is_err() || failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The extractor's settings from the command line.
fn config(opts: &Options) -> Config {
    let formats = match opts.format {
        Format::Text => Formats::TEXT,
        Format::Html => Formats::HTML,
        Format::Markdown => Formats::MARKDOWN,
        Format::Json => Formats::ALL,
    };
    let mut config = Config::default()
        .with_formats(formats)
        .with_captions_in_text(opts.captions_in_text)
        .with_comments(opts.comments)
        .with_prune_selector(opts.prune.clone())
        .with_content_selector(opts.content.clone());
    if let Some(n) = opts.char_threshold {
        config = config.with_char_threshold(n);
    }
    if let Some(n) = opts.max_input_bytes {
        config = config.with_max_input_bytes(n);
    }
    if let Some(ms) = opts.timeout_ms {
        config = config.with_time_budget((ms > 0).then(|| Duration::from_millis(ms)));
    }
    config
}

/// Everything the workers share to turn one input into its output.
struct Job<'a> {
    extractor: Extractor,
    opts: &'a Options,
    inputs: Vec<Input>,
    /// Under `--output DIR`, the file of each page.
    files: Option<Vec<PathBuf>>,
    /// Under `--explain-html` with several pages, the name each page adds
    /// to the target file's.
    explain_names: Option<Vec<PathBuf>>,
    /// Whether `--explain` colours its outline (standard output is a
    /// terminal).
    color: bool,
}

/// What one page gave: its text for standard output, the messages for
/// standard error, and whether it failed.
#[derive(Default)]
struct Page {
    stdout: Option<String>,
    messages: Vec<String>,
    failed: bool,
}

impl Page {
    fn fail(&mut self, message: String) {
        self.failed = true;
        self.messages.push(message);
    }
}

impl Job<'_> {
    /// Reads, extracts and renders page `i` (writing its file under
    /// `--output DIR`). Runs on a worker thread.
    fn page(&self, i: usize) -> Page {
        let opts = self.opts;
        let input = &self.inputs[i];
        let path = input.label.as_str();
        let named = output::Named {
            path,
            url: input.url.as_deref(),
        };
        let file = self.files.as_ref().and_then(|f| f.get(i));
        let mut page = Page::default();
        let limit = self.extractor.config().max_input_bytes();
        let bytes = match inputs::read_page(input, limit) {
            Ok(b) => b,
            Err(e) => {
                page.fail(format!("distil: {path}: {e}"));
                if opts.format == Format::Json && file.is_none() {
                    page.stdout = Some(output::json_read_error(named, &e) + "\n");
                }
                return page;
            }
        };
        // What the command line says wins over what an archive recorded.
        let content_type = opts
            .content_type
            .as_deref()
            .or(input.content_type.as_deref());
        let url = opts.url.as_ref().or(input.base.as_ref());
        if opts.explain || opts.explain_html.is_some() {
            let (result, why) = self.extractor.explain_bytes(&bytes, content_type, url);
            page.failed |= result.is_err();
            if let Some(target) = &opts.explain_html {
                let file = self.explain_file(target, i);
                match std::fs::write(&file, why.page.as_bytes()) {
                    Ok(()) => page.messages.push(format!(
                        "distil: {path}: annotated page written to {}",
                        file.display()
                    )),
                    Err(e) => page.fail(format!("distil: {}: {e}", file.display())),
                }
            }
            if opts.explain && opts.format == Format::Json {
                page.stdout = Some(output::explain_json(named, &result, &why) + "\n");
            } else if opts.explain {
                let status = match &result {
                    Ok(a) => format!("{} characters kept", a.length),
                    Err(e) => e.to_string(),
                };
                page.stdout = Some(format!(
                    "== {path}: {status}\n{}\n",
                    why.outline(self.color)
                ));
            }
            return page;
        }
        let (rendered, error) = if opts.metadata_only {
            let result = self.extractor.metadata_bytes(&bytes, content_type, url);
            let rendered = output::render_metadata(opts.format, named, &result);
            (rendered, result.err())
        } else {
            let result = self.extractor.extract_bytes(&bytes, content_type, url);
            // A page without an article still says whether it reads as one,
            // and still has its facts; a page that tripped a limit is not
            // parsed a second time for them.
            let failure = match (&result, opts.format) {
                (Err(e), Format::Json) => {
                    let no_content = e.kind() == ErrorKind::NoContent;
                    Some(output::Failure {
                        readerable: no_content
                            && self.extractor.is_probably_readerable_bytes(
                                &bytes,
                                content_type,
                                url,
                            ),
                        metadata: no_content
                            .then(|| {
                                self.extractor
                                    .metadata_bytes(&bytes, content_type, url)
                                    .ok()
                            })
                            .flatten(),
                    })
                }
                _ => None,
            };
            let rendered = output::render(
                opts.format,
                opts.front_matter,
                named,
                &result,
                failure.as_ref(),
            );
            (rendered, result.err())
        };
        if let Some(e) = &error {
            page.failed = true;
            if opts.format != Format::Json || file.is_some() {
                page.messages.push(format!("distil: {path}: {e}"));
            }
        }
        match (rendered, file) {
            (Some(text), Some(file)) => {
                if let Err(e) = std::fs::write(file, text) {
                    page.fail(format!("distil: {}: {e}", file.display()));
                }
            }
            (text, None) => page.stdout = text,
            (None, Some(_)) => {}
        }
        page
    }

    /// Where the annotated page of input `i` goes: `target` itself for a
    /// single input, else `target` with the page's name added
    /// (`why.html` → `why-story.html`).
    fn explain_file(&self, target: &Path, i: usize) -> PathBuf {
        let Some(name) = self.explain_names.as_ref().and_then(|n| n.get(i)) else {
            return target.to_path_buf();
        };
        let stem = target
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("explain");
        target.with_file_name(format!("{stem}-{}", name.display()))
    }
}
