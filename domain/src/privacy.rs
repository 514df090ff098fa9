//! Small-number protection: no count, group or quote that comes from fewer than
//! k young people is shown. The thresholds live here so every view uses the same.
//!
//! [`protect_table`] suppresses a two-way table of counts with its row, column and
//! grand totals. Each cell counts inputs and knows how many distinct young people
//! they came from; a cell from 1 to k − 1 people is hidden (primary suppression).
//! A total is hidden unless some cell of its line alone comes from k or more
//! people (people are not additive: this errs on the side of hiding). Then, as long
//! as any row or column (totals included) has exactly one hidden entry — which its
//! total minus the others would give away — the smallest shown non-zero entry of
//! that line is hidden too (secondary suppression). Zeros stay shown: that nobody
//! in a group said something identifies nobody.
//!
//! Suppression protects one table. Two views can still be compared — "all
//! counties" against "all but one", or two periods that differ by a month — and
//! their difference would be a small group's exact count. So every shown count is
//! also adjusted by up to [`MAX_ADJUSTMENT`] either way ([`adjusted`]), by an amount
//! that depends only on which inputs the count covers (a cell key: the sum of their
//! ids) and the count itself: the same inputs always get the same adjustment, so
//! asking again, or through another filter, teaches nothing, while two different
//! sets get unrelated ones, so a difference no longer gives a small count away (the
//! cell-key method statistics offices use for tables built on demand).

use serde::{Deserialize, Serialize};

/// Smallest group a signed-in reviewer sees a count of, or a quote from, unless
/// configured otherwise.
pub const REVIEWER_MIN_GROUP: i64 = 5;
/// Smallest group counted on the public page and in the open-data API, unless
/// configured otherwise.
pub const PUBLIC_MIN_GROUP: i64 = 10;
/// No setting may go below this: a "group" of one or two is a person.
pub const LOWEST_K: i64 = 3;

/// The thresholds in force: one for signed-in reviewers, one for what anyone may
/// read. Public figures are never finer than the reviewers' own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    pub reviewer: i64,
    pub public: i64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { reviewer: REVIEWER_MIN_GROUP, public: PUBLIC_MIN_GROUP }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ThresholdError {
    #[error("the smallest group must be at least {LOWEST_K} young people (got {0})")]
    TooLow(i64),
    #[error("the public threshold ({public}) must not be below the reviewers' ({reviewer})")]
    PublicBelowReviewer { reviewer: i64, public: i64 },
}

impl Thresholds {
    pub fn new(reviewer: i64, public: i64) -> Result<Thresholds, ThresholdError> {
        if let Some(low) = [reviewer, public].into_iter().find(|k| *k < LOWEST_K) {
            return Err(ThresholdError::TooLow(low));
        }
        if public < reviewer {
            return Err(ThresholdError::PublicBelowReviewer { reviewer, public });
        }
        Ok(Thresholds { reviewer, public })
    }

    /// Whether a group of `size` may be shown to a reviewer.
    pub fn shown_to_reviewer(self, size: i64) -> bool {
        size >= self.reviewer
    }
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

/// One cell: how many inputs, from how many distinct young people, and its key —
/// the same number whenever the cell covers the same inputs (the sum of their ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cell {
    pub count: i64,
    pub people: i64,
    pub key: i64,
}

impl Cell {
    /// A cell where every input is one person's (a count of people).
    pub fn people(n: i64) -> Cell {
        Cell { count: n, people: n, key: 0 }
    }

    pub fn with_key(self, key: i64) -> Cell {
        Cell { key, ..self }
    }
}

/// The most a shown count is moved either way.
pub const MAX_ADJUSTMENT: i64 = 2;

/// Adjustments and how often each is drawn (in tenths): zero on average, the
/// true count four times in ten.
const ADJUSTMENTS: [i64; 10] = [-2, -1, -1, 0, 0, 0, 0, 1, 1, 2];

