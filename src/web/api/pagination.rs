//! Lists come in pages: `limit` items (1 to 200, 50 if not given) after
//! the key named by `after`, in a stable order by that key (a slug).
//! The answer's `next_after` is the `after` of the next page, or null on
//! the last one.

use serde::Deserialize;
use utoipa::IntoParams;

use super::ApiError;

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 200;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// How many items at most (1 to 200; 50 if not given).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<i64>,
    /// The key of the last item of the previous page (its `next_after`).
    pub after: Option<String>,
}

impl PageQuery {
    /// A page of `items`, which come sorted by `key`.
    pub fn page<T>(
        &self,
        items: Vec<T>,
        key: impl Fn(&T) -> &str,
    ) -> Result<(Vec<T>, Option<String>), ApiError> {
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::BadRequest {
                message: format!("`limit` must be from 1 to {MAX_LIMIT}."),
                field: Some("limit".into()),
            });
        }
        let limit = limit as usize;
        let mut rest: Vec<T> = match &self.after {
            Some(after) => items
                .into_iter()
                .filter(|i| key(i) > after.as_str())
                .collect(),
            None => items,
        };
        let next = (rest.len() > limit).then(|| key(&rest[limit - 1]).to_string());
        rest.truncate(limit);
        Ok((rest, next))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_follow_one_another_without_gaps() {
        let all: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        let mut query = PageQuery {
            limit: Some(2),
            after: None,
        };
        let mut seen = Vec::new();
        loop {
            let (items, next) = query.page(all.clone(), |s| s.as_str()).unwrap();
            seen.extend(items);
            match next {
                Some(n) => query.after = Some(n),
                None => break,
            }
        }
        assert_eq!(seen, all);
        query.limit = Some(0);
        assert!(query.page(all, |s| s.as_str()).is_err());
    }
}
