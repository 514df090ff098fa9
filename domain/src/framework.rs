//! The mission's framework: 6 goals, 8 arenas and 11 cross-cutting factors, by
//! stable id. The ids are data (`content/framework.json`); their labels are in
//! the locales.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
pub struct Framework {
    pub goals: Vec<String>,
    pub arenas: Vec<String>,
    pub factors: Vec<String>,
}

/// The three dimensions a free text is labelled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Goal,
    Arena,
    Factor,
}

impl Dimension {
    pub const ALL: [Dimension; 3] = [Dimension::Goal, Dimension::Arena, Dimension::Factor];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Goal => "goal",
            Dimension::Arena => "arena",
            Dimension::Factor => "factor",
        }
    }

    pub fn parse(s: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// The ids this dimension allows.
    pub fn ids(self) -> &'static [String] {
        let f = framework();
        match self {
            Dimension::Goal => &f.goals,
            Dimension::Arena => &f.arenas,
            Dimension::Factor => &f.factors,
        }
    }

    /// Whether `id` is one of this dimension's ids.
    pub fn knows(self, id: &str) -> bool {
        self.ids().iter().any(|known| known == id)
    }
}

pub fn framework() -> &'static Framework {
    static F: OnceLock<Framework> = OnceLock::new();
    F.get_or_init(|| {
        // Compiled in and checked by a test; a broken file is a build defect.
        serde_json::from_str(include_str!("../../content/framework.json"))
            .expect("content/framework.json parses")
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_framework_has_its_six_goals_eight_arenas_and_eleven_factors() {
        let f = super::framework();
        assert_eq!((f.goals.len(), f.arenas.len(), f.factors.len()), (6, 8, 11));
        assert!(f.goals.contains(&"mental-health".to_string()));
        assert!(f.arenas.contains(&"social-services".to_string()));
    }

    #[test]
    fn dimensions_know_only_their_own_ids() {
        use super::Dimension;
        assert!(Dimension::Goal.knows("leisure"));
        assert!(!Dimension::Goal.knows("transport"));
        assert!(Dimension::Factor.knows("transport"));
        assert_eq!(Dimension::parse("arena"), Some(Dimension::Arena));
        assert_eq!(Dimension::parse("theme"), None);
    }
}
