//! The reviewers' overview counted from memory.
//!
//! Counting a million texts with `COUNT(DISTINCT response)` takes seconds in either
//! database; the overview must answer in a tenth of one. So each server process
//! keeps the few facts the overview counts — per text: its response, main
//! sub-goal, main arena, language, factors, whether it counts (labelled, not
//! hidden), its theme in the latest finished theming run; per response: hour,
//! county, age band, session — about 60 bytes a text, and counts them directly.
//!
//! The facts are loaded on first use (in the background: the database answers
//! until they are ready) and kept up to date from `overview_changes`, a log that
//! database triggers append to whenever a text is added, moderated, labelled or
//! relabelled (migration 0011). Every count first applies the log's new rows, so a
//! count reflects every change committed before it began, in every process. On
//! PostgreSQL a log id can become visible after a higher one (transactions commit
//! out of order), so the reader remembers which ids above its low-water mark it
//! has applied and waits a while for missing ones before giving up on them.
//!
//! The counts are the same as the database's (`server/tests/overview.rs` and the
//! tests below compare them on random data); a filter the facts cannot answer (a
//! theme of an older run, more than 64 distinct factors) is left to the database.

use crate::overview::{CompareBy, Overview, OverviewFilter, Paired, Tally};
use crate::{on_pool, Store, StoreError};
use futures_util::TryStreamExt;
use sqlx::Row;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{Mutex, RwLock};

/// A numbered value that is not there (no label, no county).
const NONE: u16 = u16::MAX;
/// More changes than this since the last look: load everything again instead.
const RELOAD_AFTER: usize = 100_000;
/// A log id missing this long below ids already seen was never committed.
const GAP_PATIENCE: Duration = Duration::from_secs(30);
/// Log rows kept; older ones are pruned about once an hour.
const LOG_KEEP: i64 = 500_000;
/// Texts loaded per statement when applying changes.
const CHUNK: usize = 500;

/// The distinct strings of one column, numbered.
#[derive(Default)]
struct Dict {
    names: Vec<String>,
    index: HashMap<String, u16>,
}

impl Dict {
    fn id(&mut self, s: Option<&str>) -> u16 {
        let Some(s) = s else { return NONE };
        if let Some(i) = self.index.get(s) {
            return *i;
        }
        self.names.push(s.to_string());
        let i = (self.names.len() - 1) as u16;
        self.index.insert(s.to_string(), i);
        i
    }

    /// A filter value's number: `Ok(None)` for no filter, `Err(())` for a value
    /// no text has (so nothing matches).
    fn wanted(&self, s: &Option<String>) -> Result<Option<u16>, ()> {
        match s {
            None => Ok(None),
            Some(s) => self.index.get(s.as_str()).map(|i| Some(*i)).ok_or(()),
        }
    }

    fn name(&self, i: u16) -> Option<String> {
        (i != NONE).then(|| self.names[i as usize].clone())
    }

    /// Slots for counting by this column: one per value and one for "none".
    fn slots(&self) -> usize {
        self.names.len() + 1
    }

    /// The value a counting slot stands for (`None` for the "none" slot).
    fn value_at(&self, slot: usize) -> Option<String> {
        self.names.get(slot).cloned()
    }

    fn slot(&self, i: u16) -> usize {
        if i == NONE {
            self.names.len()
        } else {
            i as usize
        }
    }
}

#[derive(Clone, Copy)]
struct Fact {
    id: i64,
    response: u32,
    goal: u16,
    arena: u16,
    lang: u16,
    /// Bit i: factor number i.
    factors: u64,
    /// Labelled and not hidden: what the overview counts.
    counted: bool,
    /// Its group in the loaded theming run, or -1.
    theme: i64,
}

struct Response {
    hour: i64,
    county: u16,
    age: u16,
    session: i64,
}

/// One count being made: texts, distinct responses, the sum of text ids.
#[derive(Clone, Copy)]
struct Acc {
    texts: i64,
    people: i64,
    key: i64,
    last: u32,
}

impl Default for Acc {
    fn default() -> Self {
        Acc { texts: 0, people: 0, key: 0, last: u32::MAX }
    }
}

impl Acc {
    /// Counts `f`; the texts of one response come one after another, so a
    /// response is new to this count when it differs from the last one counted.
    fn add(&mut self, f: &Fact) {
        self.texts += 1;
        self.key = self.key.wrapping_add(f.id);
        if self.last != f.response {
            self.people += 1;
            self.last = f.response;
        }
    }

