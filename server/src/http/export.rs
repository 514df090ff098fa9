//! A session's results as CSV and XLSX, for the organisation that ran it: one row
//! per answer, free text only once approved (and redacted before it was ever
//! stored), the framework labels marked as confirmed or automatic, and a data
//! dictionary in the reader's language.

use super::guard::own_session;
use super::{page, AppState};
use app::i18n::tr;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::{Consultation, Dimension, Lang, QuestionKind};
use store::{ExportRow, ReviewStatus};
use tower_sessions::Session;

/// The columns, in order; each is explained by `export-col-<name>` in the locales.
pub const COLUMNS: [&str; 17] = [
    "response",
    "session",
    "submitted_hour",
    "language",
    "age_band",
    "county",
    "question_no",
    "question",
    "question_kind",
    "option",
    "scale",
    "idea_title",
    "text",
    "moderation",
    "goals",
    "arenas",
    "factors",
];

/// A cell: text, or a number a spreadsheet may sum.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(i64),
    Empty,
}

pub(super) fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn opt_text(s: Option<impl Into<String>>) -> Cell {
    s.map_or(Cell::Empty, |s| Cell::Text(s.into()))
}

/// `2026-11-24 13:00` (UTC) from hours since 1970: responses are stored to the
/// hour only.
fn hour(hours: i64) -> String {
    let Some(secs) = hours.checked_mul(3600) else { return String::new() };
    time::OffsetDateTime::from_unix_timestamp(secs)
        .map(|t| {
            format!("{:04}-{:02}-{:02} {:02}:00", t.year(), u8::from(t.month()), t.day(), t.hour())
        })
        .unwrap_or_default()
}

fn labels(row: &ExportRow, dimension: Dimension) -> Cell {
    let list: Vec<String> = row
        .labels
        .iter()
        .filter(|(d, _, _)| *d == dimension)
        .map(|(_, id, confirmed)| {
            format!("{id} [{}]", if *confirmed { "confirmed" } else { "auto" })
        })
        .collect();
    if list.is_empty() {
        Cell::Empty
    } else {
        text(list.join("; "))
    }
}

fn kind_id(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice => "single_choice",
        QuestionKind::MultipleChoice => "multiple_choice",
        QuestionKind::Scale => "scale",
        QuestionKind::FreeText => "free_text",
        QuestionKind::Idea => "idea",
    }
}

/// The rows of the export, cells in [`COLUMNS`] order.
pub fn table(
    rows: &[ExportRow],
    consultation: &Consultation,
    code: &str,
    lang: Lang,
) -> Vec<Vec<Cell>> {
    rows.iter()
        .map(|r| {
            let found =
                consultation.questions.iter().enumerate().find(|(_, q)| q.id == r.question_id);
            let (number, prompt, kind) = match found {
                Some((i, q)) => {
                    (Cell::Number(i as i64 + 1), text(q.prompt.get(lang).1), text(kind_id(q.kind)))
                }
                None => (Cell::Empty, Cell::Empty, Cell::Empty),
            };
            let option = r
                .option_id
                .and_then(|o| found.and_then(|(_, q)| q.options.iter().find(|opt| opt.id == o)));
            vec![
                Cell::Number(r.response as i64),
                text(code),
                text(hour(r.submitted_hour)),
                text(r.lang.clone()),
                opt_text(r.age_band.clone()),
                opt_text(r.county.clone()),
                number,
                prompt,
                kind,
                opt_text(option.map(|o| o.label.get(lang).1)),
                r.scale.map_or(Cell::Empty, Cell::Number),
                opt_text(r.title.clone()),
                opt_text(r.text.clone()),
                opt_text(r.review.map(ReviewStatus::as_str)),
                labels(r, Dimension::Goal),
                labels(r, Dimension::Arena),
                labels(r, Dimension::Factor),
            ]
        })
        .collect()
}

