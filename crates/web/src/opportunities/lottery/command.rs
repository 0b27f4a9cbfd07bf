//! `withus select`: the fair lottery on an organisation's own CSV files, so anyone holding
//! the pool, the quotas and the seed can check a draw.

use std::fs::File;
use std::path::PathBuf;

use serde_json::json;
use withus_selection::files::{read_pool_with_households, read_quotas};
use withus_selection::{draw, leximin_within};

#[derive(Debug, clap::Args)]
pub struct SelectArgs {
    /// The pool: an id column (optional) and one column per category
    #[arg(long)]
    pub pool: PathBuf,
    /// The quotas: feature,value,min,max (or category,feature,min,max)
    #[arg(long)]
    pub quotas: PathBuf,
    /// How many people the panel needs
    #[arg(long)]
    pub size: usize,
    /// The published seed: a number announced in advance, or an agreed public string
    #[arg(long)]
    pub seed: String,
    /// How many reserves to order (more when needed to cover every member)
    #[arg(long, default_value_t = 0)]
    pub reserves: usize,
    /// One JSON object on standard output, for other tools to check
    #[arg(long)]
    pub json: bool,
    /// A pool column (an address, say) whose shared values make a household: at most one
    /// person from each household is chosen
    #[arg(long)]
    pub household_column: Option<String>,
    /// Stop raising the higher chances after this many seconds: the lowest chance is still the
    /// best possible, and the output says the lottery is not complete
    #[arg(long)]
    pub time_limit: Option<u64>,
}

pub fn select(args: &SelectArgs) -> Result<String, String> {
    let open = |path: &PathBuf| File::open(path).map_err(|e| format!("{}: {e}", path.display()));
    let categories = read_quotas(open(&args.quotas)?).map_err(|e| e.to_string())?;
    let instance = read_pool_with_households(
        open(&args.pool)?,
        categories,
        args.size,
        args.household_column.as_deref(),
    )
    .map_err(|e| e.to_string())?;
    let budget = args.time_limit.map(std::time::Duration::from_secs);
    let result = leximin_within(&instance, budget).map_err(|e| e.to_string())?;
    let drawn = draw(&instance, &result, &args.seed, args.reserves);
    let id = |i: &usize| instance.people[*i].id.clone();
    if args.json {
        let probabilities: serde_json::Map<String, serde_json::Value> = instance
            .people
            .iter()
            .zip(&result.probabilities)
            .map(|(p, &chance)| (p.id.clone(), json!(chance)))
            .collect();
        let out = json!({
            "complete": result.complete,
            "stages": result.stages,
            "min_probability": result.min_probability,
            "dual_bound": result.dual_bound,
            "probabilities": probabilities,
            "panels_in_support": result.panels.len(),
            "panel_number": drawn.panel_number,
            "panel": drawn.panel.iter().map(id).collect::<Vec<_>>(),
            "reserves": drawn.reserves.iter().map(id).collect::<Vec<_>>(),
            "seed": args.seed,
        });
        return Ok(format!("{out}\n"));
    }
    let mut out = format!(
        "Pool of {} for a panel of {}. Lowest chance {:.4} (no distribution can do better than {:.4}); {} panels in the lottery.\n",
        instance.people.len(),
        instance.size,
        result.min_probability,
        result.dual_bound,
        result.panels.len()
    );
    out += if result.complete {
        "Every stage of LEXIMIN finished: each chance is as even as it can be.\n\n"
    } else {
        "Stopped by the time budget: the lowest chance is the best possible, but the higher chances may be less even than they could be.\n\n"
    };
    out += "Chances:\n";
    for (p, chance) in instance.people.iter().zip(&result.probabilities) {
        out += &format!("  {:<16} {chance:.4}\n", p.id);
    }
    out += &format!(
        "\nSeed \"{}\" draws panel {} of {}:\n  {}\n",
        args.seed,
        drawn.panel_number,
        result.panels.len(),
        drawn.panel.iter().map(id).collect::<Vec<_>>().join(", ")
    );
    if !drawn.reserves.is_empty() {
        out += &format!(
            "Reserves, in order:\n  {}\n",
            drawn.reserves.iter().map(id).collect::<Vec<_>>().join(", ")
        );
    }
    Ok(out)
}
