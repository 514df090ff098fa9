//! What the Innsatsgruppe publishes: "what we heard" from one view of the overview,
//! with that view's figures as they stood when it was published, and later "what we
//! did" about it. The figures are protected with the public threshold before they
//! are stored, so neither the public page nor the open-data API ever holds a count
//! from fewer than k young people.

use crate::authoring::{self, AuthoringError};
use crate::privacy::Shown;
use crate::{Lang, LocalizedText};
use serde::{Deserialize, Serialize};

pub const MAX_TITLE_CHARS: usize = 140;
pub const MAX_HEARD_CHARS: usize = 4000;
pub const MAX_UPDATE_CHARS: usize = 4000;

/// One framework id (a sub-goal, arena or factor) or a month (`2026-03`) with its
/// protected count. The id `none` is "no sub-goal"/"no arena".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    pub id: String,
    pub count: Shown,
}

/// A published view's figures, protected with threshold `k`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicFigures {
    pub k: i64,
    /// Young people who wrote the texts counted.
    pub young_people: Shown,
    pub texts: Shown,
    /// Texts by main sub-goal and by main arena, most first, `none` last.
    pub goals: Vec<Counted>,
    pub arenas: Vec<Counted>,
    /// Texts that touch each cross-cutting factor (a text may touch several).
    pub factors: Vec<Counted>,
    /// Texts month by month, oldest first.
    pub months: Vec<Counted>,
}

/// A new publication as a reviewer wrote it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub title: LocalizedText,
    pub heard: LocalizedText,
}

/// The title and "what we heard" from a form's fields `title_{lang}` and
/// `heard_{lang}`: each needs text in at least one language.
pub fn draft<'a>(field: impl Fn(&str) -> Option<&'a str>) -> Result<Draft, AuthoringError> {
    let text = |name: &str, max| {
        authoring::required(|l: Lang| field(&format!("{name}_{}", l.code())), max)
    };
    Ok(Draft { title: text("title", MAX_TITLE_CHARS)?, heard: text("heard", MAX_HEARD_CHARS)? })
}

/// A "what we did" update from a form's fields `body_{lang}`.
pub fn update<'a>(
    field: impl Fn(&str) -> Option<&'a str>,
) -> Result<LocalizedText, AuthoringError> {
    authoring::required(|l: Lang| field(&format!("body_{}", l.code())), MAX_UPDATE_CHARS)
}

/// Sorts counts most first (hidden ones after the shown, by id), keeping `none` last.
pub fn most_first(list: &mut [Counted]) {
    list.sort_by_key(|c| (c.id == "none", std::cmp::Reverse(c.count.count()), c.id.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<&'a str> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }

    #[test]
    fn a_publication_needs_a_title_and_what_was_heard_in_some_language() {
        let d =
            draft(form(&[("title_en", " Safe ways home "), ("heard_nn", "Mørke vegar")])).unwrap();
        assert_eq!(d.title.get(Lang::Se), (Lang::En, "Safe ways home"));
        assert_eq!(d.heard.get(Lang::Nb), (Lang::Nn, "Mørke vegar"));
        assert_eq!(draft(form(&[("title_nb", "Tittel")])), Err(AuthoringError::Empty));
        let long = "x".repeat(MAX_TITLE_CHARS + 1);
        assert_eq!(
            draft(form(&[("title_nb", &long), ("heard_nb", "ok")])),
            Err(AuthoringError::TooLong(MAX_TITLE_CHARS))
        );
        assert!(update(form(&[("body_se", "Mii leat dahkan")])).is_ok());
        assert_eq!(update(form(&[("body_se", "  ")])), Err(AuthoringError::Empty));
    }

    #[test]
    fn most_first_keeps_hidden_after_shown_and_none_last() {
        let c = |id: &str, count| Counted { id: id.into(), count };
        let mut list = vec![
            c("none", Shown::Count(50)),
            c("b", Shown::Hidden),
            c("a", Shown::Count(12)),
            c("c", Shown::Count(30)),
        ];
        most_first(&mut list);
        let ids: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c", "a", "b", "none"]);
    }
}
