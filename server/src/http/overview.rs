//! The reviewers' overview as a download, CSV or Excel: the same protected numbers
//! the page shows for the same filters (hidden ones as hidden), one row per number.

use super::export::{csv_with, download, text, xlsx_with, Cell, Format};
use super::guard::signed_in_as;
use super::{page, AppState};
use app::api::overview::{OverviewQuery, OverviewView};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
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
/// goal) when groups are compared, `factor`, `month` (or `week`)
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
    // Weeks, when the view goes week by week.
    let (period, period_people) =
        if view.weekly { ("week", "week-people") } else { ("month", "month-people") };
    for b in &view.months {
        push(period, &b.name, "", b.value);
    }
    push(period, total, "", view.months_total);
    for b in &view.people {
        push(period_people, &b.name, "", b.value);
    }
    push(period_people, total, "", view.people_total);
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
    view_download(st, query, session, headers, Format::Csv).await
}

/// `GET /staff/overview.xlsx?…`
pub async fn overview_xlsx(
    st: State<AppState>,
    query: Query<OverviewQuery>,
    session: Session,
    headers: HeaderMap,
) -> Response {
    view_download(st, query, session, headers, Format::Xlsx).await
}

async fn view_download(
    State(st): State<AppState>,
    Query(query): Query<OverviewQuery>,
    session: Session,
    headers: HeaderMap,
    format: Format,
) -> Response {
    let lang = page::lang(&headers);
    if let Err(refused) = signed_in_as(&st, &session, &headers, &[Role::Reviewer]).await {
        return refused;
    }
    let view = match app::api::overview::ssr::build(&st.store, query, lang, st.thresholds.reviewer)
        .await
    {
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
    let rows = rows(&view, &app::i18n::tr(lang, "overview-total"));
    let sheet = app::i18n::tr(lang, "overview-sheet");
    download(
        lang,
        format,
        "ungstemme-overview",
        || csv_with(&COLUMNS, &rows),
        || xlsx_with(&sheet, &COLUMNS, &rows),
    )
}
