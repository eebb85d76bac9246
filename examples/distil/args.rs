//! Command-line options of the example binary.

use distil::Url;

pub(crate) const USAGE: &str = "\
usage: distil [OPTIONS] PAGE.html [MORE.html ...]

Extracts the main article of each saved web page.

Arguments:
  PAGE.html          a file to read; `-` reads standard input

Options:
  --format FORMAT    text (default), html or json (one object per line)
  --url URL          the address the pages came from (base for relative links)
  --explain          print an outline of every keep/drop decision instead
  --metadata-only    print only the metadata (title, authors, dates...),
                     without extracting the article
  --char-threshold N characters the strict attempt must find before it is
                     accepted (default 500)
  -h, --help         show this help
";

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Format {
    Text,
    Html,
    Json,
}

pub(crate) struct Options {
    pub format: Format,
    pub explain: bool,
    pub metadata_only: bool,
    pub char_threshold: Option<usize>,
    pub url: Option<Url>,
    pub inputs: Vec<String>,
}

pub(crate) fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut opts = Options {
        format: Format::Text,
        explain: false,
        metadata_only: false,
        char_threshold: None,
        url: None,
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
                    other => return Err(format!("unknown format `{other}` (text, html or json)")),
                };
            }
            "--url" => {
                let v = args.next().ok_or("--url needs a value")?;
                opts.url = Some(Url::parse(&v).map_err(|e| format!("bad --url `{v}`: {e}"))?);
            }
            "--explain" => opts.explain = true,
            "--metadata-only" => opts.metadata_only = true,
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
    if opts.inputs.is_empty() {
        return Err("no input pages given".into());
    }
    Ok(opts)
}
