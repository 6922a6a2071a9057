//! The Zawgyi-or-Unicode Markov model: for every pair of successive
//! Myanmar-range characters, how much more likely that pair is in Zawgyi
//! text than in Unicode text (a difference of log probabilities).
//!
//! The numbers are data: the model trained by Google's myanmar-tools
//! (`zawgyi_unicode_model.dat`, from its 1.2.0 release, Apache License 2.0;
//! see README "Third-party data"). Its layout: a tag `UZMODEL `, a version
//! (1, or 2 followed by which characters have states), then a tag
//! `BMARKOV `, a version 0, the number of states and, per state, a sparse
//! row of `f32` with a fallback value. Everything is big-endian.

use std::sync::LazyLock;

static MODEL_BYTES: &[u8] = include_bytes!("zawgyi_unicode_model.dat");

/// The model, read once; a damaged file is a build mistake, caught by the
/// unit tests, so reading it here may panic.
pub(super) static MODEL: LazyLock<Model> =
    LazyLock::new(|| Model::read(MODEL_BYTES).expect("the bundled Zawgyi model reads"));

/// Which characters get a state of their own; everything else is state 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum States {
    /// Myanmar, Myanmar Extended-A and -B, and the spaces U+2000–U+200B.
    WithSpaces,
    /// The same without the spaces.
    WithoutSpaces,
}

const RANGES: [(u32, u32); 4] = [
    (0x1000, 0x103F), // Myanmar before the digits
    (0x104A, 0x109F), // Myanmar after the digits
    (0xAA60, 0xAA7F), // Myanmar Extended-A
    (0xA9E0, 0xA9FF), // Myanmar Extended-B
];
const SPACES: (u32, u32) = (0x2000, 0x200B);

impl States {
    fn of(self, c: char) -> usize {
        let cp = u32::from(c);
        let mut offset = 1;
        for (first, last) in RANGES {
            if (first..=last).contains(&cp) {
                return offset + (cp - first) as usize;
            }
            offset += (last - first + 1) as usize;
        }
        if self == States::WithSpaces && (SPACES.0..=SPACES.1).contains(&cp) {
            return offset + (cp - SPACES.0) as usize;
        }
        0
    }
}

pub(super) struct Model {
    states: States,
    size: usize,
    /// `size × size`, row = previous state, column = next state.
    log_odds: Vec<f32>,
}

impl Model {
    fn read(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, at: 0 };
        r.expect_tag(b"UZMODEL ")?;
        let states = match r.u32()? {
            1 => States::WithSpaces,
            2 => match r.u32()? {
                0 => States::WithSpaces,
                1 => States::WithoutSpaces,
                other => return Err(format!("unknown state set {other}")),
            },
            other => return Err(format!("unknown model version {other}")),
        };
        r.expect_tag(b"BMARKOV ")?;
        if r.u32()? != 0 {
            return Err("unknown Markov chain version".into());
        }
        let size = usize::try_from(r.i16()?).map_err(|_| "negative size")?;
        let mut log_odds = vec![0.0; size * size];
        for row in log_odds.chunks_mut(size.max(1)).take(size) {
            let mut entries = r.i16()?;
            let fallback = if entries == 0 { 0.0 } else { r.f32()? };
            let mut next: i32 = -1;
            for (column, cell) in row.iter_mut().enumerate() {
                let column = column as i32;
                if entries > 0 && next < column {
                    next = i32::from(r.i16()?);
                    entries -= 1;
                }
                *cell = if next == column { r.f32()? } else { fallback };
            }
        }
        if r.at != bytes.len() {
            return Err(format!("{} bytes left over", bytes.len() - r.at));
        }
        let model = Model {
            states,
            size,
            log_odds,
        };
        // Every state a character can reach must have a row.
        if model.states.of('\u{200B}').max(model.states.of('\u{AA7F}')) >= size {
            return Err("fewer states than characters".into());
        }
        Ok(model)
    }

    /// The probability that `text` is Zawgyi rather than Unicode, or `None`
    /// when it holds no character of the Myanmar script.
    pub(super) fn zawgyi_probability(&self, text: &str) -> Option<f64> {
        let mut previous = 0;
        let mut total = 0.0f64;
        let mut seen = false;
        for state in text.chars().map(|c| self.states.of(c)).chain([0]) {
            if previous != 0 || state != 0 {
                total += f64::from(self.log_odds[previous * self.size + state]);
                seen = true;
            }
            previous = state;
        }
        // P(zawgyi) / (P(unicode) + P(zawgyi)) = 1 / (1 + e^(log Pu − log Pz))
        seen.then(|| 1.0 / (1.0 + total.exp()))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let end = self.at + N;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or_else(|| format!("the model ends early, at byte {}", self.at))?;
        self.at = end;
        Ok(slice.try_into().expect("N bytes"))
    }
    fn expect_tag(&mut self, tag: &[u8; 8]) -> Result<(), String> {
        let at = self.at;
        if &self.take::<8>()? == tag {
            Ok(())
        } else {
            Err(format!(
                "expected {} at byte {at}",
                String::from_utf8_lossy(tag)
            ))
        }
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_be_bytes(self.take()?))
    }
    fn i16(&mut self) -> Result<i16, String> {
        Ok(i16::from_be_bytes(self.take()?))
    }
    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_be_bytes(self.take()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_model_reads_whole() {
        let model = Model::read(MODEL_BYTES).unwrap();
        assert!(model.size > 200, "{} states", model.size);
    }

    #[test]
    fn a_damaged_model_is_refused_with_where() {
        let cut = &MODEL_BYTES[..MODEL_BYTES.len() / 2];
        let err = Model::read(cut).err().unwrap();
        assert!(err.contains("ends early"), "{err}");
        let mut wrong = MODEL_BYTES.to_vec();
        wrong[0] = b'X';
        assert_eq!(
            Model::read(&wrong).err().unwrap(),
            "expected UZMODEL  at byte 0"
        );
    }

    #[test]
    fn text_without_myanmar_characters_has_no_verdict() {
        assert_eq!(MODEL.zawgyi_probability("all ascii"), None);
        assert_eq!(MODEL.zawgyi_probability(""), None);
    }
}
