//! What the reviewers' overview counts: free texts that are not hidden and have
//! been labelled, across all consultations, by their main sub-goal × main arena,
//! by cross-cutting factor and by hour, each count with the number of distinct
//! young people (responses) it comes from — the number small-number protection
//! needs. Filters narrow the texts by period, county, age band, language,
//! organisation, consultation, goal, arena and factor.
//!
//! The counts are raw: the caller hides what comes from too few people
//! (`domain::privacy`) before anything is shown.

use crate::{on_pool, Store, StoreError};
use sqlx::Row;
use tracing::instrument;

/// Which texts the overview counts; `None` is "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OverviewFilter {
    /// Submitted at or after this hour (hours since the Unix epoch).
    pub from_hour: Option<i64>,
    /// Submitted before this hour.
    pub until_hour: Option<i64>,
    pub county: Option<String>,
    pub age_band: Option<String>,
    /// The language the text is written in (as detected).
    pub lang: Option<String>,
    pub organisation: Option<i64>,
    pub consultation: Option<i64>,
    /// Main sub-goal.
    pub goal: Option<String>,
    /// Main arena.
    pub arena: Option<String>,
    /// Any of the text's factors.
    pub factor: Option<String>,
    /// Texts in this group (theme number) of this theming run.
    pub theme: Option<(i64, i64)>,
}

/// What the overview compares side by side: groups of young people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareBy {
    AgeBand,
    County,
    /// The language a text is written in.
    Lang,
}

impl CompareBy {
    fn column(self) -> &'static str {
        match self {
            CompareBy::AgeBand => "r.age_band",
            CompareBy::County => "r.county",
            CompareBy::Lang => "t.lang",
        }
    }
}

/// A count of texts and of the distinct young people who wrote them, with the sum
/// of the texts' ids: the same set of texts always has the same sum, whichever
/// filter selected it, so small-number protection can adjust its count the same
/// way every time (`domain::privacy`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tally {
    pub texts: i64,
    pub people: i64,
    pub key: i64,
}

/// What each grouping counts (PostgreSQL sums bigints as numeric: cast back).
const TALLY: &str = "COUNT(*) AS texts, COUNT(DISTINCT t.response_key) AS people, \
                     CAST(SUM(t.id) AS BIGINT) AS texts_key";

/// Two keys (`None`: not given) and their tally.
pub type Paired = (Option<String>, Option<String>, Tally);

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overview {
    /// (main goal, main arena) → tally; `None` where a text has no such label.
    pub cells: Vec<Paired>,
    /// Factor id → tally (a text with two factors counts in both).
    pub factors: Vec<(String, Tally)>,
    /// Submission hour → tally; every response has one hour, so hours add up.
    pub hours: Vec<(i64, Tally)>,
}

/// The texts counted and the tables their filters need: responses always (hour,
/// county, age band), sessions and consultations only for an organisation or
/// consultation filter — a join that costs a second on a million texts otherwise.
fn from_clause(f: &OverviewFilter, join: &str) -> String {
    let mut from =
        String::from("FROM text_reviews t JOIN responses r ON r.idempotency_key = t.response_key");
    if f.organisation.is_some() || f.consultation.is_some() {
        from.push_str(
            " JOIN sessions s ON s.id = t.session_id JOIN consultations c ON c.id = s.consultation_id",
        );
    }
    from.push_str(join);
    from.push_str(" WHERE t.status <> 'hidden' AND t.labelled > 0");
    from
}

/// One row per factor label of each text.
const FACTOR_ROWS: &str = " JOIN text_labels l ON l.review_id = t.id AND l.dimension = 'factor'";

