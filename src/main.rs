//! Mounts the widget. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    kumamoto_shien_navi::ui::start();
}

/// The widget only runs in a browser; on the host, `cargo test` exercises the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("くまもと支援ナビ runs in the browser: `make serve`, then open http://127.0.0.1:8080");
}

/// Talc instead of the default dlmalloc: about 2 KiB less to download (brotli), measured on the
/// release build. Without realloc-in-place, which saves more bytes; the widget reallocates little.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
