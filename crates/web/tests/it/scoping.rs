//! The web crate reaches organisation-owned tables only through `OrgScope`: no handler may
//! start a query on an entity directly, where forgetting the organisation filter would be easy.

use std::path::Path;

fn rust_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn handlers_never_query_entities_directly() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    rust_files(&src, &mut files);
    let unscoped = [
        "Entity::find(",
        "Entity::find_by_id(",
        "Entity::update_many(",
        "Entity::delete_many(",
        "Entity::insert(",
        "Entity::update(",
        "Entity::delete(",
        "Entity::delete_by_id(",
    ];
    let mut offences = vec![];
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            if unscoped.iter().any(|p| line.contains(p)) {
                offences.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(files.len() > 20, "looked at only {} files", files.len());
    assert!(
        offences.is_empty(),
        "use OrgScope (or withus_db::installation) instead:\n{}",
        offences.join("\n")
    );
}
