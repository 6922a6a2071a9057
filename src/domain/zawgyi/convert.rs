//! Zawgyi to Unicode: the transliteration rules of
//! `zawgyi_to_unicode.rules` applied phase after phase.
//!
//! Within a phase the text is read from the left. At each place every rule
//! is tried in order against what follows; a rule that matches replaces
//! what it matched, and (unless it says `revisit`) its replacement is
//! final and the next rules look at the text after it. Where no rule
//! matched, one character is kept as it is. This is how the transforms
//! are run by ICU and by myanmar-tools, whose outputs the tests compare.

use regex::{Regex, RegexSet};
use std::sync::LazyLock;

static RULES_TEXT: &str = include_str!("zawgyi_to_unicode.rules");

static PHASES: LazyLock<Vec<Phase>> =
    LazyLock::new(|| read_phases(RULES_TEXT).expect("the bundled Zawgyi rules read"));

struct Rule {
    pattern: Regex,
    replacement: String,
    only_at_start: bool,
    revisit: bool,
}

struct Phase {
    rules: Vec<Rule>,
    /// The same patterns at once, to skip the rules that cannot match here.
    any: RegexSet,
}

/// `text` read as Zawgyi, written in Unicode.
pub fn to_unicode(text: &str) -> String {
    PHASES
        .iter()
        .fold(text.to_owned(), |text, phase| phase.run(&text))
}

impl Phase {
    fn run(&self, input: &str) -> String {
        let mut out = String::with_capacity(input.len() + input.len() / 4);
        let mut rest = input.to_owned();
        let mut at = 0;
        let mut at_start = true;
        while at < rest.len() {
            let mut found = false;
            let mut candidates = self.any.matches(&rest[at..]);
            for (index, rule) in self.rules.iter().enumerate() {
                if (rule.only_at_start && !at_start) || !candidates.matched(index) {
                    continue;
                }
                let Some(captures) = rule.pattern.captures(&rest[at..]) else {
                    continue;
                };
                let matched = captures.get(0).map_or(0, |m| m.end());
                if matched == 0 {
                    continue;
                }
                found = true;
                let mut replaced = String::new();
                captures.expand(&rule.replacement, &mut replaced);
                if rule.revisit {
                    rest = replaced + &rest[at + matched..];
                    at = 0;
                } else {
                    out.push_str(&replaced);
                    at += matched;
                }
                candidates = self.any.matches(&rest[at..]);
            }
            if !found {
                if let Some(c) = rest[at..].chars().next() {
                    out.push(c);
                    at += c.len_utf8();
                }
            }
            at_start = false;
        }
        out
    }
}

fn read_phases(text: &str) -> Result<Vec<Phase>, String> {
    let mut phases: Vec<Vec<Rule>> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let at = |what: String| format!("zawgyi_to_unicode.rules line {}: {what}", number + 1);
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if line == "phase" {
            phases.push(Vec::new());
            continue;
        }
        let mut fields = line.split('\t');
        let pattern = unescape(fields.next().unwrap_or_default()).map_err(at)?;
        let replacement = unescape(fields.next().unwrap_or_default()).map_err(at)?;
        let flags = fields.next().unwrap_or_default();
        let rule = Rule {
            pattern: Regex::new(&format!("^(?:{pattern})")).map_err(|e| at(e.to_string()))?,
            replacement: numbered_groups(&replacement),
            only_at_start: flags.split(' ').any(|f| f == "start"),
            revisit: flags.split(' ').any(|f| f == "revisit"),
        };
        phases
            .last_mut()
            .ok_or_else(|| at("a rule before the first `phase`".into()))?
            .push(rule);
    }
    phases
        .into_iter()
        .map(|rules| {
            let any = RegexSet::new(rules.iter().map(|r| r.pattern.as_str()))
                .map_err(|e| e.to_string())?;
            Ok(Phase { rules, any })
        })
        .collect()
}

/// `\uXXXX` to the character.
fn unescape(field: &str) -> Result<String, String> {
    let mut out = String::with_capacity(field.len());
    let mut rest = field;
    while let Some(i) = rest.find("\\u") {
        out.push_str(&rest[..i]);
        let hex = rest
            .get(i + 2..i + 6)
            .ok_or_else(|| format!("a short escape in {field:?}"))?;
        let c = u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| format!("a bad escape \\u{hex}"))?;
        out.push(c);
        rest = &rest[i + 6..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `$1` to `${1}`, so that a letter after it is not read as part of a name.
fn numbered_groups(replacement: &str) -> String {
    let mut out = String::with_capacity(replacement.len() + 8);
    let mut chars = replacement.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(d) if c == '$' && d.is_ascii_digit() => {
                out.push_str("${");
                out.push(*d);
                out.push('}');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_rules_read() {
        let phases = read_phases(RULES_TEXT).unwrap();
        assert_eq!(phases.len(), 8);
        assert_eq!(phases.iter().map(|p| p.rules.len()).sum::<usize>(), 128);
    }

    #[test]
    fn a_bad_rule_names_its_line() {
        let err = read_phases("phase\n([\\u1000\tx\n").err().unwrap();
        assert!(err.starts_with("zawgyi_to_unicode.rules line 2: "), "{err}");
        let err = read_phases("\\u1000\tx\n").err().unwrap();
        assert!(err.contains("line 1: a rule before"), "{err}");
    }

    #[test]
    fn known_words_convert() {
        // Myanmar-tools' own example and the words of its test table.
        assert_eq!(to_unicode("မ္း"), "မ်း");
        assert_eq!(to_unicode("ေက်ာင္း"), "ကျောင်း");
        assert_eq!(to_unicode("ျမန္မာ"), "မြန်မာ");
        assert_eq!(to_unicode("plain text stays"), "plain text stays");
    }
}
