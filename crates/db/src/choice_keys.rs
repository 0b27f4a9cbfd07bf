//! A person's choices (`person_choices`) also kept on their row as `;list=value;list=value;`,
//! so matching an opportunity can rule people out from the row alone, with `LIKE`, instead of
//! probing the choices table for every active person (issue #10). `person_choices` stays the
//! record the people list filters by; this copy is written with it.

/// The row's copy of the choices, sorted so equal choices give equal text.
pub fn write<'a>(choices: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut pairs: Vec<(&str, &str)> = choices.into_iter().collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut keys = String::from(";");
    for (list, value) in pairs {
        keys.push_str(list);
        keys.push('=');
        keys.push_str(value);
        keys.push(';');
    }
    keys
}

/// The choices back from the row's copy.
pub fn read(keys: &str) -> Vec<(String, String)> {
    keys.split(';')
        .filter_map(|pair| pair.split_once('='))
        .map(|(list, value)| (list.to_owned(), value.to_owned()))
        .collect()
}

/// `LIKE` patterns: anything chosen from the list, and that value chosen from it. `\` escapes
/// the `_` in values such as `mental_health`, which `LIKE` would otherwise take as any letter.
pub fn chose_from(list: &str) -> String {
    format!("%;{}=%", escape(list))
}

pub fn chose(list: &str, value: &str) -> String {
    format!("%;{}={};%", escape(list), escape(value))
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_sorted_once_and_read_back() {
        let keys = write([("way", "online"), ("area", "housing"), ("way", "online")]);
        assert_eq!(keys, ";area=housing;way=online;");
        assert_eq!(
            read(&keys),
            vec![
                ("area".to_owned(), "housing".to_owned()),
                ("way".to_owned(), "online".to_owned())
            ]
        );
        assert_eq!(write([]), ";");
        assert!(read(";").is_empty());
    }

    #[test]
    fn patterns_match_whole_values_only() {
        assert_eq!(chose("topic", "mental_health"), "%;topic=mental\\_health;%");
        assert_eq!(chose_from("access_need"), "%;access\\_need=%");
    }
}
