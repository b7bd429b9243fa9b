//! Writes the static pages (the data review page and the privacy page in each register) and the
//! register packs into the built site:
//! `cargo run --bin pages -- DIR` or, as Trunk's post-build hook, into `TRUNK_STAGING_DIR`.
//! The date on the page is the build date in Japan.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::{SystemTime, UNIX_EPOCH};

    use kumamoto_shien_navi::date::Date;
    use kumamoto_shien_navi::pages;
    use kumamoto_shien_navi::text::Lang;

    let dir =
        std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()).unwrap_or_else(|| {
            eprintln!("pages: give the output directory (or run as a Trunk hook)");
            std::process::exit(2)
        });
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let today = Date::from_days_since_epoch(((secs + 9 * 3600) / 86_400) as i64);
    let stylesheet = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("pages: {dir}: {e}"))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("style-") && n.ends_with(".css"))
        .unwrap_or_else(|| panic!("pages: no style-*.css in {dir}"));
    for l in Lang::ALL {
        let file = std::path::Path::new(&dir).join(pages::review_file(l));
        std::fs::write(&file, pages::review_page(l, today, &stylesheet))
            .unwrap_or_else(|e| panic!("pages: {}: {e}", file.display()));
        let file = std::path::Path::new(&dir).join(kumamoto_shien_navi::link::privacy_page(l));
        std::fs::write(&file, pages::privacy_page(l, &stylesheet))
            .unwrap_or_else(|e| panic!("pages: {}: {e}", file.display()));
    }
    // The start screen of each register into index.html, so it paints before the wasm arrives.
    let index = std::path::Path::new(&dir).join("index.html");
    let html = std::fs::read_to_string(&index).unwrap_or_else(|e| panic!("pages: {}: {e}", index.display()));
    if !html.contains("class=\"navi boot\"") {
        let html = pages::with_start_screens(&html).unwrap_or_else(|| {
            panic!("pages: {} has no <div id=app> for the start screens", index.display())
        });
        std::fs::write(&index, html).unwrap_or_else(|e| panic!("pages: {}: {e}", index.display()));
    }
    // The register packs the widget fetches after start (src/pack), named by their hash.
    for (i, p) in kumamoto_shien_navi::pack::PACKS.iter().enumerate() {
        let file = std::path::Path::new(&dir).join(p.file);
        std::fs::write(&file, kumamoto_shien_navi::pack::file(i))
            .unwrap_or_else(|e| panic!("pages: {}: {e}", file.display()));
    }
    for (name, text) in pages::frame_headers() {
        let file = std::path::Path::new(&dir).join(name);
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("pages: {}: {e}", file.display()));
    }
    println!(
        "pages: start screens in index.html, review and privacy pages, register packs, framing headers ({today}) written to {dir}"
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
