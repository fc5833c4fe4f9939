//! Start to interactive, memory and size of meta-optout against an empty
//! Tauri window, measured side by side in the same run.
//!
//!     startup [--runs N] META_OPTOUT BLANK_WINDOW
//!
//! Needs a display (run it under `xvfb-run`). Runs alternate between the two
//! apps so that the machine's state affects both alike; the start-up ratio
//! is also given run by run, as the median of each pair's ratio.
//!
//! "Interactive" is the app's own signal (`META_OPTOUT_REPORT_READY`): for
//! meta-optout, the page's call once its first screen (the overview of a
//! profile with progress) is built, which reaches the app after that
//! screen's first layout and paint; for the blank window, its page's first
//! IPC call.

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Sample {
    start_ms: f64,
    pss_kib: u64,
}

/// Proportional set size of a process and all its descendants (WebKit's
/// web and network processes), from /proc.
fn pss_tree(root: u32) -> u64 {
    let mut pids = vec![root];
    let mut i = 0;
    while i < pids.len() {
        let parent = pids[i];
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // The parent pid is the second field after the command in parentheses.
            let ppid = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(1)).and_then(|p| p.parse::<u32>().ok());
            if ppid == Some(parent) && !pids.contains(&pid) {
                pids.push(pid);
            }
        }
        i += 1;
    }
    pids.iter()
        .map(|pid| {
            let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
            rollup
                .lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .unwrap_or(0)
        })
        .sum()
}

fn run_once(bin: &Path, home: &Path, data: &Path) -> Sample {
    let started = Instant::now();
    let mut child: Child = Command::new(bin)
        .process_group(0)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("META_OPTOUT_DATA_DIR", data)
        .env("META_OPTOUT_REPORT_READY", "1")
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .env("DBUS_SESSION_BUS_ADDRESS", "disabled:")
        .env("NO_AT_BRIDGE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", bin.display()));
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let start_ms = loop {
        match lines.next() {
            Some(Ok(line)) if line.trim() == "ready" => break started.elapsed().as_secs_f64() * 1000.0,
            Some(_) if started.elapsed() < Duration::from_secs(30) => {}
            _ => panic!("{} never became interactive", bin.display()),
        }
    };
    // Let the first paint and the web process settle before measuring memory.
    std::thread::sleep(Duration::from_millis(1500));
    let pss_kib = pss_tree(child.id());
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status();
    let _ = child.wait();
    std::thread::sleep(Duration::from_millis(300));
    Sample { start_ms, pss_kib }
}