/// A spreadsheet would run a cell that starts like a formula; such text gets a
/// leading apostrophe, which spreadsheets show as plain text.
fn defuse(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

fn csv_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r', ';']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// RFC 4180 CSV with a byte-order mark, so spreadsheets read it as UTF-8.
pub fn csv(table: &[Vec<Cell>]) -> String {
    csv_with(&COLUMNS, table)
}

/// [`csv`] with other column names.
pub fn csv_with(columns: &[&str], table: &[Vec<Cell>]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&columns.join(","));
    out.push_str("\r\n");
    for row in table {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match cell {
                Cell::Text(s) => csv_field(&mut out, &defuse(s)),
                Cell::Number(n) => out.push_str(&n.to_string()),
                Cell::Empty => {}
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// Writes `columns` as a bold header and `table` under it on `sheet`.
fn fill_sheet(
    sheet: &mut rust_xlsxwriter::Worksheet,
    columns: &[&str],
    table: &[Vec<Cell>],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (c, name) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    for (r, row) in table.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match cell {
                // Written as strings, never as formulas, whatever they start with.
                Cell::Text(s) => sheet.write_string(r, c, s)?,
                Cell::Number(n) => sheet.write_number(r, c, *n as f64)?,
                Cell::Empty => sheet,
            };
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// A workbook of one sheet named `name`.
pub fn xlsx_with(
    name: &str,
    columns: &[&str],
    table: &[Vec<Cell>],
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(name)?;
    fill_sheet(sheet, columns, table)?;
    book.save_to_buffer()
}

/// A workbook with the answers and, on a second sheet, the data dictionary.
pub fn xlsx(table: &[Vec<Cell>], lang: Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name(tr(lang, "export-sheet-answers"))?;
    fill_sheet(sheet, &COLUMNS, table)?;
    let dictionary = book.add_worksheet();
    dictionary.set_name(tr(lang, "export-sheet-dictionary"))?;
    dictionary.write_string_with_format(0, 0, tr(lang, "export-dictionary-column"), &bold)?;
    dictionary.write_string_with_format(0, 1, tr(lang, "export-dictionary-meaning"), &bold)?;
    for (i, name) in COLUMNS.iter().enumerate() {
        dictionary.write_string(i as u32 + 1, 0, *name)?;
        dictionary.write_string(i as u32 + 1, 1, tr(lang, &format!("export-col-{name}")))?;
    }
    dictionary.set_column_width(0, 18)?;
    dictionary.set_column_width(1, 90)?;
    book.save_to_buffer()
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

/// `GET /staff/sessions/{code}/export.csv`
pub async fn session_csv(
    st: State<AppState>,
    code: Path<String>,
    session: Session,
    headers: HeaderMap,
) -> Response {
    export(st, code, session, headers, Format::Csv).await
}

/// `GET /staff/sessions/{code}/export.xlsx`
pub async fn session_xlsx(
    st: State<AppState>,
    code: Path<String>,
    session: Session,
    headers: HeaderMap,
) -> Response {
    export(st, code, session, headers, Format::Xlsx).await
}

async fn export(
    State(st): State<AppState>,
    Path(code): Path<String>,
    session: Session,
    headers: HeaderMap,
    format: Format,
) -> Response {
    let lang = page::lang(&headers);
    let info = match own_session(&st, &session, &headers, &code).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let rows = match st.store.export_rows(&[info.id]).await {
        Ok(rows) => rows,
        Err(e) => return page::internal(lang, e),
    };
    let code = info.join_code.to_string();
    let cells = table(&rows, &info.consultation, &code, lang);
    download(lang, format, &format!("ungstemme-{code}"), || csv(&cells), || xlsx(&cells, lang))
}

/// A table as a file to save, CSV or workbook (`file` without its ending), never
/// cached; a workbook that cannot be written is logged and refused.
pub(super) fn download(
    lang: Lang,
    format: Format,
    file: &str,
    csv: impl FnOnce() -> String,
    xlsx: impl FnOnce() -> Result<Vec<u8>, rust_xlsxwriter::XlsxError>,
) -> Response {
    let (kind, ending, body) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "csv", csv().into_bytes()),
        Format::Xlsx => match xlsx() {
            Ok(bytes) => {
                ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", bytes)
            }
            Err(e) => {
                tracing::error!(error = %e, "could not write the workbook");
                return page::refused(
                    lang,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "error-title",
                    "error-generic",
                    "/staff",
                );
            }
        },
    };
    (
        [
            (header::CONTENT_TYPE, kind.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}.{ending}\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_text_is_defused_and_quoted() {
        let table = vec![vec![
            text("=HYPERLINK(\"http://x\")"),
            text("-1+2"),
            text("plain, with comma"),
            Cell::Number(-3),
            Cell::Empty,
        ]];
        let out = csv(&table);
        let line = out.lines().nth(1).unwrap();
        assert_eq!(line, "\"'=HYPERLINK(\"\"http://x\"\")\",'-1+2,\"plain, with comma\",-3,");
    }

    #[test]
    fn hours_are_written_in_utc_to_the_hour() {
        assert_eq!(hour(1_764_000_000 / 3600), "2025-11-24 16:00");
        assert_eq!(hour(i64::MAX), "", "nonsense is left empty, not a panic");
    }
}
