//! Reads the directory's data files (`sources.toml`, `municipalities.csv`, `offices.toml`,
//! `hellowork_jurisdiction.csv`, `self_reliance.csv`, `notices.toml`, `stats_35_44.csv`) into
//! the records of `crate::directory`, each record by its `Load`. What a file writes for people
//! (a municipality's or a 郡's name, "*", defaults shared by a kind of record) is turned into
//! the record's fields here, before the record is read.

use std::path::Path;

use super::directory::{self as checks, csv_rows};
use crate::date::Date;
use crate::directory::*;
use crate::load::{At, Load, Problem, Table, Value, leak, leak_slice, made};
use crate::text::{self, Lang, Tr};

/// A data file's text, or a problem naming it.
pub fn read(dir: &Path, name: &str) -> Result<String, Problem> {
    std::fs::read_to_string(dir.join(name)).map_err(|e| Problem {
        record: format!("{name} (file)"),
        field: "file".into(),
        message: e.to_string(),
    })
}

/// A TOML file's top-level table, or a problem with the line of the syntax error.
pub fn parse(name: &str, text: &str) -> Result<Table, Problem> {
    text.parse::<Table>().map_err(|e| Problem {
        record: format!("{name} (file)"),
        field: "syntax".into(),
        message: e.to_string().trim().replace('\n', " "),
    })
}

/// The tables of an array of tables (`[[office]]`), each with its record's label: `file id`.
pub fn records<'t>(name: &str, file: &'t Table, key: &str, at: &mut At) -> Vec<(String, &'t Table)> {
    let Some(v) = file.get(key) else { return Vec::new() };
    let Some(items) = v.as_array() else {
        at.record(format!("{name} (file)"));
        at.problem_in(key, format!("write each as [[{key}]]"));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let id = item.get("id").and_then(Value::as_str).map_or(format!("{key} {}", i + 1), str::to_string);
        let label = format!("{name} {id}");
        match item.as_table() {
            Some(t) => out.push((label, t)),
            None => {
                at.record(label);
                at.problem("expected a table");
            }
        }
    }
    out
}

/// Every record of an array of tables, read by its `Load`.
pub fn load_all<T: Load>(name: &str, file: &Table, key: &str, at: &mut At) -> Vec<T> {
    let mut out = Vec::new();
    for (label, t) in records(name, file, key, at) {
        at.record(label);
        if let Some(r) = T::load(&Value::Table(t.clone()), at) {
            out.push(r);
        }
    }
    out
}

/// Refuses top-level keys a file does not have.
fn only_keys(name: &str, file: &Table, keys: &[&str], at: &mut At) {
    at.record(format!("{name} (file)"));
    at.only(file, keys.iter().copied());
}

// ---------------------------------------------------------------------------------------------
// sources.toml

pub fn load_sources(dir: &Path, at: &mut At) -> Result<Vec<Source>, Problem> {
    const NAME: &str = "sources.toml";
    let file = parse(NAME, &read(dir, NAME)?)?;
    only_keys(NAME, &file, &["source"], at);
    Ok(load_all(NAME, &file, "source", at))
}

// ---------------------------------------------------------------------------------------------
// municipalities.csv

pub const MUNICIPALITIES_HEADER: &str = "code,name,kana,gun,gun_kana,kind,lat,lng,url,parent,sources";

