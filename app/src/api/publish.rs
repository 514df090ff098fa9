//! "What we heard" and "what we did": a reviewer publishes one view of the overview
//! with a text in the mission's languages, and later adds what was done about it.
//! The view's figures are protected with the public threshold (k = 10 unless
//! configured) when it is published and stored that way; the public page and the
//! open-data API read only those stored figures, never the texts.

use crate::api::overview::Bar;
use crate::api::respond::Text;
use domain::privacy::Shown;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A publication's figures with names in the reader's language ("no sub-goal" and
/// "no arena" left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiguresView {
    pub k: i64,
    pub young_people: Shown,
    pub texts: Shown,
    pub goals: Vec<Bar>,
    pub arenas: Vec<Bar>,
    pub factors: Vec<Bar>,
    pub months: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateView {
    pub date: String,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicationView {
    pub id: i64,
    pub title: Text,
    pub heard: Text,
    /// Norwegian date it was published (`2026-11-24`).
    pub date: String,
    /// The filters of the view it came from, in words.
    pub described: Vec<String>,
    pub figures: FiguresView,
    pub updates: Vec<UpdateView>,
    pub withdrawn: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PublicationsData {
    SignedOut,
    Forbidden,
    Ready { csrf: String, publications: Vec<PublicationView> },
}

/// The form for publishing one overview view, with its public figures as they
/// would be published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NewPublicationData {
    SignedOut,
    Forbidden,
    BadFilter,
    Ready { csrf: String, query: String, described: Vec<String>, figures: Box<FiguresView> },
}

/// Reviewers' list of what has been published, withdrawn ones too.
#[server(endpoint = "staff/publications")]
pub async fn load_publications() -> Result<PublicationsData, ServerFnError> {
    ssr::publications().await
}

/// The publish form for the overview view `query` (`a=1&b=2`).
#[server(endpoint = "staff/publications/new")]
pub async fn load_new_publication(query: String) -> Result<NewPublicationData, ServerFnError> {
    ssr::new_publication(query).await
}

/// Everything published and not withdrawn, for anyone.
#[server(endpoint = "heard")]
pub async fn load_heard() -> Result<Vec<PublicationView>, ServerFnError> {
    ssr::heard().await
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::*;
    use crate::api::overview::ssr::{
        by_month, cell, describe, goal_arena_table, heads, ids_and_none, resolve, Resolved,
    };
    use crate::api::overview::OverviewQuery;
    use crate::api::staff::ssr::{context, internal};
    use crate::api::thresholds;
    use crate::auth::csrf;
    use crate::auth::signed_in::{require, Denied};
    use crate::i18n::{request_lang, tr};
    use domain::privacy::{protect_list, protect_one, protect_table};
    use domain::publication::{most_first, Counted, PublicFigures};
    use domain::{Dimension, Lang, Role};
    use store::{Described, Store};

    /// The figures of the view `filter` selects, protected with `k`: texts by
    /// sub-goal and by arena are the margins of the sub-goal × arena table (so
    /// they are suppressed together), months and young people as lists with their
    /// totals, factors each on its own.
    pub async fn figures(
        store: &Store,
        resolved: &Resolved,
        k: i64,
    ) -> Result<PublicFigures, store::StoreError> {
        let raw = store.overview(&resolved.filter).await?;
        let goal_ids = ids_and_none(Dimension::Goal);
        let arena_ids = ids_and_none(Dimension::Arena);
        let table = protect_table(&goal_arena_table(&raw, &goal_ids, &arena_ids), k);
        let id = |x: &Option<String>| x.clone().unwrap_or_else(|| "none".into());
        let mut goals: Vec<Counted> = goal_ids
            .iter()
            .zip(&table.row_totals)
            .map(|(g, count)| Counted { id: id(g), count: *count })
            .collect();
        let mut arenas: Vec<Counted> = arena_ids
            .iter()
            .zip(&table.column_totals)
            .map(|(a, count)| Counted { id: id(a), count: *count })
            .collect();
        most_first(&mut goals);
        most_first(&mut arenas);
        let mut factors: Vec<Counted> = raw
            .factors
            .iter()
            .filter(|(id, _)| Dimension::Factor.knows(id))
            .map(|(id, t)| Counted { id: id.clone(), count: protect_one(cell(*t), k) })
            .collect();
        most_first(&mut factors);
        let months = by_month(&raw);
        let (shown, _) = protect_list(&months.iter().map(|(_, t)| cell(*t)).collect::<Vec<_>>(), k);
        let (_, young_people) =
            protect_list(&months.iter().map(|(_, t)| heads(*t)).collect::<Vec<_>>(), k);
        Ok(PublicFigures {
            k,
            young_people,
            texts: table.total,
            goals,
            arenas,
            factors,
            months: months
                .iter()
                .zip(shown)
                .map(|((month, _), count)| Counted { id: month.clone(), count })
                .collect(),
        })
    }

    /// What publishing the overview view `query` would store: the query as an
    /// address, its filters in words in every language, and its public figures.
    /// `None` when a filter value is not one of its options. A comparison is not
    /// part of what is published.
    pub async fn prepare(
        store: &Store,
        query: &str,
        k: i64,
    ) -> Result<Option<(String, Described, PublicFigures)>, store::StoreError> {
        let mut query = OverviewQuery::parse(query.trim_start_matches('?'));
        query.compare = None;
        let Some(resolved) = resolve(store, &query, k).await? else { return Ok(None) };
        let described = Lang::ALL.iter().map(|l| (*l, describe(&query, &resolved, *l).1)).collect();
        let figures = figures(store, &resolved, k).await?;
        Ok(Some((query.to_query_string(), described, figures)))
    }

    /// The name of a counted sub-goal, arena or factor in `lang`; sub-goals and
    /// arenas have a "none".
    pub fn counted_name(d: Dimension, id: &str, lang: Lang) -> String {
        match (d, id) {
            (Dimension::Goal, "none") => tr(lang, "overview-no-goal"),
            (Dimension::Arena, "none") => tr(lang, "overview-no-arena"),
            _ => tr(lang, &format!("{}-{id}", d.as_str())),
        }
    }

    /// Names the figures' ids in `lang`.
    pub fn figures_view(f: &PublicFigures, lang: Lang) -> FiguresView {
        // "No sub-goal" and "no arena" are in the open data, not on the pages.
        let named = |d: Dimension, list: &[Counted]| -> Vec<Bar> {
            list.iter()
                .filter(|c| c.id != "none")
                .map(|c| Bar { name: counted_name(d, &c.id, lang), value: c.count })
                .collect()
        };
        FiguresView {
            k: f.k,
            young_people: f.young_people,
            texts: f.texts,
            goals: named(Dimension::Goal, &f.goals),
            arenas: named(Dimension::Arena, &f.arenas),
            factors: named(Dimension::Factor, &f.factors),
            months: f.months.iter().map(|c| Bar { name: c.id.clone(), value: c.count }).collect(),
        }
    }

    fn text(t: &domain::LocalizedText, lang: Lang) -> Text {
        let (lang, text) = t.get(lang);
        Text { lang, text: text.to_string() }
    }

    /// A day in Norwegian time.
    pub fn date(secs: i64) -> String {
        domain::clock::norway_local(secs).chars().take(10).collect()
    }

    pub fn publication_view(p: &store::Publication, lang: Lang) -> PublicationView {
        PublicationView {
            id: p.id,
            title: text(&p.title, lang),
            heard: text(&p.heard, lang),
            date: date(p.published_at),
            described: p
                .described
                .get(&lang)
                .or_else(|| p.described.get(&Lang::Nb))
                .cloned()
                .unwrap_or_default(),
            figures: figures_view(&p.figures, lang),
            updates: p
                .updates
                .iter()
                .map(|u| UpdateView { date: date(u.created_at), text: text(&u.body, lang) })
                .collect(),
            withdrawn: p.withdrawn,
        }
    }

    pub async fn publications() -> Result<PublicationsData, ServerFnError> {
        let (session, store) = context()?;
        match require(&session, &store, &[Role::Reviewer]).await {
            Err(Denied::SignedOut) => return Ok(PublicationsData::SignedOut),
            Err(Denied::WrongRole) => return Ok(PublicationsData::Forbidden),
            Ok(_) => {}
        }
        let lang = request_lang();
        let list = store.publications(true).await.map_err(internal)?;
        Ok(PublicationsData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            publications: list.iter().map(|p| publication_view(p, lang)).collect(),
        })
    }

    pub async fn new_publication(query: String) -> Result<NewPublicationData, ServerFnError> {
        let (session, store) = context()?;
        match require(&session, &store, &[Role::Reviewer]).await {
            Err(Denied::SignedOut) => return Ok(NewPublicationData::SignedOut),
            Err(Denied::WrongRole) => return Ok(NewPublicationData::Forbidden),
            Ok(_) => {}
        }
        let lang = request_lang();
        let Some((query, described, figures)) =
            prepare(&store, &query, thresholds().public).await.map_err(internal)?
        else {
            return Ok(NewPublicationData::BadFilter);
        };
        Ok(NewPublicationData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            query,
            described: described.get(&lang).cloned().unwrap_or_default(),
            figures: Box::new(figures_view(&figures, lang)),
        })
    }

    pub async fn heard() -> Result<Vec<PublicationView>, ServerFnError> {
        let store = use_context::<Store>().ok_or_else(|| ServerFnError::new("no store"))?;
        let lang = request_lang();
        let list = store.publications(false).await.map_err(internal)?;
        Ok(list.iter().map(|p| publication_view(p, lang)).collect())
    }
}