/// A 95% confidence interval for the median of sorted `v`, from order
/// statistics: the median lies between the k-th smallest and the k-th
/// largest value unless fewer than k of n fair coin flips come up heads,
/// which happens with probability at most 2.5%. Assumes nothing about the
/// distribution; `None` for fewer than 6 values, too few for 95%.
fn median_interval(v: &[f64]) -> Option<(f64, f64)> {
    let n = v.len();
    // P(X <= j) for X ~ Binomial(n, 1/2), summed term by term.
    let mut term = 0.5f64.powi(n as i32);
    let mut below = 0.0;
    let mut k = 0;
    for j in 0..n {
        if below + term > 0.025 {
            break;
        }
        below += term;
        term *= (n - j) as f64 / (j + 1) as f64;
        k = j + 1;
    }
    (k >= 1).then(|| (v[k - 1], v[n - k]))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut runs = 10;
    if let Some(i) = args.iter().position(|a| a == "--runs") {
        runs = args.get(i + 1).and_then(|n| n.parse().ok()).expect("--runs N");
        args.drain(i..i + 2);
    }
    let [app, blank] = [&args[0], &args[1]].map(PathBuf::from);
    let work = std::env::temp_dir().join(format!("meta-optout-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let data = work.join("data");
    // Real data: a profile with some progress, as a returning user has.
    let cli = |a: &[&str]| {
        let ok = Command::new(&app).arg("--data-dir").arg(&data).args(a).stdout(Stdio::null()).status().unwrap().success();
        assert!(ok, "{a:?}");
    };
    cli(&["profile", "add", "Benchmark", "--region", "DE", "--platforms", "facebook,instagram,whatsapp"]);
    cli(&["mark", "object-ai-training/object-on-facebook", "done", "--evidence", "submitted-on=2026-11-20"]);
    cli(&["mark", "object-ai-training/write-your-reason", "skipped", "--reason", "benchmark"]);
    let (home_app, home_blank) = (work.join("home-app"), work.join("home-blank"));
    // One unmeasured start each, so both measure warm file caches.
    run_once(&app, &home_app, &data);
    run_once(&blank, &home_blank, &data);
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for i in 0..runs {
        if i % 2 == 0 {
            a.push(run_once(&app, &home_app, &data));
            b.push(run_once(&blank, &home_blank, &data));
        } else {
            b.push(run_once(&blank, &home_blank, &data));
            a.push(run_once(&app, &home_app, &data));
        }
    }
    let start = (median(a.iter().map(|s| s.start_ms).collect()), median(b.iter().map(|s| s.start_ms).collect()));
    // Each run of one app is next to a run of the other, so the ratio of a
    // pair is measured on the same state of the machine; a shared machine
    // can run twice as slow from one minute to the next, which moves both
    // medians but not these.
    let mut pairs: Vec<f64> = a.iter().zip(&b).map(|(x, y)| x.start_ms / y.start_ms).collect();
    pairs.sort_by(f64::total_cmp);
    let quartile = |q: usize| pairs[(pairs.len() - 1) * q / 4];
    let pss = (median(a.iter().map(|s| s.pss_kib as f64).collect()), median(b.iter().map(|s| s.pss_kib as f64).collect()));
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len() as f64).unwrap_or(0.0);
    let sizes = (size(&app), size(&blank));
    // The goals: start-up and memory within 1.25x of the blank window, the
    // binary within 2x (kept crates and Tauri's plugins are worth the bytes).
    const START_GOAL: f64 = 1.25;
    println!("{runs} runs each, alternating; medians");
    println!("| measure | meta-optout | blank Tauri window | ratio | goal |");
    println!("|---|---|---|---|---|");
    println!("| start to interactive | {:.0} ms | {:.0} ms | {:.2}x | <= {START_GOAL:.2}x |", start.0, start.1, start.0 / start.1);
    let by_run = median(pairs.clone());
    let by_run_interval = median_interval(&pairs);
    let interval = match by_run_interval {
        Some((lo, hi)) => format!("; 95% interval {lo:.2}x to {hi:.2}x"),
        None => String::new(),
    };
    println!(
        "| start to interactive, run by run | | | {by_run:.2}x (middle half {:.2}x to {:.2}x{interval}) | <= {START_GOAL:.2}x |",
        quartile(1),
        quartile(3)
    );
    println!("| memory (PSS, app + WebKit processes) | {:.1} MiB | {:.1} MiB | {:.2}x | <= 1.25x |", pss.0 / 1024.0, pss.1 / 1024.0, pss.0 / pss.1);
    println!("| release binary | {:.2} MiB | {:.2} MiB | {:.2}x | <= 2x |", sizes.0 / 1048576.0, sizes.1 / 1048576.0, sizes.0 / sizes.1);
    // Whether the start-up goal is met, judged on the run-by-run ratio: only
    // when its whole interval lies on one side of the goal.
    println!(
        "start-up goal ({START_GOAL:.2}x): {}",
        match by_run_interval {
            Some((_, hi)) if hi <= START_GOAL => "met",
            Some((lo, _)) if lo > START_GOAL => "not met",
            Some(_) => "not decided by this many runs (its interval spans the goal); run more",
            None => "not decided: too few runs",
        }
    );
    let _ = std::fs::remove_dir_all(&work);
}

#[cfg(test)]
mod tests {
    use super::median_interval;

    fn ranks(n: usize) -> Vec<f64> {
        (1..=n).map(|i| i as f64).collect()
    }

    // The ranks match the published table for the median's 95% interval.
    #[test]
    fn median_interval_takes_the_tabled_order_statistics() {
        assert_eq!(median_interval(&ranks(6)), Some((1.0, 6.0)));
        assert_eq!(median_interval(&ranks(10)), Some((2.0, 9.0)));
        assert_eq!(median_interval(&ranks(20)), Some((6.0, 15.0)));
        assert_eq!(median_interval(&ranks(40)), Some((14.0, 27.0)));
    }

    #[test]
    fn too_few_runs_give_no_interval() {
        assert_eq!(median_interval(&ranks(5)), None);
        assert_eq!(median_interval(&[]), None);
    }
}
