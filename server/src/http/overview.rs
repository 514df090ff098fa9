//! The reviewers' overview as a download, CSV or Excel: the same protected numbers
//! the page shows for the same filters (hidden ones as hidden), one row per number.

use super::export::{csv_with, text, xlsx_with, Cell, Format};
use super::{page, AppState};
use app::api::overview::{OverviewQuery, OverviewView};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::privacy::Shown;
use domain::Role;
use tower_sessions::Session;

const COLUMNS: [&str; 5] = ["section", "row", "column", "texts", "hidden"];

fn value(s: Shown) -> [Cell; 2] {
    match s {
        Shown::Count(n) => [Cell::Number(n), text("no")],
        Shown::Hidden => [Cell::Empty, text("yes")],
    }
}

/// The view as rows: `heat` (goal, arena; totals as `total`), `compare` (group,
/// goal) when groups are compared, `factor`, `month`
/// (texts), `month-people` (young people), and `filter` rows naming the filters used.
pub fn rows(view: &OverviewView, total: &str) -> Vec<Vec<Cell>> {
    let mut out = Vec::new();
    let mut push = |section: &str, row: &str, column: &str, s: Shown| {
        let mut line = vec![text(section), text(row), text(column)];
        line.extend(value(s));
        out.push(line);
    };
    let h = &view.heat;
    for (r, (_, goal)) in h.goals.iter().enumerate() {
        for (c, (_, arena)) in h.arenas.iter().enumerate() {
            push("heat", goal, arena, h.cells[r][c]);
        }
        push("heat", goal, total, h.row_totals[r]);
    }
    for (c, (_, arena)) in h.arenas.iter().enumerate() {
        push("heat", total, arena, h.column_totals[c]);
    }
    push("heat", total, total, h.total);
    if let Some(c) = &view.compare {
        for (r, (_, group)) in c.goals.iter().enumerate() {
            for (col, (_, goal)) in c.arenas.iter().enumerate() {
                push("compare", group, goal, c.cells[r][col]);
            }
            push("compare", group, total, c.row_totals[r]);
        }
        for (col, (_, goal)) in c.arenas.iter().enumerate() {
            push("compare", total, goal, c.column_totals[col]);
        }
        push("compare", total, total, c.total);
    }
    for b in &view.factors {
        push("factor", &b.name, "", b.value);
    }
    for b in &view.months {
        push("month", &b.name, "", b.value);
    }
    push("month", total, "", view.months_total);
    for b in &view.people {
        push("month-people", &b.name, "", b.value);
    }
    push("month-people", total, "", view.people_total);
    for d in &view.described {
        out.push(vec![text("filter"), text(d.clone()), Cell::Empty, Cell::Empty, Cell::Empty]);
    }
    out
}

/// `GET /staff/overview.csv?…` (the page's own filters).
pub async fn overview_csv(
    st: State<AppState>,
    query: Query<OverviewQuery>,
    session: Session,
    headers: HeaderMap,
) -> Response {
    download(st, query, session, headers, Format::Csv).await
}

/// `GET /staff/overview.xlsx?…`
pub async fn overview_xlsx(
    st: State<AppState>,
    query: Query<OverviewQuery>,
    session: Session,
    headers: HeaderMap,
) -> Response {
    download(st, query, session, headers, Format::Xlsx).await
}

async fn download(
    State(st): State<AppState>,
    Query(query): Query<OverviewQuery>,
    session: Session,
    headers: HeaderMap,
    format: Format,
) -> Response {
    use app::auth::signed_in::{require, Denied};
    let lang = page::lang(&headers);
    match require(&session, &st.store, &[Role::Reviewer]).await {
        Ok(_) => {}
        Err(Denied::SignedOut) => {
            return page::refused(
                lang,
                StatusCode::UNAUTHORIZED,
                "error-refused-title",
                "staff-need-sign-in",
                "/staff/sign-in",
            )
        }
        Err(Denied::WrongRole) => {
            return page::refused(
                lang,
                StatusCode::FORBIDDEN,
                "staff-forbidden-title",
                "staff-forbidden-body",
                "/staff",
            )
        }
    }
    let view = match app::api::overview::ssr::build(&st.store, query, lang).await {
        Ok(Some(view)) => view,
        Ok(None) => {
            return page::refused(
                lang,
                StatusCode::BAD_REQUEST,
                "error-refused-title",
                "overview-bad-filter",
                "/staff/overview",
            )
        }
        Err(e) => return page::internal(lang, e),
    };
    let total = app::i18n::tr(lang, "overview-total");
    let rows = rows(&view, &total);
    match format {
        Format::Csv => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"ungstemme-overview.csv\""),
                (header::CACHE_CONTROL, "no-store"),
            ],
            csv_with(&COLUMNS, &rows),
        )
            .into_response(),
        Format::Xlsx => match xlsx_with(&app::i18n::tr(lang, "overview-sheet"), &COLUMNS, &rows) {
            Ok(bytes) => (
                [
                    (
                        header::CONTENT_TYPE,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    ),
                    (
                        header::CONTENT_DISPOSITION,
                        "attachment; filename=\"ungstemme-overview.xlsx\"",
                    ),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                bytes,
            )
                .into_response(),
            Err(e) => {
                tracing::error!(error = %e, "could not write the workbook");
                page::refused(
                    lang,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "error-title",
                    "error-generic",
                    "/staff",
                )
            }
        },
    }
}
