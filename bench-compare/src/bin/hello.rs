//! A hello-world binary: the floor for process start-up (see BENCHMARKS.md).

fn main() {
    println!("Hello, world!");
}
