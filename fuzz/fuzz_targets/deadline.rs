//! Arbitrary text as a deadline: parsing and resolving never panic, and a resolved deadline's
//! first day is never after its deadline day.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let period = chrono::NaiveDate::from_ymd_opt(2017, 9, 1).zip(chrono::NaiveDate::from_ymd_opt(2018, 4, 30));
    let meetings = [
        chrono::NaiveDate::from_ymd_opt(2018, 1, 25).unwrap(),
        chrono::NaiveDate::from_ymd_opt(2018, 3, 1).unwrap(),
    ];
    let ctx = fremdrift::plan::deadline::Context {
        period,
        meetings: Some(&meetings),
        meeting_series: Some("Formannskapet"),
    };
    if let Ok((_, r)) = fremdrift::plan::deadline::parse_and_resolve(text, &ctx) {
        assert!(r.first <= r.day);
    }
});
