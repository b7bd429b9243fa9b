//! The text catalogues (`assets/text/*.toml`): every sentence a person reads, one entry per
//! message with its text in every register, read and checked here and compiled into a typed key
//! per message, so that the code can only show a message that exists, in every register.
//!
//! ```toml
//! [start-title]                 # the key: lower-case words joined by "-", unique
//! ja = "…"                      # one text per register: ja, easy, en
//! easy = "…"
//! en = "…"
//!
//! [question-of]
//! args = ["n"]                  # placeholders: <n> in the texts, in the order the code passes
//! ja = "質問 <n> / 3"            # them; every register uses each one (`optional`: may not)
//!
//! [result-title]
//! by = "Who"                    # one text per case of a choice the code makes
//! Myself = { ja = "…", easy = "…", en = "…" }
//! Family = { ja = "…", easy = "…", en = "…" }
//!
//! [privacy-does]
//! ja = ["…", "…"]               # a list: as many items in every register
//! ```
//!
//! Entries (and cases) are read in key order.
//!
//! A file with `scope = "pages"` at its top holds the static pages' words (the data review and
//! privacy pages, made natively at build time): they are never in the widget. Every other
//! catalogue is the widget's: its 日本語 in the wasm, the other registers in the register packs,
//! entry `k` of each pack being message `k`.
//!
//! Refused, naming the file, the key and the register: a register missing or empty, a
//! placeholder unknown or unused, broken markup, a kanji without its reading in やさしい日本語,
//! English left in Japanese, a key twice. A message no code uses fails the compilation
//! (`dead_code` denied on the generated keys), naming the key.

use std::fmt::Write as _;
use std::path::Path;

use crate::load::{Problem, Table, Value, register_list};
use crate::text::{Lang, check_markup, has_english, is_japanese};

/// Where a catalogue's words go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The widget: 日本語 in the wasm, the other registers in the packs.
    Widget,
    /// The static pages written at build time: native only.
    Pages,
}

/// One message of a catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub file: String,
    pub key: String,
    pub args: Vec<String>,
    /// The type whose value chooses the case, and the cases in the file's order.
    pub by: Option<String>,
    /// One text per register (`Lang::ALL` order) for each case (one case, named "", when the
    /// message has no choice); a list message has several items per case.
    pub cases: Vec<(String, Vec<Vec<String>>)>,
    pub list: bool,
    /// Compiled into the wasm in every register (a register's own name on the switch).
    pub everywhere: bool,
}

/// Every message of the catalogues of one scope, in order: files by name, entries as written.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub entries: Vec<Entry>,
}

/// The placeholders of a text, `<name>`, in order; an error for a `<` or `>` that is not one.
pub fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '>']) {
        let tail = &rest[i..];
        let end = tail.find('>').filter(|_| tail.starts_with('<'));
        let Some(end) = end else {
            return Err(format!("has a stray {:?} (placeholders are written <name>)", &tail[..1]));
        };
        let name = &tail[1..end];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(format!("has <{name}>: a placeholder's name is lower-case letters, digits and _"));
        }
        out.push(name);
        rest = &tail[end + 1..];
    }
    Ok(out)
}

/// A text with each placeholder standing in as a digit: what the markup checks read.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        out.push('0');
        rest = rest[i..].find('>').map_or("", |e| &rest[i + e + 1..]);
    }
    out.push_str(rest);
    out
}

/// Left in Japanese: no English word, and Japanese script (a symbol or a number is not words).
pub fn untranslated(en: &str) -> bool {
    !has_english(en) && crate::text::base_text(en).chars().any(is_japanese)
}

const ENTRY_KEYS: &[&str] = &["args", "optional", "by", "everywhere"];

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A case's name: a Rust pattern under the type (`Myself`, `Question(Question::Work)`), or
/// `true`/`false` for a `bool`.
fn is_case(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_uppercase() || s == "true" || s == "false")
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "():_".contains(c))
}