pub fn load_municipalities(dir: &Path, at: &mut At) -> Result<Vec<Municipality>, Problem> {
    const NAME: &str = "municipalities.csv";
    let text = read(dir, NAME)?;
    let (rows, problems) = csv_rows(NAME, &text, MUNICIPALITIES_HEADER);
    at.problems.extend(problems);
    let mut out = Vec::new();
    for (line, f) in rows {
        at.record(format!("{NAME} line {line}"));
        let code = |field: &str, s: &str, at: &mut At| {
            s.parse::<u32>().map(MuniCode).ok().or_else(|| {
                at.problem_in(field, format!("{s:?} is not a 6-digit code"));
                None
            })
        };
        let num = |field: &str, s: &str, at: &mut At| {
            s.parse::<f64>().ok().or_else(|| {
                at.problem_in(field, format!("{s:?} is not a number"));
                None
            })
        };
        let kind = MuniKind::from_key(f[5]).or_else(|| {
            at.problem_in("kind", format!("{:?} is not city, town, village or ward", f[5]));
            None
        });
        let (name, kana, gun, gun_kana) = (f[1], f[2], f[3], f[4]);
        if gun.is_empty() != gun_kana.is_empty() {
            at.problem_in("gun_kana", "a 郡 and its reading come together");
        }
        let en = kind.and_then(|k| place_in_english(k, kana)).or_else(|| {
            at.problem_in("kana", format!("{kana:?} does not end as a {:?}'s reading does", f[5]));
            None
        });
        let gun_en = gun_kana.strip_suffix("ぐん").map(|k| format!("{} District", romaji(k)));
        let parent = if f[9].is_empty() { Some(None) } else { code("parent", f[9], at).map(Some) };
        let (Some(c), Some(kind), Some(en), Some(lat), Some(lng), Some(parent)) =
            (code("code", f[0], at), kind, en, num("lat", f[6], at), num("lng", f[7], at), parent)
        else {
            continue;
        };
        let sources: Vec<&'static str> = f[10].split(';').map(|s| leak(s.trim())).collect();
        // The names in each register: the official name, with its reading, in Hepburn.
        let label = made(at, "label", |l| match l {
            Lang::Ja => Some(name.to_string()),
            Lang::Easy => Some(format!("{{{name}|{kana}}}")),
            Lang::En => Some(format!("{en} ({name})")),
            #[allow(unreachable_patterns)] // a register added to Lang: its rule goes here
            _ => None,
        });
        let gun_label = if gun.is_empty() {
            Tr::same("")
        } else {
            let gun_en = gun_en.unwrap_or_default();
            made(at, "gun_label", |l| match l {
                Lang::Ja => Some(gun.to_string()),
                Lang::Easy => Some(format!("{{{gun}|{gun_kana}}}")),
                Lang::En => Some(format!("{gun_en} ({gun})")),
                #[allow(unreachable_patterns)]
                _ => None,
            })
        };
        // Cities and wards have a 市役所 or 区役所, towns and villages a 役場.
        let (hall_ja, hall_kana) = if matches!(kind, MuniKind::City | MuniKind::Ward) {
            ("役所", "やくしょ")
        } else {
            ("役場", "やくば")
        };
        let hall = made(at, "hall", |l| match l {
            Lang::Ja => Some(format!("{name}{hall_ja}")),
            Lang::Easy => Some(format!("{{{name}|{kana}}}{{{hall_ja}|{hall_kana}}}")),
            Lang::En => Some(format!("{en} Office")),
            #[allow(unreachable_patterns)]
            _ => None,
        });
        out.push(Municipality {
            code: c,
            name: leak(name),
            kana: leak(kana),
            gun: leak(gun),
            label,
            gun_label,
            hall,
            kind,
            lat,
            lng,
            url: leak(f[8]),
            parent,
            sources: leak_slice(sources),
        });
    }
    Ok(out)
}

/// "Yatsushiro City" from やつしろし: the published reading in Hepburn without long marks, as
/// the municipalities write their own names in English.
pub fn place_in_english(kind: MuniKind, kana: &str) -> Option<String> {
    let (stem, what) = match kind {
        MuniKind::City => (kana.strip_suffix('し')?, "City"),
        MuniKind::Town => (kana.strip_suffix("まち").or_else(|| kana.strip_suffix("ちょう"))?, "Town"),
        MuniKind::Village => (kana.strip_suffix("むら").or_else(|| kana.strip_suffix("そん"))?, "Village"),
        MuniKind::Ward => (kana.strip_prefix("くまもとし")?.strip_suffix('く')?, "Ward"),
    };
    (!stem.is_empty()).then(|| format!("{} {what}", romaji(stem)))
}

