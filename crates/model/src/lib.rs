//! くまもと支援ナビ's data model, in one place: each record (a municipality, an office, a
//! source, a notice, a programme and its dated rules) is declared once here, with `record!`,
//! and that one declaration gives
//!
//! - the type the widget uses at run time (this crate without features: no dependency);
//! - with the feature `build`, how it is read from a data file, with every problem naming the
//!   file, the record and the field (`load::Load`), and how it is written back as a Rust static
//!   for the widget (`bake::Bake`).
//!
//! `build.rs` and the native tests use the feature: `build::compile` reads every data file and
//! text catalogue, checks them, and writes the generated code and the register packs.

pub mod date;
pub mod text;

pub mod directory;
pub mod rules;

#[cfg(feature = "build")]
pub mod bake;
#[cfg(feature = "build")]
pub mod build;
#[cfg(feature = "build")]
pub mod load;

/// Declares a record once: the struct, and with the feature `build` its loader (from a TOML
/// table whose keys are the field names) and its baker (a Rust expression that builds it).
/// A field written `name: Type = computed` is not read from the file: the build fills it in.
#[macro_export]
macro_rules! record {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $(
                $(#[$fmeta:meta])*
                $fvis:vis $field:ident : $ty:ty $(= $how:ident)?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$fmeta])* $fvis $field : $ty, )*
        }

        #[cfg(feature = "build")]
        impl $crate::bake::Bake for $name {
            fn bake(&self, b: &mut $crate::bake::Baker) -> String {
                let mut s = String::from(concat!(stringify!($name), " { "));
                $(
                    s.push_str(concat!(stringify!($field), ": "));
                    s.push_str(&$crate::bake::Bake::bake(&self.$field, b));
                    s.push_str(", ");
                )*
                s.push('}');
                s
            }
        }

        #[cfg(feature = "build")]
        impl $crate::load::Load for $name {
            fn load(v: &$crate::load::Value, at: &mut $crate::load::At) -> Option<Self> {
                let t = at.table(v)?;
                let keys: &[Option<&str>] = &[$( $crate::record!(@key $field $(, $how)?) ),*];
                at.only(t, keys.iter().flatten().copied());
                $( let $field: Option<$ty> = $crate::record!(@load at, t, $field $(, $how)?); )*
                Some(Self { $( $field: $field?, )* })
            }
        }
    };
    (@key $field:ident) => { Some(stringify!($field)) };
    (@key $field:ident, computed) => { None };
    (@load $at:ident, $t:ident, $field:ident) => { $at.field($t, stringify!($field)) };
    (@load $at:ident, $t:ident, $field:ident, computed) => { Some(Default::default()) };
}

/// A closed set of values written in the data files by a key: the enum, `ALL`, `key()`,
/// `from_key()`, and with the feature `build` its loader (a key, or a problem listing the
/// known keys) and baker.
#[macro_export]
macro_rules! keyed {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $key:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];

            /// The key the data files (and the DOM, where it appears there) write.
            pub const fn key(self) -> &'static str {
                match self {
                    $( $name::$variant => $key, )*
                }
            }

            pub fn from_key(s: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.key() == s)
            }
        }

        #[cfg(feature = "build")]
        impl $crate::bake::Bake for $name {
            fn bake(&self, _: &mut $crate::bake::Baker) -> String {
                match self {
                    $( $name::$variant => concat!(stringify!($name), "::", stringify!($variant)).to_string(), )*
                }
            }
        }

        #[cfg(feature = "build")]
        impl $crate::load::Load for $name {
            fn load(v: &$crate::load::Value, at: &mut $crate::load::At) -> Option<Self> {
                let s = at.string(v)?;
                $name::from_key(s).or_else(|| {
                    let known: Vec<&str> = $name::ALL.iter().map(|v| v.key()).collect();
                    at.problem(format!("{s:?} is not one of {}", known.join(", ")));
                    None
                })
            }
        }
    };
}
