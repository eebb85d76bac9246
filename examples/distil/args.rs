//! Command-line options of the example binary.

use std::path::PathBuf;

use distil::{Selector, Url};

pub(crate) const USAGE: &str = "\
usage: distil [OPTIONS] PAGE.html|ARCHIVE.warc.gz|DIR [MORE ...]
       distil [OPTIONS] --stdin-list < LIST

Extracts the main article of each saved web page.

Arguments:
  PAGE.html          a file to read; `-` reads standard input (either read
                     through gzip when its bytes are gzip's)
  ARCHIVE.warc.gz    a web archive (.warc or .warc.gz): each HTML page it
                     holds (2xx responses and resources), read with the
                     address and Content-Type it was served with; named
                     ARCHIVE#OFFSET, with `url` in JSON
  DIR                every *.html, *.htm and *.warc file under DIR, at any
                     depth, in path order (also *.html.gz and *.warc.gz,
                     read through gzip; links to folders are not followed)

Options:
  --format FORMAT    text (default), html, markdown, or json (one object per
                     line, with the metadata, text, html and markdown)
  --output DIR       write one file per page into DIR (created if missing),
                     named after the page with the format's extension
  --front-matter     with --format markdown, open each page with its
                     metadata as a YAML front matter block
  --url URL          the address the pages came from (base for relative links)
  --content-type V   the pages' HTTP Content-Type (e.g. `text/html; charset=koi8-r`)
  --charset LABEL    the pages' character encoding, as a transport hint
  --max-input-bytes N  refuse pages larger than N bytes (default 32 MiB)
  --explain          print an outline of every keep/drop decision instead
                     (with --format json, one object per page: length or
                     error, attempt, extent, candidates and blocks)
  --metadata-only    print only the metadata (title, authors, dates...),
                     without extracting the article
  --explain-html OUT write the page with every kept block outlined in green
                     and every dropped block in red to OUT (with several
                     inputs, OUT-<name>.html for each)
  --char-threshold N characters the strict attempt must find before it is
                     accepted (default 500)
  --captions         keep figure captions in the plain text (the HTML and
                     Markdown always keep them)
  --comments         also read the readers' comments under the article
                     (after it in each format, `comments` in JSON)
  --prune SELECTOR   take the elements matching this CSS selector out of
                     every page before it is read (e.g. `aside.related`)
  --content SELECTOR look for the article only in the elements matching
                     this CSS selector (pages where none match are read whole)
  --stdin-list       read the paths of the pages (or folders) from standard
                     input, one per line
  -j, --jobs N       pages worked on at once (default: one per core); the
                     output keeps the order of the inputs
  --timeout-ms N     time budget per page in milliseconds; a page over it
                     fails with a timeout and the others go on (default
                     1000; 0 removes the budget)
  -h, --help         show this help

A progress line is shown on standard error when it is a terminal (and the
pages go to a file, a pipe or --output DIR). The exit
code is 1 when any page (or folder) failed, 2 for a bad command line.
";

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Format {
    Text,
    Html,
    Json,
    Markdown,
}

pub(crate) struct Options {
    pub format: Format,
    pub explain: bool,
    pub metadata_only: bool,
    pub explain_html: Option<std::path::PathBuf>,
    pub char_threshold: Option<usize>,
    /// Figure captions in the plain text too.
    pub captions_in_text: bool,
    /// Markdown opens with the metadata as YAML front matter.
    pub front_matter: bool,
    /// Read the comment section too.
    pub comments: bool,
    pub prune: Option<Selector>,
    pub content: Option<Selector>,
    pub url: Option<Url>,
    pub output: Option<PathBuf>,
    /// The transport hint: a `Content-Type` value or a charset label.
    pub content_type: Option<String>,
    pub max_input_bytes: Option<usize>,
    /// Read more input paths from standard input, one per line.
    pub stdin_list: bool,
    /// Threads working on pages; `None` for one per core.
    pub jobs: Option<usize>,
    /// The per-page time budget in milliseconds; 0 for none.
    pub timeout_ms: Option<u64>,
    pub inputs: Vec<String>,
}

pub(crate) fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut opts = Options {
        format: Format::Text,
        explain: false,
        metadata_only: false,
        explain_html: None,
        char_threshold: None,
        captions_in_text: false,
        front_matter: false,
        comments: false,
        prune: None,
        content: None,
        url: None,
        output: None,
        content_type: None,
        max_input_bytes: None,
        stdin_list: false,
        jobs: None,
        timeout_ms: None,
        inputs: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            "--format" => {
                let v = args.next().ok_or("--format needs a value")?;
                opts.format = match v.as_str() {
                    "text" => Format::Text,
                    "html" => Format::Html,
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    other => {
                        return Err(format!(
                            "unknown format `{other}` (text, html, markdown or json)"
                        ));
                    }
                };
            }
            "--url" => {
                let v = args.next().ok_or("--url needs a value")?;
                opts.url = Some(Url::parse(&v).map_err(|e| format!("bad --url `{v}`: {e}"))?);
            }
            "--content-type" | "--charset" => {
                let v = args.next().ok_or(format!("{arg} needs a value"))?;
                opts.content_type = Some(v);
            }
            "--max-input-bytes" => {
                let v = args.next().ok_or("--max-input-bytes needs a value")?;
                let n = v
                    .parse()
                    .map_err(|e| format!("bad --max-input-bytes `{v}`: {e}"))?;
                opts.max_input_bytes = Some(n);
            }
            "--output" => {
                let v = args.next().ok_or("--output needs a directory")?;
                opts.output = Some(PathBuf::from(v));
            }
            "--stdin-list" => opts.stdin_list = true,
            "--jobs" | "-j" => {
                let v = args.next().ok_or("--jobs needs a value")?;
                match v.parse() {
                    Ok(n) if n > 0 => opts.jobs = Some(n),
                    _ => return Err(format!("bad --jobs `{v}` (a number of threads, 1 or more)")),
                }
            }
            "--timeout-ms" => {
                let v = args.next().ok_or("--timeout-ms needs a value")?;
                let n = v
                    .parse()
                    .map_err(|e| format!("bad --timeout-ms `{v}`: {e}"))?;
                opts.timeout_ms = Some(n);
            }
            "--explain" => opts.explain = true,
            "--captions" => opts.captions_in_text = true,
            "--front-matter" => opts.front_matter = true,
            "--comments" => opts.comments = true,
            "--prune" | "--content" => {
                let v = args.next().ok_or(format!("{arg} needs a CSS selector"))?;
                let selector = Selector::parse(&v).map_err(|e| format!("{arg} `{v}`: {e}"))?;
                if arg == "--prune" {
                    opts.prune = Some(selector);
                } else {
                    opts.content = Some(selector);
                }
            }
            "--metadata-only" => opts.metadata_only = true,
            "--explain-html" => {
                let v = args.next().ok_or("--explain-html needs a file name")?;
                opts.explain_html = Some(v.into());
            }
            "--char-threshold" => {
                let v = args.next().ok_or("--char-threshold needs a value")?;
                opts.char_threshold = Some(
                    v.parse()
                        .map_err(|_| format!("bad --char-threshold `{v}`"))?,
                );
            }
            "-" => opts.inputs.push(arg),
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`")),
            _ => opts.inputs.push(arg),
        }
    }
    if opts.front_matter && opts.format != Format::Markdown {
        return Err("--front-matter goes with --format markdown".into());
    }
    if opts.stdin_list && opts.inputs.iter().any(|i| i == "-") {
        return Err("`-` cannot be read with --stdin-list, which reads standard input".into());
    }
    if opts.inputs.is_empty() && !opts.stdin_list {
        return Err("no input pages given".into());
    }
    Ok(opts)
}
