//! The reviewers' overview across all consultations: what young people wrote about,
//! by main sub-goal × main arena (a heat map), by cross-cutting factor, and month by
//! month, for any filter. Every count passes small-number protection
//! (`domain::privacy`, k = 5 for reviewers) before it leaves the server: a hidden
//! count is sent as hidden, never as a number.

use domain::privacy::Shown;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The filters as they stand in the address (`?from=2026-01&county=oslo…`), so
/// every view is a link.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverviewQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub county: Option<String>,
    pub age: Option<String>,
    pub lang: Option<String>,
    pub org: Option<String>,
    pub consultation: Option<String>,
    pub goal: Option<String>,
    pub arena: Option<String>,
    pub factor: Option<String>,
    /// Groups to compare side by side: `age`, `county` or `lang`.
    pub compare: Option<String>,
    /// A theme group of the latest theming run, to follow over time.
    pub theme: Option<String>,
    /// `week` for week-by-week charts; month by month otherwise.
    pub step: Option<String>,
}

impl OverviewQuery {
    /// The query's fields by name, empty ones left out.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        [
            ("from", &self.from),
            ("to", &self.to),
            ("county", &self.county),
            ("age", &self.age),
            ("lang", &self.lang),
            ("org", &self.org),
            ("consultation", &self.consultation),
            ("goal", &self.goal),
            ("arena", &self.arena),
            ("factor", &self.factor),
            ("compare", &self.compare),
            ("theme", &self.theme),
            ("step", &self.step),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().filter(|v| !v.is_empty()).map(|v| (k, v)))
        .collect()
    }

    /// The query from `a=1&b=2`; unknown fields are ignored.
    pub fn parse(query: &str) -> OverviewQuery {
        let mut q = OverviewQuery::default();
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            let slot = match k.as_ref() {
                "from" => &mut q.from,
                "to" => &mut q.to,
                "county" => &mut q.county,
                "age" => &mut q.age,
                "lang" => &mut q.lang,
                "org" => &mut q.org,
                "consultation" => &mut q.consultation,
                "goal" => &mut q.goal,
                "arena" => &mut q.arena,
                "factor" => &mut q.factor,
                "compare" => &mut q.compare,
                "theme" => &mut q.theme,
                "step" => &mut q.step,
                _ => continue,
            };
            *slot = Some(v.into_owned()).filter(|v| !v.is_empty());
        }
        q
    }

    /// `a=1&b=2`, for links to this view, its export and its drill-downs.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.pairs() {
            out.append_pair(k, v);
        }
        out.finish()
    }

    /// The same view narrowed to one goal and arena (a heat-map cell).
    pub fn with_cell(&self, goal: Option<&str>, arena: Option<&str>) -> OverviewQuery {
        self.with(&[("goal", goal), ("arena", arena)])
    }

    /// The same view with these fields set (or cleared, with `None`).
    pub fn with(&self, fields: &[(&str, Option<&str>)]) -> OverviewQuery {
        let mut q = self.clone();
        for (name, value) in fields {
            let value = value.map(str::to_string);
            match *name {
                "county" => q.county = value,
                "age" => q.age = value,
                "lang" => q.lang = value,
                "goal" => q.goal = value,
                "arena" => q.arena = value,
                _ => {}
            }
        }
        q
    }
}

/// One option of a filter: its value in the address and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub name: String,
}

/// One filter: its address field, its options, the one chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterField {
    pub field: String,
    pub label: String,
    pub choices: Vec<Choice>,
    pub chosen: Option<String>,
}

/// A protected table of counts: rows × columns with totals. For the overview the
/// rows are sub-goals and the columns arenas, the last of each "none", so the
/// totals add up to every text counted; for a comparison, groups × sub-goals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeatMap {
    /// The address fields a cell's link sets from its row and its column.
    pub row_field: String,
    pub column_field: String,
    /// Row ids (`None`: none) and names.
    pub goals: Vec<(Option<String>, String)>,
    pub arenas: Vec<(Option<String>, String)>,
    pub cells: Vec<Vec<Shown>>,
    pub row_totals: Vec<Shown>,
    pub column_totals: Vec<Shown>,
    pub total: Shown,
}

