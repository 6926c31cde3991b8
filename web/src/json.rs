//! A minimal JSON writer into a [`Sink`]: no allocation, no formatting machinery (which would add kilobytes
//! to the WebAssembly module), strings escaped per RFC 8259.

/// Where the JSON text goes: a fixed buffer in WebAssembly, a `Vec<u8>` on the host.
pub trait Sink {
    /// Appends `bytes`.
    fn put(&mut self, bytes: &[u8]);
}

#[cfg(not(target_arch = "wasm32"))]
impl Sink for std::vec::Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// Writes one JSON value, placing the commas itself: call [`key`](Json::key) before each value inside an
/// object, and nothing before values inside an array.
///
/// ```
/// use seven_oh_web::json::Json;
/// let mut json = Json::new(Vec::new());
/// json.begin_object();
/// json.field_str("q", "say \"hi\"\n");
/// json.key("n");
/// json.uint(42);
/// json.key("list");
/// json.begin_array();
/// json.bool(true);
/// json.null();
/// json.end_array();
/// json.end_object();
/// assert_eq!(json.into_inner(), br#"{"q":"say \"hi\"\n","n":42,"list":[true,null]}"#);
/// ```
#[derive(Debug)]
pub struct Json<S> {
    out: S,
    comma: bool,
}

impl<S: Sink> Json<S> {
    /// A writer into `out`.
    pub fn new(out: S) -> Json<S> {
        Json { out, comma: false }
    }

    /// The sink, with everything written so far.
    pub fn into_inner(self) -> S {
        self.out
    }

    fn value_start(&mut self) {
        if self.comma {
            self.out.put(b",");
        }
    }

    /// Opens an object.
    pub fn begin_object(&mut self) {
        self.value_start();
        self.out.put(b"{");
        self.comma = false;
    }

    /// Closes an object.
    pub fn end_object(&mut self) {
        self.out.put(b"}");
        self.comma = true;
    }

    /// Opens an array.
    pub fn begin_array(&mut self) {
        self.value_start();
        self.out.put(b"[");
        self.comma = false;
    }

    /// Closes an array.
    pub fn end_array(&mut self) {
        self.out.put(b"]");
        self.comma = true;
    }

    /// Writes an object key; the next call writes its value.
    pub fn key(&mut self, key: &str) {
        self.value_start();
        self.escaped(key);
        self.out.put(b":");
        self.comma = false;
    }

    /// Writes a string.
    pub fn str(&mut self, value: &str) {
        self.value_start();
        self.escaped(value);
        self.comma = true;
    }

    /// Writes a string, or `null`.
    pub fn opt_str(&mut self, value: Option<&str>) {
        match value {
            Some(v) => self.str(v),
            None => self.null(),
        }
    }

    /// Writes a key and a string value.
    pub fn field_str(&mut self, key: &str, value: &str) {
        self.key(key);
        self.str(value);
    }

    /// Writes an unsigned integer.
    pub fn uint(&mut self, value: u32) {
        self.value_start();
        let mut digits = [0u8; 10];
        let mut i = digits.len();
        let mut v = value;
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.out.put(&digits[i..]);
        self.comma = true;
    }

    /// Writes `true` or `false`.
    pub fn bool(&mut self, value: bool) {
        self.value_start();
        self.out.put(if value { b"true" } else { b"false" });
        self.comma = true;
    }

    /// Writes `null`.
    pub fn null(&mut self) {
        self.value_start();
        self.out.put(b"null");
        self.comma = true;
    }

    /// `"text"` with `"`, `\` and control characters escaped; runs of plain bytes are copied at once.
    fn escaped(&mut self, text: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.put(b"\"");
        let bytes = text.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\t' => b"\\t",
                b'\r' => b"\\r",
                0..=0x1f => &[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 15)],
                ],
                _ => continue,
            };
            self.out.put(&bytes[start..i]);
            self.out.put(escape);
            start = i + 1;
        }
        self.out.put(&bytes[start..]);
        self.out.put(b"\"");
    }
}

#[cfg(test)]
mod tests {
    use super::Json;

    #[test]
    fn escapes_control_characters_and_keeps_unicode() {
        let mut json = Json::new(Vec::new());
        json.str("a\u{1}b — é\\");
        assert_eq!(json.into_inner(), "\"a\\u0001b — é\\\\\"".as_bytes());
    }

    #[test]
    fn integers() {
        for n in [0, 7, 10, 999, u32::MAX] {
            let mut json = Json::new(Vec::new());
            json.uint(n);
            assert_eq!(json.into_inner(), n.to_string().as_bytes());
        }
    }
}
