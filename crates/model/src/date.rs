//! A calendar date of our own: rules are evaluated "as of" a date, and all we need is to
//! parse `YYYY-MM-DD`, compare, and go back whole years. (`chrono` would cost ~110 KB gzip.)
//!
//! This file is also compiled into `build.rs` (via `#[path]`), so it depends on nothing.

use core::fmt;

/// A valid Gregorian date. Field order makes the derived `Ord` chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub y: u16,
    pub m: u8,
    pub d: u8,
}

impl Date {
    /// Earliest and latest years we accept anywhere (data, deep links, device clock).
    pub const MIN_YEAR: u16 = 1900;
    pub const MAX_YEAR: u16 = 2200;

    /// A date if `y-m-d` exists on the calendar and the year is in range.
    pub const fn new(y: u16, m: u8, d: u8) -> Option<Date> {
        if y < Self::MIN_YEAR || y > Self::MAX_YEAR || m < 1 || m > 12 || d < 1 {
            return None;
        }
        if d > days_in_month(y, m) {
            return None;
        }
        Some(Date { y, m, d })
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> Option<u16> {
            let mut n: u16 = 0;
            for &c in &b[r] {
                if !c.is_ascii_digit() {
                    return None;
                }
                n = n * 10 + u16::from(c - b'0');
            }
            Some(n)
        };
        let y = num(0..4)?;
        let m = u8::try_from(num(5..7)?).ok()?;
        let d = u8::try_from(num(8..10)?).ok()?;
        Date::new(y, m, d)
    }

    /// The date `days` after 1970-01-01 (for a clock that counts days), clamped to the years
    /// we accept. Howard Hinnant's civil-from-days.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + i64::from(m <= 2);
        let y = y.clamp(i64::from(Self::MIN_YEAR), i64::from(Self::MAX_YEAR)) as u16;
        Date { y, m, d: d.min(days_in_month(y, m)) }
    }

    /// Days from 1970-01-01 to this date (negative before it): the inverse of
    /// `from_days_since_epoch`. Howard Hinnant's days-from-civil.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The same day `n` years earlier (29 February becomes 28 February).
    pub fn years_before(self, n: u16) -> Date {
        let y = self.y.saturating_sub(n).max(Self::MIN_YEAR);
        Date { y, m: self.m, d: self.d.min(days_in_month(y, self.m)) }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

pub const fn is_leap(y: u16) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

pub const fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2025-04-01"), Some(Date { y: 2025, m: 4, d: 1 }));
        assert_eq!(Date::parse("2024-02-29"), Some(Date { y: 2024, m: 2, d: 29 }));
        for bad in [
            "2023-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-4-1",
            "２０２５-04-01",
            "2025/04/01",
            "",
            "1899-12-31",
            "9999-01-01",
            "2025-04-01x",
            "+025-04-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?} must be rejected");
        }
    }

    #[test]
    fn orders_chronologically_and_round_trips() {
        let a = Date::parse("2025-03-31").unwrap();
        let b = Date::parse("2025-04-01").unwrap();
        assert!(a < b);
        assert_eq!(b.to_string(), "2025-04-01");
    }

    #[test]
    fn counts_back_whole_years() {
        assert_eq!(Date::parse("2024-02-29").unwrap().years_before(1), Date::parse("2023-02-28").unwrap());
    }

    #[test]
    fn days_since_the_epoch_become_dates() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days_since_epoch(11_016).to_string(), "2000-02-29");
        assert_eq!(Date::from_days_since_epoch(20_788).to_string(), "2026-12-01");
        assert_eq!(Date::from_days_since_epoch(-1).to_string(), "1969-12-31");
        for days in [-1, 0, 59, 60, 11_016, 20_788, 47_481] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(Date::parse("2026-12-01").unwrap().days_since_epoch(), 20_788);
    }
}
