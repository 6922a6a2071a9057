//! Reading one question: its kind, options, limits, condition and scoring.

use std::collections::HashMap;

use super::super::diagnostic::Pos;
use super::super::model::*;
use super::values::closest;
use super::{Reader, Tbl, CONDITION, OPTION, QUESTION, RUBRIC, SCORING};

impl Reader<'_> {
    pub(super) fn question(
        &mut self,
        t: Tbl<'_>,
        seen: &mut HashMap<Key, Pos>,
    ) -> Option<Question> {
        self.check_fields(t, QUESTION);
        let mut pos = Positions::default();
        pos.set("", t.pos);
        let key = self.key(t, "key");
        let demands = self.keys(t, "demands", true);
        for (i, (_, p)) in demands.iter().enumerate() {
            pos.set(format!("demands.{i}"), *p);
        }
        let kind_pos = self.value_pos(t, "kind");
        let kind = match self.string(t, "kind", true) {
            Some(s) => match QuestionKind::parse(&s) {
                Some(k) => Some(k),
                None => {
                    let names: Vec<&str> = QuestionKind::ALL.iter().map(|k| k.as_str()).collect();
                    let hint = closest(&s, &names)
                        .map(|c| format!("; did you mean `{c}`?"))
                        .unwrap_or_else(|| format!("; the kinds are {}", names.join(", ")));
                    self.error(kind_pos, format!("unknown question kind `{s}`{hint}"));
                    None
                }
            },
            None => None,
        };
        pos.set("kind", kind_pos);
        let prompt = self.text(t, "prompt", true);
        let guidance = self.text(t, "guidance", false);
        let required = self.boolean(t, "required");
        let max_length = self
            .integer(t, "max_length", (1, 100_000))
            .map(|n| n as u32);
        let min = self.float(t, "min");
        let max = self.float(t, "max");
        let unit = self.text(t, "unit", false);
        let min_date = self.date(t, "min_date", false);
        let max_date = self.date(t, "max_date", false);
        let max_items = self.integer(t, "max_items", (1, 100)).map(|n| n as u32);
        let allow_not_applicable = self.boolean(t, "allow_not_applicable");
        for field in [
            "max_length",
            "min",
            "max",
            "unit",
            "min_date",
            "max_date",
            "max_items",
            "allow_not_applicable",
            "options",
            "scoring",
            "condition",
        ] {
            pos.set(field, self.key_pos(t, field));
        }

        let condition = match self.optional(t, "condition") {
            Some(item) => {
                let cpos = self.key_pos(t, "condition");
                self.table(item, cpos, "the condition").and_then(|ct| {
                    self.check_fields(ct, CONDITION);
                    let q = self.key(ct, "question");
                    let values = self.keys(ct, "any_of", true);
                    let (q, qpos) = q?;
                    pos.set("condition.question", qpos);
                    for (i, (_, p)) in values.iter().enumerate() {
                        pos.set(format!("condition.any_of.{i}"), *p);
                    }
                    Some(Condition {
                        question: q,
                        any_of: values.into_iter().map(|(k, _)| k).collect(),
                    })
                })
            }
            None => None,
        };

        let mut options = Vec::new();
        if self.optional(t, "options").is_some() {
            let mut seen_options: HashMap<Key, Pos> = HashMap::new();
            for (i, ot) in self
                .tables(t, "options", "an option")
                .into_iter()
                .enumerate()
            {
                self.check_fields(ot, OPTION);
                let key = self.key(ot, "key");
                let label = self.text(ot, "label", true);
                let points = self.integer(ot, "points", (0, 100)).map(|n| n as u8);
                let not_applicable = self.boolean(ot, "not_applicable");
                pos.set(format!("options.{i}"), ot.pos);
                pos.set(format!("options.{i}.points"), self.value_pos(ot, "points"));
                let Some((key, kpos)) = key else { continue };
                if !self.first_use(&mut seen_options, &key, kpos, "option key") {
                    continue;
                }
                if let Some(label) = label {
                    options.push(ChoiceOption {
                        key,
                        label,
                        points,
                        not_applicable,
                    });
                }
            }
        }

        let scoring = match self.optional(t, "scoring") {
            Some(item) => {
                let spos = self.key_pos(t, "scoring");
                self.table(item, spos, "[scoring]").map(|st| {
                    self.check_fields(st, SCORING);
                    let weight = self.weight(st);
                    let guidance = self.text(st, "guidance", false);
                    let mut rubric = Vec::new();
                    if self.optional(st, "rubric").is_some() {
                        pos.set("rubric", self.key_pos(st, "rubric"));
                        let mut seen_levels: HashMap<Key, Pos> = HashMap::new();
                        for (i, rt) in self
                            .tables(st, "rubric", "a rubric level")
                            .into_iter()
                            .enumerate()
                        {
                            self.check_fields(rt, RUBRIC);
                            let key = self.key(rt, "key");
                            let label = self.text(rt, "label", true);
                            let points = self.integer(rt, "points", (0, 100)).map(|n| n as u8);
                            let not_applicable = self.boolean(rt, "not_applicable");
                            let description = self.text(rt, "description", false);
                            pos.set(format!("rubric.{i}"), rt.pos);
                            let Some((key, kpos)) = key else { continue };
                            if !self.first_use(&mut seen_levels, &key, kpos, "rubric level") {
                                continue;
                            }
                            if let Some(label) = label {
                                rubric.push(RubricLevel {
                                    key,
                                    label,
                                    points,
                                    not_applicable,
                                    description,
                                });
                            }
                        }
                    }
                    Scoring {
                        weight,
                        guidance,
                        rubric,
                    }
                })
            }
            None => None,
        };

        let (key, kpos) = key?;
        if !self.first_use(seen, &key, kpos, "question key") {
            return None;
        }
        pos.set("key", kpos);
        Some(Question {
            key,
            demands: demands.into_iter().map(|(k, _)| k).collect(),
            kind: kind?,
            prompt: prompt?,
            guidance,
            required,
            max_length,
            min,
            max,
            unit,
            min_date,
            max_date,
            max_items,
            allow_not_applicable,
            condition,
            options,
            scoring,
            pos,
        })
    }
}
