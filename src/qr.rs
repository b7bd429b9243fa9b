//! QR codes, for what must leave a kiosk or a printed slip with the person: an official page, a
//! map, a phone number, the share link. Encoded with Nayuki's `qrcodegen` (MIT, no dependency;
//! measured here as the smallest of three in the download) and drawn as one SVG path, so no
//! image is ever loaded. Pure: tested natively by decoding what it draws.

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

/// Light modules around the code, as the standard asks, so a phone finds it on any background.
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: its width in modules (quiet zone included) and an SVG path of the
/// dark modules, one rectangle per horizontal run, in that coordinate space.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub width: i32,
    pub path: String,
}

/// The QR code of `text` with error correction M (it survives a smudge or a crease in a
/// printed slip), or `None` when the text is too long for any QR code.
pub fn encode(text: &str) -> Option<Qr> {
    // One byte segment and a fixed mask: every mask is valid and reads on phones; choosing the
    // "best" one by penalty scores costs the download more than it earns here.
    let segment = QrSegment::make_bytes(text.as_bytes());
    let code = QrCode::encode_segments_advanced(
        &[segment],
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        Some(Mask::new(MASK)),
        false,
    )
    .ok()?;
    Some(draw(&code))
}

/// The mask pattern every code uses (see `encode`).
const MASK: u8 = 0;

fn draw(code: &QrCode) -> Qr {
    use std::fmt::Write as _;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let _ = write!(
                path,
                "M{} {}h{}v1H{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                start + QUIET_ZONE
            );
        }
    }
    Qr { width: size + 2 * QUIET_ZONE, path }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Draws the path's rectangles into a grid of modules (the path grammar `draw` writes).
    fn modules(qr: &Qr) -> Vec<Vec<bool>> {
        let w = qr.width as usize;
        let mut grid = vec![vec![false; w]; w];
        for rect in qr.path.split('M').filter(|s| !s.is_empty()) {
            let nums: Vec<usize> = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            let (x, y, run) = (nums[0], nums[1], nums[2]);
            for cell in &mut grid[y][x..x + run] {
                *cell = true;
            }
        }
        grid
    }

    /// Decodes a drawn QR code as a phone would see it: rendered to pixels (4 per module) and
    /// read by an independent decoder.
    fn decode(qr: &Qr) -> String {
        let grid = modules(qr);
        let scale = 4;
        let px = grid.len() * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            if grid[y / scale][x / scale] { 0 } else { 255 }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code in the picture");
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn what_is_drawn_decodes_to_the_exact_text() {
        for text in [
            "https://www.city.yatsushiro.lg.jp/",
            "tel:0965312111",
            "https://jsite.mhlw.go.jp/kumamoto-roudoukyoku/newpage_00432.html",
            "https://example.jp/navi/#grad=1998&school=univ&work=nonregular&muni=432024&lang=easy",
            "https://www.google.com/maps/search/?api=1&query=32.5075,130.6019444",
        ] {
            let qr = encode(text).unwrap();
            assert_eq!(decode(&qr), text);
        }
    }

    #[test]
    fn the_quiet_zone_is_four_light_modules_on_every_side() {
        let qr = encode("tel:0963521122").unwrap();
        let grid = modules(&qr);
        let w = grid.len();
        for (y, row) in grid.iter().enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                let edge = x < 4 || y < 4 || x >= w - 4 || y >= w - 4;
                assert!(!(edge && dark), "dark module at {x},{y} in the quiet zone");
            }
        }
        // Version 1 is 21 modules wide; the finder patterns start right inside the zone.
        assert!(grid[4][4] && grid[4][w - 5] && grid[w - 5][4]);
    }

    #[test]
    fn too_long_is_none_not_a_panic() {
        assert!(encode(&"x".repeat(3000)).is_none());
    }
}
