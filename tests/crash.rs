//! A real crash test: `meta-optout mark` processes, several at a time, are
//! killed with SIGKILL at random moments, many times. Afterwards the progress
//! file must parse and hold every mark whose process had said it succeeded.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const ROUNDS: usize = 40;
const WRITERS: usize = 4;
const STEPS: [&str; 3] = ["object-on-facebook", "object-on-instagram", "know-your-right"];

/// A small xorshift generator; the seed is printed so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn meta_optout(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_meta-optout"));
    c.arg("--data-dir").arg(data).env_remove("META_OPTOUT_CONFIG_DIR").stdout(Stdio::null()).stderr(Stdio::null());
    c
}

#[test]
fn marks_acknowledged_before_a_sigkill_are_never_lost() {
    let data = Path::new(env!("CARGO_TARGET_TMPDIR")).join("crash");
    let _ = std::fs::remove_dir_all(&data);
    let ok = meta_optout(&data).args(["profile", "add", "Crash test", "--region", "DE", "--platforms", "facebook,instagram"]).status();
    assert!(ok.unwrap().success());
    // A long history makes each write take long enough for kills to land
    // in the middle of it, not only before or after.
    let path = data.join("progress.json");
    let mut doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let events = doc["events"].as_array_mut().unwrap();
    for seq in 2..=10_000u64 {
        events.push(serde_json::json!({"seq": seq, "at": "2026-01-01T00:00:00Z", "change": {
            "type": "step", "profile": "p1", "flow": "object-ai-training", "step": "know-your-right",
            "status": if seq % 2 == 0 { "done" } else { "todo" }, "note": format!("history {seq}")}}));
    }
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();

    let seed = std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64 | 1
    });
    eprintln!("crash test seed: {seed} (set CRASH_SEED to replay)");
    let mut rng = Rng(seed);
    // Calibrate: kills spread over 0 to 3 times one uncontended mark, so some
    // land before the write, some during it and some after it was acknowledged.
    let t = Instant::now();
    assert!(meta_optout(&data).args(["mark", "object-ai-training/know-your-right", "done"]).status().unwrap().success());
    let window = (t.elapsed().as_millis() as u64 * 3).max(5);
    let mut acknowledged = Vec::new();
    let (mut killed, mut n) = (0, 0);
    for _ in 0..ROUNDS {
        let mut running: Vec<(String, Child, u64)> = Vec::new();
        for _ in 0..WRITERS {
            n += 1;
            let note = format!("mark {n}");
            let step = STEPS[(rng.next() % STEPS.len() as u64) as usize];
            let child = meta_optout(&data)
                .args(["mark", &format!("object-ai-training/{step}"), "done", "--note", &note])
                .spawn()
                .unwrap();
            // Each writer is killed at a random moment, unless it finished first.
            running.push((note, child, rng.next() % window));
        }
        let start = Instant::now();
        while !running.is_empty() {
            let elapsed = start.elapsed().as_millis() as u64;
            running.retain_mut(|(note, child, kill_at)| match child.try_wait().unwrap() {
                Some(status) => {
                    if status.success() {
                        acknowledged.push(note.clone());
                    }
                    false
                }
                None if elapsed >= *kill_at => {
                    let _ = child.kill();
                    let status = child.wait().unwrap();
                    // It may have finished in the instant before the kill.
                    if status.success() {
                        acknowledged.push(note.clone());
                    } else {
                        killed += 1;
                    }
                    false
                }
                None => true,
            });
            std::thread::sleep(Duration::from_millis(1));
        }
    }
    eprintln!("{} acknowledged, {killed} killed, of {n} (kills within {window} ms)", acknowledged.len());
    assert!(killed > ROUNDS / 2, "too few writers were killed mid-way ({killed}) for the test to mean anything");
    assert!(!acknowledged.is_empty(), "no writer finished");

    let file = std::fs::read_to_string(data.join("progress.json")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&file).expect("progress.json parses after the crashes");
    let notes: Vec<&str> = doc["events"].as_array().unwrap().iter().filter_map(|e| e["change"]["note"].as_str()).collect();
    for note in &acknowledged {
        assert!(notes.contains(&note.as_str()), "acknowledged {note:?} is missing from progress.json");
    }
    let status = Command::new(env!("CARGO_BIN_EXE_meta-optout")).arg("--data-dir").arg(&data).arg("status").output().unwrap();
    assert!(status.status.success(), "status after the crashes: {}", String::from_utf8_lossy(&status.stderr));

    // The next successful write sweeps up what killed writers left behind.
    assert!(meta_optout(&data).args(["mark", "object-ai-training/know-your-right", "todo"]).status().unwrap().success());
    let leftovers: Vec<String> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
