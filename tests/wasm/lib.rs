//! The exports run.mjs calls: the page is written into [`input`]'s buffer,
//! [`extract`] reads it, and the result is read back from [`output`].
//! Memory is passed by the pointers of buffers this module owns, so the
//! module needs no `unsafe`.

use std::sync::Mutex;

/// The page's bytes followed by its address's (see [`extract`]).
static INPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
/// The last result: the text, a 0x1 byte, the title, a 0x1 byte, the
/// Markdown.
static OUTPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// A zeroed buffer of `len` bytes for the caller to fill; its address.
#[unsafe(no_mangle)]
pub extern "C" fn input(len: usize) -> *mut u8 {
    let mut input = INPUT.lock().unwrap_or_else(|e| e.into_inner());
    *input = vec![0; len];
    input.as_mut_ptr()
}

/// The address of the last result; [`output_len`] gives its length.
#[unsafe(no_mangle)]
pub extern "C" fn output() -> *const u8 {
    OUTPUT.lock().unwrap_or_else(|e| e.into_inner()).as_ptr()
}

/// Builds the patterns over two threads (which this target cannot start).
#[unsafe(no_mangle)]
pub extern "C" fn warm_up() {
    distil::warm_up(2);
}

/// Extracts the page held in the first `html_len` bytes of the input, the
/// rest being its address (none when empty): read as UTF-8 text, or with
/// `as_bytes` as bytes whose encoding is sniffed; `char_threshold` 0 keeps
/// the default. Returns 0, or -1 with the error's message as the result.
#[unsafe(no_mangle)]
pub extern "C" fn extract(html_len: usize, as_bytes: u32, char_threshold: u32) -> i32 {
    let input = INPUT.lock().unwrap_or_else(|e| e.into_inner());
    let (html, url) = input.split_at(html_len.min(input.len()));
    let url = std::str::from_utf8(url)
        .ok()
        .and_then(|u| distil::Url::parse(u.trim()).ok());
    let mut config = distil::Config::default().with_formats(distil::Formats::ALL);
    if char_threshold > 0 {
        config = config.with_char_threshold(char_threshold as usize);
    }
    let extractor = distil::Extractor::new(config);
    let article = match std::str::from_utf8(html) {
        Ok(text) if as_bytes == 0 => extractor.extract(text, url.as_ref()),
        _ => extractor.extract_bytes(html, None, url.as_ref()),
    };
    let (status, result) = match article {
        Ok(article) => {
            let mut out = article.text.into_bytes();
            out.push(1);
            out.extend_from_slice(article.metadata.title.unwrap_or_default().as_bytes());
            out.push(1);
            out.extend_from_slice(article.markdown.unwrap_or_default().as_bytes());
            (0, out)
        }
        Err(error) => (-1, error.to_string().into_bytes()),
    };
    *OUTPUT.lock().unwrap_or_else(|e| e.into_inner()) = result;
    status
}

/// The length of the last result (after an error too).
#[unsafe(no_mangle)]
pub extern "C" fn output_len() -> usize {
    OUTPUT.lock().unwrap_or_else(|e| e.into_inner()).len()
}