/// A shown count as it is shown: `count` moved by up to [`MAX_ADJUSTMENT`], by an
/// amount fixed by the cell key and the count, and never below `k` (a count of
/// zero stays zero).
pub fn adjusted(count: i64, key: i64, k: i64) -> i64 {
    if count == 0 {
        return 0;
    }
    // splitmix64 over the key and the count: well spread, and deterministic.
    let mut z = (key as u64) ^ (count as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (count + ADJUSTMENTS[(z % 10) as usize]).max(k)
}

/// Suppresses `cells` (rows of equal length) and its totals for threshold `k`; see
/// the module's description.
pub fn protect_table(cells: &[Vec<Cell>], k: i64) -> ProtectedTable {
    let rows = cells.len();
    let cols = cells.first().map_or(0, Vec::len);
    // The table with its margins: row `rows` holds the column totals, column `cols`
    // the row totals, and the corner the grand total.
    let mut full = vec![vec![0i64; cols + 1]; rows + 1];
    // The cell keys of entries and margins: a margin covers its cells' inputs.
    let mut keys = vec![vec![0i64; cols + 1]; rows + 1];
    // Whether an entry comes from fewer than k people (and is not zero).
    let mut small = vec![vec![false; cols + 1]; rows + 1];
    let mut row_big = vec![false; rows];
    let mut col_big = vec![false; cols];
    for (r, row) in cells.iter().enumerate() {
        for (c, cell) in row.iter().enumerate().take(cols) {
            full[r][c] = cell.count;
            full[r][cols] += cell.count;
            full[rows][c] += cell.count;
            full[rows][cols] += cell.count;
            for (kr, kc) in [(r, c), (r, cols), (rows, c), (rows, cols)] {
                keys[kr][kc] = keys[kr][kc].wrapping_add(cell.key);
            }
            small[r][c] = cell.count > 0 && cell.people < k;
            row_big[r] |= cell.people >= k;
            col_big[c] |= cell.people >= k;
        }
    }
    for r in 0..rows {
        small[r][cols] = full[r][cols] > 0 && !row_big[r];
    }
    for c in 0..cols {
        small[rows][c] = full[rows][c] > 0 && !col_big[c];
    }
    small[rows][cols] = full[rows][cols] > 0 && !row_big.iter().any(|b| *b);
    let mut hidden = small;
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
            Shown::Count(adjusted(full[r][c], keys[r][c], k))
        }
    };
    ProtectedTable {
        cells: (0..rows).map(|r| (0..cols).map(|c| shown(r, c)).collect()).collect(),
        row_totals: (0..rows).map(|r| shown(r, cols)).collect(),
        column_totals: (0..cols).map(|c| shown(rows, c)).collect(),
        total: shown(rows, cols),
    }
}

/// A list of counts that partition a whole (months, say) and their total: a table
/// of one row.
pub fn protect_list(cells: &[Cell], k: i64) -> (Vec<Shown>, Shown) {
    let t = protect_table(&[cells.to_vec()], k);
    let shown = t.cells.into_iter().next().unwrap_or_default();
    (shown, t.row_totals.first().copied().unwrap_or(Shown::Count(0)))
}