    fn tally(&self) -> Tally {
        Tally { texts: self.texts, people: self.people, key: self.key }
    }
}

#[derive(Default)]
struct Facts {
    texts: Vec<Fact>,
    at: HashMap<i64, usize>,
    responses: Vec<Response>,
    response_at: HashMap<String, u32>,
    goals: Dict,
    arenas: Dict,
    langs: Dict,
    counties: Dict,
    ages: Dict,
    factors: Dict,
    /// Session → (consultation, organisation).
    sessions: HashMap<i64, (i64, Option<i64>)>,
    /// The theming run whose groups `Fact::theme` holds.
    theme_run: Option<i64>,
    /// Every log id up to this one has been applied…
    applied_below: i64,
    /// …and these above it.
    applied_above: BTreeSet<i64>,
    /// Missing log ids above the low-water mark, and when they were first missed.
    gaps: HashMap<i64, Instant>,
    /// Whether each response's texts still sit next to each other.
    grouped: bool,
}

/// One text's row as loaded.
struct Loaded {
    id: i64,
    response_key: String,
    session: i64,
    lang: String,
    hidden: bool,
    labelled: bool,
    goal: Option<String>,
    arena: Option<String>,
    hour: i64,
    county: Option<String>,
    age: Option<String>,
}

const LOAD_SELECT: &str = "SELECT t.id, t.response_key, t.session_id, t.lang, t.status, \
     t.labelled, t.main_goal, t.main_arena, r.submitted_hour, r.county, r.age_band \
     FROM text_reviews t JOIN responses r ON r.idempotency_key = t.response_key";

fn loaded_from<R: Row>(r: &R) -> Result<Loaded, sqlx::Error>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<String>: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    Ok(Loaded {
        id: r.try_get("id")?,
        response_key: r.try_get("response_key")?,
        session: r.try_get("session_id")?,
        lang: r.try_get("lang")?,
        hidden: r.try_get::<String, _>("status")? == "hidden",
        labelled: r.try_get::<i64, _>("labelled")? > 0,
        goal: r.try_get("main_goal")?,
        arena: r.try_get("main_arena")?,
        hour: r.try_get("submitted_hour")?,
        county: r.try_get("county")?,
        age: r.try_get("age_band")?,
    })
}

impl Facts {
    /// Puts a loaded text in, replacing what was known of it; its factors are
    /// set separately.
    fn put(&mut self, l: Loaded) {
        let (response, known) = match self.response_at.get(&l.response_key) {
            Some(r) => (*r, true),
            None => {
                let r = self.responses.len() as u32;
                self.responses.push(Response {
                    hour: l.hour,
                    county: self.counties.id(l.county.as_deref()),
                    age: self.ages.id(l.age.as_deref()),
                    session: l.session,
                });
                self.response_at.insert(l.response_key, r);
                (r, false)
            }
        };
        let fact = Fact {
            id: l.id,
            response,
            goal: self.goals.id(l.goal.as_deref()),
            arena: self.arenas.id(l.arena.as_deref()),
            lang: self.langs.id(Some(&l.lang)),
            factors: 0,
            counted: l.labelled && !l.hidden,
            theme: -1,
        };
        match self.at.get(&l.id) {
            Some(&i) => {
                let old = self.texts[i];
                self.texts[i] = Fact { theme: old.theme, ..fact };
            }
            None => {
                // A new text of a response seen before, not right after its
                // other texts, breaks the grouping counting relies on.
                if known && self.texts.last().is_some_and(|last| last.response != response) {
                    self.grouped = false;
                }
                self.at.insert(l.id, self.texts.len());
                self.texts.push(fact);
            }
        }
    }

    /// Sets a text's factors; `false` when there are too many distinct factors.
    fn set_factor(&mut self, review: i64, label: &str) -> bool {
        let bit = self.factors.id(Some(label));
        if bit >= 64 {
            return false;
        }
        if let Some(&i) = self.at.get(&review) {
            self.texts[i].factors |= 1 << bit;
        }
        true
    }

    fn regroup(&mut self) {
        if self.grouped {
            return;
        }
        self.texts.sort_by_key(|f| (f.response, f.id));
        self.at = self.texts.iter().enumerate().map(|(i, f)| (f.id, i)).collect();
        self.grouped = true;
    }

