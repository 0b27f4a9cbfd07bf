//! Check a text from standard input: `cargo run -p withus-plain --example check < paper.md`.

use std::io::Read;

fn main() {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("could not read standard input: {e}");
        std::process::exit(1);
    }
    let report = withus_plain::check(&text, &withus_plain::Options::default());
    let r = report.reading;
    println!(
        "{} words, {} sentences, {} syllables: Flesch reading ease {:.1}, reading age {:.1}",
        r.words,
        r.sentences,
        r.syllables,
        r.flesch,
        r.reading_age()
    );
    for f in &report.findings {
        let (line, column) = withus_plain::line_and_column(&text, f.start);
        println!(
            "{line}:{column} {:?} \"{}\": {}",
            f.kind, f.text, f.suggestion
        );
    }
}
