//! The one error type of the crate.
//!
//! [`Error`] is opaque: match on [`Error::kind`] rather than on the message,
//! which is meant for people and may be reworded.

use std::fmt;
use std::time::Duration;

/// Why an extraction failed.
///
/// Every entry point of the crate returns this error instead of panicking.
/// "The page holds no article" ([`ErrorKind::NoContent`]) and "the input is
/// no page" ([`ErrorKind::NotHtml`]) are kept apart from "a limit you
/// configured fired" ([`ErrorKind::LimitExceeded`], [`ErrorKind::Timeout`],
/// [`ErrorKind::Cancelled`]), so that a crawler can tell "skip this page"
/// from "this page is hostile".
///
/// # Examples
///
/// ```
/// let err = distil::extract("<html><body><div> </div></body></html>", None).unwrap_err();
/// assert_eq!(err.kind(), distil::ErrorKind::NoContent);
/// assert_eq!(err.to_string(), "no article found in the page");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The category of an [`Error`].
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The page was read, but nothing in it looks like an article: it is
    /// empty, all navigation, a listing of teasers, or a frameset.
    NoContent,
    /// The input is larger than [`Config::with_max_input_bytes`](crate::Config::with_max_input_bytes).
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// A structural limit fired while parsing.
    LimitExceeded {
        /// Which limit.
        limit: Limit,
        /// Its configured value.
        value: usize,
    },
    /// The time budget ran out ([`Config::with_time_budget`](crate::Config::with_time_budget)).
    Timeout {
        /// The configured budget.
        budget: Duration,
    },
    /// The caller's cancellation flag was raised
    /// ([`Config::with_cancel_flag`](crate::Config::with_cancel_flag)).
    Cancelled,
    /// The input is not a web page but a file of another type: a PDF, an
    /// image, compressed data (told by its signature, or by the control
    /// bytes that text never holds), JSON, a feed... Nothing was parsed.
    ///
    /// ```
    /// use distil::{ErrorKind, FileType};
    ///
    /// let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj";
    /// let err = distil::extract_bytes(pdf, None, None).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::NotHtml { found: FileType::Pdf });
    /// assert_eq!(err.to_string(), "not a web page: the input is a PDF document");
    /// ```
    NotHtml {
        /// What the input is instead.
        found: FileType,
    },
    /// A bug in this crate, caught before it could unwind into the caller.
    /// Please report it with the page that caused it.
    Internal,
}

impl ErrorKind {
    /// A short lower-case name for the kind, without its values
    /// (`"no-content"`, `"not-html"`, `"limit-exceeded"`...), for logs,
    /// metrics and JSON: a pipeline can skip on one and retry on another.
    ///
    /// ```
    /// let err = distil::extract("<p>", None).unwrap_err();
    /// assert_eq!(err.kind().as_str(), "no-content");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::NoContent => "no-content",
            ErrorKind::InputTooLarge { .. } => "input-too-large",
            ErrorKind::LimitExceeded { .. } => "limit-exceeded",
            ErrorKind::Timeout { .. } => "timeout",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::NotHtml { .. } => "not-html",
            ErrorKind::Internal => "internal",
        }
    }
}

/// What an input that is not a web page is; see [`ErrorKind::NotHtml`].
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileType {
    /// A PDF document.
    Pdf,
    /// A PostScript document.
    PostScript,
    /// An image (PNG, JPEG, GIF, WebP, AVIF, SVG, an icon...).
    Image,
    /// Audio or video (MP4, WebM, Ogg, MP3, WAVE...).
    Media,
    /// Compressed data or an archive (gzip, zip, zstd, bzip2, xz, 7-Zip,
    /// RAR): a body stored as served with `Content-Encoding`, for one.
    Compressed,
    /// A web font (WOFF, WOFF2).
    Font,
    /// JSON data (an API's response, a JSON Lines file).
    Json,
    /// A news feed: RSS or Atom.
    Feed,
    /// An XML document other than a page or a feed: a sitemap, or any
    /// root element that is not HTML after an XML declaration.
    Xml,
    /// Other binary data: an executable, or bytes of no known format.
    Binary,
}

