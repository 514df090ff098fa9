//! Organisations and staff accounts.

use crate::backend::BeginWrite;
use crate::{now_secs, on_pool, Store, StoreError};
use domain::{Email, Role};
use sqlx::Row;
use tracing::instrument;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRecord {
    pub id: i64,
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    /// argon2id PHC string; `None` until the invite is accepted.
    pub password_hash: Option<String>,
    pub sessions_epoch: i64,
}

#[derive(Debug, Clone)]
pub struct NewStaff<'a> {
    pub email: &'a Email,
    pub display_name: &'a str,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub password_hash: Option<&'a str>,
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

impl Store {
    /// Creates an organisation, or returns the one with this name.
    #[instrument(skip_all)]
    pub async fn ensure_organisation(&self, name: &str) -> Result<i64, StoreError> {
        on_pool!(&self.backend, pool => {
            if let Some(row) = sqlx::query("SELECT id FROM organisations WHERE name = $1")
                .bind(name)
                .fetch_optional(pool)
                .await?
            {
                return Ok(row.try_get::<i64, _>("id")?);
            }
            Ok(sqlx::query("INSERT INTO organisations (name, created_at) VALUES ($1, $2) RETURNING id")
                .bind(name)
                .bind(now_secs())
                .fetch_one(pool)
                .await?
                .try_get::<i64, _>("id")?)
        })
    }

    /// Adds a staff account. A second account with the same e-mail is a conflict;
    /// a facilitator without an organisation (or anyone else with one) is refused.
    #[instrument(skip_all, fields(role = staff.role.id()))]
    pub async fn create_staff(&self, staff: NewStaff<'_>) -> Result<i64, StoreError> {
        if staff.role.needs_organisation() != staff.organisation_id.is_some() {
            return Err(StoreError::Conflict("role and organisation do not fit".into()));
        }
        let inserted = on_pool!(&self.backend, pool => sqlx::query(
            "INSERT INTO staff (email, display_name, role, organisation_id, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(staff.email.as_str())
        .bind(staff.display_name)
        .bind(staff.role.id())
        .bind(staff.organisation_id)
        .bind(staff.password_hash)
        .bind(now_secs())
        .fetch_one(pool)
        .await
        .and_then(|r| r.try_get::<i64, _>("id")));
        match inserted {
            Ok(id) => Ok(id),
            Err(e) if is_unique_violation(&e) => {
                Err(StoreError::Conflict("e-mail already has an account".into()))
            }
            Err(e) => Err(e.into()),
        }
    }

    #[instrument(skip_all)]
    pub async fn staff_by_email(&self, email: &Email) -> Result<Option<StaffRecord>, StoreError> {
        self.staff_where("email = $1", email.as_str().to_string()).await
    }

    #[instrument(skip_all)]
    pub async fn staff_by_id(&self, id: i64) -> Result<Option<StaffRecord>, StoreError> {
        self.staff_where("id = $1", id).await
    }

    async fn staff_where<T: crate::BindBoth>(
        &self,
        condition: &str,
        value: T,
    ) -> Result<Option<StaffRecord>, StoreError> {
        let sql = format!(
            "SELECT id, email, display_name, role, organisation_id, password_hash, sessions_epoch FROM staff WHERE {condition}"
        );
        let row = on_pool!(&self.backend, pool => {
            match sqlx::query(&sql)
            .bind(value)
            .fetch_optional(pool)
            .await?
            {
                None => None,
                Some(r) => Some((
                    r.try_get::<i64, _>("id")?,
                    r.try_get::<String, _>("email")?,
                    r.try_get::<String, _>("display_name")?,
                    r.try_get::<String, _>("role")?,
                    r.try_get::<Option<i64>, _>("organisation_id")?,
                    r.try_get::<Option<String>, _>("password_hash")?,
                    r.try_get::<i64, _>("sessions_epoch")?,
                )),
            }
        });
        let Some((id, email, display_name, role, organisation_id, password_hash, sessions_epoch)) =
            row
        else {
            return Ok(None);
        };
        Ok(Some(StaffRecord {
            id,
            email: Email::parse(&email)
                .map_err(|_| StoreError::Corrupt(format!("staff e-mail {email:?}")))?,
            display_name,
            role: Role::parse(&role)
                .ok_or_else(|| StoreError::Corrupt(format!("staff role {role:?}")))?,
            organisation_id,
            password_hash,
            sessions_epoch,
        }))
    }

    #[instrument(skip_all)]
    pub async fn set_password_hash(&self, staff_id: i64, hash: &str) -> Result<(), StoreError> {
        let n = on_pool!(&self.backend, pool => sqlx::query("UPDATE staff SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(staff_id)
            .execute(pool)
            .await?
            .rows_affected());
        if n == 0 {
            Err(StoreError::NotFound)
        } else {
            Ok(())
        }
    }

    /// "Sign out everywhere": every session made before this call stops working.
    #[instrument(skip_all)]
    pub async fn bump_sessions_epoch(&self, staff_id: i64) -> Result<i64, StoreError> {
        on_pool!(&self.backend, pool => Ok(sqlx::query(
            "UPDATE staff SET sessions_epoch = sessions_epoch + 1 WHERE id = $1 RETURNING sessions_epoch",
        )
        .bind(staff_id)
        .fetch_optional(pool)
        .await?
        .ok_or(StoreError::NotFound)?
        .try_get::<i64, _>("sessions_epoch")?))
    }
}

/// An organisation, for lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
}

/// What accepting an invite found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteState {
    Valid(StaffRecord),
    Used,
    Expired,
    Unknown,
}

