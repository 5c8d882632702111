//! Days in serde: as chrono writes them (ISO text, "2017-11-30") in human-readable formats such
//! as JSON, and as a day number (days from the Common Era, an `i32`) in binary ones, the parse
//! cache's entries (`postcard`), which then decode without parsing any text.
//!
//! Used as `#[serde(with = "crate::plan::serde_date")]` (and `::option`, `::vec`).

use chrono::{Datelike, NaiveDate};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer>(day: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    if s.is_human_readable() {
        day.serialize(s)
    } else {
        day.num_days_from_ce().serialize(s)
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    if d.is_human_readable() {
        NaiveDate::deserialize(d)
    } else {
        let n = i32::deserialize(d)?;
        NaiveDate::from_num_days_from_ce_opt(n)
            .ok_or_else(|| D::Error::custom(format_args!("day number {n} is out of range")))
    }
}

/// One day, in the form above.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct Day(#[serde(with = "self")] NaiveDate);

/// `Option<NaiveDate>`.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        day.map(Day).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Day>::deserialize(d)?.map(|d| d.0))
    }
}

/// `Vec<NaiveDate>`.
pub mod vec {
    use super::*;

    pub fn serialize<S: Serializer>(days: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(days.iter().copied().map(Day))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Ok(Vec::<Day>::deserialize(d)?
            .into_iter()
            .map(|d| d.0)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct T {
        #[serde(with = "super")]
        a: NaiveDate,
        #[serde(with = "super::option")]
        b: Option<NaiveDate>,
        #[serde(with = "super::vec")]
        c: Vec<NaiveDate>,
    }

    fn t() -> T {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        T {
            a: d(2017, 11, 30),
            b: Some(d(1, 1, 1)),
            c: vec![
                d(-44, 3, 15),
                d(2018, 6, 30),
                NaiveDate::MIN,
                NaiveDate::MAX,
            ],
        }
    }

    #[test]
    fn json_keeps_chronos_text() {
        let json = serde_json::to_string(&t()).unwrap();
        assert!(
            json.starts_with(r#"{"a":"2017-11-30","b":"0001-01-01","#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), t());
    }

    #[test]
    fn binary_formats_keep_a_day_number_and_read_it_back() {
        let bytes = postcard::to_stdvec(&t()).unwrap();
        assert_eq!(postcard::from_bytes::<T>(&bytes).unwrap(), t());
        let none = T { b: None, ..t() };
        let bytes = postcard::to_stdvec(&none).unwrap();
        assert_eq!(postcard::from_bytes::<T>(&bytes).unwrap(), none);
        // A day number out of chrono's range is an error, not a panic.
        let bytes = postcard::to_stdvec(&(i32::MAX, None::<i32>, Vec::<i32>::new())).unwrap();
        assert!(postcard::from_bytes::<T>(&bytes).is_err());
    }
}
