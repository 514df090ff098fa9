//! Generated texts written straight into the tables, labelled as the theme engine
//! would, skewed so that many groups are small: the ground truth for tests of
//! what the overview and the published figures count.

use super::TestApp;
use domain::Dimension;

pub const COUNTIES: [&str; 3] = ["oslo", "troms", "agder"];
pub const AGES: [&str; 3] = ["13-15", "16-19", "20-24"];
pub const LANGS: [&str; 4] = ["nb", "nn", "se", "en"];
/// 2026-03-01, 2026-04-01 and 2026-05-01, in hours since the epoch.
pub const MONTHS: [(i64, &str); 3] =
    [(492_384, "2026-03"), (493_128, "2026-04"), (493_848, "2026-05")];

/// One generated text, as the ground truth the overview is checked against.
#[derive(Debug, Clone)]
pub struct Text {
    pub response: usize,
    pub county: &'static str,
    pub age: &'static str,
    pub lang: &'static str,
    pub month: usize,
    /// Hours since the Unix epoch.
    pub hour: i64,
    pub goal: Option<String>,
    pub arena: Option<String>,
    pub factors: Vec<String>,
}

pub struct Rng(pub u64);
impl Rng {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Writes `responses` responses with one to three labelled texts each straight into
/// the tables, skewed so that many groups are small.
pub async fn generate(app: &TestApp, responses: usize, rng: &mut Rng) -> Vec<Text> {
    let session = app.session().await;
    let question = session.consultation.questions[3].id;
    let goals = Dimension::Goal.ids();
    let arenas = Dimension::Arena.ids();
    let factors = Dimension::Factor.ids();
    let mut texts = Vec::new();
    for response in 0..responses {
        let key = format!("00000000-0000-4000-8000-{response:012}");
        let (county, age, lang) = (*rng.pick(&COUNTIES), *rng.pick(&AGES), *rng.pick(&LANGS));
        let month = rng.below(MONTHS.len());
        let hour = MONTHS[month].0 + rng.below(600) as i64;
        sql(app, "INSERT INTO responses (idempotency_key, session_id, submitted_hour, lang, age_band, county) VALUES ($1, $2, $3, $4, $5, $6)",
            vec![key.clone().into(), session.id.into(), hour.into(), lang.into(), age.into(), county.into()]).await;
        for seq in 0..1 + rng.below(3) {
            // Two goals and two arenas are common; the rest are rare.
            let goal = match rng.below(10) {
                0 => None,
                1..=6 => Some(goals[rng.below(2)].clone()),
                _ => Some(rng.pick(goals).clone()),
            };
            let arena = match rng.below(10) {
                0 => None,
                1..=6 => Some(arenas[rng.below(2)].clone()),
                _ => Some(rng.pick(arenas).clone()),
            };
            let mut fs: Vec<String> =
                (0..rng.below(3)).map(|_| rng.pick(factors).clone()).collect();
            fs.sort();
            fs.dedup();
            let status = if rng.below(20) == 0 { "hidden" } else { "approved" };
            sql(app, "INSERT INTO answers (response_key, seq, question_id, body) VALUES ($1, $2, $3, 'tekst')",
                vec![key.clone().into(), (seq as i64).into(), question.into()]).await;
            sql(app, "INSERT INTO text_reviews (response_key, seq, session_id, lang, status, labelled, main_goal, main_arena) VALUES ($1, $2, $3, $4, $5, 1, $6, $7)",
                vec![key.clone().into(), (seq as i64).into(), session.id.into(), lang.into(), status.into(), goal.clone().into(), arena.clone().into()]).await;
            for f in &fs {
                sql(app, "INSERT INTO text_labels (review_id, dimension, label, confidence, source) SELECT id, 'factor', $1, 0.9, 'auto' FROM text_reviews WHERE response_key = $2 AND seq = $3",
                    vec![f.clone().into(), key.clone().into(), (seq as i64).into()]).await;
            }
            if status == "approved" {
                texts.push(Text {
                    response,
                    county,
                    age,
                    lang,
                    month,
                    hour,
                    goal,
                    arena,
                    factors: fs,
                });
            }
        }
    }
    texts
}

/// A bind value for [`sql`].
pub enum V {
    I(i64),
    S(Option<String>),
}
impl From<i64> for V {
    fn from(v: i64) -> V {
        V::I(v)
    }
}
impl From<&str> for V {
    fn from(v: &str) -> V {
        V::S(Some(v.to_string()))
    }
}
impl From<String> for V {
    fn from(v: String) -> V {
        V::S(Some(v))
    }
}
impl From<Option<String>> for V {
    fn from(v: Option<String>) -> V {
        V::S(v)
    }
}

pub async fn sql(app: &TestApp, statement: &str, binds: Vec<V>) {
    match app.store.backend() {
        store::Backend::Sqlite(pool) => {
            let mut q = sqlx::query(statement);
            for b in binds {
                q = match b {
                    V::I(i) => q.bind(i),
                    V::S(s) => q.bind(s),
                };
            }
            q.execute(pool).await.unwrap();
        }
        store::Backend::Postgres(pool) => {
            let mut q = sqlx::query(statement);
            for b in binds {
                q = match b {
                    V::I(i) => q.bind(i),
                    V::S(s) => q.bind(s),
                };
            }
            q.execute(pool).await.unwrap();
        }
    }
}

/// One young person's response (number `n`, unique within a test) with one approved,
/// labelled text in `month` (an index into [`MONTHS`]).
pub async fn one_text(app: &TestApp, n: usize, month: usize, goal: &str, arena: &str) {
    let session = app.session().await;
    let question = session.consultation.questions[3].id;
    let key = format!("00000000-0000-4000-9000-{n:012}");
    let hour = MONTHS[month].0 + n as i64 % 500;
    sql(app, "INSERT INTO responses (idempotency_key, session_id, submitted_hour, lang, age_band, county) VALUES ($1, $2, $3, 'nb', '13-15', 'oslo')",
        vec![key.clone().into(), session.id.into(), hour.into()]).await;
    sql(
        app,
        "INSERT INTO answers (response_key, seq, question_id, body) VALUES ($1, 0, $2, 'tekst')",
        vec![key.clone().into(), question.into()],
    )
    .await;
    sql(app, "INSERT INTO text_reviews (response_key, seq, session_id, lang, status, labelled, main_goal, main_arena) VALUES ($1, 0, $2, 'nb', 'approved', 1, $3, $4)",
        vec![key.into(), session.id.into(), goal.into(), arena.into()]).await;
}