    /// Marks log ids as applied and moves the low-water mark up past every id
    /// applied, or missing for longer than [`GAP_PATIENCE`].
    fn applied(&mut self, ids: impl IntoIterator<Item = i64>) {
        self.applied_above.extend(ids.into_iter().filter(|id| *id > self.applied_below));
        let now = Instant::now();
        while let Some(&first) = self.applied_above.first() {
            let next = self.applied_below + 1;
            if first == next {
                self.applied_above.pop_first();
                self.gaps.remove(&next);
                self.applied_below = next;
            } else {
                let since = *self.gaps.entry(next).or_insert(now);
                if now.duration_since(since) < GAP_PATIENCE {
                    break;
                }
                self.gaps.remove(&next);
                self.applied_below = next;
            }
        }
    }
}

/// Which texts a filter selects, as numbers; `None` when it selects none.
struct Wanted {
    from: Option<i64>,
    until: Option<i64>,
    county: Option<u16>,
    age: Option<u16>,
    lang: Option<u16>,
    goal: Option<u16>,
    arena: Option<u16>,
    factor: Option<u64>,
    sessions: Option<HashSet<i64>>,
    theme: Option<i64>,
}

impl Wanted {
    /// `Ok(None)`: nothing can match; `Err(())`: the facts cannot tell (a theme of
    /// another run).
    fn of(f: &OverviewFilter, x: &Facts) -> Result<Option<Wanted>, ()> {
        let theme = match f.theme {
            None => None,
            Some((run, no)) if Some(run) == x.theme_run => Some(no),
            Some(_) => return Err(()),
        };
        let sessions = (f.organisation.is_some() || f.consultation.is_some()).then(|| {
            x.sessions
                .iter()
                .filter(|(_, (c, o))| {
                    f.consultation.is_none_or(|want| want == *c)
                        && f.organisation.is_none_or(|want| Some(want) == *o)
                })
                .map(|(s, _)| *s)
                .collect()
        });
        let all = (|| -> Result<Wanted, ()> {
            Ok(Wanted {
                from: f.from_hour,
                until: f.until_hour,
                county: x.counties.wanted(&f.county)?,
                age: x.ages.wanted(&f.age_band)?,
                lang: x.langs.wanted(&f.lang)?,
                goal: x.goals.wanted(&f.goal)?,
                arena: x.arenas.wanted(&f.arena)?,
                factor: x.factors.wanted(&f.factor)?.map(|b| 1u64 << b),
                sessions,
                theme,
            })
        })();
        Ok(all.ok())
    }

    fn matches(&self, t: &Fact, r: &Response) -> bool {
        t.counted
            && self.from.is_none_or(|h| r.hour >= h)
            && self.until.is_none_or(|h| r.hour < h)
            && self.county.is_none_or(|c| r.county == c)
            && self.age.is_none_or(|a| r.age == a)
            && self.lang.is_none_or(|l| t.lang == l)
            && self.goal.is_none_or(|g| t.goal == g)
            && self.arena.is_none_or(|a| t.arena == a)
            && self.factor.is_none_or(|b| t.factors & b != 0)
            && self.sessions.as_ref().is_none_or(|s| s.contains(&r.session))
            && self.theme.is_none_or(|no| t.theme == no)
    }
}

impl Facts {
    /// Calls `each` with every counted text the filter selects and its response;
    /// `None` when the facts cannot answer.
    fn scan(&self, f: &OverviewFilter, mut each: impl FnMut(&Fact, &Response)) -> Option<()> {
        let Some(want) = Wanted::of(f, self).ok()? else { return Some(()) };
        for t in &self.texts {
            let r = &self.responses[t.response as usize];
            if want.matches(t, r) {
                each(t, r);
            }
        }
        Some(())
    }

    fn overview(&self, f: &OverviewFilter) -> Option<Overview> {
        let (gs, a_s) = (self.goals.slots(), self.arenas.slots());
        let mut cells = vec![Acc::default(); gs * a_s];
        let mut factors = vec![Acc::default(); 64];
        let mut hours: HashMap<i64, Acc> = HashMap::new();
        self.scan(f, |t, r| {
            cells[self.goals.slot(t.goal) * a_s + self.arenas.slot(t.arena)].add(t);
            let mut bits = t.factors;
            while bits != 0 {
                let b = bits.trailing_zeros() as usize;
                factors[b].add(t);
                bits &= bits - 1;
            }
            hours.entry(r.hour).or_default().add(t);
        })?;
        Some(Overview {
            cells: cells
                .iter()
                .enumerate()
                .filter(|(_, a)| a.texts > 0)
                .map(|(i, a)| {
                    (self.goals.value_at(i / a_s), self.arenas.value_at(i % a_s), a.tally())
                })
                .collect(),
            factors: factors
                .iter()
                .enumerate()
                .filter(|(_, a)| a.texts > 0)
                .filter_map(|(b, a)| Some((self.factors.name(b as u16)?, a.tally())))
                .collect(),
            hours: hours.into_iter().map(|(h, a)| (h, a.tally())).collect(),
        })
    }

