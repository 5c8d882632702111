//! Loads a plan many times, for profiling: `cargo run --release --example profile_load -- PLAN`.
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "plans/naeringsvennlig-kommune.toml".into());
    let text = std::fs::read_to_string(&path).expect("readable plan");
    let mut n = 0;
    for _ in 0..10 {
        n += fremdrift::file::parse_plan(&text)
            .plan
            .map_or(0, |p| p.activities.len());
    }
    println!("{n}");
}
