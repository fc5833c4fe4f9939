//! The core's speed goals: loading and validating every bundled flow, a
//! durable save of progress, and exports that grow linearly with history.
//!
//!     cargo bench -p meta-optout-core --bench core

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use meta_optout_core::export::{self, Format};
use meta_optout_core::load::load_bundled;
use meta_optout_core::model::Platform;
use meta_optout_core::progress::{self, Mark, Progress, Status};
use meta_optout_core::Date;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("meta-optout-bench-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A store with one profile and `events` step changes spread over its steps.
fn store_with(events: usize) -> PathBuf {
    let dir = scratch(&format!("store-{events}"));
    let steps = ["object-on-facebook", "know-your-right", "write-your-reason", "know-the-deadline"];
    let mut list = vec![serde_json::json!({"seq": 1, "at": "2026-01-01T00:00:00Z", "change": {
        "type": "profile", "profile": "p1", "name": "Benchmark", "region": "DE", "platforms": ["facebook", "instagram"]}})];
    for i in 0..events {
        list.push(serde_json::json!({"seq": i + 2, "at": "2026-01-01T00:00:00Z", "change": {
            "type": "step", "profile": "p1", "flow": "object-ai-training", "step": steps[i % steps.len()],
            "status": if i % 2 == 0 { "done" } else { "todo" }, "note": format!("event {i}: a note as people write them"),
            "evidence": {"submitted-on": "2026-01-01"}}}));
    }
    let doc = serde_json::json!({"format": "meta-optout-progress", "version": 1, "events": list});
    std::fs::write(dir.join("progress.json"), serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    dir
}

fn load_and_validate(c: &mut Criterion) {
    c.bench_function("load and validate all bundled flows", |b| b.iter(|| black_box(load_bundled())));
}

fn durable_save(c: &mut Criterion) {
    let set = load_bundled().set;
    let dir = scratch("save");
    progress::add_profile(&dir, &set, "Benchmark", "DE", &[Platform::Facebook], None).unwrap();
    let mut done = false;
    c.bench_function("durable save of one mark (lock, fsync, rename, fsync folder)", |b| {
        b.iter(|| {
            done = !done;
            let status = if done { Status::Done } else { Status::Todo };
            let m = Mark { flow: "object-ai-training".into(), step: "object-on-facebook".into(), status: Some(status), ..Mark::default() };
            black_box(progress::mark(&dir, &set, m).unwrap());
        })
    });
}

fn export_formats(c: &mut Criterion) {
    let set = load_bundled().set;
    let mut group = c.benchmark_group("export");
    group.sample_size(20);
    for events in [1_000, 10_000, 100_000] {
        let dir = store_with(events);
        let p = Progress::open(&dir).unwrap();
        let profiles: Vec<_> = p.state.profiles.iter().collect();
        group.throughput(Throughput::Elements(events as u64));
        for (name, format) in [("md", Format::Markdown), ("html", Format::Html), ("csv", Format::Csv), ("json", Format::Json)] {
            group.bench_with_input(BenchmarkId::new(name, events), &events, |b, _| {
                b.iter(|| {
                    let record = export::build(&set, &p, &profiles, Date::today(), "2026-11-25T00:00:00Z", "en", Path::new(&dir));
                    black_box(export::render(&record, format, export::Zone::utc()))
                })
            });
        }
        let _ = std::fs::remove_dir_all(Path::new(&dir));
    }
    group.finish();
}

criterion_group!(benches, load_and_validate, durable_save, export_formats);
criterion_main!(benches);
