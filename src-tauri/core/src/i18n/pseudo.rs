//! The pseudo-locale: English with every letter accented and vowels doubled,
//! in brackets. It reads as English, shows any string that escaped
//! translation, and runs about 40% longer, like German.

/// The pseudo-locale form of `text`.
pub fn pseudo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    out.push('[');
    for c in text.chars() {
        let accented = accent(c);
        out.push(accented);
        if "aeiouAEIOU".contains(c) {
            out.push(accented);
        }
    }
    out.push(']');
    out
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::pseudo;

    #[test]
    fn is_longer_and_keeps_non_letters() {
        let english = "Open the objection form on Facebook, then submit it.";
        let p = pseudo(english);
        assert!(p.chars().count() as f64 >= english.chars().count() as f64 * 1.3, "{p}");
        assert!(p.contains(", ") && p.ends_with(".]"));
        assert!(!p.contains('e'));
    }
}
