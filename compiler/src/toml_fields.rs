//! Typed front matter from TOML without serde: [`Decode`] turns a parsed [`DeValue`] (which keeps every
//! key's and value's span) into the field types of [`parse`](crate::parse), and `toml_struct!` reads a
//! table into a struct the way `#[derive(Deserialize)]` with `deny_unknown_fields` did, with the same
//! messages at the same places: an unknown key at the key, a value of the wrong type at the value, and a
//! missing field at the table.
//!
//! Reading this way keeps serde, its derive and `syn` out of the build of every crate that uses seven-oh.

use std::fmt;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// What is wrong, and where, as a byte range of the TOML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The message, worded as serde words it.
    pub message: String,
    /// Where the problem is.
    pub span: Range<usize>,
}

/// A value read from TOML.
pub trait Decode: Sized {
    /// Reads `value`.
    fn decode(value: &Spanned<DeValue<'_>>) -> Result<Self, Error>;
}

/// A struct read from a TOML table (see `toml_struct!`).
pub trait FromTable: Sized {
    /// Reads `table`, whose span is where a missing field is reported.
    fn from_table(table: &DeTable<'_>, span: Range<usize>) -> Result<Self, Error>;
}

/// Reads a whole TOML document into `T`.
pub fn from_str<T: FromTable>(text: &str) -> Result<T, Error> {
    let table = DeTable::parse(text).map_err(|e| Error {
        message: e.message().trim().to_owned(),
        span: e.span().unwrap_or(0..0),
    })?;
    T::from_table(table.get_ref(), table.span())
}

/// How serde names an unexpected value: a string as `string "x"`, an array as `sequence`, and so on.
struct Unexpected<'a, 'i>(&'a DeValue<'i>);

impl fmt::Display for Unexpected<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            DeValue::String(s) => write!(f, "string {:?}", s.as_ref()),
            DeValue::Integer(i) => write!(f, "integer `{i}`"),
            DeValue::Float(x) => write!(f, "floating point `{x}`"),
            DeValue::Boolean(b) => write!(f, "boolean `{b}`"),
            DeValue::Datetime(_) | DeValue::Table(_) => f.write_str("map"),
            DeValue::Array(_) => f.write_str("sequence"),
        }
    }
}

/// The error for a value of the wrong type ("invalid type: ..., expected ..."), at the value.
pub fn invalid_type(value: &Spanned<DeValue<'_>>, expected: &str) -> Error {
    Error {
        message: format!("invalid type: {}, expected {expected}", Unexpected(value.get_ref())),
        span: value.span(),
    }
}

/// The error for a key the struct does not have ("unknown field ..., expected one of ..."), at the key.
pub fn unknown_field(key: &Spanned<std::borrow::Cow<'_, str>>, fields: &[&str]) -> Error {
    let quoted: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
    let expected = match quoted.as_slice() {
        [] => "there are no fields".to_owned(),
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        _ => format!("expected one of {}", quoted.join(", ")),
    };
    Error {
        message: format!("unknown field `{}`, {expected}", key.get_ref()),
        span: key.span(),
    }
}

/// The error for a required field that is not there ("missing field ..."), at the table.
pub fn missing_field(name: &str, span: Range<usize>) -> Error {
    Error {
        message: format!("missing field `{name}`"),
        span,
    }
}

impl Decode for String {
    fn decode(value: &Spanned<DeValue<'_>>) -> Result<Self, Error> {
        match value.get_ref() {
            DeValue::String(s) => Ok(s.to_string()),
            _ => Err(invalid_type(value, "a string")),
        }
    }
}

impl Decode for bool {
    fn decode(value: &Spanned<DeValue<'_>>) -> Result<Self, Error> {
        match value.get_ref() {
            DeValue::Boolean(b) => Ok(*b),
            _ => Err(invalid_type(value, "a boolean")),
        }
    }
}

impl Decode for u8 {
    fn decode(value: &Spanned<DeValue<'_>>) -> Result<Self, Error> {
        let DeValue::Integer(i) = value.get_ref() else {
            return Err(invalid_type(value, "u8"));
        };
        i128::from_str_radix(i.as_str(), i.radix())
            .ok()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| Error {
                message: format!("invalid value: integer `{i}`, expected u8"),
                span: value.span(),
            })
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(value: &Spanned<DeValue<'_>>) -> Result<Self, Error> {
        match value.get_ref() {
            DeValue::Array(items) => items.iter().map(T::decode).collect(),
            _ => Err(invalid_type(value, "a sequence")),
        }
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(value: &Spanned<DeValue<'_>>) -> Result<Self, Error> {
        T::decode(value).map(Some)
    }
}

impl<T: Decode> Decode for Spanned<T> {
    fn decode(value: &Spanned<DeValue<'_>>) -> Result<Self, Error> {
        Ok(Spanned::new(value.span(), T::decode(value)?))
    }
}

/// Implements [`FromTable`] and [`Decode`] for a struct of front-matter fields. Each field is `name: req`
/// (missing is an error) or `name: opt` (missing is its `Default`), in declaration order, which is the
/// order a missing field is looked for and the order the "expected one of" list names them.
macro_rules! toml_struct {
    ($name:ident { $( $field:ident : $mode:ident ),+ $(,)? }) => {
        impl $crate::toml_fields::FromTable for $name {
            fn from_table(
                table: &::toml::de::DeTable<'_>,
                span: ::std::ops::Range<usize>,
            ) -> Result<Self, $crate::toml_fields::Error> {
                const FIELDS: &[&str] = &[$(stringify!($field)),+];
                $( let mut $field = None; )+
                for (key, value) in table {
                    match key.get_ref().as_ref() {
                        $( stringify!($field) => $field = Some($crate::toml_fields::Decode::decode(value)?), )+
                        _ => return Err($crate::toml_fields::unknown_field(key, FIELDS)),
                    }
                }
                let _ = &span; // a struct with only `opt` fields never reports a missing one
                Ok($name {
                    $( $field: toml_struct!(@finish $mode, $field, span), )+
                })
            }
        }

        impl $crate::toml_fields::Decode for $name {
            fn decode(
                value: &::toml::Spanned<::toml::de::DeValue<'_>>,
            ) -> Result<Self, $crate::toml_fields::Error> {
                match value.get_ref() {
                    ::toml::de::DeValue::Table(table) => {
                        <$name as $crate::toml_fields::FromTable>::from_table(table, value.span())
                    }
                    _ => Err($crate::toml_fields::invalid_type(value, concat!("struct ", stringify!($name)))),
                }
            }
        }
    };
    (@finish req, $field:ident, $span:ident) => {
        match $field {
            Some(v) => v,
            None => return Err($crate::toml_fields::missing_field(stringify!($field), $span.clone())),
        }
    };
    (@finish opt, $field:ident, $span:ident) => {
        $field.unwrap_or_default()
    };
}

pub(crate) use toml_struct;
