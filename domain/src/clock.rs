//! Times as Norwegian staff read them: Norwegian local time (CET, or CEST from the
//! last Sunday of March to the last Sunday of October, switching at 01:00 UTC),
//! written `2026-11-24 10:30`, which reads the same in all four languages.

/// `secs` (Unix time) as Norwegian local date and time, to the minute.
pub fn norway_local(secs: i64) -> String {
    let offset = if summer_time(secs) { 7200 } else { 3600 };
    let local = secs + offset;
    let (y, m, d) = civil(local.div_euclid(86_400));
    let minute = local.rem_euclid(86_400) / 60;
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", minute / 60, minute % 60)
}

/// The first hour (hours since the Unix epoch, UTC) of a calendar month.
pub fn month_start_hour(year: i64, month: i64) -> i64 {
    days(year, month, 1) * 24
}

/// The calendar month (UTC) an hour since the Unix epoch falls in.
pub fn month_of_hour(hour: i64) -> (i64, i64) {
    let (y, m, _) = civil(hour.div_euclid(24));
    (y, m)
}

/// The ISO week (UTC) an hour since the Unix epoch falls in: (week-numbering
/// year, week 1–53). Weeks start on Monday; week 1 holds the year's first Thursday.
pub fn week_of_hour(hour: i64) -> (i64, i64) {
    let day = hour.div_euclid(24);
    // 1970-01-01 was a Thursday: Monday is 0.
    let weekday = (day + 3).rem_euclid(7);
    let thursday = day - weekday + 3;
    let (year, _, _) = civil(thursday);
    (year, (thursday - days(year, 1, 1)) / 7 + 1)
}

/// `2026-04` into (2026, 4); `None` for anything else.
pub fn parse_month(s: &str) -> Option<(i64, i64)> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let (y, m) = (y.parse::<i64>().ok()?, m.parse::<i64>().ok()?);
    ((1970..=9999).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

fn summer_time(secs: i64) -> bool {
    let (year, _, _) = civil(secs.div_euclid(86_400));
    let start = last_sunday(year, 3) * 86_400 + 3600;
    let end = last_sunday(year, 10) * 86_400 + 3600;
    (start..end).contains(&secs)
}

/// Days since 1970-01-01 of the last Sunday in `month` of `year`.
fn last_sunday(year: i64, month: i64) -> i64 {
    let last = days(year, month + 1, 1) - 1;
    // 1970-01-01 was a Thursday: day 3 counted from Monday = 0.
    let weekday = (last + 3).rem_euclid(7);
    last - (weekday + 1) % 7
}

/// Days since 1970-01-01 of a date (Howard Hinnant's algorithm).
fn days(year: i64, month: i64, day: i64) -> i64 {
    let (y, m) = if month > 12 { (year + 1, month - 12) } else { (year, month) };
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day counted from 1970-01-01.
fn civil(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_weeks_as_a_calendar_has_them() {
        // Checked against Python's date.isocalendar(); 05:00 UTC on each day.
        for (hour, week) in [
            (490_901, (2026, 1)),
            (499_661, (2026, 53)),
            (492_341, (2026, 10)),
            (499_565, (2026, 53)),
            (482_093, (2025, 1)),
            (447_125, (2020, 53)),
            (498_749, (2026, 48)),
        ] {
            assert_eq!(week_of_hour(hour), week, "hour {hour}");
        }
    }

    #[test]
    fn winter_and_summer_time() {
        // 2026-11-24 09:30 UTC is 10:30 in Oslo (CET).
        assert_eq!(norway_local(1_795_512_600), "2026-11-24 10:30");
        // 2026-07-01 12:00 UTC is 14:00 (CEST).
        assert_eq!(norway_local(1_782_907_200), "2026-07-01 14:00");
    }

    #[test]
    fn months_and_hours() {
        assert_eq!(month_start_hour(1970, 1), 0);
        assert_eq!(month_start_hour(2026, 12), 1_796_083_200 / 3600, "2026-12-01T00:00Z");
        assert_eq!(month_of_hour(1_796_083_200 / 3600 - 1), (2026, 11));
        assert_eq!(month_of_hour(1_796_083_200 / 3600), (2026, 12));
        assert_eq!(month_start_hour(2026, 13), month_start_hour(2027, 1));
        assert_eq!(parse_month("2026-04"), Some((2026, 4)));
        for bad in ["2026-4", "2026-13", "26-04", "x", "2026-04-01", ""] {
            assert_eq!(parse_month(bad), None, "{bad}");
        }
    }

    #[test]
    fn switches_on_the_last_sundays() {
        // 2026-03-29 00:59 UTC is still winter time, 01:00 UTC is summer time.
        assert_eq!(norway_local(1_774_745_940), "2026-03-29 01:59");
        assert_eq!(norway_local(1_774_746_000), "2026-03-29 03:00");
        // 2026-10-25 00:59 UTC is summer time, 01:00 UTC winter again.
        assert_eq!(norway_local(1_792_889_940), "2026-10-25 02:59");
        assert_eq!(norway_local(1_792_890_000), "2026-10-25 02:00");
        assert_eq!(norway_local(0), "1970-01-01 01:00");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::hostile::nasty;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// A month from a URL is refused or is one that formats back to itself.
        #[test]
        fn months_parse_or_are_refused(raw in prop_oneof![nasty(), "[0-9+-]{1,4}-[0-9+-]{1,3}"]) {
            if let Some((y, m)) = parse_month(&raw) {
                prop_assert_eq!(format!("{y:04}-{m:02}"), raw);
                prop_assert_eq!(month_of_hour(month_start_hour(y, m)), (y, m));
            }
        }

        /// Every instant from 1970 to 9999 has a local time and a week.
        #[test]
        fn local_times_never_panic(secs in 0i64..253_402_300_799) {
            let shown = norway_local(secs);
            prop_assert_eq!(shown.len(), "2026-11-24 10:30".len());
            let (_, week) = week_of_hour(secs / 3600);
            prop_assert!((1..=53).contains(&week));
        }
    }
}
