//! Moves the words out of a Rust source file: `build.rs` rewrites the やさしい日本語 and English
//! messages (`src/i18n/easy.rs`, `src/i18n/en.rs`) for the wasm, each string literal becoming
//! a lookup of its entry in the register's pack (`crate::pack`). The code and its logic stay
//! as written; only the words leave the first download. Depends on nothing: `build.rs` uses
//! this file as it is, and the native tests check it.
//!
//! A literal stays where it is when it must be one: a macro's first argument (`format!`'s
//! template), anything inside an attribute (`#[cfg(…)]`) or a `const`/`static` item, byte
//! strings, and the empty string.

/// The rewritten code, and the texts it now looks up, in entry order.
#[derive(Debug, PartialEq)]
pub struct Moved {
    pub code: String,
    pub texts: Vec<String>,
}

/// Rewrites `src`: the `k`-th distinct moved text becomes `lookup(first + k)`. A `format!`
/// whose template has only plain placeholders (`{}`, `{0}`, `{name}`) becomes
/// `crate::pack::fill(lookup(…), &[&arg, …])`, its template moved with each placeholder as `{}`
/// and its escaped braces unescaped. `src` may hold inner doc comments (`//!`); they become plain
/// comments, so that the result can be `include!`d.
pub fn move_literals(src: &str, first: usize, lookup: impl Fn(usize) -> String) -> Result<Moved, String> {
    let mut m = Mover { texts: Vec::new(), first, lookup: &lookup };
    let code = m.rewrite(src)?;
    Ok(Moved { code, texts: m.texts })
}

struct Mover<'a> {
    texts: Vec<String>,
    first: usize,
    lookup: &'a dyn Fn(usize) -> String,
}

