//! Plain text wrapped for reading in any mail client: the templates write
//! each paragraph as one line, and here every line longer than [`WIDTH`]
//! is broken between words. A word is never broken, so a link stays whole
//! (on a line of its own when it is longer than the width); an indented
//! line or a list item ("  * ...") keeps its indentation on the lines it
//! continues on. Nothing is joined. What a company wrote, quoted as it
//! was submitted (a receipt's answers, findings), is put between the lines
//! [`VERBATIM_BEGIN`] and [`VERBATIM_END`] by its template and left as is.

/// Columns of plain text, within the 78 of RFC 5322 with room for quoting.
pub const WIDTH: usize = 76;

/// A line of its own before text that must keep its lines; removed here.
pub const VERBATIM_BEGIN: &str = "\u{1}verbatim";
/// A line of its own after it; removed here.
pub const VERBATIM_END: &str = "\u{1}end verbatim";

/// `text` with each line wrapped at [`WIDTH`].
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / WIDTH);
    let mut verbatim = false;
    let mut first = true;
    for line in text.split('\n') {
        if line == VERBATIM_BEGIN || line == VERBATIM_END {
            verbatim = line == VERBATIM_BEGIN;
            continue;
        }
        if !first {
            out.push('\n');
        }
        first = false;
        if verbatim {
            out.push_str(line);
        } else {
            wrap_line(line, &mut out);
        }
    }
    out
}

fn wrap_line(line: &str, out: &mut String) {
    if line.chars().count() <= WIDTH {
        out.push_str(line);
        return;
    }
    let body = line.trim_start();
    let indent = &line[..line.len() - body.len()];
    // A list item's continuation lines start under its first word.
    let hanging = match body.split_once(' ') {
        Some((bullet, _)) if matches!(bullet, "*" | "-" | "•") => {
            format!("{indent}{}", " ".repeat(bullet.chars().count() + 1))
        }
        _ => indent.to_string(),
    };
    let mut column = 0;
    let mut first = true;
    out.push_str(indent);
    column += indent.chars().count();
    for word in body.split(' ').filter(|w| !w.is_empty()) {
        let length = word.chars().count();
        if first {
            out.push_str(word);
            column += length;
            first = false;
        } else if column + 1 + length <= WIDTH {
            out.push(' ');
            out.push_str(word);
            column += 1 + length;
        } else {
            out.push('\n');
            out.push_str(&hanging);
            out.push_str(word);
            column = hanging.chars().count() + length;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_wrapped_between_words_and_links_stay_whole() {
        let link = format!("https://answerable.example.org/respond/{}", "x".repeat(90));
        let text = format!(
            "Dear Ma Thida,\n\n{} ask Company to answer a questionnaire: Myanmar telecoms 2024.\n\nLost your link? Ask for a new one at {link}\n\n  * {}\n  {link}\n",
            "Athan, Burma Campaign UK, Justice For Myanmar and the Business and Human Rights Resource Centre",
            "Suspend all cooperation with the military and disclose every request for user data received since 2021."
        );
        let wrapped = plain_text(&text);
        for line in wrapped.lines() {
            assert!(
                line.chars().count() <= WIDTH || !line.trim().contains(' '),
                "{line:?} is too long and could have been broken"
            );
        }
        assert!(wrapped.contains(&format!("\n{link}\n")), "{wrapped}");
        assert!(wrapped.contains(&format!("\n  {link}\n")), "{wrapped}");
        assert!(wrapped.starts_with("Dear Ma Thida,\n\nAthan, Burma Campaign UK,"));
        // A list item continues under its text, not under its bullet.
        assert!(wrapped.contains("\n  * Suspend all"), "{wrapped}");
        assert!(wrapped.contains("\n    "), "{wrapped}");
        // Only breaks were added: the words are the same, in order.
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&wrapped), words(&text));
    }

    #[test]
    fn verbatim_text_keeps_its_lines_and_the_markers_go() {
        let long = "word ".repeat(40);
        let text = format!("Intro\n{VERBATIM_BEGIN}\n{long}\n{VERBATIM_END}\n{long}\n");
        let wrapped = plain_text(&text);
        assert!(
            wrapped.starts_with(&format!("Intro\n{long}\nword word")),
            "{wrapped:?}"
        );
        assert!(!wrapped.contains('\u{1}'));
    }

    #[test]
    fn burmese_is_broken_only_at_its_spaces_never_inside_a_syllable() {
        // Burmese writes spaces between phrases, not words: a line is
        // broken at those spaces only, so no syllable cluster (a consonant
        // with its vowel signs, medials, asat and tones) is ever cut; a
        // phrase longer than the width stays whole on its line.
        let sentence = "ဤလင့်ခ်သည် ခလုတ်တစ်ခုပါသော စာမျက်နှာကို ဖွင့်ပေးပြီး ထိုခလုတ်ကို နှိပ်လျှင် အကောင့်ဝင်ပြီးဖြစ်ပါမည်။";
        let long_phrase = "မဖြေကြားသောကုမ္ပဏီများကိုမဖြေကြားခဲ့သည့်ကုမ္ပဏီများအဖြစ်လူသိရှင်ကြားဖော်ပြပါမည်။".repeat(2);
        let text = format!("{sentence} {sentence} {long_phrase} {sentence}\n");
        let wrapped = plain_text(&text);
        assert!(wrapped.lines().count() > 2, "{wrapped}");
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&wrapped), words(&text), "only breaks were added");
        assert!(wrapped.contains(&format!("\n{long_phrase}")), "{wrapped}");
        // Burmese vowel signs, medials, asat, tones (U+102B..U+103E) and
        // the dependent signs U+1056..U+1059 never begin a line.
        let dependent = |c: char| matches!(c, '\u{102B}'..='\u{103E}' | '\u{1056}'..='\u{1059}');
        for line in wrapped.lines() {
            assert!(
                !line.chars().next().is_some_and(dependent),
                "{line:?} starts inside a syllable"
            );
            assert!(
                line.chars().count() <= WIDTH || !line.trim().contains(' '),
                "{line:?} is too long and could have been broken"
            );
        }
    }

    #[test]
    fn short_lines_and_blank_lines_are_kept_as_they_are() {
        let text = "a\n\n  indented\nb  c\n";
        assert_eq!(plain_text(text), text);
    }
}
