//! `ghls man [--dir DIR]`: the manual pages, rendered from the same clap definition as
//! `--help`, so the packaged pages cannot drift from the binary they ship with.

use clap::CommandFactory;

use crate::args::{Cli, ManArgs};
use crate::exit::{Exit, Failure};

pub fn run(args: &ManArgs) -> Result<Exit, Failure> {
    if let Some(dir) = &args.dir {
        std::fs::create_dir_all(dir)
            .and_then(|()| clap_mangen::generate_to(Cli::command(), dir))
            .map_err(|e| Failure::output(&e))?;
        return Ok(Exit::Ok);
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| Failure::output(&e))?;
    let mut out = std::io::stdout().lock();
    std::io::Write::write_all(&mut out, &page)
        .and_then(|()| std::io::Write::flush(&mut out))
        .map_err(|e| Failure::output(&e))?;
    Ok(Exit::Ok)
}