/// A named count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub name: String,
    pub value: Shown,
}

/// A theme among the texts of a drilled-down view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillTheme {
    pub no: i64,
    pub words: Vec<(domain::Lang, Vec<String>)>,
    pub texts: i64,
}

/// What a view narrowed to a goal or arena shows besides the numbers: the themes
/// its texts fall into and a few approved quotes — nothing when its texts come from
/// fewer than k young people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drill {
    pub suppressed: bool,
    pub themes: Vec<DrillTheme>,
    pub quotes: Vec<crate::api::respond::Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverviewView {
    pub query: OverviewQuery,
    pub filters: Vec<FilterField>,
    /// The filters in use, in words ("Fylke: Oslo").
    pub described: Vec<String>,
    pub heat: HeatMap,
    /// Groups × sub-goals, when a comparison is chosen.
    pub compare: Option<HeatMap>,
    /// Factors, most mentioned first.
    pub factors: Vec<Bar>,
    /// Whether the charts over time go week by week (else month by month).
    pub weekly: bool,
    /// Months (or weeks), oldest first, and their total.
    pub months: Vec<Bar>,
    pub months_total: Shown,
    /// Young people who wrote, month (or week) by month (each counted once a
    /// month), and in all.
    pub people: Vec<Bar>,
    pub people_total: Shown,
    /// When the view was made, Norwegian time (printed on the report).
    pub made: String,
    /// When a goal or arena is chosen.
    pub drill: Option<Drill>,
    pub k: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OverviewData {
    SignedOut,
    Forbidden,
    /// A filter value that is not one of its options.
    BadFilter,
    Ready(Box<OverviewView>),
}

/// The overview for the filters in `query` (`a=1&b=2`, as in the page address):
/// one string, because a server function's arguments travel as a form.
#[server(endpoint = "staff/overview")]
pub async fn load_overview(query: String) -> Result<OverviewData, ServerFnError> {
    ssr::overview(OverviewQuery::parse(&query)).await
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::*;
    use crate::api::staff::ssr::{context, internal};
    use crate::auth::signed_in::{require, Denied};
    use crate::i18n::{request_lang, tr};
    use domain::clock::{month_of_hour, month_start_hour, parse_month, week_of_hour};
    use domain::privacy::{protect_list, protect_one, protect_table, Cell};
    use domain::{AgeBand, County, Dimension, Lang, Role};
    use store::{OverviewFilter, Store, Tally};

    pub async fn overview(query: OverviewQuery) -> Result<OverviewData, ServerFnError> {
        let (session, store) = context()?;
        match require(&session, &store, &[Role::Reviewer]).await {
            Err(Denied::SignedOut) => return Ok(OverviewData::SignedOut),
            Err(Denied::WrongRole) => return Ok(OverviewData::Forbidden),
            Ok(_) => {}
        }
        let k = crate::api::thresholds().reviewer;
        Ok(match build(&store, query, request_lang(), k).await.map_err(internal)? {
            Some(view) => OverviewData::Ready(Box::new(view)),
            None => OverviewData::BadFilter,
        })
    }

    /// A tally as a cell of texts.
    pub fn cell(t: Tally) -> Cell {
        Cell { count: t.texts, people: t.people, key: t.key }
    }

    /// A tally as a cell of young people (their texts' key: the same people, the
    /// same texts).
    pub fn heads(t: Tally) -> Cell {
        Cell::people(t.people).with_key(t.key)
    }

    /// A query checked against its options and turned into the store's filter.
    pub struct Resolved {
        pub filter: OverviewFilter,
        pub compare_by: Option<store::CompareBy>,
        /// The chosen theme group's words (from k texts of a language), if any.
        pub theme_words: Option<String>,
        pub orgs: Vec<store::Organisation>,
        pub consultations: Vec<(i64, domain::LocalizedText, Option<i64>)>,
    }

    /// `None` when a filter value is not one of its options.
    pub async fn resolve(
        store: &Store,
        query: &OverviewQuery,
        k: i64,
    ) -> Result<Option<Resolved>, store::StoreError> {
        let orgs = store.organisations().await?;
        let consultations = store.consultation_titles().await?;
        let filters = fields(query, Lang::Nb, &orgs, &consultations);
        // Every chosen value must be one of its field's options.
        let chosen_ok = filters
            .iter()
            .all(|f| f.chosen.as_ref().is_none_or(|c| f.choices.iter().any(|x| &x.value == c)));
        if !matches!(query.step.as_deref(), None | Some("" | "month" | "week")) {
            return Ok(None);
        }
        let compare_by = match query.compare.as_deref().unwrap_or("") {
            "" => None,
            "age" => Some(store::CompareBy::AgeBand),
            "county" => Some(store::CompareBy::County),
            "lang" => Some(store::CompareBy::Lang),
            _ => return Ok(None),
        };
        let month = |s: &Option<String>| s.as_deref().filter(|s| !s.is_empty()).map(parse_month);
        let (from, to) = (month(&query.from), month(&query.to));
        if !chosen_ok || matches!(from, Some(None)) || matches!(to, Some(None)) {
            return Ok(None);
        }
        // A theme is a group of the latest finished run, named by its words.
        let mut theme_words = None;
        let theme = match query.theme.as_deref().filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => {
                let Ok(no) = t.parse::<i64>() else { return Ok(None) };
                let Some(run) = store.theme_runs_latest().await?.1 else { return Ok(None) };
                let themes = store.run_themes(run.id).await?;
                let Some(found) = themes.iter().find(|x| x.theme_no == no) else { return Ok(None) };
                // Words from fewer than k texts of a language are not shown.
                theme_words = found
                    .terms
                    .iter()
                    .find(|(_, _, count)| *count >= k)
                    .map(|(_, words, _)| words.join(", "));
                Some((run.id, no))
            }
        };
        let nonempty = |s: &Option<String>| s.clone().filter(|s| !s.is_empty());
        let filter = OverviewFilter {
            from_hour: from.flatten().map(|(y, m)| month_start_hour(y, m)),
            until_hour: to.flatten().map(|(y, m)| month_start_hour(y, m + 1)),
            county: nonempty(&query.county),
            age_band: nonempty(&query.age),
            lang: nonempty(&query.lang),
            organisation: nonempty(&query.org).and_then(|o| o.parse().ok()),
            consultation: nonempty(&query.consultation).and_then(|c| c.parse().ok()),
            goal: nonempty(&query.goal),
            arena: nonempty(&query.arena),
            factor: nonempty(&query.factor),
            theme,
        };
        Ok(Some(Resolved { filter, compare_by, theme_words, orgs, consultations }))
    }

    /// The filters of `query` as form fields and in words ("Fylke: Oslo"), in `lang`.
    pub fn describe(
        query: &OverviewQuery,
        resolved: &Resolved,
        lang: Lang,
    ) -> (Vec<FilterField>, Vec<String>) {
        let filters = fields(query, lang, &resolved.orgs, &resolved.consultations);
        let mut described = Vec::new();
        for (key, value) in [("from", &query.from), ("to", &query.to)] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                described.push(format!("{}: {v}", tr(lang, &format!("overview-filter-{key}"))));
            }
        }
        if resolved.filter.theme.is_some() {
            let words =
                resolved.theme_words.clone().unwrap_or_else(|| tr(lang, "overview-theme-unnamed"));
            described.push(format!("{}: {words}", tr(lang, "overview-filter-theme")));
        }
        for f in &filters {
            if let Some(c) = &f.chosen {
                if let Some(choice) = f.choices.iter().find(|x| &x.value == c) {
                    described.push(format!("{}: {}", f.label, choice.name));
                }
            }
        }
        (filters, described)
    }

    /// Sub-goal × arena counts as a table: rows are `goal_ids`, columns `arena_ids`
    /// (`None` standing for "none").
    pub fn goal_arena_table(
        raw: &store::Overview,
        goal_ids: &[Option<String>],
        arena_ids: &[Option<String>],
    ) -> Vec<Vec<Cell>> {
        let mut table = vec![vec![Cell::default(); arena_ids.len()]; goal_ids.len()];
        for (g, a, t) in &raw.cells {
            let r = goal_ids.iter().position(|id| id == g);
            let c = arena_ids.iter().position(|id| id == a);
            if let (Some(r), Some(c)) = (r, c) {
                table[r][c] = cell(*t);
            }
        }
        table
    }

    /// A framework dimension's ids followed by `None` ("none of them").
    pub fn ids_and_none(d: Dimension) -> Vec<Option<String>> {
        d.ids().iter().cloned().map(Some).chain(std::iter::once(None)).collect()
    }

    /// Hours summed into months (`2026-03`), oldest first; every response has one
    /// hour, so both texts and young people add up.
    pub fn by_month(raw: &store::Overview) -> Vec<(String, Tally)> {
        by_period(raw, false)
    }

    /// Hours summed into months (`2026-03`) or ISO weeks (`2026-W09`), oldest first.
    pub fn by_period(raw: &store::Overview, weekly: bool) -> Vec<(String, Tally)> {
        let mut by_month: Vec<((i64, i64), Tally)> = Vec::new();
        for (hour, t) in &raw.hours {
            let m = if weekly { week_of_hour(*hour) } else { month_of_hour(*hour) };
            match by_month.iter_mut().find(|(x, _)| *x == m) {
                Some((_, sum)) => {
                    sum.texts += t.texts;
                    sum.people += t.people;
                    sum.key = sum.key.wrapping_add(t.key);
                }
                None => by_month.push((m, *t)),
            }
        }
        by_month.sort_by_key(|(m, _)| *m);
        let name = |(y, n): (i64, i64)| {
            if weekly {
                format!("{y:04}-W{n:02}")
            } else {
                format!("{y:04}-{n:02}")
            }
        };
        by_month.into_iter().map(|(m, t)| (name(m), t)).collect()
    }

    /// The protected view for `query` in `lang` with threshold `k`; `None` when a
    /// filter value is not one of its options. Shared by the page and its exports.
    pub async fn build(
        store: &Store,
        query: OverviewQuery,
        lang: Lang,
        k: i64,
    ) -> Result<Option<OverviewView>, store::StoreError> {
        let Some(resolved) = resolve(store, &query, k).await? else { return Ok(None) };
        let (filters, described) = describe(&query, &resolved, lang);
        let filter = &resolved.filter;
        let raw = store.overview(filter).await?;

        let name = |d: Dimension, id: &str| tr(lang, &format!("{}-{id}", d.as_str()));
        let axis = |d: Dimension, none: &str| -> Vec<(Option<String>, String)> {
            d.ids()
                .iter()
                .map(|id| (Some(id.clone()), name(d, id)))
                .chain(std::iter::once((None, tr(lang, none))))
                .collect()
        };
        let goals = axis(Dimension::Goal, "overview-no-goal");
        let arenas = axis(Dimension::Arena, "overview-no-arena");
        let goal_ids: Vec<Option<String>> = goals.iter().map(|(id, _)| id.clone()).collect();
        let arena_ids: Vec<Option<String>> = arenas.iter().map(|(id, _)| id.clone()).collect();
        let protected = protect_table(&goal_arena_table(&raw, &goal_ids, &arena_ids), k);

        let mut factors: Vec<(String, Tally)> = raw.factors.clone();
        factors.sort_by(|a, b| b.1.texts.cmp(&a.1.texts).then(a.0.cmp(&b.0)));
        let factors = factors
            .into_iter()
            .filter(|(id, _)| Dimension::Factor.knows(id))
            .map(|(id, t)| Bar {
                name: name(Dimension::Factor, &id),
                value: protect_one(cell(t), k),
            })
            .collect();

        let weekly = query.step.as_deref() == Some("week");
        let by_month = by_period(&raw, weekly);
        let cells: Vec<Cell> = by_month.iter().map(|(_, t)| cell(*t)).collect();
        let (shown, months_total) = protect_list(&cells, k);
        let months = by_month
            .iter()
            .zip(shown)
            .map(|((name, _), value)| Bar { name: name.clone(), value })
            .collect();
        // Every response has one hour, so a month's young people add up from its hours.
        let heads: Vec<Cell> = by_month.iter().map(|(_, t)| heads(*t)).collect();
        let (shown, people_total) = protect_list(&heads, k);
        let people = by_month
            .iter()
            .zip(shown)
            .map(|((name, _), value)| Bar { name: name.clone(), value })
            .collect();

        let compare = match resolved.compare_by {
            None => None,
            Some(by) => Some(comparison(store, filter, by, &filters, &goals, lang, k).await?),
        };
        let drill = if filter.goal.is_some() || filter.arena.is_some() {
            Some(drill(store, filter, protected.total, lang, k).await?)
        } else {
            None
        };
        Ok(Some(OverviewView {
            drill,
            query,
            filters,
            described,
            compare,
            heat: HeatMap {
                row_field: "goal".into(),
                column_field: "arena".into(),
                goals,
                arenas,
                cells: protected.cells,
                row_totals: protected.row_totals,
                column_totals: protected.column_totals,
                total: protected.total,
            },
            factors,
            weekly,
            months,
            months_total,
            people,
            people_total,
            made: domain::clock::norway_local(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(0),
            ),
            k,
        }))
    }

    /// Groups (age bands, counties or languages) × main sub-goals, protected like
    /// the heat map.
    async fn comparison(
        store: &Store,
        filter: &OverviewFilter,
        by: store::CompareBy,
        fields: &[FilterField],
        goals: &[(Option<String>, String)],
        lang: Lang,
        k: i64,
    ) -> Result<HeatMap, store::StoreError> {
        let field = match by {
            store::CompareBy::AgeBand => "age",
            store::CompareBy::County => "county",
            store::CompareBy::Lang => "lang",
        };
        let mut groups: Vec<(Option<String>, String)> = fields
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.choices.iter().map(|c| (Some(c.value.clone()), c.name.clone())).collect())
            .unwrap_or_default();
        groups.push((None, tr(lang, "overview-not-given")));
        let raw = store.overview_compare(filter, by).await?;
        let mut table = vec![vec![Cell::default(); goals.len()]; groups.len()];
        for (g, goal, t) in &raw {
            let r = groups.iter().position(|(id, _)| id == g);
            let c = goals.iter().position(|(id, _)| id == goal);
            if let (Some(r), Some(c)) = (r, c) {
                table[r][c] = cell(*t);
            }
        }
        let p = protect_table(&table, k);
        Ok(HeatMap {
            row_field: field.into(),
            column_field: "goal".into(),
            goals: groups,
            arenas: goals.to_vec(),
            cells: p.cells,
            row_totals: p.row_totals,
            column_totals: p.column_totals,
            total: p.total,
        })
    }

    /// Quotes shown in a drilled-down view.
    const QUOTES: i64 = 5;

    async fn drill(
        store: &Store,
        filter: &OverviewFilter,
        total: Shown,
        lang: Lang,
        k: i64,
    ) -> Result<Drill, store::StoreError> {
        // The total is shown only when one cell alone comes from k young people.
        if total.count().is_none_or(|n| n == 0) {
            return Ok(Drill { suppressed: true, themes: Vec::new(), quotes: Vec::new() });
        }
        let mut themes = Vec::new();
        if let (_, Some(run)) = store.theme_runs_latest().await? {
            let stored = store.run_themes(run.id).await?;
            let mut counted = store.overview_themes(filter, run.id).await?;
            counted.sort_by(|a, b| b.1.texts.cmp(&a.1.texts).then(a.0.cmp(&b.0)));
            for (no, tally) in counted {
                let Shown::Count(texts) = protect_one(cell(tally), k) else { continue };
                let Some(theme) = stored.iter().find(|t| t.theme_no == no) else { continue };
                let words = theme
                    .terms
                    .iter()
                    .filter(|(_, _, count)| *count >= k)
                    .filter_map(|(code, w, _)| Lang::parse(code).map(|l| (l, w.clone())))
                    .collect();
                themes.push(DrillTheme { no, words, texts });
            }
        }
        let quotes = store
            .overview_quotes(filter, QUOTES)
            .await?
            .into_iter()
            .map(|q| crate::api::respond::Text {
                lang: Lang::parse(&q.lang).unwrap_or(lang),
                text: q.text,
            })
            .collect();
        Ok(Drill { suppressed: false, themes, quotes })
    }

    fn fields(
        q: &OverviewQuery,
        lang: Lang,
        orgs: &[store::Organisation],
        consultations: &[(i64, domain::LocalizedText, Option<i64>)],
    ) -> Vec<FilterField> {
        let field = |field: &str, choices: Vec<Choice>, chosen: &Option<String>| FilterField {
            field: field.to_string(),
            label: tr(lang, &format!("overview-filter-{field}")),
            choices,
            chosen: chosen.clone().filter(|c| !c.is_empty()),
        };
        let choice = |value: &str, name: String| Choice { value: value.to_string(), name };
        let framework = |d: Dimension| {
            d.ids()
                .iter()
                .map(|id| choice(id, tr(lang, &format!("{}-{id}", d.as_str()))))
                .collect::<Vec<_>>()
        };
        vec![
            field(
                "county",
                County::ALL.iter().map(|c| choice(c, tr(lang, &format!("county-{c}")))).collect(),
                &q.county,
            ),
            field(
                "age",
                AgeBand::ALL
                    .iter()
                    .map(|a| choice(a.id(), tr(lang, &format!("age-{}", a.id()))))
                    .collect(),
                &q.age,
            ),
            field(
                "lang",
                Lang::ALL.iter().map(|l| choice(l.code(), l.endonym().to_string())).collect(),
                &q.lang,
            ),
            field(
                "org",
                orgs.iter().map(|o| choice(&o.id.to_string(), o.name.clone())).collect(),
                &q.org,
            ),
            field(
                "consultation",
                consultations
                    .iter()
                    .map(|(id, title, _)| choice(&id.to_string(), title.get(lang).1.to_string()))
                    .collect(),
                &q.consultation,
            ),
            field("goal", framework(Dimension::Goal), &q.goal),
            field("arena", framework(Dimension::Arena), &q.arena),
            field("factor", framework(Dimension::Factor), &q.factor),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_survives_the_address() {
        let q = OverviewQuery {
            county: Some("oslo".into()),
            from: Some("2026-03".into()),
            goal: Some("mental-health".into()),
            ..Default::default()
        };
        let s = q.to_query_string();
        assert_eq!(s, "from=2026-03&county=oslo&goal=mental-health");
        assert_eq!(OverviewQuery::parse(&s), q);
        assert_eq!(OverviewQuery::parse("county=&x=1&lang=se").lang.as_deref(), Some("se"));
        assert_eq!(OverviewQuery::parse("county=&x=1"), OverviewQuery::default());
        let cell = q.with_cell(Some("leisure"), None);
        assert_eq!(cell.goal.as_deref(), Some("leisure"));
        assert_eq!(cell.arena, None);
        assert_eq!(cell.county.as_deref(), Some("oslo"));
    }
}