impl Store {
    #[instrument(skip_all)]
    pub async fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        on_pool!(&self.backend, pool => {
            sqlx::query("SELECT id, name FROM organisations ORDER BY name")
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| Ok(Organisation { id: r.try_get("id")?, name: r.try_get("name")? }))
                .collect()
        })
    }

    /// Every staff account, for the administrator's list.
    #[instrument(skip_all)]
    pub async fn all_staff(&self) -> Result<Vec<StaffRecord>, StoreError> {
        let ids: Vec<i64> = on_pool!(&self.backend, pool => {
            sqlx::query("SELECT id FROM staff ORDER BY display_name, id")
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| r.try_get::<i64, _>("id"))
                .collect::<Result<Vec<_>, _>>()?
        });
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(s) = self.staff_by_id(id).await? {
                out.push(s);
            }
        }
        Ok(out)
    }

    #[instrument(skip_all)]
    pub async fn create_invite(
        &self,
        staff_id: i64,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        on_pool!(&self.backend, pool => sqlx::query(
            "INSERT INTO invites (token_hash, staff_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(staff_id)
        .bind(expires_at)
        .execute(pool)
        .await
        .map(|_| ())?);
        Ok(())
    }

    /// Looks an invite up without using it.
    #[instrument(skip_all)]
    pub async fn invite(&self, token_hash: &str) -> Result<InviteState, StoreError> {
        let row = on_pool!(&self.backend, pool => {
            match sqlx::query("SELECT staff_id, expires_at, used_at FROM invites WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(pool)
                .await?
            {
                None => None,
                Some(r) => Some((
                    r.try_get::<i64, _>("staff_id")?,
                    r.try_get::<i64, _>("expires_at")?,
                    r.try_get::<Option<i64>, _>("used_at")?,
                )),
            }
        });
        Ok(match row {
            None => InviteState::Unknown,
            Some((_, _, Some(_))) => InviteState::Used,
            Some((_, expires, None)) if expires <= now_secs() => InviteState::Expired,
            Some((staff_id, _, None)) => match self.staff_by_id(staff_id).await? {
                Some(s) => InviteState::Valid(s),
                None => InviteState::Unknown,
            },
        })
    }

    /// Uses an invite once: sets the password and marks the invite used, in one
    /// transaction, so two tabs cannot both use it.
    #[instrument(skip_all)]
    pub async fn accept_invite(
        &self,
        token_hash: &str,
        password_hash: &str,
    ) -> Result<InviteState, StoreError> {
        let state = self.invite(token_hash).await?;
        let InviteState::Valid(staff) = state else { return Ok(state) };
        let claimed = on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            let n = sqlx::query("UPDATE invites SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
                .bind(now_secs())
                .bind(token_hash)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 1 {
                sqlx::query("UPDATE staff SET password_hash = $1, sessions_epoch = sessions_epoch + 1 WHERE id = $2")
                    .bind(password_hash)
                    .bind(staff.id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            n == 1
        });
        if !claimed {
            return Ok(InviteState::Used);
        }
        Ok(match self.staff_by_id(staff.id).await? {
            Some(s) => InviteState::Valid(s),
            None => InviteState::Unknown,
        })
    }
}
