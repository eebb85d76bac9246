//! The runner shared by the data-driven tests: one named test per folder.

use std::fs;
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};

/// Runs `case` on every folder directly under `dir`, each as a test named
/// after its folder, in name order, and exits with the harness's status.
pub fn run_folders(dir: &Path, case: fn(&Path) -> Result<(), Failed>) -> ! {
    let args = Arguments::from_args();
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    let trials = dirs
        .into_iter()
        .map(|dir| {
            let name = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Trial::test(name, move || case(&dir))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit()
}
