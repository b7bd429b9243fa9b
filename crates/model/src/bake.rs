//! Writing a value back as the Rust expression that builds it, for the generated statics (the
//! idea of ICU4X's `databake`). Records and keyed enums get their `Bake` from `record!` and
//! `keyed!`; the leaves are here.
//!
//! A text of the data (`Tr`) goes to the register packs: the `Baker` numbers it, explicitly and
//! once however often it recurs (`Packs`), and bakes `tr!(n, "日本語", "other registers"…)`,
//! which keeps only `n` in the wasm.

use crate::date::Date;
use crate::directory::{MuniCode, Sourced};
use crate::text::{Lang, Tr};

pub trait Bake {
    fn bake(&self, b: &mut Baker) -> String;
}

/// The texts of every register pack, entry by entry: entry `n` of each pack is the same text
/// in that register. The catalogues' messages come first, in catalogue order (so a message's
/// key is its entry); then the data's texts, each once, in the order the build bakes them.
#[derive(Debug, Default)]
pub struct Packs {
    /// One column per register (`Lang::pack`).
    pub columns: Vec<Vec<String>>,
}

impl Packs {
    pub fn new() -> Packs {
        Packs { columns: vec![Vec::new(); crate::text::PACKS] }
    }

    pub fn len(&self) -> usize {
        self.columns.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends a text given in every register; its entry.
    pub fn push(&mut self, words: &[&str]) -> u16 {
        let n = self.len();
        for (column, text) in self.columns.iter_mut().zip(words) {
            column.push(text.to_string());
        }
        u16::try_from(n).expect("the register packs hold more texts than an entry can number")
    }

    /// The entry of a text already in the packs from `from` on, or a new one.
    pub fn entry(&mut self, words: &[&str], from: usize) -> u16 {
        let found = (from..self.len()).find(|&i| self.columns.iter().zip(words).all(|(c, t)| c[i] == *t));
        match found {
            Some(i) => i as u16,
            None => self.push(words),
        }
    }
}

/// What the baking of the data needs besides the values: the register packs being filled.
pub struct Baker {
    pub packs: Packs,
    /// Where the data's texts begin in the packs (after the catalogues' messages).
    pub data_from: usize,
}

impl Baker {
    pub fn new(packs: Packs) -> Baker {
        let data_from = packs.len();
        Baker { packs, data_from }
    }

    /// A data text: its pack entry (a value that reads the same in every register too: in the
    /// wasm a text is only its entry).
    pub fn tr(&mut self, t: &Tr) -> String {
        let words: Vec<&str> = Lang::ALL.iter().map(|&l| t.get(l)).collect();
        let n = self.packs.entry(&words, self.data_from);
        let mut s = format!("tr!({n}");
        for w in words {
            s.push_str(&format!(", {w:?}"));
        }
        s.push(')');
        s
    }
}

impl Bake for Tr {
    fn bake(&self, b: &mut Baker) -> String {
        b.tr(self)
    }
}

impl Bake for &'static str {
    fn bake(&self, _: &mut Baker) -> String {
        format!("{self:?}")
    }
}

macro_rules! plain {
    ($($t:ty),*) => { $(
        impl Bake for $t {
            fn bake(&self, _: &mut Baker) -> String {
                format!("{self:?}")
            }
        }
    )* };
}
plain!(bool, u8, u16, u32, f64);

impl Bake for Date {
    fn bake(&self, _: &mut Baker) -> String {
        format!("Date {{ y: {}, m: {}, d: {} }}", self.y, self.m, self.d)
    }
}

impl Bake for MuniCode {
    fn bake(&self, _: &mut Baker) -> String {
        format!("MuniCode({})", self.0)
    }
}

impl Bake for crate::rules::ProgrammeId {
    fn bake(&self, _: &mut Baker) -> String {
        format!("ProgrammeId({:?})", self.0)
    }
}

impl Bake for Sourced {
    fn bake(&self, b: &mut Baker) -> String {
        format!("Sourced {{ value: {}, source: {:?} }}", b.tr(&self.value), self.source)
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, b: &mut Baker) -> String {
        match self {
            None => "None".to_string(),
            Some(v) => format!("Some({})", v.bake(b)),
        }
    }
}

impl<A: Bake, B: Bake> Bake for (A, B) {
    fn bake(&self, b: &mut Baker) -> String {
        format!("({}, {})", self.0.bake(b), self.1.bake(b))
    }
}

impl<T: Bake> Bake for &'static [T] {
    fn bake(&self, b: &mut Baker) -> String {
        let items: Vec<String> = self.iter().map(|v| v.bake(b)).collect();
        format!("&[{}]", items.join(", "))
    }
}
