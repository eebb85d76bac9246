//! The pages of a run: files as given, directories walked for saved pages,
//! paths listed on standard input (`--stdin-list`), the HTML pages of web
//! archives (see [`crate::warc`]), and the reading of each page under the
//! input size limit.

use std::fs::{self, File};
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use distil::Url;
use flate2::read::GzDecoder;

use crate::warc;

/// One page to read: a file, standard input, or a record of a web archive.
#[derive(Debug)]
pub(crate) struct Input {
    /// The path as printed in messages, in the JSON `path` and in output
    /// file names (lossy for names that are not UTF-8); an archive's page
    /// adds its record's offset (`crawl.warc.gz#1234`).
    pub label: String,
    /// Where the page is read from; `None` for standard input (`-`).
    pub file: Option<PathBuf>,
    /// The page's record, when `file` is a web archive.
    pub record: Option<warc::RecordAt>,
    /// The address the page was fetched from, as the archive wrote it.
    pub url: Option<String>,
    /// [`Input::url`] parsed, as the base of the page's links.
    pub base: Option<Url>,
    /// The HTTP `Content-Type` the page was served with (archives only).
    pub content_type: Option<String>,
}

impl Input {
    fn new(path: PathBuf) -> Self {
        let stdin = path.as_os_str() == "-";
        Input {
            label: path.to_string_lossy().into_owned(),
            file: (!stdin).then_some(path),
            record: None,
            url: None,
            base: None,
            content_type: None,
        }
    }

    /// A page of the web archive at `path`.
    fn archived(path: &Path, found: warc::Found) -> Self {
        let label = found.at.label(&path.to_string_lossy());
        Input {
            label,
            file: Some(path.to_path_buf()),
            record: Some(found.at),
            base: found.url.as_deref().and_then(|u| Url::parse(u).ok()),
            url: found.url,
            content_type: found.content_type,
        }
    }

    /// The size of the file in bytes (compressed, for `.gz`), as an
    /// estimate of the page's work; 0 for standard input, an archive's
    /// page or a file that cannot be read (its error comes when it is
    /// read).
    pub(crate) fn size(&self) -> u64 {
        if self.record.is_some() {
            return 0;
        }
        self.file
            .as_ref()
            .and_then(|f| std::fs::metadata(f).ok())
            .map_or(0, |m| m.len())
    }
}

impl AsRef<str> for Input {
    fn as_ref(&self) -> &str {
        &self.label
    }
}

/// The pages named by the command line, and the problems met while
/// finding them (an unreadable folder, a folder without pages).
#[derive(Debug, Default)]
pub(crate) struct Expanded {
    pub inputs: Vec<Input>,
    pub errors: Vec<String>,
}

/// Turns the command line's paths into pages, in order: a directory
/// becomes the saved pages and web archives under it (see [`walk`]); a web
/// archive (`.warc`, `.warc.gz`), the HTML pages it holds; anything else,
/// even a path that does not exist, is one page, so that reading it
/// reports the problem in its place in the output. `-` is standard input.
pub(crate) fn expand(paths: impl IntoIterator<Item = PathBuf>) -> Expanded {
    let mut out = Expanded::default();
    for path in paths {
        if path.as_os_str() != "-" && path.is_dir() {
            let pages = walk(&path, &mut out.errors);
            if pages.is_empty() {
                out.errors.push(format!(
                    "{}: no .html, .htm or .warc files in this directory",
                    path.display()
                ));
            }
            for page in pages {
                out.add(page);
            }
        } else {
            out.add(path);
        }
    }
    out
}

impl Expanded {
    /// Adds the page at `path`, or the pages of the archive there.
    fn add(&mut self, path: PathBuf) {
        if !(warc::is_warc(&path) && path.is_file()) {
            self.inputs.push(Input::new(path));
            return;
        }
        let (found, problem) = warc::index(&path);
        if found.is_empty() && problem.is_none() {
            self.errors
                .push(format!("{}: no HTML pages in this archive", path.display()));
        }
        self.errors.extend(problem);
        self.inputs
            .extend(found.into_iter().map(|f| Input::archived(&path, f)));
    }
}

/// Whether a file name is a saved page: `.html` or `.htm`, in any case,
/// possibly gzip-compressed (`.html.gz`).
fn is_page(path: &Path) -> bool {
    let Some(name) = path.file_name() else {
        return false;
    };
    let name = name.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".html") || name.ends_with(".htm")
}