impl Mover<'_> {
    fn entry(&mut self, text: String) -> String {
        let k = self.texts.iter().position(|t| *t == text).unwrap_or_else(|| {
            self.texts.push(text);
            self.texts.len() - 1
        });
        (self.lookup)(self.first + k)
    }

    fn rewrite(&mut self, src: &str) -> Result<String, String> {
        let b = src.as_bytes();
        let mut code = String::with_capacity(src.len());
        let mut i = 0;
        let mut copied = 0;
        // Inside an attribute or a const/static item: literals stay.
        let mut attr_depth = 0usize;
        let mut in_const: Option<usize> = None;
        // Bracket depth, to see where a const item ends (`[&str; 12]` holds a `;` of its own).
        let mut depth = 0usize;
        // The last two significant characters, to see `!(` before a macro's template, and
        // where the last word started and what it was.
        let mut last = [b' ', b' '];
        let mut word = (0usize, String::new());
        while i < b.len() {
            let c = b[i];
            if src[i..].starts_with("//") {
                let end = src[i..].find('\n').map_or(b.len(), |e| i + e);
                code.push_str(&src[copied..i]);
                code.push_str(&src[i..end].replacen("//!", "//", 1));
                i = end;
                copied = end;
                continue;
            }
            if src[i..].starts_with("/*") {
                i = src[i..].find("*/").map(|e| i + e + 2).ok_or("an unclosed /* comment")?;
                continue;
            }
            if c == b'\'' {
                i = skip_char_or_lifetime(src, i);
                last = [last[1], b'\''];
                continue;
            }
            let raw = c == b'r' && matches!(b.get(i + 1), Some(b'"' | b'#')) && !is_word_byte(b, i);
            let bytes = c == b'b' && matches!(b.get(i + 1), Some(b'"' | b'\'' | b'r')) && !is_word_byte(b, i);
            if c == b'"' || raw || bytes {
                let (value, end) = if c == b'"' { plain_literal(src, i)? } else { raw_literal(src, i)? };
                let template = last == [b'!', b'('] || last == [b'!', b'['] || last == [b'!', b'{'];
                let kept = bytes || attr_depth > 0 || in_const.is_some() || value.is_empty();
                if template
                    && !kept
                    && word.1 == "format"
                    && src[word.0 + 6..i].trim() == "!("
                    && let Some((call, after)) = self.format_call(src, &value, end)?
                {
                    code.push_str(&src[copied..word.0]);
                    code.push_str(&call);
                    i = after;
                    copied = after;
                    last = [b')', b')'];
                    continue;
                }
                if !(template || kept) {
                    code.push_str(&src[copied..i]);
                    code.push_str(&self.entry(value));
                    copied = end;
                }
                i = end;
                last = [last[1], b'"'];
                continue;
            }
            if c == b'#' && src[i..].trim_start_matches(['#', '!']).starts_with('[') && attr_depth == 0 {
                attr_depth = 1;
                i = src[i..].find('[').map_or(b.len(), |e| i + e + 1);
                continue;
            }
            if attr_depth > 0 {
                match c {
                    b'[' => attr_depth += 1,
                    b']' => attr_depth -= 1,
                    _ => {}
                }
            }
            if c.is_ascii_alphabetic() && !is_word_byte(b, i) {
                let w: String = src[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                let next = src[i + w.len()..].trim_start();
                if (w == "const" && !next.starts_with("fn")) || w == "static" {
                    in_const = in_const.or(Some(depth));
                }
                let len = w.len();
                word = (i, w);
                i += len;
                last = [last[1], b'a'];
                continue;
            }
            match c {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                b';' if in_const == Some(depth) => in_const = None,
                _ => {}
            }
            if !c.is_ascii_whitespace() {
                last = [last[1], c];
            }
            i += src[i..].chars().next().map_or(1, char::len_utf8);
        }
        code.push_str(&src[copied..]);
        Ok(code)
    }

    /// `format!(template, args…)` whose template ends at `end`: the lookup and fill that replace
    /// it, and the index after its `)`; `None` when the template has a format spec (`{:?}`).
    fn format_call(
        &mut self,
        src: &str,
        template: &str,
        end: usize,
    ) -> Result<Option<(String, usize)>, String> {
        let (args, after) = macro_args(src, end)?;
        let named = |n: &str| {
            args.iter().find_map(|a| {
                let (k, v) = a.split_once('=')?;
                (k.trim() == n && !v.starts_with('=')).then(|| v.trim())
            })
        };
        let mut moved = String::new();
        let mut used: Vec<String> = Vec::new();
        let mut next = 0;
        let mut rest = template;
        while let Some(at) = rest.find(['{', '}']) {
            moved.push_str(&rest[..at]);
            let tail = &rest[at..];
            if let Some(t) = tail.strip_prefix("{{").or_else(|| tail.strip_prefix("}}")) {
                moved.push_str(&tail[..1]);
                rest = t;
                continue;
            }
            let close = tail.find('}').ok_or_else(|| format!("a bad template: {template:?}"))?;
            let inner = tail[1..close].trim();
            let arg = if inner.is_empty() {
                next += 1;
                args.get(next - 1).map(|a| a.trim().to_string())
            } else if let Ok(n) = inner.parse::<usize>() {
                args.get(n).map(|a| a.trim().to_string())
            } else if inner.chars().all(|c| c.is_alphanumeric() || c == '_') {
                Some(named(inner).unwrap_or(inner).to_string())
            } else {
                return Ok(None);
            };
            let arg = arg.ok_or_else(|| format!("a placeholder without its argument in {template:?}"))?;
            used.push(self.rewrite(&arg)?);
            moved.push_str("{}");
            rest = &tail[close + 1..];
        }
        moved.push_str(rest);
        // A text that itself writes `{}` (escaped `{{}}`) would be taken for a placeholder.
        if moved.matches("{}").count() != used.len() {
            return Ok(None);
        }
        let lookup = self.entry(moved);
        let args: Vec<String> = used.iter().map(|a| format!("&({a})")).collect();
        Ok(Some((format!("crate::pack::fill({lookup}, &[{}])", args.join(", ")), after)))
    }
}

