//! Reading a record from a data file. Records and keyed enums get their `Load` from `record!`
//! and `keyed!`; the leaves are here. A value that cannot be read is a `Problem` naming the
//! file, the record and the field, with what is wrong; loading goes on, so that one build lists
//! every problem at once.

use core::fmt;

use crate::date::Date;
use crate::directory::{MuniCode, Sourced};
use crate::text::{Lang, Tr, check_markup, has_english};

pub use toml::Value;
pub use toml::value::Table;

/// One broken rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file and the record, e.g. `offices.toml office saposte-tamana`.
    pub record: String,
    /// The field, e.g. `phone` or `phone.source`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.record, self.field, self.message)
    }
}

/// The fields whose English may keep the Japanese (an address for a map or a taxi, a legal
/// name); every other text's English must have English words.
pub const JAPANESE_OK: &[&str] = &["address", "operator"];

/// A value as a person wrote it, shortly, for a problem's message.
pub fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        Value::Integer(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Datetime(d) => format!("{d:?}"),
        Value::Array(_) => "a list [ … ]".to_string(),
        Value::Table(_) => "a table { … }".to_string(),
    }
}

/// Strings in the statics live for the whole program; the build is short-lived.
pub fn leak(s: impl Into<String>) -> &'static str {
    Box::leak(s.into().into_boxed_str())
}

pub fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// Where the loader is: the record, the field path, and the problems found so far.
#[derive(Debug, Default)]
pub struct At {
    pub record: String,
    path: Vec<String>,
    pub problems: Vec<Problem>,
    /// The placeholders a text being read may hold (only a checklist item's: `<yen>`, …).
    pub placeholders: &'static [&'static str],
}

impl At {
    pub fn new(record: impl Into<String>) -> At {
        At { record: record.into(), path: Vec::new(), problems: Vec::new(), placeholders: &[] }
    }

    /// Goes on with another record, keeping the problems.
    pub fn record(&mut self, record: impl Into<String>) {
        self.record = record.into();
        self.path.clear();
    }

    pub fn problem(&mut self, message: impl Into<String>) {
        let field = if self.path.is_empty() { "(record)".to_string() } else { self.path.join(".") };
        self.problems.push(Problem { record: self.record.clone(), field, message: message.into() });
    }

    /// A problem of another field of this record.
    pub fn problem_in(&mut self, field: &str, message: impl Into<String>) {
        self.path.push(field.to_string());
        self.problem(message);
        self.path.pop();
    }

    /// The field now being read (the last part of the path).
    pub fn field_name(&self) -> &str {
        self.path.last().map_or("", String::as_str)
    }

    /// Reads the field `key` of a table, as a `T`.
    pub fn field<T: Load>(&mut self, t: &Table, key: &str) -> Option<T> {
        self.path.push(key.to_string());
        let v = match t.get(key) {
            Some(v) => T::load(v, self),
            None => T::absent().or_else(|| {
                self.problem("missing");
                None
            }),
        };
        self.path.pop();
        v
    }

    /// Reads an item of a list, as a `T`.
    pub fn item<T: Load>(&mut self, v: &Value, i: usize) -> Option<T> {
        self.path.push(format!("{}", i + 1));
        let r = T::load(v, self);
        self.path.pop();
        r
    }

    pub fn table<'v>(&mut self, v: &'v Value) -> Option<&'v Table> {
        v.as_table().or_else(|| {
            self.problem(format!("expected a table {{ … }}, found {}", crate::load::shown(v)));
            None
        })
    }

    pub fn string<'v>(&mut self, v: &'v Value) -> Option<&'v str> {
        v.as_str().or_else(|| {
            self.problem(format!("expected a string in quotes, found {}", crate::load::shown(v)));
            None
        })
    }

    /// Refuses a key the record does not have: a misspelt field is not ignored quietly.
    pub fn only<'k>(&mut self, t: &Table, keys: impl Iterator<Item = &'k str> + Clone) {
        for k in t.keys() {
            if !keys.clone().any(|x| x == k) {
                let known: Vec<&str> = keys.clone().collect();
                self.problem_in(k, format!("unknown field (known: {})", known.join(", ")));
            }
        }
    }
}

pub trait Load: Sized {
    /// Reads the value; on failure says why (`At::problem`) and gives `None`.
    fn load(v: &Value, at: &mut At) -> Option<Self>;

    /// The value when the field is left out; `None`: the field is required.
    fn absent() -> Option<Self> {
        None
    }
}

impl Load for &'static str {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        at.string(v).map(leak)
    }
}

/// `true` or `false`; left out, `false`.
impl Load for bool {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        v.as_bool().or_else(|| {
            at.problem(format!("expected true or false, found {}", crate::load::shown(v)));
            None
        })
    }

    fn absent() -> Option<Self> {
        Some(false)
    }
}

macro_rules! integer {
    ($($t:ty),*) => { $(
        impl Load for $t {
            fn load(v: &Value, at: &mut At) -> Option<Self> {
                match v.as_integer().map(<$t>::try_from) {
                    Some(Ok(n)) => Some(n),
                    _ => {
                        at.problem(format!(
                            "expected a whole number from {} to {}, found {}", <$t>::MIN, <$t>::MAX, shown(v)
                        ));
                        None
                    }
                }
            }
        }
    )* };
}
integer!(u8, u16, u32);

impl Load for f64 {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        v.as_float().or_else(|| v.as_integer().map(|i| i as f64)).or_else(|| {
            at.problem(format!("expected a number, found {}", crate::load::shown(v)));
            None
        })
    }
}

