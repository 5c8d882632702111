//! Arbitrary bytes as a plan file: decoding, parsing, validation and rendering the problems
//! must never panic, and every problem must carry a position inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::path::Path::new("fuzz.toml");
    let Ok(source) = fremdrift::file::decode(path, data.to_vec()) else {
        return;
    };
    let parsed = fremdrift::file::parse_plan(&source.text);
    for d in &parsed.diagnostics {
        let span = d.span.clone().expect("every problem has a position");
        assert!(span.end <= source.text.len());
    }
    assert_eq!(parsed.plan.is_some(), !parsed.has_errors());
    let _ = fremdrift::diagnostics::render(&parsed.diagnostics, "fuzz.toml", &source.text, false);
});