    fn compare(&self, f: &OverviewFilter, by: CompareBy) -> Option<Vec<Paired>> {
        let groups = match by {
            CompareBy::AgeBand => &self.ages,
            CompareBy::County => &self.counties,
            CompareBy::Lang => &self.langs,
        };
        let gs = self.goals.slots();
        let mut acc = vec![Acc::default(); groups.slots() * gs];
        self.scan(f, |t, r| {
            let g = match by {
                CompareBy::AgeBand => r.age,
                CompareBy::County => r.county,
                CompareBy::Lang => t.lang,
            };
            acc[groups.slot(g) * gs + self.goals.slot(t.goal)].add(t);
        })?;
        Some(
            acc.iter()
                .enumerate()
                .filter(|(_, a)| a.texts > 0)
                .map(|(i, a)| (groups.value_at(i / gs), self.goals.value_at(i % gs), a.tally()))
                .collect(),
        )
    }

    fn themes(&self, f: &OverviewFilter, run: i64) -> Option<Vec<(i64, Tally)>> {
        if Some(run) != self.theme_run {
            return None;
        }
        let mut by: HashMap<i64, Acc> = HashMap::new();
        self.scan(f, |t, _| {
            if t.theme >= 0 {
                by.entry(t.theme).or_default().add(t);
            }
        })?;
        Some(by.into_iter().map(|(no, a)| (no, a.tally())).collect())
    }
}

/// The facts of one process, loaded on first use.
#[derive(Default)]
pub(crate) struct OverviewIndex {
    facts: RwLock<Option<Facts>>,
    /// Held while the log is read and applied (one reader at a time); holds when
    /// the log was last pruned.
    refreshing: Mutex<Option<Instant>>,
    /// Held while the facts load, so they load once.
    load: Mutex<()>,
    loading: AtomicBool,
}

impl Store {
    /// Loads the overview's facts now, if they are not loaded yet (the server does
    /// this in the background on the first overview; tests call it to compare).
    pub async fn prepare_overview_index(&self) -> Result<(), StoreError> {
        let _loading = self.overview_index.load.lock().await;
        if self.overview_index.facts.read().await.is_none() {
            let facts = self.load_facts().await?;
            *self.overview_index.facts.write().await = Some(facts);
        }
        Ok(())
    }

    /// Whether the overview's facts are loaded.
    pub async fn overview_index_ready(&self) -> bool {
        self.overview_index.facts.read().await.is_some()
    }

    /// The facts are current and `count` can run on them; `None` while they load
    /// (the first call starts loading them in the background).
    async fn count_in_memory<T>(
        &self,
        count: impl FnOnce(&Facts) -> Option<T>,
    ) -> Result<Option<T>, StoreError> {
        if self.overview_index.facts.read().await.is_none() {
            if !self.overview_index.loading.swap(true, Ordering::SeqCst) {
                let store = self.clone();
                tokio::spawn(async move {
                    let started = Instant::now();
                    match store.prepare_overview_index().await {
                        Ok(()) => tracing::info!(
                            ms = started.elapsed().as_millis() as u64,
                            "overview facts loaded"
                        ),
                        Err(e) => {
                            tracing::error!(error = %e, "overview facts could not be loaded");
                            store.overview_index.loading.store(false, Ordering::SeqCst);
                        }
                    }
                });
            }
            return Ok(None);
        }
        self.catch_up().await?;
        let facts = self.overview_index.facts.read().await;
        Ok(facts.as_ref().and_then(count))
    }