/// Appends the filter's conditions to a query that ends in [`from_clause`].
fn push_filter<'a, DB: sqlx::Database>(q: &mut sqlx::QueryBuilder<'a, DB>, f: &'a OverviewFilter)
where
    i64: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
{
    if let Some(h) = f.from_hour {
        q.push(" AND r.submitted_hour >= ").push_bind(h);
    }
    if let Some(h) = f.until_hour {
        q.push(" AND r.submitted_hour < ").push_bind(h);
    }
    let texts = [
        (" AND r.county = ", &f.county),
        (" AND r.age_band = ", &f.age_band),
        (" AND t.lang = ", &f.lang),
        (" AND t.main_goal = ", &f.goal),
        (" AND t.main_arena = ", &f.arena),
    ];
    for (sql, value) in texts {
        if let Some(v) = value {
            q.push(sql).push_bind(v.as_str());
        }
    }
    if let Some(o) = f.organisation {
        q.push(" AND c.organisation_id = ").push_bind(o);
    }
    if let Some(c) = f.consultation {
        q.push(" AND c.id = ").push_bind(c);
    }
    if let Some((run, no)) = f.theme {
        q.push(
            " AND EXISTS (SELECT 1 FROM theme_members y WHERE y.review_id = t.id AND y.run_id = ",
        )
        .push_bind(run)
        .push(" AND y.theme_no = ")
        .push_bind(no)
        .push(")");
    }
    if let Some(factor) = &f.factor {
        q.push(
            " AND EXISTS (SELECT 1 FROM text_labels x WHERE x.review_id = t.id \
             AND x.dimension = 'factor' AND x.label = ",
        )
        .push_bind(factor.as_str())
        .push(")");
    }
}

/// The three groupings the overview needs, each one query.
#[derive(Clone, Copy)]
enum Grouping {
    Cells,
    Factors,
    Hours,
}

/// One grouping's rows: its key columns as text/number pairs and the tally.
type Grouped = Vec<(Option<String>, Option<String>, i64, Tally)>;

impl Store {
    /// The overview's raw counts for the texts `filter` selects: from the facts in
    /// memory once they are loaded (`overview_index`), from the database until then.
    #[instrument(skip_all)]
    pub async fn overview(&self, filter: &OverviewFilter) -> Result<Overview, StoreError> {
        match self.overview_from_facts(filter).await? {
            Some(o) => Ok(o),
            None => self.overview_from_database(filter).await,
        }
    }

    /// The same counts straight from the database: three groupings at once, on
    /// three connections. Seconds on a million texts.
    #[instrument(skip_all)]
    pub async fn overview_from_database(
        &self,
        filter: &OverviewFilter,
    ) -> Result<Overview, StoreError> {
        let (cells, factors, hours) = tokio::try_join!(
            self.grouped(filter, Grouping::Cells),
            self.grouped(filter, Grouping::Factors),
            self.grouped(filter, Grouping::Hours),
        )?;
        Ok(Overview {
            cells: cells.into_iter().map(|(g, a, _, t)| (g, a, t)).collect(),
            factors: factors.into_iter().filter_map(|(f, _, _, t)| Some((f?, t))).collect(),
            hours: hours.into_iter().map(|(_, _, h, t)| (h, t)).collect(),
        })
    }

    async fn grouped(&self, filter: &OverviewFilter, by: Grouping) -> Result<Grouped, StoreError> {
        let (select, group, factor_rows) = match by {
            Grouping::Cells => (
                "t.main_goal AS a, t.main_arena AS b, CAST(0 AS BIGINT) AS n",
                "t.main_goal, t.main_arena",
                false,
            ),
            // One row per factor label of each text.
            Grouping::Factors => {
                ("l.label AS a, CAST(NULL AS TEXT) AS b, CAST(0 AS BIGINT) AS n", "l.label", true)
            }
            Grouping::Hours => (
                "CAST(NULL AS TEXT) AS a, CAST(NULL AS TEXT) AS b, r.submitted_hour AS n",
                "r.submitted_hour",
                false,
            ),
        };
        on_pool!(&self.backend, pool => {
            let mut q = sqlx::QueryBuilder::new(format!(
                "SELECT {select}, {TALLY} {}",
                from_clause(filter, if factor_rows { FACTOR_ROWS } else { "" })
            ));
            push_filter(&mut q, filter);
            q.push(" GROUP BY ").push(group);
            q.build()
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| Ok((r.try_get("a")?, r.try_get("b")?, r.try_get("n")?, tally_from(r)?)))
                .collect()
        })
    }
}

