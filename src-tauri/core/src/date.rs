//! Calendar dates (YYYY-MM-DD) without a date library: flows and follow-ups
//! only need parsing, validation, adding days or months, and today's date.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY-MM-DD.
    Format,
    /// Of the right form but not a day on the calendar (2025-02-30).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("is not a date of the form YYYY-MM-DD"),
            DateError::NoSuchDay => f.write_str("is not a day on the calendar"),
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

impl Date {
    /// Parses `YYYY-MM-DD` strictly: four-digit year, two-digit month and day.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
        let (year, month, day) = (num(0..4) as i32, num(5..7) as u8, num(8..10) as u8);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`].
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today in UTC. Dates in flows are calendar days, so a few hours of
    /// time-zone difference never matter for "is this older than 180 days".
    pub fn today() -> Date {
        let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Date::from_days((secs / 86_400) as i64)
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29),
    /// which is how "one month" deadlines under GDPR Art. 12(3) are usually counted.
    pub fn add_months(self, months: u32) -> Date {
        let total = i64::from(self.month) - 1 + i64::from(months);
        let year = self.year + total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The current time in UTC as `YYYY-MM-DDTHH:MM:SSZ`, the form progress
/// events and exports record.
pub fn now_timestamp() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let day = Date::from_days((secs / 86_400) as i64);
    let s = secs % 86_400;
    format!("{day}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// The calendar day of a timestamp written by [`now_timestamp`].
pub fn day_of(timestamp: &str) -> Option<Date> {
    Date::parse(timestamp.get(..10)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days_and_refuses_impossible_ones() {
        assert_eq!(Date::parse("2024-02-29"), Ok(Date { year: 2024, month: 2, day: 29 }));
        assert_eq!(Date::parse("2025-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("1900-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2000-02-29").map(|d| d.day), Ok(29));
        assert_eq!(Date::parse("2025-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2025-04-31"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2025-00-10"), Err(DateError::NoSuchDay));
        for bad in ["2025-1-01", "25-01-01", "2025/01/01", "2025-01-01T00:00", "", "２０２５-01-01"] {
            assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(Date::parse("1970-01-01").unwrap().to_days(), 0);
        assert_eq!(Date::parse("2000-03-01").unwrap().to_days(), 11_017);
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
    }

    #[test]
    fn month_arithmetic_clamps_to_the_last_day() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2025-01-31").add_months(1), d("2025-02-28"));
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2025-11-15").add_months(3), d("2026-02-15"));
        assert_eq!(d("2025-05-27").add_days(30), d("2025-06-26"));
        assert_eq!(d("2025-05-27").days_until(d("2025-06-26")), 30);
    }
}