/// Whether a page is read through gzip (its name ends in `.gz`).
fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// The saved pages and web archives under `dir`, at any depth, sorted by path (so a
/// folder's pages come together, in name order). The walk keeps its own
/// stack of folders to visit and does not enter symbolic links to
/// folders, so neither a deep tree nor a link loop can trap it; links to
/// files are taken like files. Folders that cannot be read are reported in
/// `errors` and skipped.
pub(crate) fn walk(dir: &Path, errors: &mut Vec<String>) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                errors.push(format!("{}: {e}", folder.display()));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    errors.push(format!("{}: {e}", folder.display()));
                    continue;
                }
            };
            let path = entry.path();
            // `file_type` does not follow links: a link is never a folder here.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                folders.push(path);
            } else if (is_page(&path) || warc::is_warc(&path))
                && (kind.is_file() || (kind.is_symlink() && !path.is_dir()))
            {
                // A broken link is kept: reading it reports the problem.
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

/// The paths of `--stdin-list`: one per line, blank lines skipped, line
/// endings (`\n` or `\r\n`) removed and nothing else, so names with
/// spaces survive.
pub(crate) fn read_list(mut reader: impl BufRead) -> io::Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(paths);
        }
        let mut bytes = line.as_slice();
        bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        paths.push(path_from_bytes(bytes));
    }
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// Reads a page whole, refusing one larger than `limit` bytes before it
/// fills memory: a file is measured first, standard input and gzip
/// streams are read no further than the limit (so a gzip bomb stops at
/// `limit` bytes of output). A page whose bytes are gzip's, whatever its
/// name (a body saved as served with `Content-Encoding: gzip`), is read
/// through gzip too.
pub(crate) fn read_page(input: &Input, limit: usize) -> Result<Vec<u8>, String> {
    let Some(path) = &input.file else {
        return read_capped(io::stdin().lock(), limit, "input", 0).and_then(|b| gunzip(b, limit));
    };
    if let Some(at) = input.record {
        return warc::read(path, at, limit);
    }
    let file = File::open(path).map_err(|e| e.to_string())?;
    if is_gzip(path) {
        return read_capped(
            GzDecoder::new(io::BufReader::new(file)),
            limit,
            "decompressed input",
            0,
        );
    }
    let size = file.metadata().map(|m| m.is_file().then_some(m.len()));
    if let Ok(Some(size)) = size {
        if size > limit as u64 {
            // The library's own wording for a page over the limit.
            return Err(format!(
                "input of {size} bytes exceeds the limit of {limit} bytes"
            ));
        }
    }
    let expected = size.ok().flatten().map_or(0, |n| n as usize);
    read_capped(file, limit, "input", expected).and_then(|b| gunzip(b, limit))
}

/// `bytes` decompressed when they start with gzip's signature (and its one
/// method, deflate), else as they are.
fn gunzip(bytes: Vec<u8>, limit: usize) -> Result<Vec<u8>, String> {
    if !bytes.starts_with(&[0x1f, 0x8b, 0x08]) {
        return Ok(bytes);
    }
    read_capped(GzDecoder::new(&bytes[..]), limit, "decompressed input", 0)
}

