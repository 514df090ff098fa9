//! Small-number protection: no count, group or quote that comes from fewer than
//! k young people is shown. The thresholds live here so every view uses the same.
//!
//! [`protect_table`] suppresses a two-way table of counts with its row, column and
//! grand totals: every count from 1 to k − 1 is hidden (primary suppression), and
//! then, as long as any row or column (totals included) has exactly one hidden
//! entry — which its total minus the others would give away — the smallest shown
//! non-zero entry of that line is hidden too (secondary suppression). Zeros stay
//! shown: that nobody in a group said something identifies nobody. What this does
//! not cover — differences between overlapping filters or adjacent periods — the
//! views that offer them must handle by showing only cells built the same way.

use serde::{Deserialize, Serialize};

/// Smallest group a signed-in reviewer sees a count of, or a quote from.
pub const REVIEWER_MIN_GROUP: i64 = 5;

/// Whether a group of `size` may be shown to a reviewer.
pub fn shown_to_reviewer(size: i64) -> bool {
    size >= REVIEWER_MIN_GROUP
}

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shown {
    Count(i64),
    Hidden,
}

impl Shown {
    pub fn count(self) -> Option<i64> {
        match self {
            Shown::Count(n) => Some(n),
            Shown::Hidden => None,
        }
    }
}

/// A table of counts after suppression, with its totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectedTable {
    /// `cells[row][column]`.
    pub cells: Vec<Vec<Shown>>,
    pub row_totals: Vec<Shown>,
    pub column_totals: Vec<Shown>,
    pub total: Shown,
}

/// Suppresses `cells` (rows of equal length, counts ≥ 0) and its totals for
/// threshold `k`; see the module's description.
pub fn protect_table(cells: &[Vec<i64>], k: i64) -> ProtectedTable {
    let rows = cells.len();
    let cols = cells.first().map_or(0, Vec::len);
    // The table with its margins: row `rows` holds the column totals, column `cols`
    // the row totals, and the corner the grand total.
    let mut full = vec![vec![0i64; cols + 1]; rows + 1];
    for (r, row) in cells.iter().enumerate() {
        for (c, &n) in row.iter().enumerate().take(cols) {
            full[r][c] = n;
            full[r][cols] += n;
            full[rows][c] += n;
            full[rows][cols] += n;
        }
    }
    let mut hidden: Vec<Vec<bool>> =
        full.iter().map(|row| row.iter().map(|&n| n > 0 && n < k).collect()).collect();
    // Each line is one equation (the entries before the last add up to the last).
    let lines: Vec<Vec<(usize, usize)>> = (0..=rows)
        .map(|r| (0..=cols).map(|c| (r, c)).collect())
        .chain((0..=cols).map(|c| (0..=rows).map(|r| (r, c)).collect()))
        .collect();
    loop {
        let mut changed = false;
        for line in &lines {
            if line.iter().filter(|&&(r, c)| hidden[r][c]).count() != 1 {
                continue;
            }
            let pick = line
                .iter()
                .filter(|&&(r, c)| !hidden[r][c] && full[r][c] > 0)
                .min_by_key(|&&(r, c)| (full[r][c], r, c));
            if let Some(&(r, c)) = pick {
                hidden[r][c] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let shown = |r: usize, c: usize| {
        if hidden[r][c] {
            Shown::Hidden
        } else {
            Shown::Count(full[r][c])
        }
    };
    ProtectedTable {
        cells: (0..rows).map(|r| (0..cols).map(|c| shown(r, c)).collect()).collect(),
        row_totals: (0..rows).map(|r| shown(r, cols)).collect(),
        column_totals: (0..cols).map(|c| shown(rows, c)).collect(),
        total: shown(rows, cols),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_under_five_are_not_shown() {
        assert!(!shown_to_reviewer(0));
        assert!(!shown_to_reviewer(4));
        assert!(shown_to_reviewer(5));
    }

    #[test]
    fn a_lone_small_cell_takes_a_neighbour_with_it() {
        let t = protect_table(&[vec![3, 20, 30], vec![12, 40, 50]], 5);
        assert_eq!(t.cells[0][0], Shown::Hidden, "primary");
        // Row 0 and column 0 would give it away: the smallest other cells go too.
        assert_eq!(t.cells[0][1], Shown::Hidden);
        assert_eq!(t.cells[1][0], Shown::Hidden);
        assert_eq!(t.cells[1][1], Shown::Hidden);
        assert_eq!(t.cells[1][2], Shown::Count(50));
        assert_eq!(t.total, Shown::Count(155));
    }

    #[test]
    fn zeros_and_large_tables_stay_shown() {
        let t = protect_table(&[vec![0, 20], vec![30, 0]], 5);
        assert!(t.cells.iter().flatten().all(|s| s.count().is_some()), "{t:?}");
        assert_eq!(t.row_totals, [Shown::Count(20), Shown::Count(30)]);
    }

    #[test]
    fn a_small_total_is_hidden() {
        let t = protect_table(&[vec![1, 2], vec![0, 0]], 5);
        assert_eq!(t.total, Shown::Hidden);
        assert_eq!(t.row_totals[0], Shown::Hidden);
    }

    /// Property: over many random tables, (1) every shown count is the true one,
    /// (2) no shown count is between 1 and k − 1, and (3) no row or column, totals
    /// included, has exactly one hidden entry, so no hidden count is the difference
    /// of shown ones.
    #[test]
    fn no_hidden_count_can_be_recomputed() {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..5_000 {
            let (rows, cols) = (1 + next(8) as usize, 1 + next(8) as usize);
            let k = 2 + next(9) as i64;
            let cells: Vec<Vec<i64>> = (0..rows)
                .map(|_| {
                    (0..cols)
                        .map(|_| match next(4) {
                            0 => 0,
                            1 => next(k as u64) as i64,
                            _ => next(60) as i64,
                        })
                        .collect()
                })
                .collect();
            let t = protect_table(&cells, k);
            let mut full: Vec<Vec<Shown>> = t.cells.clone();
            for (r, row) in full.iter_mut().enumerate() {
                row.push(t.row_totals[r]);
            }
            let mut last = t.column_totals.clone();
            last.push(t.total);
            full.push(last);
            let truth = |r: usize, c: usize| -> i64 {
                match (r < rows, c < cols) {
                    (true, true) => cells[r][c],
                    (true, false) => cells[r].iter().sum(),
                    (false, true) => cells.iter().map(|row| row[c]).sum(),
                    (false, false) => cells.iter().flatten().sum(),
                }
            };
            for (r, line) in full.iter().enumerate() {
                for (c, shown) in line.iter().enumerate() {
                    if let Shown::Count(n) = *shown {
                        assert_eq!(n, truth(r, c), "{cells:?}");
                        assert!(n == 0 || n >= k, "shown small count {n} (k = {k}) in {cells:?}");
                    }
                }
                let hidden_in_row = line.iter().filter(|s| **s == Shown::Hidden).count();
                assert_ne!(hidden_in_row, 1, "row {r} of {cells:?} gives a cell away: {t:?}");
            }
            for c in 0..=cols {
                let hidden_in_col = full.iter().filter(|line| line[c] == Shown::Hidden).count();
                assert_ne!(hidden_in_col, 1, "column {c} of {cells:?} gives a cell away: {t:?}");
            }
        }
    }
}
