//! The modules run one way: each may use only the modules declared before it (or itself).
//! This reads every file under `src/` and fails, naming the file and the line, when one reaches
//! for a module declared after it. So there is no import circle between modules, `i18n` knows
//! nothing of `ui`, and the pure modules know nothing of the view.

use std::fs;
use std::path::{Path, PathBuf};

/// The declared order (see `src/lib.rs`). Inside `ui`: the browser facts and the context come
/// first, then the components, then the root that wires them.
const LAYERS: &[&str] = &[
    "date",
    "text",
    "order",
    "qr",
    "frame",
    "directory",
    "answers",
    "settings",
    "link",
    "rules",
    "review",
    "guidance",
    "flow",
    "i18n",
    "pack",
    "speech",
    "pages",
    "ui::dom",
    "ui::packs",
    "ui::rich",
    "ui::ctx",
    "ui::panic",
    "ui::components",
    "ui::app",
    "ui",
    // Binaries (the static page writer) use the library from outside.
    "bin",
];

/// The layer of a module path: the longest declared prefix.
fn layer_of(module: &[String]) -> Option<usize> {
    let joined = module.join("::");
    LAYERS
        .iter()
        .enumerate()
        .filter(|(_, l)| joined == **l || joined.starts_with(&format!("{l}::")))
        .max_by_key(|(_, l)| l.len())
        .map(|(i, _)| i)
}

/// `src/ui/components/result.rs` → `ui::components::result`; `mod.rs` and `lib.rs` name their
/// directory.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" && stem != "main" {
        parts.push(stem.to_string());
    }
    parts
}

/// Every module path a piece of code names: `crate::a::b`, `crate::{a, b::c}`, `super::x`.
fn referenced(code: &str, here: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let ident = |s: &str| -> Vec<String> {
        s.split("::")
            .map(|p| p.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
            .take_while(|p| !p.is_empty())
            .collect()
    };
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        if let Some(inner) = after.strip_prefix('{') {
            // A grouped import: each top-level item of the braces.
            let end = inner.find('}').unwrap_or(inner.len());
            for item in inner[..end].split(',') {
                let path = ident(item);
                if !path.is_empty() {
                    out.push(path);
                }
            }
        } else {
            out.push(ident(after));
        }
        rest = after;
    }
    // `super::` relative to this file's module (a `mod.rs` is its own module).
    let mut rest = code;
    while let Some(i) = rest.find("super::") {
        // Count the chain of `super::` at this place.
        let mut base = here.to_vec();
        let mut after = &rest[i..];
        while let Some(a) = after.strip_prefix("super::") {
            base.pop();
            after = a;
        }
        let path = if let Some(inner) = after.strip_prefix('{') {
            ident(&inner[..inner.find('}').unwrap_or(inner.len())])
        } else {
            ident(after)
        };
        out.push(base.into_iter().chain(path).collect());
        rest = after;
    }
    out
}

/// Code without comments (doc comments may mention other modules freely).
fn strip_comments(text: &str) -> String {
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// The violations in one file's text: `file:line: module uses later`.
fn violations(rel: &Path, text: &str) -> Vec<String> {
    let here = module_of(rel);
    let Some(mine) = layer_of(&here) else {
        return vec![format!(
            "src/{}: module {} is not in the declared layers",
            rel.display(),
            here.join("::")
        )];
    };
    let mut out = Vec::new();
    for (n, line) in strip_comments(text).lines().enumerate() {
        for path in referenced(line, &here) {
            if let Some(theirs) = layer_of(&path)
                && theirs > mine
            {
                out.push(format!(
                    "src/{}:{}: {} ({}) uses {} ({}), which comes after it",
                    rel.display(),
                    n + 1,
                    here.join("::"),
                    LAYERS[mine],
                    path.join("::"),
                    LAYERS[theirs]
                ));
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_module_uses_only_the_modules_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 20, "found only {} files under src/", files.len());
    let mut problems = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        if rel == Path::new("main.rs") || rel == Path::new("lib.rs") {
            continue; // the crate roots only declare the modules
        }
        problems.extend(violations(rel, &fs::read_to_string(f).unwrap()));
    }
    assert!(problems.is_empty(), "imports against the declared order:\n{}", problems.join("\n"));
}

#[test]
fn the_check_catches_forbidden_imports() {
    let v = |file: &str, code: &str| violations(Path::new(file), code);
    // The two circles the issue found, and the view reaching into the core the wrong way.
    assert_eq!(
        v("i18n/ja.rs", "use crate::ui::app::Ctx;"),
        ["src/i18n/ja.rs:1: i18n::ja (i18n) uses ui::app::Ctx (ui::app), which comes after it"]
    );
    assert_eq!(v("answers.rs", "fn f() {}\nuse crate::{date::Date, i18n::Lang};").len(), 1);
    assert_eq!(v("directory/mod.rs", "let x = crate::answers::normalize_width(q);").len(), 1);
    assert_eq!(v("ui/components/common.rs", "use crate::ui::app::HEADING_ID;").len(), 1);
    assert_eq!(v("ui/components/result.rs", "use super::super::app::Ctx;").len(), 1);
    // Allowed: earlier layers, the same module, siblings in the same layer, comments.
    assert!(
        v("ui/components/result.rs", "use super::common::Heading;\nuse crate::ui::ctx::use_ctx;").is_empty()
    );
    assert!(v("guidance.rs", "use crate::{answers::Answers, rules::{self, Verdict}};").is_empty());
    assert!(v("rules/mod.rs", "use super::model::*; // crate::ui::app is mentioned only here").is_empty());
    assert_eq!(v("widgets.rs", "").len(), 1, "an undeclared module is reported");
}
