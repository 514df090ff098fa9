//! Strategies for property tests that feed parsers what an attacker or a broken
//! phone might send: any Unicode, control characters, right-to-left marks,
//! combining marks, emoji sequences, percent signs and look-alike digits.

use proptest::prelude::*;

/// Pieces that have broken text handling elsewhere; glued together at random.
const PIECES: &[&str] = &[
    "",
    " ",
    "\t",
    "\r\n",
    "\n",
    "\u{0}",
    "\u{7f}",
    "\u{1b}[2J",
    "\u{202e}",
    "\u{200f}",
    "\u{200b}",
    "\u{feff}",
    "\u{fffd}",
    "\u{10ffff}",
    "e\u{301}\u{301}\u{301}",
    "İ",
    "ß",
    "ŊŋÁáČčĐđŠšŦŧŽž",
    "ÆØÅæøå",
    "שלום",
    "مرحبا",
    "你好",
    "🙂",
    "👩\u{200d}👩\u{200d}👧",
    "🇳🇴",
    "٣٤٥",
    "１２３",
    "%",
    "%zz",
    "%00",
    "+",
    "-",
    "--",
    "_",
    ".",
    "@",
    "=",
    "'",
    "\"",
    "\\",
    "<script>alert(1)</script>",
    "0",
    "9",
    "-1",
    "18446744073709551616",
    "9223372036854775808",
    "1e309",
    "NaN",
    "SVAR25",
    "nb",
    "se-NO",
    "13-15",
];

/// Any string, from plain random Unicode to glued hostile pieces.
pub fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(PIECES), 0..12).prop_map(|p| p.concat()),
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(PIECES).prop_map(str::to_string),
                "[ -~]{0,6}",
                any::<char>().prop_map(String::from),
            ],
            0..16
        )
        .prop_map(|p| p.concat()),
    ]
}
