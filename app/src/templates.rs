//! The consultation templates organisations start from, shipped as data files in
//! `content/templates/`, complete in all four languages.

use domain::ConsultationDef;

/// Template id (its file name) and its JSON.
pub const TEMPLATES: [(&str, &str); 3] = [
    ("fritid-der-du-bor", include_str!("../../content/templates/fritid-der-du-bor.json")),
    ("skole-og-trivsel", include_str!("../../content/templates/skole-og-trivsel.json")),
    ("bli-hort-i-kommunen", include_str!("../../content/templates/bli-hort-i-kommunen.json")),
];

/// The template with this id, parsed.
pub fn template(id: &str) -> Option<ConsultationDef> {
    TEMPLATES.iter().find(|(t, _)| *t == id).and_then(|(_, json)| serde_json::from_str(json).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_complete_in_all_four_languages() {
        for (id, _) in TEMPLATES {
            let def = template(id).unwrap_or_else(|| panic!("{id} parses"));
            def.check().unwrap();
            let all = |t: &domain::LocalizedText| t.languages().count() == 4;
            assert!(all(&def.title) && all(&def.intro), "{id}");
            for q in &def.questions {
                assert!(all(&q.prompt), "{id}: {:?}", q.prompt);
                assert!(q.options.iter().all(all), "{id}: {:?}", q.options);
                assert!(q.help.as_ref().is_none_or(all), "{id}");
            }
        }
    }
}