/// One count on its own, shown only when it comes from k or more people (for
/// lists whose entries overlap, where no total ties them together).
pub fn protect_one(cell: Cell, k: i64) -> Shown {
    if cell.count == 0 || cell.people >= k {
        Shown::Count(adjusted(cell.count, cell.key, k))
    } else {
        Shown::Hidden
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_under_five_are_not_shown_and_k_cannot_be_set_to_nothing() {
        let k = Thresholds::default();
        assert!(!k.shown_to_reviewer(0));
        assert!(!k.shown_to_reviewer(4));
        assert!(k.shown_to_reviewer(5));
        assert_eq!(k.public, 10);
        assert_eq!(Thresholds::new(2, 10), Err(ThresholdError::TooLow(2)));
        assert!(matches!(Thresholds::new(8, 6), Err(ThresholdError::PublicBelowReviewer { .. })));
        assert_eq!(Thresholds::new(7, 12).map(|k| k.shown_to_reviewer(7)), Ok(true));
    }

    /// A shown count: the true one as adjusted, given its inputs' key.
    fn shown(count: i64, key: i64) -> Shown {
        Shown::Count(adjusted(count, key, 5))
    }

    #[test]
    fn a_lone_small_cell_takes_a_neighbour_with_it() {
        let t = protect_table(&table(&[vec![3, 20, 30], vec![12, 40, 50]]), 5);
        assert_eq!(t.cells[0][0], Shown::Hidden, "primary");
        // Row 0 and column 0 would give it away: the smallest other cells go too.
        assert_eq!(t.cells[0][1], Shown::Hidden);
        assert_eq!(t.cells[1][0], Shown::Hidden);
        assert_eq!(t.cells[1][1], Shown::Hidden);
        // Cell (1, 2) has key 6 (cells are keyed by position in `table`); the
        // total covers them all.
        assert_eq!(t.cells[1][2], shown(50, 6));
        assert_eq!(t.total, shown(155, 1 + 2 + 3 + 4 + 5 + 6));
    }

    #[test]
    fn zeros_and_large_tables_stay_shown() {
        let t = protect_table(&table(&[vec![0, 20], vec![30, 0]]), 5);
        assert!(t.cells.iter().flatten().all(|s| s.count().is_some()), "{t:?}");
        assert_eq!(t.cells[0][0], Shown::Count(0));
        assert_eq!(t.row_totals, [shown(20, 2), shown(30, 3)]);
    }

    #[test]
    fn a_small_total_is_hidden() {
        let t = protect_table(&table(&[vec![1, 2], vec![0, 0]]), 5);
        assert_eq!(t.total, Shown::Hidden);
        assert_eq!(t.row_totals[0], Shown::Hidden);
    }

    #[test]
    fn many_inputs_from_few_people_are_hidden() {
        // Twelve texts, but from three young people.
        let few = Cell { count: 12, people: 3, key: 7 };
        let t = protect_table(&[vec![few, Cell::people(40).with_key(9)]], 5);
        assert_eq!(t.cells[0][0], Shown::Hidden);
        assert_eq!(t.cells[0][1], Shown::Hidden, "secondary: the row total would give it away");
        assert_eq!(t.row_totals[0], shown(52, 16));
        assert_eq!(protect_one(few, 5), Shown::Hidden);
        assert_eq!(protect_one(Cell::people(0), 5), Shown::Count(0));
        let (months, total) = protect_list(
            &[
                Cell::people(9).with_key(1),
                Cell::people(2).with_key(2),
                Cell::people(30).with_key(3),
            ],
            5,
        );
        assert_eq!(months, [Shown::Hidden, Shown::Hidden, shown(30, 3)]);
        assert_eq!(total, shown(41, 6));
    }

    #[test]
    fn adjustments_are_small_balanced_and_the_same_for_the_same_inputs() {
        let mut seen = [0usize; 5];
        let mut sum = 0i64;
        for key in 0..10_000i64 {
            let key = key.wrapping_mul(7_919);
            let n = adjusted(50, key, 5);
            assert_eq!(n, adjusted(50, key, 5), "the same inputs, the same count");
            let d = n - 50;
            assert!(d.abs() <= MAX_ADJUSTMENT);
            seen[(d + 2) as usize] += 1;
            sum += d;
        }
        // Every adjustment occurs, about as often as drawn, and they cancel out.
        for (d, (n, tenths)) in seen.iter().zip([1, 2, 4, 2, 1]).enumerate() {
            let want = tenths * 1_000;
            assert!(n.abs_diff(want) < 200, "adjustment {} seen {n} times", d as i64 - 2);
        }
        assert!(sum.abs() < 300, "{sum}");
        assert_eq!(adjusted(0, 12345, 5), 0);
        assert!((0..1000).all(|key| adjusted(5, key, 5) >= 5), "never below k");
    }

    /// Two views whose inputs differ by a small group (a county of three young
    /// people left out, say): the difference of their shown totals is the group's
    /// true size only now and then, so comparing views does not give it away.
    #[test]
    fn the_difference_of_two_views_does_not_give_a_small_group_away() {
        let mut exact = 0;
        for trial in 0..2_000i64 {
            // Inputs with ids trial*100 + 1 … ; the small group is the last three.
            let ids: Vec<i64> = (1..=40).map(|i| trial * 100 + i).collect();
            let all: i64 = ids.iter().sum();
            let without: i64 = ids[..37].iter().sum();
            let a = protect_one(Cell { count: 40, people: 40, key: all }, 5);
            let b = protect_one(Cell { count: 37, people: 37, key: without }, 5);
            if a.count().unwrap() - b.count().unwrap() == 3 {
                exact += 1;
            }
        }
        // Both adjustments equal: P = 0.1² + 0.2² + 0.4² + 0.2² + 0.1² = 0.26.
        assert!((400..650).contains(&exact), "the difference was exact {exact} times in 2000");
    }

    /// Cells of `counts`, keyed 1, 2, 3, … in reading order (empty ones 0).
    fn table(counts: &[Vec<i64>]) -> Vec<Vec<Cell>> {
        let mut key = 0;
        counts
            .iter()
            .map(|row| {
                row.iter()
                    .map(|&n| {
                        key += 1;
                        // An empty cell covers no inputs.
                        Cell::people(n).with_key(if n == 0 { 0 } else { key })
                    })
                    .collect()
            })
            .collect()
    }

    /// Property: over many random tables, (1) every shown count is within the adjustment of the true one (zero exactly zero),
    /// (2) no shown count comes from fewer than k people, and (3) no row or column, totals
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
            let cells: Vec<Vec<Cell>> = (0..rows)
                .map(|_| {
                    (0..cols)
                        .map(|_| {
                            let count = match next(4) {
                                0 => 0,
                                1 => next(k as u64) as i64,
                                _ => next(60) as i64,
                            };
                            // Some young people wrote several texts.
                            let people = if count == 0 { 0 } else { 1 + next(count as u64) as i64 };
                            Cell { count, people, key: next(1 << 40) as i64 }
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
                    (true, true) => cells[r][c].count,
                    (true, false) => cells[r].iter().map(|x| x.count).sum(),
                    (false, true) => cells.iter().map(|row| row[c].count).sum(),
                    (false, false) => cells.iter().flatten().map(|x| x.count).sum(),
                }
            };
            // Whether an entry may be shown at all: a cell from k people, a total
            // with such a cell in its line.
            let from_enough = |r: usize, c: usize| -> bool {
                match (r < rows, c < cols) {
                    (true, true) => cells[r][c].people >= k,
                    (true, false) => cells[r].iter().any(|x| x.people >= k),
                    (false, true) => cells.iter().any(|row| row[c].people >= k),
                    (false, false) => cells.iter().flatten().any(|x| x.people >= k),
                }
            };
            for (r, line) in full.iter().enumerate() {
                for (c, shown) in line.iter().enumerate() {
                    if let Shown::Count(n) = *shown {
                        let t = truth(r, c);
                        assert!((n - t).abs() <= MAX_ADJUSTMENT, "{n} shown for {t}: {cells:?}");
                        assert_eq!(n == 0, t == 0, "zero is shown as zero, and only zero");
                        assert!(n == 0 || n >= k, "{n} shown, below k = {k}");
                        assert!(n == 0 || from_enough(r, c), "{n} from < {k} people: {cells:?}");
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
