//! What a widget in a frame tells the page around it, and nothing else: its content height;
//! and on each screen, the register (for the frame's title) and whether the person opened a
//! new screen (for the loader to bring the frame's top into view). The embed loader
//! (`assets/embed.js`) accepts exactly these messages, from its own frame only.
//!
//! The height is rounded up to a step, so the host learns little about what is on screen (a
//! height is a side channel: it would tell how long a result is), and bounded, so a bug can
//! never make the host page absurdly tall.

/// The height message's `type` (`height`: a number).
pub const HEIGHT: &str = "ksn:height";
/// The screen message's `type` (`lang`: a register's key; `top`: whether the person opened a
/// new screen).
pub const SCREEN: &str = "ksn:screen";
/// Heights are whole multiples of this many CSS pixels.
pub const STEP: u32 = 120;
/// Never less than this (the loader's own lower bound)…
pub const MIN: u32 = 240;
/// …and never more (past it, the frame scrolls inside).
pub const MAX: u32 = 19_920;

/// The height to report for content `px` tall: rounded up to the step, within the bounds.
/// Not-a-number or negative heights report the minimum.
pub fn reported_height(px: f64) -> u32 {
    if px.is_nan() || px <= 0.0 {
        return MIN;
    }
    let steps = (px / f64::from(STEP)).ceil().min(f64::from(MAX / STEP)) as u32;
    (steps * STEP).clamp(MIN, MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_height_is_rounded_up_to_a_step_and_bounded() {
        assert_eq!(reported_height(1.0), MIN);
        assert_eq!(reported_height(600.0), 600);
        assert_eq!(reported_height(600.5), 720);
        assert_eq!(reported_height(4321.0), 4440);
        assert_eq!(reported_height(1e12), MAX);
        for junk in [f64::NAN, -5.0, 0.0, f64::NEG_INFINITY] {
            assert_eq!(reported_height(junk), MIN);
        }
        assert_eq!(reported_height(f64::INFINITY), MAX);
        for px in (1..30_000).step_by(7) {
            let h = reported_height(f64::from(px));
            assert_eq!(h % STEP, 0);
            assert!((MIN..=MAX).contains(&h));
            assert!(h >= px.min(MAX), "never cuts content short below the maximum");
        }
    }
}
