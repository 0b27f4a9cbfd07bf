use withus_selection::generate::pool;
fn main() {
    let n: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let c: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    let k: usize = std::env::args().nth(3).unwrap().parse().unwrap();
    let instance = pool(n, c, k, &format!("bench {n} {k}"));
    let t = std::time::Instant::now();
    let r = withus_selection::leximin(&instance).unwrap();
    println!("{:?} min {}", t.elapsed(), r.min_probability);
}
