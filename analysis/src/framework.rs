//! The framework's label ids (goals, arenas, factors) exactly as in
//! `shared/design/framework.md`, and the flat label index the models use.

/// The six sub-goals of the mission.
pub const GOALS: [&str; 6] = [
    "kindergarten",
    "leisure",
    "quality-of-life",
    "mental-health",
    "school-completion",
    "work-education",
];

/// The eight arenas (where in life).
pub const ARENAS: [&str; 8] = [
    "home",
    "neighbourhood",
    "leisure-physical",
    "leisure-digital",
    "education",
    "work",
    "health",
    "social-services",
];

/// The eleven cross-cutting factors.
pub const FACTORS: [&str; 11] = [
    "bullying",
    "loneliness",
    "poverty",
    "substance-use",
    "violence-neglect",
    "disability",
    "belonging",
    "being-heard",
    "service-coordination",
    "housing",
    "transport",
];

/// Number of labels over all three dimensions (ids are unique across dimensions).
pub const N_LABELS: usize = GOALS.len() + ARENAS.len() + FACTORS.len();

/// One of the framework's three dimensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    Goal,
    Arena,
    Factor,
}

impl Dimension {
    pub const ALL: [Dimension; 3] = [Dimension::Goal, Dimension::Arena, Dimension::Factor];

    /// The range of flat label indices belonging to this dimension.
    pub fn range(self) -> std::ops::Range<usize> {
        match self {
            Dimension::Goal => 0..GOALS.len(),
            Dimension::Arena => GOALS.len()..GOALS.len() + ARENAS.len(),
            Dimension::Factor => GOALS.len() + ARENAS.len()..N_LABELS,
        }
    }
}

/// The id of flat label index `i`.
pub fn label_id(i: usize) -> &'static str {
    if i < GOALS.len() {
        GOALS[i]
    } else if i < GOALS.len() + ARENAS.len() {
        ARENAS[i - GOALS.len()]
    } else {
        FACTORS[i - GOALS.len() - ARENAS.len()]
    }
}

/// The flat index of a label id, if it is one of the framework's.
pub fn label_index(id: &str) -> Option<usize> {
    (0..N_LABELS).find(|&i| label_id(i) == id)
}

/// The dimension of flat label index `i`.
pub fn dimension_of(i: usize) -> Dimension {
    Dimension::ALL.into_iter().find(|d| d.range().contains(&i)).unwrap_or(Dimension::Factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for i in 0..N_LABELS {
            assert_eq!(label_index(label_id(i)), Some(i));
        }
        assert_eq!(dimension_of(label_index("home").unwrap()), Dimension::Arena);
        assert_eq!(dimension_of(label_index("transport").unwrap()), Dimension::Factor);
        assert_eq!(label_index("nope"), None);
    }
}
