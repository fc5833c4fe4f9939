//! The guide pack subcommands: `update`, `trust` and `pack`. Each turns its
//! arguments into a core call and its result into text for the terminal.

use std::path::Path;
use std::process::ExitCode;

use meta_optout_core::{date, dirs, guides, load, Date};

use crate::cli::print;

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("meta-optout: {msg}");
    ExitCode::FAILURE
}

fn config() -> Result<std::path::PathBuf, ExitCode> {
    dirs::config_dir().ok_or_else(|| {
        eprintln!("meta-optout: no configuration folder: set HOME or META_OPTOUT_CONFIG_DIR");
        ExitCode::from(2)
    })
}

/// Who signed a pack, as a person reads it.
pub fn signer(p: &guides::Installed) -> String {
    if p.signer_builtin {
        format!("the meta-optout project (key {})", p.signer_id)
    } else {
        format!("\"{}\" (key {}, which you added)", p.signer, p.signer_id)
    }
}

/// `update FILE` or `update --rollback`.
pub fn update(file: Option<&Path>, rollback: bool) -> ExitCode {
    let config = match config() {
        Ok(c) => c,
        Err(code) => return code,
    };
    let dir = guides::guides_dir(&config);
    match (file, rollback) {
        (Some(_), true) | (None, false) => {
            eprintln!("error: give a pack FILE to install, or --rollback, not both or neither\n\nUsage: meta-optout update [OPTIONS] [FILE]");
            ExitCode::from(2)
        }
        (None, true) => match guides::rollback(&dir) {
            Ok(Some(p)) => print(&format!("rolled back: the guide pack {} of {} is in use again\n", p.manifest.version, p.manifest.date)),
            Ok(None) => print("rolled back: the guides built into the app are in use again\n"),
            Err(e) => fail(e),
        },
        (Some(file), false) => {
            let (keys, _) = guides::trusted_keys(Some(&config));
            match guides::install(&dir, file, &keys, load::BUILTIN_GUIDES_DATE, env!("CARGO_PKG_VERSION"), &date::now_timestamp()) {
                Ok(p) => {
                    let mut out = format!("installed the guide pack {} of {}, signed by {}\n", p.manifest.version, p.manifest.date, signer(&p));
                    for c in &p.manifest.changes {
                        let what = if c.redo { "do it again if you did it before then" } else if c.check { "check it if you did it before then" } else { "nothing to do" };
                        out.push_str(&format!("  {}/{}: changed on {}: {} ({what})\n", c.flow, c.step, c.date, c.what));
                    }
                    print(&out)
                }
                Err(e) => fail(e),
            }
        }
    }
}

/// `trust KEYFILE`, `trust --list`, `trust --remove ID`.
pub fn trust(keyfile: Option<&Path>, list: bool, remove: Option<&str>) -> ExitCode {
    let config = match config() {
        Ok(c) => c,
        Err(code) => return code,
    };
    match (keyfile, list, remove) {
        (Some(file), false, None) => match guides::trust(&config, file) {
            Ok(k) => print(&format!("trusted the key {} (\"{}\"): guide packs it signs can be installed\n", k.id, k.comment)),
            Err(e) => fail(e),
        },
        (None, true, None) => {
            let (keys, broken) = guides::trusted_keys(Some(&config));
            let mut out = String::new();
            for k in &keys {
                let whose = if k.builtin { "built in: the meta-optout project" } else { "added by you" };
                out.push_str(&format!("{}  {}  ({whose})\n", k.id, k.comment));
            }
            for b in &broken {
                out.push_str(&format!("not a key, ignored: {b}\n"));
            }
            print(&out)
        }
        (None, false, Some(id)) => match guides::untrust(&config, id) {
            Ok(k) => print(&format!("removed the key {} (\"{}\")\n", k.id, k.comment)),
            Err(e) => fail(e),
        },
        _ => {
            eprintln!("error: give one of KEYFILE, --list or --remove ID\n\nUsage: meta-optout trust [OPTIONS] [KEYFILE]");
            ExitCode::from(2)
        }
    }
}

/// `pack new-key DIR`.
pub fn new_key(dir: &Path) -> ExitCode {
    match guides::new_key(dir, "meta-optout guide packs") {
        Ok((public, secret)) => print(&format!(
            "wrote the public key {} (give it out) and the secret key {} (readable by you only; keep it out of any repository)\n",
            public.display(),
            secret.display()
        )),
        Err(e) => fail(e),
    }
}

/// `pack build FLOWS_DIR --key SECRET_KEY_FILE --version V --out FILE`.
pub fn build(dir: &Path, key: &Path, version: &str, min_app: &str, out: &Path) -> ExitCode {
    match guides::build_pack(dir, key, version, &Date::today().to_string(), min_app, out) {
        Ok(m) => print(&format!(
            "wrote the guide pack {} ({}, {} change{} in its log) to {}\n",
            m.version,
            m.date,
            m.changes.len(),
            if m.changes.len() == 1 { "" } else { "s" },
            out.display()
        )),
        Err(e) => fail(e),
    }
}