impl Catalogue {
    /// Reads every `*.toml` of `dir` whose scope is `scope`; every problem at once.
    pub fn load(dir: &Path, scope: Scope) -> Result<Catalogue, Vec<Problem>> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| vec![problem(&dir.display().to_string(), "(folder)", "", e.to_string())])?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        names.sort();
        let mut cat = Catalogue::default();
        let mut problems = Vec::new();
        for name in names {
            let text = std::fs::read_to_string(dir.join(&name))
                .map_err(|e| vec![problem(&name, "(file)", "", e.to_string())])?;
            cat.add_file(&name, &text, scope, &mut problems);
        }
        if problems.is_empty() { Ok(cat) } else { Err(problems) }
    }

    /// Adds one catalogue file's messages, if its scope is `scope`.
    pub fn add_file(&mut self, name: &str, text: &str, scope: Scope, problems: &mut Vec<Problem>) {
        let file = match text.parse::<Table>() {
            Ok(f) => f,
            Err(e) => {
                problems.push(problem(name, "(file)", "syntax", e.to_string().trim().replace('\n', " ")));
                return;
            }
        };
        let file_scope = match file.get("scope").map(Value::as_str) {
            None => Scope::Widget,
            Some(Some("pages")) => Scope::Pages,
            Some(Some("widget")) => Scope::Widget,
            Some(other) => {
                problems.push(problem(
                    name,
                    "(file)",
                    "scope",
                    format!("{other:?} is not \"widget\" or \"pages\""),
                ));
                return;
            }
        };
        if file_scope != scope {
            return;
        }
        for (key, v) in &file {
            if key == "scope" {
                continue;
            }
            if !is_key(key) {
                problems.push(problem(name, key, "", "a key is lower-case words joined by \"-\""));
                continue;
            }
            if let Some(other) = self.entries.iter().find(|e| e.key == *key) {
                problems.push(problem(name, key, "", format!("also in {}", other.file)));
                continue;
            }
            let Some(t) = v.as_table() else {
                problems.push(problem(name, key, "", "write the message as a table: [key] then ja = …"));
                continue;
            };
            if let Some(e) = entry(name, key, t, problems) {
                self.entries.push(e);
            }
        }
    }

    /// How many texts the catalogue compiles to (every case and list item).
    pub fn len(&self) -> usize {
        self.entries.iter().map(|e| e.cases.iter().map(|(_, t)| t[0].len()).sum::<usize>()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every text in order, one column per register: entry `first + i` is text `i`.
    pub fn columns(&self) -> Vec<Vec<String>> {
        let mut cols = vec![Vec::new(); Lang::ALL.len()];
        for e in &self.entries {
            for (_, regs) in &e.cases {
                for (col, items) in cols.iter_mut().zip(regs) {
                    col.extend(items.iter().cloned());
                }
            }
        }
        cols
    }

    /// The Rust of the typed keys: a `K` per message (a `const`, a list, or a function of the
    /// case and the arguments), numbered from `first`. `native` adds `NAMED`: every message
    /// without arguments by its name, for the tests.
    pub fn code(&self, first: usize, native_names: bool) -> String {
        let mut out = String::new();
        let mut n = first;
        let mut named: Vec<(String, usize)> = Vec::new();
        for e in &self.entries {
            let camel = camel(&e.key);
            let _ = writeln!(out, "/// {} [{}]", e.file, e.key);
            if e.everywhere {
                let arms: Vec<String> = Lang::ALL
                    .iter()
                    .zip(&e.cases[0].1)
                    .map(|(l, t)| format!("Lang::{:?} => {:?}", l, t[0]))
                    .collect();
                let _ = writeln!(
                    out,
                    "pub(crate) fn {}(l: Lang) -> &'static str {{ match l {{ {} }} }}",
                    snake(&e.key),
                    arms.join(", ")
                );
                named.push((camel, n));
                n += 1;
                continue;
            }
            // The key (or keys, for a list) of each case.
            let mut case_keys: Vec<(String, String)> = Vec::new();
            for (case, regs) in &e.cases {
                let count = regs[0].len();
                let key = if e.list {
                    let ks: Vec<String> = (n..n + count).map(|i| format!("K({i})")).collect();
                    format!("&[{}]", ks.join(", "))
                } else {
                    format!("K({n})")
                };
                if !e.list && e.args.is_empty() {
                    let name = if case.is_empty() { camel.clone() } else { format!("{camel}({case})") };
                    named.push((name, n));
                }
                n += count;
                case_keys.push((case.clone(), key));
            }
            let ty = if e.list { "&'static [K]" } else { "K" };
            let chosen = match &e.by {
                None => case_keys[0].1.clone(),
                Some(by) => {
                    let arms: Vec<String> = case_keys
                        .iter()
                        .map(|(case, k)| {
                            let pat = if by == "bool" { case.clone() } else { format!("{by}::{case}") };
                            format!("{pat} => {k}")
                        })
                        .collect();
                    format!("match c {{ {} }}", arms.join(", "))
                }
            };
            let by_param = e.by.as_ref().map(|b| format!("c: {b}, ")).unwrap_or_default();
            if e.args.is_empty() {
                if e.by.is_none() {
                    let ty = if e.list { "&[K]" } else { "K" };
                    let _ = writeln!(
                        out,
                        "pub(crate) const {}: {ty} = {chosen};",
                        e.key.to_uppercase().replace('-', "_")
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "pub(crate) fn {}({}) -> {ty} {{ {chosen} }}",
                        snake(&e.key),
                        by_param.trim_end_matches(", ")
                    );
                }
            } else {
                let params: Vec<String> = e.args.iter().map(|a| format!("{a}: &dyn Display")).collect();
                let pairs: Vec<String> = e.args.iter().map(|a| format!("({a:?}, {a})")).collect();
                let _ = writeln!(
                    out,
                    "pub(crate) fn {}(l: Lang, {by_param}{}) -> String {{ fill(text(l, {chosen}), &[{}]) }}",
                    snake(&e.key),
                    params.join(", "),
                    pairs.join(", ")
                );
            }
        }
        if native_names {
            let items: Vec<String> = named.iter().map(|(name, k)| format!("({name:?}, {k})")).collect();
            let _ = writeln!(out, "/// Every message without arguments, by name (the tests').");
            let _ = writeln!(out, "#[cfg(all(test, not(target_arch = \"wasm32\")))]");
            let _ = writeln!(out, "pub(crate) static NAMED: &[(&str, u16)] = &[{}];", items.join(", "));
        }
        out
    }
}

fn problem(file: &str, key: &str, register: &str, message: impl Into<String>) -> Problem {
    let record = format!("{file} [{key}]");
    Problem { record, field: register.to_string(), message: message.into() }
}

/// `start-title` → `StartTitle`.
pub fn camel(key: &str) -> String {
    key.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

/// `start-title` → `start_title`.
pub fn snake(key: &str) -> String {
    key.replace('-', "_")
}

fn strings(v: Option<&Value>) -> Result<(Vec<String>, bool), String> {
    match v {
        None => Err("missing".into()),
        Some(Value::String(s)) => Ok((vec![s.clone()], false)),
        Some(Value::Array(items)) => {
            let all: Option<Vec<String>> = items.iter().map(|i| i.as_str().map(str::to_string)).collect();
            all.map(|a| (a, true)).ok_or_else(|| "a list holds texts in quotes".to_string())
        }
        Some(other) => Err(format!("expected a text in quotes, found {}", crate::load::shown(other))),
    }
}

/// The message being read, as its texts are checked against it.
struct Message<'a> {
    file: &'a str,
    key: &'a str,
    args: &'a [String],
    optional: &'a [String],
}

/// The texts of one case: one per register, checked.
fn case_texts(
    m: &Message,
    case: &str,
    t: &Table,
    allowed_extra: &[&str],
    problems: &mut Vec<Problem>,
) -> Option<(Vec<Vec<String>>, bool)> {
    let (file, key) = (m.file, m.key);
    let at = |reg: &str| if case.is_empty() { reg.to_string() } else { format!("{case}.{reg}") };
    for k in t.keys() {
        if !Lang::ALL.iter().any(|l| l.key() == k) && !allowed_extra.contains(&k.as_str()) {
            problems.push(problem(file, key, &at(k), "not a register (ja, easy, en) nor a known field"));
        }
    }
    // A case that is nothing in every register (`""`) is allowed: it shows nothing (a register
    // left out is still missing).
    let present: Vec<&str> =
        Lang::ALL.iter().filter_map(|l| t.get(l.key()).and_then(Value::as_str)).collect();
    if !present.is_empty() && present.iter().all(|s| s.is_empty()) {
        for lang in Lang::ALL.iter().filter(|l| !t.contains_key(l.key())) {
            let msg = format!("missing: every message is written in {}", register_list());
            problems.push(problem(file, key, &at(lang.key()), msg));
        }
        return Some((Lang::ALL.iter().map(|_| vec![String::new()]).collect(), false));
    }
    let before = problems.len();
    let mut regs: Vec<Vec<String>> = Vec::new();
    let mut list = None;
    for lang in Lang::ALL {
        let (items, is_list) = match strings(t.get(lang.key())) {
            Ok(x) => x,
            Err(e) => {
                let msg = if e == "missing" {
                    format!("missing: every message is written in {}", register_list())
                } else {
                    e
                };
                problems.push(problem(file, key, &at(lang.key()), msg));
                regs.push(Vec::new());
                continue;
            }
        };
        if *list.get_or_insert(is_list) != is_list
            || regs.first().is_some_and(|f: &Vec<String>| f.len() != items.len())
        {
            problems.push(problem(file, key, &at(lang.key()), "a list has as many items in every register"));
        }
        for item in &items {
            check_text(m, &at(lang.key()), lang, item, problems);
        }
        regs.push(items);
    }
    (problems.len() == before).then_some((regs, list.unwrap_or(false)))
}

/// One text of a register: placeholders known and used, markup, readings, English.
fn check_text(m: &Message, at: &str, lang: Lang, text: &str, problems: &mut Vec<Problem>) {
    let (file, key, args, optional) = (m.file, m.key, m.args, m.optional);
    match placeholders(text) {
        Err(e) => problems.push(problem(file, key, at, e)),
        Ok(used) => {
            for u in &used {
                if !args.iter().any(|a| a == u) {
                    let declared = if args.is_empty() { "none".to_string() } else { args.join(", ") };
                    problems.push(problem(
                        file,
                        key,
                        at,
                        format!("<{u}> is not one of its args ({declared})"),
                    ));
                }
            }
            for a in args {
                if !used.contains(&a.as_str()) && !optional.contains(a) {
                    problems.push(problem(file, key, at, format!("does not use <{a}>")));
                }
            }
        }
    }
    let plain = without_placeholders(text);
    if text.trim().is_empty() {
        problems.push(problem(file, key, at, "is empty"));
    } else if let Err(e) = check_markup(&plain, lang) {
        problems.push(problem(file, key, at, e));
    }
    if lang == Lang::En && untranslated(&plain) {
        problems.push(problem(file, key, at, "has no English words: is it translated?"));
    }
}

fn entry(file: &str, key: &str, t: &Table, problems: &mut Vec<Problem>) -> Option<Entry> {
    let list_of = |field: &str, problems: &mut Vec<Problem>| -> Vec<String> {
        match t.get(field) {
            None => Vec::new(),
            Some(v) => match strings(Some(v)) {
                Ok((items, _)) => items,
                Err(e) => {
                    problems.push(problem(file, key, field, e));
                    Vec::new()
                }
            },
        }
    };
    let args = list_of("args", problems);
    let optional = list_of("optional", problems);
    for a in &args {
        if placeholders(&format!("<{a}>")).is_err() {
            problems.push(problem(
                file,
                key,
                "args",
                format!("{a:?}: a name is lower-case letters, digits and _"),
            ));
        }
    }
    for o in &optional {
        if !args.contains(o) {
            problems.push(problem(file, key, "optional", format!("{o:?} is not one of its args")));
        }
    }
    let everywhere = t.get("everywhere").and_then(Value::as_bool).unwrap_or(false);
    let by = match t.get("by") {
        None => None,
        Some(Value::String(s)) if s.chars().all(|c| c.is_ascii_alphanumeric()) && !s.is_empty() => {
            Some(s.clone())
        }
        Some(other) => {
            problems.push(problem(
                file,
                key,
                "by",
                format!("{} is not the name of a type", crate::load::shown(other)),
            ));
            return None;
        }
    };
    let mut cases: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    let mut list = false;
    match &by {
        None => {
            let m = Message { file, key, args: &args, optional: &optional };
            let (regs, l) = case_texts(&m, "", t, ENTRY_KEYS, problems)?;
            list = l;
            cases.push((String::new(), regs));
        }
        Some(_) => {
            for (case, v) in t.iter().filter(|(k, _)| !ENTRY_KEYS.contains(&k.as_str())) {
                if !is_case(case) {
                    problems.push(problem(
                        file,
                        key,
                        case,
                        "a case is named as the code names it (Myself, true, …)",
                    ));
                    continue;
                }
                let Some(ct) = v.as_table() else {
                    problems.push(problem(file, key, case, "write a case as { ja = …, easy = …, en = … }"));
                    continue;
                };
                let m = Message { file, key, args: &args, optional: &optional };
                if let Some((regs, l)) = case_texts(&m, case, ct, &[], problems) {
                    list |= l;
                    cases.push((case.clone(), regs));
                }
            }
            if cases.is_empty() {
                if !t.keys().any(|k| !ENTRY_KEYS.contains(&k.as_str())) {
                    problems.push(problem(file, key, "by", "no case is written"));
                }
                return None;
            }
        }
    }
    if everywhere && (by.is_some() || !args.is_empty() || list) {
        problems.push(problem(file, key, "everywhere", "only a plain message can be everywhere"));
    }
    Some(Entry { file: file.to_string(), key: key.to_string(), args, by, cases, list, everywhere })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Catalogue, Vec<String>> {
        let mut c = Catalogue::default();
        let mut p = Vec::new();
        c.add_file("t.toml", text, Scope::Widget, &mut p);
        if p.is_empty() { Ok(c) } else { Err(p.iter().map(|p| p.to_string()).collect()) }
    }

    #[test]
    fn placeholders_are_named_in_angle_brackets_and_never_meet_the_ruby() {
        assert_eq!(placeholders("{質問|しつもん} <n> / 3").unwrap(), vec!["n"]);
        assert_eq!(placeholders("<y>{年|ねん}<m>{月|がつ}").unwrap(), vec!["y", "m"]);
        assert!(placeholders("a > b").is_err());
        assert!(placeholders("<Name>").is_err());
        assert_eq!(without_placeholders("<y>{年|ねん}"), "0{年|ねん}");
    }

    #[test]
    fn a_good_message_compiles_to_a_typed_key() {
        let c = load(
            "[start-title]\nja = \"探しましょう\"\neasy = \"{探|さが}しましょう\"\nen = \"Let's find\"\n\
             [question-of]\nargs = [\"n\"]\nja = \"質問 <n>\"\neasy = \"{質問|しつもん} <n>\"\nen = \"Question <n>\"\n\
             [result-title]\nby = \"Who\"\nMyself = { ja = \"あなた\", easy = \"あなた\", en = \"You\" }\n\
             Family = { ja = \"ご本人\", easy = \"{本人|ほんにん}\", en = \"They\" }\n",
        )
        .unwrap();
        assert_eq!(c.len(), 4);
        let code = c.code(10, true);
        assert!(code.contains("pub(crate) const START_TITLE: K = K(13);"), "{code}");
        assert!(code.contains("pub(crate) fn question_of(l: Lang, n: &dyn Display) -> String { fill(text(l, K(10)), &[(\"n\", n)]) }"), "{code}");
        // Entries and cases in key order.
        assert!(code.contains("pub(crate) fn result_title(c: Who) -> K { match c { Who::Family => K(11), Who::Myself => K(12) } }"), "{code}");
        assert!(code.contains("(\"ResultTitle(Family)\", 11)"), "{code}");
        assert_eq!(c.columns()[2], vec!["Question <n>", "They", "You", "Let's find"]);
    }

    #[test]
    fn each_fault_is_refused_naming_the_file_the_key_and_the_register() {
        let p = load("[a]\nja = \"相談\"\neasy = \"相談\"\nen = \"Talk\"\n").unwrap_err();
        assert_eq!(p, vec!["t.toml [a]: easy: has 「相」 without a reading, in 「相談」"]);
        let p = load("[a]\nja = \"相談\"\nen = \"Talk\"\n").unwrap_err();
        assert_eq!(p, vec!["t.toml [a]: easy: missing: every message is written in ja, easy and en"]);
        let p = load("[a]\nargs = [\"n\"]\nja = \"<n>件\"\neasy = \"<m>{件|けん}\"\nen = \"<n> items\"\n")
            .unwrap_err();
        assert_eq!(
            p,
            vec!["t.toml [a]: easy: <m> is not one of its args (n)", "t.toml [a]: easy: does not use <n>"]
        );
        let p = load("[a]\nja = \"相談\"\neasy = \"{相談|そうだん}\"\nen = \"相談\"\n").unwrap_err();
        assert_eq!(p, vec!["t.toml [a]: en: has no English words: is it translated?"]);
        let p = load("[a]\nja = \"{相談}\"\neasy = \"{相談|そうだん}\"\nen = \"Talk\"\n").unwrap_err();
        assert!(p[0].starts_with("t.toml [a]: ja: has broken ruby markup"), "{p:?}");
        let p = load("[a]\nby = \"Who\"\nMyself = { ja = \"a\", easy = \"a\" }\n").unwrap_err();
        assert_eq!(p, vec!["t.toml [a]: Myself.en: missing: every message is written in ja, easy and en"]);
    }

    #[test]
    fn the_real_catalogues_load() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/text");
        for scope in [Scope::Widget, Scope::Pages] {
            let c = Catalogue::load(&dir, scope).unwrap_or_else(|p| {
                panic!("{}", p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
            });
            assert!(c.len() > 100 || scope == Scope::Pages, "{}", c.len());
        }
    }

    #[test]
    fn a_symbol_or_a_number_is_not_untranslated_english() {
        assert!(!untranslated("○") && !untranslated("1") && !untranslated("Heisei 10 (平成10年)"));
        assert!(untranslated("元年") && untranslated("{相談|そうだん}"));
    }
}
