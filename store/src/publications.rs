//! What the Innsatsgruppe has published: "what we heard" with the figures of the
//! view it came from (stored already protected), and "what we did" updates. A
//! withdrawn publication stays stored for the record, and is shown to nobody but
//! reviewers.

use crate::{now_secs, on_pool, Store, StoreError};
use domain::publication::PublicFigures;
use domain::{Lang, LocalizedText};
use sqlx::Row;
use std::collections::BTreeMap;
use tracing::instrument;

/// The filters of a published view in words, per language.
pub type Described = BTreeMap<Lang, Vec<String>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPublication {
    pub title: LocalizedText,
    pub heard: LocalizedText,
    /// The overview's filters as an address query (`county=oslo&from=2026-01`).
    pub query: String,
    pub described: Described,
    pub figures: PublicFigures,
    pub by: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationUpdate {
    pub id: i64,
    pub body: LocalizedText,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    pub id: i64,
    pub title: LocalizedText,
    pub heard: LocalizedText,
    pub query: String,
    pub described: Described,
    pub figures: PublicFigures,
    pub published_at: i64,
    pub withdrawn: bool,
    /// Oldest first.
    pub updates: Vec<PublicationUpdate>,
}

impl Store {
    #[instrument(skip_all)]
    pub async fn publish(&self, p: &NewPublication) -> Result<i64, StoreError> {
        let title = serde_json::to_string(&p.title)?;
        let heard = serde_json::to_string(&p.heard)?;
        let described = serde_json::to_string(&p.described)?;
        let figures = serde_json::to_string(&p.figures)?;
        let id: i64 = on_pool!(&self.backend, pool => {
            sqlx::query_scalar(
                "INSERT INTO publications \
                 (title, heard, query, described, figures, published_at, published_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(&title)
            .bind(&heard)
            .bind(&p.query)
            .bind(&described)
            .bind(&figures)
            .bind(now_secs())
            .bind(p.by)
            .fetch_one(pool)
            .await?
        });
        tracing::info!(publication = id, staff_id = p.by, "published what we heard");
        Ok(id)
    }

    /// Publications newest first, with their updates; withdrawn ones only when
    /// asked for (reviewers see them, nobody else).
    #[instrument(skip_all)]
    pub async fn publications(&self, withdrawn_too: bool) -> Result<Vec<Publication>, StoreError> {
        self.load_publications(None, withdrawn_too).await
    }

    /// One publication; `None` when there is none, or it is withdrawn and
    /// `withdrawn_too` is false.
    #[instrument(skip_all)]
    pub async fn publication(
        &self,
        id: i64,
        withdrawn_too: bool,
    ) -> Result<Option<Publication>, StoreError> {
        Ok(self.load_publications(Some(id), withdrawn_too).await?.pop())
    }

    async fn load_publications(
        &self,
        only: Option<i64>,
        withdrawn_too: bool,
    ) -> Result<Vec<Publication>, StoreError> {
        // Two queries: the publications, then the updates of those selected.
        let (mut list, updates) = on_pool!(&self.backend, pool => {
            let rows = sqlx::query(
                "SELECT id, title, heard, query, described, figures, published_at, withdrawn_at \
                 FROM publications WHERE ($1 OR withdrawn_at IS NULL) \
                 AND ($2 IS NULL OR id = $2) ORDER BY published_at DESC, id DESC",
            )
            .bind(withdrawn_too)
            .bind(only)
            .fetch_all(pool)
            .await?;
            let updates = sqlx::query(
                "SELECT u.id, u.publication_id, u.body, u.created_at FROM publication_updates u \
                 JOIN publications p ON p.id = u.publication_id \
                 WHERE ($1 OR p.withdrawn_at IS NULL) AND ($2 IS NULL OR p.id = $2) \
                 ORDER BY u.created_at, u.id",
            )
            .bind(withdrawn_too)
            .bind(only)
            .fetch_all(pool)
            .await?;
            let list = rows
                .iter()
                .map(|r| {
                    Ok(Publication {
                        id: r.try_get("id")?,
                        title: serde_json::from_str(r.try_get("title")?)?,
                        heard: serde_json::from_str(r.try_get("heard")?)?,
                        query: r.try_get("query")?,
                        described: serde_json::from_str(r.try_get("described")?)?,
                        figures: serde_json::from_str(r.try_get("figures")?)?,
                        published_at: r.try_get("published_at")?,
                        withdrawn: r.try_get::<Option<i64>, _>("withdrawn_at")?.is_some(),
                        updates: Vec::new(),
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            let updates = updates
                .iter()
                .map(|r| {
                    Ok((
                        r.try_get::<i64, _>("publication_id")?,
                        PublicationUpdate {
                            id: r.try_get("id")?,
                            body: serde_json::from_str(r.try_get("body")?)?,
                            created_at: r.try_get("created_at")?,
                        },
                    ))
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            (list, updates)
        });
        for (pid, update) in updates {
            if let Some(p) = list.iter_mut().find(|p| p.id == pid) {
                p.updates.push(update);
            }
        }
        Ok(list)
    }

    /// Adds "what we did" to a publication; `NotFound` when there is no such one.
    #[instrument(skip_all)]
    pub async fn add_publication_update(
        &self,
        publication: i64,
        body: &LocalizedText,
        by: i64,
    ) -> Result<i64, StoreError> {
        let body = serde_json::to_string(body)?;
        let id: Option<i64> = on_pool!(&self.backend, pool => {
            sqlx::query_scalar(
                "INSERT INTO publication_updates (publication_id, body, created_at, created_by) \
                 SELECT id, $2, $3, $4 FROM publications WHERE id = $1 RETURNING id",
            )
            .bind(publication)
            .bind(&body)
            .bind(now_secs())
            .bind(by)
            .fetch_optional(pool)
            .await?
        });
        id.ok_or(StoreError::NotFound)
    }

    /// Withdraws a publication from the public page and the API, or puts it back.
    #[instrument(skip_all)]
    pub async fn set_publication_withdrawn(
        &self,
        publication: i64,
        withdrawn: bool,
    ) -> Result<(), StoreError> {
        let at = withdrawn.then(now_secs);
        let done = on_pool!(&self.backend, pool => {
            sqlx::query("UPDATE publications SET withdrawn_at = $2 WHERE id = $1")
                .bind(publication)
                .bind(at)
                .execute(pool)
                .await?
                .rows_affected()
        });
        if done == 0 {
            return Err(StoreError::NotFound);
        }
        tracing::info!(publication, withdrawn, "publication withdrawn or restored");
        Ok(())
    }
}
