//! Distress screening: does a text signal acute personal risk (suicidal thoughts,
//! self-harm, abuse at home, being in danger)? Cue phrases per language live in
//! `data/distress.txt` (see its header for the kinds); this module adds them up.
//!
//! The rule, leaning toward recall: any first-person risk cue of weight 1 fires;
//! weaker cues, talk of suicide together with a first-person present cue, and fear
//! or violence together with home add up and fire at 1, unless "talk about" guards
//! (campaign, school project, long ago, hyperbole such as "Jeg DØR hvis…") cancel the
//! weak part. A weight-1 cue is never cancelled.

use crate::cues::{parse_lines, CueSet};

const DATA: &str = include_str!("../data/distress.txt");

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Risk,
    Abuse,
    Topic,
    SelfRef,
    Fear,
    Home,
    Hurt,
    Guard,
}

/// The screen's verdict for one text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Screen {
    /// True when the young person should be shown help now.
    pub flagged: bool,
    /// The summed evidence; `flagged` is `score >= 1`.
    pub score: f32,
    /// True when the risk comes from others (abuse, violence, neglect, danger at
    /// home) rather than from self-harm or suicidal thoughts.
    pub abuse: bool,
}

/// The compiled distress cues.
pub struct Screener {
    cues: CueSet<(Kind, f32)>,
}

impl Screener {
    /// Compiles the shipped cue file.
    pub fn new() -> Self {
        let entries = parse_lines(DATA)
            .into_iter()
            .filter_map(|(pat, rest)| {
                let (kind, w) = rest.split_once(':').unwrap_or((rest.as_str(), "1"));
                let kind = match kind.trim() {
                    "risk" => Kind::Risk,
                    "abuse" => Kind::Abuse,
                    "topic" => Kind::Topic,
                    "self" => Kind::SelfRef,
                    "fear" => Kind::Fear,
                    "home" => Kind::Home,
                    "hurt" => Kind::Hurt,
                    "guard" => Kind::Guard,
                    _ => return None,
                };
                Some((pat, (kind, w.trim().parse().unwrap_or(1.0))))
            })
            .collect();
        Screener { cues: CueSet::new(entries) }
    }

    /// Screens `normalized` text (the output of [`crate::text::normalize`]).
    pub fn screen(&self, normalized: &str) -> Screen {
        let (mut strong, mut weak, mut topic, mut selfref, mut guard) =
            (0.0f32, 0.0, 0.0, 0.0f32, 0.0);
        let (mut fear, mut home, mut hurt) = (false, false, false);
        let (mut abuse_w, mut self_w) = (0.0f32, 0.0f32);
        self.cues.for_each_hit(normalized, |_, &(kind, w), _| match kind {
            Kind::Risk | Kind::Abuse => {
                if kind == Kind::Abuse {
                    abuse_w += w;
                } else {
                    self_w += w;
                }
                if w >= 1.0 {
                    strong += w;
                } else {
                    weak += w;
                }
            }
            Kind::Topic => topic += w,
            Kind::SelfRef => selfref += w,
            Kind::Fear => fear = true,
            Kind::Home => home = true,
            Kind::Hurt => hurt = true,
            Kind::Guard => guard += w,
        });
        if topic > 0.0 {
            weak += 0.4 + 0.6 * selfref.min(1.0);
        }
        if fear && home {
            weak += 0.6;
        }
        if hurt && home {
            weak += 0.8;
            abuse_w += 0.8;
        }
        if topic > 0.0 {
            self_w += topic;
        }
        let score = strong + (weak - guard).max(0.0);
        Screen { flagged: score >= 1.0, score, abuse: abuse_w > self_w }
    }
}

impl Default for Screener {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;
    use std::sync::OnceLock;

    fn flagged(t: &str) -> bool {
        static S: OnceLock<Screener> = OnceLock::new();
        S.get_or_init(Screener::new).screen(&normalize(t)).flagged
    }

    #[test]
    fn positives_in_four_languages() {
        for t in [
            // bokmål
            "jeg orker ikke mer, det er ingen vits å leve",
            "Har spart opp piller i skuffen",
            "har skrevet et brev i tilfelle noe skjer",
            "Stefaren min slår meg når mamma er på jobb",
            "jeg tenker på selvmord hver kveld",
            // nynorsk
            "eg orkar ikkje meir, vil berre at alt skal vere over",
            "Eg har skada meg sjølv igjen i natt",
            "far min låser meg inne når han drikk",
            // davvisámegiella, with and without Sámi letters
            "in nagot šat, dál lean gávdnan vuogi",
            "mun jurddašan iešsorbmema birra juohke beaivvi",
            "áhčči cápmá mu go son juhká",
            "ahcci capma mu go son juhka",
            // English
            "i want to die and i've been looking up ways to do it",
            "I cut myself again last night",
            "my stepdad hits me when he's drunk and i'm scared to go home",
        ] {
            assert!(flagged(t), "should flag: {t}");
        }
    }

    #[test]
    fn abuse_is_told_from_self_harm() {
        static S: OnceLock<Screener> = OnceLock::new();
        let s = S.get_or_init(Screener::new);
        assert!(s.screen(&normalize("Stefaren min slår meg")).abuse);
        assert!(!s.screen(&normalize("jeg kutter meg hver kveld")).abuse);
    }

    #[test]
    fn near_misses_in_four_languages() {
        for t in [
            "Jeg DØR hvis de legger ned kiosken 😭",
            "Matteprøva tok livet av meg i dag",
            "Vi lager en kampanje om selvmordsforebygging på skolen",
            "Oldefar tok livet sitt for mange år siden, det snakker vi aldri om",
            "Eg skriv særoppgåve om sjølvskading på TikTok",
            "Det var ein valdeleg lærar her før, men han har slutta",
            "Mii ráhkadit plakáhtaid iešsorbmeneastadeami birra",
            "my coach said he'd kill us if we lost lol",
            "We did a project on suicide rates among young men",
            "I saw a fight at a party and everyone just filmed it",
            "I'm scared I won't get a summer job",
        ] {
            assert!(!flagged(t), "should not flag: {t}");
        }
    }
}
