//! Small-number protection: no count, group or quote that comes from fewer than
//! k young people is shown. The thresholds live here so every view uses the same.

/// Smallest group a signed-in reviewer sees a count of, or a quote from.
pub const REVIEWER_MIN_GROUP: i64 = 5;

/// Whether a group of `size` may be shown to a reviewer.
pub fn shown_to_reviewer(size: i64) -> bool {
    size >= REVIEWER_MIN_GROUP
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_under_five_are_not_shown() {
        assert!(!shown_to_reviewer(0));
        assert!(!shown_to_reviewer(4));
        assert!(shown_to_reviewer(5));
    }
}