/// The arguments after a macro's template (which ends at `i`), as written, and the index after
/// the macro's closing `)`.
fn macro_args(src: &str, i: usize) -> Result<(Vec<&str>, usize), String> {
    let b = src.as_bytes();
    let mut args = Vec::new();
    let mut depth = 0usize;
    let mut start = None;
    let mut j = i;
    while j < b.len() {
        match b[j] {
            b'"' => j = plain_literal(src, j)?.1,
            b'r' | b'b' if matches!(b.get(j + 1), Some(b'"' | b'#')) && !is_word_byte(b, j) => {
                j = raw_literal(src, j)?.1
            }
            b'\'' => j = skip_char_or_lifetime(src, j),
            c => {
                match c {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' if depth > 0 => depth -= 1,
                    b')' => {
                        if let Some(s) = start.filter(|s| src[*s..j].trim() != "") {
                            args.push(&src[s..j]);
                        }
                        return Ok((args, j + 1));
                    }
                    b',' if depth == 0 => {
                        if let Some(s) = start {
                            args.push(&src[s..j]);
                        }
                        start = Some(j + 1);
                    }
                    _ => {}
                }
                j += src[j..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    Err("an unclosed macro call".into())
}

/// An arm of a register's `text` that is only literals: its span (whole lines), and each
/// message pattern it covers with its text.
#[derive(Debug, PartialEq)]
pub struct Arm {
    pub span: std::ops::Range<usize>,
    pub texts: Vec<(String, String)>,
}

/// The arms of a register's `text` that are a message and nothing but a literal, not under an
/// attribute: `Msg::Name => B("…"),`, or `Msg::Name(v) => B(match v { Kind::A => "…", … }),`
/// (which covers `Msg::Name(Kind::A)` and the rest).
pub fn simple_arms(src: &str) -> Result<Vec<Arm>, String> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut previous = "";
    while line_start < src.len() {
        let line_end = src[line_start..].find('\n').map_or(src.len(), |e| line_start + e + 1);
        let line = &src[line_start..line_end];
        let arm = (|| {
            let rest = src[line_start..].trim_start_matches([' ', '\t']).strip_prefix("Msg::")?;
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            let rest = rest[name.len()..].trim_start();
            if let Some(nested) = rest.strip_prefix('(') {
                return nested_arm(src, line_end, &name, nested);
            }
            let rest = rest.strip_prefix("=>")?.trim_start().strip_prefix("B(")?;
            let lit = src.len() - rest.trim_start().len();
            if src.as_bytes().get(lit) != Some(&b'"') {
                return None;
            }
            let (value, end) = plain_literal(src, lit).ok()?;
            let tail = src[end..].trim_start();
            let tail = tail.strip_prefix(',').unwrap_or(tail).trim_start().strip_prefix("),")?;
            let tail_end = src.len() - tail.len();
            let arm_end = src[tail_end..].find('\n').map_or(src.len(), |e| tail_end + e + 1);
            src[tail_end..arm_end]
                .trim()
                .is_empty()
                .then(|| Arm { span: line_start..arm_end, texts: vec![(format!("Msg::{name}"), value)] })
        })();
        match arm {
            Some(a) if !previous.trim_start().starts_with("#[") => {
                line_start = a.span.end;
                previous = "";
                out.push(a);
            }
            _ => {
                previous = line;
                line_start = line_end;
            }
        }
    }
    Ok(out)
}

/// `Msg::Name(v) => B(match v {` then one `Pattern => "…",` a line, then `}),`.
fn nested_arm(src: &str, line_end: usize, name: &str, rest: &str) -> Option<Arm> {
    let rest = &rest[..rest.find('\n')?];
    let var: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    let head = rest[var.len()..].trim_start().strip_prefix(')')?.trim_start();
    let head = head.strip_prefix("=>")?.trim_start().strip_prefix("B(match")?.trim_start();
    if head.strip_prefix(var.as_str())?.trim() != "{" || var.is_empty() {
        return None;
    }
    let start = src[..line_end - 1].rfind('\n').map_or(0, |i| i + 1);
    let mut texts = Vec::new();
    let mut at = line_end;
    loop {
        let end = src[at..].find('\n').map_or(src.len(), |e| at + e + 1);
        let line = src[at..end].trim();
        if line == "})," {
            return (!texts.is_empty()).then_some(Arm { span: start..end, texts });
        }
        let (pattern, lit) = line.split_once(" => ")?;
        if !lit.starts_with('"') {
            return None;
        }
        let lit_at = end - src[at..end].trim_start().len() + (line.len() - lit.len());
        let (value, lit_end) = plain_literal(src, lit_at).ok()?;
        if src[lit_end..end].trim() != "," || pattern.contains("=>") {
            return None;
        }
        texts.push((format!("Msg::{name}({})", pattern.trim()), value));
        at = end;
    }
}

/// Takes the arms of `names` out of the register's `text` (`fn text(msg: Msg) … { match msg {`,
/// the match ending at the function's end): instead, the function first asks `super::simple`
/// for the message's number and returns `lookup(number)`; a last arm `_ => B("")` keeps the
/// match whole.
pub fn without_arms(src: &str, names: &[String], lookup: &str) -> Result<String, String> {
    const HEAD: &str = "fn text(msg: Msg) -> Cow<'static, str> {\n    match msg {\n";
    const TAIL: &str = "\n    }\n}\n";
    let start = src.find(HEAD).ok_or("no `fn text(msg: Msg)` starting with `match msg {`")?;
    let end = start + src[start..].find(TAIL).ok_or("no end of `fn text`")?;
    let mut body = String::new();
    let mut at = start + HEAD.len();
    for arm in simple_arms(src)? {
        if arm.span.start >= at && arm.span.end <= end + 1 && arm.texts.iter().all(|(n, _)| names.contains(n))
        {
            body.push_str(&src[at..arm.span.start]);
            at = arm.span.end;
        }
    }
    body.push_str(&src[at..end]);
    Ok(format!(
        "{}fn text(msg: Msg) -> Cow<'static, str> {{\n    if let Some(k) = super::simple(msg) {{\n        return B({lookup});\n    }}\n    match msg {{\n{body}\n        _ => B(\"\"),{TAIL}{}",
        &src[..start],
        &src[end + TAIL.len()..]
    ))
}

/// The byte before `i` is part of an identifier (`for"`, never in Rust, but `r` in `bar"`).
fn is_word_byte(b: &[u8], i: usize) -> bool {
    i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')
}

/// After a `'` at `i`: a char literal (`'"'`, `'\''`, `'字'`) or a lifetime (`'static`).
fn skip_char_or_lifetime(src: &str, i: usize) -> usize {
    let rest = &src[i + 1..];
    if let Some(esc) = rest.strip_prefix('\\') {
        // An escaped char: up to the closing quote after the escape's first character.
        let skip = esc.chars().next().map_or(0, char::len_utf8);
        return esc[skip..].find('\'').map_or(src.len(), |e| i + 2 + skip + e + 1);
    }
    match rest.chars().next() {
        Some(ch) if rest[ch.len_utf8()..].starts_with('\'') => i + 1 + ch.len_utf8() + 1,
        // A lifetime: its name too, so that `'static` is not read as the keyword.
        _ => i + 1 + rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len()),
    }
}

/// A `"…"` literal at `i`: its value and the index after its closing quote.
fn plain_literal(src: &str, i: usize) -> Result<(String, usize), String> {
    let mut value = String::new();
    let mut chars = src[i + 1..].char_indices();
    while let Some((j, ch)) = chars.next() {
        match ch {
            '"' => return Ok((value, i + 1 + j + 1)),
            '\\' => match chars.next().map(|(_, e)| e) {
                Some('n') => value.push('\n'),
                Some('r') => value.push('\r'),
                Some('t') => value.push('\t'),
                Some('0') => value.push('\0'),
                Some(e @ ('\\' | '"' | '\'')) => value.push(e),
                Some('x') => {
                    let hex: String = chars.by_ref().take(2).map(|(_, h)| h).collect();
                    let n = u8::from_str_radix(&hex, 16).map_err(|_| format!("a bad \\x escape: {hex}"))?;
                    value.push(char::from(n));
                }
                Some('u') => {
                    let hex: String = chars
                        .by_ref()
                        .map(|(_, h)| h)
                        .take_while(|h| *h != '}')
                        .filter(|h| *h != '{' && *h != '_')
                        .collect();
                    let n = u32::from_str_radix(&hex, 16).map_err(|_| format!("a bad \\u escape: {hex}"))?;
                    value.push(char::from_u32(n).ok_or(format!("not a char: \\u{{{hex}}}"))?);
                }
                Some('\n') => {
                    // A line continuation: the newline and the next line's leading blanks go.
                    let rest = chars.as_str();
                    let blanks = rest.len() - rest.trim_start().len();
                    for _ in rest[..blanks].chars() {
                        chars.next();
                    }
                }
                other => return Err(format!("an unknown escape: \\{other:?}")),
            },
            _ => value.push(ch),
        }
    }
    Err("an unclosed string literal".into())
}

/// A `r"…"`, `r#"…"#`, `b"…"` or `b'…'` literal at `i`: its value (raw) and the index after it.
fn raw_literal(src: &str, i: usize) -> Result<(String, usize), String> {
    let rest = &src[i..];
    let rest = rest.strip_prefix('b').unwrap_or(rest);
    let prefix = src.len() - i - rest.len();
    if rest.starts_with('"') {
        let (v, end) = plain_literal(src, i + prefix)?;
        return Ok((v, end));
    }
    if rest.starts_with('\'') {
        return Ok((String::new(), skip_char_or_lifetime(src, i + prefix)));
    }
    let body = rest.strip_prefix('r').ok_or("not a raw string")?;
    let hashes = body.len() - body.trim_start_matches('#').len();
    let open = &body[hashes..];
    let inner = open.strip_prefix('"').ok_or("not a raw string")?;
    let close = format!("\"{}", "#".repeat(hashes));
    let end = inner.find(&close).ok_or("an unclosed raw string")?;
    let start = src.len() - inner.len();
    Ok((inner[..end].to_string(), start + end + close.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moved(src: &str) -> Moved {
        move_literals(src, 10, |n| format!("P({n})")).unwrap()
    }

    #[test]
    fn literals_become_lookups_of_their_entries_in_order_and_once() {
        let m = moved(
            r#"fn f(x: u8) -> &'static str { if x == 0 { "zero" } else if x == 1 { "one" } else { "zero" } }"#,
        );
        assert_eq!(
            m.code,
            "fn f(x: u8) -> &'static str { if x == 0 { P(10) } else if x == 1 { P(11) } else { P(10) } }"
        );
        assert_eq!(m.texts, ["zero", "one"]);
    }

    #[test]
    fn attributes_consts_and_empty_strings_stay() {
        let src = r#"//! Module docs.
#[cfg(not(target_arch = "wasm32"))]
const MONTHS: [&str; 2] = ["January", "February"];
const fn g() -> u8 { 1 }
fn f(n: u8) -> String { String::new() + "" + &n.to_string() }
fn h() -> &'static str { "moved" }"#;
        let m = moved(src);
        assert_eq!(m.texts, ["moved"]);
        assert!(m.code.starts_with("// Module docs.\n#[cfg(not(target_arch = \"wasm32\"))]"), "{}", m.code);
        assert!(m.code.contains(r#"["January", "February"]"#));
        assert!(m.code.contains(r#"String::new() + "" + &n"#) && m.code.contains("{ P(10) }"), "{}", m.code);
    }

    #[test]
    fn format_templates_move_with_their_placeholders_filled_in_order() {
        let src = r#"fn f(n: u8, w: &str) -> String {
    format!("{n} of {}", "three") + &format!( "x{}", n) + &format!("{0}-{1}-{0} {{a|b}}", w, g(if n > 1 { "many" } else { "one" }),)
        + &format!("{w}{m}", m = n * 2) + &format!("{:?}", w) + &format!("{n}") + &format!("same {n}") + &format!("{{}}{}", n)
}"#;
        let m = moved(src);
        assert_eq!(
            m.texts,
            ["three", "{} of {}", "x{}", "many", "one", "{}-{}-{} {a|b}", "{}{}", "{}", "same {}"]
        );
        assert_eq!(
            m.code,
            r#"fn f(n: u8, w: &str) -> String {
    crate::pack::fill(P(11), &[&(n), &(P(10))]) + &crate::pack::fill(P(12), &[&(n)]) + &crate::pack::fill(P(15), &[&(w), &(g(if n > 1 { P(13) } else { P(14) })), &(w)])
        + &crate::pack::fill(P(16), &[&(w), &(n * 2)]) + &format!("{:?}", w) + &crate::pack::fill(P(17), &[&(n)]) + &crate::pack::fill(P(18), &[&(n)]) + &format!("{{}}{}", n)
}"#
        );
    }

    #[test]
    fn escapes_raw_strings_chars_and_comments_read_as_rust_reads_them() {
        let src = "fn f() { let q = '\"'; let e = '\\''; /* \"not\" */ // \"nor\"\n \
                   g(\"a \\\"b\\\"\\n\\u{1F600}\\x41\", r#\"raw \"q\"\"#, b\"bytes\", \"line \\\n      next\") }";
        let m = moved(src);
        assert_eq!(m.texts, ["a \"b\"\n😀A", "raw \"q\"", "line next"]);
        assert!(m.code.contains("'\"'") && m.code.contains("/* \"not\" */ // \"nor\""), "{}", m.code);
        assert!(m.code.contains("g(P(10), P(11), b\"bytes\", P(12))"), "{}", m.code);
    }

    const REGISTER: &str = "use x;\npub(super) fn text(msg: Msg) -> Cow<'static, str> {\n    match msg {\n        Msg::A => B(\"a\"),\n        Msg::B(n) => B(\"b\"),\n        #[cfg(test)]\n        Msg::C => B(\"c\"),\n        Msg::D => B(\n            \"d\",\n        ),\n        Msg::E => B(NAME),\n        Msg::F => O(format!(\"{}\", 1)),\n        Msg::G(v) => B(match v {\n            K::A => \"ga\",\n            K::B | K::C => \"gb\",\n        }),\n        Msg::H(v) => B(match v {\n            K::A => f(),\n        }),\n    }\n}\nfn other() {}\n";

    #[test]
    fn simple_arms_are_a_message_without_values_and_a_literal() {
        let arms = simple_arms(REGISTER).unwrap();
        let found: Vec<(&str, &str)> =
            arms.iter().flat_map(|a| &a.texts).map(|(n, v)| (n.as_str(), v.as_str())).collect();
        assert_eq!(
            found,
            [("Msg::A", "a"), ("Msg::D", "d"), ("Msg::G(K::A)", "ga"), ("Msg::G(K::B | K::C)", "gb")]
        );
        assert!(
            REGISTER[arms[1].span.clone()].starts_with("        Msg::D")
                && REGISTER[arms[1].span.clone()].ends_with("),\n")
        );
        assert!(
            REGISTER[arms[2].span.clone()].starts_with("        Msg::G(v)")
                && REGISTER[arms[2].span.clone()].ends_with("}),\n")
        );
    }

    #[test]
    fn shared_arms_leave_the_match_and_are_looked_up_by_number() {
        let names = ["Msg::A", "Msg::D", "Msg::G(K::A)", "Msg::G(K::B | K::C)"].map(String::from);
        let code = without_arms(REGISTER, &names, "P(7 + k)").unwrap();
        assert_eq!(
            code,
            "use x;\npub(super) fn text(msg: Msg) -> Cow<'static, str> {\n    if let Some(k) = super::simple(msg) {\n        return B(P(7 + k));\n    }\n    match msg {\n        Msg::B(n) => B(\"b\"),\n        #[cfg(test)]\n        Msg::C => B(\"c\"),\n        Msg::E => B(NAME),\n        Msg::F => O(format!(\"{}\", 1)),\n        Msg::H(v) => B(match v {\n            K::A => f(),\n        }),\n        _ => B(\"\"),\n    }\n}\nfn other() {}\n"
        );
        assert!(without_arms("fn f() {}", &[], "x").is_err());
    }

    #[test]
    fn broken_sources_are_refused() {
        assert!(move_literals("fn f() { \"open", 0, |n| n.to_string()).is_err());
        assert!(move_literals("fn f() { \"\\q\" }", 0, |n| n.to_string()).is_err());
    }
}