    async fn load_facts(&self) -> Result<Facts, StoreError> {
        // Changes from here on are applied again after loading (applying one twice
        // does no harm); on PostgreSQL some below the top may still be committing.
        let top: i64 = on_pool!(&self.backend, pool => {
            sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM overview_changes")
                .fetch_one(pool)
                .await?
        });
        let mut facts = Facts { grouped: true, ..Facts::default() };
        facts.applied_below = (top - 1_000).max(0);
        // Streamed row by row: a million rows held at once would take gigabytes.
        let all = format!("{LOAD_SELECT} ORDER BY t.id");
        on_pool!(&self.backend, pool => {
            let mut rows = sqlx::query(&all).fetch(pool);
            while let Some(r) = rows.try_next().await? {
                facts.put(loaded_from(&r)?);
            }
        });
        // In id order a response's texts nearly always sit together; make sure.
        facts.grouped = false;
        facts.regroup();
        let mut too_many = false;
        on_pool!(&self.backend, pool => {
            let mut rows = sqlx::query_as::<_, (i64, String)>(
                "SELECT review_id, label FROM text_labels WHERE dimension = 'factor'",
            )
            .fetch(pool);
            while let Some((review, label)) = rows.try_next().await? {
                too_many |= !facts.set_factor(review, &label);
            }
        });
        if too_many {
            return Err(StoreError::Conflict("more than 64 factors".into()));
        }
        self.load_sessions(&mut facts).await?;
        self.load_theme(&mut facts).await?;
        Ok(facts)
    }

    async fn load_sessions(&self, facts: &mut Facts) -> Result<(), StoreError> {
        let rows: Vec<(i64, i64, Option<i64>)> = on_pool!(&self.backend, pool => {
            sqlx::query_as(
                "SELECT s.id, s.consultation_id, c.organisation_id FROM sessions s \
                 JOIN consultations c ON c.id = s.consultation_id",
            )
            .fetch_all(pool)
            .await?
        });
        facts.sessions = rows.into_iter().map(|(s, c, o)| (s, (c, o))).collect();
        Ok(())
    }

    /// The latest finished theming run's groups, if it is not the one loaded.
    async fn load_theme(&self, facts: &mut Facts) -> Result<(), StoreError> {
        let latest: Option<i64> = on_pool!(&self.backend, pool => {
            sqlx::query_scalar(
                "SELECT id FROM theme_runs WHERE state = 'done' ORDER BY id DESC LIMIT 1",
            )
            .fetch_optional(pool)
            .await?
        });
        if latest == facts.theme_run {
            return Ok(());
        }
        for t in facts.texts.iter_mut() {
            t.theme = -1;
        }
        if let Some(run) = latest {
            on_pool!(&self.backend, pool => {
                let mut rows = sqlx::query_as::<_, (i64, i64)>(
                    "SELECT review_id, theme_no FROM theme_members WHERE run_id = $1",
                )
                .bind(run)
                .fetch(pool);
                while let Some((review, no)) = rows.try_next().await? {
                    if let Some(&i) = facts.at.get(&review) {
                        facts.texts[i].theme = no;
                    }
                }
            });
        }
        facts.theme_run = latest;
        Ok(())
    }