impl Load for Date {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        let s = at.string(v)?;
        Date::parse(s).or_else(|| {
            at.problem(format!("{s:?} is not a YYYY-MM-DD date"));
            None
        })
    }
}

impl Load for MuniCode {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        u32::load(v, at).map(MuniCode)
    }
}

impl Load for crate::rules::ProgrammeId {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        <&'static str>::load(v, at).map(crate::rules::ProgrammeId)
    }
}

/// Left out, `None`. Written as `""` (an open end of a range), `None` too.
impl<T: Load> Load for Option<T> {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        if v.as_str() == Some("") {
            return Some(None);
        }
        T::load(v, at).map(Some)
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

/// A list `[a, b]` of two.
impl<A: Load, B: Load> Load for (A, B) {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        match v.as_array().map(Vec::as_slice) {
            Some([a, b]) => Some((A::load(a, at)?, B::load(b, at)?)),
            _ => {
                at.problem(format!("expected a list of two, found {}", crate::load::shown(v)));
                None
            }
        }
    }
}

/// A list; left out, empty.
impl<T: Load> Load for &'static [T] {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        let Some(items) = v.as_array() else {
            at.problem(format!("expected a list [ … ], found {}", crate::load::shown(v)));
            return None;
        };
        let loaded: Vec<Option<T>> = items.iter().enumerate().map(|(i, v)| at.item(v, i)).collect();
        loaded.into_iter().collect::<Option<Vec<T>>>().map(leak_slice)
    }

    fn absent() -> Option<Self> {
        Some(&[])
    }
}

/// A text in every register: `{ ja = "…", easy = "…", en = "…" }`, each in the markup of
/// `text` (readings on every kanji in やさしい日本語), the English in English words unless the
/// field may keep the Japanese (`JAPANESE_OK`).
impl Load for Tr {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        // A value that reads the same in every register (an address on the web) may be written
        // once, as a string.
        if let Some(s) = v.as_str() {
            return Some(Tr::same(leak(s)));
        }
        let t = at.table(v)?;
        load_tr(t, at, &[])
    }
}

/// The text of a table's register keys; `more`: other keys the table may have.
pub fn load_tr(t: &Table, at: &mut At, more: &[&str]) -> Option<Tr> {
    let keys: Vec<&str> = Lang::ALL.iter().map(|l| l.key()).chain(more.iter().copied()).collect();
    at.only(t, keys.iter().copied());
    let missing: Vec<&str> = Lang::ALL.iter().map(|l| l.key()).filter(|k| !t.contains_key(*k)).collect();
    if !missing.is_empty() {
        at.problem(format!("missing {} (every text is written in {})", missing.join(", "), register_list()));
    }
    // A text with a problem is still a text (its faulty registers empty): the record it belongs
    // to is read and checked on, so that one build lists every problem, not the first of each.
    let mut texts: Vec<&'static str> = Vec::new();
    for lang in Lang::ALL {
        let Some(v) = t.get(lang.key()) else {
            texts.push("");
            continue;
        };
        let Some(s) = v.as_str() else {
            at.problem(format!("{}: expected a string in quotes", lang.key()));
            texts.push("");
            continue;
        };
        match crate::build::catalogue::placeholders(s) {
            Err(e) => at.problem(format!("{}: {e}", lang.key())),
            Ok(used) => {
                for u in used.iter().filter(|u| !at.placeholders.contains(u)) {
                    at.problem(format!("{}: <{u}> is not a placeholder this text can hold", lang.key()));
                }
            }
        }
        if let Err(e) = check_markup(s, lang) {
            at.problem(format!("{}: {e}", lang.key()));
        }
        if lang == Lang::En && !JAPANESE_OK.contains(&at.field_name()) && !has_english(s) {
            at.problem("en: has no English words: is it translated?");
        }
        texts.push(leak(s));
    }
    Some(Tr::given(leak_slice(texts)))
}

/// A text the build writes from a csv's columns, register by register (`write`), checked as
/// every text of the data is; a register `write` has no words for (a register added to `Lang`
/// after the csv) is a problem naming the field and the register.
pub fn made(at: &mut At, field: &str, write: impl Fn(Lang) -> Option<String>) -> Tr {
    at.path.push(field.to_string());
    let mut words: Vec<&'static str> = Vec::new();
    for lang in Lang::ALL {
        let Some(s) = write(lang) else {
            at.problem(format!("{}: missing (how to write it is in crates/model/src/build)", lang.key()));
            words.push("");
            continue;
        };
        if let Err(e) = check_markup(&s, lang) {
            at.problem(format!("{}: {e}", lang.key()));
        }
        if lang == Lang::En && !JAPANESE_OK.contains(&field) && !has_english(&s) {
            at.problem("en: has no English words: is it translated?");
        }
        words.push(leak(s));
    }
    at.path.pop();
    Tr::given(leak_slice(words))
}

/// "ja, easy and en".
pub fn register_list() -> String {
    let keys: Vec<&str> = Lang::ALL.iter().map(|l| l.key()).collect();
    match keys.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => keys.join(""),
    }
}

/// The fields written once, the same in every register (`{ value = "…", source = "…" }`).
pub const VALUE_FIELDS: &[&str] = &["phone", "url"];

impl Load for Sourced {
    fn load(v: &Value, at: &mut At) -> Option<Self> {
        let t = at.table(v)?;
        let source = at.field::<&'static str>(t, "source");
        let once = VALUE_FIELDS.contains(&at.field_name());
        let value = if once {
            at.only(t, ["value", "source"].into_iter());
            at.field::<&'static str>(t, "value").map(Tr::same)
        } else {
            load_tr(t, at, &["source"])
        };
        Some(Sourced { value: value?, source: source? })
    }
}