impl FileType {
    /// A short lower-case name (`"pdf"`, `"image"`, `"json"`...), for logs
    /// and JSON.
    ///
    /// ```
    /// assert_eq!(distil::FileType::Compressed.as_str(), "compressed");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::PostScript => "postscript",
            FileType::Image => "image",
            FileType::Media => "media",
            FileType::Compressed => "compressed",
            FileType::Font => "font",
            FileType::Json => "json",
            FileType::Feed => "feed",
            FileType::Xml => "xml",
            FileType::Binary => "binary",
        }
    }

    /// The type in words, as the error message gives it.
    fn described(self) -> &'static str {
        match self {
            FileType::Pdf => "a PDF document",
            FileType::PostScript => "a PostScript document",
            FileType::Image => "an image",
            FileType::Media => "audio or video",
            FileType::Compressed => "compressed data (decompress it first)",
            FileType::Font => "a font",
            FileType::Json => "JSON data",
            FileType::Feed => "a news feed (RSS or Atom)",
            FileType::Xml => "an XML document, not HTML",
            FileType::Binary => "binary data",
        }
    }
}

/// The structural limits that can stop a parse; see [`ErrorKind::LimitExceeded`].
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// Nodes (elements, text and comments) created while parsing
    /// ([`Config::with_max_nodes`](crate::Config::with_max_nodes)).
    Nodes,
    /// Nesting depth that the parser was asked to build, beyond the depth at
    /// which content is re-parented
    /// ([`Config::with_max_depth`](crate::Config::with_max_depth)).
    Depth,
    /// Attributes on a single element
    /// ([`Config::with_max_attributes`](crate::Config::with_max_attributes)).
    Attributes,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error { kind }
    }

    pub(crate) fn no_content() -> Self {
        Error::new(ErrorKind::NoContent)
    }

    /// The category of this error.
    ///
    /// ```
    /// use distil::{Config, Extractor, ErrorKind};
    ///
    /// let small = Extractor::new(Config::default().with_max_input_bytes(10));
    /// let err = small.extract("<p>far more than ten bytes</p>", None).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InputTooLarge { limit: 10, .. }));
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::NoContent => f.write_str("no article found in the page"),
            ErrorKind::InputTooLarge { size, limit } => {
                write!(
                    f,
                    "input of {size} bytes exceeds the limit of {limit} bytes"
                )
            }
            ErrorKind::LimitExceeded { limit, value } => {
                let what = match limit {
                    Limit::Nodes => "node count",
                    Limit::Depth => "nesting depth",
                    Limit::Attributes => "attributes per element",
                };
                write!(f, "{what} limit of {value} exceeded")
            }
            ErrorKind::Timeout { budget } => {
                write!(f, "time budget of {} ms exhausted", budget.as_millis())
            }
            ErrorKind::Cancelled => f.write_str("extraction cancelled by the caller"),
            ErrorKind::NotHtml { found } => {
                write!(f, "not a web page: the input is {}", found.described())
            }
            ErrorKind::Internal => f.write_str("internal error (a bug in distil)"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_file_types_have_distinct_names() {
        let kinds = [
            ErrorKind::NoContent,
            ErrorKind::InputTooLarge { size: 2, limit: 1 },
            ErrorKind::LimitExceeded {
                limit: Limit::Nodes,
                value: 1,
            },
            ErrorKind::Timeout {
                budget: Duration::from_secs(1),
            },
            ErrorKind::Cancelled,
            ErrorKind::NotHtml {
                found: FileType::Pdf,
            },
            ErrorKind::Internal,
        ];
        let types = [
            FileType::Pdf,
            FileType::PostScript,
            FileType::Image,
            FileType::Media,
            FileType::Compressed,
            FileType::Font,
            FileType::Json,
            FileType::Feed,
            FileType::Xml,
            FileType::Binary,
        ];
        let names =
            |all: &[&'static str]| all.iter().collect::<std::collections::HashSet<_>>().len();
        let kind_names: Vec<_> = kinds.iter().map(|k| k.as_str()).collect();
        let type_names: Vec<_> = types.iter().map(|t| t.as_str()).collect();
        assert_eq!(names(&kind_names), kinds.len());
        assert_eq!(names(&type_names), types.len());
        for name in kind_names.iter().chain(&type_names) {
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name}"
            );
        }
    }

    #[test]
    fn messages_name_the_limit_and_its_value() {
        let e = Error::new(ErrorKind::LimitExceeded {
            limit: Limit::Nodes,
            value: 200_000,
        });
        assert_eq!(e.to_string(), "node count limit of 200000 exceeded");
        let e = Error::new(ErrorKind::Timeout {
            budget: Duration::from_millis(1500),
        });
        assert_eq!(e.to_string(), "time budget of 1500 ms exhausted");
        let e = Error::new(ErrorKind::InputTooLarge {
            size: 11,
            limit: 10,
        });
        assert_eq!(
            e.to_string(),
            "input of 11 bytes exceeds the limit of 10 bytes"
        );
    }
}