impl Store {
    /// (group, main goal) → tally for the texts `filter` selects: the groups side by
    /// side. `None` is a group that did not say (no age band, no county).
    #[instrument(skip_all)]
    pub async fn overview_compare(
        &self,
        filter: &OverviewFilter,
        by: CompareBy,
    ) -> Result<Vec<Paired>, StoreError> {
        match self.compare_from_facts(filter, by).await? {
            Some(c) => Ok(c),
            None => self.overview_compare_from_database(filter, by).await,
        }
    }

    /// [`Store::overview_compare`] straight from the database.
    #[instrument(skip_all)]
    pub async fn overview_compare_from_database(
        &self,
        filter: &OverviewFilter,
        by: CompareBy,
    ) -> Result<Vec<Paired>, StoreError> {
        let column = by.column();
        on_pool!(&self.backend, pool => {
            let mut q = sqlx::QueryBuilder::new(format!(
                "SELECT {column} AS g, t.main_goal AS goal, {TALLY} {}",
                from_clause(filter, "")
            ));
            push_filter(&mut q, filter);
            q.push(format!(" GROUP BY {column}, t.main_goal"));
            q.build()
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| Ok((r.try_get("g")?, r.try_get("goal")?, tally_from(r)?)))
                .collect()
        })
    }
}

impl Store {
    /// Up to `limit` approved texts that `filter` selects, newest first: quotes for
    /// a drilled-down view (the caller shows them only for a group of k people).
    #[instrument(skip_all)]
    pub async fn overview_quotes(
        &self,
        filter: &OverviewFilter,
        limit: i64,
    ) -> Result<Vec<crate::PlainText>, StoreError> {
        let join = " JOIN answers a ON a.response_key = t.response_key AND a.seq = t.seq";
        on_pool!(&self.backend, pool => {
            let mut q = sqlx::QueryBuilder::new(format!(
                "SELECT t.id, t.lang, a.title, a.body {} AND t.status = 'approved'",
                from_clause(filter, join)
            ));
            push_filter(&mut q, filter);
            q.push(" ORDER BY t.id DESC LIMIT ").push_bind(limit);
            q.build().fetch_all(pool).await?.iter().map(crate::free_text::plain_from).collect()
        })
    }

    /// How the texts `filter` selects fall into the groups of theming run `run`.
    #[instrument(skip_all)]
    pub async fn overview_themes(
        &self,
        filter: &OverviewFilter,
        run: i64,
    ) -> Result<Vec<(i64, Tally)>, StoreError> {
        match self.themes_from_facts(filter, run).await? {
            Some(t) => Ok(t),
            None => self.overview_themes_from_database(filter, run).await,
        }
    }

    /// [`Store::overview_themes`] straight from the database.
    #[instrument(skip_all)]
    pub async fn overview_themes_from_database(
        &self,
        filter: &OverviewFilter,
        run: i64,
    ) -> Result<Vec<(i64, Tally)>, StoreError> {
        // `run` is a stored run's id (a number), so it can stand in the SQL itself.
        let join = format!(" JOIN theme_members m ON m.review_id = t.id AND m.run_id = {run}");
        on_pool!(&self.backend, pool => {
            let mut q = sqlx::QueryBuilder::new(format!(
                "SELECT m.theme_no, {TALLY} {}",
                from_clause(filter, &join)
            ));
            push_filter(&mut q, filter);
            q.push(" GROUP BY m.theme_no");
            q.build()
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| Ok((r.try_get("theme_no")?, tally_from(r)?)))
                .collect()
        })
    }
}

fn tally_from<R: Row>(r: &R) -> Result<Tally, StoreError>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    Ok(Tally {
        texts: r.try_get("texts")?,
        people: r.try_get("people")?,
        key: r.try_get("texts_key")?,
    })
}