    /// Applies the change log's new rows to the facts.
    async fn catch_up(&self) -> Result<(), StoreError> {
        let mut last_prune = self.overview_index.refreshing.lock().await;
        let (below, above) = {
            let facts = self.overview_index.facts.read().await;
            let Some(f) = facts.as_ref() else { return Ok(()) };
            (f.applied_below, f.applied_above.clone())
        };
        let rows: Vec<(i64, i64)> = on_pool!(&self.backend, pool => {
            sqlx::query_as(
                "SELECT id, review_id FROM overview_changes WHERE id > $1 ORDER BY id LIMIT $2",
            )
            .bind(below)
            .bind(RELOAD_AFTER as i64 + 1)
            .fetch_all(pool)
            .await?
        });
        let lost = rows.first().is_some_and(|(id, _)| *id > below + 1) && {
            // Pruned past our mark? Then changes were lost to us: load afresh.
            let oldest: i64 = on_pool!(&self.backend, pool => {
                sqlx::query_scalar("SELECT COALESCE(MIN(id), 0) FROM overview_changes")
                    .fetch_one(pool)
                    .await?
            });
            oldest > below + 1 && below > 0
        };
        if rows.len() > RELOAD_AFTER || lost {
            let fresh = self.load_facts().await?;
            *self.overview_index.facts.write().await = Some(fresh);
            return Ok(());
        }
        let new: Vec<(i64, i64)> = rows.into_iter().filter(|(id, _)| !above.contains(id)).collect();
        let reviews: Vec<i64> = {
            let set: BTreeSet<i64> = new.iter().map(|(_, r)| *r).collect();
            set.into_iter().collect()
        };
        let mut loaded = Vec::new();
        let mut labels = Vec::new();
        for chunk in reviews.chunks(CHUNK) {
            let list = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            on_pool!(&self.backend, pool => {
                let rows = sqlx::query(&format!("{LOAD_SELECT} WHERE t.id IN ({list}) ORDER BY t.id"))
                    .fetch_all(pool)
                    .await?;
                for r in &rows {
                    loaded.push(loaded_from(r)?);
                }
                let l: Vec<(i64, String)> = sqlx::query_as(&format!(
                    "SELECT review_id, label FROM text_labels \
                     WHERE dimension = 'factor' AND review_id IN ({list})"
                ))
                .fetch_all(pool)
                .await?;
                labels.extend(l);
            });
        }
        let mut facts_guard = self.overview_index.facts.write().await;
        let Some(facts) = facts_guard.as_mut() else { return Ok(()) };
        let unknown_session = loaded.iter().any(|l| !facts.sessions.contains_key(&l.session));
        for l in loaded {
            facts.put(l);
        }
        for id in &reviews {
            if let Some(&i) = facts.at.get(id) {
                facts.texts[i].factors = 0;
            }
        }
        for (review, label) in labels {
            if !facts.set_factor(review, &label) {
                return Err(StoreError::Conflict("more than 64 factors".into()));
            }
        }
        facts.regroup();
        facts.applied(new.iter().map(|(id, _)| *id));
        if unknown_session {
            self.load_sessions(facts).await?;
        }
        self.load_theme(facts).await?;
        drop(facts_guard);
        if last_prune.is_none_or(|at| at.elapsed() > Duration::from_secs(3600)) {
            *last_prune = Some(Instant::now());
            self.prune_overview_changes().await?;
        }
        Ok(())
    }

    /// Keeps the last [`LOG_KEEP`] rows of the change log (a process further behind
    /// loads its facts afresh). Run hourly by the server, so the log stays short
    /// even when nobody opens the overview.
    pub async fn prune_overview_changes(&self) -> Result<u64, StoreError> {
        Ok(on_pool!(&self.backend, pool => {
            sqlx::query(
                "DELETE FROM overview_changes WHERE id <= \
                 (SELECT COALESCE(MAX(id), 0) FROM overview_changes) - $1",
            )
            .bind(LOG_KEEP)
            .execute(pool)
            .await?
            .rows_affected()
        }))
    }

    /// The overview's counts from the facts in memory; `None` while they load or
    /// when they cannot answer this filter.
    pub(crate) async fn overview_from_facts(
        &self,
        f: &OverviewFilter,
    ) -> Result<Option<Overview>, StoreError> {
        self.count_in_memory(|facts| facts.overview(f)).await
    }

    pub(crate) async fn compare_from_facts(
        &self,
        f: &OverviewFilter,
        by: CompareBy,
    ) -> Result<Option<Vec<Paired>>, StoreError> {
        self.count_in_memory(|facts| facts.compare(f, by)).await
    }

    pub(crate) async fn themes_from_facts(
        &self,
        f: &OverviewFilter,
        run: i64,
    ) -> Result<Option<Vec<(i64, Tally)>>, StoreError> {
        self.count_in_memory(|facts| facts.themes(f, run)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_low_water_mark_waits_for_a_missing_id_then_gives_up_on_it() {
        let mut f = Facts::default();
        f.applied([1, 2, 4, 5]);
        assert_eq!(f.applied_below, 2, "3 may still be committing");
        f.applied([3]);
        assert_eq!(f.applied_below, 5);
        f.applied([7]);
        assert_eq!(f.applied_below, 5);
        // Pretend 6 has been missing for longer than the patience.
        f.gaps.insert(6, Instant::now() - GAP_PATIENCE - Duration::from_secs(1));
        f.applied([]);
        assert_eq!(f.applied_below, 7);
        assert!(f.applied_above.is_empty() && f.gaps.is_empty());
    }

    #[test]
    fn people_are_counted_once_per_count_when_their_texts_sit_together() {
        let mut a = Acc::default();
        let fact = |id, response| Fact {
            id,
            response,
            goal: NONE,
            arena: NONE,
            lang: 0,
            factors: 0,
            counted: true,
            theme: -1,
        };
        for f in [fact(1, 0), fact(2, 0), fact(3, 1), fact(9, 2), fact(10, 2)] {
            a.add(&f);
        }
        assert_eq!(a.tally(), Tally { texts: 5, people: 3, key: 25 });
    }
}
