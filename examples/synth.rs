//! Writes a synthetic plan: `cargo run --release --example synth -- N [SEED] > plan.toml`.
fn main() {
    let mut args = std::env::args().skip(1);
    let n = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    print!("{}", fremdrift::synth::plan_text("Syntetisk plan", n, seed));
}
