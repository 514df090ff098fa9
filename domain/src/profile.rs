//! The two optional facts a young person may give about themselves. Both are
//! coarse on purpose: together they must never single anyone out.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "10-12")]
    A10to12,
    #[serde(rename = "13-15")]
    A13to15,
    #[serde(rename = "16-19")]
    A16to19,
    #[serde(rename = "20-24")]
    A20to24,
    #[serde(rename = "25-29")]
    A25to29,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] =
        [AgeBand::A10to12, AgeBand::A13to15, AgeBand::A16to19, AgeBand::A20to24, AgeBand::A25to29];

    pub fn id(self) -> &'static str {
        match self {
            AgeBand::A10to12 => "10-12",
            AgeBand::A13to15 => "13-15",
            AgeBand::A16to19 => "16-19",
            AgeBand::A20to24 => "20-24",
            AgeBand::A25to29 => "25-29",
        }
    }

    pub fn parse(id: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// Norway's counties from 1 January 2024. The id is stable; names are in the locales
/// (`county-<id>`), since Sámi and Norwegian names differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct County(&'static str);

impl County {
    pub const ALL: [&'static str; 15] = [
        "agder",
        "akershus",
        "buskerud",
        "finnmark",
        "innlandet",
        "more-og-romsdal",
        "nordland",
        "oslo",
        "rogaland",
        "telemark",
        "troms",
        "trondelag",
        "vestfold",
        "vestland",
        "ostfold",
    ];

    pub fn parse(id: &str) -> Option<County> {
        County::ALL.iter().find(|c| **c == id).map(|c| County(c))
    }

    pub fn id(self) -> &'static str {
        self.0
    }
}

impl Serialize for County {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for County {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        County::parse(&s).ok_or_else(|| serde::de::Error::custom("unknown county"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for a in AgeBand::ALL {
            assert_eq!(AgeBand::parse(a.id()), Some(a));
        }
        assert_eq!(AgeBand::parse("30-39"), None);
        assert_eq!(County::parse("troms").unwrap().id(), "troms");
        assert!(County::parse("Troms").is_none());
        assert!(serde_json::from_str::<County>("\"narnia\"").is_err());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::hostile::nasty;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Only the exact ids are accepted; what is accepted round-trips.
        #[test]
        fn profile_ids_parse_exactly(id in nasty()) {
            if let Some(a) = AgeBand::parse(&id) {
                prop_assert_eq!(a.id(), id.as_str());
            }
            if let Some(c) = County::parse(&id) {
                prop_assert_eq!(c.id(), id.as_str());
            }
            let json = serde_json::to_string(&id).unwrap();
            let _ = serde_json::from_str::<AgeBand>(&json);
            prop_assert_eq!(serde_json::from_str::<County>(&json).ok(), County::parse(&id));
        }
    }

    #[test]
    fn every_id_round_trips_through_json() {
        for a in AgeBand::ALL {
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(serde_json::from_str::<AgeBand>(&json).unwrap(), a);
        }
        for id in County::ALL {
            let c = County::parse(id).unwrap();
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(serde_json::from_str::<County>(&json).unwrap(), c);
        }
    }
}