/// Hiragana to capitalised Hepburn, long vowels written short (こうし → Koshi).
pub fn romaji(kana: &str) -> String {
    let table = [
        ("あいうえお", ["a", "i", "u", "e", "o"]),
        ("かきくけこ", ["ka", "ki", "ku", "ke", "ko"]),
        ("がぎぐげご", ["ga", "gi", "gu", "ge", "go"]),
        ("さしすせそ", ["sa", "shi", "su", "se", "so"]),
        ("ざじずぜぞ", ["za", "ji", "zu", "ze", "zo"]),
        ("たちつてと", ["ta", "chi", "tsu", "te", "to"]),
        ("だぢづでど", ["da", "ji", "zu", "de", "do"]),
        ("なにぬねの", ["na", "ni", "nu", "ne", "no"]),
        ("はひふへほ", ["ha", "hi", "fu", "he", "ho"]),
        ("ばびぶべぼ", ["ba", "bi", "bu", "be", "bo"]),
        ("ぱぴぷぺぽ", ["pa", "pi", "pu", "pe", "po"]),
        ("まみむめも", ["ma", "mi", "mu", "me", "mo"]),
        ("やゆよ", ["ya", "yu", "yo", "", ""]),
        ("らりるれろ", ["ra", "ri", "ru", "re", "ro"]),
        ("わをん", ["wa", "o", "n", "", ""]),
    ];
    let syllable = |c: char| {
        table.iter().find_map(|(row, out)| row.chars().position(|k| k == c).map(|i| out[i].to_string()))
    };
    let mut out = String::new();
    let mut double = false;
    for c in kana.chars() {
        let small = match c {
            'ゃ' => Some('a'),
            'ゅ' => Some('u'),
            'ょ' => Some('o'),
            _ => None,
        };
        if c == 'っ' {
            double = true;
        } else if let Some(v) = small {
            // きゃ → kya; しゃ, ちゃ, じゃ → sha, cha, ja.
            out.pop();
            if !(out.ends_with("sh") || out.ends_with("ch") || out.ends_with('j')) {
                out.push('y');
            }
            out.push(v);
        } else {
            let mut s = syllable(c).unwrap_or_else(|| c.to_string());
            if std::mem::take(&mut double) {
                let first = if s.starts_with("ch") { 't' } else { s.chars().next().unwrap_or('t') };
                s.insert(0, first);
            }
            out.push_str(&s);
        }
    }
    let out = out.replace("ou", "o").replace("oo", "o").replace("uu", "u");
    let mut cs = out.chars();
    cs.next().map(|f| f.to_ascii_uppercase().to_string() + cs.as_str()).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Names of municipalities, as the data files write them

/// Municipality codes for a list of names (a municipality, a 郡, or "*"), as a TOML list of
/// codes for the record's `Load`; a name that is neither is reported at `field`.
fn codes_for(names: &Value, field: &str, allow_groups: bool, munis: &[Municipality], at: &mut At) -> Value {
    let mut out: Vec<MuniCode> = Vec::new();
    for name in names.as_array().into_iter().flatten() {
        let Some(name) = name.as_str() else {
            at.problem_in(field, format!("expected names in quotes, found {}", crate::load::shown(name)));
            continue;
        };
        if !allow_groups && (name == "*" || name.ends_with('郡')) {
            at.problem_in(field, "name each municipality, not \"*\" or a 郡");
        }
        let matched: Vec<MuniCode> = munis
            .iter()
            .filter(|m| m.kind != MuniKind::Ward)
            .filter(|m| name == "*" || m.name == name || m.gun == name)
            .map(|m| m.code)
            .collect();
        if matched.is_empty() {
            at.problem_in(field, format!("{name:?} is no municipality or 郡"));
        }
        for c in matched {
            if out.contains(&c) {
                at.problem_in(field, format!("{} is listed twice", c.0));
            } else {
                out.push(c);
            }
        }
    }
    out.sort();
    Value::Array(out.into_iter().map(|c| Value::Integer(i64::from(c.0))).collect())
}

// ---------------------------------------------------------------------------------------------
// offices.toml, hellowork_jurisdiction.csv, self_reliance.csv

pub fn load_offices(dir: &Path, munis: &'static [Municipality], at: &mut At) -> Result<Vec<Office>, Problem> {
    const NAME: &str = "offices.toml";
    let file = parse(NAME, &read(dir, NAME)?)?;
    only_keys(NAME, &file, &["hellowork_defaults", "self_reliance_defaults", "office"], at);
    let defaults = |key: &str, at: &mut At| -> Table {
        at.record(format!("{NAME} {key}"));
        let t = file.get(key).and_then(Value::as_table).cloned().unwrap_or_default();
        at.only(&t, ["source", "helps", "url", "url_kind"].into_iter());
        t
    };
    let hellowork = defaults("hellowork_defaults", at);
    let self_reliance = defaults("self_reliance_defaults", at);
    let mut offices = Vec::new();
    for (label, t) in records(NAME, &file, "office", at) {
        at.record(label);
        let mut t = t.clone();
        let is_hellowork = t.get("kind").and_then(Value::as_str) == Some(OfficeKind::HelloWork.key());
        if is_hellowork {
            // Whom it serves comes from hellowork_jurisdiction.csv; what it shares from the defaults.
            if t.contains_key("covers") {
                at.problem_in("covers", "a Hello Work office's area comes from hellowork_jurisdiction.csv");
            }
            t.insert("covers".into(), Value::Array(Vec::new()));
            for (k, v) in &hellowork {
                t.entry(k.clone()).or_insert_with(|| v.clone());
            }
        } else {
            let mut covers =
                codes_for(t.get("covers").unwrap_or(&Value::Array(vec![])), "covers", true, munis, at);
            if !t.contains_key("covers") {
                at.problem_in("covers", "missing");
            }
            if let Some(except) = t.remove("except") {
                let except = codes_for(&except, "except", true, munis, at);
                if let (Value::Array(c), Value::Array(e)) = (&mut covers, except) {
                    c.retain(|x| !e.contains(x));
                }
            }
            t.insert("covers".into(), covers);
        }
        t.entry("url_kind".to_string()).or_insert_with(|| Value::String(UrlKind::Official.key().into()));
        if let Some(o) = Office::load(&Value::Table(t), at) {
            offices.push(o);
        }
    }
    at.record("hellowork_jurisdiction.csv");
    let csv = read(dir, "hellowork_jurisdiction.csv")?;
    at.problems.extend(checks::apply_jurisdiction(&csv, munis, &mut offices));
    load_self_reliance(dir, munis, &self_reliance, &mut offices, at)?;
    Ok(offices)
}

pub const SELF_RELIANCE_HEADER: &str = "code,name,name_easy,address,address_easy,phone,readings";

/// self_reliance.csv: every municipality's 自立相談支援 window, with its address and phone.
fn load_self_reliance(
    dir: &Path,
    munis: &[Municipality],
    defaults: &Table,
    offices: &mut Vec<Office>,
    at: &mut At,
) -> Result<(), Problem> {
    const FILE: &str = "self_reliance.csv";
    at.record("offices.toml self_reliance_defaults");
    let helps: Option<Tr> = at.field(defaults, "helps");
    let url: Option<Option<Sourced>> = at.field(defaults, "url");
    let url_kind: Option<UrlKind> = at.field(defaults, "url_kind");
    let source: Option<&'static str> = at.field(defaults, "source");
    let (Some(helps), Some(url), Some(url_kind), Some(source)) = (helps, url, url_kind, source) else {
        return Ok(());
    };
    let text = read(dir, FILE)?;
    let (rows, problems) = csv_rows(FILE, &text, SELF_RELIANCE_HEADER);
    at.problems.extend(problems);
    for (line, f) in rows {
        at.record(format!("{FILE} line {line}"));
        let Some(m) = munis.iter().find(|m| m.code.0.to_string() == f[0] && m.kind != MuniKind::Ward) else {
            at.problem_in("code", format!("{:?} is none of the 45 municipalities", f[0]));
            continue;
        };
        let id = format!("self-reliance-{}", m.code.0);
        for (ja, easy, field) in [(f[1], f[2], "name_easy"), (f[3], f[4], "address_easy")] {
            if text::base_text(easy) != ja {
                at.problem_in(field, format!("without its readings it must read {ja:?}"));
            }
        }
        if f[6].trim().is_empty() {
            at.problem_in("readings", "say where the readings of the place names come from");
        }
        let phone = Sourced { value: Tr::same(leak(f[5])), source };
        // A record of its own in offices.toml wins; it must agree with the prefecture's list.
        if let Some(o) = offices.iter().find(|o| o.id == id) {
            if o.name.ja() != f[1] || o.phone.map(|p| p.value.ja()) != Some(f[5]) {
                at.problem(format!("{id} in offices.toml has another name or phone than this row"));
            }
            continue;
        }
        let council = f[1].contains("社会福祉協議会");
        // A section or a desk of the city hall is named with its city (玉名市くらしサポート課).
        let generic = f[1].ends_with('課') || f[1].ends_with("窓口");
        let (name_ja, name_easy) = if generic {
            (format!("{}{}", m.name, f[1]), format!("{}{}", m.label.get(Lang::Easy), f[2]))
        } else {
            (f[1].to_string(), f[2].to_string())
        };
        // The card stands in the municipality's own result: its Japanese name says the rest.
        let what = if council { "Council of Social Welfare" } else { "Self-reliance support desk" };
        let name_en = format!("{what} ({name_ja})");
        let name = made(at, "name", |l| match l {
            Lang::Ja => Some(name_ja.clone()),
            Lang::Easy => Some(name_easy.clone()),
            Lang::En => Some(name_en.clone()),
            #[allow(unreachable_patterns)] // a register added to Lang: its rule goes here
            _ => None,
        });
        // English keeps the Japanese address, for maps and taxis.
        let address = made(at, "address", |l| match l {
            Lang::Easy => Some(f[4].to_string()),
            _ => Some(f[3].to_string()),
        });
        offices.push(Office {
            id: leak(id),
            kind: OfficeKind::SelfReliance,
            name,
            helps,
            source,
            covers: leak_slice(vec![m.code]),
            operator: None,
            eligibility: None,
            address: Some(Sourced { value: address, source }),
            phone: Some(phone),
            hours: None,
            url,
            url_kind,
            location: None,
            notice: None,
            parts: &[],
            council,
        });
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// notices.toml

pub fn load_notices(dir: &Path, munis: &[Municipality], at: &mut At) -> Result<Vec<Notice>, Problem> {
    const NAME: &str = "notices.toml";
    let file = parse(NAME, &read(dir, NAME)?)?;
    only_keys(NAME, &file, &["notice"], at);
    let mut out = Vec::new();
    for (label, t) in records(NAME, &file, "notice", at) {
        at.record(label);
        let mut t = t.clone();
        if let Some(names) = t.get("municipalities") {
            let codes = codes_for(names, "municipalities", false, munis, at);
            t.insert("municipalities".into(), codes);
        }
        if let Some(n) = Notice::load(&Value::Table(t), at) {
            out.push(n);
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// stats_35_44.csv

/// "3.1" → 31 (tenths of a percent).
fn permille(s: &str) -> Option<u16> {
    let (whole, frac) = s.split_once('.')?;
    if frac.len() != 1 {
        return None;
    }
    Some(whole.parse::<u16>().ok()? * 10 + frac.parse::<u16>().ok()?)
}

pub const STATS_HEADER: &str = "code,prefecture,population,unstable,unstable_pct,jobless,jobless_pct";

pub fn load_stats(dir: &Path, at: &mut At) -> Result<Vec<PrefectureStats>, Problem> {
    const NAME: &str = "stats_35_44.csv";
    let text = read(dir, NAME)?;
    let (rows, problems) = csv_rows(NAME, &text, STATS_HEADER);
    at.problems.extend(problems);
    let mut out = Vec::new();
    for (line, f) in rows {
        at.record(format!("{NAME} line {line}"));
        let num = |i: usize| f.get(i).and_then(|v| v.parse::<u32>().ok());
        let (Some(code), Some(pop), Some(unstable), Some(jobless)) = (num(0), num(2), num(3), num(5)) else {
            at.problem("expected 7 numeric fields");
            continue;
        };
        let (Some(up), Some(jp)) = (permille(f[4]), permille(f[6])) else {
            at.problem_in("unstable_pct/jobless_pct", "write rates like 3.1");
            continue;
        };
        // The published rate is the count over the population, rounded to 0.1%.
        for (field, count, rate) in [("unstable_pct", unstable, up), ("jobless_pct", jobless, jp)] {
            let exact = f64::from(count) * 1000.0 / f64::from(pop.max(1));
            if (exact - f64::from(rate)).abs() > 0.51 {
                at.problem_in(field, format!("{rate} does not match {count} / {pop}"));
            }
        }
        out.push(PrefectureStats {
            code: code as u8,
            name: leak(f[1]),
            population: pop,
            unstable,
            unstable_permille: up,
            jobless,
            jobless_permille: jp,
        });
    }
    if out.len() != 48 || out.iter().enumerate().any(|(i, s)| usize::from(s.code) != i) {
        at.record(NAME);
        at.problem_in("rows", "expected codes 0 (全国) to 47, in order");
    }
    Ok(out)
}

/// The oldest `checked` date of the sources: by then every source had been read again.
pub fn data_date(sources: &[Source]) -> Option<Date> {
    sources.iter().map(|s| s.checked).min()
}
