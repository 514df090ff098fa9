//! The mission's framework: 6 goals, 8 arenas and 11 cross-cutting factors, by
//! stable id. The ids are data (`content/framework.json`); their labels are in
//! the locales.

use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
pub struct Framework {
    pub goals: Vec<String>,
    pub arenas: Vec<String>,
    pub factors: Vec<String>,
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
}