/// Reads at most `limit` bytes (an error past it, `what` naming what was
/// read). `expected`, the size the reader is known to hold, sizes the
/// buffer once: grown by doubling instead, a 5 MB page took 8 MB.
pub(crate) fn read_capped(
    reader: impl Read,
    limit: usize,
    what: &str,
    expected: usize,
) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::with_capacity(expected.min(limit));
    reader
        .take((limit as u64).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > limit {
        return Err(format!("{what} exceeds the limit of {limit} bytes"));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A fresh folder under the system's temporary directory.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("distil-inputs-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn touch(dir: &Path, name: &str) {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, "<p>page</p>").unwrap();
    }

    fn relative(dir: &Path, pages: &[Input]) -> Vec<String> {
        pages
            .iter()
            .map(|p| {
                let file = p.file.as_ref().unwrap();
                file.strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }

    #[test]
    fn a_directory_gives_its_pages_at_any_depth_in_path_order() {
        let dir = scratch("walk");
        for name in [
            "b.html",
            "a/z.HTM",
            "a/deep/er/x.Html",
            "a-side.htm",
            "c.html.gz",
            "notes.txt",
            "style.css",
            "page.html.bak",
            "a/deep/image.png",
            "html",
        ] {
            touch(&dir, name);
        }
        fs::create_dir_all(dir.join("empty")).unwrap();
        let found = expand([dir.clone()]);
        assert!(found.errors.is_empty(), "{:?}", found.errors);
        assert_eq!(
            relative(&dir, &found.inputs),
            [
                "a/deep/er/x.Html",
                "a/z.HTM",
                "a-side.htm",
                "b.html",
                "c.html.gz"
            ]
        );
        // The same walk twice gives the same order.
        let again = expand([dir.clone()]);
        assert_eq!(relative(&dir, &again.inputs), relative(&dir, &found.inputs));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn files_and_folders_keep_the_order_they_were_given_in() {
        let dir = scratch("order");
        touch(&dir, "pages/one.html");
        touch(&dir, "pages/two.html");
        let found = expand([
            dir.join("missing.html"),
            dir.join("pages"),
            PathBuf::from("-"),
        ]);
        let labels: Vec<&str> = found.inputs.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels.len(), 4);
        assert!(labels[0].ends_with("missing.html"));
        assert!(labels[1].ends_with("one.html"));
        assert!(labels[2].ends_with("two.html"));
        assert_eq!(labels[3], "-");
        assert!(found.inputs[3].file.is_none());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn archives_are_walked_and_one_without_pages_is_an_error() {
        let dir = scratch("warc");
        touch(&dir, "crawls/page.html");
        touch(&dir, "crawls/bad.warc");
        fs::write(dir.join("crawls/empty.warc"), "").unwrap();
        let found = expand([dir.join("crawls")]);
        let labels: Vec<&str> = found.inputs.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels.len(), 1);
        assert!(labels[0].ends_with("page.html"));
        assert_eq!(found.errors.len(), 2, "{:?}", found.errors);
        assert!(found.errors[0].contains("bad.warc: not a readable WARC file"));
        assert!(found.errors[1].ends_with("empty.warc: no HTML pages in this archive"));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_directory_without_pages_is_an_error() {
        let dir = scratch("none");
        touch(&dir, "readme.txt");
        let found = expand([dir.clone()]);
        assert!(found.inputs.is_empty());
        assert_eq!(found.errors.len(), 1);
        assert!(found.errors[0].contains("no .html, .htm or .warc files"));
        let _ = fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn link_loops_do_not_trap_the_walk() {
        let dir = scratch("loop");
        touch(&dir, "a/page.html");
        touch(&dir, "elsewhere/linked.html");
        std::os::unix::fs::symlink(&dir, dir.join("a/back-to-top")).unwrap();
        std::os::unix::fs::symlink(dir.join("elsewhere/linked.html"), dir.join("a/link.html"))
            .unwrap();
        let found = expand([dir.join("a")]);
        assert_eq!(
            relative(&dir, &found.inputs),
            ["a/link.html", "a/page.html"]
        );
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_stdin_list_has_one_path_per_line() {
        let list = "a.html\n\n  \nb dir/c.html\r\nlast.htm";
        let paths = read_list(list.as_bytes()).unwrap();
        let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(paths, ["a.html", "b dir/c.html", "last.htm"]);
        assert!(read_list(&b""[..]).unwrap().is_empty());
    }

    #[test]
    fn pages_over_the_limit_are_refused_and_gzip_is_read_through() {
        let dir = scratch("read");
        let html = "<p>".repeat(100);
        fs::write(dir.join("p.html"), &html).unwrap();
        let page = Input::new(dir.join("p.html"));
        assert_eq!(read_page(&page, 300).unwrap(), html.as_bytes());
        let err = read_page(&page, 299).unwrap_err();
        assert!(err.contains("300 bytes exceeds the limit of 299"), "{err}");

        // 1 MiB of spaces compresses to about a kilobyte: the limit applies
        // to what comes out.
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&vec![b' '; 1 << 20]).unwrap();
        let compressed = gz.finish().unwrap();
        assert!(compressed.len() < 10_000);
        fs::write(dir.join("bomb.html.gz"), &compressed).unwrap();
        let bomb = Input::new(dir.join("bomb.html.gz"));
        let err = read_page(&bomb, 64 * 1024).unwrap_err();
        assert!(err.contains("decompressed input exceeds"), "{err}");
        assert_eq!(read_page(&bomb, 1 << 20).unwrap().len(), 1 << 20);

        // Compressed under a page's name, it is read through gzip all the same.
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(html.as_bytes()).unwrap();
        fs::write(dir.join("served.html"), gz.finish().unwrap()).unwrap();
        let served = Input::new(dir.join("served.html"));
        assert_eq!(read_page(&served, 300).unwrap(), html.as_bytes());
        assert!(read_page(&served, 299).is_err());

        let missing = Input::new(dir.join("missing.html"));
        assert!(read_page(&missing, 100).is_err());
        let _ = fs::remove_dir_all(&dir);
    }
}
