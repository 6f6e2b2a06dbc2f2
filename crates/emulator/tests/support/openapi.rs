//! A validator for the subset of OpenAPI 3.0 schemas GitHub's license operations use:
//! `type`, `nullable`, `properties`, `required`, `items`, `oneOf`. Written for these tests
//! (general JSON-Schema validators do not know OpenAPI's `nullable`).

use serde_json::Value;

/// A known, documented deviation of GitHub's own data from its schema, which the emulator
/// reproduces on purpose: the JSON path (array indices written `[*]`) and the value allowed.
pub struct Allowance {
    pub path: &'static str,
    pub value: Value,
    pub why: &'static str,
}

/// Every place where `value` breaks `schema`, as `path: problem`.
pub fn violations(schema: &Value, value: &Value, allowances: &[Allowance]) -> Vec<String> {
    let mut out = Vec::new();
    check(schema, value, "", allowances, &mut out);
    out
}

fn generic(path: &str) -> String {
    let mut s = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                s.push_str("[*]");
            }
            ']' => in_index = false,
            _ if in_index => {}
            _ => s.push(c),
        }
    }
    s
}

fn check(schema: &Value, value: &Value, path: &str, allow: &[Allowance], out: &mut Vec<String>) {
    let shown = if path.is_empty() { "(root)" } else { path };
    if allow
        .iter()
        .any(|a| a.path == generic(path) && a.value == *value)
    {
        return;
    }
    if value.is_null() && schema.get("nullable").and_then(Value::as_bool) == Some(true) {
        return;
    }
    if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
        let ok = options
            .iter()
            .filter(|o| violations(o, value, allow).is_empty())
            .count();
        if ok != 1 {
            out.push(format!(
                "{shown}: matches {ok} of the oneOf options, not exactly one"
            ));
        }
        return;
    }
    let ty = schema
        .get("type")
        .and_then(Value::as_str)
        .or_else(|| schema.get("properties").map(|_| "object"));
    if let Some(ty) = ty {
        let good = match ty {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.as_i64().is_some() || value.as_u64().is_some(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            _ => true,
        };
        if !good {
            out.push(format!("{shown}: expected {ty}, got {value}"));
            return;
        }
    }
    if let (Some(props), Some(obj)) = (
        schema.get("properties").and_then(Value::as_object),
        value.as_object(),
    ) {
        for (k, sub) in props {
            if let Some(v) = obj.get(k) {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                check(sub, v, &p, allow, out);
            }
        }
        if let Some(req) = schema.get("required").and_then(Value::as_array) {
            for r in req.iter().filter_map(Value::as_str) {
                if !obj.contains_key(r) {
                    out.push(format!("{shown}: required property `{r}` is missing"));
                }
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate() {
            check(items, v, &format!("{path}[{i}]"), allow, out);
        }
    }
}

#[test]
fn the_validator_catches_wrong_types_and_honours_nullable_and_one_of() {
    let schema = serde_json::json!({
        "type": "object",
        "required": ["a"],
        "properties": {
            "a": {"type": "integer"},
            "b": {"type": "string", "nullable": true},
            "c": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "d": {"type": "array", "items": {"type": "boolean"}}
        }
    });
    assert!(violations(
        &schema,
        &serde_json::json!({"a": 1, "b": null, "c": "x", "d": [true]}),
        &[]
    )
    .is_empty());
    let v = violations(
        &schema,
        &serde_json::json!({"b": 3, "c": true, "d": [true, ""]}),
        &[],
    );
    assert_eq!(v.len(), 4, "{v:?}");
    let allow = [Allowance {
        path: "d[*]",
        value: serde_json::json!(""),
        why: "test",
    }];
    assert!(violations(&schema, &serde_json::json!({"a": 1, "d": [""]}), &allow).is_empty());
}
