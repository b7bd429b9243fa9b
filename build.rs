//! Compiles the data files (`assets/data/`) and the text catalogues (`assets/text/`) into Rust
//! statics and the register packs, after checking them: `navi_model::build` does it all, the
//! same code the native tests call. The widget never parses data at start-up and never fetches
//! it: what a resident sees was checked here, when the site was built. A problem stops the
//! build, naming the file, the record or key, the field or register, and what to fix.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=assets/data");
    println!("cargo:rerun-if-changed=assets/text");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    if let Err(e) = navi_model::build::compile(Path::new(&root), Path::new(&out)) {
        for line in e.lines().skip(1) {
            println!("cargo:warning={}", line.trim());
        }
        panic!("{e}");
    }
}
